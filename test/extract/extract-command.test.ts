/**
 * `factsheet extract` end to end: a draft on stdout that validates, a merge
 * into a brief that only appends and keeps every byte the editor wrote, and
 * drafts that pass `check` as they stand and print only when asked for.
 */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ExitCode } from "../../src/errors.js";
import { isDraftMark } from "../../src/factbase/items.js";
import { FactBase } from "../../src/factbase/schema.js";
import { FIXTURES, runCli, useTempDir } from "../helpers.js";

const UNSEEN = path.join(FIXTURES, "extract", "unseen", "harbour-strike.txt");
const tmp = useTempDir("extract");
/** A copy of the (invented) harbour fixture to merge into. */
const harbourCopy = async (name: string): Promise<string> => {
  const dir = path.join(tmp(), name);
  await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
  await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir, "harbour.yaml"));
  return dir;
};

describe("factsheet extract", () => {
  it("prints a draft fact base that validates, with the source to add listed at its head", async () => {
    const { code, out, err } = await runCli(["extract", UNSEEN, "--published", "2026-03-19"]);
    expect(code).toBe(ExitCode.ok);
    expect(err).toMatch(/^Drafted \d+ actors, \d+ events, \d+ positions, \d+ figures, \d+ quotes from 1 article\.\n$/);
    expect(out).toContain("#   sources:\n#     - id: harbour-strike\n");
    const draft = FactBase.parse(parse(out, { schema: "failsafe" }));
    expect(draft.as_of).toBe("2026-03-19");
    const items = [
      ...(draft.actors ?? []),
      ...(draft.quotes ?? []),
      ...(draft.figures ?? []),
      ...(draft.timeline ?? []),
    ];
    expect(items.length).toBeGreaterThan(30);
    // Every item is a draft; a quote's mark says which pattern drafted it.
    expect(items.every((item) => isDraftMark(item.draft))).toBe(true);
    expect(draft.quotes?.every((q) => typeof q.draft === "object" && /^quote-[a-z-]+$/.test(q.draft.by))).toBe(true);
    expect(draft.quotes?.find((q) => q.text.startsWith("Nobody wins"))?.speaker).toBe("orduna");
    // A position quotes its whole sentence, never a clause cut inside brackets.
    expect(draft.positions?.length).toBeGreaterThan(0);
    for (const position of draft.positions ?? []) expect(position.text).not.toMatch(/^[^(]*\)/);
  });

  it("uses the catalogue's id and date for an article it lists", async () => {
    const { code, out } = await runCli(["extract", "data/sources/004_8ffbbcae1a5b9a9e.txt"]);
    expect(code).toBe(ExitCode.ok);
    const draft = FactBase.parse(parse(out, { schema: "failsafe" }));
    expect(draft.sources).toBe("sources/sources.yaml");
    expect(draft.timeline?.find((e) => e.date_wording === "Last Friday")?.date).toBe("2025-01-03");
  });

  it("merges into a brief: adds the source, appends only drafts, keeps every line the editor wrote", async () => {
    const dir = await harbourCopy("merge");
    const brief = path.join(dir, "harbour.yaml");
    const before = await readFile(brief, "utf8");
    const catalogBefore = await readFile(path.join(dir, "harbour", "sources", "sources.yaml"), "utf8");
    const { code, out } = await runCli(["extract", UNSEEN, "--published", "2026-03-19", "--into", brief], { cwd: dir });
    expect(code).toBe(ExitCode.ok);
    expect(out).toMatch(/added source [\w-]+ \(harbour-strike\.txt, published 2026-03-19\)/);
    const after = await readFile(brief, "utf8");
    // Every original line is still there, in order: the merge only inserts.
    const lines = after.split("\n");
    let at = 0;
    for (const line of before.split("\n")) {
      at = lines.indexOf(line, at);
      expect(at, line).toBeGreaterThanOrEqual(0);
      at++;
    }
    expect(after).toContain("# Drafted by factsheet extract from source");
    const catalogAfter = await readFile(path.join(dir, "harbour", "sources", "sources.yaml"), "utf8");
    expect(catalogAfter.startsWith(catalogBefore.trimEnd())).toBe(true);
    expect(await readFile(path.join(dir, "harbour", "sources", "harbour-strike.txt"), "utf8")).toBe(
      await readFile(UNSEEN, "utf8"),
    );

    // The drafts pass check as they stand; without --include-drafts they are left out, with a note.
    const withDrafts = await runCli(["check", "--include-drafts", brief], { cwd: dir });
    expect(withDrafts.err).not.toContain("error:");
    expect(withDrafts.code).toBe(ExitCode.ok);
    const without = await runCli(["check", brief], { cwd: dir });
    expect(without.code).toBe(ExitCode.ok);
    expect(without.err).toMatch(/^drafts: 1 note\n.*: \d+ draft items are left out of the brief/m);

    // A second run adds nothing new.
    const again = await runCli(["extract", UNSEEN, "--into", brief], { cwd: dir });
    expect(again.code).toBe(ExitCode.ok);
    expect(again.out).toContain("added 0 actors, 0 events, 0 positions, 0 figures, 0 quotes");
    expect(await readFile(brief, "utf8")).toBe(after);
  });

  it("prints drafts only with --include-drafts, each marked", async () => {
    const dir = await harbourCopy("print");
    const brief = path.join(dir, "harbour.yaml");
    await runCli(["extract", UNSEEN, "--published", "2026-03-19", "--into", brief], { cwd: dir });
    const plain = await runCli(["build", brief, "--format", "html", "--out", "out"], { cwd: dir });
    expect(plain.code).toBe(ExitCode.ok);
    const html = await readFile(path.join(dir, "out", "harbour.html"), "utf8");
    expect(html).not.toContain("Ana Lucía Ferreira");
    expect(html).not.toContain('class="mark mark-draft"');
    const drafts = await runCli(["build", brief, "--format", "html", "--out", "out", "--include-drafts"], { cwd: dir });
    expect(drafts.code).toBe(ExitCode.ok);
    const shown = await readFile(path.join(dir, "out", "harbour.html"), "utf8");
    expect(shown).toContain("Ana Lucía Ferreira");
    expect(shown).toContain('<span class="mark mark-draft">Draft</span>');
    expect(shown).toMatch(/Working copy: includes \d+ unreviewed draft items/);
    // Drafts are marked wherever they print: the positions matrix and the key figures too.
    const matrix = shown.slice(
      shown.indexOf('<section id="matrix"'),
      shown.indexOf("</section>", shown.indexOf('<section id="matrix"')),
    );
    expect(matrix).toContain('<span class="mark mark-draft">Draft</span>');
    expect(shown).toMatch(/<span class="figure-label">[^<]*<span class="mark mark-draft">Draft<\/span><\/span>/);
  });

  it("refuses a reviewed item that leans on a draft", async () => {
    const dir = await harbourCopy("lean");
    const brief = path.join(dir, "harbour.yaml");
    await runCli(["extract", UNSEEN, "--published", "2026-03-19", "--into", brief], { cwd: dir });
    const text = await readFile(brief, "utf8");
    // An editor reviews a quote (deletes its draft mark) but not its speaker.
    const quote = text.indexOf("  - id: q-orduna");
    // The mark is `draft: true` or `draft:` with the pattern (and a note) on the lines below it.
    const mark = /^ {4}draft:(?: true\n|\n(?: {6}.*\n)+)/m.exec(text.slice(quote));
    if (mark === null) throw new Error("no draft mark on the quote");
    const at = quote + mark.index;
    await writeFile(brief, text.slice(0, at) + text.slice(at + mark[0].length));
    const { code, err } = await runCli(["check", brief], { cwd: dir });
    expect(code).toBe(ExitCode.checkFailed);
    expect(err).toMatch(
      /:\d+:\d+: error: speaker `orduna` is a draft: review it \(delete its `draft: true`\) or build with --include-drafts \[draft-reference\]/,
    );
  });

  it("dates a figure by its publication, or by the date the sentence gives it", async () => {
    // Invented for this test.
    const article = path.join(tmp(), "flood.txt");
    await writeFile(
      article,
      "Flood toll rises\nAs of Monday, more than 300 people had been evacuated from the valley, the agency said.\nSince 2020, 14 schools have closed.\n",
    );
    const { out } = await runCli(["extract", article, "--published", "2026-03-05"]);
    const draft = FactBase.parse(parse(out, { schema: "failsafe" }));
    const asOf = (value: number) => draft.figures?.flatMap((f) => f.observations).find((o) => o.value === value)?.as_of;
    expect(asOf(300)).toBe("2026-03-02");
    expect(asOf(14)).toBe("2026-03-05");
  });

  it("starts a brief from nothing, keeps CRLF line ends and adds an article named twice once", async () => {
    const dir = path.join(tmp(), "fresh");
    await mkdir(dir, { recursive: true });
    const brief = path.join(dir, "strike.yaml");
    await writeFile(brief, "title: Strike\r\nas_of: 2026-03-19\r\nsummary: To write.\r\n");
    const { code, out } = await runCli(["extract", UNSEEN, UNSEEN, "--published", "2026-03-19", "--into", brief], {
      cwd: dir,
    });
    expect(code).toBe(ExitCode.ok);
    expect(out.match(/added source/g)).toHaveLength(1);
    const text = await readFile(brief, "utf8");
    expect(text.startsWith("title: Strike\r\nas_of: 2026-03-19\r\nsummary: To write.\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    const catalog = parse(await readFile(path.join(dir, "sources", "sources.yaml"), "utf8"));
    expect(catalog.sources.map((s: { id: string }) => s.id)).toEqual(["harbour-strike"]);
    const check = await runCli(["check", "--include-drafts", brief], { cwd: dir });
    expect(check.err).not.toContain("error:");
    expect(check.code).toBe(ExitCode.ok);
  });

  it("refuses a brief that does not parse, at its line, and a catalogue outside the project", async () => {
    const dir = await harbourCopy("broken");
    const brief = path.join(dir, "harbour.yaml");
    const text = await readFile(brief, "utf8");
    await writeFile(brief, `title: again\n${text}`);
    const broken = await runCli(["extract", UNSEEN, "--published", "2026-03-19", "--into", brief], { cwd: dir });
    expect(broken.code).toBe(ExitCode.checkFailed);
    expect(broken.err).toMatch(/harbour\.yaml:\d+:\d+: .*key/i);
    expect(broken.err).not.toMatch(/\n\s+at /);
    await writeFile(brief, text.replace(/^sources: .*$/m, "sources: /tmp/elsewhere/sources.yaml"));
    const outside = await runCli(["extract", UNSEEN, "--published", "2026-03-19", "--into", brief], { cwd: dir });
    expect(outside.code).toBe(ExitCode.checkFailed);
    expect(outside.err).toContain("the source catalogue must be a relative path inside the project");
    expect(await readFile(brief, "utf8")).toBe(text.replace(/^sources: .*$/m, "sources: /tmp/elsewhere/sources.yaml"));
  });

  it("keeps stdout for the draft alone", async () => {
    const { code, out, err } = await runCli([
      "extract",
      "data/sources/004_8ffbbcae1a5b9a9e.txt",
      "--published",
      "2020-01-01",
    ]);
    expect(code).toBe(ExitCode.ok);
    expect(err).toContain("the catalogue dates it 2025-01-07; using that");
    expect(() => FactBase.parse(parse(out, { schema: "failsafe" }))).not.toThrow();
  });

  it("says what is wrong with its input, without a stack trace", async () => {
    const missing = await runCli(["extract", "no-such-article.txt", "--published", "2026-03-19"]);
    expect(missing.code).toBe(ExitCode.input);
    expect(missing.err).toContain("no-such-article.txt: cannot read file: no such file");
    const undated = await runCli(["extract", UNSEEN]);
    expect(undated.code).toBe(ExitCode.usage);
    expect(undated.err).toContain("give its publication date with --published YYYY-MM-DD");
    const badDate = await runCli(["extract", UNSEEN, "--published", "19/03/2026"]);
    expect(badDate.code).toBe(ExitCode.usage);
    const binary = path.join(tmp(), "binary.txt");
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const bad = await runCli(["extract", binary, "--published", "2026-03-19"]);
    expect(bad.code).toBe(ExitCode.input);
    expect(bad.err).not.toMatch(/\n\s+at /);
    const wrongFlag = await runCli(["check", "--into", "x.yaml"]);
    expect(wrongFlag.code).toBe(ExitCode.usage);
  });
});
