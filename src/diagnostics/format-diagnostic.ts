import type { Diagnostic } from "./diagnostic.js";

/** `file:line:col` (or the file alone when the problem concerns the whole file). */
export const formatPlace = (d: Diagnostic): string => (d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file);

/**
 * `file:line:col: severity: message [rule]`, the way compilers print, with the
 * hint (if any) indented on the following line. A finding an item accepted
 * reads `accepted` where the severity stands, with the editor's reason below.
 */
export const formatDiagnostic = (d: Diagnostic): string => {
  const head = `${formatPlace(d)}: ${d.accepted === undefined ? d.severity : "accepted"}: ${d.message} [${d.rule}]`;
  const below = [d.hint, d.accepted === undefined ? undefined : `reason: ${d.accepted}`].filter(
    (line): line is string => line !== undefined,
  );
  return [head, ...below.map((line) => `  ${line.replaceAll("\n", "\n  ")}`)].join("\n");
};
