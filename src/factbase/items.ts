/**
 * The kinds of item a fact base holds, each described once: the list it
 * stands in, whether it has an id, which of its parts cite sources and carry
 * dates, which fields refer to other items, and which fields the brief
 * prints. Every stage that walks the fact base walks it with `items` (and
 * `parts`, `references`, `citations` below), on the raw parsed document as on
 * the validated fact base: a new kind of item, or a new printed field, is a
 * change to this table alone.
 *
 * Where an item stands in the brief travels with the item: `Places` maps each
 * validated item (and each part of one) to its path in the document, by
 * identity, so that leaving the drafts out, or any other filtering, never
 * moves a diagnostic onto another item.
 */
import type { Level, SettableRule } from "../diagnostics/index.js";
import type { ListName } from "./item-lists.js";
import type { YamlPath } from "./parse-yaml.js";
import type { CitationInput } from "./schema.js";

export type ItemKind = "key point" | "question" | "actor" | "event" | "position" | "figure" | "quote";

/** The kinds another item can refer to by id. */
export type ReferredKind = "actor" | "question" | "quote";

export type { ListName };

/** A field that names other items by id. */
export interface Reference {
  readonly field: string;
  readonly kind: ReferredKind;
  /** A list of ids rather than one. */
  readonly many: boolean;
  /** What the field is called in messages: "speaker", "party", "affiliation". */
  readonly name: string;
}

/**
 * A part of an item that cites sources of its own: the item itself, or each
 * entry of one of its lists (an actor's roles, a figure's observations).
 */
export interface CitingPart {
  /** The item's list whose entries cite, or undefined for the item itself. */
  readonly list: "roles" | "observations" | undefined;
  /** The field holding the part's date, if it has one. */
  readonly date: string | undefined;
  /** The field holding the source's own words for the date. */
  readonly dateWording: string | undefined;
  /** The field holding an event's status (happened, planned, expected). */
  readonly status: string | undefined;
  /** What a message calls the part: "event", "role", "figure". */
  readonly what: string;
  /** For a list's entries: the fields the brief prints of each entry, in reading order (empty for the item itself). */
  readonly printed: readonly string[];
}

export interface ItemDescription {
  readonly kind: ItemKind;
  readonly list: ListName;
  /** Whether items of this kind have an id (key points have none). */
  readonly hasId: boolean;
  /** Whether `draft: true` may mark one (what `extract` drafts). */
  readonly draftable: boolean;
  /**
   * Whether the item states what its sources claim, so that one source alone is worth a warning
   * (single-source); actors are named by their sources, and questions cite nothing.
   */
  readonly claim: boolean;
  /**
   * The levels rules take on this kind of item by default, where they differ
   * from the rule's own: single-source is off for quotes (a quote is one
   * source's report by nature). A level a brief or desk sets for the kind
   * (`single-source: { quotes: warning }`) wins over it; one set for the
   * rule as a whole does not.
   */
  readonly ruleLevels: Readonly<Partial<Record<SettableRule, Level>>>;
  readonly references: readonly Reference[];
  /** Where the item's citations stand; empty when it cites nothing (questions). */
  readonly parts: readonly CitingPart[];
  /**
   * The fields of the item the brief prints, in reading order (the fields of its lists' entries are
   * the parts' `printed`). What a snapshot records of an edition and what `diff` compares: a field
   * the templates print belongs here, and one they do not print does not.
   */
  readonly printed: readonly string[];
}

/**
 * Fields every kind of item may carry for its editors, which the brief never
 * prints: `draft` (not yet reviewed) and `accept` (findings of check an
 * editor accepts, with the reason).
 */
export const EDITORIAL_FIELDS = ["draft", "accept"] as const;

const part = (what: string, fields: Partial<Omit<CitingPart, "what">> = {}): CitingPart => ({
  list: fields.list,
  date: fields.date,
  dateWording: fields.dateWording,
  status: fields.status,
  what,
  printed: fields.printed ?? [],
});

const ref = (field: string, kind: ReferredKind, name: string, many = false): Reference => ({ field, kind, many, name });

