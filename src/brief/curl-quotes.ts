/**
 * Typographic quotation marks, for display only: the straight marks of the fact base ("..." and
 * '...') print as curly ones (“...”, ‘...’), and an apostrophe as ’. Verification never sees this:
 * `check` compares the YAML's own text with the sources.
 */

/** What may stand just before an opening mark: nothing, a space, an opening bracket, a dash, a slash or another opening mark. */
const OPENS_AFTER = /[\s([{\u2010-\u2015\-/\u201c\u2018]/u;
const WORD = /[\p{L}\p{N}]/u;

export interface CurlOptions {
  /**
   * The text is printed inside double quotation marks (a quote, an excerpt, a source's wording):
   * its own double marks, straight or curly, become single ones, as a quotation within a quotation.
   */
  readonly nested?: boolean;
}

/** `text` with its straight quotation marks and apostrophes made typographic. */
export function curlQuotes(text: string, options: CurlOptions = {}): string {
  const nested = options.nested === true;
  if (!/["']/u.test(text) && !(nested && /[\u201c\u201d]/u.test(text))) return text;
  const [open, close] = nested ? ["\u2018", "\u2019"] : ["\u201c", "\u201d"];
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (nested && (c === "\u201c" || c === "\u201d")) {
      out += c === "\u201c" ? open : close;
      continue;
    }
    if (c !== '"' && c !== "'") {
      out += c;
      continue;
    }
    const before = i === 0 ? "" : text.charAt(i - 1);
    const after = text.charAt(i + 1);
    const opening = (before === "" || OPENS_AFTER.test(before)) && after !== "" && !/\s/u.test(after);
    if (c === '"') out += opening ? open : close;
    // An apostrophe in a word (Qatar's) or at its end (captives') is ’, as is a closing single mark.
    else out += opening && WORD.test(after) ? "\u2018" : "\u2019";
  }
  return out;
}

/** `curlQuotes` on a text that may be missing. */
export function curlOptional(text: string | null | undefined, options: CurlOptions = {}): string | null {
  return text === null || text === undefined ? null : curlQuotes(text, options);
}
