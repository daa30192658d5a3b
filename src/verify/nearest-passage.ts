/**
 * The passage of a source most like a needle that was not found in it, to
 * show the editor what the source actually says.
 */
import { GAP } from "./source-text.js";

const tokenize = (text: string): { word: string; start: number; end: number }[] => {
  const out: { word: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu)) {
    out.push({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return out;
};

export const nearestPassage = (folded: string, needle: string): string | undefined => {
  const want = tokenize(needle).map((t) => t.word);
  const words = tokenize(folded);
  if (want.length === 0 || words.length === 0) return undefined;
  const size = Math.min(want.length, words.length);
  const wanted = new Map<string, number>();
  for (const w of want) wanted.set(w, (wanted.get(w) ?? 0) + 1);

  // Slide a window of the needle's length over the source, keeping counts as it moves: linear time.
  const have = new Map<string, number>();
  let score = 0;
  const add = (w: string) => {
    const n = (have.get(w) ?? 0) + 1;
    have.set(w, n);
    if (n <= (wanted.get(w) ?? 0)) score += 1;
  };
  const remove = (w: string) => {
    const n = have.get(w) ?? 0;
    have.set(w, n - 1);
    if (n <= (wanted.get(w) ?? 0)) score -= 1;
  };
  let best = -1;
  let bestStart = 0;
  for (let end = 0; end < words.length; end += 1) {
    add(words[end]?.word ?? "");
    const start = end - size + 1;
    if (start < 0) continue;
    // Prefer windows whose first word matches the needle's, on a tie.
    if (score > best || (score === best && words[start]?.word === want[0] && words[bestStart]?.word !== want[0])) {
      best = score;
      bestStart = start;
    }
    remove(words[start]?.word ?? "");
  }
  if (best <= 0) return undefined;
  const first = words[bestStart];
  const last = words[bestStart + size - 1];
  if (!first || !last) return undefined;
  return folded.slice(first.start, last.end).replaceAll(GAP, " / ").trim();
};
