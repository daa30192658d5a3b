/**
 * Where a quote stands in a source, as a quotation: each of its parts inside
 * the source's quotation marks, and all of them inside one quotation (one
 * quotation running over several paragraphs, or broken by its attribution,
 * counts as one).
 */
import { isWordChar } from "../text/characters.js";
import { type AcceptPart, findVerbatim, type PartMatch } from "./find-verbatim.js";
import type { QuotedSpan, SourceText } from "./source-text.js";

/** The words of a match: without the punctuation at either end (`with,` inside `"... with,"`). */
const wordsOf = (text: string, m: PartMatch): PartMatch => {
  let start = m.start;
  let end = m.end;
  while (start < end && !isWordChar(text[start])) start += 1;
  while (end > start && !isWordChar(text[end - 1])) end -= 1;
  return start === end ? m : { start, end };
};

/** The index of the quotation whose marks hold the words of `m`, or -1. */
export const quotationHolding = (source: SourceText, m: PartMatch): number => {
  const words = wordsOf(source.citable, m);
  const spans = source.quotations;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as QuotedSpan;
    if (span.end <= words.start) lo = mid + 1;
    else if (span.start > words.start) hi = mid - 1;
    else return words.end <= span.end ? mid : -1;
  }
  return -1;
};

/** Whether quotation `b` (after `a`) goes on with `a`: a later paragraph of it, or `link` says so. */
const joined = (source: SourceText, a: number, b: number, link: (a: QuotedSpan, b: QuotedSpan) => boolean): boolean => {
  for (let k = a; k < b; k += 1) {
    const here = source.quotations[k] as QuotedSpan;
    const next = source.quotations[k + 1] as QuotedSpan;
    if (!next.continues && !link(here, next)) return false;
  }
  return true;
};

export type QuotationFound =
  /** Every part inside one quotation: `spans` are the quotations holding the parts, in order. */
  | { readonly kind: "quoted"; readonly parts: readonly PartMatch[]; readonly spans: readonly number[] }
  /** Every part inside quotation marks, but not inside one quotation. */
  | { readonly kind: "spliced"; readonly parts: readonly PartMatch[]; readonly spans: readonly number[] }
  /** The words are in the source, but part `part` (at least) is not inside quotation marks. */
  | { readonly kind: "outside"; readonly parts: readonly PartMatch[]; readonly part: number }
  /** The words are not in the source. */
  | { readonly kind: "absent" };

/**
 * How `needle` stands in `source`: inside one of its quotations, spliced from several, partly or
 * wholly outside quotation marks, or not there at all. `link` says whether two quotations one after
 * the other are one remark broken by its attribution.
 */
export function locateQuotation(
  source: SourceText,
  needle: string,
  link: (a: QuotedSpan, b: QuotedSpan) => boolean = () => false,
): QuotationFound {
  const text = source.citable;
  const spansOf = (parts: readonly PartMatch[]) => parts.map((p) => quotationHolding(source, p));
  const inOne: AcceptPart = (_, found, before) => {
    const here = quotationHolding(source, found);
    if (here < 0) return false;
    const last = before.at(-1);
    if (last === undefined) return true;
    const previous = quotationHolding(source, last);
    return previous === here || joined(source, previous, here, link);
  };
  const quoted = findVerbatim(text, needle, inOne);
  if (quoted) return { kind: "quoted", parts: quoted, spans: spansOf(quoted) };
  const spliced = findVerbatim(text, needle, (_, found) => quotationHolding(source, found) >= 0);
  if (spliced) return { kind: "spliced", parts: spliced, spans: spansOf(spliced) };
  const anywhere = findVerbatim(text, needle);
  if (!anywhere) return { kind: "absent" };
  const part = Math.max(
    0,
    anywhere.findIndex((p) => quotationHolding(source, p) < 0),
  );
  return { kind: "outside", parts: anywhere, part };
}
