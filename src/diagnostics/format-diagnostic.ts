import type { Diagnostic } from "./diagnostic.js";
import { formatExcerpt, formatMismatch } from "./format-excerpt.js";
import { PLAIN, type Style } from "./style.js";
import type { TextLines } from "./text-lines.js";

/** How findings are shown: plain or in colour, and on a terminal, with the lines they stand on. */
export interface FindingsFormat {
  readonly style?: Style;
  /**
   * A terminal's extras: each diagnostic shown in full gets the line it stands on with a caret
   * under its place, and words that do not match their source get the words that differ.
   */
  readonly terminal?: {
    /** The lines of a file as the diagnostics name it, when it can be read. */
    readonly lines: (file: string) => TextLines | undefined;
    /** The terminal's width in columns. */
    readonly width?: number;
  };
}

/** `file:line:col` (or the file alone when the problem concerns the whole file). */
export const formatPlace = (d: Diagnostic): string => (d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file);

/**
 * `file:line:col: severity: message [rule]`, the way compilers print, with the
 * hint (if any) indented on the following line. A finding an item accepted
 * reads `accepted` where the severity stands, with the editor's reason below.
 * On a terminal, the line the finding stands on comes between the two, with a
 * caret under its place, and words that do not match their source are shown
 * over the source's own, the differing words marked, instead of the hint.
 */
export const formatDiagnosticWith = (d: Diagnostic, format: FindingsFormat): string => {
  const style = format.style ?? PLAIN;
  const severity = d.accepted === undefined ? d.severity : "accepted";
  const head = `${style.place(formatPlace(d))}: ${style.severity(severity, severity)}: ${d.message} ${style.dim(`[${d.rule}]`)}`;
  const terminal = format.terminal;
  const lines = terminal === undefined ? undefined : terminal.lines(d.file);
  const excerpt =
    lines === undefined
      ? []
      : formatExcerpt(d, lines, { style, ...(terminal?.width ? { width: terminal.width } : {}) });
  const mismatch = terminal !== undefined && d.mismatch !== undefined ? formatMismatch(d.mismatch, style) : undefined;
  const below = [
    ...(mismatch ?? (d.hint === undefined ? [] : [d.hint])),
    ...(d.accepted === undefined ? [] : [`reason: ${d.accepted}`]),
  ];
  return [head, ...excerpt, ...below.map((line) => `  ${line.replaceAll("\n", "\n  ")}`)].join("\n");
};

/** A diagnostic as plain text, as a pipe or a file gets it (one argument: it maps over a list). */
export const formatDiagnostic = (d: Diagnostic): string => formatDiagnosticWith(d, {});
