/**
 * Draft parts: a role, a figure's value or a citation that `extract --into` added to a reviewed
 * item waits for review like a draft item. Left out of the brief (and out of check's findings on
 * what prints) unless built with --include-drafts, counted in check's note, marked "Draft" when
 * printed. The brief is the invented harbour fixture; source c and the parts below are invented too.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../../src/errors.js";
import { countDrafts, draftReferences, withoutDrafts } from "../../src/factbase/drafts.js";
import { citations, items, Places, parts } from "../../src/factbase/items.js";
import { FactBase } from "../../src/factbase/schema.js";
import { FIXTURES, runCli, useTempDir } from "../helpers.js";

const tmp = useTempDir("draft-parts");

// Invented: a third article on the harbour dispute.
const ARTICLE_C = `Port Alba fees row deepens
Port Alba chief executive Ines Carvalho said on Saturday the channel would close without a deal.
"We cannot keep the channel open for free," Carvalho said. "Someone has to pay for the dredgers."
The union says more than 1,800 dock workers could lose shifts.
`;

const CATALOGUE_C = `  - id: c
    file: c.txt
    headline: Port Alba fees row deepens
    outlet: Harbour Weekly
    published: 2024-03-09
`;

/** Each draft part added to the harbour brief, after the line it follows. */
const PARTS: readonly [after: string, lines: string][] = [
  [
    "            excerpt: Harbour master Ines Carvalho\n",
    `      - title: Chief executive
        as_of: 2024-03-09
        cite:
          - source: c
            excerpt: Port Alba chief executive Ines Carvalho
        draft: { by: actor-new-role }
`,
  ],
  [
    "        according_to: the union\n        cite: [b]\n",
    `      - value: 1800
        qualifier: more_than
        wording: more than 1,800 dock workers
        as_of: 2024-03-09
        cite:
          - source: c
            excerpt: The union says more than 1,800 dock workers could lose shifts.
        draft: { by: figure-new-value }
`,
  ],
];

/** The harbour brief with source c and three draft parts: a role, a value and a citation of a quote. */
const briefWithDraftParts = async (name: string): Promise<string> => {
  const dir = path.join(tmp(), name);
  await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
  await writeFile(path.join(dir, "harbour", "sources", "c.txt"), ARTICLE_C);
  const catalogue = path.join(dir, "harbour", "sources", "sources.yaml");
  await writeFile(catalogue, (await readFile(catalogue, "utf8")) + CATALOGUE_C);
  let brief = await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8");
  for (const [after, lines] of PARTS) {
    const at = brief.indexOf(after);
    if (at < 0) throw new Error(`the fixture has no line ${after}`);
    brief = brief.slice(0, at + after.length) + lines + brief.slice(at + after.length);
  }
  // The repeated quote's draft citation, written into the flow list as extract writes it.
  brief = brief.replace(
    "    context: Speaking to the Alba Gazette\n    cite: [a]\n",
    '    context: Speaking to the Alba Gazette\n    cite: [a, {source: c, excerpt: "We cannot keep the channel open for free,\\" Carvalho said. \\"Someone has to pay for the dredgers.", draft: {by: quote-repeated}}]\n',
  );
  await writeFile(path.join(dir, "harbour.yaml"), brief);
  return dir;
};

