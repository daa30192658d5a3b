/**
 * What an edition printed, as a small comparable record, and what changed
 * between two of them. A snapshot holds the title, the summary, the key
 * points, every printed field of every item (the fields the item registry
 * lists as `printed`, written as the brief prints them) and the sources list
 * with each source's citation number. Snapshots are kept next to the output
 * (one per edition date): the next edition says "What changed since the
 * edition of <date>", and keeps every source's number.
 *
 * Snapshots of the first format (`factsheet-snapshot-1`, one summary line per
 * item) are still read: compared with them, an edition reports what they
 * held, and nothing about what they never held.
 */
import * as z from "zod";
import { findForbiddenCharacter } from "../factbase/decode-text.js";
import { compareDates, formatDate } from "../factbase/fuzzy-date.js";
import {
  type CitingPart,
  describeKind,
  field,
  type ItemKind,
  type ItemSite,
  items,
  list,
  type Reference,
} from "../factbase/items.js";
import { MAX_FILE_BYTES } from "../factbase/load-fact-base.js";
import { Day, type FactBase, Qualifier, type SourceEntry } from "../factbase/schema.js";
import { alignLists, wordOverlap } from "../text/diff-words.js";
import { formatFigure, formatNumber, QUALIFIER_LABEL } from "../text/format.js";
import { shorten as shortenAtWord } from "../text/shorten.js";
import { type Numbering, nameSource } from "./citation-numbers.js";
import { STANCE_LABEL } from "./labels.js";

/** The kinds of item a snapshot records by id (key points have none: they are a list of their own). */
export type RecordedKind = Exclude<ItemKind, "key point">;

/** Printed fields, by name, as the brief prints them. */
export type Fields = Readonly<Record<string, string>>;

/** One item of an edition. */
export interface ItemRecord {
  readonly kind: RecordedKind;
  /** The item's printed fields that have a value. */
  readonly fields: Fields;
  /** The entries of each of its lists (roles, observations), in the order the brief prints them. */
  readonly lists: Readonly<Record<string, readonly Fields[]>>;
}

export const SNAPSHOT_FORMAT = "factsheet-snapshot-2";

/** What an edition printed (the current format). */
export interface EditionSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly title: string;
  readonly as_of: string;
  readonly desk?: string;
  readonly summary: string;
  readonly key_points: readonly string[];
  /** By item id (one namespace for the whole brief). */
  readonly items: Readonly<Record<string, ItemRecord>>;
  /** The sources list: each cited source's printed fields, by source id, in number order. */
  readonly sources: Readonly<Record<string, Fields>>;
  /** Every citation number handed out so far, by source id: those of sources no longer cited stay retired. */
  readonly numbers: Readonly<Record<string, number>>;
  /** The git commit this edition was read from, when it was not a snapshot file (never written). */
  readonly commit?: string;
}

/** A snapshot of the first format: one summary line per item of five kinds. */
export interface LegacySnapshot {
  readonly format: "factsheet-snapshot-1";
  readonly title: string;
  readonly as_of: string;
  readonly items: Readonly<
    Record<string, { readonly kind: LegacyKind; readonly label: string; readonly value: string }>
  >;
  readonly commit?: string;
}

type LegacyKind = "actor" | "event" | "position" | "figure" | "quote";
const LEGACY_KINDS: readonly string[] = ["actor", "event", "position", "figure", "quote"];

/** A snapshot as read: of either format. */
export type Snapshot = EditionSnapshot | LegacySnapshot;

/** What a change is about: an item, the brief's own fields (title, summary), or a source. */
export type ChangeKind = ItemKind | "brief" | "source";

export interface Change {
  readonly kind: ChangeKind;
  /** The item's id, the source's id, the brief's field, or a key point's position ("2"). */
  readonly id: string;
  /** What the change is about, for a reader, in the editor's own words: "Hamas on “Ceasefire terms”". */
  readonly label: string;
  /** The entry of one of the item's lists the change is in ("value as of 7 January 2025"); null for the item. */
  readonly part: string | null;
  /** The printed field that changed, as the fact base names it ("short", "according_to"); null for a whole item or entry. */
  readonly field: string | null;
  /** What the edition compared with printed; null when it was added. */
  readonly before: string | null;
  /** What this edition prints; null when it was removed. */
  readonly after: string | null;
}

