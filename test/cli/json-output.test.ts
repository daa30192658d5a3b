/**
 * --json: one document on stdout and nothing else there, of the shape its JSON Schema
 * (schema/report.schema.json) describes, for check, build, diff and extract; real output of each,
 * validated with ajv. And --quiet: errors only. The briefs changed here are copies of the invented
 * harbour fixture; the article for extract is invented.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { allJsonSchemas } from "../../scripts/json-schemas.js";
import { REPORT_VERSION } from "../../src/commands/report-version.js";
import { ExitCode } from "../../src/errors.js";
import { FIXTURES, ROOT, runCli, tempDirForTest } from "../helpers.js";

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(
  JSON.parse(allJsonSchemas()["report.schema.json"] ?? "{}"),
);

/** The document a run printed: exactly one line of JSON, valid against the schema. */
const documentOf = (out: string): Record<string, unknown> => {
  expect(out.endsWith("\n")).toBe(true);
  expect(out.trimEnd().split("\n")).toHaveLength(1);
  const data = JSON.parse(out) as Record<string, unknown>;
  validate(data);
  expect(validate.errors ?? []).toEqual([]);
  expect(data.version).toBe(REPORT_VERSION);
  return data;
};

interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  message: string;
  hint: string | null;
  mismatch: { written: string; nearest: string } | null;
}

