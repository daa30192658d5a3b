/**
 * The edit form of each kind of item: its fields, with pickers for the ids
 * that must exist (speakers, parties, questions, sources) and the choices the
 * schema allows; and the item a submitted form gives, built on the item as it
 * stands so that what the form does not show is left as it is.
 *
 * Field names are paths inside the item, joined by dots (`text`,
 * `cite.0.excerpt`, `observations.0.value`): a diagnostic's path names the
 * field it stands at.
 */

import type { ListName } from "../factbase/item-lists.js";
import { field, list, type ReferredKind, text } from "../factbase/items.js";
import { ActorKind, EventStatus, Qualifier, Stance } from "../factbase/schema.js";

export type FieldType = "text" | "textarea" | "date" | "number" | "boolean" | "choice" | "ref" | "refs" | "lines";

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly type: FieldType;
  readonly choices?: readonly string[];
  /** The kind of item a picker offers ids of, or the catalogue's sources. */
  readonly refers?: ReferredKind | "source";
  /** Words from the source: a selection in the article fills it. */
  readonly excerpt?: boolean;
  /** An optional choice or reference may be left empty. */
  readonly optional?: boolean;
}

export interface FormSpec {
  readonly fields: readonly FieldSpec[];
  /** Whether the item itself cites sources. */
  readonly cites: boolean;
  /** A list of the item's whose entries each have fields and citations (roles, observations). */
  readonly entries?: {
    readonly list: "roles" | "observations";
    readonly label: string;
    readonly fields: readonly FieldSpec[];
  };
}

const f = (name: string, label: string, type: FieldType, more: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label,
  type,
  ...more,
});

const ID = f("id", "Id", "text");

/** The lists a review can edit, and their forms. */
export const FORMS: Readonly<Partial<Record<ListName, FormSpec>>> = {
  questions: { fields: [ID, f("label", "Label", "text")], cites: false },
  actors: {
    fields: [
      ID,
      f("name", "Name", "text"),
      f("kind", "Kind", "choice", { choices: ActorKind.options }),
      f("aliases", "Aliases (one a line)", "lines"),
      f("affiliation", "Affiliation", "ref", { refers: "actor", optional: true }),
      f("description", "Description", "textarea"),
    ],
    cites: true,
    entries: {
      list: "roles",
      label: "Role",
      fields: [f("title", "Title", "text", { excerpt: true }), f("as_of", "As of", "date")],
    },
  },
  timeline: {
    fields: [
      ID,
      f("date", "Date", "date"),
      f("date_wording", "The source's words for the date", "text"),
      f("status", "Status", "choice", { choices: EventStatus.options, optional: true }),
      f("text", "Text", "textarea"),
      f("actors", "Actors", "refs", { refers: "actor" }),
    ],
    cites: true,
  },
  positions: {
    fields: [
      ID,
      f("party", "Party", "ref", { refers: "actor" }),
      f("question", "Question", "ref", { refers: "question" }),
      f("stance", "Stance", "choice", { choices: Stance.options }),
      f("text", "Text", "textarea"),
      f("short", "Short form", "text"),
      f("as_of", "As of", "date"),
    ],
    cites: true,
  },
  figures: {
    fields: [
      ID,
      f("label", "Label", "text"),
      f("counts", "What it counts", "text"),
      f("unit", "Unit", "text"),
      f("key", "Key figure", "boolean"),
      f("historical", "Historical (a count of something past)", "boolean"),
    ],
    cites: false,
    entries: {
      list: "observations",
      label: "Value",
      fields: [
        f("value", "Value", "number"),
        f("qualifier", "Qualifier", "choice", { choices: Qualifier.options, optional: true }),
        f("wording", "Wording", "text", { excerpt: true }),
        f("as_of", "As of", "date"),
        f("counts_as_of", "Counts as of", "date"),
        f("according_to", "According to", "text"),
      ],
    },
  },
  quotes: {
    fields: [
      ID,
      f("speaker", "Speaker", "ref", { refers: "actor", optional: true }),
      f("text", "Text", "textarea", { excerpt: true }),
      f("paraphrase", "Reported speech (paraphrase)", "boolean"),
      f("date", "Date", "date"),
      f("date_wording", "The source's words for the date", "text"),
      f("context", "Context", "text"),
      f("variant_of", "Variant of", "ref", { refers: "quote", optional: true }),
    ],
    cites: true,
  },
};

/** The form of one citation (a draft citation of a reviewed item): its source and its excerpt. */
export const CITATION_FORM: FormSpec = {
  fields: [
    f("source", "Source", "ref", { refers: "source" }),
    f("excerpt", "Excerpt (the source's words)", "textarea", { excerpt: true }),
  ],
  cites: false,
};

/**
 * The form of what stands at `path` in the brief: an item (`figures.1`) has its kind's form; an
 * entry of one (`figures.1.observations.2`, `actors.0.roles.1`) the entry's own fields and
 * citations; a citation (`quotes.1.cite.1`, `figures.0.observations.1.cite.0`) its source and
 * excerpt. Field names are paths inside what the form edits.
 */
export function formAt(path: readonly (string | number)[]): FormSpec | undefined {
  const [name] = path;
  const spec = typeof name === "string" ? FORMS[name as ListName] : undefined;
  if (spec === undefined) return undefined;
  if (path.length === 2) return spec;
  if (path.at(-2) === "cite" && (path.length === 4 || path.length === 6)) return CITATION_FORM;
  if (path.length === 4 && spec.entries !== undefined && path[2] === spec.entries.list) {
    return { fields: spec.entries.fields, cites: true };
  }
  return undefined;
}

