/**
 * What each review action does to the brief's text, pure: accept (the draft
 * mark goes), reject (the draft goes, and is remembered in `rejected:`),
 * merge (into an existing item), edit (the form's fields), create (a new item
 * from a selection in an article). Each returns the new text, computed from
 * one parse of the old; nothing here reads or writes a file.
 */

import type { ListName } from "../factbase/item-lists.js";
import {
  documentReferences,
  field,
  ITEM_KINDS,
  type ItemSite,
  items,
  list,
  type Places,
  type ReferredKind,
  references,
  text,
} from "../factbase/items.js";
import type { YamlPath } from "../factbase/parse-yaml.js";
import { rejectionOf } from "../factbase/rejections.js";
import type { FactBase, Rejection } from "../factbase/schema.js";
import { describeDraft, keyOf, mergeTargets, type ReviewDraft } from "./find-drafts.js";
import { FORMS, type FormValues, formAt, itemFromForm, PLAIN_FIELDS } from "./forms.js";
import {
  applyEdits,
  type Edit,
  EditError,
  type Editor,
  type EditPath,
  type EntryLines,
  SectionedEditor,
} from "./yaml-edit.js";

/** What an action needs to know of the brief as it stands. */
export interface ActionContext {
  /** The brief's text (line ends as LF). */
  readonly text: string;
  /** The brief as parsed, before validation (every scalar text). */
  readonly raw: unknown;
  readonly factBase: FactBase;
  readonly places: Places;
  readonly drafts: readonly ReviewDraft[];
  /** Today, YYYY-MM-DD: when a rejection was made. */
  readonly today: string;
  /** The text already parsed for editing, if it was (parsing the Qatar brief takes tens of ms). */
  readonly editor?: Editor | undefined;
}

export type ReviewAction =
  | { readonly action: "accept"; readonly draft: string }
  | { readonly action: "reject"; readonly draft: string }
  | {
      readonly action: "merge";
      readonly draft: string;
      /** The path of the item merged into (`figures.2`). */
      readonly into: string;
      /** For an actor: add its name (and aliases) as aliases, its roles as roles. */
      readonly alias?: boolean | undefined;
      readonly roles?: boolean | undefined;
    }
  | {
      readonly action: "edit";
      readonly draft: string;
      readonly values: FormValues;
      readonly accept?: boolean | undefined;
    }
  | { readonly action: "create"; readonly list: ListName; readonly values: FormValues };

export interface ActionResult {
  readonly text: string;
  /** The item the form edited or made, for pointing its problems at its fields. */
  readonly item?: YamlPath;
  /** What the status line says once it is written. */
  readonly done: string;
  /** The rejection written, when one was. */
  readonly rejection?: Rejection;
}

/** A request that cannot be carried out as asked (no such draft, nothing to merge into). */
export class ActionError extends Error {
  override readonly name = "ActionError";
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value at `path` of the raw document. */
const at = (raw: unknown, path: YamlPath): unknown => {
  let node = raw;
  for (const segment of path) node = typeof segment === "number" ? list(node)[segment] : field(node, segment);
  return node;
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Edits that turn `before` into `after` at `path`, touching only what differs. */
function diffEdits(editor: Editor, path: EditPath, before: unknown, after: unknown): Edit[] {
  if (same(before, after)) return [];
  const last = path.at(-1);
  const plain = typeof last === "string" && PLAIN_FIELDS.has(last);
  if (isMapping(before) && isMapping(after) && editor.node(path) !== undefined) {
    const edits: Edit[] = [];
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) edits.push(...editor.removeKey(path, key));
      else edits.push(...diffEdits(editor, [...path, key], before[key], after[key]));
    }
    for (const key of Object.keys(after)) {
      if (!Object.hasOwn(before, key))
        edits.push(...editor.setValue([...path, key], after[key], PLAIN_FIELDS.has(key)));
    }
    return edits;
  }
  if (Array.isArray(before) && Array.isArray(after) && editor.node(path) !== undefined) {
    if (after.length === before.length) return before.flatMap((b, i) => diffEdits(editor, [...path, i], b, after[i]));
    if (after.length > before.length && same(before, after.slice(0, before.length))) {
      return editor.appendEntries(
        path,
        after.slice(before.length).map((value) => ({ value })),
      );
    }
    if (after.length === before.length - 1) {
      const gone = before.findIndex((b, i) => !same(b, after[i]));
      if (
        same(
          after,
          before.filter((_, i) => i !== gone),
        )
      )
        return editor.removeEntry(path, gone);
    }
  }
  return editor.setValue(path, after, plain);
}

