/**
 * What the extraction tests read invented passages with: one article drafted with its publication
 * date, and each quote's first words with its speaker.
 */
import * as chrono from "chrono-node/en";
import { extractArticle } from "../../src/extract/extract-article.js";

/** The passage read as one article published on `published` (a Thursday, 19 March 2026, by default). */
export const readArticle = (text: string, published = "2026-03-19") => extractArticle(chrono, { text, published });

/** Each quote's first three words and its speaker's name (or null). */
export const speakersOf = (text: string, published?: string) =>
  readArticle(text, published).quotes.map(
    (q) => [q.quote.text.split(" ").slice(0, 3).join(" "), q.speaker?.name ?? null] as const,
  );

/** Each quote's first three words, its speaker's name (or null) and the pattern that drafted it. */
export const speakersAndPatterns = (text: string, published?: string) =>
  readArticle(text, published).quotes.map(
    (q) => [q.quote.text.split(" ").slice(0, 3).join(" "), q.speaker?.name ?? null, q.drafted?.pattern] as const,
  );

/** The figures drafted from `lines` under a headline, each with its wording, value, label, unit and pattern. */
export const figuresOf = (...lines: string[]) =>
  readArticle(["Headline", ...lines].join("\n")).figures.map((f) => ({
    wording: f.wording,
    value: f.value,
    counts: f.counts,
    unit: f.unit,
    pattern: f.drafted?.pattern,
  }));

/** Each figure drafted from `lines` as [wording, what it counts, unit]. */
export const figureLabels = (...lines: string[]) => figuresOf(...lines).map((f) => [f.wording, f.counts, f.unit]);

/** The names of the actors of one kind ("person", "media") drafted from the passage. */
export const actorNames = (text: string, kind: string) =>
  readArticle(text)
    .actors.filter((a) => a.kind === kind)
    .map((a) => a.name);

/** Each date drafted from `text` under a headline, published on `published`: [its words, its date]. */
export const datesOf = (text: string, published: string) =>
  readArticle(`Headline\n\n${text}`, published).events.map((e) => [e.wording, e.date]);

/** Paragraphs under a headline, one blank line between each, as an article is written. */
export const article = (...paragraphs: string[]) => ["Headline", "", ...paragraphs].join("\n\n");

/** Each person drafted from the passage as [name, titles]. */
export const persons = (text: string) =>
  readArticle(text)
    .actors.filter((a) => a.kind === "person")
    .map((a) => [a.name, a.titles]);
