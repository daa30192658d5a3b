/**
 * Chart labels measured in the real Chromium: in every chart of the Qatar brief, of the fixture of
 * figures in millions (test/fixtures/scales, invented), and of invented series (two values 8 days
 * apart on a long axis, a short series within one month, values close together), no text box
 * overlaps another or leaves the chart, on screen at 390 and 1280 px and in print; the widths the
 * layout counts with are the widths Chromium sets.
 */
import { beforeAll, expect, it } from "vitest";
import type { BriefView, FigureView } from "../../src/brief/brief-view.js";
import { textWidth } from "../../src/brief/chart-text.js";
import { type ChartValue, figureChart } from "../../src/brief/figure-chart.js";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { renderBrief } from "../../src/render/render-brief.js";
import { createRenderer } from "../../src/render/render-html.js";
import { describeWithBrowser, ROOT } from "../helpers.js";

/** Invented series, each a chart of its own. */
const INVENTED: Record<string, readonly ChartValue[]> = {
  // Two values 8 days apart on an axis of fourteen months: their points almost touch.
  "8 days apart": [
    { value: 7000, qualifier: "more_than", date: "2023-10-26" },
    { value: 30_000, qualifier: "about", date: "2024-03-01" },
    { value: 35_200, qualifier: "nearly", date: "2024-03-09" },
    { value: 46_000, qualifier: "nearly", date: "2025-01-07" },
  ],
  "8 days apart, alone": [
    { value: 1_200_000_000, date: "2024-02-05" },
    { value: 1_210_000_000, qualifier: "about", date: "2024-02-13" },
  ],
  // A short series: one month, a date known only to the month among them.
  "a short series": [
    { value: 1_400_000, qualifier: "up_to", date: "2005-02" },
    { value: 1_500_000, qualifier: "more_than", date: "2005-02-03" },
    { value: 1_450_000, qualifier: "about", date: "2005-02-10" },
  ],
  "close values, many points": Array.from({ length: 9 }, (_, i) => ({
    value: 10_000 + (i % 3) * 150,
    qualifier: "more_than" as const,
    date: `2024-0${i + 1}-15`,
  })),
  "across twenty years": [
    { value: 2_300_000_000, date: "2005" },
    { value: 4_100_000_000, qualifier: "at_least", date: "2015-06" },
    { value: 3_950_000_000, qualifier: "less_than", date: "2024-12-30" },
  ],
};

/** What the page measures of each chart: its labels' boxes, in the chart's own units. */
interface Measured {
  readonly chart: string;
  readonly width: number;
  readonly height: number;
  readonly texts: { kind: string; text: string; x: number; y: number; w: number; h: number; length: number }[];
}

const MEASURE = `[...document.querySelectorAll(".chart svg")].map((svg) => ({
  chart: svg.querySelector("title").textContent.split(":")[0],
  width: svg.viewBox.baseVal.width,
  height: svg.viewBox.baseVal.height,
  texts: [...svg.querySelectorAll("text")].map((t) => {
    const b = t.getBBox();
    return { kind: t.getAttribute("class"), text: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height, length: t.getComputedTextLength() };
  }),
}))`;

/** Every pair of labels whose boxes overlap, and every label outside its chart. */
const problems = (charts: readonly Measured[]): string[] =>
  charts.flatMap(({ chart, width, height, texts }) => [
    ...texts
      .filter((t) => t.x < 0 || t.y < 0 || t.x + t.w > width || t.y + t.h > height)
      .map((t) => `${chart}: "${t.text}" leaves the chart`),
    ...texts.flatMap((a, i) =>
      texts
        .slice(i + 1)
        .filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        .map((b) => `${chart}: "${a.text}" overlaps "${b.text}"`),
    ),
  ]);

