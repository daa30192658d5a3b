/**
 * "Unchanged since last built": the build manifest (out/.factsheet/<brief>/manifest.json) decides,
 * per output. A second build of the same inputs writes nothing and prints nothing (the files keep
 * their inode and time, and a browser that cannot even start is never asked); a changed input,
 * `--force`, an output deleted or changed since, or a manifest that cannot be trusted builds again.
 * Runs on the invented harbour fixture.
 */
import { chmod, cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseManifest } from "../../src/commands/build-manifest.js";
import { describeWithBrowser, FIXTURES, runCli } from "../helpers.js";

/** A file's identity as a rewrite would change it: writes go to a temp file renamed over the old one. */
const identity = async (file: string): Promise<string> => {
  const s = await stat(file);
  return `${s.ino}:${s.mtimeMs}:${s.size}`;
};

describe("build manifest: reading it", () => {
  const record = { fingerprint: "64e50c97a45f", size: 12, sha256: "a".repeat(64) };
  it("reads a whole manifest, and nothing that is not one", () => {
    const good = { version: 1, pages: { a4: { actors: "2", sources: "" } }, outputs: { html: record } };
    expect(parseManifest(JSON.stringify(good))).toEqual({ pages: good.pages, outputs: good.outputs });
    for (const bad of [
      "",
      "not json{",
      "null",
      "[]",
      JSON.stringify({ ...good, version: 2 }),
      JSON.stringify({ version: 1, pages: {} }),
      JSON.stringify({ ...good, pages: { a5: {} } }),
      JSON.stringify({ ...good, pages: { a4: { actors: 2 } } }),
      JSON.stringify({ ...good, pages: { a4: { actors: "two" } } }),
      JSON.stringify({ ...good, outputs: { docx: record } }),
      JSON.stringify({ ...good, outputs: { pdf: { ...record, size: -1 } } }),
      JSON.stringify({ ...good, outputs: { pdf: { ...record, sha256: "zz" } } }),
      JSON.stringify({ ...good, outputs: { pdf: { ...record, fingerprint: undefined } } }),
    ]) {
      expect(parseManifest(bad), bad).toBeUndefined();
    }
  });
});