/** Fields written bare in YAML (a number, a boolean), not quoted. */
export const PLAIN_FIELDS = new Set(["value", "key", "historical", "paraphrase"]);

/** What a form sends: each field's value, a list of them for a multiple choice. */
export type FormValues = Readonly<Record<string, string | readonly string[] | undefined>>;

type Mutable = Record<string, unknown>;

const one = (value: string | readonly string[] | undefined): string | undefined =>
  typeof value === "string" ? value : value?.[0];

const many = (value: string | readonly string[] | undefined, type: FieldType): string[] => {
  const values = typeof value === "string" ? (type === "lines" ? value.split("\n") : [value]) : [...(value ?? [])];
  return values.map((v) => v.trim()).filter((v) => v !== "");
};

/** Sets one field of `target` from the form; a field the form did not send is left as it is. */
function applyField(target: Mutable, spec: FieldSpec, value: string | readonly string[] | undefined): void {
  if (value === undefined) return;
  if (spec.type === "refs" || spec.type === "lines") {
    const values = many(value, spec.type);
    if (values.length > 0) target[spec.name] = values;
    else delete target[spec.name];
    return;
  }
  const given = (one(value) ?? "").trim();
  if (spec.type === "boolean") {
    if (given === "true") target[spec.name] = "true";
    else delete target[spec.name];
    return;
  }
  if (given === "") delete target[spec.name];
  else target[spec.name] = given;
}

/** The citations a form gives: each row's source and excerpt, rows marked removed left out, a new row added. */
function citesFrom(old: readonly unknown[], prefix: string, values: FormValues): unknown[] | undefined {
  if (values[`${prefix}.0.source`] === undefined && values[`${prefix}.${old.length}.source`] === undefined)
    return undefined;
  const out: unknown[] = [];
  for (let i = 0; i <= old.length; i += 1) {
    const source = one(values[`${prefix}.${i}.source`])?.trim();
    const excerpt = one(values[`${prefix}.${i}.excerpt`])?.trim();
    const removed = one(values[`${prefix}.${i}.remove`]) === "true";
    const original = old[i];
    if (removed) continue;
    if (original === undefined) {
      if (source) out.push(excerpt ? { source, excerpt } : source);
      continue;
    }
    const id = source || (typeof original === "string" ? original : text(field(original, "source")));
    if (typeof original === "string") {
      out.push(excerpt ? { source: id, excerpt } : id);
      continue;
    }
    const entry: Mutable = { ...(original as Mutable), source: id };
    if (excerpt === undefined) {
      // The form did not show it: as it was.
    } else if (excerpt === "") delete entry.excerpt;
    else entry.excerpt = excerpt;
    out.push(entry);
  }
  return out;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? {})) as T;

/**
 * The item a submitted form gives: `raw` (the item as the brief holds it, or `{}` for a new one)
 * with the form's fields set, emptied fields removed, citations as the rows say.
 */
export function itemFromForm(raw: unknown, spec: FormSpec, values: FormValues): Mutable {
  const item = copy(raw) as Mutable;
  for (const fieldSpec of spec.fields) applyField(item, fieldSpec, values[fieldSpec.name]);
  if (spec.cites) {
    const cites = citesFrom(list(item.cite), "cite", values);
    if (cites !== undefined) item.cite = cites;
  }
  if (spec.entries !== undefined) {
    const { list: name, fields } = spec.entries;
    const entries = list(item[name]).map((entry) => copy(entry) as Mutable);
    // A new entry when the form has a row after the last (a new item's first value).
    const rows =
      values[`${name}.${entries.length}.${fields[0]?.name ?? ""}`] !== undefined ? entries.length + 1 : entries.length;
    const out: Mutable[] = [];
    for (let j = 0; j < rows; j += 1) {
      const entry = entries[j] ?? {};
      for (const fieldSpec of fields) applyField(entry, fieldSpec, values[`${name}.${j}.${fieldSpec.name}`]);
      const cites = citesFrom(list(entry.cite), `${name}.${j}.cite`, values);
      if (cites !== undefined) entry.cite = cites;
      if (Object.keys(entry).length > 0) out.push(entry);
    }
    if (out.length > 0) item[name] = out;
    else delete item[name];
  }
  return item;
}

/** Every field name a form for `raw` has, in the form's order (for pointing a message at one). */
export function fieldNames(raw: unknown, spec: FormSpec): string[] {
  const names = spec.fields.map((s) => s.name);
  const citeRows = (prefix: string, cites: readonly unknown[]) => {
    for (let i = 0; i <= cites.length; i += 1) names.push(`${prefix}.${i}.source`, `${prefix}.${i}.excerpt`);
  };
  if (spec.cites) citeRows("cite", list(field(raw, "cite")));
  if (spec.entries !== undefined) {
    const entries = list(field(raw, spec.entries.list));
    for (let j = 0; j < Math.max(entries.length, 1); j += 1) {
      for (const s of spec.entries.fields) names.push(`${spec.entries.list}.${j}.${s.name}`);
      citeRows(`${spec.entries.list}.${j}.cite`, list(field(entries[j], "cite")));
    }
  }
  return names;
}

/** The field a problem at `relative` (a path inside the item) stands at: itself, or its first field. */
export function fieldFor(relative: readonly (string | number)[], names: readonly string[]): string | undefined {
  for (let length = relative.length; length > 0; length -= 1) {
    const key = relative.slice(0, length).join(".");
    const found = names.find((name) => name === key) ?? names.find((name) => name.startsWith(`${key}.`));
    if (found !== undefined) return found;
  }
  return undefined;
}
