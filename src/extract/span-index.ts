/**
 * Lookups in spans sorted by where they start, by binary search: which spans
 * hold a place or a stretch of the text, and where a run of them begins. They
 * keep extraction linear in the article's length (a scan of every quote for
 * every word made a quote-dense article quadratic).
 */
import type { Span } from "./segment.js";

/** The first index whose start is at or after `at` (or the length), in items sorted by start. */
export const firstStartingAt = (items: readonly Span[], at: number): number => {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((items[mid] as Span).start < at) low = mid + 1;
    else high = mid;
  }
  return low;
};

/** The first index whose start is after `at` (or the length), in items sorted by start. */
export const firstStartingAfter = (items: readonly Span[], at: number): number => {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((items[mid] as Span).start <= at) low = mid + 1;
    else high = mid;
  }
  return low;
};

export interface SpanIndex {
  /** Whether a span holds the place `at` (start inclusive, end exclusive). */
  readonly holdsPlace: (at: number) => boolean;
  /** Whether a span holds the whole stretch from `start` to `end`. */
  readonly holdsSpan: (start: number, end: number) => boolean;
}

/** An index of spans in any order (they may overlap). */
export const indexSpans = (spans: readonly Span[]): SpanIndex => {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end of the spans up to each index: some span starting at or before a place
  // reaches past it exactly when the furthest of them does.
  const furthest: number[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const span of sorted) {
    reach = Math.max(reach, span.end);
    furthest.push(reach);
  }
  const reachUpTo = (at: number): number => {
    const count = firstStartingAfter(sorted, at);
    return count === 0 ? Number.NEGATIVE_INFINITY : (furthest[count - 1] as number);
  };
  return {
    holdsPlace: (at) => reachUpTo(at) > at,
    holdsSpan: (start, end) => reachUpTo(start) >= end,
  };
};
