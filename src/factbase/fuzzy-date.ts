/**
 * Dates with a precision: `2023-10-26` (day), `2023-10` (month), `2023`
 * (year), each optionally approximate with a trailing `~`. They sort by their
 * first day, a coarser date before a finer one on the same first day.
 */
import { DATE_PATTERN } from "./schema.js";

export type Precision = "day" | "month" | "year";

export interface DateRange {
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD`. */
  readonly end: string;
  readonly precision: Precision;
  readonly approximate: boolean;
}

const pad = (n: number): string => String(n).padStart(2, "0");

export const dateRange = (date: string): DateRange => {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`not a fact-base date: ${date}`);
  const [, y = "0", m, d, tilde] = match;
  const approximate = tilde !== undefined;
  if (d !== undefined && m !== undefined) {
    const day = `${y}-${m}-${d}`;
    return { start: day, end: day, precision: "day", approximate };
  }
  if (m !== undefined) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${pad(last)}`, precision: "month", approximate };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31`, precision: "year", approximate };
};

const PRECISION_ORDER: Record<Precision, number> = { year: 0, month: 1, day: 2 };

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Whole days from one `YYYY-MM-DD` to another (negative when `b` is earlier). */
export const daysBetween = (a: string, b: string): number => Math.round(dayNumber(b) - dayNumber(a));

/** The middle of a date's period, in days: where a coarse date sorts among exact ones. */
const midpoint = (r: DateRange): number => (dayNumber(r.start) + dayNumber(r.end)) / 2;

/**
 * Comparator for fact-base dates. A coarse date sorts at the middle of its
 * period ("October 2023" among mid-October days), so that "sometime in
 * October" is not shown before an event of 7 October that it may follow;
 * on a tie the coarser date comes first.
 */
export const compareDates = (a: string, b: string): number => {
  const ra = dateRange(a);
  const rb = dateRange(b);
  const diff = midpoint(ra) - midpoint(rb);
  if (diff !== 0) return diff;
  return PRECISION_ORDER[ra.precision] - PRECISION_ORDER[rb.precision];
};

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `26 October 2023`, `October 2023`, `2023`; approximate dates get `c.` */
export const formatDate = (date: string): string => {
  const r = dateRange(date);
  const [y, m, d] = r.start.split("-");
  const month = MONTHS[Number(m) - 1] ?? "";
  const text =
    r.precision === "day" ? `${Number(d)} ${month} ${y}` : r.precision === "month" ? `${month} ${y}` : `${y}`;
  return r.approximate ? `c. ${text}` : text;
};

/** `Oct 2023` style, for compact rails. */
export const formatMonth = (date: string): string => {
  const r = dateRange(date);
  const [y, m] = r.start.split("-");
  return `${MONTHS[Number(m) - 1] ?? ""} ${y}`;
};
