/**
 * A small line chart of one figure's values over time, as data for an inline
 * SVG: scales and the line come from d3-scale and d3-shape; the template only
 * draws what is computed here. Readable in black and white: a solid line,
 * labelled points, no colour coding.
 *
 * Every label is placed here, with the widths the brief's font gives its
 * characters (chart-text.ts): the time axis spans every point, its ends say
 * their dates and a year's first day says the year; each point says its value
 * as the ledger does ("more than 7,000", "up to 1.4 million"), above, below
 * or beside it, wherever it overlaps no other label, tick label or point; a
 * label with no room anywhere is left out (its value is in the point's title
 * and the ledger).
 */
import { type ScaleLinear, type ScaleTime, scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import { dateRange, formatDate, type Precision } from "../factbase/fuzzy-date.js";
import type { Qualifier } from "../factbase/schema.js";
import { formatFigure, formatQualified, SCALES } from "../text/format.js";
import type { ChartView } from "./brief-view.js";
import { type Box, boxesOverlap, FONT_PX, lineBox, textWidth } from "./chart-text.js";

const WIDTH = 320;
const HEIGHT = 150;
const MARGIN = { top: 20, right: 44, bottom: 22, left: 52 } as const;
/** The radius of a point's circle, and half its stroke. */
export const POINT_RADIUS = 3.5;
const POINT_EXTENT = POINT_RADIUS + 0.8;
/** Room kept between two labels, and between a label and what it must not touch. */
const GAP = 2;

const round = (n: number): number => Math.round(n * 10) / 10;

/** What the value axis counts in: its tick labels, and its caption. */
interface ValueAxis {
  readonly tickLabel: (n: number) => string;
  /** Said once, in the chart's caption ("in billions"); null for plain numbers. */
  readonly scale: string | null;
}

/** The power of ten of a number's first digit (2 for 345). */
const exponentOf = (n: number): number => (n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n))));

/** A number with `digits` decimals, grouped as the ledger groups it ("1,000.5"): one formatter per precision. */
const fixed = (digits: number) => {
  let f = fixedFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    fixedFormats.set(digits, f);
  }
  const format = f;
  return (n: number) => format.format(n);
};
const fixedFormats = new Map<number, Intl.NumberFormat>();

/** A number as a power of ten with `digits` decimals, trailing zeros dropped: "2.5e+18". */
const scientific = (digits: number) => (n: number) => (n === 0 ? "0" : n.toExponential(digits).replace(/\.?0+e/, "e"));

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
    labels.every((l) => textWidth(l, "tick") <= room) && new Set(labels).size === labels.length;
  const scale = SCALES.find((s) => largest >= s.factor);
  const factor = scale?.factor ?? 1;
  const decimals = Math.max(0, -exponentOf(step / factor));
  // More than six decimals would not fit: tiny values are powers of ten.
  if ((largest < 1e6 || scale) && decimals <= 6) {
    const tickFormat = fixed(decimals);
    const tickLabel = (n: number) => tickFormat(n / factor);
    if (fits(ticks.map(tickLabel))) return { tickLabel, scale: scale ? `${scale.word}s` : null };
  }
  return { tickLabel: scientific(Math.max(0, exponentOf(largest) - exponentOf(step))), scale: null };
};

// The time axis ---------------------------------------------------------------------------------

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day as a tick says it, no finer than `precision`: "26 Oct 2023", "Oct 2023", "2023"; `year: false` leaves it out. */
const dayLabel = (d: Date, precision: Precision, year = true): string => {
  const y = String(d.getUTCFullYear());
  const month = MONTHS[d.getUTCMonth()] ?? "";
  if (precision === "year") return y;
  const text = precision === "month" ? month : `${d.getUTCDate()} ${month}`;
  return year ? `${text} ${y}` : text;
};

const finer = (a: Precision, b: Precision): Precision =>
  a === "day" || b === "day" ? "day" : a === "month" || b === "month" ? "month" : "year";
