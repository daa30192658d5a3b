/**
 * Starting a brief: `factsheet init NAME` writes a brief with its own
 * catalogue that passes check as written, never overwrites, refuses a name
 * that is none; `--from ARTICLE@DATE` drafts it through extract's own code,
 * and `extract --into` a brief that does not exist starts it the same way.
 * The article is the invented "unseen" fixture (test/fixtures/extract/unseen).
 */
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { briefNameProblem } from "../../src/commands/init.js";
import { ExitCode } from "../../src/errors.js";
import { FIXTURES, ROOT, runCli, tempDirForTest } from "../helpers.js";

const ARTICLE = path.join(FIXTURES, "extract", "unseen", "harbour-strike.txt");

/** An empty project: a folder with `.git`, so that no desk config above it applies. */
async function project(): Promise<string> {
  const dir = await tempDirForTest("init");
  await mkdir(path.join(dir, ".git"));
  return dir;
}

describe("factsheet init", () => {
  it("writes data/NAME.yaml with its own catalogue, which check passes as written, and says what next", async () => {
    const dir = await project();
    const made = await runCli(["init", "demo"], { cwd: dir });
    expect(made.code).toBe(0);
    expect(made.err).toBe("");
    expect(made.out).toContain(
      "wrote data/demo.yaml, a new brief, and data/sources/demo/sources.yaml, its source catalogue (empty).",
    );
    expect(made.out).toContain("add articles: factsheet extract ARTICLE.txt@YYYY-MM-DD --into data/demo.yaml");
    expect(made.out).toContain("check it:     factsheet check data/demo.yaml");
    const brief = await readFile(path.join(dir, "data", "demo.yaml"), "utf8");
    expect(brief).toMatch(/^# yaml-language-server: \$schema=\S+\/schema\/factbase\.schema\.json\n/);
    expect(brief).toMatch(/^title: Demo #/m);
    expect(brief).toMatch(/^sources: sources\/demo\/sources\.yaml #/m);
    const checked = await runCli(["check", "data/demo.yaml"], { cwd: dir });
    expect(checked.err).toBe("");
    expect(checked.out).toMatch(/^data\/demo\.yaml: ok \(0 sources, /);
    expect(checked.code).toBe(0);
    // build --all and the loader are happy: the catalogue's folder is no brief.
    const built = await runCli(["build", "--all", "--format", "html"], { cwd: dir });
    expect(built.code).toBe(0);
    expect(built.out.trimEnd().split("\n").at(-1)).toBe("1 built");
  });

  it("never overwrites a brief or a catalogue", async () => {
    const dir = await project();
    expect((await runCli(["init", "demo"], { cwd: dir })).code).toBe(0);
    await writeFile(path.join(dir, "data", "demo.yaml"), "# the editor's work\n");
    const again = await runCli(["init", "demo"], { cwd: dir });
    expect(again.code).toBe(ExitCode.usage);
    expect(again.err).toBe(
      "factsheet: data/demo.yaml already exists, and init never overwrites: choose another name, or edit that brief.\n",
    );
    expect(await readFile(path.join(dir, "data", "demo.yaml"), "utf8")).toBe("# the editor's work\n");
    await mkdir(path.join(dir, "data", "sources", "other"), { recursive: true });
    await writeFile(path.join(dir, "data", "sources", "other", "sources.yaml"), "sources: []\n");
    const catalogue = await runCli(["init", "other"], { cwd: dir });
    expect(catalogue.code).toBe(ExitCode.usage);
    expect(catalogue.err).toMatch(/data\/sources\/other\/sources\.yaml already exists/);
    await expect(readdir(path.join(dir, "data"))).resolves.not.toContain("other.yaml");
  });

  it("a name that is none is a usage error with the name it likely meant", async () => {
    const dir = await project();
    const bad = await runCli(["init", "Gaza Talks"], { cwd: dir });
    expect(bad.code).toBe(ExitCode.usage);
    expect(bad.err).toMatch(/^factsheet: "Gaza Talks" is not a brief's name: .* \(such as gaza-talks\)\./m);
    expect(bad.err).toMatch(/Run `factsheet init --help` for usage\.\n$/);
    expect((await runCli(["init"], { cwd: dir })).code).toBe(ExitCode.usage);
    expect((await runCli(["init", "a", "b"], { cwd: dir })).err).toMatch(/init takes one name: a b\./);
    for (const name of ["../x", "a/b", "x.yaml", "-x", "a--b", "index", "é"])
      expect(briefNameProblem(name)).toBeDefined();
    for (const name of ["demo", "gaza-talks-2024", "x1"]) expect(briefNameProblem(name)).toBeUndefined();
    await expect(readdir(dir)).resolves.toEqual([".git"]);
  });

  it("--from ARTICLE@DATE drafts the brief from the articles, which check passes", async () => {
    const dir = await project();
    await cp(ARTICLE, path.join(dir, "strike.txt"));
    const made = await runCli(["init", "strike", "--from", "strike.txt@2024-03-08"], { cwd: dir });
    expect(made.err).toBe("");
    expect(made.code).toBe(0);
    expect(made.out).toContain(
      "data/sources/strike/sources.yaml: added source strike (strike.txt, published 2024-03-08).",
    );
    expect(made.out).toMatch(/review the drafts in data\/strike\.yaml/);
    const brief = await readFile(path.join(dir, "data", "strike.yaml"), "utf8");
    expect(brief).toMatch(/^title: "Draft: Dockworkers' strike leaves ships stranded/m);
    expect(brief).toMatch(/^as_of: 2024-03-08 #/m);
    expect(brief).toMatch(/^sources: sources\/strike\/sources\.yaml #/m);
    expect(brief).toMatch(/^quotes:\n/m);
    // The article is copied beside the brief's own catalogue, not into any other brief's.
    expect(await readdir(path.join(dir, "data", "sources", "strike"))).toEqual(["sources.yaml", "strike.txt"]);
    const checked = await runCli(["check", "data/strike.yaml"], { cwd: dir });
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(/draft/);
  });

  it("--from an article without its date writes nothing", async () => {
    const dir = await project();
    await cp(ARTICLE, path.join(dir, "strike.txt"));
    const { code, err } = await runCli(["init", "strike", "--from", "strike.txt"], { cwd: dir });
    expect(code).toBe(ExitCode.usage);
    expect(err).toMatch(
      /strike\.txt: give its publication date with --published YYYY-MM-DD or as strike\.txt@YYYY-MM-DD/,
    );
    expect((await readdir(dir)).sort()).toEqual([".git", "strike.txt"]);
  });
});

describe("extract --into a brief that does not exist", () => {
  it("starts it as init would, with its own catalogue, a title, a date and a summary", async () => {
    const dir = await project();
    // Another brief's catalogue in the default place: the new brief must not add to it.
    await cp(path.join(ROOT, "data", "sources", "sources.yaml"), path.join(dir, "data", "sources", "sources.yaml"));
    const before = await readFile(path.join(dir, "data", "sources", "sources.yaml"), "utf8");
    const { code, out, err } = await runCli(["extract", `${ARTICLE}@2024-03-08`, "--into", "data/new.yaml"], {
      cwd: dir,
    });
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("data/new.yaml: a new brief, with its own source catalogue.");
    const brief = await readFile(path.join(dir, "data", "new.yaml"), "utf8");
    expect(brief).toMatch(/^title: "Draft: /m);
    expect(brief).toMatch(/^as_of: 2024-03-08 /m);
    expect(brief).toMatch(/^summary: Drafted by factsheet extract from 1 article\./m);
    expect(brief).toMatch(/^sources: sources\/new\/sources\.yaml /m);
    expect(await readFile(path.join(dir, "data", "sources", "sources.yaml"), "utf8")).toBe(before);
    expect((await runCli(["check", "data/new.yaml"], { cwd: dir })).code).toBe(0);
  });
});
