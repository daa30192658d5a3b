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
