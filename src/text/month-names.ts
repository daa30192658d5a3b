/**
 * A month's name as news copy writes it, in full or cut short, with a full stop or without:
 * "November", "Nov.", "Sept". A regular-expression source, for the extractors that read dates and
 * the numbers beside them.
 */
export const MONTH_NAME =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";

/**
 * "In May", "during early October", "last March": a month a time lies in, opening its sentence or clause, or after a
 * verb of saying ("Officials said in August 12 migrants drowned"); not "charged in January 6 cases".
 */
const IN_MONTH_BEFORE = new RegExp(
  `(?:^|[.!?,;:]\\s+|\\n\\s*|\\b(?:and|but|that|said|says|reported|announced|added)\\s+)(?:in|during|last)\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH_NAME}\\s*$`,
  "iu",
);
/** What a count names after its number: a share, a scale ("2 million people"), "of the", "more", a plural. */
const COUNTED_AFTER =
  /^(?:\s+(?:per\s*cent|percent|million|billion|thousand|hundred|of\s+the|more)\b|%|\s+(?:\p{L}+s|people|children|men|women|police)\b)/u;

/**
 * Whether a number written after a month's name counts something rather than naming its day: "in October 56 children"
 * (no day is 56), "In December 3,000 workers went on strike", "In May 12 people died" (a day is "on" its month, not
 * "in" it), "In June 40 percent of voters". Not "on May 12 talks began", "until March 31 customers may claim". One
 * reading for the figures and the dates. `before` ends with the month's name and a space; `digits` are the number as
 * written up to the next non-digit; `after` follows them.
 */
export const countAfterMonth = (before: string, digits: string, after: string): boolean =>
  // ("In April 3.5 million tourists": a decimal is no day)
  /^\d{1,3}(?:,\d{3})+$|^\d+\.\d+$/.test(digits) ||
  /^\.\d/.test(after) ||
  (/^\d{1,3}$/.test(digits) &&
    (Number(digits) > 31 || /^,\d{3}\b/.test(after) || (IN_MONTH_BEFORE.test(before) && COUNTED_AFTER.test(after))));
