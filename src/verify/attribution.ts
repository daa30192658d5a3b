/**
 * Who a source says spoke: its sentences (a quotation is part of the sentence
 * it stands in), its narration (the text outside quotation marks), and
 * whether a stretch of narration names or refers to an actor (name, alias,
 * surname, role title, "the minister", "he", "the office").
 */
import type { Actor } from "../factbase/schema.js";
import { holdsWords, isDigit, isLetter, isUpper, isWordChar, wordsOf } from "../text/characters.js";
import { foldText } from "../text/fold-text.js";
import type { QuotedSpan, SourceText } from "./source-text.js";

/** What a sentence may start with: a capital, a digit, an opening mark or bracket. */
const startsSentence = (c: string | undefined): boolean =>
  isUpper(c) || isDigit(c) || c === '"' || c === "'" || c === "(" || c === "[";

/** Words a period follows without ending the sentence ("Mr. Reyes", "Gen. Ortiz"). */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof st gen lt col sgt capt cmdr adm maj gov sen rep rev jr sr inc ltd co corp no nos vs etc mt ft pres sec dept approx est fig".split(
    " ",
  ),
);

/** Whether the period at `i` ends an abbreviation or an initial ("U.S.", "J. Smith"). */
const isAbbreviation = (text: string, i: number): boolean => {
  let j = i;
  while (j > 0 && isLetter(text[j - 1])) j -= 1;
  const word = text.slice(j, i);
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
};

/** Where the sentence after the end at `i` (a `.`, `?` or `!`, or a closing mark) starts, if it does. */
const nextSentenceStart = (text: string, i: number): number | undefined => {
  let j = i;
  while (text[j] === ")" || text[j] === "]") j += 1;
  if (text[j] !== " ") return undefined;
  j += 1;
  return startsSentence(text[j]) ? j : undefined;
};

export interface SourceSentences {
  /** Where each sentence starts, in order (the first at 0). */
  readonly starts: readonly number[];
  /** The citable text with the words inside quotation marks blanked out: what the source itself says. */
  readonly narration: string;
}

const cache = new WeakMap<SourceText, SourceSentences>();

/**
 * The sentences of a source: a sentence ends at `.`, `?` or `!` followed by a capital (or an opening
 * mark), never inside a quotation (a quotation is part of the sentence it stands in), and at every
 * paragraph.
 */
export function sentencesOf(source: SourceText): SourceSentences {
  const kept = cache.get(source);
  if (kept) return kept;
  const text = source.citable;
  const starts = new Set<number>(source.paragraphs);
  starts.add(0);
  const spans = source.quotations;
  let k = 0;
  let narration = "";
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const span = spans[k];
    if (span !== undefined && i === span.start) {
      narration += text.slice(from, span.start) + " ".repeat(span.end - span.start);
      from = span.end;
      // A quotation that ends a sentence ends it: `... calm." He added`.
      const last = text.slice(span.start, span.end).trimEnd().at(-1) ?? "";
      if (/[.?!]/.test(last)) {
        const next = nextSentenceStart(text, span.close);
        if (next !== undefined) starts.add(next);
      }
      i = Math.max(i, span.close - 1);
      k += 1;
      continue;
    }
    const c = text[i] ?? "";
    if ((c === "." || c === "?" || c === "!") && !(c === "." && isAbbreviation(text, i))) {
      const next = nextSentenceStart(text, i + 1);
      if (next !== undefined) starts.add(next);
    }
  }
  narration += text.slice(from);
  const found = { starts: [...starts].sort((a, b) => a - b), narration };
  cache.set(source, found);
  return found;
}

