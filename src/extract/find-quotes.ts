/**
 * Direct speech: the spans between quotation marks, straight or curly,
 * double or single. An apostrophe inside a word ("Qatar's", "It’s") is not a
 * quotation mark. A capitalised name alone in quotation marks ("Israel",
 * "Tel Aviv") is a scare quote, not speech.
 */
import type { Block, Span } from "./segment.js";

export interface QuoteSpan extends Span {
  /** The words between the marks, verbatim, without a trailing comma. */
  readonly text: string;
  /** Offsets of the marks themselves. */
  readonly outer: Span;
}

const OPEN_DOUBLE = new Set(["“", "„", "«"]);
const CLOSE_DOUBLE = new Set(["”", "»"]);
const letter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

interface Mark {
  readonly at: number;
  readonly role: "open" | "close" | "either";
  readonly family: "double" | "single";
}

/** Quotation marks in a block, with what each can do. */
const marksOf = (text: string, block: Span): Mark[] => {
  const marks: Mark[] = [];
  for (let i = block.start; i < block.end; i++) {
    const ch = text[i] as string;
    const before = text[i - 1];
    const after = text[i + 1];
    if (OPEN_DOUBLE.has(ch)) marks.push({ at: i, role: "open", family: "double" });
    else if (CLOSE_DOUBLE.has(ch)) marks.push({ at: i, role: "close", family: "double" });
    else if (ch === '"') marks.push({ at: i, role: "either", family: "double" });
    else if (ch === "‘") marks.push({ at: i, role: "open", family: "single" });
    else if (ch === "’" || ch === "'") {
      if (letter(before) && letter(after)) continue; // an apostrophe: It's, Qatar’s
      if (!letter(before) && letter(after)) marks.push({ at: i, role: "open", family: "single" });
      else if (letter(before) || /[.,!?;…]/.test(before ?? "")) {
        // "Hamas' negotiators": a possessive after s, unless it closes an open quote.
        marks.push({ at: i, role: "close", family: "single" });
      }
    }
  }
  return marks;
};

const trimQuote = (text: string, start: number, end: number): Span => {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /[\s,]/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
};

/** A name in quotation marks is a scare quote: every word capitalised, three words at most. */
export const isScareQuote = (quoted: string): boolean => {
  const words = quoted
    .replace(/[.,;:!?]+$/, "")
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 3 && words.every((word) => /^\p{Lu}/u.test(word));
};

export const findQuotes = (text: string, blocks: readonly Block[]): QuoteSpan[] => {
  const quotes: QuoteSpan[] = [];
  for (const block of blocks) {
    for (const family of ["double", "single"] as const) {
      let open: Mark | undefined;
      for (const mark of marksOf(text, block).filter((m) => m.family === family)) {
        if (open === undefined) {
          if (mark.role !== "close") open = mark;
          continue;
        }
        if (mark.role === "open" && family === "double" && text[mark.at] !== '"') {
          open = mark; // an unclosed quote: start again at the new one
          continue;
        }
        if (mark.role === "open") continue;
        const open0 = open.at;
        const inner = trimQuote(text, open.at + 1, mark.at);
        open = undefined;
        if (inner.end <= inner.start) continue;
        const quoted = text.slice(inner.start, inner.end);
        // A double-quoted passage can hold single-quoted words; not the other way round.
        if (family === "single" && quotes.some((q) => q.outer.start < inner.start && q.outer.end > inner.end)) continue;
        if (isScareQuote(quoted)) continue;
        // "the so-called 'smart quay'": a label, not speech.
        if (
          /\b(so-called|so called|dubbed|known as|termed|labelled|labeled|named)\s*$/i.test(
            text.slice(Math.max(block.start, open0 - 20), open0),
          )
        )
          continue;
        quotes.push({ ...inner, text: quoted, outer: { start: inner.start - 1, end: mark.at + 1 } });
      }
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  // A passage quoted twice (a headline, then the body) is listed once, where it is quoted in full.
  // Each key is made once, and a quote looks up its later twins instead of comparing with every
  // later quote (that made a quote-dense article quadratic).
  const keys = quotes.map((q) =>
    q.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
  );
  const lastWithKey = new Map(keys.map((key, i) => [key, i]));
  const lead = blocks[0];
  const inLead = (q: QuoteSpan) => lead !== undefined && q.start >= lead.start && q.end <= lead.end;
  // Quotes are in text order, so every quote of the body comes after every quote of the lead: a
  // lead quote is dropped when a body quote holds its words. Keys hold no newline.
  const bodyKeys = keys.filter((_, i) => !inLead(quotes[i] as QuoteSpan));
  const body = bodyKeys.join("\n");
  return quotes.filter((q, i) => {
    const key = keys[i] as string;
    if ((lastWithKey.get(key) ?? i) > i) return false;
    return !(inLead(q) && bodyKeys.length > 0 && body.includes(key));
  });
};
