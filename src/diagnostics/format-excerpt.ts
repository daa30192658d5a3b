/**
 * What a terminal shows under a diagnostic: the line of the file it stands
 * on, with a caret under its place (`^~~~` over its span), as compilers show
 * them; and for words of the brief that its source does not have, the two
 * side by side with the words that differ marked. Control characters of the
 * line are shown escaped, and the caret counts the escapes' width; a line
 * wider than the terminal is shown around the place.
 */

import { diffWords, type Segment } from "../text/diff-words.js";
import { escapeControls } from "../text/escape-controls.js";
import type { Diagnostic, Mismatch } from "./diagnostic.js";
import { PLAIN, type Style } from "./style.js";
import type { TextLines } from "./text-lines.js";

/** Characters a terminal draws two columns wide: CJK, Hangul, full-width forms, most emoji. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
/** Characters that take no column of their own: combining marks, format characters. */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200d\u2060\ufeff]/u;

/** One character of a line as the terminal shows it: its escaped text, its width, where it starts in the line. */
interface Cell {
  readonly text: string;
  readonly width: number;
  readonly offset: number;
}

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let offset = 0;
  for (const char of line) {
    const shown = escapeControls(char);
    const width = shown !== char ? shown.length : ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
    cells.push({ text: shown, width, offset });
    offset += char.length;
  }
  return cells;
}

const widthOf = (cells: readonly Cell[]): number => cells.reduce((sum, cell) => sum + cell.width, 0);
const textOf = (cells: readonly Cell[]): string => cells.map((cell) => cell.text).join("");

export interface ExcerptOptions {
  readonly style?: Style;
  /** The terminal's width in columns. */
  readonly width?: number;
}

/**
 * The line a diagnostic stands on and a caret line under it, with a gutter of line numbers; no
 * lines when the place is not in the text (the whole file, or a text that changed since).
 */
export function formatExcerpt(d: Diagnostic, lines: TextLines, options: ExcerptOptions = {}): string[] {
  const style = options.style ?? PLAIN;
  const line = d.line > 0 ? lines.line(d.line) : undefined;
  if (line === undefined || d.column < 1 || d.column > line.length + 1) return [];
  const cells = cellsOf(line.trimEnd());
  const start = d.column - 1;
  // A span over lines is underlined to the end of its first; one whose end is not known, at its start alone.
  const end =
    d.endLine === undefined || d.endColumn === undefined
      ? start + 1
      : d.endLine === d.line
        ? d.endColumn - 1
        : Number.POSITIVE_INFINITY;
  let first = cells.findIndex((cell) => cell.offset >= start);
  if (first < 0) first = cells.length;
  let last = cells.findIndex((cell) => cell.offset >= end);
  if (last < 0) last = cells.length;
  last = Math.max(last, first + 1);

  const gutter = `${String(d.line).padStart(6)} | `;
  const blank = `${" ".repeat(6)} | `;
  // What fits beside the gutter; a longer line is shown from a little before the place, marked "…".
  const room = Math.max(20, (options.width ?? 100) - gutter.length - 1);
  let from = 0;
  let to = cells.length;
  if (widthOf(cells) > room) {
    from = first;
    let before = 0;
    while (from > 0 && before + (cells[from - 1]?.width ?? 0) <= Math.floor(room / 3)) {
      before += cells[from - 1]?.width ?? 0;
      from -= 1;
    }
    to = from;
    let used = from > 0 ? 1 : 0;
    while (to < cells.length && used + (cells[to]?.width ?? 0) <= room - 1) {
      used += cells[to]?.width ?? 0;
      to += 1;
    }
  }
  const shown = cells.slice(from, to);
  const lead = from > 0 ? "…" : "";
  const tail = to < cells.length ? "…" : "";
  const pad = " ".repeat((from > 0 ? 1 : 0) + widthOf(cells.slice(from, Math.min(first, to))));
  const underlined = cells.slice(Math.max(first, from), Math.min(last, to));
  const span = Math.max(1, widthOf(underlined));
  const caret = `^${"~".repeat(span - 1)}`;
  return [
    `${style.dim(gutter)}${lead}${textOf(shown)}${tail}`,
    `${style.dim(blank)}${pad}${style.severity(d.accepted === undefined ? d.severity : "accepted", caret)}`,
  ];
}

const marked = (segments: readonly Segment[], mark: (text: string) => string): string =>
  segments
    .map((s) => (s.changed && s.text.trim() !== "" ? mark(escapeControls(s.text)) : escapeControls(s.text)))
    .join("");

/**
 * The brief's words over the source's nearest passage, the words that differ marked (struck
 * through and red in the brief, underlined and green in the source; `[-…-]` and `{+…+}` without colour).
 */
export function formatMismatch(mismatch: Mismatch, style: Style = PLAIN): string[] {
  const words = diffWords(mismatch.written, mismatch.nearest);
  return [`the brief:  ${marked(words.before, style.removed)}`, `the source: ${marked(words.after, style.added)}`];
}
