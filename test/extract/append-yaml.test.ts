/** Appending drafts to a brief's lists without changing a byte the editor wrote. */
import { describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { AppendError, addToItems, addToYaml, appendToLists } from "../../src/extract/append-yaml.js";

const item = { id: "new", text: "A new item", draft: true };

describe("appendToLists", () => {
  it("appends at the end of a block list, at its indentation, and keeps comments and folding", () => {
    const text = [
      "# The brief",
      "summary: >-",
      "  Folded text that",
      "  spans lines.",
      "quotes:",
      "    - id: old # kept",
      "      text: Old",
      "# trailing comment",
      "title: T",
      "",
    ].join("\n");
    const out = appendToLists(text, { quotes: [item] }, " drafted");
    expect(out).toBe(
      [
        "# The brief",
        "summary: >-",
        "  Folded text that",
        "  spans lines.",
        "quotes:",
        "    - id: old # kept",
        "      text: Old",
        "    # drafted",
        "    - id: new",
        "      text: A new item",
        "      draft: true",
        "# trailing comment",
        "title: T",
        "",
      ].join("\n"),
    );
  });

  it("fills an empty list, written as nothing or as []", () => {
    for (const empty of ["quotes:", "quotes: []", "quotes: [ ]"]) {
      const out = appendToLists(`title: T\n${empty}\nsummary: S\n`, { quotes: [item] });
      expect(parse(out)).toEqual({ title: "T", quotes: [item], summary: "S" });
    }
  });

  it("works from the document as extract reads it (failsafe), where an empty value is an empty string", () => {
    for (const empty of ["quotes:", "quotes: []"]) {
      const text = `title: T\n${empty}\nsummary: S\n`;
      const read = parseDocument(text, { schema: "failsafe" });
      expect(addToYaml(text, { lists: [{ key: "quotes", items: [item] }] }, read)).toBe(
        appendToLists(text, { quotes: [item] }),
      );
    }
  });

  it("adds a missing list at the end, before a document-end marker", () => {
    const out = appendToLists("title: T\n...\n", { quotes: [item] });
    expect(out).toBe("title: T\nquotes:\n  - id: new\n    text: A new item\n    draft: true\n...\n");
    expect(parse(out)).toEqual({ title: "T", quotes: [item] });
  });

  it("starts a catalogue from nothing", () => {
    expect(parse(appendToLists("", { sources: [{ id: "a" }] }))).toEqual({ sources: [{ id: "a" }] });
  });

  it("refuses what it cannot append to without rewriting it", () => {
    expect(() => appendToLists("quotes: [a, b]\n", { quotes: [item] })).toThrow(AppendError);
    expect(() => appendToLists("- a\n- b\n", { quotes: [item] })).toThrow(AppendError);
    expect(() => appendToLists("title: [\n", { quotes: [item] })).toThrow(AppendError);
  });
});

describe("addToItems", () => {
  // Invented brief fragments.
  const brief = [
    "actors:",
    "  - id: carvalho # the harbour master",
    "    name: Ines Carvalho",
    "    roles:",
    "      - title: Harbour master",
    "        cite: [a]",
    "    cite: [a, b] # both name her",
    "  - id: reyes",
    "    name: Tomas Reyes",
    "    cite:",
    "      - source: b",
    "        excerpt: Tomas Reyes",
    "    # reviewed",
    "quotes:",
    "  - id: q",
    "    text: >-",
    "      We cannot",
    "      pay",
    "    cite: []",
    "",
  ].join("\n");
  const citation = { source: "c", excerpt: 'He said: "no", twice', draft: { by: "quote-repeated" } };

  it("adds to a block list, an inline list, an empty one, and starts a list an item lacks, changing nothing else", () => {
    const out = addToItems(brief, [
      { path: ["actors", 0], key: "cite", entries: [{ source: "c", excerpt: "Ines Carvallo", draft: true }] },
      { path: ["actors", 0], key: "roles", entries: [{ title: "Chief", cite: ["c"], draft: true }] },
      { path: ["actors", 1], key: "cite", entries: [citation] },
      { path: ["actors", 1], key: "roles", entries: [{ title: "Leader", cite: ["c"] }] },
      { path: ["quotes", 0], key: "cite", entries: [citation] },
    ]);
    expect(out).toBe(
      [
        "actors:",
        "  - id: carvalho # the harbour master",
        "    name: Ines Carvalho",
        "    roles:",
        "      - title: Harbour master",
        "        cite: [a]",
        "      - title: Chief",
        "        cite:",
        "          - c",
        "        draft: true",
        "    cite: [a, b, { source: c, excerpt: Ines Carvallo, draft: true }] # both name her",
        "  - id: reyes",
        "    name: Tomas Reyes",
        "    cite:",
        "      - source: b",
        "        excerpt: Tomas Reyes",
        "      - source: c",
        "        excerpt: 'He said: \"no\", twice'",
        "        draft:",
        "          by: quote-repeated",
        "    roles:",
        "      - title: Leader",
        "        cite:",
        "          - c",
        "    # reviewed",
        "quotes:",
        "  - id: q",
        "    text: >-",
        "      We cannot",
        "      pay",
        "    cite: [{ source: c, excerpt: 'He said: \"no\", twice', draft: { by: quote-repeated } }]",
        "",
      ].join("\n"),
    );
    const data = parse(out);
    expect(data.actors[1].cite[1]).toEqual(citation);
    expect(data.quotes[0].cite).toEqual([citation]);
    expect(data.quotes[0].text).toBe("We cannot pay");
  });

  it("fills a list written as nothing, and refuses an item written inline", () => {
    const out = addToItems("figures:\n  - id: f\n    observations:\n    unit: x\n", [
      { path: ["figures", 0], key: "observations", entries: [{ value: 1 }] },
    ]);
    expect(parse(out)).toEqual({ figures: [{ id: "f", observations: [{ value: 1 }], unit: "x" }] });
    expect(() =>
      addToItems("quotes:\n  - { id: q, cite: [a] }\n", [{ path: ["quotes", 0], key: "cite", entries: ["b"] }]),
    ).toThrow(AppendError);
  });
});