export interface Changes {
  /** The edition compared against: its as_of date. */
  readonly since: string;
  /** The git commit it was read from, when it was not a snapshot file. */
  readonly commit: string | null;
  /** Items (and key points, sources) this edition adds. */
  readonly added: readonly Change[];
  /** Items (and key points, sources) it no longer has. */
  readonly removed: readonly Change[];
  /** Printed fields that changed, and entries of an item's lists added or removed. */
  readonly updated: readonly Change[];
}

// Writing a snapshot ------------------------------------------------------------------------------

/** Sets a key as plain data: an id such as `__proto__` is a key like any other. */
const define = <T>(target: Record<string, T>, key: string, value: T): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** Fields whose printed words differ from the value in the fact base. */
const PRINTED_AS: Readonly<Record<string, (value: unknown) => string | undefined>> = {
  stance: (v) => STANCE_LABEL[v as keyof typeof STANCE_LABEL] ?? String(v),
  // "exactly" prints nothing before the number.
  qualifier: (v) => QUALIFIER_LABEL[v as keyof typeof QUALIFIER_LABEL] || undefined,
  // What happened is printed without a status.
  status: (v) => (v === "happened" ? undefined : String(v)),
  // Only a count of past events is marked as one.
  historical: (v) => (v === true ? "yes" : undefined),
};

/** A field's value as the brief prints it; undefined when it prints nothing. References stay ids. */
const printValue = (
  name: string,
  value: unknown,
  dates: readonly (string | undefined)[],
  references: readonly Reference[],
): string | undefined => {
  if (value === undefined || value === null) return undefined;
  const special = PRINTED_AS[name];
  if (special) return special(value);
  if (typeof value === "string") return dates.includes(name) ? formatDate(value) : value;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    return value.map(String).join(references.some((r) => r.field === name) ? ", " : "; ");
  }
  return String(value);
};

const fieldsOf = (
  node: object,
  printed: readonly string[],
  dates: readonly (string | undefined)[],
  references: readonly Reference[],
): Fields => {
  const fields: Record<string, string> = {};
  for (const name of printed) {
    const value = printValue(name, field(node, name), dates, references);
    if (value !== undefined) define(fields, name, value);
  }
  return fields;
};

/** An item's record: its printed fields, and its lists' entries in the order the brief prints them. */
const recordOf = (site: ItemSite): ItemRecord => {
  const d = site.description;
  const ownDates = d.parts.filter((p) => p.list === undefined).map((p) => p.date);
  const lists: Record<string, Fields[]> = {};
  for (const p of d.parts) {
    if (p.list === undefined) continue;
    const entries = list(field(site.item, p.list)).filter((e): e is object => e !== null && typeof e === "object");
    const dateOf = (e: object): string | undefined =>
      p.date === undefined ? undefined : (field(e, p.date) as string | undefined);
    // The brief prints roles and observations oldest first (a stable sort: same-day entries keep their order).
    const sorted = [...entries].sort((x, y) => {
      const a = dateOf(x);
      const b = dateOf(y);
      return a === undefined || b === undefined ? 0 : compareDates(a, b);
    });
    // An empty list is left out (the snapshot stays small): it compares as an absent one.
    if (sorted.length === 0) continue;
    define(
      lists,
      p.list,
      sorted.map((e) => fieldsOf(e, p.printed, [p.date], [])),
    );
  }
  return {
    kind: d.kind as RecordedKind,
    fields: fieldsOf(site.item, d.printed, ownDates, d.references),
    lists,
  };
};

