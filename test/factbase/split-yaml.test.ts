import { describe, expect, it } from "vitest";
import { splitYaml } from "../../src/factbase/split-yaml.js";

const pieces = (text: string) =>
  splitYaml(text)?.map((s) => ({
    key: s.key,
    text: text.slice(s.start, s.items?.[0]?.[0] ?? s.end),
    items: s.items?.map(([a, b]) => text.slice(a, b)),
  }));

describe("splitYaml", () => {
  it("cuts at each top-level key, and a top-level list at each item", () => {
    const text =
      "# a brief\ntitle: T\nactors:\n  # people first\n  - id: a\n    name: A\n\n  - id: b\nsummary: >\n  folded\n";
    expect(pieces(text)).toEqual([
      { key: "title", text: "# a brief\ntitle: T\n", items: undefined },
      { key: "actors", text: "actors:\n  # people first\n", items: ["  - id: a\n    name: A\n\n", "  - id: b\n"] },
      { key: "summary", text: "summary: >\n  folded\n", items: undefined },
    ]);
  });

  it("cuts a list written at the key's own indentation", () => {
    expect(pieces("actors:\n- id: a\n- id: b\n")).toEqual([
      { key: "actors", text: "actors:\n", items: ["- id: a\n", "- id: b\n"] },
    ]);
  });

  it("leaves a list on the key's line, a mapping and nested lists whole", () => {
    expect(pieces("a: [x, y]\nb:\n  c:\n    - 1\n    - 2\n")).toEqual([
      { key: "a", text: "a: [x, y]\n", items: undefined },
      { key: "b", text: "b:\n  c:\n    - 1\n    - 2\n", items: undefined },
    ]);
  });

  it("does not cut texts with directives, document markers, or a root that is not a block mapping", () => {
    expect(splitYaml("%YAML 1.2\n---\na: 1\n")).toBeUndefined();
    expect(splitYaml("a: 1\n---\nb: 2\n")).toBeUndefined();
    expect(splitYaml("- a\n- b\n")).toBeUndefined();
    expect(splitYaml("{a: 1}\n")).toBeUndefined();
    expect(splitYaml('"quoted key": 1\n')).toBeUndefined();
    expect(splitYaml("# only a comment\n")).toBeUndefined();
  });
});
