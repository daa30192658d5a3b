import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to `word` by edit distance, when it is close enough to
 * be the likely intent (a typo), as a "did you mean" hint.
 */
export const didYouMean = (word: string, candidates: Iterable<string>): string | undefined => {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? undefined : `did you mean \`${best}\`?`;
};
