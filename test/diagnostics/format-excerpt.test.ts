/**
 * What a terminal shows under a diagnostic: its line with a caret under its span, escaped and cut
 * to the terminal's width; and the brief's words over the source's, the differing ones marked.
 * The lines and diagnostics are invented.
 */
import { describe, expect, it } from "vitest";
import {
  ANSI,
  diagnostic,
  formatDiagnosticWith,
  formatExcerpt,
  formatMismatch,
  TextLines,
  wantsColour,
} from "../../src/diagnostics/index.js";

const at = (line: number, column: number, endColumn?: number) =>
  ({
    ...diagnostic({ file: "b.yaml", line, column }, "error", "schema", "wrong"),
    ...(endColumn === undefined ? {} : { endLine: line, endColumn }),
  }) as const;

describe("formatExcerpt", () => {
  const lines = new TextLines("title: The Port Alba dispute\nas_of: 2024-13-08\n");

  it("shows the line with a caret over the span", () => {
    expect(formatExcerpt(at(2, 8, 18), lines)).toEqual(["     2 | as_of: 2024-13-08", "       |        ^~~~~~~~~~"]);
  });

  it("a caret alone where the span's end is not known", () => {
    expect(formatExcerpt(at(1, 8), lines)[1]).toBe("       |        ^");
  });

  it("underlines a span that goes on over lines to the end of its first line", () => {
    const d = { ...at(1, 8), endLine: 2, endColumn: 3 };
    expect(formatExcerpt(d, lines)[1]).toBe(`       |        ${"^".padEnd(21, "~")}`);
  });

  it("shows nothing for a place that is not in the text, or the whole file", () => {
    expect(formatExcerpt(at(9, 1), lines)).toEqual([]);
    expect(formatExcerpt(at(1, 99), lines)).toEqual([]);
    expect(formatExcerpt(at(0, 0), lines)).toEqual([]);
  });

  it("shows a control character escaped, and the caret counts the escape's width", () => {
    const text = new TextLines("desk: a\u001b[2Kb\n");
    const [line, caret] = formatExcerpt(at(1, 8, 9), text);
    expect(line).toBe("     1 | desk: a\\x1b[2Kb");
    expect(caret).toBe("       |        ^~~~");
  });

  it("counts a wide character two columns, a combining mark none", () => {
    const text = new TextLines("name: 習近平 Zoe\u0301 x\n");
    expect(formatExcerpt(at(1, 16, 17), text)[1]).toBe(`       | ${" ".repeat(17)}^`);
  });

  it("cuts a line wider than the terminal around the place, marked with an ellipsis", () => {
    const long = `excerpt: ${"word ".repeat(100)}WRONG ${"word ".repeat(20)}`;
    const d = at(1, long.indexOf("WRONG") + 1, long.indexOf("WRONG") + 6);
    const [line, caret] = formatExcerpt(d, new TextLines(long), { width: 80 });
    expect(line?.length).toBeLessThanOrEqual(80);
    expect(line).toMatch(/^ {5}1 \| …[a-z ]+WRONG word [a-z ]+…$/);
    expect(caret?.indexOf("^")).toBe(line?.indexOf("WRONG"));
    expect(caret).toMatch(/\^~~~~$/);
  });

  it("colours the caret as its severity", () => {
    expect(formatExcerpt(at(2, 8, 18), lines, { style: ANSI })[1]).toContain("\u001b[31m^~~~~~~~~~\u001b[39m");
  });
});

describe("formatMismatch", () => {
  const mismatch = { written: "ready to share the costs", nearest: "ready to split the costs" };

  it("marks the differing words, as diff does without colour", () => {
    expect(formatMismatch(mismatch)).toEqual([
      "the brief:  ready to [-share-] the costs",
      "the source: ready to {+split+} the costs",
    ]);
  });

  it("in colour: struck through in the brief, underlined in the source", () => {
    const [brief, source] = formatMismatch(mismatch, ANSI);
    expect(brief).toContain("\u001b[31m\u001b[9mshare\u001b[29m\u001b[39m");
    expect(source).toContain("\u001b[32m\u001b[4msplit\u001b[24m\u001b[39m");
  });

  it("takes the hint's place under a diagnostic on a terminal only", () => {
    const d = {
      ...diagnostic({ file: "b.yaml", line: 1, column: 8 }, "error", "excerpt-verbatim", "not found", "nearest: x"),
      mismatch,
    };
    expect(formatDiagnosticWith(d, {})).toBe("b.yaml:1:8: error: not found [excerpt-verbatim]\n  nearest: x");
    const lines = new TextLines("title: ready to share the costs\n");
    expect(formatDiagnosticWith(d, { terminal: { lines: () => lines } }).split("\n")).toEqual([
      "b.yaml:1:8: error: not found [excerpt-verbatim]",
      "     1 | title: ready to share the costs",
      "       |        ^",
      "  the brief:  ready to [-share-] the costs",
      "  the source: ready to {+split+} the costs",
    ]);
  });
});

describe("wantsColour", () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ TERM: "dumb" }, true, false],
    [{ NO_COLOR: "1" }, true, false],
    [{ NO_COLOR: "" }, true, true],
    [{ FORCE_COLOR: "1" }, false, true],
    [{ FORCE_COLOR: "0" }, false, true],
    [{ FORCE_COLOR: "" }, false, false],
    [{ FORCE_COLOR: "1", NO_COLOR: "1" }, false, true],
  ])("%j, a terminal: %s -> %s", (env, terminal, colour) => {
    expect(wantsColour(env, terminal)).toBe(colour);
  });
});
