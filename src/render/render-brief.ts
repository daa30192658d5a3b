/**
 * Renders a brief with its fonts: the HTML document, and the running header
 * and footer Chromium prints on every PDF page (which need their own copy of
 * the label font: they are rendered apart from the page).
 */
import type { BriefView } from "../brief/brief-view.js";
import { chooseFontFaces, fontFaceCss, SCRIPT_ONLY } from "../fonts/fonts.js";
import type { Renderer } from "./render-html.js";
import type { TemplateSet } from "./template-set.js";

export interface RenderedBrief {
  readonly html: string;
  readonly header: string;
  readonly footer: string;
  /** The document again, its contents showing these PDF page numbers (by section anchor). */
  withPages(pages: Readonly<Record<string, string>>): string;
}

export const renderBrief = async (
  templates: TemplateSet,
  renderer: Renderer,
  view: BriefView,
): Promise<RenderedBrief> => {
  const faces = chooseFontFaces(JSON.stringify(view), templates.fonts);
  const fontCss = await fontFaceCss(faces);
  // The header and footer hold the title, desk and date: the label face in whatever subsets they use.
  const running = `${view.title} ${view.desk ?? ""} ${view.asOf} Fact sheet Page of Fingerprint 0123456789`;
  const label = await fontFaceCss(
    chooseFontFaces(running, templates.fonts).filter(
      (f) =>
        (f.family === "Noto Sans" || SCRIPT_ONLY[f.family] !== undefined) && f.weight === 400 && f.style === "normal",
    ),
  );
  return {
    html: renderer.html(view, fontCss),
    withPages: (pages) =>
      renderer.html(
        { ...view, toc: view.toc.map((entry) => ({ ...entry, page: pages[entry.anchor] ?? "" })) },
        fontCss,
      ),
    header: renderer.printHeader(view, label),
    footer: renderer.printFooter(view, label),
  };
};
