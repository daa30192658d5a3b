/**
 * A source article as the review page shows it: its paragraphs, with the
 * words a draft cites marked. Found as `check` finds them (folded: curly and
 * straight quotes, dashes and spaces alike; `...` an elision), then mapped
 * back onto the text as written.
 */
import { foldWithOffsets } from "../text/fold-text.js";
import { findVerbatim, indexOfWords } from "../verify/find-verbatim.js";

export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

export interface HighlightedText {
  /** One entry a line of the text, each a run of segments. */
  readonly paragraphs: readonly (readonly Segment[])[];
  /** The needles not found in the text. */
  readonly missing: readonly string[];
  /** How many passages are marked. */
  readonly marks: number;
}

/** What to look for: words cited verbatim (`all` marks every occurrence, as for a name). */
export interface Needle {
  readonly words: string;
  readonly all?: boolean;
}

/** The text with every needle's words marked. */
export function highlight(text: string, needles: readonly Needle[]): HighlightedText {
  const { normalized, folded, offsets } = foldWithOffsets(text);
  // From an offset in the folded text to the first character of the text that folded to it or after.
  const back = (at: number): number => {
    let lo = 0;
    let hi = normalized.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((offsets[mid] ?? folded.length) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const ranges: [number, number][] = [];
  const missing: string[] = [];
  for (const needle of needles) {
    const found: { start: number; end: number }[] = [];
    if (needle.all) {
      const words = foldWithOffsets(needle.words).folded;
      for (let at = indexOfWords(folded, words); at >= 0 && words !== ""; at = indexOfWords(folded, words, at + 1)) {
        found.push({ start: at, end: at + words.length });
      }
    } else {
      found.push(...(findVerbatim(folded, needle.words) ?? []));
    }
    if (found.length === 0) missing.push(needle.words);
    for (const { start, end } of found) {
      let from = back(start);
      let to = back(end);
      while (from < to && /\s/.test(normalized[from] ?? "")) from += 1;
      while (to > from && /\s/.test(normalized[to - 1] ?? "")) to -= 1;
      if (from < to) ranges.push([from, to]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const paragraphs: Segment[][] = [];
  let lineStart = 0;
  for (const line of normalized.split("\n")) {
    const lineEnd = lineStart + line.length;
    const segments: Segment[] = [];
    let at = lineStart;
    for (const [from, to] of merged) {
      if (to <= lineStart || from >= lineEnd) continue;
      const start = Math.max(from, lineStart);
      const end = Math.min(to, lineEnd);
      if (start > at) segments.push({ text: normalized.slice(at, start), mark: false });
      segments.push({ text: normalized.slice(start, end), mark: true });
      at = end;
    }
    if (at < lineEnd) segments.push({ text: normalized.slice(at, lineEnd), mark: false });
    if (segments.length > 0) paragraphs.push(segments);
    lineStart = lineEnd + 1;
  }
  return { paragraphs, missing, marks: merged.length };
}
