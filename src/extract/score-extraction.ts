/**
 * Scores an extraction against a hand-made gold file (see
 * test/extract/gold/README.md): precision and recall for each kind of
 * candidate. A quote counts only with the right speaker; a figure when its
 * value matches and it stands where the gold excerpt does; an event when its
 * date matches and its sentence holds the gold excerpt.
 *
 * Figures are scored twice. `figures` is the measure above (value and
 * place). `figuresCounted` also asks that the figure say what it counts: the
 * head noun of the gold `counts` (see `headNoun`: the last word of its
 * leading noun phrase, "people" in "people killed in the attack", "lorries" in
 * "lorries of grain per week"), folded and singularised, must be one of the
 * words of the drafted `counts`, folded and singularised the same way. A gold
 * figure without `counts` accepts any.
 */
import * as z from "zod";
import { foldText } from "../text/fold-text.js";
import type { ArticleExtraction } from "./extract-article.js";
import { type ActorGroup, nameWords, samePerson } from "./group-actors.js";

const Named = z.object({ name: z.string(), variants: z.array(z.string()).default([]) });
export const GoldArticle = z.object({
  file: z.string(),
  published: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
  people: z.array(Named.extend({ titles: z.array(z.string()).default([]) })).default([]),
  organisations: z.array(Named).default([]),
  states: z.array(Named).default([]),
  quotes: z.array(z.object({ text: z.string(), speaker: z.string() })).default([]),
  figures: z
    .array(
      z.object({
        value: z.coerce.number(),
        wording: z.string(),
        counts: z.string().optional(),
        excerpt: z.string(),
      }),
    )
    .default([]),
  events: z
    .array(
      z.object({ date: z.union([z.string(), z.number()]).transform(String), wording: z.string(), excerpt: z.string() }),
    )
    .default([]),
});
export const GoldFile = z.object({ articles: z.array(GoldArticle) });
export type GoldArticle = z.output<typeof GoldArticle>;

export const KINDS = ["people", "organisations", "states", "quotes", "figures", "figuresCounted", "events"] as const;
export type Kind = (typeof KINDS)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** What was missed and what was wrongly found, for reading. */
  readonly missed: string[];
  readonly wrong: string[];
}

export type Score = Record<Kind, Tally>;

export const emptyScore = (): Score =>
  Object.fromEntries(KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0, missed: [], wrong: [] }])) as unknown as Score;

export const precision = (t: Tally): number => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally): number => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

const forms = (named: { name: string; variants: readonly string[] }): string[] => [named.name, ...named.variants];
const groupForms = (group: ActorGroup): string[] => [group.name, ...group.aliases];

/** Two written forms of a name are one: equal after folding, or one person's full names. */
const sameName = (a: string, b: string): boolean => {
  if (nameWords(a).join("") === nameWords(b).join("")) return true;
  return nameWords(a).length >= 2 && nameWords(b).length >= 2 && samePerson(a, b);
};

const matchesNamed = (group: ActorGroup, named: { name: string; variants: readonly string[] }): boolean =>
  groupForms(group).some((g) => forms(named).some((f) => sameName(g, f)));

const quoteKey = (text: string): string =>
  foldText(text)
    .replace(/^[\s.,;:!?"'…-]+|[\s.,;:!?"'…-]+$/g, "")
    .replace(/\s+([.,;:!?])/g, "$1")
    .toLowerCase();

const sameValue = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b), 1e-9) ||
  Math.abs(a * 100 - b) < 0.5 ||
  Math.abs(a - b * 100) < 0.5;

