/**
 * What drafted a candidate: the extraction pattern that found it (a name such
 * as `quote-said-after`, shown on the review page) and, when the extractor was
 * not sure of a speaker or a date, a note saying what the editor should check.
 * A draft item carries it as `draft: { by, note }`.
 */
import type { DraftMark } from "../factbase/schema.js";

export interface Drafted {
  /** Lower-case words joined by hyphens: `quote-said-after`, `figure-possessive-list`. */
  readonly pattern: string;
  readonly note?: string | undefined;
}

/** The draft mark of an item drafted from a candidate (`true` when nothing says how it was found). */
export const draftMark = (drafted: Drafted | undefined): DraftMark =>
  drafted === undefined ? true : { by: drafted.pattern, ...(drafted.note ? { note: drafted.note } : {}) };
