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

/** Where one part of a needle was found: offsets in the folded text. */
export interface PartMatch {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether a part may stand where it was found, given where the parts before it stand: the
 * quotation checks use it to keep every part inside one quotation.
 */
export type AcceptPart = (index: number, found: PartMatch, before: readonly PartMatch[]) => boolean;

/**
 * Where the parts of `needle` occur in `folded`, in order, each close after the one before, and
 * each where `accept` allows: the first such placement, or undefined when there is none.
 */
export const findVerbatim = (folded: string, needle: string, accept?: AcceptPart): PartMatch[] | undefined => {
  const parts = splitElisions(needle);
  if (parts.length === 0) return undefined;
  const placed: PartMatch[] = [];
  const matchFrom = (index: number, from: number): boolean => {
    const part = parts[index];
    if (part === undefined) return true;
    const previousEnd = placed.at(-1)?.end;
    let at = indexOfWords(folded, part, from);
    while (at >= 0) {
      if (previousEnd !== undefined && at - previousEnd > MAX_ELISION_GAP) return false;
      const found = { start: at, end: at + part.length };
      if (accept === undefined || accept(index, found, placed)) {
        placed.push(found);
        if (matchFrom(index + 1, found.end)) return true;
        placed.pop();
      }
      at = indexOfWords(folded, part, at + 1);
    }
    return false;
  };
  return matchFrom(0, 0) ? placed : undefined;
};

/** True when every part of `needle` occurs in `folded`, in order, each close after the one before. */
export const containsVerbatim = (folded: string, needle: string): boolean => findVerbatim(folded, needle) !== undefined;