const rangeOf = (text: string, excerpt: string): { start: number; end: number } | undefined => {
  const at = text.indexOf(excerpt);
  return at < 0 ? undefined : { start: at, end: at + excerpt.length };
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const tallyActors = (
  tally: Tally,
  found: readonly ActorGroup[],
  gold: readonly { name: string; variants: readonly string[] }[],
): void => {
  const matched = new Set<number>();
  for (const group of found) {
    // The entry that names the group by its full name first ("Azmat Begg", not "Moazzam Begg" by the
    // surname they share), else the first that matches.
    const exact = gold.findIndex((named) => sameName(group.name, named.name));
    const index = exact >= 0 ? exact : gold.findIndex((named) => matchesNamed(group, named));
    if (index < 0 || matched.has(index)) {
      tally.fp++;
      tally.wrong.push(index < 0 ? group.name : `${group.name} (split from ${gold[index]?.name})`);
    } else matched.add(index);
  }
  gold.forEach((named, index) => {
    if (matched.has(index)) tally.tp++;
    else {
      tally.fn++;
      tally.missed.push(named.name);
    }
  });
};

const tallyFigures = (
  tally: Tally,
  found: ArticleExtraction["figures"],
  gold: GoldArticle["figures"],
  matches: (f: ArticleExtraction["figures"][number], g: GoldArticle["figures"][number]) => boolean,
): void => {
  const used = new Set<number>();
  for (const f of found) {
    const index = gold.findIndex((g, i) => !used.has(i) && matches(f, g));
    if (index >= 0) used.add(index);
    else {
      tally.fp++;
      tally.wrong.push(`${f.wording} (${f.value}) counting "${f.counts}"`);
    }
  }
  gold.forEach((g, i) => {
    if (used.has(i)) tally.tp++;
    else {
      tally.fn++;
      tally.missed.push(`${g.wording} (${g.value})${g.counts === undefined ? "" : ` counting "${g.counts}"`}`);
    }
  });
};

/** A word folded (no accents, lower case) and made singular by the regular English endings. */
export const singular = (word: string): string => {
  const w = word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s?$/u, "");
  const irregular: Record<string, string> = { people: "person", men: "man", women: "woman", children: "child" };
  if (irregular[w] !== undefined) return irregular[w];
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  // "cargoes", "heroes", "vetoes"; but "shoes", "woes", "canoes" keep their "e".
  if (/^(?:cargo|hero|veto|echo|embargo|torpedo|potato|tomato|volcano|mosquito|tornado)es$/.test(w))
    return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
};

/** Words that end a leading noun phrase: prepositions, conjunctions, determiners, pronouns, auxiliaries. */
const PHRASE_END =
  /^(of|in|on|at|to|for|from|by|with|within|into|among|between|against|about|around|through|toward|towards|without|behind|beyond|inside|under|over|near|since|after|before|during|across|amid|while|per|not|each|every|who|whom|which|that|than|as|and|or|but|nor|the|a|an|this|these|those|its|their|his|her|has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|shall|be|been|being|whose|where|when|why|how|now|then|earlier|later|so|still|already|again|ago|today|yesterday)$/i;

/** Past participles not in -ed that follow a noun: "people held captive", "children left behind". */
const IRREGULAR_PARTICIPLES =
  /^(aged|held|taken|left|hurt|made|born|kept|built|seen|known|given|found|lost|missing|dead|thought|caught|brought|sent|spent|paid|sold|told|won|shot|struck|hit|put|set|cut|run|done|gone|driven|written|stolen|beaten|hidden|forgotten|chosen|frozen|shown|drawn|grown|thrown|flown|fled|bought|led|fed|met|fought|sought|taught|bound|hung|stuck)$/i;

/**
 * The head noun of what a figure counts: the last word of its leading noun
 * phrase, which ends before a function word or a time adverb ("now", "earlier"), a
 * bracket or comma, a participle or an adverb in -ly after its first word ("people killed",
 * "residents taking refuge", "captives held", "capital irretrievably lost") or a capitalised word
 * after a lower-case one ("diplomats The Washington Post cited"). Folded and
 * singular; undefined for an empty phrase.
 */
