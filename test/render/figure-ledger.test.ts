/**
 * A figure ledger's date never runs into its value: in the real Chromium, in print at the width of
 * an A4 and a Letter page (what the PDF is printed from) and on screen, every ledger cell's text
 * stays inside its cell, for the Qatar brief, the fixture of figures in millions, and that fixture
 * with the longest dates there are ("c. 26 September 2023", and a count for another such date:
 * invented).
 */
import { beforeAll, expect, it } from "vitest";
import type { BriefView } from "../../src/brief/brief-view.js";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import { PAGE_MARGINS } from "../../src/print/print-pdf.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { renderBrief } from "../../src/render/render-brief.js";
import { createRenderer } from "../../src/render/render-html.js";
import { describeWithBrowser, ROOT } from "../helpers.js";

const PX_PER_MM = 96 / 25.4;
/** Content width in CSS pixels: paper width less the side margins. */
const contentWidth = (paperMm: number) =>
  Math.floor((paperMm - Number.parseFloat(PAGE_MARGINS.left) - Number.parseFloat(PAGE_MARGINS.right)) * PX_PER_MM);

/** Every ledger cell whose text reaches outside it, with the text and by how much. */
const SPILLS = `(() => {
  const out = [];
  for (const cell of document.querySelectorAll("table.figure th, table.figure td")) {
    const box = cell.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(cell);
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      const over = Math.max(r.right - box.right, box.left - r.left);
      if (over > 0.5) out.push(cell.textContent.trim().replace(/\\s+/g, " ") + " by " + over.toFixed(1) + " px");
    }
  }
  return out;
})()`;

describeWithBrowser("figure ledgers in Chromium", (testBrowser) => {
  const browser = testBrowser.launchForSuite();
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    const templates = await loadTemplates();
    const renderer = await createRenderer(templates);
    const views: Record<string, BriefView> = {};
    for (const file of ["data/qatar-mediation.yaml", "test/fixtures/scales/scales.yaml"]) {
      const checked = await checkBrief(file, ROOT);
      if (!checked.factBase) throw new Error(`${file} does not check`);
      views[file] = resolveBrief(checked.factBase, checked.catalog, { version: "t" });
    }
    const scales = views["test/fixtures/scales/scales.yaml"] as BriefView;
    const longest = "c. 26 September 2023";
    views["longest dates"] = {
      ...scales,
      figures: scales.figures.map((f) => ({
        ...f,
        observations: f.observations.map((o) => ({
          ...o,
          asOf: longest,
          countsAsOf: longest,
          countsAsOfIso: "2023-09-26",
        })),
      })),
    };
    for (const [name, view] of Object.entries(views)) pages[name] = (await renderBrief(templates, renderer, view)).html;
  });

  it.each([["data/qatar-mediation.yaml"], ["test/fixtures/scales/scales.yaml"], ["longest dates"]])(
    "%s: no ledger cell's text runs out of its cell, in print (A4, Letter) and on screen",
    async (name) => {
      const html = pages[name] ?? "";
      expect(html).toContain('<table class="figure">');
      for (const [media, width] of [
        ["print", contentWidth(210)],
        ["print", contentWidth(215.9)],
        ["screen", 1280],
      ] as const) {
        const page = await browser().newPage();
        try {
          await page.setJavaScriptEnabled(false);
          await page.emulateMediaType(media);
          await page.setViewport({ width, height: 1000 });
          await page.setContent(html, { waitUntil: "load" });
          expect(await page.evaluate(SPILLS), `${media} at ${width} px`).toEqual([]);
        } finally {
          await page.close();
        }
      }
    },
  );
});