/** Every kind of item, in the order the brief's document lists them. */
export const ITEM_KINDS: readonly ItemDescription[] = [
  {
    kind: "key point",
    claim: true,
    ruleLevels: {},
    list: "key_points",
    hasId: false,
    draftable: false,
    references: [],
    parts: [part("key point")],
    printed: ["text"],
  },
  {
    kind: "question",
    claim: false,
    ruleLevels: {},
    list: "questions",
    hasId: true,
    draftable: true,
    references: [],
    parts: [],
    printed: ["label"],
  },
  {
    kind: "actor",
    claim: false,
    ruleLevels: {},
    list: "actors",
    hasId: true,
    draftable: true,
    references: [ref("affiliation", "actor", "affiliation")],
    parts: [part("actor"), part("role", { list: "roles", date: "as_of", printed: ["title", "as_of"] })],
    // `kind` prints as the group the actor is listed under (People, States, ...).
    printed: ["name", "kind", "aliases", "affiliation", "description"],
  },
  {
    kind: "event",
    claim: true,
    ruleLevels: {},
    list: "timeline",
    hasId: true,
    draftable: true,
    references: [ref("actors", "actor", "actor", true)],
    parts: [part("event", { date: "date", dateWording: "date_wording", status: "status" })],
    // An event's `actors` are not printed with it (they count towards each actor's "In this brief").
    printed: ["date", "date_wording", "status", "text"],
  },
  {
    kind: "position",
    claim: true,
    ruleLevels: {},
    list: "positions",
    hasId: true,
    draftable: true,
    references: [ref("party", "actor", "party"), ref("question", "question", "question")],
    parts: [part("position", { date: "as_of" })],
    printed: ["party", "question", "stance", "text", "short", "as_of"],
  },
  {
    kind: "figure",
    claim: true,
    ruleLevels: {},
    list: "figures",
    hasId: true,
    draftable: true,
    references: [],
    parts: [
      part("figure", {
        list: "observations",
        date: "as_of",
        // The ledger: value with its qualifier, the source's wording, the date, who gave it.
        printed: ["value", "qualifier", "wording", "as_of", "counts_as_of", "according_to"],
      }),
    ],
    // `key` decides whether the figure stands among the key figures on page one.
    printed: ["label", "counts", "unit", "key", "historical"],
  },
  {
    kind: "quote",
    claim: true,
    ruleLevels: { "single-source": "off" },
    list: "quotes",
    hasId: true,
    draftable: true,
    references: [ref("speaker", "actor", "speaker"), ref("variant_of", "quote", "quote")],
    parts: [part("quote", { date: "date", dateWording: "date_wording" })],
    // A quote's `date_wording` is checked, not printed; `variant_of` prints as a link to the other
    // version; `paraphrase` prints the words as reported speech, without quotation marks.
    printed: ["speaker", "text", "paraphrase", "date", "context", "variant_of"],
  },
];

/** References the document makes outside any item: the positions matrix's columns and rows. */
export const DOCUMENT_REFERENCES: readonly { readonly path: YamlPath; readonly reference: Reference }[] = [
  { path: ["matrix"], reference: ref("parties", "actor", "matrix party", true) },
  { path: ["matrix"], reference: ref("questions", "question", "question", true) },
];

export const describeKind = (kind: ItemKind): ItemDescription => {
  const found = ITEM_KINDS.find((d) => d.kind === kind);
  if (!found) throw new Error(`no such kind of item: ${kind}`);
  return found;
};

