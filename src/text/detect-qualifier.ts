/**
 * The qualifier a source's wording puts on a number ("more than 7,000",
 * "nearly 46,000", "approximately 100"), so that a figure's `qualifier` can be
 * held to the source's own words.
 */
import type { Qualifier } from "../factbase/schema.js";

const PHRASES: readonly [RegExp, Qualifier][] = [
  [/\b(more than|over|upwards of|in excess of|above)\b/i, "more_than"],
  [/\b(nearly|almost|close to|just under)\b/i, "nearly"],
  [/\b(about|approximately|around|roughly|some|an estimated|estimated|about)\b/i, "about"],
  [/\bat least\b/i, "at_least"],
  [/\b(fewer than|less than|under|below)\b/i, "less_than"],
  [/\bup to\b/i, "up_to"],
];

/** The qualifier the wording states, or `exactly` when it states none. */
export const detectQualifier = (wording: string): Qualifier => {
  let best: { at: number; qualifier: Qualifier } | undefined;
  for (const [pattern, qualifier] of PHRASES) {
    const match = pattern.exec(wording);
    if (match && (best === undefined || match.index < best.at)) best = { at: match.index, qualifier };
  }
  return best?.qualifier ?? "exactly";
};