/** Edits that rename every reference to the `kind` item `from` (outside the paths skipped) as `to`. */
function renameReferences(
  editor: Editor,
  raw: unknown,
  kind: ReferredKind,
  from: string,
  to: string,
  skip: readonly string[],
): Edit[] {
  const inside = (path: YamlPath) => skip.some((s) => `${path.join(".")}.`.startsWith(`${s}.`));
  const named = [...items(raw).flatMap((site) => references(site)), ...documentReferences(raw)];
  return named
    .filter((r) => r.reference.kind === kind && r.id === from && !inside(r.path))
    .flatMap((r) => editor.setValue(r.path, to));
}

/** The draft the page named, from the brief as it stands. */
function draftNamed(ctx: ActionContext, key: string): ReviewDraft {
  const found = ctx.drafts.find((d) => d.key === key);
  if (found === undefined) throw new ActionError(`no draft at ${key}: the page is out of date, reload it`);
  return found;
}

/** Edits that take the draft marks off an entry (a role, a value) and off its citations. */
function unmarkEntry(editor: Editor, raw: unknown, path: YamlPath): Edit[] {
  const entry = at(raw, path);
  const edits = editor.removeKey(path, "draft");
  list(field(entry, "cite")).forEach((c, k) => {
    if (isMapping(c) && Object.hasOwn(c, "draft")) edits.push(...editor.removeKey([...path, "cite", k], "draft"));
  });
  return edits;
}

/** An entry without its draft marks, as a value (for a list written inline). */
const unmarked = (entry: unknown): unknown => {
  if (!isMapping(entry)) return entry;
  const { draft: _draft, ...rest } = entry;
  if (Array.isArray(rest.cite)) rest.cite = rest.cite.map(unmarked);
  return rest;
};

/** Entries of the list at `path` to append elsewhere: their own lines where the list is in block style. */
function movedEntries(editor: Editor, raw: unknown, path: YamlPath, keep: (entry: unknown) => boolean = () => true) {
  return list(at(raw, path)).flatMap((entry, j) => {
    if (!keep(entry)) return [];
    const lines: EntryLines | undefined = isMapping(entry)
      ? editor.entryLines(path, j, unmarkEntry(editor, raw, [...path, j]))
      : editor.entryLines(path, j);
    return [{ value: unmarked(entry), lines }];
  });
}

const citeKey = (c: unknown): string =>
  typeof c === "string" ? `${c}\u0000` : `${text(field(c, "source")) ?? ""}\u0000${text(field(c, "excerpt")) ?? ""}`;

/** A part of an item standing alone as an item: what `rejectionOf` remembers of a rejected part. */
function siteOfPart(draft: ReviewDraft): ItemSite {
  const { site, part } = draft;
  const item = site.item as Record<string, unknown>;
  const alone: Record<string, unknown> = { ...item, cite: [] };
  for (const p of site.description.parts) if (p.list !== undefined) alone[p.list] = [];
  if (draft.scope === "part" && part?.part.list !== undefined) alone[part.part.list] = [part.node];
  if (draft.scope === "citation") {
    if (part === undefined || part.part.list === undefined) alone.cite = [draft.node];
    else alone[part.part.list] = [{ ...(part.node as Record<string, unknown>), cite: [draft.node] }];
  }
  return { ...site, item: alone };
}

function accept(ctx: ActionContext, editor: Editor, draft: ReviewDraft): ActionResult {
  const edits = editor.removeKey(draft.path, "draft");
  if (edits.length === 0) throw new ActionError(`${draft.key} is not marked draft`);
  return { text: applyEdits(ctx.text, edits), done: `accepted ${describeDraft(draft)}` };
}

function reject(ctx: ActionContext, editor: Editor, draft: ReviewDraft): ActionResult {
  const rejection = rejectionOf(draft.scope === "item" ? draft.site : siteOfPart(draft), ctx.today);
  const edits = editor.removeEntry(draft.path.slice(0, -1), Number(draft.path.at(-1)));
  if (rejection !== undefined) edits.push(...editor.appendEntries(["rejected"], [{ value: rejection }]));
  return {
    text: applyEdits(ctx.text, edits),
    done: `rejected ${describeDraft(draft)}${rejection === undefined ? " (it cites no words to remember it by)" : ""}`,
    ...(rejection === undefined ? {} : { rejection }),
  };
}