describe("draft parts of reviewed items", () => {
  const fb = (): FactBase =>
    FactBase.parse({
      title: "T",
      as_of: "2024-03-09",
      summary: "S",
      actors: [
        {
          id: "carvalho",
          name: "Ines Carvalho",
          kind: "person",
          roles: [
            { title: "Chief executive", as_of: "2024-03-09", cite: [{ source: "c", excerpt: "x" }], draft: true },
            { title: "Harbour master", as_of: "2024-03-05", cite: [{ source: "a", excerpt: "y" }] },
          ],
          cite: ["a", { source: "c", excerpt: "Ines Carvallo", draft: { by: "actor-new-spelling" } }],
        },
      ],
      figures: [
        {
          id: "workers",
          label: "Workers",
          counts: "workers",
          unit: "workers",
          observations: [{ value: 5, as_of: "2024-03-09", cite: ["c"], draft: true }],
        },
      ],
      quotes: [{ id: "q", speaker: "carvalho", text: "z", date: "2024-03-09", cite: ["a"] }],
    });

  it("are counted, left out with what has nothing reviewed left, and keep the places of what stays", () => {
    const full = fb();
    const places = Places.of(full);
    expect(countDrafts(full)).toBe(3);
    const kept = withoutDrafts(full, places);
    const actor = kept.actors?.[0];
    expect(actor?.roles?.map((r) => r.title)).toEqual(["Harbour master"]);
    expect(actor?.cite).toEqual(["a"]);
    // A figure whose only value is a draft waits with it.
    expect(kept.figures).toEqual([]);
    expect(countDrafts(kept)).toBe(0);
    // The reviewed role stands where it stood (second in its list), in the document and in the visitor.
    const [site] = items(kept, places);
    if (site === undefined || actor === undefined) throw new Error("the actor is kept");
    expect(places.path(actor)).toEqual(["actors", 0]);
    expect(parts(site).map((p) => p.path)).toEqual([
      ["actors", 0],
      ["actors", 0, "roles", 1],
    ]);
    expect(citations(kept, places).map((c) => c.path)).toEqual([
      ["actors", 0, "cite", 0],
      ["actors", 0, "roles", 1, "cite", 0],
      ["quotes", 0, "cite", 0],
    ]);
  });

  it("make a reviewed item that names an item left with nothing reviewed an error", () => {
    const full = fb();
    const leaning = FactBase.parse({
      ...full,
      quotes: [{ id: "q", speaker: "carvalho", text: "z", date: "2024-03-09", cite: ["a"] }],
      actors: [{ ...full.actors?.[0], cite: [{ source: "c", excerpt: "Ines Carvallo", draft: true }] }],
    });
    expect(draftReferences(leaning, Places.of(leaning)).map((r) => r.message)).toEqual([
      "speaker `carvalho` is a draft: review it (delete its `draft: true`) or build with --include-drafts",
    ]);
  });
});

describe("a brief with draft parts", () => {
  it("passes check, which counts them among the drafts left out", async () => {
    const dir = await briefWithDraftParts("check");
    const withDrafts = await runCli(["check", "--include-drafts", "harbour.yaml"], { cwd: dir });
    expect(withDrafts.err).not.toContain("error:");
    expect(withDrafts.code).toBe(ExitCode.ok);
    const without = await runCli(["check", "harbour.yaml"], { cwd: dir });
    expect(without.code).toBe(ExitCode.ok);
    // The note stands on the first draft: the role added to Carvalho.
    expect(without.err).toMatch(/harbour\.yaml:29:9: 3 draft items are left out of the brief/);
  });

  it("prints them only with --include-drafts, each marked Draft", async () => {
    const dir = await briefWithDraftParts("build");
    const plain = await runCli(["build", "harbour.yaml", "--format", "html", "--out", "out"], { cwd: dir });
    expect(plain.code).toBe(ExitCode.ok);
    const html = await readFile(path.join(dir, "out", "harbour.html"), "utf8");
    expect(html).not.toContain("Chief executive");
    expect(html).not.toContain("1,800");
    expect(html).not.toContain("fees row deepens");
    expect(html).not.toContain('class="mark mark-draft"');
    const drafts = await runCli(["build", "harbour.yaml", "--format", "html", "--out", "out", "--include-drafts"], {
      cwd: dir,
    });
    expect(drafts.code).toBe(ExitCode.ok);
    const shown = await readFile(path.join(dir, "out", "harbour.html"), "utf8");
    expect(shown).toMatch(
      /Chief executive <span class="as-of">\([^)]*\)<\/span><sup[^\n]*\n <span class="mark mark-draft">Draft<\/span><\/li>/,
    );
    expect(shown).toMatch(/more than 1,800 workers<sup[^\n]*\n <span class="mark mark-draft">Draft<\/span><\/td>/);
    // The quote's citation of source c is marked; its citation of source a is not.
    const quote = shown.slice(shown.indexOf('id="quote-carvalho-free"'));
    expect(quote.slice(0, quote.indexOf("</figure>"))).toMatch(
      /<a href="#source-\d+-excerpt-\d+"[^>]*>\d+<\/a> <span class="mark mark-draft">Draft<\/span><span class="cite-sep">,<\/span><a href="#source-\d+"[^>]*>\d+<\/a><\/sup>/,
    );
    expect(shown).toMatch(/Working copy: includes 3 unreviewed draft items/);
  });
});
