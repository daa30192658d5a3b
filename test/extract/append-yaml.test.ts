/** Appending drafts to a brief's lists without changing a byte the editor wrote. */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { AppendError, appendToLists } from "../../src/extract/append-yaml.js";

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