describeWithBrowser("chart labels in Chromium", (testBrowser) => {
  const browser = testBrowser.launchForSuite();
  const pages: Record<string, string> = {};
  const views: Record<string, BriefView> = {};

  beforeAll(async () => {
    const templates = await loadTemplates();
    const renderer = await createRenderer(templates);
    for (const file of ["data/qatar-mediation.yaml", "test/fixtures/scales/scales.yaml"]) {
      const checked = await checkBrief(file, ROOT);
      if (!checked.factBase) throw new Error(`${file} does not check`);
      views[file] = resolveBrief(checked.factBase, checked.catalog, { version: "t" });
    }
    // The invented series, drawn in the page of the scales fixture in place of its figures.
    const base = views["test/fixtures/scales/scales.yaml"] as BriefView;
    const model = base.figures[0] as FigureView;
    const figures = Object.entries(INVENTED).map(([label, series], i) => ({
      ...model,
      id: `invented-${i}`,
      anchor: `figure-invented-${i}`,
      label,
      chart: figureChart(label, "people", series),
    }));
    views.invented = { ...base, figures };
    for (const [name, view] of Object.entries(views)) pages[name] = (await renderBrief(templates, renderer, view)).html;
  });

  const measure = async (html: string, width: number, media: "screen" | "print"): Promise<Measured[]> => {
    const page = await browser().newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.emulateMediaType(media);
      await page.setViewport({ width, height: 900 });
      await page.setContent(html, { waitUntil: "load" });
      return (await page.evaluate(MEASURE)) as Measured[];
    } finally {
      await page.close();
    }
  };

  it.each([
    ["data/qatar-mediation.yaml", 2],
    ["test/fixtures/scales/scales.yaml", 3],
    ["invented", Object.keys(INVENTED).length],
  ])("%s: no label overlaps another or leaves its chart (%i charts)", async (name, count) => {
    for (const [width, media] of [
      [390, "screen"],
      [1280, "screen"],
      [720, "print"],
    ] as const) {
      const charts = await measure(pages[name] ?? "", width, media);
      expect(charts).toHaveLength(count);
      expect(problems(charts), `${width} px, ${media}`).toEqual([]);
      // The layout counted with the widths Chromium sets (within half a pixel).
      const off = charts.flatMap((c) =>
        c.texts
          .filter((t) => Math.abs(t.length - textWidth(t.text, t.kind === "point-label" ? "point" : "tick")) > 0.5)
          .map(
            (t) =>
              `${c.chart}: "${t.text}" is ${t.length.toFixed(1)} px, counted ${textWidth(t.text, "tick").toFixed(1)}`,
          ),
      );
      expect(off).toEqual([]);
    }
  });

  it("says every point's value as the ledger does, qualifier and scale included, where its label is drawn", async () => {
    const charts = await measure(pages.invented ?? "", 1280, "screen");
    const labels = (chart: string) =>
      charts
        .find((c) => c.chart === chart)
        ?.texts.filter((t) => t.kind === "point-label")
        .map((t) => t.text);
    // Both values 8 days apart say their value, neither over the other.
    expect(labels("8 days apart, alone")).toEqual(["1.2 billion", "about 1.21 billion"]);
    expect(labels("a short series")).toEqual(["up to 1.4 million", "more than 1.5 million", "about 1.45 million"]);
    // Where two points almost touch, the first and the last value still say theirs.
    expect(labels("8 days apart")).toEqual(expect.arrayContaining(["more than 7,000", "nearly 46,000"]));
    const scales = await measure(pages["test/fixtures/scales/scales.yaml"] ?? "", 1280, "screen");
    expect(scales.flatMap((c) => c.texts.filter((t) => t.kind === "point-label").map((t) => t.text))).toEqual([
      "up to 1.4 million",
      "more than 2.1 million",
      "1.2 billion",
      "2.35 billion",
      "more than 7,000",
      "nearly 7,400",
    ]);
  });

  it("spans every point with its time axis, with no tick label twice", () => {
    for (const view of Object.values(views)) {
      for (const figure of view.figures) {
        const chart = figure.chart;
        if (!chart) continue;
        const xs = chart.points.map((p) => p.cx);
        expect(chart.xTicks[0]?.x, figure.label).toBe(Math.min(...xs));
        expect(chart.xTicks.at(-1)?.x, figure.label).toBe(Math.max(...xs));
        const ticks = chart.xTicks.map((t) => t.label);
        expect(new Set(ticks).size, `${figure.label}: ${ticks.join(", ")}`).toBe(ticks.length);
      }
    }
    // The Qatar brief's deaths in Gaza: from October 2023, through 2024, to January 2025.
    const killed = views["data/qatar-mediation.yaml"]?.figures.find((f) => f.id === "killed-in-gaza");
    expect(killed?.chart?.xTicks.map((t) => t.label)).toEqual(["Oct 2023", "2024", "Jan 2025"]);
  });
});