const coarser = (a: Precision, b: Precision): Precision =>
  a === "year" || b === "year" ? "year" : a === "month" || b === "month" ? "month" : "day";

/** A tick of the time axis: where, what it says, and where its label hangs from (`labelX`, `anchor`). */
interface TimeTick {
  readonly x: number;
  readonly label: string;
  readonly labelX: number;
  readonly anchor: "start" | "middle" | "end";
}

/** A tick and its label's box: centred under it, or moved in to stay inside the chart. */
const tickBox = (x: number, label: string, y: number): TimeTick & { box: Box } => {
  const width = textWidth(label, "tick");
  const anchor = x - width / 2 < 0 ? "start" : x + width / 2 > WIDTH ? "end" : "middle";
  const labelX = anchor === "start" ? 0 : anchor === "end" ? WIDTH : x;
  const left = anchor === "start" ? 0 : anchor === "end" ? WIDTH - width : x - width / 2;
  return { x, label, labelX, anchor, box: lineBox(left, width, y) };
};

/**
 * The time axis's ticks: the first and the last point's dates, as precise as they are and as
 * the span needs ("26 Oct 2023" within one month, "Oct 2023" within years); between them the
 * first day of each year the series crosses ("2024"), else of each month ("Apr"), else days,
 * every n-th where they would crowd. No tick label overlaps another, and no two read alike.
 */
const timeTicks = (
  x: ScaleTime<number, number>,
  first: { date: Date; precision: Precision },
  last: { date: Date; precision: Precision },
  y: number,
): (TimeTick & { box: Box })[] => {
  const [start, end] = [first.date, last.date];
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  const need: Precision = sameMonth ? "day" : "month";
  const ends =
    start.getTime() === end.getTime()
      ? [tickBox(x(start), dayLabel(start, finer(first.precision, last.precision)), y)]
      : [
          tickBox(x(start), dayLabel(start, coarser(need, first.precision)), y),
          tickBox(x(end), dayLabel(end, coarser(need, last.precision)), y),
        ];
  // What lies between: the first day of each year crossed, else of each month, else each day,
  // with how far along its unit each is (a year's number, a month's, a day's), for steps of 2, 5 ...
  const inner: (readonly [Date, string, number])[] = [];
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
  const [year, month] = [start.getUTCFullYear(), start.getUTCMonth()];
  if (!sameYear) {
    for (let n = year + 1; n <= end.getUTCFullYear(); n += 1) inner.push([day(n, 0, 1), String(n), n]);
  } else if (!sameMonth) {
    for (let n = month + 1; n <= end.getUTCMonth(); n += 1) inner.push([day(year, n, 1), MONTHS[n] ?? "", n]);
  } else {
    for (let n = start.getUTCDate() + 1; n < end.getUTCDate(); n += 1)
      inner.push([day(year, month, n), dayLabel(day(year, month, n), "day", false), n - 1]);
  }
  const steps = !sameYear ? [1, 2, 5, 10, 20, 25, 50, 100, 200, 500] : !sameMonth ? [1, 2, 3, 6] : [1, 2, 7, 14];
  const clearOf = (a: Box, b: Box) => a.right + 2 * GAP <= b.left || b.right + 2 * GAP <= a.left;
  // The smallest step whose ticks keep apart from each other, leaving out those too near an end.
  for (const step of steps) {
    const kept = inner
      .filter(([, , n]) => n % step === 0)
      .map(([d, label]) => tickBox(x(d), label, y))
      .filter((t) => ends.every((e) => clearOf(e.box, t.box)));
    if (kept.every((t, i) => i === 0 || clearOf((kept[i - 1] as { box: Box }).box, t.box))) {
      const ticks = [...ends, ...kept].sort((a, b) => a.x - b.x);
      // Never two alike (an end and a tick cannot read alike, but the axis promises it).
      return ticks.filter((t, i) => ticks.findIndex((u) => u.label === t.label) === i);
    }
  }
  return ends;
};