export const headNoun = (counts: string): string | undefined => {
  const phrase: string[] = [];
  for (const raw of counts.split(/\s+/)) {
    // "advisors (cabinet members) of the president": an aside in brackets is no part of the leading phrase.
    if (raw.startsWith("(") && phrase.length > 0) break;
    const word = raw.replace(/^[("“‘']+|[)"”’',;:.!?]+$/gu, "");
    if (word === "") continue;
    if (PHRASE_END.test(word)) {
      if (phrase.length === 0) continue;
      break;
    }
    const last = phrase.at(-1);
    if (last !== undefined) {
      if (/^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(last)) break;
      if (/\p{L}{3}(ed|ing)$/u.test(word) || IRREGULAR_PARTICIPLES.test(word) || /\p{L}{3}ly$/u.test(word)) break;
    }
    phrase.push(word);
    if (raw !== word && /[),;:]$/.test(raw)) break;
  }
  const head = phrase.at(-1);
  return head === undefined ? undefined : singular(head);
};

/** Words a length of time is named by, one as good as another: "length of the war", "duration of the war". */
const DURATION_WORDS = new Set(["length", "duration", "period", "time"]);
const TIME_UNITS = new Set(["second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century"]);

/**
 * Whether a drafted `counts` names what the gold `counts` does: the gold's head noun is one of its words. A
 * length of time is one thing whichever word names it: a drafted label that opens with "length", "duration",
 * "period" or "time" agrees with a gold head among those words, or with a gold head that is the drafted
 * figure's own unit ("years of the regime" and "length of the regime", in years).
 */
export const countsAgree = (drafted: string, gold: string | undefined, draftedUnit?: string): boolean => {
  if (gold === undefined) return true;
  const head = headNoun(gold);
  if (head === undefined) return true;
  // "times arrested" counts occurrences, never a length of time, on either side.
  const opening = (drafted.split(/\s+/)[0] ?? "").toLowerCase();
  const occurrences = (phrase: string): boolean => /^(?:\S+\s+){0,3}?times\b/i.test(phrase);
  if (DURATION_WORDS.has(opening) && !occurrences(gold)) {
    if (DURATION_WORDS.has(head)) return true;
    if (TIME_UNITS.has(head) && draftedUnit !== undefined && singular(draftedUnit) === head) return true;
  }
  // Letters and digits only, so that a hyphenated name ("L1011-500s") compares whole or in parts.
  const key = (word: string): string => singular(word.replace(/[^\p{L}\p{N}’'-]/gu, "")).replace(/[^\p{L}\p{N}]/gu, "");
  const words = drafted.split(/[\s/()]+/).filter(Boolean);
  return [...words, ...words.flatMap((w) => w.split("-"))].some((word) => key(word) === key(head));
};

/** Adds one article's results to `score`. */
export const scoreArticle = (score: Score, gold: GoldArticle, found: ArticleExtraction, text: string): Score => {
  tallyActors(
    score.people,
    found.actors.filter((a) => a.kind === "person"),
    gold.people,
  );
  tallyActors(
    score.organisations,
    found.actors.filter((a) => a.kind === "organisation" || a.kind === "media"),
    gold.organisations,
  );
  tallyActors(
    score.states,
    found.actors.filter((a) => a.kind === "state"),
    gold.states,
  );

  const speakerOf = (name: string) => [...gold.people, ...gold.organisations].find((n) => n.name === name);
  const quoteMatches = (q: ArticleExtraction["quotes"][number], g: GoldArticle["quotes"][number]): boolean => {
    const a = quoteKey(q.quote.text);
    const b = quoteKey(g.text);
    if (!(a === b || (a.includes(b) && b.length >= 0.6 * a.length) || (b.includes(a) && a.length >= 0.6 * b.length)))
      return false;
    if (g.speaker === "unknown") return true;
    const named = speakerOf(g.speaker);
    return q.speaker !== undefined && named !== undefined && matchesNamed(q.speaker, named);
  };
  const usedQuotes = new Set<number>();
  for (const q of found.quotes) {
    const index = gold.quotes.findIndex((g, i) => !usedQuotes.has(i) && quoteMatches(q, g));
    if (index >= 0) usedQuotes.add(index);
    else {
      score.quotes.fp++;
      score.quotes.wrong.push(`${q.quote.text.slice(0, 60)} — ${q.speaker?.name ?? "no speaker"}`);
    }
  }
  gold.quotes.forEach((g, i) => {
    if (usedQuotes.has(i)) score.quotes.tp++;
    else {
      score.quotes.fn++;
      score.quotes.missed.push(`${g.text.slice(0, 60)} — ${g.speaker}`);
    }
  });

  const figureAt = (f: ArticleExtraction["figures"][number], g: GoldArticle["figures"][number]): boolean => {
    if (!sameValue(f.value, g.value)) return false;
    const range = rangeOf(text, g.excerpt);
    return range === undefined || overlaps(range, f) || overlaps(range, f.excerpt);
  };
  tallyFigures(score.figures, found.figures, gold.figures, figureAt);
  tallyFigures(
    score.figuresCounted,
    found.figures,
    gold.figures,
    (f, g) => figureAt(f, g) && countsAgree(f.counts, g.counts, f.unit),
  );

  const usedEvents = new Set<number>();
  for (const e of found.events) {
    const index = gold.events.findIndex((g, i) => {
      if (usedEvents.has(i) || g.date.replace("~", "") !== e.date.replace("~", "")) return false;
      const range = rangeOf(text, g.excerpt);
      return range === undefined || overlaps(range, e.sentence);
    });
    if (index >= 0) usedEvents.add(index);
    else {
      score.events.fp++;
      score.events.wrong.push(`${e.date} ${e.wording}`);
    }
  }
  gold.events.forEach((g, i) => {
    if (usedEvents.has(i)) score.events.tp++;
    else {
      score.events.fn++;
      score.events.missed.push(`${g.date} ${g.wording}`);
    }
  });
  return score;
};
