/**
 * The desk config's settings (desk, paper, out, browser, templates): a flag
 * wins over the file, the file over the defaults; paths in the file are
 * relative to its folder; `factsheet config` prints each setting with where
 * it came from. The configs and desk names are invented; the brief is a copy
 * of the invented harbour fixture.
 */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { loadDeskConfig, NO_DESK_CONFIG } from "../../src/config/load-desk-config.js";
import { describeOrigin, resolveSettings } from "../../src/config/resolve-settings.js";
import { ExitCode } from "../../src/errors.js";
import { describeWithBrowser, FIXTURES, runCli, tempDirForTest } from "../helpers.js";

/** desk/ (a repository, with the config) holding project/ with the harbour brief (its desk line removed). */
async function desk(config: string): Promise<{ desk: string; project: string }> {
  const root = await tempDirForTest("settings");
  const deskDir = path.join(root, "desk");
  const project = path.join(deskDir, "project");
  await mkdir(path.join(deskDir, ".git"), { recursive: true });
  await mkdir(project);
  await writeFile(path.join(deskDir, "factsheet.config.yaml"), config);
  await cp(path.join(FIXTURES, "harbour"), path.join(project, "harbour"), { recursive: true });
  const brief = await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8");
  await writeFile(path.join(project, "harbour.yaml"), brief.replace(/^desk: .*\n/m, ""));
  return { desk: deskDir, project };
}

describe("resolving the settings", () => {
  it("a flag wins over the desk config, the config over the defaults; paths from the config's folder", async () => {
    const dirs = await desk("desk: Harbour desk\npaper: letter\nout: site\ntemplates: desk-templates\n");
    const config = await loadDeskConfig(dirs.project);
    const fromFile = resolveSettings({}, config);
    // Shown as diagnostics show a file above the working folder: by its whole path.
    expect(fromFile.paper).toEqual({
      value: "letter",
      origin: { kind: "config", file: path.join(dirs.desk, "factsheet.config.yaml"), line: 2, column: 1 },
    });
    expect(fromFile.out.value).toBe(path.join(dirs.desk, "site"));
    expect(fromFile.templates.value).toBe(path.join(dirs.desk, "desk-templates"));
    expect(fromFile.desk.value).toBe("Harbour desk");
    expect(fromFile.browser).toEqual({ value: undefined, origin: { kind: "default" } });
    const flags = resolveSettings({ paper: "a4", out: "elsewhere" }, config);
    expect(flags.paper).toEqual({ value: "a4", origin: { kind: "flag", flag: "--paper" } });
    expect(flags.out.value).toBe("elsewhere");
    const none = resolveSettings({}, NO_DESK_CONFIG);
    expect([none.paper.value, none.out.value, describeOrigin(none.out.origin)]).toEqual(["a4", "out", "default"]);
  });
});

