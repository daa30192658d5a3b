/**
 * A small line chart of one figure's values over time, as data for an inline
 * SVG: scales, ticks and the line come from d3-scale and d3-shape; the
 * template only draws what is computed here. Readable in black and white:
 * a solid line, labelled points, no colour coding.
 */
import { type ScaleLinear, type ScaleTime, scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import { dateRange, formatDate } from "../factbase/fuzzy-date.js";
import type { Qualifier } from "../factbase/schema.js";
import { formatNumber, formatQualified } from "../text/format.js";
import type { ChartView } from "./brief-view.js";

const WIDTH = 320;
const HEIGHT = 150;
const MARGIN = { top: 16, right: 44, bottom: 22, left: 52 } as const;

const round = (n: number): number => Math.round(n * 10) / 10;

/** Tick labels are 9px Noto Sans: about 5px a character, and a gap between two labels. */
export const TICK_CHAR_PX = 5;
/** Point labels are 9px bold: a little wider. */
export const POINT_CHAR_PX = 5.5;
const TICK_GAP_PX = 4;

/**
 * The scales a value axis may count in, largest first: each said once, in the chart's caption
 * ("the axis in billions"), and in words on the points ("2.3 billion"): never "m", which a unit may mean (metres).
 */
const SCALES = [
  { factor: 1e12, word: "trillion" },
  { factor: 1e9, word: "billion" },
  { factor: 1e6, word: "million" },
] as const;

/** What the value axis counts in: its tick labels, its caption, and how a point says its value. */
interface ValueAxis {
  readonly tickLabel: (n: number) => string;
  /** Said once, in the chart's caption ("in billions"); null for plain numbers. */
  readonly caption: string | null;
  readonly pointLabel: (n: number) => string;
}

const significant = new Intl.NumberFormat("en-GB", { maximumSignificantDigits: 3 });

/** The power of ten of a number's first digit (2 for 345). */
const exponentOf = (n: number): number => (n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n))));

/** A number with `digits` decimals, grouped as the ledger groups it ("1,000.5"). */
const fixed = (digits: number) => {
  const f = new Intl.NumberFormat("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (n: number) => f.format(n);
};

/** A number as a power of ten with `digits` decimals, trailing zeros dropped: "2.5e+18". */
const scientific = (digits: number) => (n: number) => (n === 0 ? "0" : n.toExponential(digits).replace(/\.?0+e/, "e"));

/**
 * A point's value in the ledger's words up to 999,999 ("1,200"), in millions, billions or
 * trillions of its own size above ("2.3 billion", three significant digits), as a power of ten
 * from a thousand trillion, or when it is too small for six decimals.
 */
const pointLabel = (n: number): string => {
  const size = Math.abs(n);
  if (size >= 1e15 || (size > 0 && size < 1e-6)) return scientific(2)(n);
  const scale = SCALES.find((s) => size >= s.factor);
  return scale ? `${significant.format(n / scale.factor)} ${scale.word}` : formatNumber(n);
};

/**
 * Plain numbers up to 999,999 (as the ledger writes them); millions, billions and trillions above
 * that (up to a thousand trillion), the ticks as plain numbers of that scale; beyond, or for tiny
 * values whose ticks would be long decimals, powers of ten ("2.5e+18"). Every tick label fits left
 * of the axis, and no two read alike (their precision is the ticks' step).
 */
const valueAxis = (y: ScaleLinear<number, number>, ticks: readonly number[], room: number): ValueAxis => {
  const [low = 0, high = 0] = y.domain();
  const largest = Math.max(Math.abs(low), Math.abs(high));
  const step = ticks.length > 1 ? Math.abs((ticks[1] as number) - (ticks[0] as number)) : largest || 1;
  const fits = (labels: readonly string[]) =>
    labels.every((l) => l.length * TICK_CHAR_PX <= room) && new Set(labels).size === labels.length;
  const scale = SCALES.find((s) => largest >= s.factor);
  const factor = scale?.factor ?? 1;
  const decimals = Math.max(0, -exponentOf(step / factor));
  // More than six decimals would not fit: tiny values are powers of ten.
  if ((largest < 1e6 || scale) && decimals <= 6) {
    const tickFormat = fixed(decimals);
    const tickLabel = (n: number) => tickFormat(n / factor);
    if (fits(ticks.map(tickLabel))) {
      return {
        tickLabel,
        caption: scale ? `in ${scale.word}s` : null,
        pointLabel,
      };
    }
  }
  return { tickLabel: scientific(Math.max(0, exponentOf(largest) - exponentOf(step))), caption: null, pointLabel };
};

/** Point labels, left to right: one that would overlap the last one drawn is left out (its value is in the ledger and the point's title). */
const keepApart = (labels: { x: number; y: number; anchor: string; text: string }[]): string[] => {
  const kept: { left: number; right: number; y: number }[] = [];
  return labels.map((l, i) => {
    const width = l.text.length * POINT_CHAR_PX;
    const left = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - width : l.x - width / 2;
    const box = { left, right: left + width, y: l.y };
    // The last point's label is always drawn: a middle one that would overlap it gives way.
    const last = labels[labels.length - 1];
    const lastBox =
      last && i < labels.length - 1
        ? { left: last.x - last.text.length * POINT_CHAR_PX, right: last.x, y: last.y }
        : undefined;
    const clash = (b: { left: number; right: number; y: number }) =>
      b.left < box.right + TICK_GAP_PX && box.left < b.right + TICK_GAP_PX && Math.abs(b.y - box.y) < 11;
    if (kept.some(clash) || (i > 0 && lastBox && clash(lastBox))) return "";
    kept.push(box);
    return l.text;
  });
};

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
  const values = points.map((p) => p.value);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<(typeof points)[number]>()
    .x((p) => x(p.date))
    .y((p) => y(p.value))(points);
  const yTicks = y.ticks(4);
  const yLabelX = MARGIN.left - 6;
  const axis = valueAxis(y, yTicks, yLabelX);
  const { ticks: xTicks, format: xFormat } = timeTicks(x);
  const anchorOf = (i: number) => (i === 0 ? "start" : i === points.length - 1 ? "end" : "middle");
  const pointLabels = keepApart(
    points.map((p, i) => ({
      x: x(p.date),
      y: y(p.value) - 6,
      anchor: anchorOf(i),
      text: axis.pointLabel(p.value),
    })),
  );
  return {
    width: WIDTH,
    height: HEIGHT,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    path: path ?? "",
    baseline: { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y: round(y(0)) },
    points: points.map((p, i) => ({
      cx: round(x(p.date)),
      cy: round(y(p.value)),
      label: pointLabels[i] ?? "",
      labelX: round(x(p.date)),
      labelY: round(y(p.value) - 6),
      anchor: anchorOf(i),
      title: `${p.text} ${unit}, ${p.when}`,
    })),
    yTicks: yTicks.map((t) => ({ y: round(y(t)), label: axis.tickLabel(t) })),
    yCaption: axis.caption,
    xTicks: xTicks.map((t) => ({ x: round(x(t)), label: xFormat(t) })),
    xAxisY: HEIGHT - MARGIN.bottom,
    tickLabelY: HEIGHT - 6,
    yLabelX,
    alt: `${label}: ${points.map((p) => `${p.text} ${unit} (${p.when})`).join("; ")}.`,
  };
};
