/**
 * Every page factsheet writes is valid HTML by the W3C Nu HTML Checker (vnu-jar, run on the Java
 * found on PATH: never its wrapper, which may download a runtime): the Qatar brief, every fixture
 * brief that builds, an edition with a change panel, and the index pages (one listing briefs that failed).
 * Without Java the tests are skipped, saying why; with FACTSHEET_REQUIRE_JAVA=1 (as `.ci/run` sets
 * it) they fail instead. The brief with the changes is the fixtures' own, reworded here (invented).
 */
import { execFile, spawnSync } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import type { FactBase } from "../../src/factbase/schema.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { renderBrief } from "../../src/render/render-brief.js";
import { createRenderer } from "../../src/render/render-html.js";
import { editionOf, FIXTURES, ROOT, runCli, useTempDir } from "../helpers.js";

/** vnu.jar, as the vnu-jar package ships it (its main export is the jar's path). */
const VNU_JAR = String(createRequire(import.meta.url)("vnu-jar"));

/** The Java to run the checker on: `java` on PATH, 11 or later (what vnu.jar needs); else why not. */
function findJava(): { java: string } | { missing: string } {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error) return { missing: `no java on PATH (${result.error.message})` };
  const version = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = version ? Number(version[1] === "1" ? version[2] : version[1]) : Number.NaN;
  if (!(major >= 11)) return { missing: `java on PATH is not Java 11 or later (${result.stderr.split("\n")[0]})` };
  return { java: "java" };
}

/** One message of the checker's JSON output. */
interface NuMessage {
  readonly type: "error" | "info" | "non-document-error";
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly firstColumn?: number;
  readonly message: string;
  readonly extract?: string;
}

/** The checker's messages on `files`, in one run of the JVM. */
async function checkHtml(java: string, files: readonly string[]): Promise<NuMessage[]> {
  const output = await new Promise<string>((resolve, reject) => {
    // The checker exits 1 when it finds errors: its JSON report (on stderr) is what counts.
    execFile(
      java,
      ["-jar", VNU_JAR, "--format", "json", ...files],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (error, _stdout, stderr) => {
        if (stderr.trim().startsWith("{")) resolve(stderr);
        else reject(error ?? new Error(`the checker printed no report: ${stderr}`));
      },
    );
  });
  return (JSON.parse(output) as { messages: NuMessage[] }).messages;
}

/** Errors as an editor reads them: `file:line:col: message (the markup)`. */
const describeError = (m: NuMessage, dir: string): string =>
  `${path.relative(dir, new URL(m.url ?? "file:///unknown").pathname)}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}: ${m.message}` +
  (m.extract === undefined ? "" : ` (${m.extract.replaceAll("\n", " ")})`);

/** The fixture briefs: every *.yaml under test/fixtures but the source catalogues. */
async function fixtureBriefs(dir = FIXTURES): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await fixtureBriefs(file)));
    else if (
      entry.name.endsWith(".yaml") &&
      entry.name !== "sources.yaml" &&
      !file.includes(`${path.sep}extract${path.sep}`)
    )
      out.push(file);
  }
  return out.sort();
}

/** A brief's HTML against a previous edition that worded every position and counted every figure otherwise. */
async function withChanges(file: string): Promise<string> {
  const checked = await checkBrief(file, ROOT);
  const fb = checked.factBase;
  if (!fb) throw new Error(`${file} does not check`);
  const before: FactBase = {
    ...fb,
    positions: fb.positions?.map((p) => ({ ...p, text: `${p.text} (earlier)` })),
    figures: fb.figures?.map((f) => ({
      ...f,
      observations: f.observations.map((o) => ({ ...o, value: o.value + 1, qualifier: "about" as const })),
    })),
  };
  const view = resolveBrief(fb, checked.catalog, {
    version: "test",
    disagreements: checked.disagreements,
    previous: editionOf(before, checked.catalog),
  });
  const templates = await loadTemplates();
  return (await renderBrief(templates, await createRenderer(templates), view)).html;
}

