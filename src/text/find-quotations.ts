/**
 * The quotations of a text: every stretch the text puts between quotation
 * marks, straight or curly, double or single, as the text was written (before
 * folding makes every mark straight and loses which way it faces).
 *
 * - Double marks: `"…"`, `“…”`, `„…“`-style openings, `«…»`, and a wire's two backticks and two apostrophes.
 * - Single marks: `'…'`, `‘…’`, where they delimit speech: an apostrophe
 *   inside a word (`Qatar's`, `don’t`) or after one (`the players’ union`) is
 *   not a mark, and a straight `'` opens a quotation only when something
 *   closes it later in the paragraph.
 * - Nested quotations belong to the quotation around them: only the outermost
 *   are listed.
 * - A quotation that runs over several paragraphs: each paragraph opens with a
 *   mark and only the last closes. Each paragraph's part is listed, the later
 *   ones with `continues: true`. The same holds where a corpus has flattened
 *   the paragraphs onto one line: an opening mark after the end of a sentence,
 *   inside a quotation still open, starts the next paragraph of it.
 * - A quotation left open at the end of a paragraph (and not continued by the
 *   next) ends there; a line broken in mid-sentence does not end it.
 *
 * Offsets are UTF-16 offsets into the text given.
 */

import { isDigit, isLower } from "./characters.js";

export type QuotationMark = "double" | "single";

export interface Quotation {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the first character inside the marks. */
  readonly start: number;
  /** Offset just after the last character inside: the closing mark, or the end of the paragraph. */
  readonly end: number;
  /** Offset just after the closing mark (`end` when the quotation is not closed). */
  readonly close: number;
  readonly mark: QuotationMark;
  /** Whether a closing mark ends it (not the end of its paragraph). */
  readonly closed: boolean;
  /** Whether it is a later paragraph of the quotation before it (the multi-paragraph convention). */
  readonly continues: boolean;
}

const DOUBLE_OPEN = new Set(["\u201C", "\u201E", "\u201F", "\u00AB"]);
const DOUBLE_CLOSE = new Set(["\u201D", "\u00BB"]);
const SINGLE_OPEN = new Set(["\u2018", "\u201A", "\u201B", "\u2039"]);
const SINGLE_CLOSE = new Set(["\u2019", "\u203A"]);

const SPACE = /\s/;
/** What may stand just before an opening mark besides white space. */
const BEFORE_OPENING = /[([{\u2014\u2013\-/\u201C\u201E\u2018\u00AB\u2039"'\u2026]/;
/** What may stand just after a closing mark besides white space. */
const AFTER_CLOSING = /[,;:.!?)\]}\u2014\u2013\-/\u201D\u2019\u00BB\u203A"'\u2026]/;
/** What cannot start a quotation's words. */
const CLOSING_PUNCTUATION = /[,;:!?)\]}]/;
const SENTENCE_END = /[.!?\u2026]/;

const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.test(c);

/** The mark at `i` faces right: it can open (something to quote follows, nothing is glued before it). */
const opens = (text: string, i: number): boolean => {
  const next = text[i + 1];
  const prev = text[i - 1];
  if (isSpace(next)) return false;
  if (next !== undefined && CLOSING_PUNCTUATION.test(next)) return false;
  if (next === "." && text[i + 2] !== ".") return false;
  return isSpace(prev) || (prev !== undefined && BEFORE_OPENING.test(prev));
};

/** The mark at `i` faces left: it can close (something glued before it, a space or punctuation after). */
const closes = (text: string, i: number): boolean => {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isSpace(prev)) return false;
  return isSpace(next) || (next !== undefined && AFTER_CLOSING.test(next));
};

/** The offset just after the last non-space character before `i`, not before `from`. */
const trimEnd = (text: string, from: number, i: number): number => {
  let end = i;
  while (end > from && isSpace(text[end - 1])) end -= 1;
  return end;
};

/** Whether the words before `i` end a sentence (a paragraph flattened into the one before ends so). */
const endsSentence = (text: string, from: number, i: number): boolean => {
  let j = trimEnd(text, from, i) - 1;
  // A closing bracket or a nested quotation's mark may follow the sentence's end.
  while (j > from && /[)\]\u2019\u201D'"]/.test(text[j] ?? "")) j -= 1;
  return j >= from && SENTENCE_END.test(text[j] ?? "");
};

/** `'` or `’` at `i` closes a single quotation (rather than being an apostrophe) as far as its neighbours tell. */
const closesSingle = (text: string, i: number): "no" | "weak" | "strong" => {
  const prev = text[i - 1];
  const next = text[i + 1];
  // Inside a word (Qatar's, don’t) nothing follows it apart: it does not close.
  if (!closes(text, i)) return "no";
  // After a plural and before more words, it may be a possessive: "the players’ union".
  if ((prev === "s" || prev === "S") && isSpace(next) && isLower(text[i + 2])) return "weak";
  return "strong";
};

