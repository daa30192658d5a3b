/**
 * Shortening text for a tight place (a line of the change panel on page
 * one): never inside a word or a number. A text that fits is returned whole;
 * a longer one stops before the first word that does not fit, and ends with
 * `…`.
 */

/**
 * Where a text may be cut: ordinary spaces, tabs and line breaks. The no-break spaces (U+00A0,
 * U+2007 figure, U+202F narrow) hold their neighbours together ("7 000", "No. 5"), so they do not.
 */
const BREAK = /[\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]/u;

/**
 * Left at the end of a cut text, these would dangle before the `…`: punctuation that joins or
 * opens ("said:", "two –", "(as", "“We"), not what closes ("agreed.", "Doha)", "Hamas'"). Straight
 * quotation marks open as often as they close, and are kept.
 */
const DANGLING = /[\s,;:\-–—/([{“‘«„]/u;

const ELLIPSIS = "…";

/** Where the words before `at` end, once the punctuation and spaces that would dangle are left out. */
function wordsEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && DANGLING.test(text.charAt(end - 1))) end -= 1;
  return end;
}

/**
 * `text` in at most `max` characters (UTF-16 code units, as `String.length` counts them) with the
 * ellipsis, cut only at a space: whole words or none. A first word longer than `max` is kept
 * whole (then the result is longer than `max`): a word is never cut. White space at either end
 * is left out.
 */
export function shorten(text: string, max: number): string {
  const whole = text.trim();
  if (whole.length <= max) return whole;
  let first: number | undefined;
  let fits: number | undefined;
  for (let at = 1; at < whole.length; at += 1) {
    if (!BREAK.test(whole.charAt(at))) continue;
    const end = wordsEnd(whole, at);
    if (end === 0) continue;
    first ??= end;
    if (end + ELLIPSIS.length > max) break;
    fits = end;
  }
  // The most words that fit with the ellipsis; else the first word whole, longer than `max`.
  const end = fits ?? first;
  return end === undefined ? whole : `${whole.slice(0, end)}${ELLIPSIS}`;
}
