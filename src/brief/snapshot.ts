/**
 * What a brief printed, as a small comparable record, and what changed
 * between two of them: items added, removed and updated, with the old and new
 * value side by side. Snapshots are kept next to the output (one per edition
 * date), so that the next edition can say "What changed since <date>".
 */
import { compareDates, formatDate } from "../factbase/fuzzy-date.js";
import { type ItemKind, items } from "../factbase/items.js";
import type {
  Actor,
  FactBase,
  Figure,
  KeyPoint,
  Position,
  Question,
  Quote,
  TimelineEvent,
} from "../factbase/schema.js";
import { formatQualified } from "../text/format.js";
import { STANCE_LABEL } from "./labels.js";

export type SnapshotKind = "actor" | "event" | "position" | "figure" | "quote";

export interface SnapshotItem {
  readonly kind: SnapshotKind;
  /** What the item is about, for a reader: "Hamas on the ceasefire", "People killed in Gaza". */
  readonly label: string;
  /** What the brief says of it, compared as text. */
  readonly value: string;
}

export interface Snapshot {
  readonly format: "factsheet-snapshot-1";
  readonly title: string;
  readonly as_of: string;
  /** By item id. */
  readonly items: Readonly<Record<string, SnapshotItem>>;
}

export interface Change {
  readonly id: string;
  readonly kind: SnapshotKind;
  readonly label: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface Changes {
  /** The edition compared against: its as_of date. */
  readonly since: string;
  readonly added: readonly Change[];
  readonly removed: readonly Change[];
  readonly updated: readonly Change[];
}

const shorten = (text: string, max = 90): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** What the snapshot records of each kind of item: a label and the value compared; null for kinds it leaves out. */
type Summaries = {
  readonly [K in ItemKind]: ((item: ItemOf[K], names: Names) => Omit<SnapshotItem, "kind">) | null;
};

interface ItemOf {
  readonly "key point": KeyPoint;
  readonly question: Question;
  readonly actor: Actor;
  readonly event: TimelineEvent;
  readonly position: Position;
  readonly figure: Figure;
  readonly quote: Quote;
}

interface Names {
  readonly actors: ReadonlyMap<string, string>;
  readonly questions: ReadonlyMap<string, string>;
}

const SUMMARIES: Summaries = {
  "key point": null,
  question: null,
  actor: (a) => {
    const roles = [...(a.roles ?? [])].sort((x, y) => compareDates(x.as_of, y.as_of)).map((r) => r.title);
    return { label: a.name, value: [a.name, ...roles].join("; ") };
  },
  event: (e) => {
    const status = e.status && e.status !== "happened" ? ` (${e.status})` : "";
    return { label: shorten(e.text, 70), value: `${formatDate(e.date)}${status}: ${e.text}` };
  },
  position: (p, names) => ({
    label: `${names.actors.get(p.party) ?? p.party} on ${(names.questions.get(p.question) ?? p.question).toLowerCase()}`,
    value: `${STANCE_LABEL[p.stance]}: ${p.text} (${formatDate(p.as_of)})`,
  }),
  figure: (f) => {
    const latest = [...f.observations].sort((x, y) => compareDates(x.as_of, y.as_of)).at(-1);
    const value = latest
      ? `${formatQualified(latest.value, latest.qualifier)} ${f.unit} (${formatDate(latest.as_of)})`
      : "";
    return { label: f.label, value };
  },
  quote: (q, names) => {
    const speaker = q.speaker === undefined ? "Unattributed" : (names.actors.get(q.speaker) ?? q.speaker);
    return { label: `${speaker}: “${shorten(q.text, 50)}”`, value: q.text };
  },
};

const isSnapshotKind = (kind: ItemKind): kind is SnapshotKind => SUMMARIES[kind] !== null;

export const takeSnapshot = (fb: FactBase): Snapshot => {
  const names: Names = {
    actors: new Map((fb.actors ?? []).map((a) => [a.id, a.name])),
    questions: new Map((fb.questions ?? []).map((q) => [q.id, q.label])),
  };
  const entries: Record<string, SnapshotItem> = {};
  for (const site of items(fb)) {
    const { kind } = site.description;
    const summarize = SUMMARIES[kind] as ((item: object, names: Names) => Omit<SnapshotItem, "kind">) | null;
    if (site.id === undefined || summarize === null || !isSnapshotKind(kind)) continue;
    Object.defineProperty(entries, site.id, {
      value: { kind, ...summarize(site.item, names) },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { format: "factsheet-snapshot-1", title: fb.title, as_of: fb.as_of, items: entries };
};

const ORDER: readonly SnapshotKind[] = ["figure", "position", "event", "quote", "actor"];
const byKind = (a: Change, b: Change) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.id < b.id ? -1 : 1);

export const compareSnapshots = (before: Snapshot, after: Snapshot): Changes => {
  const added: Change[] = [];
  const removed: Change[] = [];
  const updated: Change[] = [];
  for (const [id, now] of Object.entries(after.items)) {
    const then = Object.hasOwn(before.items, id) ? before.items[id] : undefined;
    if (!then) added.push({ id, kind: now.kind, label: now.label, before: null, after: now.value });
    else if (then.value !== now.value)
      updated.push({ id, kind: now.kind, label: now.label, before: then.value, after: now.value });
  }
  for (const [id, then] of Object.entries(before.items)) {
    if (!Object.hasOwn(after.items, id))
      removed.push({ id, kind: then.kind, label: then.label, before: then.value, after: null });
  }
  return {
    since: before.as_of,
    added: added.sort(byKind),
    removed: removed.sort(byKind),
    updated: updated.sort(byKind),
  };
};

export const hasChanges = (changes: Changes): boolean =>
  changes.added.length + changes.removed.length + changes.updated.length > 0;

/** Reads a snapshot written by factsheet; undefined for anything else. */
export const parseSnapshot = (text: string): Snapshot | undefined => {
  try {
    const value = JSON.parse(text) as Partial<Snapshot>;
    if (value.format !== "factsheet-snapshot-1" || typeof value.as_of !== "string") return undefined;
    const items = value.items as unknown;
    if (items === null || typeof items !== "object" || Array.isArray(items)) return undefined;
    const kinds = new Set(["actor", "event", "position", "figure", "quote"]);
    for (const item of Object.values(items as Record<string, unknown>)) {
      const i = item as Partial<SnapshotItem> | null;
      if (!i || !kinds.has(String(i.kind)) || typeof i.label !== "string" || typeof i.value !== "string") {
        return undefined;
      }
    }
    return value as Snapshot;
  } catch {
    return undefined;
  }
};
