/**
 * Batches: check and build take several files and globs, and a batch ends with
 * a line that names every brief that failed, and exits 1. The briefs are the
 * invented harbour fixture, copied, and copies of it broken on purpose.
 */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expandGlob, expandOperands } from "../../src/cli/expand-globs.js";
import { describeBatch } from "../../src/commands/batch-summary.js";
import { ExitCode } from "../../src/errors.js";
import { FIXTURES, runCli, tempDirForTest } from "../helpers.js";

/** A data folder of `good` copies of the harbour brief and `broken` ones with an unknown source each. */
async function dataFolder(good: readonly string[], broken: readonly string[]): Promise<string> {
  const dir = await tempDirForTest("batch");
  const data = path.join(dir, "data");
  await mkdir(data);
  await cp(path.join(FIXTURES, "harbour"), path.join(data, "harbour"), { recursive: true });
  const text = await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8");
  for (const name of good) await writeFile(path.join(data, `${name}.yaml`), text);
  // Three references to a source the catalogue lacks: three errors.
  let n = 0;
  const wrong = text.replace(/source: b\b/g, (found) => (++n <= 3 ? "source: zz" : found));
  expect(n).toBeGreaterThanOrEqual(3);
  for (const name of broken) await writeFile(path.join(data, `${name}.yaml`), wrong);
  return dir;
}

describe("globs", () => {
  it("match within a folder, across folders with **, never a hidden file, sorted", async () => {
    const dir = await tempDirForTest("globs");
    for (const file of ["a.yaml", "b.yml", "c.txt", ".hidden.yaml", "sub/d.yaml", "sub/deep/e.yaml", ".git/f.yaml"]) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), "");
    }
    expect(await expandGlob("*.yaml", dir)).toEqual(["a.yaml"]);
    expect(await expandGlob("*.y?ml", dir)).toEqual(["a.yaml"]);
    expect(await expandGlob("[ab].y*ml", dir)).toEqual(["a.yaml", "b.yml"]);
    expect(await expandGlob("**/*.yaml", dir)).toEqual(["a.yaml", "sub/d.yaml", "sub/deep/e.yaml"]);
    expect(await expandGlob("sub/*/*.yaml", dir)).toEqual(["sub/deep/e.yaml"]);
    expect(await expandGlob(path.join(dir, "sub", "*.yaml"), "/")).toEqual([path.join(dir, "sub", "d.yaml")]);
  });

  it("each file once, in the order named; a glob that matches nothing is an input error", async () => {
    const dir = await tempDirForTest("globs");
    for (const file of ["a.yaml", "b.yaml"]) await writeFile(path.join(dir, file), "");
    expect(await expandOperands(["b.yaml", "*.yaml", "missing.yaml"], dir)).toEqual([
      "b.yaml",
      "a.yaml",
      "missing.yaml",
    ]);
    await expect(expandOperands(["*.yml"], dir)).rejects.toMatchObject({
      exitCode: ExitCode.input,
      message: "*.yml: no file matches.",
    });
  });
});

describe("the last line of a batch", () => {
  it("counts each outcome and names every brief that failed, with why", () => {
    const line = describeBatch(
      [
        ...Array.from({ length: 48 }, (_, i) => ({ status: "built", file: `data/b${i}.yaml` })),
        { status: "unchanged", file: "data/u.yaml" },
        { status: "failed", file: "data/x.yaml", problem: "3 errors" },
      ],
      ["built", "unchanged", "failed"],
    );
    expect(line).toBe("48 built, 1 unchanged, 1 failed: data/x.yaml (3 errors)");
  });
});

describe("check of several briefs", () => {
  it("checks each file and glob, then names the briefs that failed; exit 1", async () => {
    const dir = await dataFolder(["alpha", "bravo"], ["broken"]);
    const { code, out, err } = await runCli(["check", "data/alpha.yaml", "data/*.yaml"], { cwd: dir });
    expect(code).toBe(1);
    const lines = out.trimEnd().split("\n");
    expect(lines.filter((l) => /^data\/\w+\.yaml: ok /.test(l))).toHaveLength(2);
    expect(lines.at(-1)).toBe("3 briefs checked: 2 ok, 1 failed: data/broken.yaml (3 errors)");
    expect(err).toMatch(/^data\/broken\.yaml:\d+:\d+: error: .*zz.* \[unknown-source\]$/m);
  });

  it("all passing exits 0; a brief that cannot be read fails alone", async () => {
    const dir = await dataFolder(["alpha", "bravo"], []);
    expect((await runCli(["check", "data/*.yaml"], { cwd: dir })).code).toBe(0);
    const { code, out } = await runCli(["check", "data/alpha.yaml", "data/gone.yaml", "data/bravo.yaml"], { cwd: dir });
    expect(code).toBe(1);
    expect(out.trimEnd().split("\n").at(-1)).toBe("3 briefs checked: 2 ok, 1 failed: data/gone.yaml (cannot be read)");
  });

  it("a glob that matches nothing is said, exit 3", async () => {
    const dir = await dataFolder(["alpha"], []);
    const { code, err } = await runCli(["check", "data/*.yml"], { cwd: dir });
    expect(code).toBe(ExitCode.input);
    expect(err).toBe("factsheet: data/*.yml: no file matches.\n");
  });
});

describe("build of several briefs", () => {
  it("build --all over a folder with one broken brief exits 1, and its last line names that brief", async () => {
    const dir = await dataFolder(["alpha", "bravo"], ["broken"]);
    const { code, out } = await runCli(["build", "--all", "--format", "html"], { cwd: dir });
    expect(code).toBe(1);
    const lines = out.trimEnd().split("\n");
    expect(lines.slice(-2)).toEqual([
      "wrote out/index.html (2 of 3 briefs)",
      "2 built, 1 failed: data/broken.yaml (3 errors)",
    ]);
    // Built again: the good ones are unchanged.
    const again = await runCli(["build", "--all", "--format", "html"], { cwd: dir });
    expect(again.out.trimEnd().split("\n").at(-1)).toBe("2 unchanged, 1 failed: data/broken.yaml (3 errors)");
  });

  it("build takes several files and globs, each built, with the same last line", async () => {
    const dir = await dataFolder(["alpha", "bravo", "charlie"], []);
    const { code, out } = await runCli(["build", "data/alpha.yaml", "data/[bc]*.yaml", "--format", "html"], {
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(out).toContain("[1/3] data/alpha.yaml\n");
    expect(out).toContain("[3/3] data/charlie.yaml\n");
    expect(out.trimEnd().split("\n").at(-1)).toBe("3 built");
    for (const name of ["alpha", "bravo", "charlie"])
      expect(await readFile(path.join(dir, "out", `${name}.html`), "utf8")).toMatch(/^<!DOCTYPE html>/);
    // Two briefs that would write the same files are refused before anything is written.
    await mkdir(path.join(dir, "other"));
    await cp(path.join(dir, "data", "alpha.yaml"), path.join(dir, "other", "alpha.yaml"));
    const same = await runCli(["build", "data/alpha.yaml", "other/alpha.yaml", "--format", "html", "--out", "o2"], {
      cwd: dir,
    });
    expect(same.code).toBe(ExitCode.input);
    expect(same.err).toMatch(/^factsheet: data\/alpha\.yaml and other\/alpha\.yaml would both write o2\/alpha\.html/);
    // One edition to compare with is one brief's.
    const since = await runCli(["build", "data/*.yaml", "--since", "HEAD"], { cwd: dir });
    expect(since.code).toBe(ExitCode.usage);
    expect(since.err).toMatch(/^factsheet: --since names an edition of one brief, so it cannot be used with several/);
  });
});
