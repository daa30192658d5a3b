import type { Diagnostic } from "./diagnostic.js";

/** Diagnostics in reading order: by file, line, column, then rule. */
export const sortDiagnostics = (list: readonly Diagnostic[]): Diagnostic[] =>
  [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );

export const countErrors = (list: readonly Diagnostic[]): number => list.filter((d) => d.severity === "error").length;
