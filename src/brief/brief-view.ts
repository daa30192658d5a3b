/**
 * The view model: what the templates see. Every field is always present
 * (null when empty) because templates run in Handlebars' strict mode.
 */
import type { ScriptText } from "./labels.js";

export interface CiteMark {
  readonly number: number;
  /** The excerpt that supports the claim in the source list, or the source entry itself. */
  readonly anchor: string;
  /** The excerpt, shown as a tooltip on screen. */
  readonly title: string | null;
}

/** A link to the "Where sources differ" entry about an item. */
export interface DiffersMark {
  readonly anchor: string;
}

export interface KeyPointView {
  readonly text: string;
  readonly cites: CiteMark[];
}

export interface RoleView {
  readonly title: string;
  readonly asOf: string;
  readonly cites: CiteMark[];
}

export interface ActorView {
  readonly id: string;
  readonly anchor: string;
  /** Suggested by `factsheet extract` and not yet reviewed (shown only with --include-drafts). */
  readonly draft: boolean;
  readonly name: string;
  /** Other names and spellings, each marked with its script's language. */
  readonly aliases: ScriptText[];
  readonly affiliation: string | null;
  readonly affiliationAnchor: string | null;
  readonly description: string | null;
  roles: RoleView[];
  cites: CiteMark[];
  differs: DiffersMark | null;
  /** "new" or "updated" since the previous edition; null otherwise. */
  readonly mark: string | null;
  /** Where the actor appears in the brief: "3 events", "5 positions", linked to their sections. */
  readonly appearances: { readonly label: string; readonly anchor: string }[];
}

export interface ActorGroupView {
  readonly label: string;
  readonly actors: ActorView[];
}

export interface EventView {
  readonly id: string;
  readonly anchor: string;
  /** Suggested by `factsheet extract` and not yet reviewed (shown only with --include-drafts). */
  readonly draft: boolean;
  readonly mark: string | null;
  readonly date: string;
  readonly dateIso: string;
  readonly approximate: boolean;
  readonly dateWording: string | null;
  /** `planned` or `expected`; null for what happened. */
  readonly status: string | null;
  readonly text: string;
  readonly actors: { readonly name: string; readonly anchor: string }[];
  readonly cites: CiteMark[];
}

export interface TimelineMonthView {
  /** "October 2023", or "2023, month not known". */
  readonly label: string;
  /** "About 5 months with no event in the sources" before this month, when the gap is long. */
  readonly gap: string | null;
  readonly events: EventView[];
}

export interface TimelineYearView {
  readonly year: string;
  readonly months: TimelineMonthView[];
}

export interface PositionView {
  readonly anchor: string;
  /** Suggested by `factsheet extract` and not yet reviewed (shown only with --include-drafts). */
  readonly draft: boolean;
  readonly mark: string | null;
  readonly party: string;
  readonly partyAnchor: string;
  readonly stance: string;
  readonly stanceClass: string;
  readonly text: string;
  readonly asOf: string;
  readonly cites: CiteMark[];
}

export interface PositionGroupView {
  readonly label: string;
  /** Short enough to keep on one page with its caption. */
  readonly keepTogether: boolean;
  readonly positions: PositionView[];
}

export interface ObservationView {
  readonly value: string;
  readonly qualifier: string | null;
  /** Qualifier and value: "more than 7,000". */
  readonly display: string;
  readonly wording: string | null;
  readonly asOf: string;
  readonly asOfIso: string;
  readonly accordingTo: string | null;
  cites: CiteMark[];
}

export interface ChartView {
  readonly width: number;
  readonly height: number;
  readonly viewBox: string;
  readonly path: string;
  readonly baseline: { readonly x1: number; readonly x2: number; readonly y: number };
  readonly points: {
    readonly cx: number;
    readonly cy: number;
    readonly label: string;
    readonly labelX: number;
    readonly labelY: number;
    readonly anchor: string;
    readonly title: string;
  }[];
  readonly yTicks: { readonly y: number; readonly label: string }[];
  readonly xTicks: { readonly x: number; readonly label: string }[];
  readonly xAxisY: number;
  readonly tickLabelY: number;
  readonly yLabelX: number;
  /** The text alternative. */
  readonly alt: string;
}

/** How the latest value moved since the one before it. */
export interface TrendView {
  /** "up", "down" or "unchanged": also the CSS class that draws the trend mark. */
  readonly direction: string;
  /** "up from more than 7,000 (26 October 2023)" */
  readonly text: string;
}

export interface FigureView {
  readonly id: string;
  readonly anchor: string;
  /** Suggested by `factsheet extract` and not yet reviewed (shown only with --include-drafts). */
  readonly draft: boolean;
  readonly label: string;
  readonly counts: string;
  readonly unit: string;
  readonly historical: boolean;
  readonly latest: ObservationView;
  readonly change: TrendView | null;
  readonly observations: ObservationView[];
  readonly hasHistory: boolean;
  readonly chart: ChartView | null;
  readonly differs: DiffersMark | null;
  readonly mark: string | null;
}

export interface KeyFigureView {
  readonly label: string;
  readonly anchor: string;
  readonly unit: string;
  readonly latest: ObservationView;
  readonly change: TrendView | null;
  readonly cites: CiteMark[];
  /** Not yet reviewed (shown only with --include-drafts). */
  readonly draft: boolean;
}

