/**
 * A source prepared for verification: its folded text with the lines it marks
 * as not citable cut out, so no quote can match them or run across them.
 */
import type { SourceEntry } from "../factbase/schema.js";
import { foldText } from "../text/fold-text.js";

/** Stands where a not-citable line was: no folded needle contains it. */
export const GAP = "\uE000";

export interface SourceText {
  readonly id: string;
  /** Folded text of the citable part. */
  readonly citable: string;
  /** Folded text of everything, not-citable lines included. */
  readonly full: string;
  /** Folded not-citable lines that do not occur in the text. */
  readonly missingNotCitable: readonly number[];
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
  return {
    id: entry.id,
    citable: foldText(kept.join("\n")),
    full: foldText(text),
    missingNotCitable: skip.map((_, i) => i).filter((i) => !seen.has(i)),
  };
};