/** The fields the sources list prints of each source. */
const sourceFields = (entry: SourceEntry): Fields => {
  const fields: Record<string, string> = {};
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined) define(fields, name, value);
  };
  set("headline", entry.headline);
  set("outlet", entry.outlet);
  set("inferred.outlet", entry.inferred?.outlet);
  set("kind", entry.kind);
  set("translated", entry.translated === true ? "yes" : undefined);
  set("published", formatDate(entry.published));
  set("inferred.published", entry.inferred?.published);
  set("url", entry.url);
  return fields;
};

/** What an edition prints, with its sources numbered as `numbering` says (see `CitationNumbers`). */
export const takeSnapshot = (
  fb: FactBase,
  catalog: ReadonlyMap<string, SourceEntry>,
  numbering: Numbering,
): EditionSnapshot => {
  const records: Record<string, ItemRecord> = {};
  for (const site of items(fb)) {
    if (site.id === undefined) continue;
    define(records, site.id, recordOf(site));
  }
  const sources: Record<string, Fields> = {};
  for (const id of numbering.cited) {
    const entry = catalog.get(id);
    if (entry) define(sources, id, sourceFields(entry));
  }
  const numbers: Record<string, number> = {};
  for (const [id, n] of [...numbering.numbers].sort((a, b) => a[1] - b[1])) define(numbers, id, n);
  return {
    format: SNAPSHOT_FORMAT,
    title: fb.title,
    as_of: fb.as_of,
    ...(fb.desk === undefined ? {} : { desk: fb.desk }),
    summary: fb.summary,
    key_points: (fb.key_points ?? []).map((k) => k.text),
    items: records,
    sources,
    numbers,
  };
};

// Naming and describing what a snapshot holds ------------------------------------------------------

/** A label: cut between words (never inside a word or a number); a sentence's last point is left out. */
export const shorten = (text: string, max: number): string =>
  text.length <= max ? text.replace(/(?<!\.)\.$/, "") : shortenAtWord(text, max);

const get = (fields: Fields, name: string): string => own(fields, name) ?? "";

/** An id named as the snapshot's edition printed it: an actor's name, a question's label, a quote's label. */
type Names = (id: string) => string;

const namesIn = (snapshot: EditionSnapshot): Names => {
  // A label names other items (a quote its speaker): two steps at most, whatever a snapshot file holds.
  const name = (id: string, depth: number): string => {
    const record = own(snapshot.items, id);
    if (!record || depth > 2) return id;
    if (record.kind === "actor") return get(record.fields, "name") || id;
    if (record.kind === "question") return get(record.fields, "label") || id;
    return LABEL[record.kind](record, (other) => name(other, depth + 1));
  };
  return (id) => name(id, 0);
};

/** What a reader knows an item by. */
const LABEL: { readonly [K in RecordedKind]: (r: ItemRecord, names: Names) => string } = {
  question: (r) => get(r.fields, "label"),
  actor: (r) => get(r.fields, "name"),
  event: (r) => shorten(get(r.fields, "text"), 70),
  position: (r, names) => `${names(get(r.fields, "party"))} on “${names(get(r.fields, "question"))}”`,
  figure: (r) => get(r.fields, "label"),
  quote: (r, names) => {
    const speaker = own(r.fields, "speaker");
    return `${speaker === undefined ? "Unattributed" : names(speaker)}: “${shorten(get(r.fields, "text"), 50)}”`;
  },
};

/**
 * A recorded value as the brief prints it, with its qualifier, scale and unit ("up to 1.4 million
 * workers", text/format.ts). A snapshot keeps the value in digits ("1,400,000"), so that editions
 * compare alike whatever the printing; `qualifier` says which qualifier's words it keeps.
 */
const figureText = (value: string, qualifierWords: string | undefined, unit: string): string => {
  const n = Number(value.replaceAll(",", ""));
  const qualifier = QUALIFIERS.find((q) => QUALIFIER_LABEL[q] === (qualifierWords ?? ""));
  if (value === "" || !Number.isFinite(n) || qualifier === undefined)
    return [qualifierWords, value, unit].filter((w) => w !== undefined && w !== "").join(" ");
  return formatFigure(n, qualifier, unit).text;
};
const QUALIFIERS = Qualifier.options;

