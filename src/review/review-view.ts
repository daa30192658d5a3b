/**
 * The review page's view models, pure: the drafts grouped by kind, each with
 * what drafted it and what it says; the source article beside a draft with
 * the words it cites marked; the edit, new-item and merge forms. Templates in
 * templates/review/ print them, escaping everything.
 */

import type { ListName } from "../factbase/item-lists.js";
import { field, ITEM_KINDS, items, list, text } from "../factbase/items.js";
import type { LoadedSource } from "../factbase/load-fact-base.js";
import { describeDraft, type MergeTarget, mergeTargets, type ReviewDraft } from "./find-drafts.js";
import { type FieldSpec, FORMS, type FormSpec, formAt } from "./forms.js";
import { highlight, type Needle, type Segment } from "./highlight.js";
import type { Problem, ReviewState } from "./review-session.js";

export interface FieldView {
  readonly name: string;
  readonly value: string;
}

export interface CiteView {
  readonly source: string;
  readonly excerpt: string | null;
  readonly draft: boolean;
}

export interface DraftView {
  readonly key: string;
  readonly domId: string;
  readonly heading: string;
  readonly what: string;
  readonly by: string | null;
  readonly note: string | null;
  readonly fields: readonly FieldView[];
  readonly cites: readonly CiteView[];
  readonly sources: readonly string[];
  readonly canMerge: boolean;
  /** Why there is nothing to merge it into, shown beside its disabled Merge button. */
  readonly mergeReason: string | null;
}

export interface GroupView {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly drafts: readonly DraftView[];
}

export interface ArticleView {
  readonly draft: string;
  readonly source: string;
  readonly headline: string;
  readonly outlet: string;
  readonly published: string;
  readonly paragraphs: readonly { readonly segments: readonly Segment[] }[];
  readonly marked: string;
  readonly missing: readonly string[];
  readonly others: readonly { readonly source: string; readonly label: string }[];
}

export interface PageView {
  readonly title: string;
  readonly file: string;
  readonly version: string;
  readonly token: string;
  readonly summary: string;
  readonly errors: readonly { readonly where: string; readonly message: string }[];
  readonly unwritable: string | null;
  readonly groups: readonly GroupView[];
  readonly empty: boolean;
  readonly article: ArticleView | null;
  readonly undoable: boolean;
  readonly status: string | null;
}

const GROUP_LABELS: Record<string, string> = {
  questions: "Questions",
  actors: "Actors",
  timeline: "Events",
  positions: "Positions",
  figures: "Figures",
  quotes: "Quotes",
};

