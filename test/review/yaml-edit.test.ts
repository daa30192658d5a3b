/**
 * Byte-preserving edits of YAML: only the lines of the node acted on change.
 * The YAML here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  applyEdits,
  type Edit,
  EditError,
  type Editor,
  renderScalar,
  SectionedEditor,
  YamlEditor,
} from "../../src/review/yaml-edit.js";

const edit = (text: string, make: (editor: YamlEditor) => ReturnType<YamlEditor["removeKey"]>): string => {
  const editor = new YamlEditor(text);
  return applyEdits(text, make(editor));
};

const BRIEF = [
  "# A brief, invented",
  "title: T # the title",
  "quotes:",
  "  - id: a",
  "    text: >-",
  "      Folded words",
  "      over lines",
  "    cite: [x]",
  "  # Drafted by factsheet extract",
  "  - id: b",
  "    text: 'Single quoted'",
  "    draft:",
  "      by: quote-said-after",
  "      note: speaker unsure",
  "    cite:",
  "      - source: x",
  "        excerpt: Single quoted",
  "  - draft: true",
  "    id: c",
  "    cite: [y] # trailing",
  "figures: [{ id: f, draft: true, label: F }]",
  "",
].join("\n");

describe("removeKey", () => {
  it("removes a block draft mark, its lines only", () => {
    const out = edit(BRIEF, (e) => e.removeKey(["quotes", 1], "draft"));
    expect(out).toBe(BRIEF.replace("    draft:\n      by: quote-said-after\n      note: speaker unsure\n", ""));
  });

  it("moves the next key beside the dash when the mark opens the entry", () => {
    const out = edit(BRIEF, (e) => e.removeKey(["quotes", 2], "draft"));
    expect(out).toBe(BRIEF.replace("  - draft: true\n    id: c\n", "  - id: c\n"));
    expect(parse(out).quotes[2]).toEqual({ id: "c", cite: ["y"] });
  });

  it("removes a key from a flow mapping with its comma", () => {
    const out = edit(BRIEF, (e) => e.removeKey(["figures", 0], "draft"));
    expect(out).toBe(BRIEF.replace("{ id: f, draft: true, label: F }", "{ id: f, label: F }"));
  });
});

describe("removeEntry", () => {
  it("removes an entry's lines and keeps the comment above it", () => {
    const out = edit(BRIEF, (e) => e.removeEntry(["quotes"], 1));
    expect(out).toBe(BRIEF.replace(/ {2}- id: b\n[\s\S]*?excerpt: Single quoted\n/, ""));
    expect(out).toContain("  # Drafted by factsheet extract\n  - draft: true");
  });

  it("writes an emptied list as []", () => {
    const text = "title: T\nquotes: # the quotes\n  - id: a\n    cite: [x]\nend: e\n";
    const out = edit(text, (e) => e.removeEntry(["quotes"], 0));
    expect(out).toBe("title: T\nquotes: [] # the quotes\nend: e\n");
    expect(parse(out).quotes).toEqual([]);
  });

  it("removes an entry of a flow list", () => {
    expect(edit("a: [x, y, z]\n", (e) => e.removeEntry(["a"], 1))).toBe("a: [x, z]\n");
    expect(edit("a: [x, y, z]\n", (e) => e.removeEntry(["a"], 0))).toBe("a: [y, z]\n");
    expect(edit("a: [x]\n", (e) => e.removeEntry(["a"], 0))).toBe("a: []\n");
  });
});

describe("appendEntries", () => {
  it("appends to a block list at its indentation", () => {
    const out = edit(BRIEF, (e) =>
      e.appendEntries(["quotes", 1, "cite"], [{ value: { source: "005", excerpt: "More" } }]),
    );
    expect(out).toBe(
      BRIEF.replace(
        "        excerpt: Single quoted\n",
        '        excerpt: Single quoted\n      - source: "005"\n        excerpt: More\n',
      ),
    );
  });

  it("appends to a flow list inline", () => {
    const out = edit(BRIEF, (e) =>
      e.appendEntries(["quotes", 0, "cite"], [{ value: { source: "z", excerpt: "a: b" } }]),
    );
    expect(out).toBe(BRIEF.replace("cite: [x]", 'cite: [x, { source: z, excerpt: "a: b" }]'));
  });

  it("moves an entry's own lines, re-indented, without the edits made inside it", () => {
    const editor = new YamlEditor(BRIEF);
    const lines = editor.entryLines(["quotes"], 1, editor.removeKey(["quotes", 1], "draft"));
    expect(lines?.text).toBe(
      "- id: b\n  text: 'Single quoted'\n  cite:\n    - source: x\n      excerpt: Single quoted\n",
    );
    const text = "list:\n    - id: z\n";
    const out = applyEdits(text, new YamlEditor(text).appendEntries(["list"], [{ value: null, lines }]));
    expect(out).toBe(
      "list:\n    - id: z\n    - id: b\n      text: 'Single quoted'\n      cite:\n        - source: x\n          excerpt: Single quoted\n",
    );
  });

  it("adds a list that is not there yet at the end of its mapping", () => {
    const out = edit("title: T\n", (e) =>
      e.appendEntries(["rejected"], [{ value: { kind: "quotes", source: "005" } }]),
    );
    expect(out).toBe('title: T\nrejected:\n  - kind: quotes\n    source: "005"\n');
  });
});

describe("setValue", () => {
  it("replaces a scalar in place, a folded one too", () => {
    const out = edit(BRIEF, (e) => e.setValue(["quotes", 0, "text"], "New: words"));
    expect(out).toBe(BRIEF.replace(">-\n      Folded words\n      over lines", '"New: words"'));
    expect(edit(BRIEF, (e) => e.setValue(["title"], "U"))).toBe(BRIEF.replace("title: T #", "title: U #"));
  });

  it("adds a key after the mapping's last one, and removes one", () => {
    const out = edit(BRIEF, (e) => e.setValue(["quotes", 2, "speaker"], "reyes"));
    expect(out).toBe(BRIEF.replace("    cite: [y] # trailing\n", "    cite: [y] # trailing\n    speaker: reyes\n"));
    expect(edit(BRIEF, (e) => e.setValue(["quotes", 0, "cite"], undefined))).toBe(BRIEF.replace("    cite: [x]\n", ""));
  });

  it("replaces a citation given by id with a mapping", () => {
    const out = edit(BRIEF, (e) => e.setValue(["quotes", 0, "cite", 0], { source: "x", excerpt: "Folded" }));
    expect(out).toBe(BRIEF.replace("cite: [x]", "cite: [{ source: x, excerpt: Folded }]"));
  });

  it("writes numbers and booleans bare only where asked", () => {
    expect(renderScalar("94", true)).toBe("94");
    expect(renderScalar("005")).toBe('"005"');
    expect(renderScalar("two\nlines")).toBe('"two\\nlines"');
  });
});

describe("what it refuses", () => {
  it("refuses text that is not YAML", () => {
    expect(() => new YamlEditor("a: [\n")).toThrow(EditError);
  });
});

describe("SectionedEditor", () => {
  const text = BRIEF.replace(
    "figures: [{ id: f, draft: true, label: F }]\n",
    "figures:\n  - id: f\n    draft: true\n    label: F\nend: e # last\n",
  );
  const both = (make: (editor: Editor) => Edit[]) => [
    applyEdits(text, make(new YamlEditor(text))),
    applyEdits(text, make(SectionedEditor.of(text))),
  ];

  it("edits a section as the whole text's editor does, parsing only that section", () => {
    for (const make of [
      (e: Editor) => e.removeKey(["quotes", 1], "draft"),
      (e: Editor) => e.removeEntry(["figures"], 0),
      (e: Editor) => e.setValue(["quotes", 0, "text"], "New: words"),
      (e: Editor) => e.appendEntries(["quotes", 1, "cite"], [{ value: { source: "z" } }]),
      (e: Editor) => [...e.removeKey(["figures", 0], "draft"), ...e.setValue(["quotes", 2, "id"], "d")],
    ]) {
      const [whole, sectioned] = both(make);
      expect(sectioned).toBe(whole);
    }
    expect(SectionedEditor.of(text)).toBeInstanceOf(SectionedEditor);
    expect(SectionedEditor.of(text).pathAt(text.indexOf("Single quoted"))).toEqual(["quotes", 1, "text"]);
  });

  it("adds a list the brief lacks at its end, and parses whole a text that does not cut", () => {
    const out = applyEdits(text, SectionedEditor.of(text).appendEntries(["rejected"], [{ value: { kind: "quotes" } }]));
    expect(out).toBe(`${text}rejected:\n  - kind: quotes\n`);
    expect(SectionedEditor.of("%YAML 1.2\n---\na: 1\n")).toBeInstanceOf(YamlEditor);
  });
});
