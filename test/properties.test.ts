/**
 * Properties over generated inputs (fast-check): no `<` that came from data
 * ever reaches the HTML unescaped; the CLI ends with its own diagnostics or
 * success, never anything else, whatever the file holds; no input touches
 * Object.prototype; and a brief read piece by piece (as watch reads it) is
 * read exactly as when read whole, whatever was edited.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveBrief } from "../src/brief/resolve-brief.js";
import { type ParsedYaml, parseYaml, YamlParseCache } from "../src/factbase/parse-yaml.js";
import type { FactBase, SourceEntry } from "../src/factbase/schema.js";
import { FactBase as FactBaseSchema } from "../src/factbase/schema.js";
import { validateSchema } from "../src/factbase/validate-schema.js";
import { loadTemplates, type TemplateSet } from "../src/render/load-templates.js";
import { createRenderer } from "../src/render/render-html.js";
import { FIXTURES, runCli, useTempDir } from "./helpers.js";

const MARK = "<x-evil";
/** Text with a marker tag somewhere in it, among arbitrary characters. */
const hostile = fc
  .tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }))
  .map(([a, b]) => `${a}${MARK} onload="x">${b}</x-evil>`);

const catalog = new Map<string, SourceEntry>([
  ["s", { id: "s", file: "s.txt", headline: "H", outlet: "O", published: "2024-01-01" }],
]);

let templates: TemplateSet;
const dir = useTempDir("properties");
beforeAll(async () => {
  templates = await loadTemplates();
});

describe("properties", () => {
  it("never lets a `<` from the fact base into the HTML unescaped", async () => {
    const renderer = await createRenderer(templates);
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (title, summary, name, text) => {
        const fb: FactBase = {
          title,
          as_of: "2024-01-01",
          summary,
          key_points: [{ text, cite: [{ source: "s", excerpt: text }] }],
          questions: [{ id: "q", label: text }],
          actors: [{ id: "a", name, kind: "person", aliases: [text], description: text, cite: ["s"] }],
          timeline: [{ id: "e", date: "2024-01-01", text, date_wording: text, actors: ["a"], cite: ["s"] }],
          positions: [{ id: "p", party: "a", question: "q", stance: "states", text, as_of: "2024-01-01", cite: ["s"] }],
          figures: [
            {
              id: "f",
              label: text,
              counts: text,
              unit: text,
              observations: [{ value: 1, wording: text, as_of: "2024-01-01", according_to: text, cite: ["s"] }],
            },
          ],
          quotes: [{ id: "qq", speaker: "a", text, date: "2024-01-01", context: text, cite: ["s"] }],
        };
        const html = renderer.html(resolveBrief(fb, catalog, { version: "t" }));
        expect(html).not.toContain(MARK);
      }),
      { numRuns: 60 },
    );
  });

  it("ends every check with our own diagnostics or success, whatever the file holds", async () => {
    const yamlish = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .array(
          fc.tuple(
            fc.constantFrom("title", "as_of", "summary", "actors", "quotes", "__proto__", "sources", "timeline", "x"),
            fc.oneof(
              fc.string({ maxLength: 20 }),
              fc.constantFrom("[", "{", "- a", "*x", "&a b", "!!binary x", "~", "2024-13-45"),
            ),
          ),
          { maxLength: 8 },
        )
        .map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join("\n")),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        n += 1;
        const file = path.join(dir(), `p${n}.yaml`);
        await writeFile(file, text);
        const { code, err } = await runCli(["check", file], { cwd: dir() });
        expect([0, 1]).toContain(code);
        expect(err).not.toContain("internal error");
        for (const line of err.split("\n").filter((l) => l !== "" && !l.startsWith("  "))) {
          expect(line).toMatch(/^[^:]+(:\d+:\d+)?: (error|warning|note): .+ \[[a-z-]+\]$/);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("leaves Object.prototype untouched, whatever keys a document has", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "polluted", "hasOwnProperty"), {
          maxLength: 6,
        }),
        async (keys) => {
          const text = `${keys.map((k, i) => `${"  ".repeat(i)}${k}:`).join("\n")} yes\n`;
          const parsed = await parseYaml("p.yaml", text);
          validateSchema(FactBaseSchema, parsed);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** Everything a later stage can ask of a parse: the data, the problems, the strings, and every place. */
const everything = (parsed: ParsedYaml) => {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, at: (string | number)[]) => {
    paths.push(at, [...at, "missing"], [...at, 99]);
    if (value !== null && typeof value === "object")
      for (const [k, v] of Object.entries(value)) walk(v, [...at, Array.isArray(value) ? Number(k) : k]);
  };
  walk(parsed.value, []);
  return {
    value: parsed.value,
    diagnostics: parsed.diagnostics,
    strings: parsed.strings,
    places: paths.map((p) => [parsed.locate(p), parsed.locateKey(p)]),
  };
};

describe("reading a brief piece by piece", () => {
  it("reads every edit of a brief exactly as reading it whole", async () => {
    const original = await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8");
    // One cache for all runs, as in watch: pieces read for one edit are reused by the next.
    const cache = new YamlParseCache();
    const edit = fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat({ max: 3 }),
        fc.constantFrom(
          ":",
          "-",
          "#",
          "'",
          '"',
          "[",
          "{",
          "&a ",
          "*a",
          "!!int ",
          "|",
          "? ",
          " ",
          "\n",
          "\n  - id: x\n",
          "\nkey: v\n",
          "\t",
          "---\n",
          "~",
          "é",
        ),
      ),
      { minLength: 1, maxLength: 3 },
    );
    await fc.assert(
      fc.asyncProperty(edit, async (edits) => {
        let text = original;
        for (const [at, cut, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        const whole = await parseYaml("b.yaml", text);
        const pieces = await parseYaml("b.yaml", text, cache);
        expect(everything(pieces)).toEqual(everything(whole));
      }),
      { numRuns: 300 },
    );
  });
});
