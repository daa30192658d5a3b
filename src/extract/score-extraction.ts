/**
 * Scores an extraction against a hand-made gold file (see
 * test/extract/gold/README.md): precision and recall for each kind of
 * candidate. A quote counts only with the right speaker; a figure when its
 * value matches and it stands where the gold excerpt does; an event when its
 * date matches and its sentence holds the gold excerpt.
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
  figures: z.array(z.object({ value: z.coerce.number(), wording: z.string(), excerpt: z.string() })).default([]),
  events: z
    .array(
      z.object({ date: z.union([z.string(), z.number()]).transform(String), wording: z.string(), excerpt: z.string() }),
    )
    .default([]),
});
export const GoldFile = z.object({ articles: z.array(GoldArticle) });
export type GoldArticle = z.output<typeof GoldArticle>;

export const KINDS = ["people", "organisations", "states", "quotes", "figures", "events"] as const;
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
    const index = gold.findIndex((named) => matchesNamed(group, named));
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

  const usedFigures = new Set<number>();
  for (const f of found.figures) {
    const index = gold.figures.findIndex((g, i) => {
      if (usedFigures.has(i) || !sameValue(f.value, g.value)) return false;
      const range = rangeOf(text, g.excerpt);
      return range === undefined || overlaps(range, f) || overlaps(range, f.excerpt);
    });
    if (index >= 0) usedFigures.add(index);
    else {
      score.figures.fp++;
      score.figures.wrong.push(`${f.wording} (${f.value})`);
    }
  }
  gold.figures.forEach((g, i) => {
    if (usedFigures.has(i)) score.figures.tp++;
    else {
      score.figures.fn++;
      score.figures.missed.push(`${g.wording} (${g.value})`);
    }
  });

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
