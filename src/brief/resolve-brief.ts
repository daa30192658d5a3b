/**
 * The resolve stage: a validated, verified fact base -> the view model the
 * templates see. Everything a template shows is decided here: order,
 * grouping, wording of dates and numbers, citation numbers (kept from the
 * previous edition; new sources in order of first use, as a reader meets
 * them), and what changed since the previous edition.
 */
import { countDrafts } from "../factbase/drafts.js";
import { compareDates, dateRange, daysBetween, formatDate, formatMonth } from "../factbase/fuzzy-date.js";
import { sourcesOf } from "../factbase/items.js";
import type { Actor, FactBase, Observation, SourceEntry } from "../factbase/schema.js";
import { diffWords, type Segment } from "../text/diff-words.js";
import { datetimeOf, type FigureText, formatFigure, formatNumber, QUALIFIER_LABEL } from "../text/format.js";
import { shorten } from "../text/shorten.js";
import { countedDate, figureQuantities, type Quantity } from "../verify/figure-quantities.js";
import type { Disagreement } from "../verify/find-disagreements.js";
import type {
  ActorGroupView,
  ActorView,
  BriefView,
  ChangesView,
  ChangeView,
  CiteMark,
  DiffersMark,
  DisagreementSideView,
  DisagreementView,
  FigureView,
  KeyFigureView,
  ObservationView,
  PositionGroupView,
  QuoteView,
  RevisionValueView,
  RevisionView,
  TimelineYearView,
  TrendView,
  WordView,
} from "./brief-view.js";
import { CitationNumbers } from "./citation-numbers.js";
import { curlOptional, curlQuotes } from "./curl-quotes.js";
import { figureChart } from "./figure-chart.js";
import { compareText, STANCE_LABEL, scriptText, stanceLegend } from "./labels.js";
import { resolveMatrix } from "./resolve-matrix.js";
import {
  type Change,
  type ChangeKind,
  type Changes,
  changedItems,
  compareSnapshots,
  type EditionSnapshot,
  hasChanges,
  SNAPSHOT_FORMAT,
  type Snapshot,
  takeSnapshot,
} from "./snapshot.js";

export interface ResolveOptions {
  /** The factsheet version, printed in the colophon. */
  readonly version: string;
  /** Where sources differ, as found by the verify stage. */
  readonly disagreements?: readonly Disagreement[];
  /** The inputs' fingerprint, when the caller has computed it. */
  readonly fingerprint?: string;
  /**
   * The edition this one follows: compared with, and its citation numbers kept. Null when there is
   * none (the brief says it is a first edition); left out, no comparison is made.
   */
  readonly previous?: Snapshot | null;
}

/** A brief resolved as an edition: what the templates see, what it prints as a snapshot, and what changed. */
export interface ResolvedEdition {
  readonly view: BriefView;
  readonly snapshot: EditionSnapshot;
  /** Undefined when there was nothing to compare with. */
  readonly changes: Changes | undefined;
}

const DISAGREEMENT_KIND: Record<Disagreement["kind"], string> = {
  title: "Title",
  spelling: "Spelling",
  figure: "Figure",
  revision: "Revision",
  wording: "Wording",
};

/** A stretch of the timeline longer than this with no event is marked. */
const LONG_GAP_DAYS = 60;

const describeGap = (days: number): string => {
  const months = Math.round(days / 30.4);
  return `About ${months} month${months === 1 ? "" : "s"} with no event in the sources`;
};

/** A quotation of one word (punctuation included): printed inline. */
const ONE_WORD = /^\s*\S+\s*$/u;

/** Tables up to this many rows are kept on one page. */
const KEEP_TOGETHER_ROWS = 8;

const GROUPS: readonly { kind: Actor["kind"]; label: string }[] = [
  { kind: "person", label: "People" },
  { kind: "state", label: "States" },
  { kind: "organisation", label: "Organisations" },
  { kind: "group", label: "Groups" },
  { kind: "media", label: "Media" },
];

