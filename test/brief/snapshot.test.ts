/**
 * What a snapshot holds and what a comparison reports, generated from the item registry: every
 * printed field of every kind of item (and of each entry of its lists) is changed in turn in the
 * invented harbour fixture, and the report must name that item and that field. A field the schema
 * gains must be declared printed (and is then tested here) or not printed: it cannot be forgotten.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { resolveEdition } from "../../src/brief/resolve-brief.js";
import {
  type Change,
  compareSnapshots,
  type EditionSnapshot,
  parseSnapshot,
  type Snapshot,
} from "../../src/brief/snapshot.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import { EDITORIAL_FIELDS, ITEM_KINDS, type ItemKind } from "../../src/factbase/items.js";
import {
  Actor,
  type FactBase,
  Figure,
  KeyPoint,
  Observation,
  Position,
  Question,
  Quote,
  Role,
  type SourceEntry,
  TimelineEvent,
} from "../../src/factbase/schema.js";
import { diffWords } from "../../src/text/diff-words.js";
import { FIXTURES, ROOT } from "../helpers.js";

const SCHEMA: Record<ItemKind, z.ZodObject> = {
  "key point": KeyPoint,
  question: Question,
  actor: Actor,
  event: TimelineEvent,
  position: Position,
  figure: Figure,
  quote: Quote,
};
const LIST_SCHEMA: Record<string, z.ZodObject> = { roles: Role, observations: Observation };

/** Fields of the schema the brief does not print, each with the reason. */
const NOT_PRINTED: Partial<Record<ItemKind | "roles" | "observations", readonly string[]>> = {
  // An event's actors count towards each actor's appearances; the timeline does not print them.
  event: ["actors"],
  // Checked against the source, not printed with the quote.
  quote: ["date_wording"],
};
/** What no kind prints as a field of its own: the id, the citations (numbered marks), the editorial fields (draft, accept). */
const BOOKKEEPING = ["id", "cite", ...EDITORIAL_FIELDS];

let base: { fb: FactBase; catalog: ReadonlyMap<string, SourceEntry> } | undefined;
const harbour = async () => {
  if (!base) {
    const checked = await checkBrief("test/fixtures/harbour.yaml", ROOT);
    if (!checked.factBase) throw new Error("the harbour fixture does not check");
    // A second question, so that a position's question can change.
    const questions = [...(checked.factBase.questions ?? []), { id: "ownership", label: "Ownership of the channel" }];
    base = { fb: { ...checked.factBase, questions }, catalog: checked.catalog };
  }
  return { fb: structuredClone(base.fb), catalog: base.catalog };
};

const snapshotOf = (fb: FactBase, catalog: ReadonlyMap<string, SourceEntry>, previous?: Snapshot): EditionSnapshot =>
  resolveEdition(fb, catalog, { version: "t", ...(previous ? { previous } : {}) }).snapshot;

const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;

/**
 * A value the field's schema accepts that differs from the current one: another id for a
 * reference, the text with words added, another option, the other truth value, another number or date.
 */
const another = (
  schema: z.ZodType,
  current: unknown,
  ids: readonly string[],
): { value: unknown; description: string } => {
  const inner = unwrap(schema);
  const candidates: unknown[] = [
    ...ids,
    typeof current === "string" ? `${current} (changed for the test)` : "Words added for the test",
    ...(inner instanceof z.ZodEnum ? [...inner.options].reverse() : []),
    current !== true,
    typeof current === "number" ? current + 4242 : 4242,
    "2024-03-06",
    "2024-03-09",
    ["Another name"],
  ];
  for (const candidate of candidates) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success && JSON.stringify(parsed.data) !== JSON.stringify(current)) {
      return { value: parsed.data, description: JSON.stringify(candidate) };
    }
  }
  throw new Error(`no other value for a field whose value is ${JSON.stringify(current)}`);
};

type Item = Record<string, unknown>;
const listOf = (fb: FactBase, kind: ItemKind): Item[] => {
  const d = ITEM_KINDS.find((k) => k.kind === kind);
  return ((d ? fb[d.list] : undefined) ?? []) as Item[];
};

/** The ids another item could refer to instead, for a field that names one. */
const otherIds = (fb: FactBase, kind: ItemKind, field: string, item: Item): string[] => {
  const reference = ITEM_KINDS.find((d) => d.kind === kind)?.references.find((r) => r.field === field);
  if (!reference) return [];
  return listOf(fb, reference.kind)
    .map((i) => String(i.id))
    .filter((id) => id !== item[field] && id !== item.id);
};

