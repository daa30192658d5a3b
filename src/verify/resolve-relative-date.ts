/**
 * A source's own words for a date ("last Friday", "next Sunday", "in
 * November last year") resolved against its publication date, with
 * chrono-node (loaded on first use). A bare weekday ("on Friday"), a day
 * and month or a month without a year may lie either side of publication:
 * the tense of the clause the words stand in (in the excerpt cited), else the
 * item's status, says which, so that a date resolved to the wrong side is
 * reported; only when nothing says are both sides accepted.
 */
import v8 from "node:v8";
import { historicDay, type Tense, tenseOf, tenseOfDate } from "../text/clause-tense.js";

export interface ResolvedDate {
  /** Every reading of the words, `YYYY-MM-DD`. */
  readonly candidates: readonly string[];
  /** What the words pin down: a day (or weekday), or only a month. */
  readonly precision: "day" | "month";
  /** Why the candidates lie on the side of publication they do, when that was read. */
  readonly reading?: string | undefined;
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

/** What else tells on which side of publication the words lie: the excerpt they stand in, the item's status. */
export interface DateContext {
  /** The excerpt cited for the item: the tense of the clause the words stand in. */
  readonly excerpt?: string | undefined;
  /** The item's status (happened, planned, expected), read when the excerpt says nothing of tense. */
  readonly status?: string | undefined;
}

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number): string => iso(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
const pad = (n: number): string => String(n).padStart(2, "0");

/** The side of publication the words, their clause or the item's status put a date on. */
const directionOf = (wording: string, context: DateContext): { tense: Tense; why: string } => {
  if (/\b(last|past|ago|previous|yesterday)\b/i.test(wording)) return { tense: "past", why: "the words look back" };
  if (/\b(next|coming|tomorrow)\b/i.test(wording)) return { tense: "future", why: "the words look ahead" };
  const excerpt = context.excerpt;
  if (excerpt !== undefined) {
    const at = excerpt.toLowerCase().indexOf(wording.toLowerCase());
    const tense = at >= 0 ? tenseOfDate(excerpt, at, wording.length) : tenseOf(excerpt);
    if (tense === "past") return { tense, why: "its clause in the excerpt is in the past tense" };
    if (tense === "future") return { tense, why: "its clause in the excerpt looks ahead" };
  }
  if (context.status === "planned" || context.status === "expected")
    return { tense: "future", why: `the item is ${context.status}` };
  if (context.status === "happened") return { tense: "past", why: "the item has happened" };
  return { tense: "unknown", why: "nothing says on which side of publication it lies" };
};

export const resolveRelativeDate = async (
  wording: string,
  published: string,
  context: DateContext = {},
): Promise<ResolvedDate | undefined> => {
  // "9/11": the attacks of 2001, whatever the publication's year (not a day a plan in the excerpt is set for).
  const at = context.excerpt?.toLowerCase().indexOf(wording.toLowerCase()) ?? -1;
  const historic =
    context.excerpt !== undefined && at >= 0
      ? historicDay(wording, context.excerpt.slice(0, at), context.excerpt.slice(at + wording.length))
      : historicDay(wording, "");
  if (historic !== undefined) return { candidates: [historic], precision: "day" };
  chrono ??= import("chrono-node/en");
  const en = await chrono;
  const instant = new Date(`${published}T12:00:00Z`);
  const [result] = withoutRegexpOptimizer(() => en.parse(wording, { instant, timezone: 0 }, { forwardDate: false }));
  if (!result) return undefined;
  const start = result.start;
  const knowsDay = start.isCertain("day") || start.isCertain("weekday");
  if (!knowsDay && !start.isCertain("month")) return undefined;
  const date = start.date();
  const precision = knowsDay ? "day" : "month";
  const { tense, why } = directionOf(wording, context);
  const sides = (back: string, ahead: string): string[] =>
    tense === "past" ? [back] : tense === "future" ? [ahead] : back === ahead ? [back] : [back, ahead];

  // A weekday alone ("on Monday"): the publication's own weekday is that day; another lies on the side of
  // publication its clause's tense (or the item's status) says, and either side when nothing says.
  if (start.isCertain("weekday") && !start.isCertain("day")) {
    const weekday = start.get("weekday") ?? date.getUTCDay();
    const today = new Date(instant).getUTCDay();
    // "next Sunday" said on a Thursday means this coming Sunday to many writers, the one after to others.
    if (/\bnext\s+\p{L}+day\b/iu.test(wording)) {
      const coming = addDays(published, (weekday - today + 7) % 7 || 7);
      return { candidates: [coming, addDays(coming, 7)], precision };
    }
    if (/\b(last|past)\s+\p{L}+day\b/iu.test(wording)) return { candidates: [iso(date)], precision };
    if (weekday === today) return { candidates: [published], precision, reading: "the publication's own weekday" };
    const back = addDays(published, -((today - weekday + 7) % 7));
    const ahead = addDays(published, (weekday - today + 7) % 7);
    return { candidates: sides(back, ahead), precision, reading: why };
  }
  // A day and month, or a month, without a year: the latest on or before publication, or the first on
  // or after it, as the tense says.
  if (
    !start.isCertain("year") &&
    !/\b(ago|yesterday|today|tomorrow|tonight|week|weekend|month|year)\b/i.test(wording)
  ) {
    const year = Number(published.slice(0, 4));
    const month = date.getUTCMonth() + 1;
    if (start.isCertain("day")) {
      const day = `${pad(month)}-${pad(date.getUTCDate())}`;
      const back = `${year}-${day}` <= published ? `${year}-${day}` : `${year - 1}-${day}`;
      const ahead = `${year}-${day}` >= published ? `${year}-${day}` : `${year + 1}-${day}`;
      return { candidates: sides(back, ahead), precision, reading: why };
    }
    // "next June" is the coming June, "last June" the one before this month, "this June" this year's.
    const modifier = /\b(next|last|this|coming)\s+\p{L}+$/iu.exec(wording.trim())?.[1]?.toLowerCase();
    const current = published.slice(0, 7);
    const named = `${year}-${pad(month)}`;
    if (modifier === "this") return { candidates: [`${named}-01`], precision };
    const back =
      modifier === "last"
        ? named < current
          ? named
          : `${year - 1}-${pad(month)}`
        : named <= current
          ? named
          : `${year - 1}-${pad(month)}`;
    const ahead =
      modifier === "next" || modifier === "coming"
        ? named > current
          ? named
          : `${year + 1}-${pad(month)}`
        : named >= current
          ? named
          : `${year + 1}-${pad(month)}`;
    return { candidates: sides(`${back}-01`, `${ahead}-01`), precision, reading: modifier ? undefined : why };
  }
  return { candidates: [iso(date)], precision };
};