function merge(
  ctx: ActionContext,
  editor: Editor,
  draft: ReviewDraft,
  action: Extract<ReviewAction, { action: "merge" }>,
): ActionResult {
  if (draft.scope !== "item") return mergePart(ctx, editor, draft, action.into);
  const { description } = draft.site;
  const target = items(ctx.raw).find((s) => s.path.join(".") === action.into);
  if (target === undefined || target.description !== description || target.path.join(".") === draft.key) {
    throw new ActionError(`${action.into} is not another ${description.kind} to merge into`);
  }
  const raw = at(ctx.raw, draft.path);
  const into = target.item;
  const edits: Edit[] = [];
  const citesOf = (node: unknown) => list(field(node, "cite"));
  const addCites = (from: YamlPath, to: YamlPath) => {
    const have = new Set(citesOf(at(ctx.raw, to)).map(citeKey));
    edits.push(
      ...editor.appendEntries(
        [...to, "cite"],
        movedEntries(editor, ctx.raw, [...from, "cite"], (c) => !have.has(citeKey(c))),
      ),
    );
  };
  switch (description.list) {
    case "figures":
      edits.push(
        ...editor.appendEntries(
          [...target.path, "observations"],
          movedEntries(editor, ctx.raw, [...draft.path, "observations"]),
        ),
      );
      break;
    case "actors": {
      if (action.alias !== false) {
        const known = new Set([text(field(into, "name")), ...list(field(into, "aliases"))]);
        const names = [text(field(raw, "name")), ...list(field(raw, "aliases"))].filter(
          (n, i, all): n is string => typeof n === "string" && !known.has(n) && all.indexOf(n) === i,
        );
        edits.push(
          ...editor.appendEntries(
            [...target.path, "aliases"],
            names.map((value) => ({ value })),
          ),
        );
      }
      if (action.roles !== false) {
        edits.push(
          ...editor.appendEntries([...target.path, "roles"], movedEntries(editor, ctx.raw, [...draft.path, "roles"])),
        );
      }
      addCites(draft.path, target.path);
      break;
    }
    case "quotes":
    case "timeline":
    case "positions":
      addCites(draft.path, target.path);
      break;
    default:
      break;
  }
  const from = text(field(raw, "id"));
  const to = text(field(into, "id"));
  const kind = description.kind;
  if (from !== undefined && to !== undefined && (kind === "actor" || kind === "quote" || kind === "question")) {
    edits.push(...renameReferences(editor, ctx.raw, kind, from, to, [draft.key]));
  }
  edits.push(...editor.removeEntry([description.list], Number(draft.path.at(-1))));
  return {
    text: applyEdits(ctx.text, edits),
    done: `merged ${describeDraft(draft)} into ${description.kind} \`${to ?? action.into}\``,
  };
}

function edit(
  ctx: ActionContext,
  editor: Editor,
  draft: ReviewDraft,
  values: FormValues,
  andAccept: boolean,
): ActionResult {
  const { description } = draft.site;
  // A draft item's form has the item's fields; a drafted role, value or citation's form, its own.
  const path = draft.scope === "item" ? draft.site.path : draft.path;
  const spec = formAt(path);
  if (spec === undefined) throw new ActionError(`${description.kind}s cannot be edited here`);
  const before = at(ctx.raw, path);
  const after = itemFromForm(before, spec, values);
  if (andAccept) delete after.draft;
  const edits = diffEdits(editor, path, before, after);
  const from = text(field(before, "id"));
  const to = text(after.id);
  const kind = description.kind;
  if (
    draft.scope === "item" &&
    from !== undefined &&
    to !== undefined &&
    from !== to &&
    (kind === "actor" || kind === "quote" || kind === "question")
  ) {
    edits.push(...renameReferences(editor, ctx.raw, kind, from, to, [path.join(".")]));
  }
  if (edits.length === 0) throw new ActionError("nothing changed");
  return {
    text: applyEdits(ctx.text, edits),
    item: path,
    done: `${andAccept ? "saved and accepted" : "saved"} ${describeDraft(draft)}`,
  };
}