/** The index of the sentence that holds offset `at`. */
export const sentenceAt = (sentences: SourceSentences, at: number): number => {
  const { starts } = sentences;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/**
 * The narration of the sentences from the one before the sentence holding `from` to the one holding
 * `to`: where a source says who is speaking.
 */
export const attributingNarration = (sentences: SourceSentences, from: number, to: number, before = 1): string => {
  const first = Math.max(0, sentenceAt(sentences, from) - before);
  const last = sentenceAt(sentences, Math.max(from, to - 1));
  const start = sentences.starts[first] ?? 0;
  const end = sentences.starts[last + 1] ?? sentences.narration.length;
  return sentences.narration.slice(start, end);
};

/** How many sentences back a pronoun may look for the name it stands for ("He continued:"). */
const PRONOUN_REACH = 3;

/** What, after a title, makes it a title before a name: "the Prime Minister Sheikh Mohammed". */
const nameAfter = (text: string, end: number): boolean => {
  let j = end;
  if (text[j] === ",") j += 1;
  if (text[j] !== " ") return false;
  while (text[j] === " ") j += 1;
  return isUpper(text[j]);
};

/** Whether the words just before `at` are "the" or "The" and at most `words` more ("the top Qatari"). */
const theBefore = (text: string, at: number, words: number): boolean => {
  let end = at;
  for (let k = 0; k <= words; k += 1) {
    if (text[end - 1] !== " ") return false;
    end -= 1;
    let start = end;
    while (start > 0 && (isLetter(text[start - 1]) || text[start - 1] === "'" || text[start - 1] === "-")) start -= 1;
    if (start === end) return false;
    const word = text.slice(start, end);
    if ((word === "the" || word === "The") && !isWordChar(text[start - 1])) return true;
    end = start;
  }
  return false;
};

/**
 * Whether `text` describes someone as "the [a few words] <noun>" (the noun in lower case, and no
 * capitalised name after it). A plain search: a pattern per noun would cost more to compile than
 * all the searching.
 */
const describesAs = (text: string, noun: string, words: number): boolean => {
  let at = text.indexOf(noun);
  while (at >= 0) {
    const end = at + noun.length;
    if (!isWordChar(text[at - 1]) && !isWordChar(text[end]) && !nameAfter(text, end) && theBefore(text, at, words)) {
      return true;
    }
    at = text.indexOf(noun, at + 1);
  }
  return false;
};

/** Nouns of titles that stand for their holder after "the": "the minister", "the top Qatari diplomat". */
const TITLE_NOUNS = new Set(
  "minister secretary president negotiator spokesperson spokesman spokeswoman diplomat envoy emir king queen prince leader chief director official ambassador mediator chairman chairwoman chair head master mayor governor general commander adviser advisor premier chancellor senator representative judge prosecutor manager officer captain".split(
    " ",
  ),
);

/** What an organisation, a state, a group or a medium is called after "the", whatever its name. */
const KIND_NOUNS: Readonly<Record<Actor["kind"], readonly string[]>> = {
  person: [],
  organisation: ["organisation", "organization", "office", "ministry", "agency", "body", "department", "authority"],
  state: ["country", "state", "government", "kingdom", "emirate", "republic"],
  group: ["group", "movement", "organisation", "organization", "faction", "party"],
  media: ["outlet", "newspaper", "paper", "broadcaster", "network", "channel", "agency", "daily"],
};

const PRONOUNS: Readonly<Record<"person" | "other", readonly string[]>> = {
  person: ["he", "she", "him", "his", "her", "hers"],
  other: ["it", "its", "they", "them", "their"],
};

const STOP_WORDS = new Set("of the and for in on at to a an de al el bin ibn von van der".split(" "));

export interface ActorReference {
  /** Names the actor: its name, an alias, a surname, a role title. */
  readonly names: (text: string) => boolean;
  /** Describes it: "the minister", "the top Qatari diplomat", "the office", "the group". */
  readonly describes: (text: string) => boolean;
  /** Uses a pronoun that may stand for it: "he", "she", "it", "they". */
  readonly pronoun: (text: string) => boolean;
}

const references = new WeakMap<Actor, ActorReference>();

/** How a source may name or refer to `actor`. */
export function referenceTo(actor: Actor): ActorReference {
  const kept = references.get(actor);
  if (kept) return kept;
  const names = [actor.name, ...(actor.aliases ?? [])];
  const titles = (actor.roles ?? []).map((r) => r.title);
  /** Matched whatever their case: names, aliases, titles (folded, in lower case). */
  const phrases = [...names, ...titles].map((n) => foldText(n).toLowerCase());
  /** Matched as written: a surname alone, capitalised ("Reyes", "Al-Khulaifi", "Thani"). */
  const surnames: string[] = [];
  /** "the <noun>", the noun in lower case, and how many words may stand between. */
  const nouns: { noun: string; words: number }[] = [];
  if (actor.kind === "person") {
    for (const name of names) {
      const last = foldText(name).split(" ").at(-1);
      if (last !== undefined && last.length > 1 && !STOP_WORDS.has(last.toLowerCase())) surnames.push(last);
    }
    // "the minister", "the Qatari senior negotiator": a noun of one of its titles.
    for (const title of titles) {
      for (const w of wordsOf(foldText(title).toLowerCase())) {
        if (TITLE_NOUNS.has(w)) nouns.push({ noun: w, words: 3 });
      }
    }
  } else {
    // "the office", "the ministry", "the group": a word of its name, or of its kind.
    for (const name of names) {
      for (const w of wordsOf(foldText(name).toLowerCase())) {
        if (w.length > 2 && !STOP_WORDS.has(w)) nouns.push({ noun: w, words: 2 });
      }
    }
    for (const w of KIND_NOUNS[actor.kind]) nouns.push({ noun: w, words: 2 });
  }
  const pronouns = PRONOUNS[actor.kind === "person" ? "person" : "other"];
  const found: ActorReference = {
    names: (text) => {
      const lower = text.toLowerCase();
      return phrases.some((p) => holdsWords(lower, p)) || surnames.some((p) => holdsWords(text, p));
    },
    // "The office added", "the top Qatari diplomat": in lower case; a title in capitals stands before a
    // name ("the Qatari Prime Minister Sheikh Mohammed"), someone else's when not the speaker's.
    describes: (text) => nouns.some(({ noun, words }) => describesAs(text, noun, words)),
    pronoun: (text) => {
      const lower = text.toLowerCase();
      return pronouns.some((p) => holdsWords(lower, p));
    },
  };
  references.set(actor, found);
  return found;
}

/**
 * Whether the source attributes the words at `from`..`to` to `actor`: the sentence that holds them
 * (outside the quotation marks) or the one before names or describes it, or refers to it by a
 * pronoun when the source has named it a few sentences before.
 */
export function attributes(source: SourceText, actor: Actor, from: number, to: number): boolean {
  const sentences = sentencesOf(source);
  const narration = attributingNarration(sentences, from, to);
  const reference = referenceTo(actor);
  if (reference.names(narration) || reference.describes(narration)) return true;
  if (!reference.pronoun(narration)) return false;
  // A pronoun stands for someone the source has named a little before.
  return reference.names(attributingNarration(sentences, from, to, PRONOUN_REACH));
}

/**
 * Whether two quotations, one after the other in a paragraph, are one remark broken by its
 * attribution: `"We cannot keep it open," Carvalho said. "Someone has to pay."`. The words between
 * are few (at most eight), name or refer to the speaker, and introduce nothing new (no `that`, no
 * colon).
 */
export function brokenByAttribution(
  source: SourceText,
  a: QuotedSpan,
  b: QuotedSpan,
  actor: Actor | undefined,
): boolean {
  if (actor === undefined) return false;
  if (source.paragraphs.some((p) => p > a.close && p <= b.open)) return false;
  const between = source.citable.slice(a.close, b.open);
  if (between.includes(":") || between.includes(";") || holdsWords(between.toLowerCase(), "that")) return false;
  const words = wordsOf(between).length;
  if (words === 0 || words > 8) return false;
  const reference = referenceTo(actor);
  return reference.names(between) || reference.describes(between) || reference.pronoun(between);
}
