import type { Diagnostic } from "./diagnostic.js";

/**
 * `file:line:col: severity: message [rule]`, the way compilers print, with the
 * hint (if any) indented on the following line.
 */
export const formatDiagnostic = (d: Diagnostic): string => {
  const place = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const head = `${place}: ${d.severity}: ${d.message} [${d.rule}]`;
  return d.hint === undefined ? head : `${head}\n  ${d.hint.replaceAll("\n", "\n  ")}`;
};
