/**
 * What `factsheet check` prints: findings grouped by rule by default, every
 * one with --verbose, and --max-warnings failing a brief with too many, on the
 * invented provenance fixture (8 warnings, 4 notes).
 */
import { describe, expect, it } from "vitest";
import { ExitCode } from "../../src/errors.js";
import { runCli } from "../helpers.js";

const F = "test/fixtures/provenance.yaml";

describe("factsheet check's output", () => {
  it("groups the findings by rule, one header each, and sums them up on stdout", async () => {
    const { code, out, err } = await runCli(["check", F]);
    expect(code).toBe(0);
    const headers = err.split("\n").filter((line) => /^[a-z-]+: \d+ (warning|note)s?\b/.test(line));
    expect(headers.map((h) => h.replace(/^([a-z-]+: \d+ \w+).*$/, "$1"))).toEqual([
      "unmentioned-actor: 2 warnings",
      "furniture-excerpt: 1 warning",
      "single-source: 1 warning",
      "relative-date: 1 warning",
      "stale-figure: 1 warning",
      "quote-speaker: 1 warning",
      "uncited-source: 1 warning",
      "sources-differ: 4 notes",
    ]);
    // Four notes take as many lines as three and "1 more": all four are shown.
    expect(err).toMatch(
      /^sources-differ: 4 notes\n( {2}test\/fixtures\/provenance\.yaml:\d+:\d+: sources differ .*\n){4}$/m,
    );
    expect(out).toMatch(/; 8 warnings \(2 unmentioned-actor, .*\); 4 notes \(4 sources-differ\)\n$/);
  });

  it("says how many more there are past the first three", async () => {
    const { err } = await runCli(["check", "data/qatar-mediation.yaml"]);
    expect(err).toMatch(
      /^single-source: (\d+) warnings\n( {2}data\/qatar-mediation\.yaml:\d+:\d+: .*\n){3} {2}… and \d+ more \(--verbose lists all\)$/m,
    );
  });

  it("--verbose lists every finding as file:line:col: severity: message [rule], with its hint", async () => {
    const plain = await runCli(["check", F]);
    const { code, out, err } = await runCli(["check", "--verbose", F]);
    expect(code).toBe(0);
    expect(out).toBe(plain.out);
    const places = err.split("\n").filter((line) => /^\S+:\d+:\d+: (warning|note): .* \[[a-z-]+\]$/.test(line));
    expect(places).toHaveLength(12);
    expect(err).toContain(
      `${F}:46:11: warning: "next Thursday" in a source of 2024-06-04 means 2024-06-06 or 2024-06-13, not 2024-06-07 [relative-date]\n  resolved with chrono-node`,
    );
  });

  it("--max-warnings N fails a brief with more than N warnings, and only then", async () => {
    const over = await runCli(["check", "--max-warnings", "7", F]);
    expect(over.code).toBe(1);
    expect(over.out).toMatch(
      /^test\/fixtures\/provenance\.yaml: more warnings than --max-warnings 7 allows; 8 warnings \(/,
    );
    const at = await runCli(["check", "--max-warnings", "8", F]);
    expect(at.code).toBe(0);
    expect(at.out).toMatch(/: ok \(/);
    // Under --strict the warnings are errors already.
    expect((await runCli(["check", "--strict", "--max-warnings", "100", F])).code).toBe(1);
    const bad = await runCli(["check", "--max-warnings", "many", F]);
    expect(bad.code).toBe(ExitCode.usage);
    expect(bad.err).toMatch(/^factsheet: --max-warnings many: a whole number of warnings, 0 or more\.$/m);
  });
});
