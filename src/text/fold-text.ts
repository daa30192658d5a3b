/**
 * Folding for word-for-word comparison: what differs only in typography
 * compares equal. Runs of white space become one space; curly quotes become
 * straight; every dash and hyphen variant becomes `-`; `…` becomes `...`.
 * Letters, case and other punctuation are kept: a quote must match exactly.
 */
const QUOTE_SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const QUOTE_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASH = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
/** Zero-width characters and soft hyphens: invisible, so they must not split or join words. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Text nothing below would change: printable ASCII but the backtick (a quote), single spaces, none
 * at either end. Most excerpts and many article lines are; they skip the six passes.
 */
const NEEDS_FOLDING = /[^\x21-\x5F\x61-\x7E ]| {2}|^ | $/;

export const foldText = (text: string): string => (NEEDS_FOLDING.test(text) ? foldFully(text) : text);

/** Every pass, whatever the text (the test checks the shortcut above against it). */
export const foldFully = (text: string): string =>
  text
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(QUOTE_SINGLE, "'")
    .replace(QUOTE_DOUBLE, '"')
    .replace(DASH, "-")
    .replace(/\u2026/g, "...")
    .replace(SPACE, " ")
    .trim();

/** Splits a quote or excerpt at its elisions (`...` or `…`) into the parts that must each occur, in order. */
export const splitElisions = (text: string): string[] =>
  foldText(text)
    .split(/\s*(?:\.\.\.|\[\.\.\.\])\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

/** A folded text, with where each character of the text it was folded from ended up. */
export interface FoldedWithOffsets {
  /** The text folded from: `text` in Unicode normal form C (which folding starts with). */
  readonly normalized: string;
  /** What `foldFully` gives. */
  readonly folded: string;
  /**
   * For each offset of `normalized` (0 to its length, both included), the offset in `folded` where
   * what that character became begins. Dropped characters and white space folded into the space
   * before take the offset of what follows; offsets never decrease.
   */
  readonly offsets: Uint32Array;
}

const SPACE_CHAR = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const INVISIBLE_CHAR = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const QUOTE_SINGLE_CHAR = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
const QUOTE_DOUBLE_CHAR = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASH_CHAR = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/;

/**
 * `foldFully`, one character at a time, keeping the offsets: what is found in
 * the text as written (a quotation's marks, curly or straight) can be found
 * again in the folded text the quotes are matched against.
 */
export function foldWithOffsets(text: string): FoldedWithOffsets {
  const normalized = text.normalize("NFC");
  const offsets = new Uint32Array(normalized.length + 1);
  let folded = "";
  let pendingSpace = false;
  for (let i = 0; i < normalized.length; i += 1) {
    const code = normalized.charCodeAt(i);
    // Printable ASCII but the backtick (a quote mark) and the space: kept as it is. Most characters are.
    if (code > 0x20 && code < 0x7f && code !== 0x60) {
      if (pendingSpace) {
        folded += " ";
        pendingSpace = false;
      }
      offsets[i] = folded.length;
      folded += normalized[i];
      continue;
    }
    const c = normalized.charAt(i);
    if (INVISIBLE_CHAR.test(c)) {
      offsets[i] = folded.length;
      continue;
    }
    if (SPACE_CHAR.test(c)) {
      // A run of white space becomes one space, written before the next character that is kept;
      // none at the start.
      offsets[i] = folded.length;
      if (folded.length > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      folded += " ";
      pendingSpace = false;
    }
    offsets[i] = folded.length;
    if (QUOTE_SINGLE_CHAR.test(c)) folded += "'";
    else if (QUOTE_DOUBLE_CHAR.test(c)) folded += '"';
    else if (DASH_CHAR.test(c)) folded += "-";
    else if (c === "\u2026") folded += "...";
    else folded += c;
  }
  offsets[normalized.length] = folded.length;
  return { normalized, folded, offsets };
}
