/**
 * Draft items: what `factsheet extract` suggested and no editor has reviewed
 * (`draft: true`, or `draft: { by, note }`). A brief leaves them out unless it
 * is built with --include-drafts; an item an editor has kept must not lean on
 * a draft, or the brief would print a speaker or party that is not in it.
 *
 * A part of a reviewed item may be a draft too: a role, a figure's value or a
 * citation that `extract --into` added to what the brief held. It is left out
 * the same way, and counted with the draft items. An item left with nothing
 * reviewed to stand on (every citation, or every value, a draft) waits with them.
 */
import {
  documentReferences,
  type ItemSite,
  isDraftMark,
  items,
  type PartSite,
  type Places,
  parts,
  references,
} from "./items.js";
import type { YamlPath } from "./parse-yaml.js";
import type { FactBase } from "./schema.js";

/** A draft of the brief: a draft item, or a draft part (role, value, citation) of a reviewed one. */
export interface DraftSite {
  /** The item, the part or the citation mapping that carries the mark. */
  readonly node: object;
  readonly site: ItemSite;
}

const isDraftCitation = (c: unknown): boolean =>
  c !== null && typeof c === "object" && isDraftMark((c as { draft?: unknown }).draft);

/** The reviewed citations of a part: those without a draft mark. */
const reviewedCitations = (part: PartSite): readonly unknown[] => part.cite.filter((c) => !isDraftCitation(c));

/**
 * Whether an item is left out of the brief without its drafts: a draft itself, or a reviewed item
 * whose own citations are all drafts, or (a figure, which cites through its values) whose every
 * value is a draft or cites only drafts.
 */
const isLeftOut = (site: ItemSite): boolean => {
  if (site.draft) return true;
  const all = parts(site);
  const standing = (p: PartSite) => !p.draft && reviewedCitations(p).length > 0;
  const own = all.find((p) => p.part.list === undefined);
  if (own !== undefined) return !standing(own);
  return all.length > 0 && !all.some(standing);
};

/** Every draft of the brief, in document order: draft items, then the draft parts and citations of reviewed ones. */
export const draftSites = (fb: unknown, places?: Places): DraftSite[] => {
  const out: DraftSite[] = [];
  for (const site of items(fb, places)) {
    if (site.draft) {
      out.push({ node: site.item, site });
      continue;
    }
    for (const part of parts(site)) {
      if (part.draft) {
        out.push({ node: part.node, site });
        continue;
      }
      for (const c of part.cite) if (isDraftCitation(c)) out.push({ node: c as object, site });
    }
  }
  return out;
};

/** How many drafts there are: draft items, and draft parts of reviewed items. */
export const countDrafts = (fb: FactBase): number => draftSites(fb).length;

/** The first draft, to point a note at. */
export const firstDraft = (fb: FactBase): object | undefined => draftSites(fb)[0]?.node;

/**
 * The fact base as it prints without its drafts. Items and parts without drafts are the same
 * objects; one that loses a draft part or citation is a copy that stands where the original stood
 * (`places`), so that diagnostics on it keep their lines.
 */
export const withoutDrafts = (fb: FactBase, places?: Places): FactBase => {
  const drafts = draftSites(fb);
  if (drafts.length === 0) return fb;
  const marked = new Set(drafts.map((d) => d.node));
  const withDrafts = new Set(drafts.map((d) => d.site.item));
  const copy = (original: object, changes: Record<string, unknown>): object => {
    const made: Record<string, unknown> = { ...original, ...changes };
    for (const [key, value] of Object.entries(changes)) if (value === undefined) delete made[key];
    places?.standIn(made, original);
    return made;
  };
  /** The citations of a node without its draft ones, or undefined when it has none. */
  const reviewed = (cite: readonly unknown[]): { cite?: readonly unknown[] } =>
    cite.some((c) => marked.has(c as object)) ? { cite: cite.filter((c) => !marked.has(c as object)) } : {};
  const keepItem = (site: ItemSite): object | undefined => {
    if (isLeftOut(site)) return undefined;
    if (!withDrafts.has(site.item)) return site.item;
    const changes: Record<string, unknown> = {};
    for (const part of parts(site)) {
      if (part.part.list === undefined) Object.assign(changes, reviewed(part.cite));
    }
    for (const list of new Set(site.description.parts.flatMap((p) => p.list ?? []))) {
      const entries = parts(site).filter((p) => p.part.list === list);
      const left = entries.flatMap((p) => {
        if (p.draft) return [];
        const cites = reviewed(p.cite);
        if (cites.cite === undefined) return [p.node];
        return cites.cite.length === 0 ? [] : [copy(p.node, cites)];
      });
      // A list the item had, emptied of its drafts, is no list (an actor with no reviewed role).
      changes[list] = left.length === 0 ? undefined : left;
    }
    return copy(site.item, changes);
  };
  const kept: Record<string, unknown> = { ...fb };
  const byList = new Map<string, object[]>();
  for (const site of items(fb)) {
    const item = keepItem(site);
    const list = byList.get(site.description.list) ?? [];
    if (item !== undefined) list.push(item);
    byList.set(site.description.list, list);
  }
  for (const [list, entries] of byList) kept[list] = entries;
  return kept as FactBase;
};

export interface DraftReference {
  readonly path: YamlPath;
  readonly message: string;
}

/** Reviewed items (and the matrix) that refer to a draft: each is an error when the brief is built without drafts. */
export const draftReferences = (fb: FactBase, places: Places): DraftReference[] => {
  const sites = [...items(fb, places)];
  const drafts = new Set(
    sites.filter((s) => isLeftOut(s) && s.id !== undefined).map((s) => `${s.description.kind}:${s.id}`),
  );
  const named = (site: ItemSite | undefined) =>
    site === undefined ? documentReferences(fb) : isLeftOut(site) ? [] : references(site);
  return [undefined, ...sites].flatMap((site) =>
    named(site).flatMap(({ reference, id, path }) =>
      typeof id === "string" && drafts.has(`${reference.kind}:${id}`)
        ? [
            {
              path,
              message: `${reference.name} \`${id}\` is a draft: review it (delete its \`draft: true\`) or build with --include-drafts`,
            },
          ]
        : [],
    ),
  );
};
