/**
 * Chart labels fit and read like the ledger, whatever the size of the numbers (issue 22, item 11).
 * The series are invented: generated values, and the examples.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChartView } from "../../src/brief/brief-view.js";
import { type ChartValue, figureChart, POINT_CHAR_PX, TICK_CHAR_PX } from "../../src/brief/figure-chart.js";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { createRenderer } from "../../src/render/render-html.js";
import { ROOT } from "../helpers.js";

const series = (values: readonly number[]): ChartValue[] =>
  values.map((value, i) => ({ value, date: `2024-${String(i + 1).padStart(2, "0")}-01` }));

const chartOf = (values: readonly number[]): ChartView => {
  const chart = figureChart("Cost", "euros", series(values));
  if (!chart) throw new Error("a series of two values or more has a chart");
  return chart;
};

/** A label's extent along x, by the character-width estimate, for its anchor. */
const extent = (x: number, text: string, anchor: string, charPx: number): [number, number] => {
  const width = text.length * charPx;
  return anchor === "start" ? [x, x + width] : anchor === "end" ? [x - width, x] : [x - width / 2, x + width / 2];
};

/** Everything a chart's labels must hold to: inside the viewBox, tick labels distinct, drawn point labels apart. */
const checkLabels = (chart: ChartView): void => {
  const inside = ([left, right]: [number, number]) => left >= 0 && right <= chart.width;
  for (const t of chart.yTicks) expect(inside(extent(chart.yLabelX, t.label, "end", TICK_CHAR_PX)), t.label).toBe(true);
  for (const t of chart.xTicks) expect(inside(extent(t.x, t.label, "middle", TICK_CHAR_PX)), t.label).toBe(true);
  expect(new Set(chart.yTicks.map((t) => t.label)).size).toBe(chart.yTicks.length);
  expect(new Set(chart.xTicks.map((t) => t.label)).size).toBe(chart.xTicks.length);
  const drawn = chart.points.filter((p) => p.label !== "");
  for (const p of drawn) {
    expect(inside(extent(p.labelX, p.label, p.anchor, POINT_CHAR_PX)), p.label).toBe(true);
    // "m" is a unit (metres): a scale is said in words.
    expect(p.label).not.toMatch(/\dm\b|\d\s?m$/);
  }
  for (const [i, a] of drawn.entries()) {
    for (const b of drawn.slice(i + 1)) {
      const [al, ar] = extent(a.labelX, a.label, a.anchor, POINT_CHAR_PX);
      const [bl, br] = extent(b.labelX, b.label, b.anchor, POINT_CHAR_PX);
      const overlap = al < br && bl < ar && Math.abs(a.labelY - b.labelY) < 9;
      expect(overlap, `${a.label} / ${b.label}`).toBe(false);
    }
  }
  // The first and the last point always say their value.
  expect(chart.points[0]?.label).not.toBe("");
  expect(chart.points.at(-1)?.label).not.toBe("");
};

describe("the value axis of a chart", () => {
  it("counts billions in billions, said once, every label inside the chart (the issue's example)", () => {
    const chart = chartOf([1_200_000_000, 2_300_000_000, 4_100_000_000]);
    expect(chart.yCaption).toBe("in billions");
    expect(chart.yTicks.map((t) => t.label)).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(chart.points.map((p) => p.label)).toEqual(["1.2 billion", "2.3 billion", "4.1 billion"]);
    checkLabels(chart);
  });

  it("says 999,999,999,999,999 as a thousand trillion, never '1000000000m', and keeps its labels apart", () => {
    const chart = chartOf([999_999_999_999_999, 5]);
    expect(chart.yCaption).toBe("in trillions");
    expect(chart.yTicks.map((t) => t.label)).toEqual(["0", "200", "400", "600", "800", "1,000"]);
    expect(chart.points.map((p) => p.label)).toEqual(["1,000 trillion", "5"]);
    checkLabels(chart);
  });

  it("keeps the ledger's own words for numbers below a million, and millions in words", () => {
    expect(chartOf([12, 30]).yTicks.map((t) => t.label)).toEqual(["0", "10", "20", "30"]);
    const thousands = chartOf([1200, 250_000]);
    expect(thousands.yCaption).toBeNull();
    expect(thousands.points.map((p) => p.label)).toEqual(["1,200", "250,000"]);
    const millions = chartOf([500_000_000, 2_300_000]);
    expect(millions.yCaption).toBe("in millions");
    expect(millions.points.map((p) => p.label)).toEqual(["500 million", "2.3 million"]);
    // Beyond trillions, and below a millionth: powers of ten.
    expect(chartOf([1e40, 3e40]).yTicks.map((t) => t.label)).toEqual(["0", "1e+40", "2e+40", "3e+40"]);
    // A negative value is drawn below the baseline, inside the axis.
    expect(chartOf([-5, 10]).yTicks.map((t) => t.label)).toEqual(["-5", "0", "5", "10"]);
  });

  it("fits and tells apart every label, for values of any size (property)", () => {
    const value = fc
      .tuple(fc.double({ min: 1, max: 9.999, noNaN: true }), fc.integer({ min: -8, max: 40 }), fc.boolean())
      .map(([mantissa, exponent, negative]) => (negative ? -1 : 1) * mantissa * 10 ** exponent);
    const values = fc.oneof(
      fc.array(value, { minLength: 2, maxLength: 12 }),
      // One magnitude for the whole series: the common case, with close values whose labels may collide.
      fc
        .tuple(
          fc.integer({ min: 0, max: 16 }),
          fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 2, maxLength: 12 }),
        )
        .map(([exponent, ms]) => ms.map((m) => m * 10 ** exponent)),
    );
    fc.assert(
      fc.property(values, (vs) => {
        checkLabels(chartOf(vs));
      }),
      { numRuns: 500 },
    );
  });

  it("says the scale in the chart's caption and the points in words, in the brief's page", async () => {
    const checked = await checkBrief("test/fixtures/harbour.yaml", ROOT);
    if (!checked.factBase) throw new Error("fixture does not check");
    const view = resolveBrief(checked.factBase, checked.catalog, { version: "0.0.0-test" });
    const figures = view.figures.map((f, i) =>
      i === 0 ? { ...f, chart: chartOf([1_200_000_000, 2_300_000_000, 4_100_000_000]) } : f,
    );
    const html = (await createRenderer(await loadTemplates())).html({ ...view, figures });
    const figure = /<figure class="chart">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? "";
    // The scale is said once, in the chart's caption (outside the drawing: it overlaps no label).
    expect(figure).toContain(", values reported over time, the axis in billions</figcaption>");
    const svg = /<svg[\s\S]*?<\/svg>/.exec(figure)?.[0] ?? "";
    expect(svg).toContain(">2.3 billion</text>");
    // The tick labels are short numbers (the exact values are in each point's title and the ledger).
    const ticks = [...svg.matchAll(/<text class="tick"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(ticks.filter((t) => /^\d/.test(t ?? ""))).toEqual(["0", "1", "2", "3", "4", "5"]);
  });
});
