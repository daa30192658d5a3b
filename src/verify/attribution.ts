/**
 * Who a source says spoke: its sentences (a quotation is part of the sentence
 * it stands in), its narration (the text outside quotation marks), and
 * whether a stretch of narration names or refers to an actor (name, alias,
 * surname, role title, "the minister", "he", "the office").
 */
import type { Actor } from "../factbase/schema.js";
import { foldText } from "../text/fold-text.js";
import type { QuotedSpan, SourceText } from "./source-text.js";

const UPPER_OR_OPENING = /[\p{Lu}\p{N}"'([]/u;

/** Words a period follows without ending the sentence ("Mr. Reyes", "Gen. Ortiz"). */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof st gen lt col sgt capt cmdr adm maj gov sen rep rev jr sr inc ltd co corp no nos vs etc mt ft pres sec dept approx est fig".split(
    " ",
  ),
);

/** Whether the period at `i` ends an abbreviation or an initial ("U.S.", "J. Smith"). */
const isAbbreviation = (text: string, i: number): boolean => {
  let j = i;
  while (j > 0 && /\p{L}/u.test(text[j - 1] ?? "")) j -= 1;
  const word = text.slice(j, i);
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
};

/** Where the sentence after the end at `i` (a `.`, `?` or `!`, or a closing mark) starts, if it does. */
const nextSentenceStart = (text: string, i: number): number | undefined => {
  let j = i;
  while (j < text.length && /[)\]]/.test(text[j] ?? "")) j += 1;
  if (text[j] !== " ") return undefined;
  j += 1;
  return UPPER_OR_OPENING.test(text[j] ?? "") ? j : undefined;
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

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const phrase = (words: string, flags = "iu"): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(foldText(words)).replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`, flags);

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

const PRONOUNS: Readonly<Record<"person" | "other", RegExp>> = {
  person: /(?<![\p{L}\p{N}])(?:he|she|him|his|her|hers)(?![\p{L}\p{N}])/iu,
  other: /(?<![\p{L}\p{N}])(?:it|its|they|them|their)(?![\p{L}\p{N}])/iu,
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
  const patterns: RegExp[] = [...names, ...titles].map((n) => phrase(n));
  const descriptions: RegExp[] = [];
  // "the minister", "the top Qatari diplomat", "The office added": a description in lower case. A
  // title in capitals stands before a name ("the Qatari Prime Minister Sheikh Mohammed"), which is
  // someone else's when it is not the speaker's.
  const the = (words: number, noun: string) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])[Tt]he(?:\\s+[\\p{L}'-]+){0,${words}}?\\s+${escapeRegExp(noun.toLowerCase())}(?![\\p{L}\\p{N}])(?!,?\\s+\\p{Lu})`,
      "u",
    );
  if (actor.kind === "person") {
    // A surname alone, as a name (capitalised): "Reyes", "Al-Khulaifi", "Thani".
    for (const name of names) {
      const last = foldText(name).split(" ").at(-1);
      if (last !== undefined && last.length > 1 && !STOP_WORDS.has(last.toLowerCase()))
        patterns.push(phrase(last, "u"));
    }
    // "the minister", "the Qatari senior negotiator": a noun of one of its titles after "the".
    const nouns = titles.flatMap((t) =>
      foldText(t)
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => TITLE_NOUNS.has(w)),
    );
    for (const noun of new Set(nouns)) descriptions.push(the(3, noun));
  } else {
    // "the office", "the ministry", "the group": a word of its name, or of its kind, after "the".
    const words = names.flatMap((n) =>
      foldText(n)
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length > 2 && !STOP_WORDS.has(w)),
    );
    for (const word of new Set([...words, ...KIND_NOUNS[actor.kind]])) descriptions.push(the(2, word));
  }
  const pronoun = PRONOUNS[actor.kind === "person" ? "person" : "other"];
  const found: ActorReference = {
    names: (text) => patterns.some((p) => p.test(text)),
    describes: (text) => descriptions.some((p) => p.test(text)),
    pronoun: (text) => pronoun.test(text),
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
  if (/[:;]|(?<![\p{L}])that(?![\p{L}])/iu.test(between)) return false;
  const words = between.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  const reference = referenceTo(actor);
  return reference.names(between) || reference.describes(between) || reference.pronoun(between);
}