/**
 * The checker is a JVM: it starts in a few seconds and checks the pages here in about ten on an idle
 * machine, several times that on a busy one; building the briefs comes first. Its own allowance.
 */
const JVM_TIMEOUT_MS = 240_000;

const java = findJava();
const requiredBy = process.env.FACTSHEET_REQUIRE_JAVA;
const required = requiredBy !== undefined && requiredBy !== "" && requiredBy !== "0";

describe("valid HTML (the W3C Nu HTML Checker)", () => {
  if ("missing" in java) {
    if (required) {
      it("has Java to run the checker on", () => {
        throw new Error(
          `${java.missing}, and FACTSHEET_REQUIRE_JAVA=${requiredBy} requires it: install default-jre-headless (Debian).`,
        );
      });
    } else {
      console.warn(`Skipping the Nu HTML Checker: ${java.missing}. FACTSHEET_REQUIRE_JAVA=1 fails instead.`);
      it.skip("needs Java 11 or later on PATH (skipped: none found)", () => {});
    }
    return;
  }
  const dir = useTempDir("nu-html");

  it(
    "reports an error where there is one (the checker itself runs)",
    async () => {
      const bad = path.join(dir(), "bad.html");
      await writeFile(
        bad,
        '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><time>4 March</time></p></body></html>',
      );
      const errors = (await checkHtml(java.java, [bad])).filter((m) => m.type === "error");
      expect(errors.map((m) => describeError(m, dir()))).toEqual([
        expect.stringMatching(/^bad\.html:1:\d+: The text content of element “time” .* \(.*4 March<\/time>/),
      ]);
    },
    JVM_TIMEOUT_MS,
  );

  it(
    "finds no error in the Qatar brief, every fixture that builds, an edition with changes, and the index pages",
    async () => {
      const out = dir();
      const pages: string[] = [];
      const built: string[] = [];
      for (const file of ["data/qatar-mediation.yaml", ...(await fixtureBriefs()).map((f) => path.relative(ROOT, f))]) {
        const target = path.join(out, "briefs", file.replaceAll(/[/\\]/g, "_").replace(/\.yaml$/, ""));
        const { code } = await runCli(["build", file, "--format", "html", "--out", target]);
        if (code !== 0) continue;
        built.push(file);
        for (const name of await readdir(target)) if (name.endsWith(".html")) pages.push(path.join(target, name));
      }
      // The briefs that must build (a fixture that stops building would drop out of this test unseen).
      expect(built).toEqual(
        expect.arrayContaining([
          "data/qatar-mediation.yaml",
          "test/fixtures/harbour.yaml",
          "test/fixtures/provenance.yaml",
          "test/fixtures/quotes/quotes.yaml",
          "test/fixtures/revision/revision.yaml",
          "test/fixtures/scales/scales.yaml",
        ]),
      );
      for (const file of ["data/qatar-mediation.yaml", "test/fixtures/revision/revision.yaml"]) {
        const page = path.join(out, `changes-${path.basename(file, ".yaml")}.html`);
        await writeFile(page, await withChanges(file));
        pages.push(page);
      }
      // The index of a folder whose briefs partly fail (test/fixtures/quotes), and of the data folder.
      await runCli([
        "build",
        "--all",
        "test/fixtures/quotes",
        "--format",
        "html",
        "--out",
        path.join(out, "quotes-site"),
      ]);
      await runCli(["build", "--all", "data", "--format", "html", "--out", path.join(out, "data-site")]);
      for (const site of ["quotes-site", "data-site"]) pages.push(path.join(out, site, "index.html"));

      const messages = await checkHtml(java.java, pages);
      const errors = messages.filter((m) => m.type !== "info").map((m) => describeError(m, out));
      expect(errors).toEqual([]);
    },
    JVM_TIMEOUT_MS,
  );
});
