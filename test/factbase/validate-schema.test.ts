/**
 * The "unknown field" hint names the fields the schema allows where the
 * unknown one stands: at the top, in list items, in citations written as
 * mappings, in roles, in observations, and in the catalogue's entries.
 * The brief and the catalogue here are invented.
 */

import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import * as z from "zod";
import { parseYaml } from "../../src/factbase/parse-yaml.js";
import { FactBase, SourceCatalog } from "../../src/factbase/schema.js";
import { validateSchema } from "../../src/factbase/validate-schema.js";

const CITATION = ["source", "excerpt", "note", "draft"];

/** Each unknown field, where it stands (by its name), and the fields the hint must list there. */
const EXPECTED: Record<string, string[]> = {
  zzzzzzzz_top: [
    "title",
    "desk",
    "as_of",
    "edition",
    "lang",
    "summary",
    "key_points",
    "sources",
    "templates",
    "questions",
    "actors",
    "timeline",
    "positions",
    "figures",
    "quotes",
    "matrix",
    "checks",
    "rejected",
    "drafted",
  ],
  zzzzzzzz_key_point: ["text", "cite", "accept"],
  zzzzzzzz_key_point_citation: CITATION,
  zzzzzzzz_question: ["id", "label", "draft", "accept"],
  zzzzzzzz_actor: ["id", "name", "kind", "aliases", "affiliation", "description", "roles", "cite", "draft", "accept"],
  zzzzzzzz_actor_citation: CITATION,
  zzzzzzzz_role: ["title", "as_of", "cite", "draft"],
  zzzzzzzz_role_citation: CITATION,
  zzzzzzzz_event: ["id", "date", "date_wording", "status", "text", "actors", "cite", "draft", "accept"],
  zzzzzzzz_position: ["id", "party", "question", "stance", "text", "short", "as_of", "cite", "draft", "accept"],
  zzzzzzzz_figure: ["id", "label", "counts", "unit", "key", "historical", "observations", "draft", "accept"],
  zzzzzzzz_observation: ["value", "qualifier", "wording", "as_of", "counts_as_of", "according_to", "cite", "draft"],
  zzzzzzzz_observation_citation: CITATION,
  zzzzzzzz_quote: [
    "id",
    "speaker",
    "text",
    "paraphrase",
    "date",
    "date_wording",
    "context",
    "variant_of",
    "cite",
    "draft",
    "accept",
  ],
  zzzzzzzz_matrix: ["parties", "questions"],
  zzzzzzzz_checks: ["stale_after_days", "disagreement_window_days", "rules"],
};

const EXPECTED_CATALOGUE: Record<string, string[]> = {
  zzzzzzzz_catalogue: ["sources"],
  zzzzzzzz_entry: [
    "id",
    "file",
    "headline",
    "outlet",
    "kind",
    "language",
    "translated",
    "url",
    "published",
    "inferred",
    "not_citable",
  ],
  zzzzzzzz_inferred: ["published", "outlet"],
  zzzzzzzz_not_citable: ["text", "reason"],
};

const cite = (unknown: string) => [{ source: "s", excerpt: "words", [unknown]: "x" }];

/** A brief with an unknown field in every kind of mapping it has. */
const BRIEF = {
  title: "T",
  as_of: "2024-05-06",
  summary: "S",
  zzzzzzzz_top: "x",
  key_points: [{ text: "K", cite: cite("zzzzzzzz_key_point_citation"), zzzzzzzz_key_point: "x" }],
  questions: [{ id: "q", label: "Q", zzzzzzzz_question: "x" }],
  actors: [
    {
      id: "a",
      name: "A",
      kind: "person",
      roles: [{ title: "Envoy", as_of: "2024", cite: cite("zzzzzzzz_role_citation"), zzzzzzzz_role: "x" }],
      cite: cite("zzzzzzzz_actor_citation"),
      zzzzzzzz_actor: "x",
    },
  ],
  timeline: [{ id: "e", date: "2024-05-02", text: "E", cite: ["s"], zzzzzzzz_event: "x" }],
  positions: [
    {
      id: "p",
      party: "a",
      question: "q",
      stance: "states",
      text: "P",
      as_of: "2024",
      cite: ["s"],
      zzzzzzzz_position: "x",
    },
  ],
  figures: [
    {
      id: "f",
      label: "F",
      counts: "C",
      unit: "u",
      observations: [
        { value: "1", as_of: "2024", cite: cite("zzzzzzzz_observation_citation"), zzzzzzzz_observation: "x" },
      ],
      zzzzzzzz_figure: "x",
    },
  ],
  quotes: [{ id: "qu", text: "Q", date: "2024", cite: ["s"], zzzzzzzz_quote: "x" }],
  matrix: { parties: ["a"], zzzzzzzz_matrix: "x" },
  checks: { stale_after_days: "3", zzzzzzzz_checks: "x" },
};

