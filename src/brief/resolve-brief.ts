/**
 * The resolve stage: a validated, verified fact base -> the view model the
 * templates see. Everything a template shows is decided here: order,
 * grouping, wording of dates and numbers, and citation numbers (in order of
 * first use, as a reader meets them).
 */
import { compareDates, formatDate } from "../factbase/fuzzy-date.js";
import type {
  Actor,
  CitationInput,
  FactBase,
  Observation,
  Qualifier,
  SourceEntry,
  Stance,
} from "../factbase/schema.js";
import { citationParts } from "../factbase/walk-citations.js";
import type {
  ActorGroupView,
  ActorView,
  BriefView,
  CiteMark,
  EventView,
  FigureView,
  KeyFigureView,
  ObservationView,
  PositionGroupView,
  QuoteView,
  SourceView,
  TimelineYearView,
} from "./brief-view.js";

export interface ResolveOptions {
  /** The factsheet version, printed in the colophon. */
  readonly version: string;
}

const STANCE_LABEL: Record<Stance, string> = {
  demands: "Demands",
  wants: "Wants",
  supports: "Supports",
  willing: "Willing",
  refuses: "Refuses",
  opposes: "Opposes",
  warns: "Warns",
  reconsidering: "Reconsidering",
  states: "States",
};

const QUALIFIER_LABEL: Record<Qualifier, string> = {
  exactly: "",
  more_than: "more than",
  at_least: "at least",
  nearly: "nearly",
  about: "about",
  less_than: "fewer than",
};

/** Tables up to this many rows are kept on one page. */
const KEEP_TOGETHER_ROWS = 8;

const GROUPS: readonly { kind: Actor["kind"]; label: string }[] = [
  { kind: "person", label: "People" },
  { kind: "state", label: "States" },
  { kind: "organisation", label: "Organisations" },
  { kind: "group", label: "Groups" },
  { kind: "media", label: "Media" },
];

/** Numbers sources in order of first citation and remembers the excerpts used. */
class CitationNumbers {
  private readonly order = new Map<string, number>();
  private readonly excerpts = new Map<string, string[]>();

  mark(cites: readonly CitationInput[]): CiteMark[] {
    const marks: CiteMark[] = [];
    const seen = new Set<string>();
    for (const c of cites) {
      const { source, excerpt } = citationParts(c);
      let number = this.order.get(source);
      if (number === undefined) {
        number = this.order.size + 1;
        this.order.set(source, number);
      }
      if (excerpt !== undefined) {
        const list = this.excerpts.get(source) ?? [];
        if (!list.includes(excerpt)) list.push(excerpt);
        this.excerpts.set(source, list);
      }
      if (seen.has(source)) continue;
      seen.add(source);
      marks.push({ number, anchor: `source-${number}`, title: excerpt ?? null });
    }
    return marks.sort((a, b) => a.number - b.number);
  }

  sources(catalog: ReadonlyMap<string, SourceEntry>): SourceView[] {
    return [...this.order.entries()].flatMap(([id, number]) => {
      const entry = catalog.get(id);
      if (!entry) return [];
      return [
        {
          number,
          anchor: `source-${number}`,
          id,
          headline: entry.headline,
          outlet: entry.outlet,
          outletBasis: entry.inferred?.outlet ?? null,
          kind: entry.kind ?? null,
          published: formatDate(entry.published),
          publishedIso: entry.published,
          publishedBasis: entry.inferred?.published ?? null,
          translated: entry.translated === true,
          url: entry.url ?? null,
          file: entry.file,
          excerpts: withoutContained(this.excerpts.get(id) ?? []),
        },
      ];
    });
  }
}

/** Drops excerpts that another excerpt of the same source already contains. */
const withoutContained = (excerpts: readonly string[]): string[] =>
  excerpts.filter((e, i) => !excerpts.some((other, j) => j !== i && other.length > e.length && other.includes(e)));

const formatValue = (value: number): string => value.toLocaleString("en-GB", { maximumFractionDigits: 2 });

const observationView = (o: Observation, cites: CiteMark[]): ObservationView => {
  const qualifier = QUALIFIER_LABEL[o.qualifier ?? "exactly"];
  return {
    value: formatValue(o.value),
    qualifier: qualifier === "" ? null : qualifier,
    display: `${qualifier === "" ? "" : `${qualifier} `}${formatValue(o.value)}`,
    wording: o.wording ?? null,
    asOf: formatDate(o.as_of),
    asOfIso: o.as_of,
    accordingTo: o.according_to ?? null,
    cites,
  };
};

