/**
 * Messages an editor can act on: no raw errno text, no hang on a folder that cannot be made, and
 * every odd character named. Inputs here are invented.
 */
import { cp, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findForbiddenCharacter } from "../../src/factbase/decode-text.js";
import { FIXTURES, runCli, tempDirForTest } from "../helpers.js";

describe("messages", () => {
  it("name a loop of symbolic links in words, with the unreadable-input exit", async () => {
    const dir = await tempDirForTest("loop");
    await symlink(path.join(dir, "b.yaml"), path.join(dir, "a.yaml"));
    await symlink(path.join(dir, "a.yaml"), path.join(dir, "b.yaml"));
    const result = await runCli(["check", "a.yaml"], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.err).toBe("factsheet: a.yaml: cannot read file: its path loops through symbolic links\n");
  });

  it("name the line and paragraph separators where they stand", () => {
    expect(findForbiddenCharacter("edition: a\u2028b")).toEqual({
      index: 10,
      message: "line separator U+2028: editors break the line there and YAML does not; use a line break",
    });
    expect(findForbiddenCharacter("a\u2029")?.message).toMatch(/^paragraph separator U\+2029/);
    expect(findForbiddenCharacter("a\u2028", { allowControls: true })).toBeUndefined();
  });

  it("end at once, with exit 5, when the output folder cannot be made (under /proc)", async () => {
    const dir = await tempDirForTest("proc");
    await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir, "harbour.yaml"));
    const started = Date.now();
    const result = await runCli(["build", "harbour.yaml", "--format", "html", "--out", "/proc/factsheet-x"], {
      cwd: dir,
    });
    expect(result.code).toBe(5);
    expect(result.err).toContain("Cannot write /proc/factsheet-x/harbour.html: no folder can be made there.");
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);

  it("say a file stands where a folder should be", async () => {
    const dir = await tempDirForTest("notdir");
    await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir, "harbour.yaml"));
    await writeFile(path.join(dir, "out"), "a file");
    const result = await runCli(["build", "harbour.yaml", "--format", "html", "--out", "out/deeper"], { cwd: dir });
    expect(result.code).toBe(5);
    expect(result.err).toContain("a file stands where a folder should be");
  });
});

describe("floods", () => {
  /** The harbour fixture with its text changed by `edit`, in a folder of its own. */
  const harbourWith = async (edit: (brief: string) => string): Promise<string> => {
    const dir = await tempDirForTest("flood");
    await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
    await writeFile(path.join(dir, "b.yaml"), edit(await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8")));
    return dir;
  };

  it("count the errors of one rule after its first twenty", async () => {
    const dir = await harbourWith((brief) => brief.replace("key_points:\n", `key_points:\n${"  - \n".repeat(5_000)}`));
    const result = await runCli(["check", "b.yaml"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.err.trimEnd().split("\n").length).toBeLessThan(40);
    expect(result.err).toMatch(/^ {2}… and 4,?98\d more schema errors \(--verbose lists all\)$/m);
    const verbose = await runCli(["check", "b.yaml", "--verbose"], { cwd: dir });
    expect(verbose.err.split("\n").length).toBeGreaterThan(5_000);
  });

  it("cut a 2 MB key to its start and its length", async () => {
    const dir = await harbourWith((brief) => `${brief}${"k".repeat(2 * 1024 * 1024)}: x\n`);
    const result = await runCli(["check", "b.yaml"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.err.length).toBeLessThan(2_000);
    expect(result.err).toContain("characters in all)");
  });
});
