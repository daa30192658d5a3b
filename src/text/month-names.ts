/**
 * A month's name as news copy writes it, in full or cut short, with a full stop or without:
 * "November", "Nov.", "Sept". A regular-expression source, for the extractors that read dates and
 * the numbers beside them.
 */
export const MONTH_NAME =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";

/** "in May", "during early October": a month a time lies in. */
const IN_MONTH_BEFORE = new RegExp(`\\b(?:in|during)\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH_NAME}\\s*$`, "iu");
/** What a count names after its number: a plural ("children", "Palestinians"), people, police, a share. */
const COUNTED_AFTER = /^(?:\s+(?:\p{L}+s|people|children|men|women|police|per\s*cent|percent)\b|%|,\d{3}\b)/u;

/**
 * Whether a number written after a month's name counts something rather than naming its day: "in October 56 children"
 * (no day is 56), "In December 3,000 workers went on strike", "In May 12 people died" (a day is "on" its month, not
 * "in" it), "In June 40 percent of voters". Not "on May 12 talks began", "until March 31 customers may claim". One
 * reading for the figures and the dates. `before` ends with the month's name and a space; `digits` are the number as
 * written up to the next non-digit; `after` follows them.
 */
export const countAfterMonth = (before: string, digits: string, after: string): boolean =>
  /^\d{1,3}(?:,\d{3})+$/.test(digits) ||
  (/^\d{1,3}$/.test(digits) &&
    (Number(digits) > 31 || /^,\d{3}\b/.test(after) || (IN_MONTH_BEFORE.test(before) && COUNTED_AFTER.test(after))));
