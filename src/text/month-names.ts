/**
 * A month's name as news copy writes it, in full or cut short, with a full stop or without:
 * "November", "Nov.", "Sept". A regular-expression source, for the extractors that read dates and
 * the numbers beside them.
 */
export const MONTH_NAME =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