const observationText = (o: Fields, unit: string): string => figureText(get(o, "value"), own(o, "qualifier"), unit);

/** An item in one line, as the first format summed it up (so that the two compare). */
const DESCRIBE: { readonly [K in RecordedKind]: (r: ItemRecord) => string } = {
  question: (r) => get(r.fields, "label"),
  actor: (r) => [get(r.fields, "name"), ...(own(r.lists, "roles") ?? []).map((e) => get(e, "title"))].join("; "),
  event: (r) => {
    const status = own(r.fields, "status");
    return `${get(r.fields, "date")}${status === undefined ? "" : ` (${status})`}: ${get(r.fields, "text")}`;
  },
  position: (r) => `${get(r.fields, "stance")}: ${get(r.fields, "text")} (${get(r.fields, "as_of")})`,
  figure: (r) => {
    const latest = (own(r.lists, "observations") ?? []).at(-1);
    return latest ? `${observationText(latest, get(r.fields, "unit"))} (${get(latest, "as_of")})` : "";
  },
  quote: (r) => get(r.fields, "text"),
};

/**
 * The line the first format wrote for an item, to compare with one it recorded: a figure's value
 * in digits, as it printed then ("more than 4,500,000 workers"); other kinds as DESCRIBE says them.
 */
const legacyLine = (r: ItemRecord): string => {
  const latest = (own(r.lists, "observations") ?? []).at(-1);
  if (r.kind !== "figure" || latest === undefined) return DESCRIBE[r.kind](r);
  const qualifier = own(latest, "qualifier");
  return `${qualifier === undefined ? "" : `${qualifier} `}${get(latest, "value")} ${get(r.fields, "unit")} (${get(latest, "as_of")})`;
};

/** What one entry of a list is called in a report ("value as of 7 January 2025"). */
const ENTRY_NAME: Readonly<Record<string, string>> = { roles: "role", observations: "value" };

const entryName = (p: CitingPart, entry: Fields): string => {
  const what = ENTRY_NAME[p.list ?? ""] ?? p.what;
  const date = p.date === undefined ? undefined : own(entry, p.date);
  return date === undefined ? what : `${what} as of ${date}`;
};

/** An entry in one line. */
const entryText = (p: CitingPart, entry: Fields, record: ItemRecord): string => {
  if (p.list === "observations") {
    const wording = own(entry, "wording");
    const by = own(entry, "according_to");
    return `${observationText(entry, get(record.fields, "unit"))}${wording === undefined ? "" : ` (“${wording}”)`}${by === undefined ? "" : `, according to ${by}`}`;
  }
  return p.printed
    .filter((name) => name !== p.date)
    .map((name) => own(entry, name))
    .filter((v) => v !== undefined)
    .join("; ");
};

const sourceLine = (fields: Fields): string =>
  `${get(fields, "outlet")}, ${get(fields, "published")}: ${get(fields, "headline")}`;

// Comparing two snapshots -------------------------------------------------------------------------

const ORDER: readonly ChangeKind[] = [
  "brief",
  "key point",
  "figure",
  "position",
  "event",
  "quote",
  "actor",
  "question",
  "source",
];
const byKind = (a: Change, b: Change) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind);

const change = (
  kind: ChangeKind,
  id: string,
  label: string,
  before: string | null,
  after: string | null,
  where: { part?: string; field?: string } = {},
): Change => ({ kind, id, label, part: where.part ?? null, field: where.field ?? null, before, after });

/** Printed fields of two versions of one item (or entry) compared, one change per field that differs. */
const compareFields = (
  then: Fields,
  now: Fields,
  order: readonly string[],
  show: (name: string, value: string | undefined, side: "before" | "after") => string | null,
  report: (name: string, before: string | null, after: string | null) => void,
): void => {
  const names = [...new Set([...order, ...Object.keys(now), ...Object.keys(then)])];
  for (const name of names) {
    const b = own(then, name);
    const a = own(now, name);
    if (b !== a) report(name, show(name, b, "before"), show(name, a, "after"));
  }
};

