/**
 * What changed between two texts, word by word, and between two lists, entry
 * by entry: the longest common subsequence keeps what stayed, and what is left
 * over on each side is what changed. Used by the change reports, which mark
 * the changed words of a changed text.
 */

/** A stretch of a text, changed or kept. */
export interface Segment {
  readonly text: string;
  readonly changed: boolean;
}

/** The two sides of a changed text, each cut into kept and changed stretches. */
export interface WordDiff {
  readonly before: readonly Segment[];
  readonly after: readonly Segment[];
}

/** Words (with their inner apostrophes, hyphens, and the commas and points of numbers), spaces, and single marks. */
const TOKEN = /\s+|[\p{L}\p{N}\p{M}]+(?:['’.,-][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

const tokens = (text: string): string[] => text.match(TOKEN) ?? [];

/** Above this many cells the table is not worth it: the differing middle is marked as a whole. */
const MAX_CELLS = 4_000_000;

/**
 * The pairs of indices (i in `a`, j in `b`) a longest common subsequence
 * keeps, in order. `same` compares two entries.
 */
export function commonSubsequence<T>(
  a: readonly T[],
  b: readonly T[],
  same: (x: T, y: T) => boolean,
): [number, number][] {
  // What the two share at the start and at the end is kept without a table.
  let start = 0;
  while (start < a.length && start < b.length && same(a[start] as T, b[start] as T)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && same(a[endA - 1] as T, b[endB - 1] as T)) {
    endA--;
    endB--;
  }
  const pairs: [number, number][] = [];
  for (let k = 0; k < start; k++) pairs.push([k, k]);
  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= MAX_CELLS) {
    // lengths[i][j]: the longest common subsequence of a[start+i..endA) and b[start+j..endB).
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] = same(a[start + i] as T, b[start + j] as T)
          ? (lengths[(i + 1) * width + j + 1] as number) + 1
          : Math.max(lengths[(i + 1) * width + j] as number, lengths[i * width + j + 1] as number);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (same(a[start + i] as T, b[start + j] as T)) {
        pairs.push([start + i, start + j]);
        i++;
        j++;
      } else if ((lengths[(i + 1) * width + j] as number) >= (lengths[i * width + j + 1] as number)) i++;
      else j++;
    }
  }
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

/**
 * Two lists lined up: entries the longest common subsequence keeps are
 * matched, and between two kept entries, what is left on each side is paired
 * in order while `pairable` says they are one entry edited in place; the rest
 * is removed (from `a`) or added (in `b`). Each pair holds an index in `a`, in
 * `b`, or both.
 */
export function alignLists<T>(
  a: readonly T[],
  b: readonly T[],
  same: (x: T, y: T) => boolean,
  pairable: (x: T, y: T) => boolean = () => true,
): [number | undefined, number | undefined][] {
  const kept = commonSubsequence(a, b, same);
  const out: [number | undefined, number | undefined][] = [];
  let i = 0;
  let j = 0;
  for (const [ki, kj] of [...kept, [a.length, b.length] as [number, number]]) {
    while (i < ki && j < kj && pairable(a[i] as T, b[j] as T)) out.push([i++, j++]);
    while (i < ki) out.push([i++, undefined]);
    while (j < kj) out.push([undefined, j++]);
    if (ki < a.length && kj < b.length) out.push([i++, j++]);
  }
  return out;
}

/** How much of two texts is the same words: from 0 (nothing) to 1 (all), over the longer one. */
export function wordOverlap(before: string, after: string): number {
  const words = (t: string) => tokens(t).filter((w) => !/^\s+$/.test(w));
  const a = words(before);
  const b = words(after);
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : commonSubsequence(a, b, (x, y) => x === y).length / longer;
}

const isSpace = (text: string): boolean => /^\s+$/.test(text);

/**
 * Adjacent stretches of the same kind joined: a space between two changed words counts as changed,
 * a space at either end of a changed stretch does not ("{+the+} Israeli", not "{+the +}Israeli").
 */
const segments = (parts: readonly string[], changed: readonly boolean[]): Segment[] => {
  const flags = parts.map((text, k) => changed[k] === true && !isSpace(text));
  for (let k = 1; k < parts.length - 1; k++) {
    if (!flags[k] && isSpace(parts[k] as string) && flags[k - 1] && flags[k + 1]) flags[k] = true;
  }
  const out: { text: string; changed: boolean }[] = [];
  parts.forEach((text, k) => {
    const last = out.at(-1);
    if (last && last.changed === flags[k]) last.text += text;
    else out.push({ text, changed: flags[k] === true });
  });
  return out;
};

/** Two texts compared word by word: the words only one side has are marked changed. */
export function diffWords(before: string, after: string): WordDiff {
  const a = tokens(before);
  const b = tokens(after);
  const kept = commonSubsequence(a, b, (x, y) => x === y);
  const keptA = new Set(kept.map(([i]) => i));
  const keptB = new Set(kept.map(([, j]) => j));
  return {
    before: segments(
      a,
      a.map((_, i) => !keptA.has(i)),
    ),
    after: segments(
      b,
      b.map((_, j) => !keptB.has(j)),
    ),
  };
}
