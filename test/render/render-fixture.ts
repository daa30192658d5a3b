/**
 * The briefs the browser tests of the rendered page look at: the Qatar brief and every fixture brief
 * under test/fixtures that checks without errors, rendered as `build` renders them (fonts embedded).
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import type { FactBase } from "../../src/factbase/schema.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { renderBrief } from "../../src/render/render-brief.js";
import { createRenderer } from "../../src/render/render-html.js";
import { editionOf, FIXTURES, ROOT } from "../helpers.js";

/** Every `.yaml` under test/fixtures, relative to the repository, sorted. */
async function fixtureFiles(): Promise<string[]> {
  const entries = await readdir(FIXTURES, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".yaml"))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The fixture briefs that check without errors (a source catalogue or an error case is not a brief). */
export async function buildableFixtures(): Promise<string[]> {
  const out: string[] = [];
  for (const file of await fixtureFiles()) {
    const checked = await checkBrief(file, ROOT);
    if (checked.factBase && checked.errors === 0) out.push(file);
  }
  return out;
}

export interface BriefHtmlOptions {
  /** Compare with a previous edition that worded every position otherwise: a change panel and marks. */
  readonly changes?: boolean;
}

/** A brief's HTML, as `build` writes it (fonts embedded). */
export async function briefHtml(file: string, options: BriefHtmlOptions = {}): Promise<string> {
  const checked = await checkBrief(file, ROOT);
  const fb = checked.factBase;
  if (!fb || checked.errors > 0) throw new Error(`${file} does not check`);
  const before: FactBase = { ...fb, positions: fb.positions?.map((p) => ({ ...p, text: `${p.text} (earlier)` })) };
  const view = resolveBrief(fb, checked.catalog, {
    version: "test",
    disagreements: checked.disagreements,
    fingerprint: "0123456789ab",
    ...(options.changes === true ? { previous: editionOf(before, checked.catalog) } : {}),
  });
  const templates = await loadTemplates();
  return (await renderBrief(templates, await createRenderer(templates), view)).html;
}