/** One item present in both editions: its fields, and its lists entry by entry. */
const compareItem = (
  id: string,
  then: ItemRecord,
  now: ItemRecord,
  label: string,
  names: { readonly before: Names; readonly after: Names },
  out: Change[],
): void => {
  const d = describeKind(now.kind);
  const references = new Set(d.references.map((r) => r.field));
  const show = (name: string, value: string | undefined, side: "before" | "after"): string | null => {
    if (value === undefined) return null;
    if (!references.has(name)) return value;
    return value
      .split(", ")
      .map((ref) => names[side](ref))
      .join(", ");
  };
  compareFields(then.fields, now.fields, d.printed, show, (name, before, after) =>
    out.push(change(now.kind, id, label, before, after, { field: name })),
  );
  for (const p of d.parts) {
    if (p.list === undefined) continue;
    const a = own(then.lists, p.list) ?? [];
    const b = own(now.lists, p.list) ?? [];
    const key = (e: Fields) => (p.date === undefined ? JSON.stringify(e) : get(e, p.date));
    for (const [i, j] of alignLists(a, b, (x, y) => key(x) === key(y))) {
      const was = i === undefined ? undefined : a[i];
      const is = j === undefined ? undefined : b[j];
      if (was && is) {
        compareFields(
          was,
          is,
          p.printed,
          // A value says its scale and unit ("4.5 million workers"); its qualifier is a field of its own.
          (name, v, side) =>
            v === undefined
              ? null
              : p.list === "observations" && name === "value"
                ? figureText(v, "", get((side === "before" ? then : now).fields, "unit"))
                : v,
          (name, before, after) =>
            out.push(change(now.kind, id, label, before, after, { part: entryName(p, is), field: name })),
        );
      } else if (is) {
        out.push(change(now.kind, id, label, null, entryText(p, is, now), { part: entryName(p, is) }));
      } else if (was) {
        out.push(change(now.kind, id, label, entryText(p, was, then), null, { part: entryName(p, was) }));
      }
    }
  }
};

/** The brief's own fields, the key points, the items and the sources list: what changed since `before`. */
export const compareSnapshots = (before: Snapshot, after: EditionSnapshot): Changes => {
  const added: Change[] = [];
  const removed: Change[] = [];
  const updated: Change[] = [];
  const legacy = before.format === "factsheet-snapshot-1";
  const namesAfter = namesIn(after);

  // The brief's own fields.
  const brief: [string, string, string | undefined, string | undefined][] = [
    ["title", "Title", before.title, after.title],
  ];
  if (!legacy) {
    brief.push(["desk", "Desk", before.desk, after.desk], ["summary", "Summary", before.summary, after.summary]);
  }
  for (const [id, label, b, a] of brief) {
    if (b !== a) updated.push(change("brief", id, label, b ?? null, a ?? null));
  }

  // Key points: lined up by text, so that one removed is removed and one edited (at least half of
  // its words kept) is edited; one rewritten is one removed and another added.
  if (!legacy) {
    const edited = (x: string, y: string) => wordOverlap(x, y) >= 0.5;
    for (const [i, j] of alignLists(before.key_points, after.key_points, (x, y) => x === y, edited)) {
      const b = i === undefined ? undefined : before.key_points[i];
      const a = j === undefined ? undefined : after.key_points[j];
      if (a !== undefined && b !== undefined) {
        if (a !== b) updated.push(change("key point", String((j ?? 0) + 1), shorten(a, 70), b, a, { field: "text" }));
      } else if (a !== undefined) added.push(change("key point", String((j ?? 0) + 1), shorten(a, 70), null, a));
      else if (b !== undefined) removed.push(change("key point", String((i ?? 0) + 1), shorten(b, 70), b, null));
    }
  }

  // Items.
  const namesBefore = legacy ? (id: string) => own(before.items, id)?.label ?? id : namesIn(before);
  for (const [id, now] of Object.entries(after.items)) {
    const label = LABEL[now.kind](now, namesAfter);
    if (legacy) {
      // The first format held five kinds of item, each as one line: compare that line.
      if (!LEGACY_KINDS.includes(now.kind)) continue;
      const then = own(before.items, id);
      const line = DESCRIBE[now.kind](now);
      if (!then || then.kind !== now.kind) added.push(change(now.kind, id, label, null, line));
      else if (then.value !== legacyLine(now)) updated.push(change(now.kind, id, label, then.value, line));
      continue;
    }
    const then = own(before.items, id);
    if (!then || then.kind !== now.kind) added.push(change(now.kind, id, label, null, DESCRIBE[now.kind](now)));
    else compareItem(id, then, now, label, { before: namesBefore, after: namesAfter }, updated);
  }
  if (legacy) {
    for (const [id, then] of Object.entries(before.items)) {
      if (own(after.items, id)?.kind !== then.kind) removed.push(change(then.kind, id, then.label, then.value, null));
    }
  } else {
    for (const [id, then] of Object.entries(before.items)) {
      if (own(after.items, id)?.kind === then.kind) continue;
      removed.push(change(then.kind, id, LABEL[then.kind](then, namesBefore), DESCRIBE[then.kind](then), null));
    }
  }

  // The sources list.
  if (!legacy) {
    const nameIn = (s: EditionSnapshot, id: string) => nameSource(own(s.numbers, id), id);
    for (const [id, now] of Object.entries(after.sources)) {
      const then = own(before.sources, id);
      const label = nameIn(after, id);
      if (!then) added.push(change("source", id, label, null, sourceLine(now)));
      else
        compareFields(
          then,
          now,
          [],
          (_, v) => v ?? null,
          (name, b, a) => updated.push(change("source", id, label, b, a, { field: name })),
        );
    }
    for (const [id, then] of Object.entries(before.sources)) {
      if (!Object.hasOwn(after.sources, id))
        removed.push(change("source", id, nameIn(before, id), sourceLine(then), null));
    }
  }

  return {
    since: before.as_of,
    commit: before.commit ?? null,
    added: added.sort(byKind),
    removed: removed.sort(byKind),
    updated: updated.sort(byKind),
  };
};

