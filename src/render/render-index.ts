/**
 * `out/index.html`: a static page listing every brief built, with its title,
 * date and links to its HTML and PDF, ready to copy to any static host.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { BriefBuilt } from "../commands/build-brief.js";
import { formatDate } from "../factbase/fuzzy-date.js";
import { VERSION } from "../package-info.js";
import { chooseFontFaces, fontFaceCss } from "./fonts.js";
import type { TemplateSet } from "./load-templates.js";
import type { Renderer } from "./render-html.js";

export interface IndexView {
  readonly version: string;
  readonly count: string;
  readonly briefs: {
    readonly title: string;
    readonly asOf: string;
    readonly asOfIso: string;
    readonly html: string | null;
    readonly pdf: string | null;
    readonly both: boolean;
  }[];
}

/** Links are relative to the index, and only to files that exist. */
export const indexView = (results: readonly BriefBuilt[], outDir: string): IndexView => {
  const link = (file: string | undefined) =>
    file !== undefined && existsSync(file) ? path.relative(outDir, file).split(path.sep).join("/") : null;
  const briefs = results
    .filter((r) => r.status !== "failed" && r.title !== undefined && r.asOf !== undefined)
    .map((r) => {
      const html = link(r.html);
      const pdf = link(r.pdf);
      return {
        title: r.title ?? r.name,
        asOf: formatDate(r.asOf ?? ""),
        asOfIso: r.asOf ?? "",
        html,
        pdf,
        both: html !== null && pdf !== null,
      };
    })
    .sort((a, b) => (a.asOfIso < b.asOfIso ? 1 : a.asOfIso > b.asOfIso ? -1 : a.title < b.title ? -1 : 1));
  return { version: VERSION, count: `${briefs.length} brief${briefs.length === 1 ? "" : "s"}`, briefs };
};

export const renderIndex = async (
  templates: TemplateSet,
  renderer: Renderer,
  results: readonly BriefBuilt[],
  outDir: string,
): Promise<string> => {
  const view = indexView(results, outDir);
  const fontCss = await fontFaceCss(chooseFontFaces(JSON.stringify(view), templates.fonts));
  return renderer.index(view, fontCss);
};
