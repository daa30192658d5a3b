/**
 * What ends a wire story's dateline after its place and date: the agency in brackets and a dash
 * ("BEIRUT, March 3 (Reuters) -", "LONDON -"), the agency between slashes ("DOHA, January 13.
 * /TASS/."), or the agency in brackets ending a line of its own ("PARIS, April 10 , 1997 (AFP)"). Shared by the names (the place says where the story was filed: no one in it) and the
 * dates (the date says when it was filed: no event) extraction reads.
 */
export const DATELINE_END = String.raw`(?:(?:\([^)]{2,30}\)\s*)?(?:[-–—]|\/[^/\n]{2,20}\/)|\([^)]{2,30}\)[ \t]*(?=\n|$))`;

/** A dateline opening a paragraph: "LONDON, April 7 -", "BEIRUT, March 3 (Reuters) -", "DOHA, January 13. /TASS/.". */
export const DATELINE_AT_START = new RegExp(
  String.raw`^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}\.?(?:,\s*[\p{L}\p{N}. ]{2,30})?\s*${DATELINE_END}\.?\s*`,
  "u",
);
