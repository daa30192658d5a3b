/**
 * The drafts a review page lists, found with the item registry's visitor:
 * draft items, and the draft parts of reviewed items (a role, a figure's
 * value, a citation that `extract --into` added to what the brief held),
 * each under its item. A draft is named by its path in the brief
 * (`quotes.3`, `figures.1.observations.2`, `timeline.4.cite.1`): what the
 * page sends back, checked against this list before anything is written.
 */
import { citations, field, type ItemSite, items, type PartSite, type Places, parts, text } from "../factbase/items.js";
import type { YamlPath } from "../factbase/parse-yaml.js";
import type { FactBase } from "../factbase/schema.js";

/** What the draft is: a whole item, a role or value of one, or one of its citations. */
export type DraftScope = "item" | "part" | "citation";

export interface ReviewDraft {
  /** Its path joined by dots: what the page names it by. */
  readonly key: string;
  readonly path: YamlPath;
  readonly scope: DraftScope;
  /** The item it is, or stands in. */
  readonly site: ItemSite;
  /** The part it is or stands in (the item's own part for a citation of the item). */
  readonly part: PartSite | undefined;
  /** The draft item, part or citation as validated. */
  readonly node: object;
  /** The extraction pattern that drafted it, and what to check, when the mark says. */
  readonly by: string | undefined;
  readonly note: string | undefined;
}

export const keyOf = (path: YamlPath): string => path.join(".");

/** A key as the page sends it back, as a path; undefined when it is not one. */
export function pathOfKey(key: string): YamlPath | undefined {
  if (!/^[a-z_]+(?:\.(?:\d{1,6}|[a-z_]+))*$/.test(key)) return undefined;
  return key.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

const markOf = (node: object): { by: string | undefined; note: string | undefined } => {
  const mark = field(node, "draft");
  return { by: text(field(mark, "by")), note: text(field(mark, "note")) };
};

/** Every draft of a validated brief, in document order, a part's drafts after its item's. */
export function findDrafts(fb: FactBase, places: Places): ReviewDraft[] {
  const out: ReviewDraft[] = [];
  const sites = items(fb, places);
  const draftCitations = citations(fb, places).filter((c) => c.draft);
  for (const site of sites) {
    if (site.draft) {
      out.push({
        key: keyOf(site.path),
        path: site.path,
        scope: "item",
        site,
        part: undefined,
        node: site.item,
        ...markOf(site.item),
      });
      continue;
    }
    const itemParts = parts(site);
    for (const part of itemParts) {
      if (part.draft) {
        out.push({
          key: keyOf(part.path),
          path: part.path,
          scope: "part",
          site,
          part,
          node: part.node,
          ...markOf(part.node),
        });
      }
    }
    for (const citation of draftCitations) {
      if (citation.item !== site) continue;
      // A citation of a draft part goes with its part.
      const part = itemParts.find((p) => keyOf(citation.path).startsWith(`${keyOf(p.path)}.cite.`));
      if (part?.draft) continue;
      const node = part?.cite[Number(citation.path.at(-1))];
      if (typeof node !== "object" || node === null) continue;
      out.push({
        key: keyOf(citation.path),
        path: citation.path,
        scope: "citation",
        site,
        part,
        node,
        ...markOf(node),
      });
    }
  }
  return out;
}

/** "quote `q-reyes-2`", "a value of figure `workers`", "a citation of event `talks`". */
export function describeDraft(draft: ReviewDraft): string {
  const { kind } = draft.site.description;
  const item = `${kind}${draft.site.id === undefined ? "" : ` \`${draft.site.id}\``}`;
  if (draft.scope === "item") return item;
  if (draft.scope === "citation") return `a citation of ${item}`;
  return `${draft.part?.part.list === "roles" ? "a role" : "a value"} of ${item}`;
}

/** Where a draft can be merged: an item (for a draft item, role or value), or a citing part (for a citation). */
export interface MergeTarget {
  /** Its path: what the page sends back as `into`. */
  readonly path: YamlPath;
  /** The item it is, or stands in. */
  readonly site: ItemSite;
  /** The item, or the entry (a role, a value) whose citations a citation would join. */
  readonly node: object;
  readonly draft: boolean;
}

/**
 * What a draft can be merged into: a draft item, into another item of its kind; a drafted role
 * or value, into another item of its kind (another actor, another figure); a drafted citation,
 * into another part of the same kind that cites (another quote or event; another figure's value
 * for a value's citation).
 */
export function mergeTargets(
  ctx: { readonly factBase: FactBase; readonly places: Places },
  draft: ReviewDraft,
  /** The brief's items, when the caller walks them once for many drafts (the page does). */
  all: readonly ItemSite[] = items(ctx.factBase, ctx.places),
): MergeTarget[] {
  const others = all.filter((s) => s.description === draft.site.description && s !== draft.site);
  if (draft.scope !== "citation") {
    return others.map((site) => ({ path: site.path, site, node: site.item, draft: site.draft }));
  }
  const own = draft.part;
  if (own === undefined) return [];
  const ownKey = keyOf(own.path);
  return [draft.site, ...others].flatMap((site) =>
    parts(site)
      .filter((p) => p.part === own.part && keyOf(p.path) !== ownKey)
      .map((p) => ({ path: p.path, site, node: p.node, draft: site.draft || p.draft })),
  );
}
