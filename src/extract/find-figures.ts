/**
 * Figures: numbers that count or measure something ("more than 7,000
 * people", "nearly €40 million", "a 12-day strike", "eight cranes"), with
 * the qualifier, unit and what they count. Calendar dates, years, ordinals,
 * times and numbers inside names ("Terminal 4") are not figures.
 */

import type { Qualifier } from "../factbase/schema.js";
import { detectQualifier } from "../text/detect-qualifier.js";
import { FRACTIONS, TENS, UNITS } from "../text/find-number.js";
import type { Drafted } from "./drafted.js";
import type { Span } from "./segment.js";

export interface FigureCandidate extends Span {
  /** The pattern that found it, and what the editor should check (see drafted.ts). */
  readonly drafted?: Drafted | undefined;
  readonly value: number;
  readonly qualifier: Qualifier;
  /** The article's words for the number, with its qualifier, verbatim. */
  readonly wording: string;
  readonly unit: string;
  readonly counts: string;
  /** The clause the number stands in, verbatim. */
  readonly excerpt: Span;
}

const SMALL: Record<string, number> = { ...UNITS, ...TENS, hundred: 100 };
delete SMALL.zero;
const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  tn: 1e12,
  m: 1e6,
  k: 1e3,
};
const CURRENCY: Record<string, string> = { "€": "euros", $: "dollars", "£": "pounds", "¥": "yen" };
const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
/** A month name just before or just after a number: a calendar date ("October 7", "7 March"). */
const MONTH_BEFORE = new RegExp(`${MONTH}\\s*$`, "i");
const MONTH_AFTER = new RegExp(`^\\s*${MONTH}`, "i");

