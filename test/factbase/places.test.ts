/**
 * Diagnostics stay on their item whatever stands before it: a draft copy of
 * the first item at the head of every list of the Qatar brief moves no
 * diagnostic onto another item. The drafted copies are made here, in a temp
 * folder; data/ is not changed.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isMap, isSeq, parseDocument, type YAMLMap } from "yaml";
import { type CheckedBrief, checkBrief } from "../../src/commands/check-brief.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { ITEM_KINDS, items, Places } from "../../src/factbase/items.js";
import { ROOT, useTempDir } from "../helpers.js";

const DRAFTABLE = ITEM_KINDS.filter((kind) => kind.draftable).map((kind) => kind.list);

/** The brief with a draft copy of each list's first item (id suffixed `-draft-copy`) at the head of the list. */
const withDraftsAtHead = (text: string): string => {
  const doc = parseDocument(text);
  for (const list of DRAFTABLE) {
    const seq = doc.get(list, true);
    if (!isSeq(seq) || seq.items.length === 0) throw new Error(`the Qatar brief has no ${list} to copy`);
    const copy = (seq.items[0] as YAMLMap).clone() as YAMLMap;
    copy.set("id", `${String(copy.get("id"))}-draft-copy`);
    copy.set("draft", true);
    seq.items.unshift(copy);
  }
  return doc.toString({ lineWidth: 0 });
};

/** The lines each item of the brief spans, by `list:id` (read with the yaml package, apart from our own reader). */
const itemLines = (text: string): { key: string; from: number; to: number }[] => {
  const doc = parseDocument(text);
  const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
  const out: { key: string; from: number; to: number }[] = [];
  for (const { list } of ITEM_KINDS) {
    const seq = doc.get(list, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, i) => {
      if (!isMap(item) || !item.range) return;
      const id = item.get("id");
      out.push({
        key: `${list}:${typeof id === "string" ? id : `#${i}`}`,
        from: lineOf(item.range[0]),
        to: lineOf(item.range[1] - 1),
      });
    });
  }
  return out;
};

/** Each diagnostic of the brief as "rule | message | the item its line falls in". */
const placed = (checked: CheckedBrief, text: string): string[] => {
  const spans = itemLines(text);
  const itemAt = (d: Diagnostic) => spans.find((s) => s.from <= d.line && d.line <= s.to)?.key ?? "(no item)";
  return checked.diagnostics
    .filter((d) => d.file.endsWith(".yaml") && !d.file.endsWith("sources.yaml"))
    .map((d) => `${d.rule} | ${d.message} | ${itemAt(d)}`);
};

describe("diagnostics stay on their item", () => {
  const tempDir = useTempDir("places");
  let plain: { checked: CheckedBrief; text: string };
  let drafted: { checked: CheckedBrief; text: string };

  beforeAll(async () => {
    const dir = tempDir();
    await cp(path.join(ROOT, "data"), path.join(dir, "data"), { recursive: true });
    const file = path.join(dir, "data", "qatar-mediation.yaml");
    const text = await readFile(file, "utf8");
    plain = { checked: await checkBrief(file, dir), text };
    const draftedText = withDraftsAtHead(text);
    const draftedFile = path.join(dir, "data", "drafted.yaml");
    await writeFile(draftedFile, draftedText);
    drafted = { checked: await checkBrief(draftedFile, dir), text: draftedText };
  }, 60_000);

  it("has a draft at the head of every list that takes drafts, and leaves them out", () => {
    expect(drafted.checked.errors).toBe(0);
    const factBase = drafted.checked.loaded.factBase;
    const heads = DRAFTABLE.map((list) => (factBase?.[list] ?? [])[0]);
    expect(heads.every((item) => item !== undefined && "draft" in item && item.draft === true)).toBe(true);
    expect(drafted.checked.diagnostics.filter((d) => d.rule === "drafts")).toHaveLength(1);
  });

  it("puts every diagnostic on the same item with the drafts as without them", () => {
    const before = placed(plain.checked, plain.text);
    const after = placed(drafted.checked, drafted.text).filter((line) => !line.startsWith("drafts |"));
    // Warnings and notes on items: single-source (not on quotes), stale-figure, unmentioned-actor, sources-differ ...
    expect(before.filter((line) => !line.endsWith("(no item)")).length).toBeGreaterThan(70);
    expect(after.sort()).toEqual(before.sort());
  });

  it("points every diagnostic that names an item into that item", () => {
    const spans = itemLines(drafted.text);
    const named = drafted.checked.diagnostics.flatMap((d) => {
      const id = /^(?:key point \d+|\w+ `([a-z0-9-]+)`)/.exec(d.message)?.[1];
      return id === undefined ? [] : [{ d, id }];
    });
    expect(named.length).toBeGreaterThan(70);
    for (const { d, id } of named) {
      const span = spans.find((s) => s.key.endsWith(`:${id}`));
      expect(span, `${d.rule}: ${d.message}`).toBeDefined();
      expect(d.line, `${d.rule} at line ${d.line}: ${d.message}`).toBeGreaterThanOrEqual(span?.from ?? 0);
      expect(d.line, `${d.rule} at line ${d.line}: ${d.message}`).toBeLessThanOrEqual(span?.to ?? 0);
    }
  });
});

describe("Places", () => {
  it("keeps each item's place when the lists are filtered", () => {
    // An invented fact base.
    const fb = {
      title: "T",
      as_of: "2024-01-01",
      summary: "S",
      quotes: [
        { id: "a", text: "x", date: "2024", cite: ["s"], draft: true },
        { id: "b", text: "y", date: "2024", cite: ["s"] },
      ],
      figures: [
        {
          id: "f",
          label: "L",
          counts: "C",
          unit: "u",
          observations: [
            { value: 1, as_of: "2024", cite: ["s"] },
            { value: 2, as_of: "2024", cite: ["s"] },
          ],
        },
      ],
    };
    const places = Places.of(fb);
    const kept = { ...fb, quotes: fb.quotes.filter((q) => q.draft !== true) };
    expect([...items(kept, places)].map((s) => s.path)).toEqual([
      ["figures", 0],
      ["quotes", 1],
    ]);
    expect(places.path(fb.figures[0]?.observations[1] ?? {}, "value")).toEqual([
      "figures",
      0,
      "observations",
      1,
      "value",
    ]);
    expect(() => places.path({ id: "elsewhere" })).toThrow(/no place/);
  });
});

describe("the item registry", () => {
  it("describes every list that holds items, in document order, once", async () => {
    const { ITEM_LISTS } = await import("../../src/factbase/item-lists.js");
    expect(ITEM_KINDS.map((kind) => kind.list)).toEqual([...ITEM_LISTS]);
  });
});
