/**
 * A source's own words for a date ("last Friday", "next Sunday", "in
 * November last year") resolved against its publication date, with
 * chrono-node (loaded on first use).
 */
import v8 from "node:v8";

export interface ResolvedDate {
  /** Every reading of the words, `YYYY-MM-DD`. */
  readonly candidates: readonly string[];
  /** What the words pin down: a day (or weekday), or only a month. */
  readonly precision: "day" | "month";
}

// English only: the package's main entry builds the parsers of every language it knows.
type Chrono = typeof import("chrono-node/en");
let chrono: Promise<Chrono> | undefined;

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * chrono-node's patterns are long alternations (every month, weekday, number word and unit, any
 * case), and V8 compiles a pattern at its first match. Its regexp optimizer spent 35-45 ms of a
 * 370 ms `check` on them, to match a few dozen words once; without it the first parse takes 7-10 ms
 * and each later one the same (measured: 18 wordings, three runs each). Off only while chrono
 * parses (V8 shares compiled code between patterns of the same source: one of ours identical to
 * one of chrono's, first matched here, would go unoptimised too; none is). A setting given on
 * Node's command line is left as it is.
 */
const OWN_SETTING = process.execArgv.some((arg) => arg.includes("regexp-optimization"));
const withoutRegexpOptimizer = <T>(work: () => T): T => {
  if (OWN_SETTING) return work();
  v8.setFlagsFromString("--no-regexp-optimization");
  try {
    return work();
  } finally {
    v8.setFlagsFromString("--regexp-optimization");
  }
};

export const resolveRelativeDate = async (wording: string, published: string): Promise<ResolvedDate | undefined> => {
  chrono ??= import("chrono-node/en");
  const en = await chrono;
  const instant = new Date(`${published}T12:00:00Z`);
  const [result] = withoutRegexpOptimizer(() => en.parse(wording, { instant, timezone: 0 }, { forwardDate: false }));
  if (!result) return undefined;
  const start = result.start;
  const knowsDay = start.isCertain("day") || start.isCertain("weekday");
  if (!knowsDay && !start.isCertain("month")) return undefined;
  const date = start.date();
  const candidates = [iso(date)];
  // A weekday alone ("on Monday") is the past one or the coming one as the sentence's tense says,
  // which a date check cannot read: both are accepted.
  if (
    start.isCertain("weekday") &&
    !start.isCertain("day") &&
    !/\b(next|last|this|coming|past)\s+\p{L}+day\b/iu.test(wording)
  ) {
    const other = new Date(date.getTime() + (date > instant ? -7 : 7) * 86_400_000);
    if (iso(other) !== iso(date)) candidates.push(iso(other));
  }
  // "next Sunday" said on a Thursday means this coming Sunday to many writers, the one after to others.
  if (/\bnext\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(wording)) {
    const earlier = new Date(date.getTime() - 7 * 86_400_000);
    if (earlier > instant) candidates.unshift(iso(earlier));
  }
  return { candidates, precision: knowsDay ? "day" : "month" };
};