describe("incremental builds", () => {
  let dir: string;
  let broken: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "factsheet-incremental-"));
    await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir, "harbour.yaml"));
    // A "browser" that cannot start: a build that tries to print with it fails (exit 6).
    broken = path.join(dir, "broken-chrome");
    await writeFile(broken, "#!/bin/sh\necho 'not a browser' >&2\nexit 1\n");
    await chmod(broken, 0o755);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const build = (out: string, ...args: string[]) =>
    runCli(["build", "harbour.yaml", "--out", out, ...args], { cwd: dir });

  it("--format html: the second build says unchanged and writes nothing", async () => {
    const first = await build("html", "--format", "html");
    expect(first.code).toBe(0);
    const file = path.join(dir, "html", "harbour.html");
    const before = await identity(file);
    const second = await build("html", "--format", "html");
    expect(second.code).toBe(0);
    expect(second.out).toMatch(
      /harbour\.yaml: unchanged since last built \(fingerprint [0-9a-f]{12}\); --force rebuilds/,
    );
    expect(second.out).not.toMatch(/wrote/);
    expect(await identity(file)).toBe(before);
  });

  it("a changed input builds again; --force builds again", async () => {
    const out = "changed";
    expect((await build(out, "--format", "html")).code).toBe(0);
    const file = path.join(dir, out, "harbour.html");
    const text = await readFile(path.join(dir, "harbour.yaml"), "utf8");
    try {
      await writeFile(path.join(dir, "harbour.yaml"), text.replace('edition: "2"', 'edition: "3"'));
      const before = await identity(file);
      const changed = await build(out, "--format", "html");
      expect(changed.out).toMatch(/wrote changed\/harbour\.html/);
      expect(await identity(file)).not.toBe(before);
      // A source text counts as an input too.
      const source = path.join(dir, "harbour", "sources", "a.txt");
      const sourceText = await readFile(source, "utf8");
      await writeFile(source, `${sourceText}\n`);
      try {
        expect((await build(out, "--format", "html")).out).toMatch(/wrote changed\/harbour\.html/);
      } finally {
        await writeFile(source, sourceText);
      }
    } finally {
      await writeFile(path.join(dir, "harbour.yaml"), text);
    }
    expect((await build(out, "--format", "html")).out).toMatch(/wrote/);
    expect((await build(out, "--format", "html")).out).toMatch(/unchanged since last built/);
    const forced = await build(out, "--format", "html", "--force");
    expect(forced.out).toMatch(/wrote changed\/harbour\.html/);
  });

  it("an output changed or replaced since, or a manifest that cannot be trusted, builds again", async () => {
    const out = "tampered";
    expect((await build(out, "--format", "html")).code).toBe(0);
    const file = path.join(dir, out, "harbour.html");
    const manifest = path.join(dir, out, ".factsheet", "harbour", "manifest.json");
    const original = await readFile(file, "utf8");
    const rebuilds = async (why: string) => {
      const again = await build(out, "--format", "html");
      expect(again.out, why).toMatch(/wrote tampered\/harbour\.html/);
      expect(await readFile(file, "utf8"), why).toBe(original);
      expect((await build(out, "--format", "html")).out, why).toMatch(/unchanged since last built/);
    };
    // Same size, one letter changed (still carries the fingerprint the old way of telling read).
    await writeFile(file, original.replace("Port Alba", "Port Alda"));
    await rebuilds("same size, other bytes");
    await writeFile(file, `${original}<!-- edited -->`);
    await rebuilds("appended to");
    await rm(file);
    await rebuilds("deleted");
    await writeFile(manifest, "{ not json");
    await rebuilds("malformed manifest");
    await rm(manifest);
    await rebuilds("no manifest");
  });

  describeWithBrowser("with the PDF", () => {
    it("--format pdf: the second build says unchanged and prints nothing", async () => {
      const first = await build("pdf", "--format", "pdf");
      expect(first.code).toBe(0);
      const file = path.join(dir, "pdf", "harbour.pdf");
      const before = await identity(file);
      // Had it tried to print, this browser would have failed the build.
      const second = await build("pdf", "--format", "pdf", "--browser", broken);
      expect(second.err).toBe("");
      expect(second.code).toBe(0);
      expect(second.out).toMatch(/unchanged since last built/);
      expect(await identity(file)).toBe(before);
      // --force prints again: with that browser, it fails.
      const forced = await build("pdf", "--format", "pdf", "--force", "--browser", broken);
      expect(forced.code).toBe(6);
      expect(forced.err).toMatch(/Could not start the browser/);
      expect(await identity(file)).toBe(before);
    });

    it("--format all: the second build says unchanged; an HTML file still up to date is kept while a deleted PDF is printed again", async () => {
      const first = await build("all");
      expect(first.code).toBe(0);
      const [html, pdf] = [path.join(dir, "all", "harbour.html"), path.join(dir, "all", "harbour.pdf")];
      const [htmlBefore, pdfBefore] = [await identity(html), await identity(pdf)];
      const pdfBytes = await readFile(pdf);
      const second = await build("all", "--browser", broken);
      expect(second.code).toBe(0);
      expect(second.out).toMatch(/unchanged since last built/);
      expect([await identity(html), await identity(pdf)]).toEqual([htmlBefore, pdfBefore]);

      await rm(pdf);
      const third = await build("all");
      expect(third.code).toBe(0);
      expect(third.out).toMatch(/kept all\/harbour\.html \(unchanged since last built\)/);
      expect(third.out).toMatch(/wrote all\/harbour\.pdf/);
      expect(third.out).not.toMatch(/wrote all\/harbour\.html/);
      expect(await identity(html)).toBe(htmlBefore);
      expect((await readFile(pdf)).equals(pdfBytes)).toBe(true);
      // And the other way round: the HTML deleted, the PDF kept (the browser is never asked).
      await rm(html);
      const fourth = await build("all", "--browser", broken);
      expect(fourth.code).toBe(0);
      expect(fourth.out).toMatch(/kept all\/harbour\.pdf/);
      expect(fourth.out).toMatch(/wrote all\/harbour\.html/);
      const fifth = await build("all", "--browser", broken);
      expect(fifth.out).toMatch(/unchanged since last built/);
    });

    it("another paper size is another build; each size keeps its own contents' pages", async () => {
      expect((await build("paper", "--format", "pdf")).code).toBe(0);
      const letter = await build("paper", "--format", "pdf", "--paper", "letter");
      expect(letter.out).toMatch(/wrote paper\/harbour\.pdf \(.*Letter\)/);
      const manifest = JSON.parse(
        await readFile(path.join(dir, "paper", ".factsheet", "harbour", "manifest.json"), "utf8"),
      ) as { pages: Record<string, Record<string, string>> };
      expect(Object.keys(manifest.pages).sort()).toEqual(["a4", "letter"]);
      expect(manifest.pages.a4?.actors).toMatch(/^\d+$/);
      expect(manifest.pages.letter?.actors).toMatch(/^\d+$/);
    });
  });
});