const CATALOGUE = {
  zzzzzzzz_catalogue: "x",
  sources: [
    {
      id: "s",
      file: "s.txt",
      headline: "H",
      outlet: "O",
      published: "2024-05-06",
      inferred: { outlet: "O", zzzzzzzz_inferred: "x" },
      not_citable: ["line", { text: "T", zzzzzzzz_not_citable: "x" }],
      zzzzzzzz_entry: "x",
    },
  ],
};

/** Each unknown field's hint, by the field's name. */
const hints = async (data: unknown, schema: typeof FactBase | typeof SourceCatalog) => {
  const checked = validateSchema(schema, await parseYaml("t.yaml", stringify(data)));
  return Object.fromEntries(
    checked.diagnostics.map((d) => [/^unknown field `(.*)`$/.exec(d.message)?.[1] ?? d.message, d.hint]),
  );
};

const expectedHints = (expected: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(expected).map(([key, known]) => [key, `expected one of: ${known.join(", ")}`]));

describe("validateSchema: unknown fields", () => {
  it("lists the fields allowed wherever an unknown one stands in a brief", async () => {
    expect(await hints(BRIEF, FactBase)).toEqual(expectedHints(EXPECTED));
  });

  it("lists the fields allowed wherever an unknown one stands in a catalogue", async () => {
    expect(await hints(CATALOGUE, SourceCatalog)).toEqual(expectedHints(EXPECTED_CATALOGUE));
  });

  it("suggests the nearest allowed field when there is one, at the field", async () => {
    const text = [
      "title: T",
      "as_of: 2024-05-06",
      "summary: S",
      "actors:",
      "  - id: a",
      "    nmae: A",
      "    kind: person",
      "    cite:",
      "      - source: s",
      "        excerp: w",
      "",
    ].join("\n");
    const checked = validateSchema(FactBase, await parseYaml("t.yaml", text));
    expect(checked.diagnostics.map((d) => `${d.line}:${d.column} ${d.message} (${d.hint})`)).toEqual([
      "5:5 missing `name` (undefined)",
      "10:9 unknown field `excerp` (did you mean `excerpt`?)",
      "6:5 unknown field `nmae` (did you mean `name`?)",
    ]);
  });

  it("looks through transforms, defaults and empty values the schema allows", async () => {
    const inner = z.strictObject({ wanted: z.string() });
    const schema = z.strictObject({
      piped: inner.transform((v) => v),
      defaulted: inner.default({ wanted: "x" }),
      nullable: inner.nullable(),
      listed: z.array(z.union([z.string(), inner])).optional(),
    });
    const text =
      "piped: {wanted: x, zzzzzzzz: 1}\ndefaulted: {wanted: x, zzzzzzzz: 1}\nnullable: {wanted: x, zzzzzzzz: 1}\nlisted: [a, {wanted: x, zzzzzzzz: 1}]\n";
    const checked = validateSchema(schema, await parseYaml("t.yaml", text));
    expect(checked.diagnostics.map((d) => `${d.line}:${d.column} ${d.hint}`)).toEqual([
      "1:20 expected one of: wanted",
      "2:24 expected one of: wanted",
      "3:23 expected one of: wanted",
      "4:25 expected one of: wanted",
    ]);
  });
});
