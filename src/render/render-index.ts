/**
 * `out/index.html`: a static page for the desk, listing every brief built,
 * with its title, summary, edition and date and links to its HTML and PDF,
 * and every brief of the batch that failed; ready to copy to any static host.
 */
import { chooseFontFaces, fontFaceCss } from "../fonts/fonts.js";
import { type IndexEntry, type IndexOptions, indexView } from "./index-view.js";
import type { Renderer } from "./render-html.js";
import type { TemplateSet } from "./template-set.js";

export const renderIndex = async (
  templates: TemplateSet,
  renderer: Renderer,
  results: readonly IndexEntry[],
  outDir: string,
  options: IndexOptions = {},
): Promise<string> => {
  const view = indexView(results, outDir, options);
  const fontCss = await fontFaceCss(chooseFontFaces(JSON.stringify(view), templates.fonts));
  return renderer.index(view, fontCss);
};
