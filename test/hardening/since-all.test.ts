/**
 * `build --all --since`: one edition to compare with belongs to one brief, so a batch refuses it
 * (exit 2, before anything is read or written) rather than ignoring it silently.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../../src/errors.js";
import { FIXTURES, runCli, tempDirForTest } from "../helpers.js";

describe("build --all --since", () => {
  for (const since of ["HEAD", "out/.factsheet/harbour/2024-03-01.json"]) {
    it(`is refused with exit 2 and nothing written (--since ${since})`, async () => {
      const out = await tempDirForTest("since-all");
      const {
        code,
        out: stdout,
        err,
      } = await runCli(["build", "--all", FIXTURES, "--format", "html", "--out", out, "--since", since]);
      expect(code).toBe(ExitCode.usage);
      expect(err).toMatch(/^factsheet: --since names an edition of one brief, so it cannot be used with --all /m);
      expect(err).toContain("Run `factsheet build --help` for usage.");
      expect(stdout).toBe("");
      expect(await readdir(out)).toEqual([]);
    });
  }

  it("the option order does not matter", async () => {
    const { code, err } = await runCli(["build", "--since=HEAD", "--all", path.join(FIXTURES, "none")]);
    expect(code).toBe(ExitCode.usage);
    expect(err).toContain("cannot be used with --all");
  });
});
