/** Where a YAML value ends, found from where a diagnostic places it. The YAML texts are invented. */
import { describe, expect, it } from "vitest";
import { diagnostic, TextLines, withSpan, yamlSpanAt } from "../../src/diagnostics/index.js";

const YAML = [
  "title: The Port Alba dredging dispute # a comment", // 1
  'summary: "Port Alba\'s \\"harbour\\" authority', // 2
  '  and the union"', // 3
  "key_points:", // 4
  "  - text: The union offered", // 5
  "      to split dredging costs.", // 6
  "    cite: [a, { source: b, excerpt: 'it''s split' }]", // 7
  "quote: |", // 8
  "  We are ready", // 9
  "", // 10
  "  to pay our share", // 11
  "as_of: 2024-03-08", // 12
  "aliases: [Reyes, Tomas Reyes]", // 13
  "note:", // 14
  "  A value under its key", // 15
  "  that goes on.", // 16
].join("\n");

const lines = new TextLines(YAML);
const span = (line: number, column: number) => yamlSpanAt(lines, line, column);

describe("yamlSpanAt", () => {
  it("a plain value runs to its end, before a comment", () => {
    expect(span(1, 8)).toEqual({ endLine: 1, endColumn: 38 });
  });

  it("a key runs to its colon", () => {
    expect(span(1, 1)).toEqual({ endLine: 1, endColumn: 6 });
    expect(span(5, 5)).toEqual({ endLine: 5, endColumn: 9 });
  });

  it("a double-quoted value runs to its closing quote, past escaped quotes and over lines", () => {
    expect(span(2, 10)).toEqual({ endLine: 3, endColumn: 17 });
  });

  it("a plain value goes on over the lines indented under it", () => {
    expect(span(5, 11)).toEqual({ endLine: 6, endColumn: 31 });
    expect(span(15, 3)).toEqual({ endLine: 16, endColumn: 16 });
  });

  it("a flow collection runs to its closing bracket; a value inside it to its comma or bracket", () => {
    expect(span(7, 11)).toEqual({ endLine: 7, endColumn: 53 });
    expect(span(7, 12)).toEqual({ endLine: 7, endColumn: 13 });
    expect(span(7, 37)).toEqual({ endLine: 7, endColumn: 50 });
    expect(span(13, 18)).toEqual({ endLine: 13, endColumn: 29 });
  });

  it("a block scalar runs over its indented lines, blank ones inside it too", () => {
    expect(span(8, 8)).toEqual({ endLine: 11, endColumn: 19 });
  });

  it("a date is a plain value like any other", () => {
    expect(span(12, 8)).toEqual({ endLine: 12, endColumn: 18 });
  });

  it("no span where the place is not in the text", () => {
    expect(span(99, 1)).toBeUndefined();
    expect(span(1, 200)).toBeUndefined();
    expect(span(10, 1)).toBeUndefined();
  });
});

describe("withSpan", () => {
  it("adds the end to a diagnostic, and leaves one that has its end or stands on the whole file", () => {
    const d = diagnostic({ file: "b.yaml", line: 12, column: 8 }, "error", "schema", "a date");
    expect(withSpan(d, lines)).toMatchObject({ endLine: 12, endColumn: 18 });
    const whole = diagnostic({ file: "b.yaml", line: 0, column: 0 }, "error", "file-read", "cannot read");
    expect(withSpan(whole, lines)).toBe(whole);
    const known = { ...d, endLine: 12, endColumn: 9 };
    expect(withSpan(known, lines)).toBe(known);
  });
});
