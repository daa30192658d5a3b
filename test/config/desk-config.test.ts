/**
 * The desk config, factsheet.config.yaml: found upward from the working folder
 * (no higher than the repository's root), read with the fact base's own YAML
 * reader and validated strictly, its problems at file:line:col. The configs
 * here are invented; the brief is a copy of the invented harbour fixture.
 */
import { cp, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { allJsonSchemas } from "../../scripts/json-schemas.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import { findConfigFile } from "../../src/config/find-config-file.js";
import { loadDeskConfig } from "../../src/config/load-desk-config.js";
import { formatDiagnostic } from "../../src/diagnostics/index.js";
import { FIXTURES, runCli, tempDirForTest } from "../helpers.js";

/** desk/ (with the config when given) holding project/ holding sub/; `.git` where asked. */
async function tree(config: string | undefined, gitIn?: "desk" | "project"): Promise<Record<string, string>> {
  const root = await tempDirForTest("desk");
  const desk = path.join(root, "desk");
  const project = path.join(desk, "project");
  const sub = path.join(project, "sub");
  await mkdir(sub, { recursive: true });
  if (config !== undefined) await writeFile(path.join(desk, "factsheet.config.yaml"), config);
  if (gitIn !== undefined) await mkdir(path.join(gitIn === "desk" ? desk : project, ".git"));
  return { root, desk, project, sub };
}

describe("finding the desk config", () => {
  it("looks in the working folder, then each folder above it", async () => {
    const dirs = await tree("rules: {}\n", "desk");
    expect(await findConfigFile(dirs.sub as string)).toBe(path.join(dirs.desk as string, "factsheet.config.yaml"));
    expect(await findConfigFile(dirs.desk as string)).toBe(path.join(dirs.desk as string, "factsheet.config.yaml"));
  });

  it("stops at the repository's root: a config above it does not apply", async () => {
    const dirs = await tree("rules: {}\n", "project");
    expect(await findConfigFile(dirs.sub as string)).toBeUndefined();
    // A worktree's or submodule's .git is a file: the root all the same.
    const file = await tree("rules: {}\n");
    await writeFile(path.join(file.project as string, ".git"), "gitdir: elsewhere\n");
    expect(await findConfigFile(file.sub as string)).toBeUndefined();
  });

  it("no file is no settings", async () => {
    const dirs = await tree(undefined, "desk");
    expect(await loadDeskConfig(dirs.sub as string)).toEqual({ file: undefined, config: {}, diagnostics: [] });
    const empty = await tree("# nothing set yet\n", "desk");
    expect((await loadDeskConfig(empty.sub as string)).diagnostics).toEqual([]);
  });
});

describe("reading the desk config", () => {
  const problems = async (config: string) => {
    const dirs = await tree(config, "desk");
    const loaded = await loadDeskConfig(dirs.desk as string);
    return loaded.diagnostics.map(formatDiagnostic);
  };

  it("reads the levels", async () => {
    const dirs = await tree(
      "rules:\n  single-source: off\n  stale-figure: { level: error, figures: warning }\n",
      "desk",
    );
    const loaded = await loadDeskConfig(dirs.project as string);
    // Outside the working folder, shown by its full path (as a brief would be).
    expect(loaded.file).toBe(path.join(dirs.desk as string, "factsheet.config.yaml"));
    expect(loaded.config).toEqual({
      rules: { "single-source": "off", "stale-figure": { level: "error", figures: "warning" } },
    });
  });

  it("refuses unknown keys and rules with did you mean, at their line and column", async () => {
    expect(await problems("rulez:\n  single-source: off\n")).toEqual([
      "factsheet.config.yaml:1:1: error: unknown field `rulez` [schema]\n  did you mean `rules`?",
    ]);
    expect(await problems("rules:\n  stale-figures: off\n")).toEqual([
      "factsheet.config.yaml:2:3: error: unknown field `stale-figures` [schema]\n  did you mean `stale-figure`?",
    ]);
    expect(await problems("rules:\n  single-source: { quote: off }\n")).toEqual([
      "factsheet.config.yaml:2:20: error: unknown field `quote` [schema]\n  did you mean `quotes`?",
    ]);
    expect(await problems("rules:\n  excerpt-verbatim: note\n")).toEqual([
      "factsheet.config.yaml:2:21: error: `excerpt-verbatim`: `excerpt-verbatim` is an error of verification: it cannot be lowered (only the provenance rules can be set) [schema]",
    ]);
    expect(await problems("rules: [single-source]\n")).toEqual([
      "factsheet.config.yaml:1:8: error: `rules` should be a mapping (key: value), not a list [schema]",
    ]);
    expect(await problems("rules:\n  single-source: off\n  single-source: note\n")).toEqual([
      "factsheet.config.yaml:3:3: error: duplicate key: this key is already set earlier in the same mapping [yaml-syntax]",
    ]);
  });

  it("fails the check with its problems, and sets nothing then", async () => {
    const dir = await tempDirForTest("desk-check");
    await mkdir(path.join(dir, ".git"));
    await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir, "harbour.yaml"));
    await writeFile(path.join(dir, "factsheet.config.yaml"), "rules:\n  single-source: of\n");
    const cli = await runCli(["check", "harbour.yaml"], { cwd: dir });
    expect(cli.code).toBe(1);
    expect(cli.err).toMatch(
      /^factsheet\.config\.yaml:2:18: error: `single-source` must be one of: error, warning, note, off \[schema\]$/m,
    );
    expect(cli.err).toMatch(/^single-source: 6 warnings$/m);
    await writeFile(path.join(dir, "factsheet.config.yaml"), "rules:\n  single-source: off\n");
    const ok = await checkBrief("harbour.yaml", dir);
    expect(ok.errors).toBe(0);
    expect(ok.diagnostics).toEqual([]);
  });

  it("has a JSON Schema that editors' YAML tooling reads, as strict as the loader", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(allJsonSchemas()["config.schema.json"] ?? "{}"));
    expect(validate(parse("rules:\n  single-source: { level: error, quotes: warning }\n  stale-accept: off\n"))).toBe(
      true,
    );
    expect(validate(parse("rules:\n  singel-source: off\n"))).toBe(false);
    expect(validate(parse("rules:\n  quote-verbatim: warning\n"))).toBe(false);
    expect(validate(parse("rules:\n  no-glyph: off\n"))).toBe(false);
    expect(validate(parse("paper: a3\n"))).toBe(false);
    expect(validate(parse("paper: letter\ndesk: Harbour desk\nout: site\n"))).toBe(true);
    expect(validate(parse("papers: a4\n"))).toBe(false);
  });
});
