/**
 * Briefs never overwrite each other's output nor compare with each other's editions: a batch with
 * two briefs of one name, or one named `index`, is refused before anything is written; a brief of
 * the same name as one built before from another folder is refused by `build` and `diff`, both
 * named; a snapshot folder from before folders named their brief is kept. The briefs are copies of
 * the harbour fixture (invented data), in folders of the test's own.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../../src/errors.js";
import { FIXTURES, runCli, tempDirForTest } from "../helpers.js";

const HARBOUR = await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8");

/** A project folder with the harbour sources in each of `folders` and the briefs given, by path. */
const project = async (name: string, briefs: Record<string, string>): Promise<string> => {
  const dir = await tempDirForTest(name);
  for (const [file, text] of Object.entries(briefs)) {
    const folder = path.join(dir, path.dirname(file));
    await mkdir(folder, { recursive: true });
    await cp(path.join(FIXTURES, "harbour"), path.join(folder, "harbour"), { recursive: true, force: false });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
};

const exists = (file: string) =>
  readFile(file).then(
    () => true,
    () => false,
  );

describe("build --all: briefs that would write the same files", () => {
  it("a.yaml and a.yml: refused before anything is written, both named", async () => {
    const dir = await project("collide-ext", { "data/a.yaml": HARBOUR, "data/a.yml": HARBOUR, "data/b.yaml": HARBOUR });
    const { code, out, err } = await runCli(["build", "--all", "--format", "html"], { cwd: dir });
    expect(code).toBe(ExitCode.input);
    expect(err).toMatch(
      /^factsheet: data\/a\.yaml and data\/a\.yml would both write out\/a\.html and \.pdf: rename one/m,
    );
    expect(out).toBe("");
    expect(await exists(path.join(dir, "out"))).toBe(false);
    expect(await readdir(dir)).toEqual(["data"]);
  });

  it("names that differ only in case: refused (one file on many systems and hosts)", async () => {
    const dir = await project("collide-case", { "data/Port.yaml": HARBOUR, "data/port.yaml": HARBOUR });
    const { code, err } = await runCli(["build", "--all", "--format", "html"], { cwd: dir });
    expect(code).toBe(ExitCode.input);
    expect(err).toContain("data/Port.yaml and data/port.yaml would both write out/Port.html");
    expect(await readdir(dir)).toEqual(["data"]);
  });

  it("a brief named index would replace the listing: refused, the file named", async () => {
    const dir = await project("collide-index", { "data/index.yaml": HARBOUR, "data/b.yaml": HARBOUR });
    const { code, err } = await runCli(["build", "--all", "--format", "html"], { cwd: dir });
    expect(code).toBe(ExitCode.input);
    expect(err).toMatch(
      /^factsheet: data\/index\.yaml would write out\/index\.html, the page that lists the briefs of a batch: rename the brief\.$/m,
    );
    expect(await readdir(dir)).toEqual(["data"]);
  });
});

describe("two briefs of one name built from two folders", () => {
  it("the second is refused by build and diff, both named; the first's output and editions stay as they were", async () => {
    const dir = await project("collide-folders", {
      "one/brief.yaml": HARBOUR,
      "two/brief.yaml": HARBOUR.replace("as_of: 2024-03-08", "as_of: 2024-03-20"),
    });
    const first = await runCli(["build", "one/brief.yaml", "--format", "html"], { cwd: dir });
    expect(first.code).toBe(0);
    const html = await readFile(path.join(dir, "out", "brief.html"), "utf8");
    const editions = await readdir(path.join(dir, "out", ".factsheet", "brief"));

    const second = await runCli(["build", "two/brief.yaml", "--format", "html"], { cwd: dir });
    expect(second.code).toBe(ExitCode.input);
    expect(second.err).toContain(
      "factsheet: two/brief.yaml: out/brief.html and .pdf, and the editions in out/.factsheet/brief/, belong to another brief of the same name, one/brief.yaml: rename one of them",
    );
    expect(await readFile(path.join(dir, "out", "brief.html"), "utf8")).toBe(html);
    expect(await readdir(path.join(dir, "out", ".factsheet", "brief"))).toEqual(editions);

    // diff never compares it with the other brief's edition.
    const diff = await runCli(["diff", "two/brief.yaml"], { cwd: dir });
    expect(diff.code).toBe(ExitCode.input);
    expect(diff.err).toContain("belong to another brief of the same name, one/brief.yaml");
    expect(diff.out).not.toContain("changes since");

    // Each in an output folder of its own, both build.
    const apart = await runCli(["build", "two/brief.yaml", "--format", "html", "--out", "out-two"], { cwd: dir });
    expect(apart.code).toBe(0);
  });

  it("the same brief is known from another working folder", async () => {
    const dir = await project("same-brief", { "one/brief.yaml": HARBOUR });
    expect((await runCli(["build", "one/brief.yaml", "--format", "html"], { cwd: dir })).code).toBe(0);
    const again = await runCli(["build", "brief.yaml", "--format", "html", "--out", "../out"], {
      cwd: path.join(dir, "one"),
    });
    expect(again.code).toBe(0);
    expect(again.out).toContain("unchanged since last built");
  });

  it("a snapshot folder written before folders named their brief keeps its editions: the next edition compares with them", async () => {
    const dir = await project("legacy-folder", { "data/harbour.yaml": HARBOUR });
    expect((await runCli(["build", "data/harbour.yaml", "--format", "html"], { cwd: dir })).code).toBe(0);
    const record = path.join(dir, "out", ".factsheet", "harbour", "brief.json");
    expect(JSON.parse(await readFile(record, "utf8"))).toEqual({ brief: "../data/harbour.yaml" });
    // As an older build left it: no record of its brief.
    await rm(record);
    await writeFile(
      path.join(dir, "data", "harbour.yaml"),
      HARBOUR.replace("as_of: 2024-03-08", "as_of: 2024-03-20").replace(
        "title: The Port Alba dredging dispute",
        "title: The Port Alba dredging row",
      ),
    );
    const next = await runCli(["build", "data/harbour.yaml", "--format", "html"], { cwd: dir });
    expect(next.code).toBe(0);
    const html = await readFile(path.join(dir, "out", "harbour.html"), "utf8");
    expect(html).toContain("What changed since the edition of");
    expect(JSON.parse(await readFile(record, "utf8"))).toEqual({ brief: "../data/harbour.yaml" });
  });
});
