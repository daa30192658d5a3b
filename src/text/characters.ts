/**
 * Character classes the text checks share, as plain functions: each
 * Unicode-property pattern is compiled once here, where a pattern per use
 * would be compiled again for every one (and case-insensitive ones cost most).
 */
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

export const isLetter = (c: string | undefined): boolean => c !== undefined && c !== "" && LETTER.test(c);
export const isDigit = (c: string | undefined): boolean => c !== undefined && c !== "" && DIGIT.test(c);
/** A letter or a digit: what words are made of. */
export const isWordChar = (c: string | undefined): boolean => isLetter(c) || isDigit(c);
/** A capital letter (one that has a small form). */
export const isUpper = (c: string | undefined): boolean => c !== undefined && c !== "" && c !== c.toLowerCase();
/** A small letter (one that has a capital form). */
export const isLower = (c: string | undefined): boolean => c !== undefined && c !== "" && c !== c.toUpperCase();

/** The words of a text: what stands between white space, without the punctuation at either end. */
export const wordsOf = (text: string): string[] =>
  text.split(/\s+/).flatMap((token) => {
    let start = 0;
    let end = token.length;
    while (start < end && !isWordChar(token[start])) start += 1;
    while (end > start && !isWordChar(token[end - 1])) end -= 1;
    return start < end ? [token.slice(start, end)] : [];
  });

/** Whether `text` holds `word` (or a phrase) as whole words. */
export const holdsWords = (text: string, word: string): boolean => {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
};