/** A copy of the harbour fixture, its brief changed by `edit`. */
const harbour = async (edit: (text: string) => string = (t) => t): Promise<string> => {
  const dir = await tempDirForTest("json");
  await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
  await writeFile(path.join(dir, "harbour.yaml"), edit(await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8")));
  return dir;
};

const SPLIT = "proposed on Thursday to split dredging costs with the harbour authority";
const SHARE = "proposed on Thursday to share dredging costs with the harbour authority";

describe("check --json", () => {
  it("prints one valid document: the brief with its counts, every finding with its span", async () => {
    const { code, out, err } = await runCli(["check", "test/fixtures/harbour.yaml", "--json"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const doc = documentOf(out);
    expect(doc).toMatchObject({ command: "check", ok: true, exitCode: 0, error: null });
    expect(doc.briefs).toEqual([
      {
        file: "test/fixtures/harbour.yaml",
        ok: true,
        problem: null,
        items: { sources: 2, actors: 4, events: 3, positions: 2, figures: 1, quotes: 2 },
        errors: 0,
        warnings: 6,
        notes: 0,
        accepted: 0,
      },
    ]);
    const diagnostics = doc.diagnostics as Diagnostic[];
    expect(diagnostics).toHaveLength(6);
    // "key point 1" is placed at its first key, `text`: the span is that key.
    expect(diagnostics[0]).toMatchObject({ line: 11, column: 5, endLine: 11, endColumn: 9, rule: "single-source" });
  });

  it("gives an excerpt that does not match its span, the nearest passage and the words to compare", async () => {
    const dir = await harbour((t) => t.replace(SPLIT, SHARE));
    const { code, out, err } = await runCli(["check", "harbour.yaml", "--json"], { cwd: dir });
    expect(code).toBe(1);
    expect(err).toBe("");
    const doc = documentOf(out);
    expect(doc).toMatchObject({
      ok: false,
      exitCode: 1,
      briefs: [{ ok: false, problem: "1 error", items: null, errors: 1 }],
    });
    const [d] = doc.diagnostics as Diagnostic[];
    const line = `        excerpt: ${SHARE}`;
    expect(d).toMatchObject({
      file: "harbour.yaml",
      line: 14,
      column: 18,
      endLine: 14,
      endColumn: line.length + 1,
      severity: "error",
      rule: "excerpt-verbatim",
      hint: `nearest passage in the source: "${SPLIT}"`,
      mismatch: { written: SHARE, nearest: SPLIT },
    });
  });

  it("lists each brief of a batch, one that cannot be read with why", async () => {
    const dir = await harbour((t) => t.replace(SPLIT, SHARE));
    await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir, "good.yaml"));
    const { code, out } = await runCli(["check", "good.yaml", "missing.yaml", "harbour.yaml", "--json"], { cwd: dir });
    expect(code).toBe(1);
    const doc = documentOf(out);
    expect(
      (doc.briefs as { file: string; ok: boolean; problem: string | null }[]).map((b) => [b.file, b.ok, b.problem]),
    ).toEqual([
      ["good.yaml", true, null],
      ["missing.yaml", false, "cannot be read"],
      ["harbour.yaml", false, "1 error"],
    ]);
  });

  it("says what ended a run that could not check, in the document, with its exit code", async () => {
    const { code, out, err } = await runCli(["check", "test/fixtures/no-such-brief.yaml", "--json"]);
    expect(code).toBe(ExitCode.input);
    const doc = documentOf(out);
    expect(doc).toMatchObject({ ok: false, exitCode: ExitCode.input, briefs: [], diagnostics: [] });
    expect((doc.error as { message: string }).message).toMatch(/no-such-brief\.yaml/);
    expect(err).toMatch(/^factsheet: /);
  });

  it("carries control characters escaped as \\u, never raw, and reads back as the data", async () => {
    // DEL, a C1 control, a right-to-left override and a line separator in a file name: JSON.stringify
    // leaves them as they are, and a terminal would act on them.
    const name = "k\u007f\u0085\u202e\u2028.yaml";
    const dir = await tempDirForTest("json-controls");
    await writeFile(path.join(dir, name), "title: [unclosed\n");
    const { code, out } = await runCli(["check", name, "--json"], { cwd: dir });
    expect(code).toBe(1);
    expect(out).not.toMatch(/[\u007f-\u009f\u202e\u2028]/);
    expect(out).toContain("k\\u007f\\u0085\\u202e\\u2028.yaml");
    const doc = documentOf(out);
    expect((doc.diagnostics as Diagnostic[])[0]?.file).toBe(name);
  });
});

describe("build --json", () => {
  it("lists each brief with each output written, then kept when nothing changed", async () => {
    const dir = await harbour();
    const first = await runCli(["build", "harbour.yaml", "--format", "html", "--json"], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.err).toBe("");
    const doc = documentOf(first.out);
    expect(doc).toMatchObject({ command: "build", ok: true, index: null });
    const html = (await readFile(path.join(dir, "out", "harbour.html"))).byteLength;
    expect(doc.briefs).toEqual([
      {
        file: "harbour.yaml",
        name: "harbour",
        status: "built",
        problem: null,
        title: "The Port Alba dredging dispute",
        asOf: "2024-03-08",
        outputs: [{ format: "html", file: "out/harbour.html", status: "written", bytes: html, paper: null }],
      },
    ]);
    // Every finding, as --verbose would list it: the six warnings check finds.
    expect((doc.diagnostics as Diagnostic[]).map((d) => d.rule)).toEqual(Array(6).fill("single-source"));
    const again = documentOf((await runCli(["build", "harbour.yaml", "--format", "html", "--json"], { cwd: dir })).out);
    expect(again.briefs).toMatchObject([
      { status: "unchanged", outputs: [{ status: "kept", file: "out/harbour.html", bytes: null }] },
    ]);
  });

  it("lists a brief that failed with its errors, and each brief of a batch with the index", async () => {
    const dir = await harbour();
    await cp(path.join(dir, "harbour.yaml"), path.join(dir, "good.yaml"));
    await writeFile(
      path.join(dir, "bad.yaml"),
      (await readFile(path.join(dir, "harbour.yaml"), "utf8")).replace(SPLIT, SHARE),
    );
    await writeFile(path.join(dir, "harbour.yaml"), "");
    const { code, out } = await runCli(["build", "--all", ".", "--format", "html", "--json"], { cwd: dir });
    expect(code).toBe(1);
    const doc = documentOf(out);
    expect(doc).toMatchObject({ ok: false, exitCode: 1, index: "out/index.html" });
    expect((doc.briefs as { file: string; status: string }[]).map((b) => [b.file, b.status])).toEqual([
      ["bad.yaml", "failed"],
      ["good.yaml", "built"],
      ["harbour.yaml", "failed"],
    ]);
    const errors = (doc.diagnostics as Diagnostic[]).filter((d) => d.severity === "error");
    expect(errors.map((d) => `${d.file} ${d.rule}`)).toContain("bad.yaml excerpt-verbatim");
  });
});

describe("diff --json", () => {
  it("gives the edition compared with and each change with its field, before and after", async () => {
    const dir = await harbour((t) =>
      t.replace("title: The Port Alba dredging dispute", "title: The Port Alba dredging row"),
    );
    const since = path.join(FIXTURES, "snapshots", "harbour-v1.json");
    const { code, out, err } = await runCli(["diff", "harbour.yaml", "--since", since, "--json"], { cwd: dir });
    expect(code).toBe(0);
    expect(err).toBe("");
    const doc = documentOf(out);
    const changes = doc.changes as { since: unknown; updated: { kind: string; field: string; after: string }[] };
    expect(changes.since).toMatchObject({ commit: null });
    expect(changes.updated).toContainEqual(
      expect.objectContaining({ kind: "brief", after: "The Port Alba dredging row" }),
    );
  });

  it("says a first edition has nothing to compare with", async () => {
    const dir = await harbour();
    const doc = documentOf((await runCli(["diff", "harbour.yaml", "--json"], { cwd: dir })).out);
    expect(doc).toMatchObject({
      ok: true,
      changes: { file: "harbour.yaml", since: null, updated: [], added: [], removed: [] },
    });
  });
});

describe("extract --json", () => {
  it("puts the draft in the document, and nothing but the document on stdout", async () => {
    const dir = await tempDirForTest("json-extract");
    await writeFile(
      path.join(dir, "a.txt"),
      'Port Alba, 3 March (Invented Wire) - Harbour master Ines Carvalho said on Monday: "We cannot pay for all of it."\n',
    );
    const { code, out } = await runCli(["extract", "a.txt", "--published", "2024-03-04", "--json"], { cwd: dir });
    expect(code).toBe(0);
    const doc = documentOf(out);
    const extracted = doc.extracted as { into: null; articles: unknown[]; drafts: { quotes: string[] }; draft: string };
    expect(extracted.into).toBeNull();
    expect(extracted.articles).toEqual([{ file: "a.txt", source: "a", published: "2024-03-04", added: true }]);
    expect(extracted.drafts.quotes.length).toBeGreaterThan(0);
    expect(extracted.draft).toMatch(/^# Draft fact base from factsheet extract/);
    expect(extracted.draft).toContain("We cannot pay for all of it.");
  });
});

describe("--quiet", () => {
  it("check --quiet on the shipped brief prints nothing and exits 0", async () => {
    const { code, out, err } = await runCli(["check", "data/qatar-mediation.yaml", "--quiet"], { cwd: ROOT });
    expect(code).toBe(0);
    expect(out).toBe("");
    expect(err).toBe("");
  });

  it("prints the errors alone, without the warnings or the summary", async () => {
    const dir = await harbour((t) => t.replace(SPLIT, SHARE));
    const { code, out, err } = await runCli(["check", "harbour.yaml", "--quiet"], { cwd: dir });
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toBe(
      `harbour.yaml:14:18: error: excerpt not found in source b [excerpt-verbatim]\n  nearest passage in the source: "${SPLIT}"\n`,
    );
  });

  it("still says that a brief of a batch cannot be read", async () => {
    const dir = await harbour();
    const { code, out, err } = await runCli(["check", "harbour.yaml", "missing.yaml", "--quiet"], { cwd: dir });
    expect(code).toBe(1);
    expect(err).toBe("");
    expect(out).toMatch(/^factsheet: missing\.yaml: .*\n$/);
  });

  it("build --quiet writes the brief and says nothing", async () => {
    const dir = await harbour();
    const { code, out, err } = await runCli(["build", "harbour.yaml", "--format", "html", "--quiet"], { cwd: dir });
    expect(code).toBe(0);
    expect(out + err).toBe("");
    expect((await readFile(path.join(dir, "out", "harbour.html"), "utf8")).length).toBeGreaterThan(1000);
  });
});

describe("build --verbose", () => {
  it("lists the findings of a brief it builds, as check --verbose does", async () => {
    const dir = await harbour();
    const { code, out, err } = await runCli(["build", "harbour.yaml", "--format", "html", "--verbose"], { cwd: dir });
    expect(code).toBe(0);
    expect(err.match(/^harbour\.yaml:\d+:\d+: warning: .* \[single-source\]$/gm)).toHaveLength(6);
    expect(out).not.toContain("run check to list them");
  });
});
