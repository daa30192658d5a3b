/**
 * A text's paragraphs, as a reader sees them: each line of an ordinary text,
 * but a hard-wrapped text (a wire story's lines of some 60 characters, each
 * paragraph indented or after a blank line) paragraph by paragraph. Shared by
 * extraction (which reads claims sentence by sentence) and by `check` (which
 * looks for a quotation's speaker in its sentence and the one before): a wire
 * story's line break is no sentence's end for either.
 */

export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The line starts with white space. */
  readonly indented?: boolean;
  /** A blank line stands before it. */
  readonly afterBlank?: boolean;
}

/** What ends a sentence, or a line that ends one: a stop, a closing mark or bracket. */
export const TERMINAL = /[.!?:"”’')\]…]\s*$/;

/** The text's non-blank lines, trimmed, with their offsets. */
export const linesOf = (text: string): Line[] => {
  const lines: Line[] = [];
  const pattern = /[^\n]+/g;
  let blank = false;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const at = match.index ?? 0;
    if (raw.trim() === "" || /\n\s*\n/.test(text.slice(last, at))) blank = true;
    last = at + raw.length;
    if (raw.trim() === "") continue;
    const lead = raw.length - raw.trimStart().length;
    const start = at + lead;
    const trimmed = raw.trim();
    lines.push({ start, end: start + trimmed.length, text: trimmed, indented: lead > 0, afterBlank: blank });
    blank = false;
  }
  return lines;
};

/** The width most lines are wrapped at (the 90th percentile of their lengths). */
const wrapWidth = (lines: readonly Line[]): number => {
  const lengths = lines.map((line) => line.end - line.start).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
};

/**
 * Is the text hard-wrapped, its paragraphs broken into lines of about one width (a wire story)?
 * Most lines then fall within a few characters of the longest, and none is much longer.
 */
export const hardWrapped = (lines: readonly Line[]): boolean => {
  // Paragraphs opened by an indent, and lines that go on one whose sentence had not ended: a wire
  // story, however short or unevenly wrapped.
  const indented = lines.slice(1).filter((line) => line.indented).length;
  const continued = lines
    .slice(1)
    .filter((line, k) => !line.indented && !TERMINAL.test((lines[k] as Line).text)).length;
  if (indented >= 2 && continued >= 1) return true;
  if (lines.length < 6) return false;
  const width = wrapWidth(lines);
  if (width < 40 || width > 100) return false;
  const lengths = lines.map((line) => line.end - line.start);
  const full = lengths.filter((n) => n >= width * 0.75 && n <= width * 1.1).length;
  return full >= lines.length * 0.5 && Math.max(...lengths) <= width * 1.3;
};

/** In a hard-wrapped text: does this line open a new paragraph? */
const opensParagraph = (line: Line, previous: Line, marked: boolean, width: number): boolean => {
  if (line.afterBlank) return true;
  if (marked) return line.indented === true;
  // No indents and no blank lines: a short line that ends a sentence ends its paragraph.
  return TERMINAL.test(previous.text) && previous.end - previous.start < width * 0.75;
};

/**
 * The paragraphs of `text`: its lines, or, in a hard-wrapped text, its lines joined into one per
 * paragraph (the headline kept apart). Each keeps its offsets; a joined one's text has its line
 * breaks.
 */
export const paragraphsOf = (text: string, lines: readonly Line[] = linesOf(text)): Line[] => {
  if (!hardWrapped(lines)) return [...lines];
  const width = wrapWidth(lines);
  // Paragraphs marked by an indent (after the headline), else by blank lines or short last lines.
  const marked = lines.slice(1).filter((line) => line.indented).length >= 2;
  const out: Line[] = [];
  lines.forEach((line, index) => {
    const previous = out.at(-1);
    const before = lines[index - 1];
    // The headline stands alone when the next line is set apart from it or it is a short or upper-case line.
    const afterHeadline =
      index === 1 &&
      before !== undefined &&
      (line.indented ||
        line.afterBlank ||
        before.text === before.text.toUpperCase() ||
        before.text.length < width * 0.75);
    if (index === 0 || previous === undefined || afterHeadline || opensParagraph(line, before as Line, marked, width)) {
      out.push(line);
      return;
    }
    out[out.length - 1] = { ...previous, end: line.end, text: text.slice(previous.start, line.end) };
  });
  return out;
};
