/** The two layouts of findings: in full, and grouped by rule (check's default). Invented diagnostics. */
import { describe, expect, it } from "vitest";
import { type Diagnostic, diagnostic, formatFindings } from "../../src/diagnostics/index.js";

const at = (line: number) => ({ file: "b.yaml", line, column: 5 });
const single = (line: number): Diagnostic =>
  diagnostic(at(line), "warning", "single-source", `event \`e${line}\` rests on a single source (a)`);

describe("formatFindings", () => {
  const list: Diagnostic[] = [
    diagnostic(at(1), "error", "quote-verbatim", "quote not found in source a", "nearest passage in the source: …"),
    ...[10, 20, 30, 40, 50].map(single),
    diagnostic(at(60), "warning", "stale-figure", "figure `f` is old", "find a newer value"),
    diagnostic(at(70), "note", "sources-differ", "sources differ on x"),
    { ...single(80), accepted: "Only a reported." },
    diagnostic(at(90), "error", "quote-verbatim", "quote not found in source b"),
  ];

  it("grouped: errors in full, then each rule with its count, its first three places and how many more", () => {
    expect(formatFindings(list, "grouped")).toEqual([
      "b.yaml:1:5: error: quote not found in source a [quote-verbatim]\n  nearest passage in the source: …",
      "b.yaml:90:5: error: quote not found in source b [quote-verbatim]",
      "single-source: 5 warnings",
      "  b.yaml:10:5: event `e10` rests on a single source (a)",
      "  b.yaml:20:5: event `e20` rests on a single source (a)",
      "  b.yaml:30:5: event `e30` rests on a single source (a)",
      "  … and 2 more (--verbose lists all)",
      "stale-figure: 1 warning: find a newer value",
      "  b.yaml:60:5: figure `f` is old",
      "sources-differ: 1 note",
      "  b.yaml:70:5: sources differ on x",
    ]);
  });

  it("grouped: four places take the lines of three and '1 more', so all four show", () => {
    const lines = formatFindings([10, 20, 30, 40].map(single), "grouped");
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toBe("  b.yaml:40:5: event `e40` rests on a single source (a)");
  });

  it("in full: every finding as compilers print it, accepted ones with their reason", () => {
    const lines = formatFindings(list);
    expect(lines).toHaveLength(list.length);
    expect(lines).toContain(
      "b.yaml:80:5: accepted: event `e80` rests on a single source (a) [single-source]\n  reason: Only a reported.",
    );
    expect(lines).toContain("b.yaml:60:5: warning: figure `f` is old [stale-figure]\n  find a newer value");
  });
});