export interface MatrixEntryView {
  readonly stance: string;
  readonly text: string;
  readonly asOf: string;
  readonly cites: CiteMark[];
  /** Not yet reviewed (shown only with --include-drafts). */
  readonly draft: boolean;
}

export interface MatrixCellView {
  readonly party: string;
  /** True when the sources give this party no position on this question. */
  readonly empty: boolean;
  readonly stance: string | null;
  readonly stanceClass: string | null;
  readonly text: string | null;
  readonly asOf: string | null;
  readonly cites: CiteMark[];
  /** The latest position is not yet reviewed (shown only with --include-drafts). */
  readonly draft: boolean;
  /** The party's stated position changed over time. */
  readonly changed: boolean;
  /** Other positions stated on the same latest date. */
  readonly also: MatrixEntryView[];
  /** Positions stated before the latest date, oldest first. */
  readonly earlier: MatrixEntryView[];
}

export interface MatrixView {
  readonly parties: { readonly name: string; readonly anchor: string }[];
  readonly rows: { readonly question: string; readonly cells: MatrixCellView[] }[];
}

export interface DisagreementView {
  readonly anchor: string;
  /** "Title", "Spelling", "Figure", "Wording". */
  readonly kind: string;
  readonly subject: string;
  readonly itemAnchor: string;
  readonly sides: { readonly text: string; readonly date: string | null; readonly cites: CiteMark[] }[];
}

export interface QuoteView {
  readonly id: string;
  readonly anchor: string;
  /** Suggested by `factsheet extract` and not yet reviewed (shown only with --include-drafts). */
  readonly draft: boolean;
  readonly speaker: string;
  readonly speakerAnchor: string | null;
  readonly text: string;
  readonly date: string;
  readonly dateWording: string | null;
  readonly context: string | null;
  readonly variantOf: { readonly anchor: string } | null;
  readonly cites: CiteMark[];
  differs: DiffersMark | null;
  readonly mark: string | null;
}

export interface SourceView {
  readonly number: number;
  readonly anchor: string;
  readonly id: string;
  readonly headline: string;
  readonly outlet: string;
  readonly outletBasis: string | null;
  readonly kind: string | null;
  readonly published: string;
  readonly publishedIso: string;
  readonly publishedBasis: string | null;
  readonly translated: boolean;
  readonly url: string | null;
  readonly file: string;
  readonly excerpts: { readonly anchor: string; readonly text: string }[];
  /** How many items of the brief cite this source. */
  readonly reliedOnBy: number;
  /** "Cited by 12 items of this brief" */
  readonly reliance: string;
}

export interface BriefCounts {
  readonly sources: number;
  readonly actors: number;
  readonly events: number;
  readonly positions: number;
  readonly figures: number;
  readonly quotes: number;
}

export interface ChangeView {
  /** "Figure", "Position", ... */
  readonly kind: string;
  readonly label: string;
  /** Where the item is in this brief; null for removed items. */
  readonly anchor: string | null;
  readonly before: string | null;
  readonly after: string | null;
}

/** One line of the change panel's lead on page one: what changed, not how. */
export interface ChangeLeadView {
  /** "Updated", "New", "Removed". */
  readonly state: string;
  /** "Figure", "Position", ... */
  readonly kind: string;
  /** The item's label, shortened at a word boundary to hold on one printed line. */
  readonly label: string;
  /** Where the item is in this brief; null for removed items. */
  readonly anchor: string | null;
}

export interface ChangesView {
  readonly since: string;
  readonly sinceIso: string;
  readonly added: ChangeView[];
  readonly removed: ChangeView[];
  readonly updated: ChangeView[];
  /** "41 changes: 30 updated, 10 new, 1 removed" */
  readonly count: string;
  /** Page one's lead: the panel's first entries (at most `LEAD_ENTRIES`), one line each. */
  readonly lead: ChangeLeadView[];
  /** "And 38 more" when the lead leaves entries out; null when it lists them all. */
  readonly more: string | null;
}

export interface TocEntryView {
  readonly title: string;
  readonly anchor: string;
  /** The PDF page it starts on; empty on screen and in the first print pass. */
  readonly page: string;
  /**
   * The change panel's entry: its page is found like every section's, and printed by page one's
   * pointer to the panel (just above the contents), not in the contents' list.
   */
  readonly changes: boolean;
}

export interface BriefView {
  readonly lang: string;
  readonly title: string;
  readonly desk: string | null;
  readonly edition: string | null;
  /** "3 unreviewed draft items" when the brief shows drafts (built with --include-drafts); null otherwise. */
  readonly drafts: string | null;
  readonly asOf: string;
  readonly asOfIso: string;
  readonly summary: string;
  /** What changed since the previous edition; null for a first edition or when nothing did. */
  readonly changes: ChangesView | null;
  readonly keyPoints: KeyPointView[];
  readonly keyFigures: KeyFigureView[];
  /** The sections, for the table of contents. */
  readonly toc: TocEntryView[];
  readonly actorGroups: ActorGroupView[];
  readonly timeline: TimelineYearView[];
  readonly positionGroups: PositionGroupView[];
  readonly matrix: MatrixView | null;
  readonly figures: FigureView[];
  readonly quotes: QuoteView[];
  readonly disagreements: DisagreementView[];
  readonly sources: SourceView[];
  readonly counts: BriefCounts;
  readonly version: string;
  /** A short hash of the inputs, printed so that two printouts can be told apart; null when not computed. */
  readonly fingerprint: string | null;
}