const expectOnly = (changes: ReturnType<typeof compareSnapshots>, expected: Partial<Change>) => {
  expect(changes.added).toEqual([]);
  expect(changes.removed).toEqual([]);
  expect(changes.updated).toHaveLength(1);
  expect(changes.updated[0]).toMatchObject(expected);
  const [change] = changes.updated;
  expect(change?.before).not.toBe(change?.after);
};

describe("the snapshot, generated from the item registry", () => {
  it("knows of every field of every kind of item whether the brief prints it", () => {
    for (const d of ITEM_KINDS) {
      const lists = d.parts.flatMap((p) => (p.list === undefined ? [] : [p.list]));
      const declared = [...d.printed, ...lists, ...(NOT_PRINTED[d.kind] ?? []), ...BOOKKEEPING];
      for (const key of Object.keys(SCHEMA[d.kind].shape)) {
        expect(declared, `${d.kind}.${key}: printed or not? Say so in src/factbase/items.ts`).toContain(key);
      }
      for (const p of d.parts) {
        if (p.list === undefined) continue;
        const schema = LIST_SCHEMA[p.list];
        expect(schema, `no schema known for ${p.list}`).toBeDefined();
        for (const key of Object.keys(schema?.shape ?? {})) {
          expect(
            [...p.printed, "cite", ...EDITORIAL_FIELDS],
            `${d.kind}.${p.list}[].${key}: printed or not?`,
          ).toContain(key);
        }
      }
    }
  });

  const cases = ITEM_KINDS.flatMap((d) => [
    ...d.printed.map((field) => ({
      name: `${d.kind}: ${field}`,
      kind: d.kind,
      list: undefined as string | undefined,
      field,
    })),
    ...d.parts.flatMap((p) =>
      p.list === undefined
        ? []
        : p.printed.map((field) => ({ name: `${d.kind}: ${p.list}[]: ${field}`, kind: d.kind, list: p.list, field })),
    ),
  ]);

  it.each(cases)("reports a change to $name", async ({ kind, list, field }) => {
    const { fb, catalog } = await harbour();
    const before = snapshotOf(fb, catalog);
    // The first item of the kind (that has entries in the list, for a list's field).
    const item = listOf(fb, kind).find(
      (i) => list === undefined || ((i[list] as unknown[] | undefined)?.length ?? 0) > 0,
    );
    if (!item) throw new Error(`the fixture has no ${kind}${list ? ` with ${list}` : ""}`);
    if (list === undefined) {
      const schema = SCHEMA[kind].shape[field] as z.ZodType;
      item[field] = another(schema, item[field], otherIds(fb, kind, field, item)).value;
    } else {
      const entry = (item[list] as Item[])[0] as Item;
      const schema = LIST_SCHEMA[list]?.shape[field] as z.ZodType;
      entry[field] = another(schema, entry[field], []).value;
    }
    const changes = compareSnapshots(before, snapshotOf(fb, catalog, before));
    const id = kind === "key point" ? "1" : String(item.id);
    expectOnly(changes, { kind, id, field });
    if (list !== undefined) expect(changes.updated[0]?.part).toMatch(/ as of \d+ \w+ \d{4}$/);
  });
});

