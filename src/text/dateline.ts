/**
 * What ends a wire story's dateline after its place and date: the agency in brackets and a dash
 * ("BEIRUT, March 3 (Reuters) -", "LONDON -"), or the agency between slashes ("DOHA, January 13.
 * /TASS/."). Shared by the names (the place says where the story was filed: no one in it) and the
 * dates (the date says when it was filed: no event) extraction reads.
 */
export const DATELINE_END = String.raw`(?:\([^)]{2,30}\)\s*)?(?:[-–—]|\/[^/\n]{2,20}\/)`;

/** A dateline opening a paragraph: "LONDON, April 7 -", "BEIRUT, March 3 (Reuters) -", "DOHA, January 13. /TASS/.". */
export const DATELINE_AT_START = new RegExp(
  String.raw`^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}\.?(?:,\s*[\p{L}\p{N}. ]{2,30})?\s*${DATELINE_END}\.?\s*`,
  "u",
);
