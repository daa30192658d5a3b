/**
 * Characters no font of the brief covers (CJK, emoji, ...) would print as a
 * missing-glyph box, or in whatever font the printing machine happens to
 * have, and drop out of the PDF's text layer. check refuses them at the value
 * that holds them (an error of verification: no level lowers it), before
 * they reach print.
 */
import { type Diagnostic, diagnostic } from "../diagnostics/index.js";
import type { ParsedYaml } from "../factbase/parse-yaml.js";

/** Every character no range covers (control characters need none), found in one pass of each value. */
const uncoveredPattern = (ranges: readonly [number, number][]): RegExp => {
  let pattern = patterns.get(ranges);
  if (!pattern) {
    const point = (p: number) => `\\u{${p.toString(16)}}`;
    const covered = ranges.map(([a, b]) => (a === b ? point(a) : `${point(a)}-${point(b)}`)).join("");
    pattern = new RegExp(`[^\\u{0}-\\u{1f}${covered}]`, "gu");
    patterns.set(ranges, pattern);
  }
  return pattern;
};
const patterns = new WeakMap<readonly [number, number][], RegExp>();

export const checkGlyphs = (
  files: readonly Pick<ParsedYaml, "strings" | "placeAt">[],
  ranges: readonly [number, number][],
): Diagnostic[] => {
  const out: Diagnostic[] = [];
  const uncovered = uncoveredPattern(ranges);
  for (const { strings, placeAt } of files) {
    for (const { value, offset } of strings) {
      // Each missing character once, in the order the value first uses it.
      const missing = [...new Set(value.match(uncovered))];
      const [first] = missing;
      if (first === undefined) continue;
      const code = `U+${(first.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
      out.push(
        diagnostic(
          placeAt(offset),
          "error",
          "no-glyph",
          `"${first}" (${code})${missing.length > 1 ? ` and ${missing.length - 1} more character(s)` : ""} is in no font of the brief and would print as a box: write it in a script the brief prints, or leave it out`,
        ),
      );
    }
  }
  return out;
};
