/**
 * Direct speech: the spans between quotation marks, straight or curly,
 * double or single. An apostrophe inside a word ("Qatar's", "It’s") is not a
 * quotation mark. A capitalised name alone in quotation marks ("Israel",
 * "Tel Aviv") is a scare quote, not speech; so is a word or two in quotation
 * marks in a sentence where nobody speaks (the "smart quay" plan).
 *
 * A quotation over several paragraphs opens each paragraph with a quotation
 * mark and closes only the last; corpora often flatten the paragraphs onto
 * one line. Each paragraph is then one part of one quotation (`chain`), and
 * a mark is read as opening or closing by what stands either side of it, so
 * that the pairing never goes out of step: no part is dropped, and the
 * narrative between two quotations is never taken for one.
 */
import { isSpeechWord, TITLE_ABBREVIATIONS } from "./lexicon.js";
import type { Block, Span } from "./segment.js";

export interface QuoteSpan extends Span {
  /** The words between the marks, verbatim, without a trailing comma. */
  readonly text: string;
  /** Offsets of the marks themselves (of the paragraph's end, for a part no mark closes). */
  readonly outer: Span;
  /** The parts of one quotation over several paragraphs share a number; a quotation in one part has none. */
  readonly chain?: number | undefined;
}

const OPEN_DOUBLE = new Set(["“", "„", "«"]);
const CLOSE_DOUBLE = new Set(["”", "»"]);
const letter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** What may stand before an opening mark: nothing, a space, a bracket or a dash. */
const opensAfter = (ch: string | undefined): boolean => ch === undefined || /[\s([{\-–—/]/u.test(ch);
/** What may stand after a closing mark: nothing, a space, punctuation. */
const closesBefore = (ch: string | undefined): boolean => ch === undefined || /[\s.,;:!?)\]}\-–—…]/u.test(ch);

interface Mark {
  readonly at: number;
  readonly role: "open" | "close" | "either";
  readonly family: "double" | "single";
  /** "members' patience": after an s and before a lower-case word, more likely a plural's apostrophe. */
  readonly possessive?: boolean;
  /** Two characters for wire copy's ``opening'' and closing'' marks; one otherwise. */
  readonly width?: 2;
  /** A single mark that may close a ``quotation (a slip of wire copy), and nothing else. */
  readonly slip?: true;
}

/**
 * A straight mark's role from its neighbours: after a space and before a word it opens
 * (` "We`), after a word and before a space or punctuation it closes (`now," `).
 */
const straightRole = (before: string | undefined, after: string | undefined): Mark["role"] => {
  const opens = opensAfter(before) && after !== undefined && !/\s/u.test(after);
  const closes = before !== undefined && !/\s/u.test(before) && closesBefore(after);
  if (opens && !closes) return "open";
  if (closes && !opens) return "close";
  return "either";
};