const WORD_NUMBER = `(?:${Object.keys(SMALL).join("|")})(?:[- ](?:${Object.keys(SMALL).join("|")}))?`;
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,])([€$£¥])?\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${WORD_NUMBER})(?:\\s(thousand|million|billion|trillion)\\b|(bn|tn|m|k)\\b)?(?:\\s?(per ?cent|percent|%))?(?![\\p{L}\\p{N}]|,\\d|\\.\\d)`,
  "giu",
);
const QUALIFIER_BEFORE =
  /(?:more than|over|upwards of|in excess of|above|nearly|almost|close to|just under|about|approximately|around|roughly|some|an estimated|estimated|at least|fewer than|less than|under|below|up to)\s+$/i;

const wordValue = (word: string): number | undefined => {
  const parts = word.toLowerCase().split(/[- ]/);
  let total = 0;
  for (const part of parts) {
    const value = SMALL[part];
    if (value === undefined) return undefined;
    total = part === "hundred" ? Math.max(total, 1) * 100 : total + value;
  }
  return total;
};

/** The clause around a span: from the last comma, semicolon or sentence start to the next one. */
const clauseAround = (text: string, span: Span, bounds: Span): Span => {
  let start = span.start;
  while (
    start > bounds.start &&
    !/[,;:!?]/.test(text[start - 1] as string) &&
    !/[.]\s$/.test(text.slice(start - 2, start))
  ) {
    start--;
  }
  let end = span.end;
  while (end < bounds.end && !/[,;!?]/.test(text[end] as string) && !/^\.(\s|$)/.test(text.slice(end, end + 2))) end++;
  // Keep the clause short enough to read and long enough to say what is counted.
  if (end - start > 200) {
    start = Math.max(start, span.start - 80);
    end = Math.min(end, span.end + 100);
    while (start > bounds.start && /\S/.test(text[start - 1] as string)) start++;
    while (end < bounds.end && /\S/.test(text[end] as string)) end--;
  }
  while (/\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
};

const STOP =
  /^(of|in|on|at|to|for|from|by|with|within|into|among|inside|under|near|since|and|or|but|as|who|which|that|than|after|before|during|across|amid|while|are|is|were|was|have|has|had|will|would|could|should|the|a|an|this|these|those|their|its|his|her|it|per|a\s+year|each|every|unveiled|announced)$/i;

/**
 * What the number counts: the noun phrase after it ("Palestinian prisoners",
 * "automated gantry cranes"). A verb form after the first noun ends it
 * ("dockworkers walked out", "ships waiting").
 */
const countedAfter = (text: string, from: number, to: number): string => {
  const words = text
    .slice(from, Math.min(to, from + 80))
    .split(/\s+/)
    .filter(Boolean);
  const phrase: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/[,.;:!?”"’')]+$/u, "");
    if (phrase.length > 0 && (STOP.test(word) || /\p{Ll}(ed|ing)$/u.test(word))) break;
    if (STOP.test(word)) continue;
    phrase.push(word);
    if (word !== raw || phrase.length >= 4) break;
  }
  return phrase.join(" ");
};

export const findFigures = (
  text: string,
  sentences: readonly Span[],
  quotes: readonly Span[] = [],
): FigureCandidate[] => {
  const figures: FigureCandidate[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    for (const match of body.matchAll(NUMBER)) {
      const [whole, currency, digits, scaleWord, abbreviated, percent] = match;
      // "£31m", "$2bn": an abbreviated scale only after a currency sign ("5m" may be metres).
      if (abbreviated && !currency) continue;
      const scale = scaleWord ?? abbreviated;
      if (digits === undefined) continue;
      const start = sentence.start + (match.index ?? 0) + (whole.length - whole.trimStart().length);
      const end = sentence.start + (match.index ?? 0) + whole.length;
      const before = text.slice(Math.max(sentence.start, start - 40), start);
      const after = text.slice(end, Math.min(sentence.end, end + 40));
      const isWord = /^\p{L}/u.test(digits);
      const plain = Number(digits.replace(/,/g, ""));
      let value = isWord ? wordValue(digits) : plain;
      if (value === undefined || !Number.isFinite(value)) continue;
      if (isWord && /^(one|a)$/i.test(digits)) continue; // "one of the", "one side"
      if (isWord && !/^\s*[-\s]?\p{L}/u.test(after)) continue;
      // Calendar dates, years, ordinals, times, names.
      if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) continue;
      if (!currency && !scale && !percent && /^\d{4}$/.test(digits) && plain >= 1800 && plain <= 2100) continue;
      if (/^(st|nd|rd|th)\b/i.test(after) || /^\s*(a\.m\.|p\.m\.|am|pm|GMT|UTC)\b/i.test(after) || /^:\d/.test(after))
        continue;
      if (
        /\p{Lu}[\p{L}.]*\s$/u.test(before) &&
        !/(?:^|\s)(A|An|The)\s$/.test(before) &&
        !/^(Over|About|Some|Nearly|More|Around|Almost|At|Up|Only)\s$/.test(before.split(/\s(?=\S+\s$)/).pop() ?? "")
      ) {
        if (!currency && !/\b(than|over|about|some|nearly|around|almost|least|to)\s$/i.test(before)) continue; // "Terminal 4", "Resolution 2334"
      }
      if (quotes.some((q) => start >= q.start && end <= q.end) && !scale && !percent && !currency && plain < 10)
        continue;
      if (scale) value *= SCALE[scale.toLowerCase()] ?? 1;
      // A fact base holds numbers of at most 15 digits.
      if (!Number.isFinite(value) || Math.abs(value) >= 1e15) continue;
      // "two thirds", "three quarters": a share.
      const fraction = /^[\s-](halves|half|thirds?|quarters?|fifths?)\b/i.exec(after);
      let end2 = end;
      if (fraction && isWord) {
        value = Math.round((value / (FRACTIONS[(fraction[1] as string).toLowerCase()] ?? 1)) * 100) / 100;
        end2 = end + fraction[0].length;
      }
      const qualifierMatch = QUALIFIER_BEFORE.exec(before);
      const wordingStart = qualifierMatch ? start - qualifierMatch[0].length : start;
      // "seven-month-long", "12-day": the unit is joined by hyphens.
      const hyphened = end2 === end ? /^-(\p{L}+)(?:-long|-old)?/u.exec(after) : null;
      const restStart = end2 + (hyphened ? hyphened[0].length : 0);
      const counted = countedAfter(text, restStart, sentence.end);
      const unit =
        end2 !== end
          ? "share"
          : percent
            ? "per cent"
            : hyphened
              ? (hyphened[1] as string)
              : currency
                ? (CURRENCY[currency] ?? currency)
                : (counted.split(" ").at(-1) ?? "");
      if (!percent && !currency && !hyphened && counted === "") continue;
      const wordingEnd = hyphened || end2 !== end ? restStart : end;
      const wording = text.slice(wordingStart, wordingEnd).trim();
      // The same number of the same thing again: listed once.
      if (figures.some((f) => f.value === value && f.unit === unit.toLowerCase())) continue;
      figures.push({
        start: wordingStart,
        end: wordingEnd,
        value,
        qualifier: detectQualifier(wording),
        wording,
        unit: unit.toLowerCase(),
        counts: hyphened ? `${hyphened[1]}s${counted ? ` (${counted})` : ""}` : counted || unit,
        excerpt: clauseAround(text, { start: wordingStart, end: wordingEnd }, sentence),
      });
    }
  }
  // Shares and single units in words: "over half of Gaza's 2.3 million residents", "for over a year".
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    for (const match of body.matchAll(SHARE)) {
      const [whole, qualifier, share, unit] = match;
      const start = sentence.start + (match.index ?? 0);
      const end = start + whole.length;
      if (quotes.some((q) => start >= q.start && end <= q.end)) continue;
      const value = share ? (/half/i.test(share) ? 0.5 : undefined) : 1;
      if (value === undefined || figures.some((f) => f.start < end && start < f.end)) continue;
      const wording = text.slice(start, end);
      const counted = share ? countedAfter(text, end, sentence.end) : "";
      figures.push({
        start,
        end,
        value,
        qualifier: detectQualifier(qualifier ?? ""),
        wording,
        unit: share ? "share" : (unit as string).toLowerCase(),
        counts: share ? (counted ? `share of ${counted}` : "share") : `${(unit as string).toLowerCase()}s`,
        excerpt: clauseAround(text, { start, end }, sentence),
      });
    }
  }
  return figures.sort((a, b) => a.start - b.start);
};

/** "over half", "nearly half"; "over a year", "almost a decade": only with a qualifier, else it is no figure. */
const SHARE =
  /\b(more than|over|nearly|almost|about|around|roughly|close to|just under|at least|less than|under)\s+(?:(half)(?=\s+(?:of|the)\b)|a\s+(day|week|month|year|decade|century)\b)/gi;
