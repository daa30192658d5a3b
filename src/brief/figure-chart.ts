/**
 * A small line chart of one figure's values over time, as data for an inline
 * SVG: scales, ticks and the line come from d3-scale and d3-shape; the
 * template only draws what is computed here. Readable in black and white:
 * a solid line, labelled points, no colour coding.
 */
import { type ScaleTime, scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import { dateRange, formatDate } from "../factbase/fuzzy-date.js";
import type { Qualifier } from "../factbase/schema.js";
import { formatNumber, formatQualified } from "../text/format.js";
import type { ChartView } from "./brief-view.js";

const WIDTH = 320;
const HEIGHT = 150;
const MARGIN = { top: 16, right: 44, bottom: 22, left: 52 } as const;

const round = (n: number): number => Math.round(n * 10) / 10;

const shortNumber = (n: number): string => (n >= 1e6 ? `${round(n / 1e6)}m` : formatNumber(n));

/** Tick labels are 9px Noto Sans: about 5px a character, and a gap between two labels. */
const TICK_CHAR_PX = 5;
const TICK_GAP_PX = 4;

/**
 * The time axis's ticks and their labels: the coarsest labels that tell the ticks apart (years,
 * else months, else days), and no more ticks than their labels have room for. d3 may give more
 * ticks than asked (weekly ones over two months): every n-th is kept, at most five.
 */
const timeTicks = (x: ScaleTime<number, number>): { ticks: Date[]; format: (d: Date) => string } => {
  const all = x.ticks(4);
  for (let step = Math.max(1, Math.ceil(all.length / 5)); ; step += 1) {
    const ticks = all.filter((_, i) => i % step === 0);
    const format =
      ["%Y", "%b %Y", "%-d %b"]
        .map((specifier) => x.tickFormat(4, specifier))
        .find((f) => new Set(ticks.map(f)).size === ticks.length) ?? x.tickFormat(4, "%-d %b");
    const widest = Math.max(0, ...ticks.map((t) => format(t).length)) * TICK_CHAR_PX + TICK_GAP_PX;
    const closest = Math.min(...ticks.slice(1).map((t, i) => x(t) - x(ticks[i] as Date)));
    if (ticks.length <= 2 || closest >= widest) return { ticks, format };
  }
};

/** One value of a series and the date it counts. */
export interface ChartValue {
  readonly value: number;
  readonly qualifier?: Qualifier | undefined;
  readonly date: string;
}

/**
 * The chart of a series of at least two values, oldest first; null for fewer. Only a series: the
 * values of one revised quantity are not a line (see figure-quantities.ts), and the caller leaves
 * them out.
 */
export const figureChart = (label: string, unit: string, series: readonly ChartValue[]): ChartView | null => {
  if (series.length < 2) return null;
  const points = series.map((o) => ({
    date: new Date(`${dateRange(o.date).start}T00:00:00Z`),
    value: o.value,
    text: formatQualified(o.value, o.qualifier),
    when: formatDate(o.date),
  }));
  const dates = points.map((p) => p.date.getTime());
  const x = scaleUtc()
    .domain([new Date(Math.min(...dates)), new Date(Math.max(...dates))])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, Math.max(...points.map((p) => p.value))])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<(typeof points)[number]>()
    .x((p) => x(p.date))
    .y((p) => y(p.value))(points);
  const yFormat = y.tickFormat(4);
  const { ticks: xTicks, format: xFormat } = timeTicks(x);
  return {
    width: WIDTH,
    height: HEIGHT,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    path: path ?? "",
    baseline: { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y: round(y(0)) },
    points: points.map((p, i) => ({
      cx: round(x(p.date)),
      cy: round(y(p.value)),
      label: shortNumber(p.value),
      labelX: round(x(p.date)),
      labelY: round(y(p.value) - 6),
      anchor: i === 0 ? "start" : i === points.length - 1 ? "end" : "middle",
      title: `${p.text} ${unit}, ${p.when}`,
    })),
    yTicks: y.ticks(4).map((t) => ({ y: round(y(t)), label: yFormat(t) })),
    xTicks: xTicks.map((t) => ({ x: round(x(t)), label: xFormat(t) })),
    xAxisY: HEIGHT - MARGIN.bottom,
    tickLabelY: HEIGHT - 6,
    yLabelX: MARGIN.left - 6,
    alt: `${label}: ${points.map((p) => `${p.text} ${unit} (${p.when})`).join("; ")}.`,
  };
};