/** The marks of a line that may close a single quotation, in order, and which of them surely do. */
interface SingleCloses {
  readonly all: readonly number[];
  readonly strong: readonly number[];
}

const singleClosesOf = (text: string, from: number, to: number): SingleCloses => {
  const all: number[] = [];
  const strong: number[] = [];
  // Only ' and ’ (and ›) can close: look for them, not at every character.
  for (const mark of ["'", "\u2019", "\u203A"]) {
    for (let j = text.indexOf(mark, from); j >= 0 && j < to; j = text.indexOf(mark, j + 1)) {
      const kind = closesSingle(text, j);
      if (kind === "no") continue;
      all.push(j);
      if (kind === "strong") strong.push(j);
    }
  }
  all.sort((a, b) => a - b);
  strong.sort((a, b) => a - b);
  return { all, strong };
};

/** Whether `sorted` holds an offset after `at`. */
const anyAfter = (sorted: readonly number[], at: number): boolean => (sorted.at(-1) ?? -1) > at;

interface Frame {
  readonly mark: QuotationMark;
}

interface Paragraph {
  readonly start: number;
  /** Offset of the line break that ends it, or the text's length. */
  readonly end: number;
}

/** The lines of a text, each with its first non-space character. */
const linesOf = (text: string): Paragraph[] => {
  const lines: Paragraph[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
};

const firstNonSpace = (text: string, from: number, to: number): number => {
  let i = from;
  while (i < to && isSpace(text[i])) i += 1;
  return i;
};

/** Whether the character at `i` is an opening mark of the kind `mark` (how a continued paragraph starts). */
const opensAgain = (text: string, i: number, mark: QuotationMark): boolean => {
  const c = text[i];
  if (c === undefined) return false;
  if (mark === "double") return DOUBLE_OPEN.has(c) || (c === '"' && opens(text, i));
  return SINGLE_OPEN.has(c) || (c === "'" && opens(text, i));
};

/** Two apostrophes opening a quotation, as some wire copy writes them (''like this''): after a space or a bracket, before a word. */
const WIRE_OPENING = /(?:^|[\s([\u2014-])''(?=[^\s'])/m;
const WIRE_OPENINGS = /(^|[\s([\u2014-])''(?=[^\s'])/gm;

/**
 * Wire copy's ``two-character marks'', as some corpora keep them, written as the curly double marks
 * they stand for, each with a space on its outer side so that every offset stays where it was:
 * two backticks become a space and an opening mark, two apostrophes a closing mark and a space
 * (of three, the first is a single mark closing inside the double quotation). Only in a text that
 * opens a quotation so: elsewhere two apostrophes are two apostrophes.
 */
export const readWireMarks = (text: string): string =>
  text.includes("``") || WIRE_OPENING.test(text)
    ? text
        .replace(/``/g, " \u201C")
        .replace(WIRE_OPENINGS, (_, lead: string) => `${lead} \u201C`)
        .replace(/'{2,3}/g, (run) => (run.length === 3 ? "'\u201D " : "\u201D "))
    : text;

export function findQuotations(written: string): Quotation[] {
  const text = readWireMarks(written);
  const out: Quotation[] = [];
  const lines = linesOf(text);
  const stack: Frame[] = [];
  /** The open outermost quotation: where its words start, its mark's offset, and whether it continues one. */
  let current: { open: number; start: number; mark: QuotationMark; continues: boolean } | undefined;
  /** The next outermost opening continues the quotation before it. */
  let continuing = false;

  const begin = (at: number, mark: QuotationMark) => {
    if (stack.length === 0) {
      current = { open: at, start: at + 1, mark, continues: continuing };
      continuing = false;
    }
    stack.push({ mark });
  };
  const finish = (end: number, close: number, closed: boolean) => {
    if (current !== undefined) {
      out.push({
        open: current.open,
        start: current.start,
        end,
        close,
        mark: current.mark,
        closed,
        continues: current.continues,
      });
    }
    current = undefined;
    stack.length = 0;
  };
  /** Closes the innermost open quotation of kind `mark` (and any opened inside it). */
  const end = (at: number, mark: QuotationMark) => {
    const k = stack.map((f) => f.mark).lastIndexOf(mark);
    if (k < 0) return;
    if (k === 0) finish(at, at + 1, true);
    else stack.length = k;
  };
  const isOpen = (mark: QuotationMark) => stack.some((f) => f.mark === mark);
  /** The first character of the next line that is not blank after line `n` (-1 when none), and whether lines were blank. */
  const nextParagraph = (n: number): { first: number; blank: boolean } => {
    let k = n + 1;
    for (let line = lines[k]; line !== undefined; line = lines[k]) {
      const first = firstNonSpace(text, line.start, line.end);
      if (first < line.end) return { first, blank: k > n + 1 };
      k += 1;
    }
    return { first: -1, blank: k > n + 1 };
  };
  /**
   * An opening mark after the end of a sentence, inside an outermost quotation of the same marks still
   * open: the next paragraph of that quotation, flattened onto this line. True when it is.
   */
  const continueFlattened = (at: number, mark: QuotationMark): boolean => {
    if (stack[0]?.mark !== mark || current === undefined || !endsSentence(text, current.start, at)) return false;
    const contentEnd = trimEnd(text, current.start, at);
    finish(contentEnd, contentEnd, false);
    continuing = true;
    begin(at, mark);
    return true;
  };
  /**
   * Whether the single mark at `at` opens a quotation: a curly opening mark that faces right does; a
   * straight one only when something closes it in its line, or the next paragraph opens again.
   */
  const opensSingle = (at: number, closes: () => SingleCloses, n: number): boolean => {
    const c = text[at];
    if (c === undefined || !(SINGLE_OPEN.has(c) || c === "'")) return false;
    if (!opens(text, at) || isDigit(text[at + 1])) return false; // '90s
    if (c !== "'") return true;
    if (anyAfter(closes().all, at)) return true;
    const next = nextParagraph(n).first;
    return next >= 0 && opensAgain(text, next, "single");
  };

  for (const [n, line] of lines.entries()) {
    const firstAt = firstNonSpace(text, line.start, line.end);
    const following = nextParagraph(n);
    // A paragraph the next one continues does not close: a plural's apostrophe in it is no closing mark.
    const continuedSingle = following.first >= 0 && opensAgain(text, following.first, "single");
    let singles: SingleCloses | undefined; // found when the line has a single mark to decide
    const closesHere = (): SingleCloses => {
      singles ??= singleClosesOf(text, line.start, line.end);
      return singles;
    };
    for (let i = line.start; i < line.end; i += 1) {
      const code = text.charCodeAt(i);
      // Every mark is " or ', or beyond U+00AA: anything else is skipped at once.
      if (code !== 0x22 && code !== 0x27 && code < 0xab) {
        if (i === firstAt) continuing = false;
        continue;
      }
      const c = text[i] ?? "";
      if (c === '"' || DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c)) {
        const left = opens(text, i);
        const right = closes(text, i);
        const opening = DOUBLE_OPEN.has(c) ? !(right && !left) : DOUBLE_CLOSE.has(c) ? false : left && !right;
        if (isOpen("double")) {
          if (!opening) end(i, "double");
          else if (!continueFlattened(i, "double")) {
            if (c === '"') end(i, "double");
            else begin(i, "double"); // a quotation inside it, in the same marks
          }
        } else if (
          DOUBLE_OPEN.has(c) ||
          // A straight mark opens when it faces right, or stands apart (` " `); not glued to a word (`src="`).
          (c === '"' && (left || (!right && isSpace(text[i - 1])))) ||
          (DOUBLE_CLOSE.has(c) && left && !right)
        ) {
          begin(i, "double");
        }
      } else if (c === "'" || SINGLE_OPEN.has(c) || SINGLE_CLOSE.has(c)) {
        if (isOpen("single")) {
          const kind = SINGLE_OPEN.has(c)
            ? closes(text, i) && !opens(text, i)
              ? "strong"
              : "no"
            : closesSingle(text, i);
          if (kind === "strong" || (kind === "weak" && !continuedSingle && !anyAfter(closesHere().strong, i))) {
            end(i, "single");
          } else if (kind === "no" && opensSingle(i, closesHere, n)) {
            continueFlattened(i, "single");
          }
        } else if (opensSingle(i, closesHere, n)) {
          begin(i, "single");
        }
      }
      if (i === firstAt) continuing = false;
    }

    // The end of a paragraph: a quotation still open ends here, continues in the next paragraph, or
    // (a line broken in mid-sentence) runs on.
    if (current === undefined) continue;
    const contentEnd = trimEnd(text, current.start, line.end);
    if (following.first >= 0 && opensAgain(text, following.first, current.mark)) {
      finish(contentEnd, contentEnd, false);
      continuing = true;
    } else if (following.first < 0 || following.blank || endsSentence(text, current.start, line.end)) {
      finish(contentEnd, contentEnd, false);
    }
  }
  return out;
}