// Point labels ----------------------------------------------------------------------------------

interface Placed {
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "middle" | "end";
  readonly box: Box;
  /** Set where no place clear of the line was left: the label is drawn on a patch of paper. */
  ground?: boolean;
}

/** Whether the segment from a to b passes through the box (Liang-Barsky clipping). */
const crosses = (a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean => {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
};

/**
 * Where each point's label goes, in order of importance (the latest value, the first, the
 * highest and lowest, then the rest): the first place, of above, beside and below the point, that
 * stays inside the chart and clear of every label placed, tick label and point, and if it can,
 * of the line; null where there is none.
 */
const placeLabels = (
  points: readonly { x: number; y: number; label: string }[],
  obstacles: readonly Box[],
  baseline: readonly [{ x: number; y: number }, { x: number; y: number }],
): (Placed | null)[] => {
  const circles = points.map((p) => ({
    left: p.x - POINT_EXTENT,
    right: p.x + POINT_EXTENT,
    top: p.y - POINT_EXTENT,
    bottom: p.y + POINT_EXTENT,
  }));
  // The series, and the baseline: a label on it would read as sitting on the axis.
  const lines = [baseline, ...points.slice(1).map((p, i) => [points[i] as { x: number; y: number }, p] as const)];
  const taken: Box[] = [...obstacles, ...circles];
  const placed: (Placed | null)[] = points.map(() => null);
  const values = points.map((p) => p.y);
  const order = [
    points.length - 1,
    0,
    values.indexOf(Math.min(...values)),
    values.indexOf(Math.max(...values)),
    ...points.keys(),
  ].filter((i, n, all) => all.indexOf(i) === n);
  for (const i of order) {
    const p = points[i] as { x: number; y: number; label: string };
    const width = textWidth(p.label, "point");
    const above = p.y - POINT_EXTENT - GAP - lineBox(0, 0, 0).bottom;
    const below = p.y + POINT_EXTENT + GAP - lineBox(0, 0, 0).top;
    const beside = p.y + (FONT_PX * 0.536) / 2;
    const candidates: Placed[] = [];
    const at = (x: number, y: number, anchor: Placed["anchor"]) => {
      const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
      candidates.push({ x, y, anchor, box: lineBox(left, width, y) });
    };
    // Hanging towards the inside of the chart first: the first label to the right, the last to the
    // left; over the point, then clear of it on one side.
    const lean: Placed["anchor"][] =
      i === 0
        ? ["start", "middle", "end"]
        : i === points.length - 1
          ? ["end", "middle", "start"]
          : ["middle", "start", "end"];
    const shifts = { start: [-POINT_RADIUS, POINT_EXTENT], middle: [0], end: [POINT_RADIUS, -POINT_EXTENT] } as const;
    for (const y of [above, below]) for (const anchor of lean) for (const dx of shifts[anchor]) at(p.x + dx, y, anchor);
    at(p.x + POINT_EXTENT + GAP, beside, "start");
    at(p.x - POINT_EXTENT - GAP, beside, "end");
    const inside = (c: Placed) => c.box.left >= 0 && c.box.right <= WIDTH && c.box.top >= 0 && c.box.bottom <= HEIGHT;
    const fits = (c: Placed) => inside(c) && !taken.some((t) => boxesOverlap(t, c.box, GAP));
    const clear = (c: Placed) => !lines.some(([a, b]) => crosses(a, b, c.box));
    // The first and the last value say what they are even where points crowd: over another point
    // if they must, never over a label.
    const onPoints = (c: Placed) =>
      (i === 0 || i === points.length - 1) &&
      inside(c) &&
      !taken.some((t) => !circles.includes(t) && boxesOverlap(t, c.box, GAP)) &&
      !boxesOverlap(circles[i] as Box, c.box, GAP);
    const choice =
      candidates.find((c) => fits(c) && clear(c)) ?? candidates.find(fits) ?? candidates.find(onPoints) ?? null;
    if (choice) {
      taken.push(choice.box);
      choice.ground = !clear(choice);
    }
    placed[i] = choice;
  }
  return placed;
};

// The chart -------------------------------------------------------------------------------------

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
  const points = series.map((o) => {
    const range = dateRange(o.date);
    return {
      date: new Date(`${range.start}T00:00:00Z`),
      precision: range.precision,
      value: o.value,
      // As the ledger says it, qualifier and scale included; the unit is in the caption.
      label: formatQualified(o.value, o.qualifier),
      text: formatFigure(o.value, o.qualifier, unit).text,
      when: formatDate(o.date),
    };
  });
  const dates = points.map((p) => p.date.getTime());
  const [earliest, latest] = [Math.min(...dates), Math.max(...dates)];
  const x = scaleUtc()
    // Points on one day are drawn in the middle of a day either side.
    .domain(
      earliest === latest
        ? [new Date(earliest - 864e5), new Date(latest + 864e5)]
        : [new Date(earliest), new Date(latest)],
    )
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
  const tickLabelY = HEIGHT - 6;
  const firstPoint = points.find((p) => p.date.getTime() === earliest) as (typeof points)[number];
  const lastPoint = points.findLast((p) => p.date.getTime() === latest) as (typeof points)[number];
  const xTicks = timeTicks(x, firstPoint, lastPoint, tickLabelY);
  const yTickViews = yTicks.map((t) => ({ y: round(y(t)), label: axis.tickLabel(t) }));
  // Tick labels are drawn centred on their line ("dominant-baseline: middle"): their box is lifted
  // by half the x-height from where an alphabetic baseline would put it.
  const lift = (FONT_PX * 0.536) / 2;
  const obstacles = [
    // A value's tick label, and the room right of it up to the axis: a point label beside it would read as one number.
    ...yTickViews.map((t) => {
      const width = textWidth(t.label, "tick");
      return { ...lineBox(yLabelX - width, width, t.y + lift), right: MARGIN.left };
    }),
    ...xTicks.map((t) => t.box),
  ];
  const baseline = [
    { x: MARGIN.left, y: y(0) },
    { x: WIDTH - MARGIN.right, y: y(0) },
  ] as const;
  const placed = placeLabels(
    points.map((p) => ({ x: x(p.date), y: y(p.value), label: p.label })),
    obstacles,
    baseline,
  );
  return {
    width: WIDTH,
    height: HEIGHT,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    path: path ?? "",
    baseline: { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y: round(y(0)) },
    pointRadius: POINT_RADIUS,
    points: points.map((p, i) => {
      const at = placed[i];
      return {
        cx: round(x(p.date)),
        cy: round(y(p.value)),
        label: at ? p.label : "",
        labelX: round(at?.x ?? x(p.date)),
        labelY: round(at?.y ?? y(p.value)),
        anchor: at?.anchor ?? "middle",
        ground:
          at?.ground === true
            ? {
                x: round(at.box.left),
                y: round(at.box.top),
                width: round(at.box.right - at.box.left),
                height: round(at.box.bottom - at.box.top),
              }
            : null,
        title: `${p.text}, ${p.when}`,
      };
    }),
    yTicks: yTickViews,
    yCaption: axis.scale === null ? `in ${unit}` : `in ${axis.scale} of ${unit}`,
    xTicks: xTicks.map((t) => ({ x: round(t.x), labelX: round(t.labelX), label: t.label, anchor: t.anchor })),
    xAxisY: HEIGHT - MARGIN.bottom,
    tickMarkY: HEIGHT - MARGIN.bottom + 3,
    tickLabelY,
    yLabelX,
    alt: `${label}: ${points.map((p) => `${p.text} (${p.when})`).join("; ")}.`,
  };
};
