/**
 * The real brief: it must check clean against its five articles, and editors'
 * YAML tooling (which reads YAML 1.2 and the generated JSON Schema) must agree.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { allJsonSchemas } from "../../scripts/json-schemas.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import { formatDiagnostic } from "../../src/diagnostics/index.js";
import { ROOT, runCli } from "../helpers.js";

describe("data/qatar-mediation.yaml", () => {
  it("checks clean: every quote, excerpt, figure and date verified against the articles", async () => {
    const checked = await checkBrief("data/qatar-mediation.yaml", ROOT);
    expect(checked.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
    const fb = checked.factBase;
    expect(fb?.actors?.length).toBeGreaterThan(20);
    expect(fb?.quotes?.length).toBeGreaterThan(10);
  });

  it("cites every one of the five sources", async () => {
    const checked = await checkBrief("data/qatar-mediation.yaml", ROOT);
    expect(checked.catalog.size).toBe(5);
    const cited = JSON.stringify(checked.factBase);
    for (const id of checked.catalog.keys()) expect(cited).toContain(`"source":"${id}"`);
  });

  it("checks in at most 25 lines by default, with every rule's count in the summary", async () => {
    const { code, out, err } = await runCli(["check", "data/qatar-mediation.yaml"]);
    expect(code).toBe(0);
    const lines = `${err}${out}`.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(25);
    // Each rule once, with its count; the summary counts them all.
    const verbose = await runCli(["check", "--verbose", "data/qatar-mediation.yaml"]);
    const counts = new Map<string, number>();
    for (const [, rule] of verbose.err.matchAll(/^\S+:\d+:\d+: (?:warning|note): .* \[([a-z-]+)\]$/gm)) {
      counts.set(rule as string, (counts.get(rule as string) ?? 0) + 1);
    }
    expect(counts.size).toBeGreaterThan(2);
    expect(verbose.out).toBe(out);
    for (const [rule, n] of counts) {
      expect(err).toMatch(new RegExp(`^${rule}: ${n} (warning|note)s?\\b`, "m"));
      expect(out).toContain(`${n} ${rule}`);
    }
    expect(verbose.err.split("\n").length).toBeGreaterThan(80);
  });

  it("keeps the source texts exactly as the articles were delivered", async () => {
    const checked = await checkBrief("data/qatar-mediation.yaml", ROOT);
    for (const entry of checked.catalog.values()) {
      const ours = await readFile(path.join(ROOT, "data", "sources", entry.file));
      const shared = path.join(ROOT, "..", "shared", "articles", entry.file);
      const theirs = await readFile(shared).catch(() => undefined);
      if (theirs) expect(ours.equals(theirs)).toBe(true);
    }
  });
});

describe("the JSON Schemas in schema/", () => {
  it("are up to date with the zod schema (run `npm run schema` after changing it)", async () => {
    for (const [name, text] of Object.entries(allJsonSchemas())) {
      expect(await readFile(path.join(ROOT, "schema", name), "utf8")).toBe(text);
    }
  });

  it("accept the real brief and catalogue as a YAML editor reads them", async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const schemas = allJsonSchemas();
    for (const [file, schema] of [
      ["data/qatar-mediation.yaml", "factbase.schema.json"],
      ["data/sources/sources.yaml", "sources.schema.json"],
    ] as const) {
      const validate = ajv.compile(JSON.parse(schemas[schema] ?? "{}"));
      const data = parse(await readFile(path.join(ROOT, file), "utf8"));
      validate(data);
      expect(validate.errors ?? []).toEqual([]);
    }
  });
});
