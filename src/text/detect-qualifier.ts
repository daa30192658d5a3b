/**
 * The qualifier a source's wording puts on a number ("more than 7,000",
 * "nearly 46,000", "approximately 100", "up to 300", "300 or more"), so that
 * a figure's `qualifier` can be held to the source's own words.
 */
import type { Qualifier } from "./qualifiers.js";

/** The words of each qualifier, written before the number unless they start with "or". */
const PHRASES: readonly [RegExp, Qualifier][] = [
  [/\b(more than|over|upwards of|in excess of|above|just over|well over|a little over)\b/i, "more_than"],
  [/\b(nearly|almost|close to|just under|just below|just shy of)\b/i, "nearly"],
  [/\b(about|approximately|around|roughly|some|an estimated|estimated|or so)\b/i, "about"],
  [/\b(at least|a minimum of|or more)\b/i, "at_least"],
  [/\b(up to|as many as|as much as|at most|a maximum of|no more than)\b/i, "up_to"],
  [/\b(fewer than|less than|under|below)\b/i, "less_than"],
  [/\bup to\b/i, "up_to"],
];

/**
 * The words that qualify a number when they stand just before it (the extractor's list: every
 * phrase above but those written after the number).
 */
export const QUALIFIER_WORDS = PHRASES.flatMap(([pattern]) =>
  (/\((.*)\)/.exec(pattern.source)?.[1] ?? "").split("|").filter((w) => !w.startsWith("or ")),
).sort((a, b) => b.length - a.length);

/** The qualifier the wording states, or `exactly` when it states none. */
export const detectQualifier = (wording: string): Qualifier => {
  let best: { at: number; qualifier: Qualifier } | undefined;
  for (const [pattern, qualifier] of PHRASES) {
    const match = pattern.exec(wording);
    if (match && (best === undefined || match.index < best.at)) best = { at: match.index, qualifier };
  }
  return best?.qualifier ?? "exactly";
};
