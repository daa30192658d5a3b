/**
 * Layout at the printed page's width, in the real Chromium: nothing may
 * stick out of the content box on A4 or Letter, and no table row may be
 * allowed to split across pages; with and without a long change panel (its
 * lead on page one, the whole panel after the contents).
 */
import { beforeAll, expect, it } from "vitest";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import type { FactBase } from "../../src/factbase/schema.js";
import { PAGE_MARGINS } from "../../src/print/print-pdf.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { renderBrief } from "../../src/render/render-brief.js";
import { createRenderer } from "../../src/render/render-html.js";
import { describeWithBrowser, editionOf, ROOT } from "../helpers.js";

const PX_PER_MM = 96 / 25.4;
const mm = (value: string) => Number.parseFloat(value);
/** Content width in CSS pixels: paper width less the side margins. */
const contentWidth = (paperMm: number) =>
  Math.floor((paperMm - mm(PAGE_MARGINS.left) - mm(PAGE_MARGINS.right)) * PX_PER_MM);

describeWithBrowser("print layout", (testBrowser) => {
  const browser = testBrowser.launchForSuite();
  const html: Record<string, string> = {};
  beforeAll(async () => {
    const checked = await checkBrief("data/qatar-mediation.yaml", ROOT);
    const fb = checked.factBase;
    if (!fb) throw new Error("the Qatar brief does not check");
    // A previous edition that worded every position otherwise: a change panel of 44 rows.
    const before = { ...fb, positions: fb.positions?.map((p) => ({ ...p, text: `${p.text} (earlier)` })) };
    const previous = editionOf(before as FactBase, checked.catalog);
    const templates = await loadTemplates();
    const renderer = await createRenderer(templates);
    for (const [name, extra] of [
      ["", {}],
      [" with a long change panel", { previous }],
    ] as const) {
      const view = resolveBrief(fb, checked.catalog, { version: "t", disagreements: checked.disagreements, ...extra });
      html[name] = (await renderBrief(templates, renderer, view)).html;
    }
  });

  it.each([
    ["A4", "", 210],
    ["Letter", "", 215.9],
    ["A4", " with a long change panel", 210],
    ["Letter", " with a long change panel", 215.9],
  ])("nothing overflows the content box on %s%s", async (_paper, variant, paperMm) => {
    if (variant !== "") expect(html[variant]).toMatch(/<div class="changes-lead">[\s\S]*<section id="changes"/);
    const page = await browser().newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.emulateMediaType("print");
      const width = contentWidth(paperMm);
      await page.setViewport({ width, height: 1000 });
      await page.setContent(html[variant] ?? "", { waitUntil: "load" });
      const report = (await page.evaluate(`(() => {
        const width = document.documentElement.clientWidth;
        const over = [];
        for (const el of document.body.querySelectorAll("*")) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || getComputedStyle(el).position === "absolute") continue;
          if (r.right > width + 0.5 || r.left < -0.5) over.push(el.tagName.toLowerCase() + "." + (el.getAttribute("class") ?? "") + " " + Math.round(r.left) + ".." + Math.round(r.right));
        }
        const rows = [...document.querySelectorAll("tr")];
        const splittable = rows.filter((tr) => getComputedStyle(tr).breakInside !== "avoid").length;
        return { width, scroll: document.documentElement.scrollWidth, over: over.slice(0, 10), rows: rows.length, splittable };
      })()`)) as { width: number; scroll: number; over: string[]; rows: number; splittable: number };
      expect(report.over).toEqual([]);
      expect(report.scroll).toBeLessThanOrEqual(report.width);
      expect(report.rows).toBeGreaterThan(50);
      expect(report.splittable).toBe(0);
    } finally {
      await page.close();
    }
  });
});