/** `obj[key]` for plain mappings only (never an inherited property). */
export const field = (obj: unknown, key: string): unknown =>
  obj !== null && typeof obj === "object" && !Array.isArray(obj) && Object.hasOwn(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;

export const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

export const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

const isObject = (value: unknown): value is object => value !== null && typeof value === "object";

/**
 * Where each item of a validated fact base, and each part of one, stands in
 * the brief's document: kept by identity, so any filtering of the lists
 * (drafts left out) leaves every place right.
 */
export class Places {
  readonly #paths = new WeakMap<object, YamlPath>();

  /** The places of a document's items, read as they stand (validation keeps the lists' order). */
  static of(doc: unknown): Places {
    const places = new Places();
    const sites = items(doc);
    for (const site of sites) {
      places.#paths.set(site.item, site.path);
      for (const part of parts(site)) {
        if (part.node !== site.item) places.#paths.set(part.node, part.path);
        // Citations written as mappings too: a draft citation left out must not move the ones after it.
        part.cite.forEach((c, k) => {
          if (isObject(c)) places.#paths.set(c, [...part.path, "cite", k]);
        });
      }
    }
    // Walked by position, these are the very sites (and parts) of the document with its places.
    if (isObject(doc)) sitesOf.set(doc, { places, sites });
    return places;
  }

  /**
   * `copy` stands where `original` stood: an item or part copied with its draft parts left out
   * (see drafts.ts) keeps the original's place.
   */
  standIn(copy: object, original: object): void {
    this.#paths.set(copy, this.path(original));
  }

  /** Whether `node` is an item (or a part of one) of the document these places were read from. */
  has(node: object): boolean {
    return this.#paths.has(node);
  }

  /** The path of `node` (an item or a part of one), followed by `rest`. */
  path(node: object, ...rest: YamlPath): YamlPath {
    const found = this.#paths.get(node);
    // A node of another document would point a diagnostic at the wrong line: a bug, never the data's fault.
    if (found === undefined)
      throw new Error("no place for this item: it is not from the document the places were read from");
    return [...found, ...rest];
  }
}

/** One item of the brief, as the visitor finds it. */
export interface ItemSite {
  readonly description: ItemDescription;
  /** The item as found: raw parsed data, or validated. */
  readonly item: object;
  /** Where it stands in the brief. */
  readonly path: YamlPath;
  /** Its position in its list as visited (after any filtering). */
  readonly index: number;
  readonly id: string | undefined;
  readonly draft: boolean;
  /** The places the item was walked with: its parts and citations take theirs from them. */
  readonly places?: Places | undefined;
}

/** Whether a `draft` value marks its item as not yet reviewed. */
export const isDraftMark = (value: unknown): boolean =>
  value === true || value === "true" || (typeof value === "object" && value !== null && !Array.isArray(value));

/**
 * Every item of a brief, kind by kind in document order. With `places`, the
 * paths are the places the items were read from (a filtered fact base);
 * without, each item's path is its position in the document walked.
 */
export function items(doc: unknown, places?: Places): readonly ItemSite[] {
  if (!isObject(doc)) return [];
  // A validated fact base with its places is walked once: every check asks, several times a run.
  // (A document walked without places may be a draft being changed: walked afresh each time.)
  const kept = places === undefined ? undefined : sitesOf.get(doc);
  if (kept !== undefined && kept.places === places) return kept.sites;
  const sites: ItemSite[] = [];
  for (const description of ITEM_KINDS) {
    const entries = list(field(doc, description.list));
    for (let index = 0; index < entries.length; index += 1) {
      const item = entries[index];
      if (!isObject(item)) continue;
      sites.push({
        description,
        item,
        path: places ? places.path(item) : [description.list, index],
        index,
        id: description.hasId ? text(field(item, "id")) : undefined,
        draft: description.draftable && isDraftMark(field(item, "draft")),
        places,
      });
    }
  }
  if (places !== undefined) sitesOf.set(doc, { places, sites });
  return sites;
}

/** The sites of each validated fact base walked with its places (a validated fact base is never changed). */
const sitesOf = new WeakMap<object, { readonly places: Places; readonly sites: readonly ItemSite[] }>();

/** A citing part of an item, with what it holds. */
export interface PartSite {
  readonly site: ItemSite;
  readonly part: CitingPart;
  /** The item itself, or the entry of its list. */
  readonly node: object;
  readonly path: YamlPath;
  readonly cite: readonly unknown[];
  readonly date: string | undefined;
  readonly dateWording: string | undefined;
  readonly status: string | undefined;
  /** A role or value `extract` added to a reviewed item, not yet reviewed (`draft` on the part). */
  readonly draft: boolean;
}

/** Every part of an item that cites sources: the item itself, its roles, its observations. */
export function parts(site: ItemSite): readonly PartSite[] {
  const kept = partsOf.get(site);
  if (kept !== undefined) return kept;
  const out: PartSite[] = [];
  const add = (p: CitingPart, node: object, path: YamlPath) =>
    out.push({
      site,
      part: p,
      node,
      path,
      cite: list(field(node, "cite")),
      date: p.date === undefined ? undefined : text(field(node, p.date)),
      dateWording: p.dateWording === undefined ? undefined : text(field(node, p.dateWording)),
      status: p.status === undefined ? undefined : text(field(node, p.status)),
      draft: p.list !== undefined && isDraftMark(field(node, "draft")),
    });
  for (const p of site.description.parts) {
    if (p.list === undefined) {
      add(p, site.item, site.path);
      continue;
    }
    const entries = list(field(site.item, p.list));
    for (let j = 0; j < entries.length; j += 1) {
      const entry = entries[j];
      // With places, where the entry was read (a list left without its drafts keeps every place).
      if (isObject(entry)) add(p, entry, site.places?.has(entry) ? site.places.path(entry) : [...site.path, p.list, j]);
    }
  }
  partsOf.set(site, out);
  return out;
}

/** The parts of each item site already walked. */
const partsOf = new WeakMap<ItemSite, readonly PartSite[]>();

/** An id one field names, with where it stands. */
export interface ReferenceSite {
  readonly reference: Reference;
  /** The id as written (not always text in a raw document). */
  readonly id: unknown;
  readonly path: YamlPath;
}

const referencesAt = (node: unknown, base: YamlPath, reference: Reference): ReferenceSite[] => {
  const value = field(node, reference.field);
  if (!reference.many) return value === undefined ? [] : [{ reference, id: value, path: [...base, reference.field] }];
  return list(value).map((id, k) => ({ reference, id, path: [...base, reference.field, k] }));
};

/** Every id an item names (speaker, party, affiliation, ...). */
export const references = (site: ItemSite): ReferenceSite[] =>
  site.description.references.flatMap((r) => referencesAt(site.item, site.path, r));

/** The ids the document names outside its items (the matrix). */
export const documentReferences = (doc: unknown): ReferenceSite[] =>
  DOCUMENT_REFERENCES.flatMap(({ path, reference }) => {
    let node: unknown = doc;
    for (const segment of path) node = field(node, String(segment));
    return referencesAt(node, path, reference);
  });

/** A citation in its normal form, with where it stands in the brief. */
export interface CitationSite {
  readonly source: string;
  readonly excerpt: string | undefined;
  readonly note: string | undefined;
  /** A citation `extract` added to a reviewed item, not yet reviewed (`draft` on the citation). */
  readonly draft: boolean;
  /** Path of the citation in the brief document. */
  readonly path: YamlPath;
  /** The item it supports. */
  readonly item: ItemSite;
}

/** A citation written as a bare source id or as a mapping; undefined when it is neither. */
const normalizeCitation = (c: unknown, path: YamlPath, item: ItemSite): CitationSite | undefined => {
  if (typeof c === "string") return { source: c, excerpt: undefined, note: undefined, draft: false, path, item };
  const source = text(field(c, "source"));
  if (source === undefined) return undefined;
  const draft = isDraftMark(field(c, "draft"));
  return { source, excerpt: text(field(c, "excerpt")), note: text(field(c, "note")), draft, path, item };
};

/** The citations of each fact base walked with its places: the checks ask for them several times a run. */
const walked = new WeakMap<object, { readonly places: Places; readonly sites: readonly CitationSite[] }>();

/** Every citation in the brief, in document order. */
export const citations = (doc: unknown, places?: Places): readonly CitationSite[] => {
  if (!isObject(doc)) return [];
  const kept = places ? walked.get(doc) : undefined;
  if (kept && kept.places === places) return kept.sites;
  const sites: CitationSite[] = [];
  for (const site of items(doc, places)) {
    for (const p of parts(site)) {
      for (const [k, c] of p.cite.entries()) {
        const at = isObject(c) && places?.has(c) ? places.path(c) : [...p.path, "cite", k];
        const found = normalizeCitation(c, at, site);
        if (found) sites.push(found);
      }
    }
  }
  if (places) walked.set(doc, { places, sites });
  return sites;
};

/** Source and excerpt of a validated citation. */
export const citationParts = (c: CitationInput): { source: string; excerpt: string | undefined } =>
  typeof c === "string" ? { source: c, excerpt: undefined } : { source: c.source, excerpt: c.excerpt };

/** The distinct sources a list of validated citations names, in order. */
export const sourcesOf = (cites: readonly CitationInput[]): string[] => [
  ...new Set(cites.map((c) => citationParts(c).source)),
];
