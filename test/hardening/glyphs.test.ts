/**
 * Characters no embedded font draws (a CJK name, an emoji) are refused by check at the value that
 * holds them, whatever level a brief or a desk sets: they would print as boxes and drop out of the
 * PDF's text layer. The briefs here are invented, on the harbour fixture.
 */
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, runCli, useTempDir } from "../helpers.js";

const dir = useTempDir("glyphs");
beforeAll(async () => {
  await cp(path.join(FIXTURES, "harbour"), path.join(dir(), "harbour"), { recursive: true });
  await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir(), "harbour.yaml"));
});

/** The harbour brief with its harbour master's name replaced. */
const withName = async (file: string, name: string, rules = ""): Promise<void> => {
  const original = await readFile(path.join(dir(), "harbour.yaml"), "utf8");
  const brief = original
    .replace("    name: Ines Carvalho\n", `    name: ${name}\n`)
    .replace("checks:\n", `checks:\n${rules}`);
  await writeFile(path.join(dir(), file), brief);
};

describe("characters no font of the brief draws", () => {
  it("the harbour brief itself passes (the names below are the only change)", async () => {
    const cli = await runCli(["check", "harbour.yaml"], { cwd: dir() });
    expect(cli.err).not.toMatch(/no-glyph/);
    expect(cli.code).toBe(0);
  });

  it("refuses a CJK name with exit 1, at the value, naming the character", async () => {
    await withName("cjk.yaml", "港口 Carvalho");
    const cli = await runCli(["check", "cjk.yaml"], { cwd: dir() });
    expect(cli.code).toBe(1);
    expect(cli.err).toMatch(
      /^cjk\.yaml:20:11: error: "港" \(U\+6E2F\) and 1 more character\(s\) is in no font of the brief and would print as a box: .* \[no-glyph\]$/m,
    );
  });

  it("refuses an emoji with exit 1", async () => {
    await withName("emoji.yaml", '"Ines 😀 Carvalho"');
    const cli = await runCli(["check", "emoji.yaml"], { cwd: dir() });
    expect(cli.code).toBe(1);
    expect(cli.err).toMatch(/^emoji\.yaml:20:11: error: "😀" \(U\+1F600\) is in no font of the brief.*\[no-glyph\]$/m);
  });

  it("cannot be lowered by a desk's levels either", async () => {
    await writeFile(path.join(dir(), "factsheet.config.yaml"), "rules:\n  no-glyph: warning\n");
    try {
      await withName("desk.yaml", "港口 Carvalho");
      const cli = await runCli(["check", "desk.yaml"], { cwd: dir() });
      expect(cli.code).toBe(1);
      expect(cli.err).toMatch(/^factsheet\.config\.yaml:2:13: error: .*no-glyph/m);
    } finally {
      await rm(path.join(dir(), "factsheet.config.yaml"));
    }
  });

  it("cannot be lowered by the brief's levels: setting one is refused", async () => {
    await withName("lowered.yaml", "港口 Carvalho", "  rules:\n    no-glyph: off\n");
    const cli = await runCli(["check", "lowered.yaml"], { cwd: dir() });
    expect(cli.code).toBe(1);
    expect(cli.err).toMatch(
      /^lowered\.yaml:10:15: error: .*`no-glyph` is an error of verification: it cannot be lowered/m,
    );
  });
});