/** A message as the page shows it: ids set off by the page's type, not by backticks. */
export const shown = (message: string): string => message.replace(/`([^`]*)`/g, "$1");

const shorten = (value: string, max = 140): string =>
  value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;

const show = (value: unknown): string | undefined => {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join(", ");
  return undefined;
};

/** The printed fields of a node, as the brief's editor wrote them. */
const printedFields = (node: object, printed: readonly string[]): FieldView[] =>
  printed.flatMap((name) => {
    const value = show(field(node, name));
    return value === undefined ? [] : [{ name, value }];
  });

function headingOf(draft: ReviewDraft): string {
  const item = draft.site.item;
  const t = (key: string) => text(field(item, key)) ?? "";
  switch (draft.site.description.list) {
    case "quotes":
      return `“${shorten(t("text"), 100)}”`;
    case "actors":
      return t("name");
    case "timeline":
      return `${t("date")}: ${shorten(t("text"), 100)}`;
    case "positions":
      return `${t("party")} ${t("stance")}: ${shorten(t("text"), 80)}`;
    default:
      return t("label") || (draft.site.id ?? "");
  }
}

const citeView = (c: unknown): CiteView =>
  typeof c === "string"
    ? { source: c, excerpt: null, draft: false }
    : {
        source: text(field(c, "source")) ?? "",
        excerpt: text(field(c, "excerpt")) ?? null,
        draft: field(c, "draft") !== undefined,
      };

/** The citations that stand with a draft: its own, its parts'. */
function citesOf(draft: ReviewDraft): unknown[] {
  if (draft.scope === "citation") return [draft.node];
  if (draft.scope === "part") return [...list(field(draft.node, "cite"))];
  const item = draft.node;
  return [
    ...list(field(item, "cite")),
    ...draft.site.description.parts.flatMap((p) =>
      p.list === undefined ? [] : list(field(item, p.list)).flatMap((entry) => list(field(entry, "cite"))),
    ),
  ];
}

/** Why a draft has nothing to merge into: "No other figure to move this value to." */
export function noMergeReason(draft: ReviewDraft): string {
  const { kind } = draft.site.description;
  if (draft.scope === "item") return `No other ${kind} to merge it into.`;
  if (draft.scope === "part")
    return `No other ${kind} to move this ${draft.part?.part.list === "roles" ? "role" : "value"} to.`;
  return `No other ${draft.part?.part.list === "observations" ? "value of a figure" : kind} to move this citation to.`;
}

export function draftView(draft: ReviewDraft, index: number, canMerge: boolean): DraftView {
  const { description } = draft.site;
  const fields =
    draft.scope === "item"
      ? [
          ...printedFields(draft.node, description.printed),
          ...description.parts.flatMap((p) =>
            p.list === undefined
              ? []
              : list(field(draft.node, p.list)).map((entry, j) => ({
                  name: `${p.list === "roles" ? "role" : "value"} ${j + 1}`,
                  value: printedFields(entry as object, p.printed)
                    .map((f) => f.value)
                    .join(" · "),
                })),
          ),
        ]
      : draft.scope === "part"
        ? printedFields(draft.node, draft.part?.part.printed ?? [])
        : [];
  const cites = citesOf(draft).map(citeView);
  return {
    key: draft.key,
    domId: `draft-${index}`,
    heading: headingOf(draft),
    what: draft.scope === "item" ? `Draft ${shown(describeDraft(draft))}` : `Draft: ${shown(describeDraft(draft))}`,
    by: draft.by ?? null,
    note: draft.note ?? null,
    fields,
    cites,
    sources: [...new Set(cites.map((c) => c.source))],
    canMerge,
    mergeReason: canMerge ? null : noMergeReason(draft),
  };
}

/** The words of `source` a draft cites (and, for an actor, its names wherever they stand). */
function needlesFor(draft: ReviewDraft, source: string): Needle[] {
  const needles: Needle[] = [];
  const cites = (node: unknown) => list(field(node, "cite"));
  const citing = (node: unknown) => cites(node).some((c) => citeView(c).source === source);
  const fromCites = (node: unknown) => {
    for (const c of cites(node)) {
      const { source: id, excerpt } = citeView(c);
      if (id === source && excerpt !== null) needles.push({ words: excerpt });
    }
  };
  const item = draft.site.item;
  const list_ = draft.site.description.list;
  if (draft.scope === "citation") {
    const { excerpt } = citeView(draft.node);
    if (excerpt !== null) needles.push({ words: excerpt });
    else if (list_ === "quotes") needles.push({ words: text(field(item, "text")) ?? "" });
    return needles;
  }
  const node = draft.node;
  if (list_ === "quotes" && citing(node)) needles.push({ words: text(field(node, "text")) ?? "" });
  if (list_ === "actors" && draft.scope === "item") {
    for (const name of [field(node, "name"), ...list(field(node, "aliases"))]) {
      if (typeof name === "string") needles.push({ words: name, all: true });
    }
  }
  fromCites(node);
  const entries =
    draft.scope === "part"
      ? [node]
      : draft.site.description.parts.flatMap((p) => (p.list === undefined ? [] : list(field(node, p.list))));
  for (const entry of entries) {
    if (draft.scope === "item") fromCites(entry);
    if (!citing(entry)) continue;
    const wording = text(field(entry, "wording"));
    if (wording !== undefined) needles.push({ words: wording });
    const title = text(field(entry, "title"));
    if (title !== undefined) needles.push({ words: title, all: true });
  }
  return needles.filter((n) => n.words !== "");
}

/** The article of `source` beside a draft (its first source unless named), the draft's words marked. */
export function articleView(
  draft: ReviewDraft,
  sources: ReadonlyMap<string, LoadedSource>,
  wanted?: string,
): ArticleView | null {
  const cited = [...new Set(citesOf(draft).map((c) => citeView(c).source))].filter((id) => sources.has(id));
  const id = wanted !== undefined && cited.includes(wanted) ? wanted : cited[0];
  const loaded = id === undefined ? undefined : sources.get(id);
  if (id === undefined || loaded === undefined) return null;
  const found = highlight(loaded.text ?? "", needlesFor(draft, id));
  return {
    draft: draft.key,
    source: id,
    headline: loaded.entry.headline,
    outlet: loaded.entry.outlet,
    published: loaded.entry.published,
    paragraphs: found.paragraphs.map((segments) => ({ segments })),
    marked:
      found.marks === 0
        ? "The words this draft cites are not marked: they were not found in this text."
        : `${found.marks} passage${found.marks === 1 ? "" : "s"} marked.`,
    missing: found.missing,
    others: cited.filter((s) => s !== id).map((s) => ({ source: s, label: `Show source ${s}` })),
  };
}

export function pageView(
  state: ReviewState,
  options: {
    token: string;
    file: string;
    undoable: boolean;
    at?: string | undefined;
    source?: string | undefined;
    status?: string | undefined;
  },
): PageView {
  const { factBase, places, sources } = state.checked.loaded;
  const ctx = factBase && places ? { factBase, places } : undefined;
  // The brief's items walked once for every draft's Merge button, not once per draft.
  const all = ctx === undefined ? [] : items(ctx.factBase, ctx.places);
  const views = state.drafts.map((draft, i) =>
    draftView(draft, i, ctx !== undefined && mergeTargets(ctx, draft, all).length > 0),
  );
  const groups: GroupView[] = ITEM_KINDS.flatMap(({ list: name }) => {
    const drafts = views.filter((_, i) => state.drafts[i]?.site.description.list === name);
    return drafts.length === 0
      ? []
      : [{ id: `group-${name}`, label: GROUP_LABELS[name] ?? name, count: drafts.length, drafts }];
  });
  const current = state.drafts.find((d) => d.key === options.at) ?? state.drafts[0];
  const count = state.drafts.length;
  return {
    title: factBase?.title ?? options.file,
    file: options.file,
    version: state.hash,
    token: options.token,
    summary: `${count === 0 ? "No" : count} draft${count === 1 ? "" : "s"} to review`,
    errors: state.errors.map((d) => ({ where: `${d.file}:${d.line}:${d.column}`, message: d.message })),
    unwritable: state.unwritable ?? null,
    groups,
    empty: count === 0,
    article: current === undefined ? null : articleView(current, sources, options.source),
    undoable: options.undoable,
    status: options.status === undefined ? null : shown(options.status),
  };
}

// Forms -------------------------------------------------------------------------------------------

export interface OptionView {
  readonly value: string;
  readonly label: string;
  readonly selected: boolean;
}

export interface InputView {
  readonly name: string;
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly text: boolean;
  readonly textarea: boolean;
  readonly select: boolean;
  readonly multiple: boolean;
  readonly checkbox: boolean;
  readonly checked: boolean;
  readonly excerpt: boolean;
  readonly inputType: string;
  readonly options: readonly OptionView[];
}

export interface CiteRowView {
  readonly legend: string;
  readonly source: InputView;
  readonly excerpt: InputView;
  readonly remove: InputView | null;
}

export interface FieldsetView {
  readonly legend: string;
  readonly inputs: readonly InputView[];
  readonly cites: readonly CiteRowView[];
}

export interface FormView {
  readonly kind: "edit" | "create";
  readonly draft: string;
  readonly list: string;
  readonly heading: string;
  readonly formId: string;
  readonly inputs: readonly InputView[];
  readonly cites: readonly CiteRowView[];
  readonly entries: readonly FieldsetView[];
  readonly canAccept: boolean;
}

/** The ids a picker offers, by the kind of item referred to; sources by the catalogue. */
export interface Pickers {
  readonly actor: readonly string[];
  readonly question: readonly string[];
  readonly quote: readonly string[];
  readonly source: readonly string[];
}

export function pickersOf(state: ReviewState): Pickers {
  const fb = state.checked.loaded.factBase;
  const ids = (name: ListName) => list(fb?.[name]).flatMap((item) => text(field(item, "id")) ?? []);
  return {
    actor: ids("actors"),
    question: ids("questions"),
    quote: ids("quotes"),
    source: [...state.checked.loaded.sources.keys()],
  };
}

const fieldText = (node: unknown, name: string): string => {
  const value = field(node, name);
  if (Array.isArray(value)) return value.filter((v) => typeof v === "string").join("\n");
  return show(value) ?? "";
};

function inputView(spec: FieldSpec, node: unknown, prefix: string, formId: string, pickers: Pickers): InputView {
  const name = `${prefix}${spec.name}`;
  const value = fieldText(node, spec.name);
  const chosen = new Set(spec.type === "refs" ? list(field(node, spec.name)).map(String) : [value]);
  const ids = spec.refers === undefined ? (spec.choices ?? []) : pickers[spec.refers];
  const blank =
    spec.type === "ref" || spec.type === "choice" ? [{ value: "", label: "(none)", selected: value === "" }] : [];
  // A value the brief holds but no picker offers (an id that does not exist) is shown, to be corrected.
  const known = value !== "" && spec.type !== "refs" && !ids.includes(value) ? [value] : [];
  const select = spec.type === "choice" || spec.type === "ref" || spec.type === "refs";
  return {
    name,
    id: `${formId}-${name.replaceAll(".", "-")}`,
    label: spec.label,
    value,
    text: spec.type === "text" || spec.type === "date" || spec.type === "number",
    textarea: spec.type === "textarea" || spec.type === "lines",
    select,
    multiple: spec.type === "refs",
    checkbox: spec.type === "boolean",
    checked: value === "true",
    excerpt: spec.excerpt === true,
    inputType: "text",
    options: select
      ? [
          ...(spec.optional || spec.type === "ref" ? blank : []),
          ...[...known, ...ids].map((id) => ({ value: id, label: id, selected: chosen.has(id) })),
        ]
      : [],
  };
}

function citeRows(
  cites: readonly unknown[],
  prefix: string,
  formId: string,
  pickers: Pickers,
  fallback: string | undefined,
): CiteRowView[] {
  const rows: CiteRowView[] = [];
  for (let i = 0; i <= cites.length; i += 1) {
    const existing = cites[i];
    const c = existing === undefined ? { source: "", excerpt: null, draft: false } : citeView(existing);
    const source = existing === undefined ? (fallback ?? "") : c.source;
    const base = `${prefix}cite.${i}.`;
    const sourceInput: InputView = {
      ...inputView({ name: "source", label: "Source", type: "choice", choices: [] }, { source }, base, formId, pickers),
      options: [
        { value: "", label: existing === undefined ? "(no new citation)" : "(keep)", selected: source === "" },
        ...pickers.source.map((id) => ({ value: id, label: id, selected: id === source })),
      ],
    };
    rows.push({
      legend: existing === undefined ? "New citation" : `Citation ${i + 1}`,
      source: sourceInput,
      excerpt: inputView(
        { name: "excerpt", label: "Excerpt (the source's words)", type: "textarea", excerpt: true },
        { excerpt: c.excerpt ?? "" },
        base,
        formId,
        pickers,
      ),
      remove:
        existing === undefined
          ? null
          : {
              ...inputView(
                { name: "remove", label: "Remove this citation", type: "boolean" },
                {},
                base,
                formId,
                pickers,
              ),
            },
    });
  }
  return rows;
}

/** The form that edits a draft's item (or makes a new item of `list` from `item`). */
export function formView(
  kind: "edit" | "create",
  name: ListName,
  item: unknown,
  pickers: Pickers,
  options: {
    draft: string;
    heading: string;
    fallbackSource?: string | undefined;
    /** The form of a drafted part (a role, a value, a citation) rather than the item's. */
    part?: readonly (string | number)[] | undefined;
  },
): FormView | undefined {
  const spec: FormSpec | undefined = options.part === undefined ? FORMS[name] : formAt(options.part);
  if (spec === undefined) return undefined;
  const formId = `${kind}-${options.draft.replaceAll(".", "-") || name}`;
  const entries = spec.entries;
  const entryNodes = entries === undefined ? [] : list(field(item, entries.list));
  return {
    kind,
    draft: options.draft,
    list: name,
    heading: options.heading,
    formId,
    inputs: spec.fields.map((s) => inputView(s, item, "", formId, pickers)),
    cites: spec.cites
      ? citeRows(list(field(item, "cite")), "", formId, pickers, kind === "create" ? options.fallbackSource : undefined)
      : [],
    entries:
      entries === undefined
        ? []
        : (entryNodes.length === 0 ? [{}] : entryNodes).map((entry, j) => ({
            legend: `${entries.label} ${j + 1}`,
            inputs: entries.fields.map((s) => inputView(s, entry, `${entries.list}.${j}.`, formId, pickers)),
            cites: citeRows(
              list(field(entry, "cite")),
              `${entries.list}.${j}.`,
              formId,
              pickers,
              kind === "create" ? options.fallbackSource : undefined,
            ),
          })),
    canAccept: kind === "edit",
  };
}

export interface MergeView {
  readonly draft: string;
  readonly formId: string;
  readonly heading: string;
  /** The target picker's label. */
  readonly label: string;
  readonly targets: readonly OptionView[];
  readonly actor: boolean;
}

const fold = (words: readonly unknown[]): Set<string> =>
  new Set(
    words
      .filter((w): w is string => typeof w === "string")
      .join(" ")
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );

/** The words an item is named by (id, name, aliases, label, what it counts, its text). */
const namesOf = (item: object): unknown[] => [
  ...["id", "name", "label", "counts", "unit", "text"].map((key) => field(item, key)),
  ...list(field(item, "aliases")),
];

/** The words of an entry (a role, a value) or a citation: its printed fields and its excerpts. */
const entryWords = (node: unknown): unknown[] => [
  ...["title", "wording", "according_to", "excerpt"].map((key) => field(node, key)),
  ...list(field(node, "cite")).map((c) => field(c, "excerpt")),
];

/** What a merge is chosen by: a draft item's names; a part's or citation's own words. */
const draftWords = (draft: ReviewDraft): Set<string> =>
  fold(draft.scope === "item" ? namesOf(draft.node) : entryWords(draft.node));

/** A target's words: its item's names, and the words of its entries and citations. */
const targetWords = (target: MergeTarget): Set<string> =>
  fold([
    ...namesOf(target.site.item),
    ...target.site.description.parts.flatMap((p) =>
      p.list === undefined ? entryWords(target.node) : list(field(target.node, p.list)).flatMap(entryWords),
    ),
    ...(target.node === target.site.item ? [] : entryWords(target.node)),
  ]);

export function mergeView(state: ReviewState, draft: ReviewDraft): MergeView | undefined {
  const { factBase, places } = state.checked.loaded;
  if (factBase === undefined || places === undefined) return undefined;
  const targets = mergeTargets({ factBase, places }, draft);
  if (targets.length === 0) return undefined;
  const label = (item: object) =>
    shorten(
      [text(field(item, "id")), text(field(item, "name")) ?? text(field(item, "label")) ?? text(field(item, "text"))]
        .filter((v) => v !== undefined)
        .join(": "),
      90,
    );
  const entryLabel = (target: MergeTarget) => {
    if (target.node === target.site.item) return label(target.site.item);
    const part = target.site.description.parts.find((p) => p.list !== undefined && target.path.at(-2) === p.list);
    const shownFields = printedFields(target.node, part?.printed ?? []).map((f) => f.value);
    return shorten(
      `${label(target.site.item)}, ${part?.list === "roles" ? "role" : "value"}: ${shownFields.join(" ")}`,
      90,
    );
  };
  // The target sharing most words with the draft comes chosen (`Tomás Reyes` and `reyes`; a
  // value's excerpt and a figure's other values).
  const own = draftWords(draft);
  const scores = targets.map((t) => [...targetWords(t)].filter((w) => own.has(w)).length);
  const best = scores.indexOf(Math.max(...scores));
  const moved =
    draft.scope === "item"
      ? ""
      : draft.scope === "citation"
        ? "citation"
        : draft.part?.part.list === "roles"
          ? "role"
          : "value";
  return {
    draft: draft.key,
    formId: `merge-${draft.key.replaceAll(".", "-")}`,
    heading:
      draft.scope === "item" ? `Merge ${shown(describeDraft(draft))} into` : `Move ${shown(describeDraft(draft))} to`,
    label: draft.scope === "item" ? "Existing item" : `Where this ${moved} belongs`,
    targets: targets.map((t, i) => ({
      value: t.path.join("."),
      label: `${entryLabel(t)}${t.draft ? " (draft)" : ""}`,
      selected: i === best,
    })),
    actor: draft.scope === "item" && draft.site.description.list === "actors",
  };
}

/** Problems at their fields, for the page to show. */
export const problemsView = (problems: readonly Problem[]) =>
  problems.map((p) => ({ field: p.field ?? null, message: shown(p.message), where: p.where }));