describe("comparing editions", () => {
  it("lists a key point removed as removed, one edited as edited, and one added as added", async () => {
    const { fb, catalog } = await harbour();
    const cite = fb.key_points?.[0]?.cite ?? [];
    fb.key_points = [
      { text: "The union offered to split dredging costs.", cite },
      { text: "Talks stalled over dredging fees on Monday.", cite },
      { text: "A new round of talks is planned.", cite },
    ];
    const before = snapshotOf(fb, catalog);
    fb.key_points = [
      { text: "The union offered on Thursday to split dredging costs.", cite },
      { text: "A new round of talks is planned.", cite },
      { text: "The harbour authority wants users to pay.", cite },
    ];
    const changes = compareSnapshots(before, snapshotOf(fb, catalog, before));
    expect(changes.updated).toEqual([
      {
        kind: "key point",
        id: "1",
        label: "The union offered on Thursday to split dredging costs",
        part: null,
        field: "text",
        before: "The union offered to split dredging costs.",
        after: "The union offered on Thursday to split dredging costs.",
      },
    ]);
    expect(changes.removed.map((c) => [c.kind, c.before])).toEqual([
      ["key point", "Talks stalled over dredging fees on Monday."],
    ]);
    expect(changes.added.map((c) => [c.kind, c.id, c.after])).toEqual([
      ["key point", "3", "The harbour authority wants users to pay."],
    ]);
  });

  it("keeps the editor's capitals in labels, and cuts long ones between words", async () => {
    const { fb, catalog } = await harbour();
    const before = snapshotOf(fb, catalog);
    fb.questions = (fb.questions ?? []).map((q) =>
      q.id === "fees" ? { ...q, label: "Fees for the Port Alba Channel" } : q,
    );
    const event = fb.timeline?.[0];
    if (event)
      event.text = "Talks between the harbour master and the union stall over dredging fees, and over who pays.";
    const changes = compareSnapshots(before, snapshotOf(fb, catalog, before));
    expect(changes.updated.map((c) => [c.kind, c.label])).toEqual([
      ["event", "Talks between the harbour master and the union stall over dredging…"],
      ["question", "Fees for the Port Alba Channel"],
    ]);
    const position = fb.positions?.[1];
    if (position) position.text = "Willing to pay a share.";
    const again = compareSnapshots(before, snapshotOf(fb, catalog, before));
    expect(again.updated.find((c) => c.kind === "position")?.label).toBe(
      "Shipping union on “Fees for the Port Alba Channel”",
    );
  });

  it("names a renamed actor once, not in every item that refers to it", async () => {
    const { fb, catalog } = await harbour();
    const before = snapshotOf(fb, catalog);
    const union = fb.actors?.find((a) => a.id === "union");
    if (union) union.name = "Port Alba Shipping Union";
    const changes = compareSnapshots(before, snapshotOf(fb, catalog, before));
    expect(changes.updated.map((c) => [c.kind, c.id, c.field, c.before, c.after])).toEqual([
      ["actor", "union", "name", "Shipping union", "Port Alba Shipping Union"],
    ]);
  });

  it("names the items a reference points to, as each edition printed them", async () => {
    const { fb, catalog } = await harbour();
    const before = snapshotOf(fb, catalog);
    const position = fb.positions?.find((p) => p.id === "union-fees");
    if (position) position.party = "reyes";
    const changes = compareSnapshots(before, snapshotOf(fb, catalog, before));
    expect(changes.updated.map((c) => [c.label, c.field, c.before, c.after])).toEqual([
      ["Tomas Reyes on “Dredging fees”", "party", "Shipping union", "Tomas Reyes"],
    ]);
  });

  it("lists a source added, with its number, and a source's printed fields changed", async () => {
    const { fb, catalog } = await harbour();
    const before = snapshotOf(fb, catalog);
    const extra: SourceEntry = {
      id: "c",
      file: "c.txt",
      headline: "Harbour authority restates its position",
      outlet: "Alba Radio",
      published: "2024-03-12",
    };
    const a = catalog.get("a") as SourceEntry;
    const next = new Map(catalog).set("c", extra).set("a", { ...a, headline: "Port Alba Talks Stall" });
    fb.key_points = [{ text: "The authority restates its position.", cite: ["c"] }, ...(fb.key_points ?? [])];
    const after = snapshotOf(fb, next, before);
    // Cited first, numbered last: the sources the edition before numbered keep their numbers.
    expect(after.numbers).toEqual({ b: 1, a: 2, c: 3 });
    const changes = compareSnapshots(before, after);
    expect(changes.added.find((c) => c.kind === "source")).toEqual({
      kind: "source",
      id: "c",
      label: "[3] source c",
      part: null,
      field: null,
      before: null,
      after: "Alba Radio, 12 March 2024: Harbour authority restates its position",
    });
    expect(changes.updated.filter((c) => c.kind === "source")).toEqual([
      {
        kind: "source",
        id: "a",
        label: "[2] source a",
        part: null,
        field: "headline",
        before: "Port Alba talks stall over dredging fees",
        after: "Port Alba Talks Stall",
      },
    ]);
  });

  it("retires the number of a source no longer cited: a later source never takes it", async () => {
    const { fb, catalog } = await harbour();
    const first = snapshotOf(fb, catalog);
    expect(first.numbers).toEqual({ b: 1, a: 2 });
    // Edition 2 cites b alone (every citation of a now cites b).
    const onlyB = JSON.parse(JSON.stringify(fb).replaceAll('"source":"a"', '"source":"b"').replaceAll('"a"', '"b"'));
    const second = snapshotOf(onlyB, catalog, first);
    expect(Object.keys(second.sources)).toEqual(["b"]);
    expect(second.numbers).toEqual({ b: 1, a: 2 });
    expect(compareSnapshots(first, second).removed.map((c) => c.label)).toContain("[2] source a");
    // Edition 3 cites a again: it has its old number back.
    expect(snapshotOf(fb, catalog, second).numbers).toEqual({ b: 1, a: 2 });
  });

  it("is the same snapshot, byte for byte, for the same brief", async () => {
    const { fb, catalog } = await harbour();
    expect(JSON.stringify(snapshotOf(fb, catalog))).toBe(JSON.stringify(snapshotOf(structuredClone(fb), catalog)));
  });

  it("reads back what it writes, and keeps a hostile id as plain data", async () => {
    const { fb, catalog } = await harbour();
    const snapshot = snapshotOf(fb, catalog);
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
    const text = JSON.stringify(snapshot).replace(
      '"items":{',
      '"items":{"__proto__":{"kind":"actor","fields":{"name":"Proto"},"lists":{}},',
    );
    const read = parseSnapshot(text);
    expect(read && Object.hasOwn(read.items, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
    // Compared with an edition that lacks it, the item is removed, by its own name.
    const changes = compareSnapshots(read as Snapshot, snapshot);
    expect(changes.removed.map((c) => [c.id, c.label])).toEqual([["__proto__", "Proto"]]);
    expect(parseSnapshot('{"format":"factsheet-snapshot-2","title":1}')).toBeUndefined();
    expect(parseSnapshot("not json")).toBeUndefined();
  });
});

describe("a snapshot of the first format (factsheet-snapshot-1)", () => {
  const legacy = async () =>
    parseSnapshot(await readFile(path.join(FIXTURES, "snapshots", "harbour-v1.json"), "utf8")) as Snapshot;

  it("compares with the same brief without a change it never held", async () => {
    const { fb, catalog } = await harbour();
    const before = await legacy();
    expect(before.format).toBe("factsheet-snapshot-1");
    const changes = compareSnapshots(before, snapshotOf(fb, catalog, before));
    expect(changes).toEqual({ since: "2024-03-08", commit: null, added: [], removed: [], updated: [] });
  });

  it("reports what it held: an item's line, and the title", async () => {
    const { fb, catalog } = await harbour();
    const before = await legacy();
    fb.title = "The Port Alba Dredging Dispute";
    const position = fb.positions?.find((p) => p.id === "union-fees");
    if (position) {
      position.text = "Ready to pay half, not all.";
      position.short = "Half, not all"; // not held by the first format: not reported
    }
    fb.key_points = []; // not held either
    const changes = compareSnapshots(before, snapshotOf(fb, catalog, before));
    expect(changes.updated.map((c) => [c.kind, c.id, c.before, c.after])).toEqual([
      ["brief", "title", "The Port Alba dredging dispute", "The Port Alba Dredging Dispute"],
      [
        "position",
        "union-fees",
        "Willing: Ready to pay a share, not all. (8 March 2024)",
        "Willing: Ready to pay half, not all. (8 March 2024)",
      ],
    ]);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
  });
});

describe("diffWords", () => {
  it("marks the words that changed, and only those", () => {
    const { before, after } = diffWords("more than 1,400 people killed", "about 1,200 people killed");
    expect(before).toEqual([
      { text: "more than 1,400", changed: true },
      { text: " people killed", changed: false },
    ]);
    expect(after).toEqual([
      { text: "about 1,200", changed: true },
      { text: " people killed", changed: false },
    ]);
  });

  it("keeps every character of both texts", () => {
    const a = "Hamas's office in Doha — “no matter how difficult”, he said.";
    const b = "Hamas’s political office in Doha: “no matter how hard”, he said!";
    const { before, after } = diffWords(a, b);
    expect(before.map((s) => s.text).join("")).toBe(a);
    expect(after.map((s) => s.text).join("")).toBe(b);
  });
});