export const hasChanges = (changes: Changes): boolean =>
  changes.added.length + changes.removed.length + changes.updated.length > 0;

/** The ids of the items added and updated, for the marks the brief puts on them. */
export const changedItems = (changes: Changes): ReadonlyMap<string, "new" | "updated"> => {
  const marks = new Map<string, "new" | "updated">();
  const isItem = (c: Change) => c.kind !== "brief" && c.kind !== "key point" && c.kind !== "source";
  for (const c of changes.added) if (isItem(c)) marks.set(c.id, "new");
  for (const c of changes.updated) if (isItem(c) && !marks.has(c.id)) marks.set(c.id, "updated");
  return marks;
};

// Reading a snapshot ------------------------------------------------------------------------------

/**
 * The most a snapshot file may hold: a brief and its catalogue at their own limits, as JSON. A
 * larger file is refused by its size, never read whole.
 */
export const MAX_SNAPSHOT_BYTES = 2 * MAX_FILE_BYTES;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const FieldsSchema = z.record(z.string(), z.string());

const ItemRecordSchema = z.object({
  kind: z.enum(["question", "actor", "event", "position", "figure", "quote"]),
  fields: FieldsSchema,
  lists: z.record(z.string(), z.array(FieldsSchema)),
});

const EditionSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  title: z.string(),
  as_of: Day,
  desk: z.string().optional(),
  summary: z.string(),
  key_points: z.array(z.string()),
  items: z.record(z.string(), ItemRecordSchema),
  sources: z.record(z.string(), FieldsSchema),
  numbers: z.record(z.string(), z.number().int().positive().max(Number.MAX_SAFE_INTEGER)),
});

const LegacySchema = z.object({
  format: z.literal("factsheet-snapshot-1"),
  title: z.string(),
  as_of: Day,
  items: z.record(
    z.string(),
    z.object({ kind: z.enum(["actor", "event", "position", "figure", "quote"]), label: z.string(), value: z.string() }),
  ),
});

