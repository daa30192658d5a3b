/**
 * Revisions and series: which values of a figure count the same quantity.
 *
 * A figure's values count one quantity each: on a `historical: true` figure
 * all of them count the same past quantity; otherwise a value counts the
 * date in its `counts_as_of` (a later source's new count of a past moment),
 * else its `as_of`. A value given later than another of the same quantity,
 * and different from it, is a revision: it replaces the earlier value and
 * is never read as a trend. The figure's series (what its trend and chart
 * show) is one value per quantity, the latest given, in the order of the
 * dates counted.
 */
import { compareDates, dateRange } from "../factbase/fuzzy-date.js";
import type { Figure, Observation } from "../factbase/schema.js";
import { formatQualified } from "../text/format.js";

/** The values of one figure that count the same quantity. */
export interface Quantity {
  /** The date they count (`counts_as_of`, else `as_of`); on a historical figure, the first value's. */
  readonly counted: string;
  /** Its values in the order they were given (`as_of`), oldest first. */
  readonly values: readonly Observation[];
  /** Whether a value given later differs from one given before it. */
  readonly revised: boolean;
}

/** One revision: a value given later than, and different from, the value of the same quantity before it. */
export interface Revision {
  readonly earlier: Observation;
  readonly later: Observation;
}

export interface FigureQuantities {
  /** Its quantities, in the order of the dates they count. */
  readonly quantities: readonly Quantity[];
  /** Every value, quantity by quantity, each quantity's in the order given. */
  readonly ordered: readonly Observation[];
  /**
   * The values a trend and a chart may join: each quantity's latest given (all of them when several
   * were given on that date), in the order of the dates counted. None on a historical figure: it
   * counts one past quantity and has no trend.
   */
  readonly series: readonly Observation[];
  readonly revisions: readonly Revision[];
}

/** "more than 1,400": the value as printed; two values differ when this differs. */
export const valueText = (o: Observation): string => formatQualified(o.value, o.qualifier);

/** The date a value counts: its `counts_as_of`, else its `as_of`. */
export const countedDate = (o: Observation): string => o.counts_as_of ?? o.as_of;

/** Two dates that mean the same days, approximate or not ("2024-03-07" and "2024-03-07~"). */
const sameDays = (a: string, b: string): boolean => {
  const ra = dateRange(a);
  const rb = dateRange(b);
  return ra.start === rb.start && ra.end === rb.end;
};

/** Given strictly later: the comparison the brief sorts dates by. */
const givenLater = (later: Observation, earlier: Observation): boolean => compareDates(later.as_of, earlier.as_of) > 0;

const byGiven = (a: Observation, b: Observation): number => compareDates(a.as_of, b.as_of);

/** The revisions within one quantity: each value with the values given on the latest date before it. */
const revisionsWithin = (values: readonly Observation[]): Revision[] =>
  values.flatMap((later) => {
    const before = values.filter((o) => givenLater(later, o));
    const last = before.at(-1);
    if (last === undefined) return [];
    return before
      .filter((o) => compareDates(o.as_of, last.as_of) === 0 && valueText(o) !== valueText(later))
      .map((earlier) => ({ earlier, later }));
  });

/** A figure's values grouped into the quantities they count, with its series and its revisions. */
export const figureQuantities = (figure: Figure): FigureQuantities => {
  const groups: Observation[][] = [];
  if (figure.historical === true) groups.push([...figure.observations]);
  else {
    for (const o of figure.observations) {
      const group = groups.find((g) => sameDays(countedDate(g[0] as Observation), countedDate(o)));
      if (group) group.push(o);
      else groups.push([o]);
    }
  }
  const quantities: Quantity[] = groups
    .map((g) => [...g].sort(byGiven))
    .sort((a, b) => compareDates(countedDate(a[0] as Observation), countedDate(b[0] as Observation)))
    .map((values) => ({
      counted: countedDate(values[0] as Observation),
      values,
      revised: revisionsWithin(values).length > 0,
    }));
  const latestGiven = (values: readonly Observation[]): Observation[] => {
    const last = values.at(-1) as Observation;
    return values.filter((o) => compareDates(o.as_of, last.as_of) === 0);
  };
  return {
    quantities,
    ordered: quantities.flatMap((q) => q.values),
    series: figure.historical === true ? [] : quantities.flatMap((q) => latestGiven(q.values)),
    revisions: quantities.flatMap((q) => revisionsWithin(q.values)),
  };
};
