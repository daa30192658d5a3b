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
  /**
   * Where the span the problem stands on ends, when it is known: the line of its last character,
   * and the column just after it (as an editor's range ends). Set by whoever knows it (extract's
   * notes on an article); `withSpan` finds it in a YAML file's text for the rest.
   */
  readonly endLine?: number;
  readonly endColumn?: number;
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
  /**
   * Words of the brief that its source does not have, and the source's passage most like them: a
   * terminal shows the words that differ between the two.
   */
  readonly mismatch?: Mismatch;
}

/** The brief's words, and the nearest passage of the source they were looked for in. */
export interface Mismatch {
  readonly written: string;
  readonly nearest: string;
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
  extra: Pick<Diagnostic, "endLine" | "endColumn" | "mismatch"> = {},
): Diagnostic => ({
  file: place.file,
  line: place.line,
  column: place.column,
  severity,
  rule,
  message,
  ...(hint === undefined ? {} : { hint }),
  ...(place.path === undefined ? {} : { path: place.path }),
  ...extra,
});
