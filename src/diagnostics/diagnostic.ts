/**
 * The one diagnostic type: a problem an editor can act on, at a place in a
 * file. Modelled on vfile-message: reason, place, file, rule, severity.
 */
export type Severity = "error" | "warning" | "note";

export interface Diagnostic {
  readonly file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  readonly line: number;
  /** 1-based column; 0 when the problem concerns the whole file. */
  readonly column: number;
  readonly severity: Severity;
  /** A stable id for the kind of problem, like `quote-verbatim`. */
  readonly rule: string;
  readonly message: string;
  /** Extra help on its own line: "did you mean ...", "nearest passage ...". */
  readonly hint?: string;
  /**
   * Where in its document the problem stands, as keys and list indexes
   * (`["quotes", 3, "text"]`), when it is known: what ties a finding to the
   * item that may accept it.
   */
  readonly path?: readonly (string | number)[];
  /** Set when an item accepted this finding: the editor's reason. Accepted findings fail nothing. */
  readonly accepted?: string;
}

/** A place in a file, as diagnostics carry it. */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The path in the document the place was found for, when there is one. */
  readonly path?: readonly (string | number)[];
}

export const diagnostic = (
  place: Place,
  severity: Severity,
  rule: string,
  message: string,
  hint?: string,
): Diagnostic => ({
  file: place.file,
  line: place.line,
  column: place.column,
  severity,
  rule,
  message,
  ...(hint === undefined ? {} : { hint }),
  ...(place.path === undefined ? {} : { path: place.path }),
});
