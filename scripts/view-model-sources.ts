/** The files the view model's reference is generated from, read through `read` (a path from the repository's root). */
import path from "node:path";
import type { ViewModelSources } from "./view-model-doc.js";

/** Where the reference is written, from the repository's root. */
export const VIEW_MODEL_DOC = "docs/view-model.md";

const BRIEF_VIEW = "src/brief/brief-view.ts";
const INDEX_VIEW = "src/render/index-view.ts";

export async function viewModelSources(read: (file: string) => Promise<string>): Promise<ViewModelSources> {
  const briefView = { file: BRIEF_VIEW, text: await read(BRIEF_VIEW) };
  const indexView = { file: INDEX_VIEW, text: await read(INDEX_VIEW) };
  // The view model imports a few types from files beside it: read each now, hand them over by import path.
  const imported = new Map<string, { file: string; text: string }>();
  for (const match of briefView.text.matchAll(/from "(\.\/[\w-]+)\.js"/g)) {
    const file = path.posix.join(path.posix.dirname(BRIEF_VIEW), `${match[1]}.ts`);
    imported.set(`${match[1]}.js`, { file, text: await read(file) });
  }
  return {
    briefView,
    indexView,
    imported: (from) => {
      const found = imported.get(from);
      if (found === undefined) throw new Error(`${BRIEF_VIEW}: imports from ${from}, which the reference cannot read`);
      return found;
    },
  };
}