/** Where in a snapshot a value stands, as a reader names it: `items.port-chief.fields.name`. */
const showPath = (keys: readonly PropertyKey[]): string =>
  keys.length === 0
    ? "the snapshot"
    : keys
        .map((k, i) =>
          typeof k === "number"
            ? `[${k}]`
            : /^[A-Za-z0-9_-]+$/.test(String(k))
              ? `${i === 0 ? "" : "."}${String(k)}`
              : `[${JSON.stringify(String(k))}]`,
        )
        .join("");

/** The first string (key or value) holding a character a brief may not print, and where it is. */
const findForbidden = (value: unknown, keys: PropertyKey[] = []): string | undefined => {
  if (typeof value === "string") {
    const found = findForbiddenCharacter(value);
    return found && `${showPath(keys)}: ${found.message}`;
  }
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const inKey = findForbiddenCharacter(key);
    if (inKey) return `${showPath(keys)}: a key holds a ${inKey.message}`;
    const found = findForbidden(inner, [...keys, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
};

/** A snapshot read, or why it cannot be: one sentence an editor can act on. */
export type SnapshotRead =
  | { readonly ok: true; readonly snapshot: Snapshot }
  | { readonly ok: false; readonly message: string };

const refused = (message: string): SnapshotRead => ({ ok: false, message });

/**
 * Reads a snapshot written by factsheet (either format) and checks it as a fact base is checked:
 * its shape (every field of its format, `as_of` a calendar date), its characters (no bidirectional
 * control, no control character: a snapshot's words reach the changes panel and the terminal).
 * The values kept are the file's own (a key such as `__proto__` stays plain data).
 */
export const readSnapshot = (text: string): SnapshotRead => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refused("not a snapshot written by factsheet: not JSON");
  }
  if (!isPlainObject(value)) return refused("not a snapshot written by factsheet: not a JSON object");
  const format = value.format;
  const schema =
    format === SNAPSHOT_FORMAT ? EditionSchema : format === "factsheet-snapshot-1" ? LegacySchema : undefined;
  if (!schema) {
    return refused(
      `not a snapshot written by factsheet: its format is ${typeof format === "string" ? JSON.stringify(format.slice(0, 40)) : "not given"}, not ${SNAPSHOT_FORMAT}`,
    );
  }
  const forbidden = findForbidden(value);
  if (forbidden) return refused(forbidden);
  const checked = schema.safeParse(value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return refused(issue ? `${showPath(issue.path)}: ${issue.message}` : "not a snapshot written by factsheet");
  }
  if (format === "factsheet-snapshot-1") {
    return {
      ok: true,
      snapshot: {
        format: "factsheet-snapshot-1",
        title: value.title as string,
        as_of: value.as_of as string,
        items: value.items as LegacySnapshot["items"],
      },
    };
  }
  const desk = value.desk as string | undefined;
  return {
    ok: true,
    snapshot: {
      format: SNAPSHOT_FORMAT,
      title: value.title as string,
      as_of: value.as_of as string,
      ...(desk === undefined ? {} : { desk }),
      summary: value.summary as string,
      key_points: value.key_points as string[],
      items: value.items as EditionSnapshot["items"],
      sources: value.sources as EditionSnapshot["sources"],
      numbers: value.numbers as EditionSnapshot["numbers"],
    },
  };
};

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads a snapshot file's bytes (at most `MAX_SNAPSHOT_BYTES`: the caller reads no more). */
export const readSnapshotBytes = (bytes: Uint8Array): SnapshotRead => {
  if (bytes.byteLength > MAX_SNAPSHOT_BYTES) {
    return refused(`larger than the ${MAX_SNAPSHOT_BYTES / 1024 / 1024} MB a snapshot may hold`);
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return refused("not a snapshot written by factsheet: not UTF-8 text");
  }
  return readSnapshot(text);
};

/** Reads a snapshot written by factsheet (either format); undefined for anything else. */
export const parseSnapshot = (text: string): Snapshot | undefined => {
  const read = readSnapshot(text);
  return read.ok ? read.snapshot : undefined;
};
