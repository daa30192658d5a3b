/**
 * Word-for-word search in folded text: each part of a needle (split at its
 * elisions) must occur, in order, starting and ending on word boundaries.
 */
import { splitElisions } from "../text/fold-text.js";

const WORD = /[\p{L}\p{N}]/u;

const isBoundary = (text: string, index: number, inner: string | undefined): boolean => {
  // A boundary is needed only where the needle itself starts or ends with a word character.
  if (inner === undefined || !WORD.test(inner)) return true;
  const outer = text[index];
  return outer === undefined || !WORD.test(outer);
};

/** Offset of `part` in `text` at or after `from`, on word boundaries; -1 when absent. */
export const indexOfWords = (text: string, part: string, from = 0): number => {
  let at = text.indexOf(part, from);
  while (at >= 0) {
    if (isBoundary(text, at - 1, part[0]) && isBoundary(text, at + part.length, part.at(-1))) return at;
    at = text.indexOf(part, at + 1);
  }
  return -1;
};

/**
 * How far apart, in characters, two parts of an elided quote may be: an
 * elision leaves out a few words or a clause, it does not stitch together
 * sentences from anywhere in the article.
 */
export const MAX_ELISION_GAP = 250;

/** True when every part of `needle` occurs in `folded`, in order, each close after the one before. */
export const containsVerbatim = (folded: string, needle: string): boolean => {
  const parts = splitElisions(needle);
  if (parts.length === 0) return false;
  const matchFrom = (index: number, from: number, previousEnd: number | undefined): boolean => {
    const part = parts[index];
    if (part === undefined) return true;
    let at = indexOfWords(folded, part, from);
    while (at >= 0) {
      if (previousEnd !== undefined && at - previousEnd > MAX_ELISION_GAP) return false;
      if (matchFrom(index + 1, at + part.length, at + part.length)) return true;
      at = indexOfWords(folded, part, at + 1);
    }
    return false;
  };
  return matchFrom(0, 0, undefined);
};
