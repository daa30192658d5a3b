/**
 * `out/index.html`: a static page listing every brief built, with its title,
 * date and links to its HTML and PDF, ready to copy to any static host.
 */
import { chooseFontFaces, fontFaceCss } from "../fonts/fonts.js";
import { type IndexEntry, indexView } from "./index-view.js";
import type { Renderer } from "./render-html.js";
import type { TemplateSet } from "./template-set.js";

export const renderIndex = async (
  templates: TemplateSet,
  renderer: Renderer,
  results: readonly IndexEntry[],
  outDir: string,
): Promise<string> => {
  const view = indexView(results, outDir);
  const fontCss = await fontFaceCss(chooseFontFaces(JSON.stringify(view), templates.fonts));
  return renderer.index(view, fontCss);
};
