/**
 * Where a value of a YAML text ends, found from where it starts: diagnostics
 * are placed at the start of the key or value they are about, and an editor
 * (or a caret under the line) wants the whole of it. A quoted scalar runs to
 * its closing quote, a flow collection to its closing bracket, a block
 * scalar (`|`, `>`) over its indented lines, a plain scalar to the `: ` that
 * makes it a key, a comment, or the end of its last continuation line.
 *
 * It reads the text as YAML reads it closely enough to find an end, not to
 * parse: a text the loader accepted is one whose values end where it says.
 */
import type { Diagnostic } from "./diagnostic.js";
import type { TextLines } from "./text-lines.js";

export interface Span {
  readonly endLine: number;
  /** The column just after the span's last character. */
  readonly endColumn: number;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** The end (exclusive) of a double-quoted scalar starting at `from`, or undefined when it does not close. */
function endOfDoubleQuoted(text: string, from: number): number | undefined {
  for (let i = from + 1; i < text.length; i += 1) {
    const c = text[i];
    if (c === "\\") i += 1;
    else if (c === '"') return i + 1;
  }
  return undefined;
}

/** The end of a single-quoted scalar (`''` is a quote inside it). */
function endOfSingleQuoted(text: string, from: number): number | undefined {
  for (let i = from + 1; i < text.length; i += 1) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'") i += 1;
    else return i + 1;
  }
  return undefined;
}

/** The end of a flow collection (`[...]`, `{...}`), past quoted scalars and comments inside it. */
function endOfFlow(text: string, from: number): number | undefined {
  let depth = 0;
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = c === '"' ? endOfDoubleQuoted(text, i) : endOfSingleQuoted(text, i);
      if (end === undefined) return undefined;
      i = end - 1;
    } else if (c === "#" && /\s/.test(text[i - 1] ?? " ")) {
      const eol = text.indexOf("\n", i);
      if (eol < 0) return undefined;
      i = eol;
    } else if (c === "[" || c === "{") depth += 1;
    else if (c === "]" || c === "}") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/** Whether the place sits inside a flow collection opened earlier on its line. */
function insideFlow(line: string, column: number): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < column - 1; i += 1) {
    const c = line[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") depth += 1;
    else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** The end of a plain scalar on one line: before `: `, ` #`, (in a flow collection) `,]}`, and trailing spaces. */
function endOnLine(line: string, from: number, flow: boolean): { end: number; key: boolean } {
  let end = line.length;
  let key = false;
  for (let i = from; i < line.length; i += 1) {
    const c = line[i];
    const next = line[i + 1];
    if (c === ":" && (next === undefined || next === " " || next === "\t" || (flow && /[,\]}]/.test(next)))) {
      end = i;
      key = true;
      break;
    }
    if (c === "#" && i > from && /\s/.test(line[i - 1] ?? "")) {
      end = i;
      break;
    }
    if (flow && (c === "," || c === "]" || c === "}")) {
      end = i;
      break;
    }
  }
  while (end > from && /\s/.test(line[end - 1] ?? "")) end -= 1;
  return { end, key };
}

/**
 * The span of the value (or key) that starts at `line`:`column` of a YAML text; undefined when
 * the place is not in the text or nothing starts there.
 */
export function yamlSpanAt(lines: TextLines, line: number, column: number): Span | undefined {
  const text = lines.text;
  const start = lines.offsetOf(line, column);
  const own = lines.line(line);
  if (start === undefined || own === undefined) return undefined;
  const c = text[start];
  if (c === undefined || c === "\n" || c === " ") return undefined;
  const at = (end: number | undefined): Span | undefined => {
    if (end === undefined) return { endLine: line, endColumn: own.trimEnd().length + 1 };
    const position = lines.positionOf(end);
    return end > start ? { endLine: position.line, endColumn: position.column } : undefined;
  };
  if (c === '"') return at(endOfDoubleQuoted(text, start));
  if (c === "'") return at(endOfSingleQuoted(text, start));
  if (c === "[" || c === "{") return at(endOfFlow(text, start));
  if ((c === "|" || c === ">") && /^[|>][-+0-9]*\s*(#.*)?$/.test(own.slice(column - 1))) {
    // A block scalar: the lines after its header indented more than the line it stands on.
    const parent = indentOf(own);
    let last = line;
    for (let n = line + 1; n <= lines.lineCount; n += 1) {
      const next = lines.line(n) ?? "";
      if (next.trim() === "") continue;
      if (indentOf(next) <= parent) break;
      last = n;
    }
    return { endLine: last, endColumn: (lines.line(last) ?? "").trimEnd().length + 1 };
  }
  // A plain scalar: a key ends at its colon; a value may go on over lines indented further.
  const flow = insideFlow(own, column);
  const first = endOnLine(own, column - 1, flow);
  if (first.key || flow || first.end < own.trimEnd().length) return at(start + first.end - (column - 1));
  // Continuation lines are indented more than the key the value belongs to; a value that starts its
  // own line (under its key) goes on at its own indent or more.
  const startsLine = own.slice(0, column - 1).trim() === "";
  const deeper = (indent: number) =>
    startsLine ? indent >= column - 1 : indent > indentOf(own.replace(/^(\s*- )+/, (m) => " ".repeat(m.length)));
  let endLine = line;
  let endColumn = first.end + 1;
  for (let n = line + 1; n <= lines.lineCount; n += 1) {
    const next = lines.line(n) ?? "";
    if (next.trim() === "") continue;
    const body = next.trimStart();
    if (!deeper(indentOf(next)) || body.startsWith("#") || /:(\s|$)/.test(body) || /^- /.test(body)) break;
    const { end } = endOnLine(next, indentOf(next), false);
    endLine = n;
    endColumn = end + 1;
    if (end < next.trimEnd().length) break;
  }
  return { endLine, endColumn };
}

/** A diagnostic with the end of its span, when it stands in a YAML file and the span can be found. */
export function withSpan(d: Diagnostic, lines: TextLines | undefined): Diagnostic {
  if (d.endLine !== undefined || d.line <= 0 || lines === undefined) return d;
  const span = yamlSpanAt(lines, d.line, d.column);
  return span === undefined ? d : { ...d, endLine: span.endLine, endColumn: span.endColumn };
}
