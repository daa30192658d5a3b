import type { Diagnostic } from "./diagnostic.js";

/** Code-unit order: the same on every machine, whatever its locale. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Diagnostics in reading order: by file, line, column, then rule. */
export const sortDiagnostics = (list: readonly Diagnostic[]): Diagnostic[] =>
  [...list].sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.rule, b.rule),
  );

export const countErrors = (list: readonly Diagnostic[]): number => list.filter((d) => d.severity === "error").length;
