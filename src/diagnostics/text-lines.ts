/**
 * A text cut into lines once: 1-based line and column (in UTF-16 code units,
 * as diagnostics count them) to an offset and back, and a line's own text.
 */
export class TextLines {
  readonly text: string;
  /** The offset each line starts at. */
  readonly #starts: number[];

  constructor(text: string) {
    this.text = text;
    this.#starts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.#starts.push(i + 1);
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  /** The text of a line, without its line end; undefined past the last line. */
  line(line: number): string | undefined {
    const start = this.#starts[line - 1];
    if (start === undefined || line < 1) return undefined;
    const next = this.#starts[line];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1);
  }

  /** The offset of a line and column, when the place is in the text (its line end included). */
  offsetOf(line: number, column: number): number | undefined {
    const text = this.line(line);
    const start = this.#starts[line - 1];
    if (text === undefined || start === undefined || column < 1 || column > text.length + 1) return undefined;
    return start + column - 1;
  }

  /** The line and column of an offset. */
  positionOf(offset: number): { readonly line: number; readonly column: number } {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.#starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.#starts[lo] ?? 0) + 1 };
  }
}