describe("factsheet config", () => {
  it("prints each setting with where it came from: flag, file:line:col, default", async () => {
    const dirs = await desk("desk: Harbour desk\npaper: letter\nrules:\n  single-source: note\n");
    const { code, out, err } = await runCli(["config", "--out", "site"], { cwd: dirs.desk });
    expect(err).toBe("");
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe("desk config: factsheet.config.yaml");
    const row = (name: string) => lines.find((l) => l.startsWith(`  ${name} `))?.replace(/ +/g, " ");
    expect(row("paper")).toBe(" paper letter factsheet.config.yaml:2:1");
    expect(row("out")).toBe(" out site --out");
    expect(row("templates")).toBe(" templates built-in default");
    expect(row("desk")).toBe(" desk Harbour desk factsheet.config.yaml:1:1");
    expect(row("rules")).toBe(" rules single-source: note factsheet.config.yaml:4:3");
    // Found from a folder below, the same settings.
    expect((await runCli(["config"], { cwd: dirs.project })).out).toMatch(
      /^ {2}paper +letter +\S*factsheet\.config\.yaml:2:1$/m,
    );
    expect(row("browser")).toMatch(/^ browser .+ default/);
  });

  it("without a desk config, says so: every setting is a default", async () => {
    const dir = await tempDirForTest("settings");
    await mkdir(path.join(dir, ".git"));
    const { code, out } = await runCli(["config"], { cwd: dir });
    expect(code).toBe(0);
    expect(out).toMatch(/^desk config: none \(no factsheet\.config\.yaml here or above/);
    expect(out).toMatch(/^ {2}paper +a4 +default$/m);
  });

  it("a desk config with errors lists them, and exits 1", async () => {
    const dirs = await desk("paper: a3\ndesks: Harbour\n");
    const { code, out, err } = await runCli(["config"], { cwd: dirs.desk });
    expect(code).toBe(1);
    expect(err).toMatch(/^factsheet\.config\.yaml:1:8: error: `paper` must be one of: a4, letter \[schema\]$/m);
    expect(err).toMatch(
      /^factsheet\.config\.yaml:2:1: error: unknown field `desks` \[schema\]\n {2}did you mean `desk`\?$/m,
    );
    expect(out).toMatch(/it has errors: it sets nothing until they are fixed/);
  });
});

describe("the settings at work", () => {
  it("out: and desk: from the config: the output folder, the brief's desk and the index page's", async () => {
    const dirs = await desk("desk: Harbour desk\nout: site\n");
    const built = await runCli(["build", "--all", ".", "--format", "html"], { cwd: dirs.project });
    expect(built.err).toBe("");
    expect(built.code).toBe(0);
    const html = await readFile(path.join(dirs.desk, "site", "harbour.html"), "utf8");
    expect(html).toMatch(/<span class="sep" aria-hidden="true">·<\/span> Harbour desk<\/p>/);
    const index = await readFile(path.join(dirs.desk, "site", "index.html"), "utf8");
    expect(index).toContain("<title>Harbour desk: fact sheets</title>");
    // --out wins.
    expect(
      (await runCli(["build", "harbour.yaml", "--format", "html", "--out", "o"], { cwd: dirs.project })).code,
    ).toBe(0);
    expect(await readFile(path.join(dirs.project, "o", "harbour.html"), "utf8")).toContain("Harbour desk");
  });

  it("diff looks for the editions in the config's output folder", async () => {
    const dirs = await desk("out: site\n");
    const { code, out } = await runCli(["diff", "project/harbour.yaml"], { cwd: dirs.desk });
    expect(code).toBe(0);
    expect(out).toContain(`no snapshot in ${path.join(dirs.desk, "site", ".factsheet", "harbour")}`);
  });

  it("a browser the config names that is not there is said with the config's place, exit 4", async () => {
    const dirs = await desk("browser: no-such-browser\n");
    const { code, err } = await runCli(["build", "project/harbour.yaml", "--format", "pdf"], { cwd: dirs.desk });
    expect(code).toBe(ExitCode.noBrowser);
    expect(err).toMatch(/^factsheet: The browser named by browser: at factsheet\.config\.yaml:1:1 \(/);
  });
});

describeWithBrowser("paper from the desk config", () => {
  it("paper: letter gives a Letter PDF (read back: 612 × 792 points); --paper a4 wins", async () => {
    const dirs = await desk("paper: letter\n");
    const size = async (...flags: string[]) => {
      const built = await runCli(["build", "harbour.yaml", "--format", "pdf", ...flags], { cwd: dirs.project });
      expect(built.code).toBe(0);
      const data = new Uint8Array(await readFile(path.join(dirs.project, "out", "harbour.pdf")));
      const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
      const page = await doc.getPage(1);
      const [, , width, height] = page.view;
      await doc.destroy();
      return [Math.round(width ?? 0), Math.round(height ?? 0)];
    };
    expect(await size()).toEqual([612, 792]);
    // A4: 595.3 × 841.9 points, as Chromium rounds it.
    const [width, height] = await size("--paper", "a4");
    expect(Math.abs((width ?? 0) - 595)).toBeLessThanOrEqual(1);
    expect(Math.abs((height ?? 0) - 842)).toBeLessThanOrEqual(1);
  });
});
