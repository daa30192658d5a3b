/**
 * Draft items: what `factsheet extract` suggested and no editor has reviewed
 * (`draft: true`). A brief leaves them out unless it is built with
 * --include-drafts; an item an editor has kept must not lean on a draft, or
 * the brief would print a speaker or party that is not in it.
 */
import type { YamlPath } from "./parse-yaml.js";
import type { FactBase } from "./schema.js";

const LISTS = ["actors", "timeline", "positions", "figures", "quotes", "questions"] as const;

const isDraft = (item: { readonly draft?: boolean | undefined }): boolean => item.draft === true;

/** How many items of each list are drafts. */
export const countDrafts = (fb: FactBase): number =>
  LISTS.reduce((sum, list) => sum + (fb[list] ?? []).filter(isDraft).length, 0);

/** The path of the first draft item, to point a note at. */
export const firstDraft = (fb: FactBase): YamlPath | undefined => {
  for (const list of LISTS) {
    const index = (fb[list] ?? []).findIndex(isDraft);
    if (index >= 0) return [list, index];
  }
  return undefined;
};

/** The fact base as it prints without its drafts. */
export const withoutDrafts = (fb: FactBase): FactBase => {
  if (countDrafts(fb) === 0) return fb;
  const keep = <T extends { readonly draft?: boolean | undefined }>(items: readonly T[] | undefined): T[] | undefined =>
    items?.filter((item) => !isDraft(item));
  return {
    ...fb,
    actors: keep(fb.actors),
    timeline: keep(fb.timeline),
    positions: keep(fb.positions),
    figures: keep(fb.figures),
    quotes: keep(fb.quotes),
    questions: keep(fb.questions),
  };
};

export interface DraftReference {
  readonly path: YamlPath;
  readonly message: string;
}

/** Reviewed items that refer to a draft: each is an error when the brief is built without drafts. */
export const draftReferences = (fb: FactBase): DraftReference[] => {
  const draftActors = new Set((fb.actors ?? []).filter(isDraft).map((a) => a.id));
  const draftQuestions = new Set((fb.questions ?? []).filter(isDraft).map((q) => q.id));
  const draftQuotes = new Set((fb.quotes ?? []).filter(isDraft).map((q) => q.id));
  const found: DraftReference[] = [];
  const refer = (drafts: ReadonlySet<string>, id: string | undefined, path: YamlPath, what: string): void => {
    if (id !== undefined && drafts.has(id)) {
      found.push({
        path,
        message: `${what} \`${id}\` is a draft: review it (delete its \`draft: true\`) or build with --include-drafts`,
      });
    }
  };
  (fb.actors ?? []).forEach((a, i) => {
    if (!isDraft(a)) refer(draftActors, a.affiliation, ["actors", i, "affiliation"], "affiliation");
  });
  (fb.timeline ?? []).forEach((e, i) => {
    if (isDraft(e)) return;
    e.actors?.forEach((id, k) => {
      refer(draftActors, id, ["timeline", i, "actors", k], "actor");
    });
  });
  (fb.positions ?? []).forEach((p, i) => {
    if (isDraft(p)) return;
    refer(draftActors, p.party, ["positions", i, "party"], "party");
    refer(draftQuestions, p.question, ["positions", i, "question"], "question");
  });
  (fb.quotes ?? []).forEach((q, i) => {
    if (isDraft(q)) return;
    refer(draftActors, q.speaker, ["quotes", i, "speaker"], "speaker");
    refer(draftQuotes, q.variant_of, ["quotes", i, "variant_of"], "quote");
  });
  fb.matrix?.parties.forEach((id, k) => {
    refer(draftActors, id, ["matrix", "parties", k], "matrix party");
  });
  fb.matrix?.questions?.forEach((id, k) => {
    refer(draftQuestions, id, ["matrix", "questions", k], "question");
  });
  return found;
};
