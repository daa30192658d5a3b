/**
 * Chart labels fit and read like the ledger, whatever the size of the numbers (issue 22, item 11).
 * The series are invented: generated values, and the examples.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChartView } from "../../src/brief/brief-view.js";
import { type Box, boxesOverlap, lineBox, textWidth } from "../../src/brief/chart-text.js";
import { type ChartValue, figureChart } from "../../src/brief/figure-chart.js";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { createRenderer } from "../../src/render/render-html.js";
import { formatQualified } from "../../src/text/format.js";
import { ROOT } from "../helpers.js";

const series = (values: readonly number[]): ChartValue[] =>
  values.map((value, i) => ({ value, date: `2024-${String(i + 1).padStart(2, "0")}-01` }));

const chartOf = (values: readonly number[]): ChartView => {
  const chart = figureChart("Cost", "euros", series(values));
  if (!chart) throw new Error("a series of two values or more has a chart");
  return chart;
};

/** A label's box, by the font's widths, for its anchor. */
const boxOf = (x: number, y: number, text: string, anchor: string, kind: "tick" | "point"): Box => {
  const width = textWidth(text, kind);
  return lineBox(anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2, width, y);
};

/** Everything a chart's labels must hold to: inside the viewBox, tick labels distinct, no two labels overlapping. */
const checkLabels = (chart: ChartView): void => {
  const inside = (b: Box) => b.left >= 0 && b.right <= chart.width && b.top >= 0 && b.bottom <= chart.height;
  // Value ticks are centred on their line: their box is lifted by half the x-height.
  const boxes = [
    ...chart.yTicks.map((t) => [t.label, boxOf(chart.yLabelX, t.y + 9 * 0.268, t.label, "end", "tick")] as const),
    ...chart.xTicks.map((t) => [t.label, boxOf(t.labelX, chart.tickLabelY, t.label, t.anchor, "tick")] as const),
    ...chart.points
      .filter((p) => p.label !== "")
      .map((p) => [p.label, boxOf(p.labelX, p.labelY, p.label, p.anchor, "point")] as const),
  ];
  // One expectation for all (an expect per pair would make the property run slowly).
  expect(boxes.filter(([, box]) => !inside(box)).map(([label]) => label)).toEqual([]);
  expect(new Set(chart.yTicks.map((t) => t.label)).size).toBe(chart.yTicks.length);
  expect(new Set(chart.xTicks.map((t) => t.label)).size).toBe(chart.xTicks.length);
  for (const p of chart.points.filter((q) => q.label !== "")) {
    // "m" is a unit (metres): a scale is said in words.
    expect(p.label).not.toMatch(/\dm\b|\d\s?m$/);
  }
  const overlapping = boxes.flatMap(([a, boxA], i) =>
    boxes.slice(i + 1).flatMap(([b, boxB]) => (boxesOverlap(boxA, boxB) ? [`${a} / ${b}`] : [])),
  );
  expect(overlapping).toEqual([]);
};

/** The first and the last point say their value, when it is short (a fifth of the chart: "more than 10,300"). */
const checkEnds = (chart: ChartView, values: readonly number[]): void => {
  for (const i of [0, values.length - 1]) {
    const label = formatQualified(values[i] as number, undefined);
    if (textWidth(label, "point") <= chart.width / 5) expect(chart.points[i]?.label, label).toBe(label);
  }
};

describe("the value axis of a chart", () => {
  it("counts billions in billions, said once, every label inside the chart (the issue's example)", () => {
    const chart = chartOf([1_200_000_000, 2_300_000_000, 4_100_000_000]);
    expect(chart.yCaption).toBe("in billions of euros");
    expect(chart.yTicks.map((t) => t.label)).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(chart.points.map((p) => p.label)).toEqual(["1.2 billion", "2.3 billion", "4.1 billion"]);
    checkLabels(chart);
  });

  it("says 999,999,999,999,999 as a thousand trillion, never '1000000000m', and keeps its labels apart", () => {
    const chart = chartOf([999_999_999_999_999, 5]);
    expect(chart.yCaption).toBe("in trillions of euros");
    expect(chart.yTicks.map((t) => t.label)).toEqual(["0", "200", "400", "600", "800", "1,000"]);
    // Every digit the source gave: no scale word would say it exactly.
    expect(chart.points.map((p) => p.label)).toEqual(["999,999,999,999,999", "5"]);
    checkLabels(chart);
  });

  it("keeps the ledger's own words for numbers below a million, and millions in words", () => {
    expect(chartOf([12, 30]).yTicks.map((t) => t.label)).toEqual(["0", "10", "20", "30"]);
    const thousands = chartOf([1200, 250_000]);
    expect(thousands.yCaption).toBe("in euros");
    expect(thousands.points.map((p) => p.label)).toEqual(["1,200", "250,000"]);
    const millions = chartOf([500_000_000, 2_300_000]);
    expect(millions.yCaption).toBe("in millions of euros");
    expect(millions.points.map((p) => p.label)).toEqual(["500 million", "2.3 million"]);
    // Beyond trillions, and below a millionth: powers of ten.
    expect(chartOf([1e40, 3e40]).yTicks.map((t) => t.label)).toEqual(["0", "1e+40", "2e+40", "3e+40"]);
    // A negative value is drawn below the baseline, inside the axis.
    expect(chartOf([-5, 10]).yTicks.map((t) => t.label)).toEqual(["-5", "0", "5", "10"]);
  });

  it("says values beyond what a double's digits hold in powers of ten, leaving room for the others' labels (a case the property found)", () => {
    const vs = [1.0000005, 1e39, 1, 1e38];
    expect(chartOf(vs).points.map((p) => p.label)).toEqual(["1.000001", "1e+39", "1", "1e+38"]);
    const chart = chartOf(vs);
    checkLabels(chart);
    checkEnds(chart, vs);
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
        const chart = chartOf(vs);
        checkLabels(chart);
        checkEnds(chart, vs);
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
    expect(figure).toContain(", values reported over time, the axis in billions of euros</figcaption>");
    const svg = /<svg[\s\S]*?<\/svg>/.exec(figure)?.[0] ?? "";
    expect(svg).toContain(">2.3 billion</text>");
    // The tick labels are short numbers (the exact values are in each point's title and the ledger).
    const ticks = [...svg.matchAll(/<text class="tick"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(ticks.filter((t) => /^\d/.test(t ?? ""))).toEqual(["0", "1", "2", "3", "4", "5"]);
  });
});
