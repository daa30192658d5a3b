/**
 * A source prepared for verification: its folded text with the lines it marks
 * as not citable cut out, so no quote can match them or run across them; and
 * where, in that folded text, its quotations and paragraphs stand.
 */
import type { SourceEntry } from "../factbase/schema.js";
import { findQuotations, type QuotationMark } from "../text/find-quotations.js";
import { foldText, foldWithOffsets } from "../text/fold-text.js";
import { paragraphsOf } from "../text/paragraphs.js";

/** Stands where a not-citable line was: no folded needle contains it. */
export const GAP = "\uE000";

/** A quotation of a source, as offsets in its folded citable text. */
export interface QuotedSpan {
  /** The opening mark. */
  readonly open: number;
  /** The first character inside the marks. */
  readonly start: number;
  /** Just after the last character inside: the closing mark, or the end of its paragraph. */
  readonly end: number;
  /** Just after the closing mark (`end` when the quotation is left open). */
  readonly close: number;
  readonly mark: QuotationMark;
  /** A later paragraph of the quotation before it (each paragraph opening with a mark). */
  readonly continues: boolean;
}

export interface SourceText {
  readonly id: string;
  /** Folded text of the citable part. */
  readonly citable: string;
  /** Folded text of everything, not-citable lines included. */
  readonly full: string;
  /** Folded not-citable lines that do not occur in the text. */
  readonly missingNotCitable: readonly number[];
  /** The quotations of the citable text, in order. */
  readonly quotations: readonly QuotedSpan[];
  /** Where each paragraph (each line of the text) starts in `citable`, in order. */
  readonly paragraphs: readonly number[];
}

export const notCitableLines = (entry: SourceEntry): string[] =>
  (entry.not_citable ?? []).map((item) => (typeof item === "string" ? item : item.text));

export const prepareSourceText = (entry: SourceEntry, text: string): SourceText => {
  const skip = notCitableLines(entry).map(foldText);
  const lines = text.split("\n");
  const seen = new Set<number>();
  const kept = lines.map((line) => {
    const folded = foldText(line);
    const index = skip.indexOf(folded);
    if (index >= 0 && folded.length > 0) {
      seen.add(index);
      return GAP;
    }
    return line;
  });
  const { normalized, folded, offsets } = foldWithOffsets(kept.join("\n"));
  const at = (i: number): number => offsets[i] ?? folded.length;
  const quotations = findQuotations(normalized).map(
    (q): QuotedSpan => ({
      open: at(q.open),
      start: at(q.start),
      end: at(q.end),
      close: at(q.close),
      mark: q.mark,
      continues: q.continues,
    }),
  );
  // A wire story's lines are read paragraph by paragraph, as extraction reads them.
  const paragraphs = new Set<number>([0]);
  for (const paragraph of paragraphsOf(normalized)) paragraphs.add(at(paragraph.start));
  return {
    id: entry.id,
    citable: folded,
    full: foldText(text),
    missingNotCitable: skip.map((_, i) => i).filter((i) => !seen.has(i)),
    quotations,
    paragraphs: [...paragraphs].sort((a, b) => a - b),
  };
};
