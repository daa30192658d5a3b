/**
 * Draft items: what `factsheet extract` suggested and no editor has reviewed
 * (`draft: true`). A brief leaves them out unless it is built with
 * --include-drafts; an item an editor has kept must not lean on a draft, or
 * the brief would print a speaker or party that is not in it.
 */
import { documentReferences, ITEM_KINDS, type ItemSite, isDraftMark, items, type Places, references } from "./items.js";
import type { YamlPath } from "./parse-yaml.js";
import type { FactBase } from "./schema.js";

/** How many items are drafts. */
export const countDrafts = (fb: FactBase): number => [...items(fb)].filter((site) => site.draft).length;

/** The first draft item, to point a note at. */
export const firstDraft = (fb: FactBase): object | undefined => [...items(fb)].find((site) => site.draft)?.item;

/** The fact base as it prints without its drafts: the same item objects, so their places still hold. */
export const withoutDrafts = (fb: FactBase): FactBase => {
  if (countDrafts(fb) === 0) return fb;
  const kept: Record<string, unknown> = { ...fb };
  for (const { list, draftable } of ITEM_KINDS) {
    const value = fb[list];
    if (draftable && value !== undefined) {
      kept[list] = (value as readonly { readonly draft?: unknown }[]).filter((item) => !isDraftMark(item.draft));
    }
  }
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
    sites.filter((s) => s.draft && s.id !== undefined).map((s) => `${s.description.kind}:${s.id}`),
  );
  const named = (site: ItemSite | undefined) =>
    site === undefined ? documentReferences(fb) : site.draft ? [] : references(site);
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