/** Quotation marks of one family in a block, with what each can do. */
const marksOf = (text: string, block: Span, family: Mark["family"]): Mark[] => {
  const marks: Mark[] = [];
  for (let i = block.start; i < block.end; i++) {
    const ch = text[i] as string;
    const before = i > block.start ? text[i - 1] : undefined;
    const after = i + 1 < block.end ? text[i + 1] : undefined;
    // Wire copy of the 2000s: ``like this'', a double mark of two characters; of three marks
    // (`'serious,'''`) the first closes a single quotation inside the double one.
    if (ch === "`" || (ch === "'" && text[i + 1] === "'" && text[i + 2] !== "'" && i + 1 < block.end)) {
      const pair = text[i + 1] === ch && i + 1 < block.end;
      // Some wire copy opens with two apostrophes too (''like this''): after a space, before a word.
      const opening = ch === "`" || (opensAfter(before) && i + 2 < block.end && !/[\s']/u.test(text[i + 2] as string));
      if (pair && family === "double") marks.push({ at: i, role: opening ? "open" : "close", family, width: 2 });
      if (pair) i++;
      continue;
    }
    if (family === "double" && ch === "'" && /[.,!?]/.test(before ?? "") && closesBefore(after)) {
      // A ``quotation closed by one mark, a slip of wire copy: a close only for a `` opening.
      marks.push({ at: i, role: "close", family, slip: true });
      continue;
    }
    if (family === "double") {
      if (OPEN_DOUBLE.has(ch)) marks.push({ at: i, role: "open", family });
      else if (CLOSE_DOUBLE.has(ch)) marks.push({ at: i, role: "close", family });
      else if (ch === '"') marks.push({ at: i, role: straightRole(before, after), family });
    } else if (ch === "‘") marks.push({ at: i, role: "open", family });
    else if (ch === "’" || ch === "'") {
      if (letter(before) && letter(after)) continue; // an apostrophe: It's, Qatar’s
      if (!letter(before) && letter(after) && opensAfter(before)) marks.push({ at: i, role: "open", family });
      else if (letter(before) || /[.,!?;…]/.test(before ?? "")) {
        // "Hamas' negotiators": a possessive after s, unless it closes an open quote.
        const possessive = before === "s" && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4));
        marks.push({ at: i, role: "close", family, possessive });
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

/** Small words a title leaves in lower case: "Meet the Press", "Face the Nation". */
const TITLE_SMALL_WORDS = /^(the|a|an|of|and|in|on|for|to|at|with)$/;

/**
 * A name in quotation marks is a scare quote: every word capitalised, three words at most; or a
 * programme's or a book's title, its small words in lower case ("Meet the Press."), five at most.
 */
export const isScareQuote = (quoted: string): boolean => {
  const words = quoted
    .replace(/[.,;:!?]+$/, "")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length <= 3 && words.every((word) => /^\p{Lu}/u.test(word))) return true;
  return (
    words.length <= 5 &&
    /^\p{Lu}/u.test(words[0] ?? "") &&
    /^\p{Lu}/u.test(words.at(-1) ?? "") &&
    words.every((word) => /^\p{Lu}/u.test(word) || TITLE_SMALL_WORDS.test(word)) &&
    words.some((word) => TITLE_SMALL_WORDS.test(word))
  );
};

/** A person's name of two capitalised words or more straight after a closing mark. */
const TITLE_BEFORE_NAME = /^ \p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+(?![\p{L}'’])/u;

/** "the so-called 'smart quay'": a label, not speech. */
const LABEL_BEFORE =
  /\b(so-called|so called|dubbed|known as|termed|labelled|labeled|named|the words?|the term|the phrase)\s*$/i;
/** "a facility known as the 'mosquito lab'": a name of a few words after "known as the", not a long quotation. */
const KNOWN_AS_THE = /\bknown\s+as\s+(?:the|a|an)\s*$/i;

/** A word or two in quotation marks: a term, unless someone speaks in the sentence that holds it. */
const SHORT_QUOTE_WORDS = 3;

/**
 * Verbs of judging that take "as" ("He did not regard the \"stop\" as \"an arrest.\""): the words
 * quoted in their object are the judge's, as a speech verb's are.
 */
const JUDGING =
  "regard|regards|regarded|regarding|consider|considers|considered|considering|view|views|viewed|viewing|see|sees|saw|seeing|dismiss|dismisses|dismissed|dismissing|characteri[sz]e|characteri[sz]es|characteri[sz]ed|characteri[sz]ing";
export const JUDGING_VERBS = new RegExp(`^(${JUDGING})$`, "i");
const JUDGING_BEFORE = new RegExp(`\\b(?:${JUDGING})\\b([^.!?;:]{0,60})$`, "i");

/**
 * Is the quotation at `outer` judged by a verb of judging before it, as the verb's object ("regard
 * the \"stop\" by the police as") or right after its "as" ("regard it as \"an arrest\"")? Not a word
 * after "as" and more ("regard the talks as over after the company's \"final\" offer"). `from`
 * and `to` bound the sentence.
 */
export const judgedAs = (text: string, from: number, outer: Span, to: number): boolean => {
  const before = text.slice(Math.max(from, outer.start - 80), outer.start);
  const verb = JUDGING_BEFORE.exec(before);
  if (verb === null) return false;
  // ("was widely regarded as a "reformer"", "who was once dismissed as a "lightweight"": the one judged, not the judge)
  if (
    /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+|once\s+|often\s+|long\s+)?$/u.test(
      before.slice(0, verb.index),
    )
  )
    return false;
  const object = verb[1] ?? "";
  // ("dismissed the link as a "ridiculous story" and an "overblown thing"": an article after "as", and the judgments
  // listed before this one)
  if (/\bas\b/i.test(object))
    return /\bas\s+(?:(?:an?|the)\s+)?(?:["“][^"”]{1,60}["”]\s*,?\s+(?:and|or)\s+(?:(?:an?|the)\s+)?)*$|\bas\s*$/i.test(
      object,
    );
  return /^[^.!?;:]{0,60}?\bas\b/i.test(text.slice(outer.end, to));
};

/** Is the full stop (or ! or ?) at `i` a sentence's end: white space and a capital after it, no abbreviation before? */
const endsSentence = (text: string, i: number): boolean =>
  /[.!?]/.test(text[i] as string) &&
  /^\s+["“‘'\p{Lu}]/u.test(text.slice(i + 1, i + 4)) &&
  !/(?:^|[\s(])(?:\p{Lu}|\p{L}\.\p{L})$/u.test(text.slice(Math.max(0, i - 4), i)) &&
  // ("Mr. Delaney said", "Gen. Ruiz told": a title's full stop)
  !TITLE_ABBREVIATIONS.has(
    /(?:^|[^\p{L}])(\p{L}+)$/u.exec(text.slice(Math.max(0, i - 6), i))?.[1]?.toLowerCase() ?? "",
  );

/**
 * Does someone speak in the sentence around a quotation (a speech verb outside it, or a colon
 * just before it)? Read in the block, from the sentence's start to its end; `near` keeps to the
 * words next to the quotation (so many before it, a few after).
 */
/** After a quotation, a few words and a dash before a capital: a headline's `'…' - Chirac`. */
export const DASH_BEFORE_NAME = /^[^"“”‘’\n]{0,30}?\s[-–—]\s+(?=\p{Lu})/u;
/** After a quotation, a dash and a capitalised name of a few words that end the line. */
const DASH_SPEAKER = new RegExp(`${DASH_BEFORE_NAME.source}\\p{Lu}[\\p{L}\\p{M}.'’ -]{0,40}\\s*$`, "u");

/** The verbs of talking of something: "talking of", "spoke about". */
const TALK_VERBS = "talked|talking|spoke|spoken|speak|speaks|speaking";
/**
 * After "talking of" or "about": a quotation, straight away or a few words of its clause on ("what will happen "if
 * we"); not across a main verb ("the version they are talking about is “just not true”") or a new clause.
 */
const TALKED_OF_WORDS = String.raw`(?!(?:is|are|was|were|will|would|has|have|had)\s)(?:(?!(?:when|if|because|while|as|that|which|who)\s)[^\s,.;:!?"“”‘’]+\s+){0,5}["“‘]`;
/** A verb of talking, "of" or "about", and a quotation after them: the quotation is the talker's words. */
const TALKED_OF = new RegExp(String.raw`\b(?:${TALK_VERBS})\s+(?:of|about)\s+${TALKED_OF_WORDS}`, "iu");
const TALK_VERB = new RegExp(String.raw`^(?:${TALK_VERBS})$`, "i");
const TALKED_OF_REST = new RegExp(String.raw`^\s*${TALKED_OF_WORDS}`, "u");
/** Whether a verb of talking, "of" or "about" and the words after them lead to a quotation, as `TALKED_OF` reads. */
export const talkedOf = (verb: string, preposition: string, rest: string): boolean =>
  TALK_VERB.test(verb) && /^(?:of|about)$/i.test(preposition) && TALKED_OF_REST.test(rest);

const spokenAround = (text: string, block: Span, outer: Span, near?: number): boolean => {
  if (/:\s*$/.test(text.slice(Math.max(block.start, outer.start - 3), outer.start))) return true;
  // A headline's `UK rebate 'unjustified' - Chirac`: a name after a dash ends the line.
  if (DASH_SPEAKER.test(text.slice(outer.end, block.end))) return true;
  let from = outer.start;
  while (from > block.start && !endsSentence(text, from - 1)) from--;
  let to = outer.end;
  while (to < block.end && !endsSentence(text, to)) to++;
  const before = text.slice(from, outer.start).split(/[^\p{L}]+/u);
  const after = text.slice(outer.end, to).split(/[^\p{L}]+/u);
  const words = near === undefined ? [...before, ...after] : [...before.slice(-near), ...after.slice(0, 4)];
  // "He did not regard the \"stop\" as \"an arrest.\"": a verb of judging before the quote, with its "as".
  const judged = judgedAs(text, from, outer, to);
  // "referred to the ruling as a …": a speaker's name for something is their word.
  return (
    judged ||
    words.some((word) => isSpeechWord(word)) ||
    /\brefer(?:s|red|ring)\s+to\b/i.test(text.slice(from, outer.start)) ||
    // "talking of "Blair's surrender" and "a U-turn"": words spoken of are the speaker's.
    TALKED_OF.test(text.slice(from, outer.start + 1))
  );
};

/**
 * A short quotation that is a sentence of its own, from its capital to its full stop, standing between
 * sentences of its paragraph ("... said after the negotiations. \"It's very significant.\""): someone's words,
 * with no verb of its own to say so.
 */
const standsAlone = (text: string, block: Span, outer: Span, quoted: string): boolean =>
  wordCount(quoted) >= 2 &&
  /^\p{Lu}.*[.!?]$/u.test(quoted) &&
  /(?:^|[.!?…]["”’']?\s+)$/u.test(text.slice(block.start, outer.start)) &&
  /^(?:\s*$|\s+["“\p{Lu}])/u.test(text.slice(outer.end, block.end));

/** A single word in quotation marks is someone's word only with a speech verb this close before it. */
const ONE_WORD_REACH = 12;

const wordCount = (quoted: string): number => quoted.split(/\s+/).filter(Boolean).length;

/** A quotation's part runs on into the next paragraph, or the one after a sentence end, opening again. */
const SENTENCE_END = /[.!?…][)"”’']?\s+$/u;

export const findQuotes = (text: string, blocks: readonly Block[]): QuoteSpan[] => {
  const quotes: QuoteSpan[] = [];
  let chains = 0;
  /** The headline, or a short first line standing above the text (one ending in a quotation mark too). */
  const headlineLike = (block: Block): boolean =>
    block.headline || (block === blocks[0] && blocks.length > 1 && wordCount(text.slice(block.start, block.end)) <= 16);
  for (const family of ["double", "single"] as const) {
    /** The parts of the quotation being read, while it runs over several paragraphs. */
    let parts: { inner: Span; outer: Span }[] = [];
    let open: Mark | undefined;
    /** Where the part being read ends when no mark closes it: its paragraph's end. */
    let openBlockEnd = 0;
    /** Ends the part `open` opened at `end` (a closing mark's place, or where the next part opens). */
    const endPart = (end: number, closed: boolean, closeWidth = 1): void => {
      const at = (open as Mark).at;
      const inner = trimQuote(text, at + ((open as Mark).width ?? 1), end);
      if (inner.end > inner.start)
        parts.push({ inner, outer: { start: at, end: closed ? end + closeWidth : inner.end } });
    };
    /** The quotation is closed: its parts become quotes. */
    const emit = (block: Block): void => {
      const chain = parts.length > 1 ? chains++ : undefined;
      for (const { inner, outer } of parts) {
        const quoted = text.slice(inner.start, inner.end);
        // A double-quoted passage can hold single-quoted words; not the other way round.
        if (family === "single" && quotes.some((q) => q.outer.start < inner.start && q.outer.end > inner.end)) continue;
        if (chain === undefined) {
          if (isScareQuote(quoted)) continue;
          if (LABEL_BEFORE.test(text.slice(Math.max(block.start, outer.start - 20), outer.start))) continue;
          const count = wordCount(quoted);
          if (count <= 4 && KNOWN_AS_THE.test(text.slice(Math.max(block.start, outer.start - 20), outer.start)))
            continue;
          // `Rebel "foreign minister" Bizima Karaha`: a title in quotation marks before a name, not speech.
          if (
            count <= 3 &&
            /^\p{Ll}[\p{L}\s-]*$/u.test(text.slice(inner.start, outer.end - 1)) &&
            TITLE_BEFORE_NAME.test(text.slice(outer.end, Math.min(block.end, outer.end + 60)))
          )
            continue;
          if (count === 1 && !spokenAround(text, block, outer, ONE_WORD_REACH)) continue;
          if (
            count <= SHORT_QUOTE_WORDS &&
            !spokenAround(text, block, outer) &&
            !standsAlone(text, block, outer, quoted)
          )
            continue;
        }
        // A quote in a headline ("Kuznetsova 'failed a drugs test'") is speech only where the headline says who speaks.
        if (headlineLike(block) && !spokenAround(text, block, outer)) continue;
        quotes.push({ ...inner, text: quoted, outer, chain });
      }
      parts = [];
    };
    for (const block of blocks) {
      const marks = marksOf(text, block, family);
      let from = 0;
      if (open !== undefined) {
        // A quotation left open at the end of a paragraph goes on when the next opens with a mark.
        const first = marks[0];
        if (first && first.role !== "close" && text.slice(block.start, first.at).trim() === "") {
          endPart(openBlockEnd, false);
          open = first;
          from = 1;
        } else {
          open = undefined;
          parts = [];
        }
      }
      const rest = marks.slice(from);
      for (const [index, mark] of rest.entries()) {
        if (open === undefined) {
          if (mark.role !== "close") open = mark;
          continue;
        }
        // A slip closes a ``quotation that holds no single quotation of its own, and nothing else.
        if (mark.slip && (open.width !== 2 || /(?:^|[\s(])'\p{L}/u.test(text.slice(open.at + 2, mark.at)))) continue;
        // "'Our members' patience has run out.'": a plural's apostrophe, when a closing mark follows
        // before the next opening one.
        const next = rest[index + 1];
        if (mark.possessive && next !== undefined && next.role !== "open") continue;
        if (mark.role === "open") {
          // Flattened paragraphs: a new part opens after a sentence end while the quotation is open.
          const before = text.slice(open.at + (open.width ?? 1), mark.at);
          if (SENTENCE_END.test(before) && wordCount(before) >= 2) {
            endPart(mark.at, false);
            open = mark;
            continue;
          }
          // An unclosed quote: start again at the new one (a single mark may be an elision: '90s).
          if (family === "double") {
            open = mark;
            parts = [];
          }
          continue;
        }
        endPart(mark.at, true, mark.width ?? 1);
        emit(block);
        open = undefined;
      }
      openBlockEnd = block.end;
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
  // The lead is a headline or a short line above the text; an article's first paragraph may quote a
  // passage the body quotes again in full, and both are quotes.
  const inLead = (q: QuoteSpan) =>
    lead !== undefined && headlineLike(lead) && q.start >= lead.start && q.end <= lead.end;
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