export const resolveBrief = (
  fb: FactBase,
  catalog: ReadonlyMap<string, SourceEntry>,
  options: ResolveOptions,
): BriefView => {
  const numbers = new CitationNumbers();
  const actors = new Map((fb.actors ?? []).map((a) => [a.id, a]));
  const nameOf = (id: string): string => actors.get(id)?.name ?? id;

  // Render order: key points, figures at a glance, actors, timeline, positions, figures, quotes.
  const keyPoints = (fb.key_points ?? []).map((k) => ({ text: k.text, cites: numbers.mark(k.cite) }));

  const figureData = (fb.figures ?? []).map((f) => ({
    figure: f,
    observations: [...f.observations].sort((a, b) => compareDates(a.as_of, b.as_of)),
  }));
  const flagged = figureData.filter((d) => d.figure.key === true);
  const keyFigures: KeyFigureView[] = (flagged.length > 0 ? flagged : figureData.slice(0, 4)).map(
    ({ figure, observations }) => {
      const latest = observations.at(-1) as Observation;
      return {
        label: figure.label,
        anchor: `figure-${figure.id}`,
        unit: figure.unit,
        latest: observationView(latest, []),
        cites: numbers.mark(latest.cite),
      };
    },
  );

  const actorViews = new Map<string, ActorView>();
  const groups: ActorGroupView[] = GROUPS.map(({ kind, label }) => ({
    label,
    actors: (fb.actors ?? [])
      .filter((a) => a.kind === kind)
      .map((a): ActorView => {
        const view: ActorView = {
          id: a.id,
          anchor: `actor-${a.id}`,
          name: a.name,
          aliases: a.aliases && a.aliases.length > 0 ? a.aliases.join("; ") : null,
          affiliation: a.affiliation === undefined ? null : nameOf(a.affiliation),
          affiliationAnchor: a.affiliation === undefined ? null : `actor-${a.affiliation}`,
          description: a.description ?? null,
          roles: [],
          cites: [],
        };
        actorViews.set(a.id, view);
        return view;
      }),
  })).filter((g) => g.actors.length > 0);
  // Number in the order the reader meets them: group by group.
  for (const group of groups) {
    for (const view of group.actors) {
      const actor = actors.get(view.id);
      if (!actor) continue;
      view.cites = numbers.mark(actor.cite);
      view.roles = [...(actor.roles ?? [])]
        .sort((a, b) => compareDates(a.as_of, b.as_of))
        .map((r) => ({ title: r.title, asOf: formatDate(r.as_of), cites: numbers.mark(r.cite) }));
    }
  }

  const events = [...(fb.timeline ?? [])].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
  const years: TimelineYearView[] = [];
  for (const e of events) {
    const year = e.date.slice(0, 4);
    let group = years.at(-1);
    if (!group || group.year !== year) {
      group = { year, events: [] };
      years.push(group);
    }
    const status = e.status ?? "happened";
    const event: EventView = {
      id: e.id,
      date: formatDate(e.date),
      dateIso: e.date.replace("~", ""),
      approximate: e.date.endsWith("~"),
      dateWording: e.date_wording ?? null,
      status: status === "happened" ? null : status,
      text: e.text,
      actors: (e.actors ?? []).map((id) => ({ name: nameOf(id), anchor: `actor-${id}` })),
      cites: numbers.mark(e.cite),
    };
    group.events.push(event);
  }

  const positionGroups: PositionGroupView[] = (fb.questions ?? [])
    .map((q) => ({
      label: q.label,
      positions: (fb.positions ?? [])
        .filter((p) => p.question === q.id)
        .sort((a, b) => nameOf(a.party).localeCompare(nameOf(b.party)) || compareDates(a.as_of, b.as_of))
        .map((p) => ({
          party: nameOf(p.party),
          partyAnchor: `actor-${p.party}`,
          stance: STANCE_LABEL[p.stance],
          stanceClass: `stance-${p.stance}`,
          text: p.text,
          asOf: formatDate(p.as_of),
          cites: numbers.mark(p.cite),
        })),
    }))
    .filter((g) => g.positions.length > 0)
    .map((g) => ({ ...g, keepTogether: g.positions.length <= KEEP_TOGETHER_ROWS }));

  const figures: FigureView[] = figureData.map(({ figure, observations }) => {
    const views = observations.map((o) => observationView(o, numbers.mark(o.cite)));
    return {
      id: figure.id,
      anchor: `figure-${figure.id}`,
      label: figure.label,
      counts: figure.counts,
      unit: figure.unit,
      latest: views.at(-1) as ObservationView,
      observations: views,
      hasHistory: views.length > 1,
    };
  });

  const quoteIds = new Map((fb.quotes ?? []).map((q) => [q.id, q]));
  const quotes: QuoteView[] = [...(fb.quotes ?? [])]
    .sort((a, b) => compareDates(a.date, b.date))
    .map((q) => {
      const variant = q.variant_of === undefined ? undefined : quoteIds.get(q.variant_of);
      return {
        id: q.id,
        anchor: `quote-${q.id}`,
        speaker: nameOf(q.speaker),
        speakerAnchor: `actor-${q.speaker}`,
        text: q.text,
        date: formatDate(q.date),
        dateWording: q.date_wording ?? null,
        context: q.context ?? null,
        variantOf: variant === undefined ? null : { anchor: `quote-${variant.id}`, speaker: nameOf(variant.speaker) },
        cites: numbers.mark(q.cite),
      };
    });

  const sources = numbers.sources(catalog);
  const counts = {
    sources: sources.length,
    actors: fb.actors?.length ?? 0,
    events: events.length,
    positions: fb.positions?.length ?? 0,
    figures: figures.length,
    quotes: quotes.length,
  };

  return {
    lang: fb.lang ?? "en",
    title: fb.title,
    desk: fb.desk ?? null,
    edition: fb.edition ?? null,
    asOf: formatDate(fb.as_of),
    asOfIso: fb.as_of,
    summary: fb.summary,
    keyPoints,
    keyFigures,
    actorGroups: groups,
    timeline: years,
    positionGroups,
    figures,
    quotes,
    sources,
    counts,
    version: options.version,
  };
};
