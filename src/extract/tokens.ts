/**
 * Words with their offsets and compromise's part-of-speech tags, the common
 * ground of the extractors. compromise tags the words; the glue here keeps
 * hyphenated and dotted forms ("Al-Khulaifi", "U.S.") whole and records a
 * possessive ending ("Qatar's") apart from the word.
 */
import { TITLE_ABBREVIATIONS } from "./lexicon.js";
import type { Block, Span } from "./segment.js";

export interface Token extends Span {
  /** The word without a possessive ending. */
  readonly text: string;
  readonly tags: ReadonlySet<string>;
  readonly possessive: boolean;
  /** Starts with a capital letter (or a digit-free acronym). */
  readonly capital: boolean;
  /** First word of its sentence. */
  readonly initial: boolean;
}

/** A word: letters, digits and their combining marks ("José" written with its accent apart), points, hyphens, apostrophes inside. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}.\-’']*[\p{L}\p{M}\p{N}.])?/gu;
const POSSESSIVE = /[’']s?$/u;

/** Tokens of one block, offsets relative to the whole text; the block's sentence starts mark `initial`. */
export const tokenize = (text: string, block: Block): Token[] => {
  const from = block.start;
  const slice = text.slice(from, block.end);
  const terms = block.terms.map((t) => ({ start: t.start - from, end: t.end - from, tags: t.tags }));
  const tokens: Token[] = [];
  let termIndex = 0;
  for (const match of slice.matchAll(WORD)) {
    let word = match[0];
    const localStart = match.index ?? 0;
    let possessive = false;
    if (/[’']s$/u.test(word) && word.length > 2) {
      word = word.replace(POSSESSIVE, "");
      possessive = true;
    }
    // A trailing full stop belongs to the sentence unless the word is dotted ("U.S.", "Jr.").
    if (word.endsWith(".") && !/\.\p{L}\.$/u.test(word) && !/^\p{Lu}\.$/u.test(word)) word = word.slice(0, -1);
    const localEnd = localStart + word.length;
    const tags = new Set<string>();
    while (termIndex < terms.length && (terms[termIndex]?.end ?? 0) <= localStart) termIndex++;
    for (let i = termIndex; i < terms.length; i++) {
      const term = terms[i];
      if (term === undefined || term.start >= localEnd) break;
      for (const tag of term.tags) tags.add(tag);
    }
    const start = from + localStart;
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      tags,
      possessive,
      capital: /^\p{Lu}/u.test(word),
      initial: false,
    });
  }
  // A word just inside an opening quotation mark opens the quoted sentence.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // A straight mark opens only right before its word: `," Ana said` has a closing mark.
    const before = text.slice(Math.max(from, token.start - 3), token.start);
    if (/(^|[\s:,(])[“‘]\s?$/u.test(before) || /(^|[\s:,(])["']$/u.test(before)) {
      tokens[i] = { ...token, initial: true };
    }
  }
  // A capitalised word after a sentence's end opens a sentence, even where compromise ran the two
  // together (`…real currency." However, some`, and wire copy's `…president.'' After`).
  // (Not after a title's full stop: "Mr. King", "Sen. Young".)
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1] as Token;
    const gap = text.slice(previous.end, token.start);
    if (/^\.\s+$/.test(gap) && TITLE_ABBREVIATIONS.has(previous.text.toLowerCase())) continue;
    if (token.capital && /[.!?…](["”’]|'{1,2})?\s+$/u.test(gap)) {
      tokens[i] = { ...token, initial: true };
    }
  }
  // The first word at or after each sentence start opens that sentence (the start may be a quotation mark).
  let at = 0;
  for (const start of block.sentenceStarts) {
    while (at < tokens.length && (tokens[at]?.start ?? 0) < start) at++;
    const token = tokens[at];
    if (token) tokens[at] = { ...token, initial: true };
  }
  return tokens;
};