/** What a merge target is called in messages: "figure `workers`", "a value of figure `workers`". */
function targetName(site: ItemSite, path: YamlPath): string {
  const item = `${site.description.kind}${site.id === undefined ? "" : ` \`${site.id}\``}`;
  if (path.length === site.path.length) return item;
  return `${path.at(-2) === "roles" ? "a role" : "a value"} of ${item}`;
}

/**
 * Moves a drafted role or value to another item of its kind, or a drafted citation to another
 * part that cites: its lines go from where `extract --into` put them and land, as they were
 * written, at the end of the target's list, without their draft marks (a merge is the editor's
 * decision). A citation the target already has is not written twice.
 */
function mergePart(ctx: ActionContext, editor: Editor, draft: ReviewDraft, into: string): ActionResult {
  const target = mergeTargets(ctx, draft).find((t) => keyOf(t.path) === into);
  const what = draft.scope === "citation" ? "citation" : draft.part?.part.list === "roles" ? "role" : "value";
  if (target === undefined) throw new ActionError(`${into} is not a place to move this ${what} to`);
  const list_ = draft.scope === "citation" ? "cite" : draft.part?.part.list;
  if (list_ === undefined) throw new ActionError(`${draft.key} is not a part that can be moved`);
  const from = draft.path.slice(0, -1);
  const index = Number(draft.path.at(-1));
  const entry = at(ctx.raw, draft.path);
  const to = [...target.path, list_];
  const twice = draft.scope === "citation" && list(at(ctx.raw, to)).some((c) => citeKey(c) === citeKey(entry));
  const edits: Edit[] = [];
  if (!twice) {
    const lines = isMapping(entry)
      ? editor.entryLines(from, index, unmarkEntry(editor, ctx.raw, draft.path))
      : editor.entryLines(from, index);
    edits.push(...editor.appendEntries(to, [{ value: unmarked(entry), lines }]));
  }
  edits.push(...editor.removeEntry(from, index));
  return {
    text: applyEdits(ctx.text, edits),
    done: `merged ${describeDraft(draft)} into ${targetName(target.site, target.path)}${twice ? " (which cites the same words already)" : ""}`,
  };
}

/** A new item's fields with numbers and booleans as such, so that they are written bare. */
const typed = (value: unknown, key?: string): unknown => {
  if (Array.isArray(value)) return value.map((v) => typed(v));
  if (isMapping(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typed(v, k)]));
  if (typeof value === "string" && key !== undefined && PLAIN_FIELDS.has(key)) {
    if (value === "true" || value === "false") return value === "true";
    if (/^-?\d{1,15}(?:\.\d{1,6})?$/.test(value)) return Number(value);
  }
  return value;
};

function create(ctx: ActionContext, editor: Editor, name: ListName, values: FormValues): ActionResult {
  const spec = FORMS[name];
  if (spec === undefined) throw new ActionError(`no ${name} can be made here`);
  const item = itemFromForm({}, spec, values);
  const index = list(field(ctx.raw, name)).length;
  const edits = editor.appendEntries([name], [{ value: typed(item) }]);
  const kind = ITEM_KINDS.find((d) => d.list === name)?.kind ?? "item";
  return { text: applyEdits(ctx.text, edits), item: [name, index], done: `added ${kind} \`${String(item.id ?? "")}\`` };
}

/** The brief's text after `action`. */
export function applyAction(ctx: ActionContext, action: ReviewAction): ActionResult {
  const editor = ctx.editor?.text === ctx.text ? ctx.editor : SectionedEditor.of(ctx.text);
  try {
    switch (action.action) {
      case "accept":
        return accept(ctx, editor, draftNamed(ctx, action.draft));
      case "reject":
        return reject(ctx, editor, draftNamed(ctx, action.draft));
      case "merge":
        return merge(ctx, editor, draftNamed(ctx, action.draft), action);
      case "edit":
        return edit(ctx, editor, draftNamed(ctx, action.draft), action.values, action.accept === true);
      case "create":
        return create(ctx, editor, action.list, action.values);
    }
  } catch (error) {
    if (error instanceof EditError)
      throw new ActionError(`cannot write this change without touching other lines: ${error.message}`);
    throw error;
  }
}