/** A value as every surface prints it (text/format.ts): "up to 1.4 million" and "up to 1.4 million workers". */
const printed = (o: Observation, unit: string): FigureText => formatFigure(o.value, o.qualifier, unit);

const observationView = (o: Observation, unit: string, cites: ObservationView["cites"]): ObservationView => {
  const qualifier = QUALIFIER_LABEL[o.qualifier ?? "exactly"];
  const text = printed(o, unit);
  return {
    value: formatNumber(o.value),
    qualifier: qualifier === "" ? null : qualifier,
    display: text.amount,
    unit: text.unit,
    withUnit: text.text,
    wording: curlOptional(o.wording, { nested: true }),
    asOf: formatDate(o.as_of),
    asOfIso: datetimeOf(o.as_of),
    countsAsOf: o.counts_as_of === undefined ? null : formatDate(o.counts_as_of),
    countsAsOfIso: o.counts_as_of === undefined ? null : datetimeOf(o.counts_as_of),
    accordingTo: curlOptional(o.according_to),
    cites,
    draft: o.draft !== undefined,
  };
};

/** "4", "4 and 5", "1, 4 and 5" */
const listNumbers = (numbers: readonly number[]): string =>
  numbers.length < 2 ? numbers.join("") : `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;

/** A version's sources, as the columns of "Where sources differ" name them: "Sources 4 and 5: Alba Gazette; Coastal Radio". */
const sourcesLabel = (marks: readonly CiteMark[], outlets: readonly string[]): string => {
  const numbers = marks.map((m) => m.number);
  const which = numbers.length === 1 ? `Source ${numbers[0]}` : `Sources ${listNumbers(numbers)}`;
  return `${which}: ${[...new Set(outlets)].map((o) => curlQuotes(o)).join("; ")}`;
};

/**
 * How the newest value of a series moved from the one before: never a computed difference of
 * qualified numbers. Dated by the date each value counts.
 */
const changeOf = (series: readonly Observation[], unit: string): TrendView | null => {
  const latest = series.at(-1);
  const previous = series.at(-2);
  if (!latest || !previous) return null;
  const direction = latest.value > previous.value ? "up" : latest.value < previous.value ? "down" : "unchanged";
  const verb = direction === "unchanged" ? "unchanged from" : `${direction} from`;
  return { direction, text: `${verb} ${printed(previous, unit).text} (${formatDate(countedDate(previous))})` };
};

/**
 * "revised to 31 (Coastal Radio, 19 August 2024); earlier more than 40 (Alba Gazette, 4 March 2024)":
 * when the latest quantity of a figure was counted again with another value; null otherwise.
 */
const revisionOf = (
  quantity: Quantity | undefined,
  unit: string,
  outlet: (source: string) => string,
  mark: (o: Observation) => RevisionView["latest"]["cites"],
): RevisionView | null => {
  if (quantity === undefined || !quantity.revised) return null;
  const value = (o: Observation): RevisionValueView => ({
    display: printed(o, unit).amount,
    withUnit: printed(o, unit).text,
    source: [...new Set(sourcesOf(o.cite).map(outlet))].join(" and "),
    date: formatDate(o.as_of),
    dateIso: datetimeOf(o.as_of),
    cites: mark(o),
  });
  const latest = quantity.values.at(-1) as Observation;
  return { latest: value(latest), earlier: quantity.values.slice(0, -1).reverse().map(value) };
};

const KIND_LABEL: Record<ChangeKind, string> = {
  brief: "Brief",
  "key point": "Key point",
  question: "Question",
  actor: "Actor",
  event: "Event",
  position: "Position",
  figure: "Figure",
  quote: "Quote",
  source: "Source",
};

/**
 * Page one holds the title, summary, key points, key figures and contents whatever the length of
 * the change panel: it shows only the panel's lead (a count, the first entries, one line each, and
 * a pointer); the whole panel, with each entry's before and now, follows the contents (in print,
 * from page two).
 */
export const LEAD_ENTRIES = 3;
/** A lead line's label, in characters: one printed line with its state and kind, on A4 and Letter. */
export const LEAD_LABEL_CHARACTERS = 80;

/**
 * What page one is made to hold, on A4 and Letter, beside the lead of a change panel of any length
 * (the print stylesheet sets page one to these; test/print/page-one.test.ts prints a brief at each
 * limit). A brief past them still prints, but its contents, or its key figures, may start page two.
 */
export const PAGE_ONE_LIMITS = {
  /** Two lines of the title. */
  titleCharacters: 80,
  summaryCharacters: 1_000,
  keyPoints: 5,
  /** All of them together: two lines each. */
  keyPointsCharacters: 900,
  /** One row. */
  keyFigures: 4,
  keyFigureLabelCharacters: 45,
} as const;

/** Kinds whose items carry an anchor `<kind>-<id>` in the brief. */
const ANCHORED: ReadonlySet<ChangeKind> = new Set(["actor", "event", "position", "figure", "quote"]);

/** A field as a reader reads its name: `according_to` -> "according to", `inferred.outlet` -> "inferred outlet". */
export const fieldName = (name: string): string => name.replace(/[_.]/g, " ");

/** What of an item a change is about: "value as of 7 January 2025: according to"; null for the whole item. */
export const changeWhere = (c: Change): string | null => {
  const where = [c.part, c.field === null ? null : fieldName(c.field)].filter((w) => w !== null).join(": ");
  return where === "" ? null : where;
};

/**
 * The fact base's words as they changed, its quotation marks as written (the panel is a record of
 * the YAML's edits: a change of marks stays visible).
 */
const words = (segments: readonly Segment[]): WordView[] => segments.map((w) => ({ text: w.text, changed: w.changed }));

const changesView = (changes: Changes, snapshot: EditionSnapshot): ChangesView => {
  const anchorOf = (c: Change, present: boolean): string | null => {
    if (!present) return null;
    if (ANCHORED.has(c.kind)) return `${c.kind}-${c.id}`;
    const number = c.kind === "source" && Object.hasOwn(snapshot.numbers, c.id) ? snapshot.numbers[c.id] : undefined;
    return number === undefined ? null : `source-${number}`;
  };
  const view = (c: Change, present: boolean): ChangeView => {
    const marked = c.before !== null && c.after !== null ? diffWords(c.before, c.after) : undefined;
    return {
      kind: KIND_LABEL[c.kind],
      label: c.label,
      anchor: anchorOf(c, present),
      where: changeWhere(c),
      before: marked ? words(marked.before) : c.before === null ? null : [{ text: c.before, changed: false }],
      after: marked ? words(marked.after) : c.after === null ? null : [{ text: c.after, changed: false }],
    };
  };
  const updated = changes.updated.map((c) => view(c, true));
  const added = changes.added.map((c) => view(c, true));
  const removed = changes.removed.map((c) => view(c, false));
  // Page one shows the panel's lead: a count, its first entries in the panel's order, a pointer.
  const entries = [
    ...updated.map((c) => ({ state: "Updated", c })),
    ...added.map((c) => ({ state: "New", c })),
    ...removed.map((c) => ({ state: "Removed", c })),
  ];
  const total = entries.length;
  const parts = [
    [updated.length, "updated"],
    [added.length, "new"],
    [removed.length, "removed"],
  ] as const;
  const count = `${total} change${total === 1 ? "" : "s"}: ${parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(", ")}`;
  return {
    since: formatDate(changes.since),
    sinceIso: datetimeOf(changes.since),
    commit: changes.commit,
    none: !hasChanges(changes),
    added,
    removed,
    updated,
    count,
    lead: entries.slice(0, LEAD_ENTRIES).map(({ state, c }) => ({
      state,
      kind: c.kind,
      label: shorten(c.label, LEAD_LABEL_CHARACTERS),
      anchor: c.anchor,
    })),
    more: total > LEAD_ENTRIES ? `And ${total - LEAD_ENTRIES} more` : null,
  };
};

export const resolveBrief = (
  fb: FactBase,
  catalog: ReadonlyMap<string, SourceEntry>,
  options: ResolveOptions,
): BriefView => resolveEdition(fb, catalog, options).view;

export const resolveEdition = (
  fb: FactBase,
  catalog: ReadonlyMap<string, SourceEntry>,
  options: ResolveOptions,
): ResolvedEdition => {
  const previous = options.previous ?? undefined;
  // Every source keeps the number the previous edition gave it (a first-format snapshot kept none).
  const numbers = new CitationNumbers(previous?.format === SNAPSHOT_FORMAT ? previous.numbers : undefined);
  const outlet = (source: string): string => catalog.get(source)?.outlet ?? source;
  const actors = new Map((fb.actors ?? []).map((a) => [a.id, a]));
  const nameOf = (id: string): string => actors.get(id)?.name ?? id;
  const displayName = (id: string): string => curlQuotes(nameOf(id));

  // Where sources differ: one anchor per disagreement, and a mark on the item it concerns.
  const disagreements = options.disagreements ?? [];
  const differsByItem = new Map<string, DiffersMark>();
  disagreements.forEach((d, i) => {
    if (!differsByItem.has(d.itemId)) differsByItem.set(d.itemId, { anchor: `differs-${i + 1}` });
  });
  const differs = (id: string): DiffersMark | null => differsByItem.get(id) ?? null;

  // "new" and "updated" marks from the comparison with the previous edition: the items compare
  // before the sources are numbered (the sources list is compared once they are, below).
  const marks = previous
    ? changedItems(compareSnapshots(previous, takeSnapshot(fb, catalog, { numbers: new Map(), cited: [] })))
    : new Map<string, string>();
  const mark = (id: string): string | null => marks.get(id) ?? null;

  // Render order: key points, key figures, actors, timeline, positions, matrix, figures, quotes, differences.
  const keyPoints = (fb.key_points ?? []).map((k, i) => ({
    anchor: `key-point-${i + 1}`,
    text: curlQuotes(k.text),
    cites: numbers.mark(k.cite, { anchor: `key-point-${i + 1}`, label: `Key point ${i + 1}` }),
  }));
  const figureClaim = (figure: { id: string; label: string }) => ({
    anchor: `figure-${figure.id}`,
    label: `Figure: ${curlQuotes(figure.label)}`,
  });

  // A figure's values quantity by quantity; its trend and chart join only its series (never the
  // values of one revised quantity: see figure-quantities.ts).
  const figureData = (fb.figures ?? []).map((figure) => {
    const { quantities, ordered, series } = figureQuantities(figure);
    const latestQuantity = quantities.at(-1);
    return {
      figure,
      quantities,
      observations: ordered,
      series,
      latestQuantity,
      change: latestQuantity?.revised === true ? null : changeOf(series, figure.unit),
    };
  });
  // Figures marked `key: true`; when none is, the first four not marked `key: false`.
  const flagged = figureData.filter((d) => d.figure.key === true);
  const chosen = flagged.length > 0 ? flagged : figureData.filter((d) => d.figure.key !== false).slice(0, 4);
  const keyFigures: KeyFigureView[] = chosen.map(({ figure, observations, latestQuantity, change }) => {
    const latest = observations.at(-1) as Observation;
    const cites = numbers.mark(latest.cite, figureClaim(figure));
    return {
      label: curlQuotes(figure.label),
      anchor: `figure-${figure.id}`,
      unit: curlQuotes(figure.unit),
      latest: observationView(latest, figure.unit, []),
      change,
      revision: revisionOf(latestQuantity, figure.unit, outlet, (o) =>
        o === latest ? cites : numbers.mark(o.cite, figureClaim(figure)),
      ),
      cites,
      // The value on page one is a draft when the figure is, or when its latest value is.
      draft: figure.draft !== undefined || latest.draft !== undefined,
    };
  });

  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
  // Counted once for every actor: counting per actor made the brief quadratic in its size.
  const tally = (ids: Iterable<string | undefined>): Map<string | undefined, number> => {
    const counts = new Map<string | undefined, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const inEvents = tally((fb.timeline ?? []).flatMap((e) => [...new Set(e.actors ?? [])]));
  const inPositions = tally((fb.positions ?? []).map((p) => p.party));
  const inQuotes = tally((fb.quotes ?? []).map((q) => q.speaker));
  const appearancesOf = (id: string) =>
    [
      { n: inEvents.get(id) ?? 0, one: "event", anchor: "timeline" },
      { n: inPositions.get(id) ?? 0, one: "position", anchor: "positions" },
      { n: inQuotes.get(id) ?? 0, one: "quote", anchor: "quotes" },
    ]
      .filter((a) => a.n > 0)
      .map((a) => ({ label: count(a.n, a.one), anchor: a.anchor }));
  const actorGroups: ActorGroupView[] = GROUPS.map(({ kind, label }) => ({
    label,
    actors: (fb.actors ?? [])
      .filter((a) => a.kind === kind)
      .map(
        (a): ActorView => ({
          id: a.id,
          anchor: `actor-${a.id}`,
          draft: a.draft !== undefined,
          name: curlQuotes(a.name),
          aliases: (a.aliases ?? []).map((alias) => scriptText(curlQuotes(alias))),
          affiliation: a.affiliation === undefined ? null : displayName(a.affiliation),
          affiliationAnchor: a.affiliation === undefined ? null : `actor-${a.affiliation}`,
          description: curlOptional(a.description),
          roles: [],
          cites: [],
          differs: differs(a.id),
          mark: mark(a.id),
          appearances: appearancesOf(a.id),
        }),
      ),
  })).filter((g) => g.actors.length > 0);
  // Number in the order the reader meets them: group by group.
  for (const view of actorGroups.flatMap((g) => g.actors)) {
    const actor = actors.get(view.id);
    if (!actor) continue;
    const claim = { anchor: `actor-${actor.id}`, label: `Actor: ${view.name}` };
    view.cites = numbers.mark(actor.cite, claim);
    view.roles = [...(actor.roles ?? [])]
      .sort((a, b) => compareDates(a.as_of, b.as_of))
      .map((r) => ({
        title: curlQuotes(r.title),
        asOf: formatDate(r.as_of),
        cites: numbers.mark(r.cite, claim),
        draft: r.draft !== undefined,
      }));
  }

  const events = [...(fb.timeline ?? [])].sort((a, b) => compareDates(a.date, b.date) || compareText(a.id, b.id));
  const timeline: TimelineYearView[] = [];
  let previousEnd: string | undefined;
  for (const e of events) {
    const range = dateRange(e.date);
    const year = range.start.slice(0, 4);
    const label = range.precision === "year" ? `${year}, month not known` : formatMonth(e.date);
    let yearGroup = timeline.at(-1);
    if (!yearGroup || yearGroup.year !== year) {
      yearGroup = { year, months: [] };
      timeline.push(yearGroup);
    }
    let month = yearGroup.months.at(-1);
    if (!month || month.label !== label) {
      const gapDays = previousEnd === undefined ? 0 : daysBetween(previousEnd, range.start);
      month = { label, gap: gapDays > LONG_GAP_DAYS ? describeGap(gapDays) : null, events: [] };
      yearGroup.months.push(month);
    }
    if (previousEnd === undefined || range.end > previousEnd) previousEnd = range.end;
    const status = e.status ?? "happened";
    month.events.push({
      id: e.id,
      anchor: `event-${e.id}`,
      draft: e.draft !== undefined,
      mark: mark(e.id),
      date: formatDate(e.date),
      dateIso: datetimeOf(e.date),
      approximate: e.date.endsWith("~") || range.precision !== "day",
      dateWording: curlOptional(e.date_wording, { nested: true }),
      status: status === "happened" ? null : status,
      text: curlQuotes(e.text),
      actors: (e.actors ?? []).map((id) => ({ name: displayName(id), anchor: `actor-${id}` })),
      cites: numbers.mark(e.cite, { anchor: `event-${e.id}`, label: `Event: ${formatDate(e.date)}` }),
    });
  }

  const positionGroups: PositionGroupView[] = (fb.questions ?? [])
    .map((q) => ({
      label: curlQuotes(q.label),
      positions: (fb.positions ?? [])
        .filter((p) => p.question === q.id)
        .sort((a, b) => compareText(nameOf(a.party), nameOf(b.party)) || compareDates(a.as_of, b.as_of))
        .map((p) => ({
          anchor: `position-${p.id}`,
          draft: p.draft !== undefined,
          mark: mark(p.id),
          party: displayName(p.party),
          partyAnchor: `actor-${p.party}`,
          stance: STANCE_LABEL[p.stance],
          stanceClass: `stance-${p.stance}`,
          text: curlQuotes(p.text),
          asOf: formatDate(p.as_of),
          cites: numbers.mark(p.cite, {
            anchor: `position-${p.id}`,
            label: `Position: ${displayName(p.party)} (${STANCE_LABEL[p.stance].toLowerCase()}), ${formatDate(p.as_of)}`,
          }),
        })),
    }))
    .filter((g) => g.positions.length > 0)
    .map((g) => ({ ...g, keepTogether: g.positions.length <= KEEP_TOGETHER_ROWS }));

  const matrix = resolveMatrix(fb, numbers, displayName);

  const figures: FigureView[] = figureData.map(
    ({ figure, observations, quantities, series, latestQuantity, change }) => {
      const marks = new Map(observations.map((o) => [o, numbers.mark(o.cite, figureClaim(figure))]));
      const marksOf = (o: Observation) => marks.get(o) ?? [];
      const views = observations.map((o) => observationView(o, figure.unit, marksOf(o)));
      const chart = figureChart(
        figure.label,
        figure.unit,
        series.map((o) => ({ value: o.value, qualifier: o.qualifier, date: countedDate(o) })),
      );
      return {
        id: figure.id,
        anchor: `figure-${figure.id}`,
        draft: figure.draft !== undefined,
        label: curlQuotes(figure.label),
        counts: curlQuotes(figure.counts),
        unit: curlQuotes(figure.unit),
        historical: figure.historical === true,
        latest: views.at(-1) as ObservationView,
        change,
        revision: revisionOf(latestQuantity, figure.unit, outlet, marksOf),
        observations: views,
        hasHistory: views.length > 1,
        chart,
        chartNote:
          chart !== null && quantities.some((q) => q.revised)
            ? "A count revised later is drawn at the date it counts, with its latest value; the earlier values are in the table."
            : null,
        differs: differs(figure.id),
        mark: mark(figure.id),
      };
    },
  );

  const quoteIds = new Map((fb.quotes ?? []).map((q) => [q.id, q]));
  const quotes: QuoteView[] = [...(fb.quotes ?? [])]
    .sort((a, b) => compareDates(a.date, b.date))
    .map((q) => {
      const variant = q.variant_of === undefined ? undefined : quoteIds.get(q.variant_of);
      const speaker = q.speaker === undefined ? "Unattributed" : displayName(q.speaker);
      const reported = q.paraphrase === true;
      return {
        id: q.id,
        anchor: `quote-${q.id}`,
        draft: q.draft !== undefined,
        speaker,
        speakerAnchor: q.speaker === undefined ? null : `actor-${q.speaker}`,
        // Printed inside quotation marks, unless it is reported speech.
        text: curlQuotes(q.text, { nested: !reported }),
        reported,
        inline: !reported && ONE_WORD.test(q.text),
        date: formatDate(q.date),
        dateIso: datetimeOf(q.date),
        dateWording: curlOptional(q.date_wording, { nested: true }),
        context: curlOptional(q.context),
        variantOf: variant === undefined ? null : { anchor: `quote-${variant.id}` },
        cites: numbers.mark(q.cite, { anchor: `quote-${q.id}`, label: `Quote: ${speaker}, ${formatDate(q.date)}` }),
        differs: differs(q.id),
        mark: mark(q.id),
      };
    });

  const anchorOf = (d: Disagreement): string => {
    if (d.kind === "title" || d.kind === "spelling") return `actor-${d.itemId}`;
    if (d.kind === "figure" || d.kind === "revision") return `figure-${d.itemId}`;
    return `quote-${d.itemId}`;
  };
  const disagreementViews: DisagreementView[] = disagreements.map((d, i) => {
    const revision = d.kind === "revision";
    const sources = d.sides.map((side) => [...side.sources].sort().join("|"));
    return {
      anchor: `differs-${i + 1}`,
      kind: DISAGREEMENT_KIND[d.kind],
      revision,
      subject: curlQuotes(d.subject.charAt(0).toUpperCase() + d.subject.slice(1)),
      itemAnchor: anchorOf(d),
      sides: d.sides.map((side, n): DisagreementSideView => {
        const cites = numbers.mark(side.sources);
        return {
          heading: revision ? (n === 0 ? "Earlier count" : "Revised count") : null,
          label: sourcesLabel(cites, side.sources.map(outlet)),
          text: curlQuotes(side.text),
          date: side.date,
          cites,
        };
      }),
      sameSources: !revision && new Set(sources).size === 1,
    };
  });

  const sources = numbers.sources(catalog);
  const snapshot = takeSnapshot(fb, catalog, numbers.numbering());
  const changes = previous ? compareSnapshots(previous, snapshot) : undefined;
  const changesShown = changes ? changesView(changes, snapshot) : null;
  const toc = [
    // Its title is the panel's heading, as the PDF's outline names it (the print finds pages by title).
    {
      title: changesShown
        ? `What changed since the edition of ${changesShown.since}${changesShown.commit ? ` (from git commit ${changesShown.commit})` : ""}`
        : "",
      anchor: "changes",
      present: changesShown !== null,
    },
    { title: "Actors", anchor: "actors", present: actorGroups.length > 0 },
    { title: "Timeline", anchor: "timeline", present: timeline.length > 0 },
    { title: "Positions", anchor: "positions", present: positionGroups.length > 0 },
    { title: "Positions at a glance", anchor: "matrix", present: matrix !== null },
    { title: "Figures", anchor: "figures", present: figures.length > 0 },
    { title: "Quotes", anchor: "quotes", present: quotes.length > 0 },
    { title: "Where sources differ", anchor: "differences", present: disagreementViews.length > 0 },
    { title: "Sources", anchor: "sources", present: true },
  ]
    .filter((entry) => entry.present)
    .map(({ title, anchor }) => ({ title, anchor, page: "", changes: anchor === "changes" }));
  const view: BriefView = {
    lang: fb.lang ?? "en",
    title: curlQuotes(fb.title),
    desk: curlOptional(fb.desk),
    edition: fb.edition ?? null,
    drafts: (() => {
      const n = countDrafts(fb);
      return n === 0 ? null : `${n} unreviewed draft item${n === 1 ? "" : "s"}`;
    })(),
    asOf: formatDate(fb.as_of),
    asOfIso: datetimeOf(fb.as_of),
    summary: curlQuotes(fb.summary),
    changes: changesShown,
    firstEdition: options.previous === null,
    keyPoints,
    keyFigures,
    toc,
    actorGroups,
    timeline,
    positionGroups,
    matrix,
    stanceLegend: stanceLegend((fb.positions ?? []).map((p) => p.stance)),
    figures,
    quotes,
    disagreements: disagreementViews,
    sources,
    counts: {
      sources: sources.length,
      actors: fb.actors?.length ?? 0,
      events: events.length,
      positions: fb.positions?.length ?? 0,
      figures: figures.length,
      quotes: quotes.length,
    },
    version: options.version,
    fingerprint: options.fingerprint ?? null,
  };
  return { view, snapshot, changes };
};
