/**
 * The view model: what the templates see. Every field is always present
 * (null when empty) because templates run in Handlebars' strict mode.
 */

/** Text in a language of its own script, marked up as such (`lang`, `dir`), or plain text. */
export interface ScriptText {
  readonly text: string;
  readonly lang: string | null;
  readonly dir: string | null;
}

export interface CiteMark {
  readonly number: number;
  /** The excerpt that supports the claim in the source list, or the source entry itself. */
  readonly anchor: string;
  /** The mark's accessible name: which source it is ("source 2: Alba Gazette"). */
  readonly label: string;
  /** The excerpt, shown as a tooltip on screen. */
  readonly title: string | null;
  /** Added by `extract --into` to a reviewed item and not yet reviewed (shown only with --include-drafts). */
  readonly draft: boolean;
}

/** A claim of the brief, as a link back to it from an excerpt it cites: "Position: Hamas, 7 January 2025". */
export interface ClaimLink {
  readonly anchor: string;
  readonly label: string;
}

/** A link to the "Where sources differ" entry about an item. */
export interface DiffersMark {
  readonly anchor: string;
}

export interface KeyPointView {
  readonly anchor: string;
  readonly text: string;
  readonly cites: CiteMark[];
}

export interface RoleView {
  readonly title: string;
  readonly asOf: string;
  readonly cites: CiteMark[];
  /** Added by `extract --into` and not yet reviewed (shown only with --include-drafts). */
  readonly draft: boolean;
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
  /** Qualifier and value, with its scale: "more than 7,000", "up to 1.4 million". */
  readonly display: string;
  /** The figure's unit, less a scale word the amount took ("workers" of "million workers"). */
  readonly unit: string;
  /** The amount and its unit, as every surface but a chart's point prints it: "up to 1.4 million workers". */
  readonly withUnit: string;
  readonly wording: string | null;
  readonly asOf: string;
  readonly asOfIso: string;
  /** The earlier date the value counts (`counts_as_of`), formatted; null when it counts its own date. */
  readonly countsAsOf: string | null;
  readonly countsAsOfIso: string | null;
  readonly accordingTo: string | null;
  cites: CiteMark[];
  /** Added by `extract --into` to a reviewed figure and not yet reviewed (shown only with --include-drafts). */
  readonly draft: boolean;
}

export interface ChartView {
  readonly width: number;
  readonly height: number;
  readonly viewBox: string;
  readonly path: string;
  readonly baseline: { readonly x1: number; readonly x2: number; readonly y: number };
  /** The radius of each point's circle (its labels are kept clear of it). */
  readonly pointRadius: number;
  readonly points: {
    readonly cx: number;
    readonly cy: number;
    readonly label: string;
    readonly labelX: number;
    readonly labelY: number;
    readonly anchor: string;
    /** A patch of paper under a label the line passes behind (where it had no clear place); null for most. */
    readonly ground: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null;
    readonly title: string;
  }[];
  readonly yTicks: { readonly y: number; readonly label: string }[];
  /** What the value axis counts in, said once in the chart's caption: "in people", "in billions of euros". */
  readonly yCaption: string;
  /** The time axis: its ends say the first and last dates, a year's first day its year; `anchor` keeps each inside the chart. */
  readonly xTicks: { readonly x: number; readonly labelX: number; readonly label: string; readonly anchor: string }[];
  readonly xAxisY: number;
  /** Where the small mark of each time tick ends, below the plot. */
  readonly tickMarkY: number;
  readonly tickLabelY: number;
  readonly yLabelX: number;
  /** The text alternative. */
  readonly alt: string;
}

/** One value of a revised quantity, with who gave it and when. */
export interface RevisionValueView {
  /** Qualifier and value: "about 1,200". */
  readonly display: string;
  /** With the figure's unit: "about 1,200 workers". */
  readonly withUnit: string;
  /** The outlets of the sources that gave it: "Alba Gazette". */
  readonly source: string;
  readonly date: string;
  readonly dateIso: string;
  readonly cites: CiteMark[];
}

/**
 * A quantity counted again later with another value: "revised to 31 (Coastal Radio, 19 August 2024);
 * earlier more than 40 (Alba Gazette, 4 March 2024)". Printed instead of a trend.
 */
export interface RevisionView {
  readonly latest: RevisionValueView;
  /** Every earlier value, newest first. */
  readonly earlier: RevisionValueView[];
}

/** How the latest value moved since the one before it. */
export interface TrendView {
  /** "up", "down" or "unchanged": also the CSS class that draws the trend mark. */
  readonly direction: string;
  /** "up from more than 7,000 people (26 October 2023)" */
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
  /** The trend of a series; null when the latest value is a revision (or there is no earlier value). */
  readonly change: TrendView | null;
  /** Set when the latest value revises an earlier count of the same quantity; then `change` is null. */
  readonly revision: RevisionView | null;
  /** Every value: quantity by quantity (by the date counted), each in the order given. */
  readonly observations: ObservationView[];
  readonly hasHistory: boolean;
  readonly chart: ChartView | null;
  /** Under the chart, when a point of it is a revised count: how it is drawn. */
  readonly chartNote: string | null;
  readonly differs: DiffersMark | null;
  readonly mark: string | null;
}

export interface KeyFigureView {
  readonly label: string;
  readonly anchor: string;
  readonly unit: string;
  readonly latest: ObservationView;
  readonly change: TrendView | null;
  /** Set when the latest value revises an earlier count; then `change` is null. */
  readonly revision: RevisionView | null;
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
  /** "Title", "Spelling", "Figure", "Revision", "Wording". */
  readonly kind: string;
  /** A revision: its sides are the earlier and the revised value, in that order. */
  readonly revision: boolean;
  readonly subject: string;
  readonly itemAnchor: string;
  readonly sides: DisagreementSideView[];
  /** Both sides come from the same sources (two passages of one article): said in the caption. */
  readonly sameSources: boolean;
}

export interface DisagreementSideView {
  /** A revision's side: "Earlier count" or "Revised count"; null otherwise. */
  readonly heading: string | null;
  /** Who gives this version, by source: "Source 4: Alba Gazette". */
  readonly label: string;
  readonly text: string;
  readonly date: string | null;
  readonly cites: CiteMark[];
}

export interface QuoteView {
  readonly id: string;
  readonly anchor: string;
  /** Suggested by `factsheet extract` and not yet reviewed (shown only with --include-drafts). */
  readonly draft: boolean;
  readonly speaker: string;
  readonly speakerAnchor: string | null;
  readonly text: string;
  /** A paraphrase: the source reports the words without quoting them, printed without quotation marks. */
  readonly reported: boolean;
  /** A quotation of one word: printed in the line of its attribution, not as a block quote. */
  readonly inline: boolean;
  readonly date: string;
  /** The date as an HTML `datetime` value. */
  readonly dateIso: string;
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
  /** How diff and the brief name it: "[2] source 004". */
  readonly name: string;
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
  /** The excerpts cited, each with the claims that cite it (a link back to each). */
  readonly excerpts: { readonly anchor: string; readonly text: string; readonly claims: ClaimLink[] }[];
  /** How many items of the brief cite this source. */
  readonly reliedOnBy: number;
  /** "Cited by 12 items of this brief" */
  readonly reliance: string;
}

/** One kind of stance mark, in the legend under the positions: its look, its stances, what they share. */
export interface StanceLegendView {
  readonly stances: { readonly stance: string; readonly stanceClass: string }[];
  /** "against", "in favour or open to it", ... */
  readonly meaning: string;
}

export interface BriefCounts {
  readonly sources: number;
  readonly actors: number;
  readonly events: number;
  readonly positions: number;
  readonly figures: number;
  readonly quotes: number;
}

/** A stretch of a changed text: the words that changed are marked. */
export interface WordView {
  readonly text: string;
  readonly changed: boolean;
}

export interface ChangeView {
  /** "Figure", "Position", "Key point", "Source", ... */
  readonly kind: string;
  /** The item, in the editor's own words. */
  readonly label: string;
  /** Where the item is in this brief; null for removed items and for what has no anchor. */
  readonly anchor: string | null;
  /** What of the item changed: "short", "value as of 7 January 2025: according to"; null for the whole item. */
  readonly where: string | null;
  /** The text before, its changed words marked; null when there was none. */
  readonly before: WordView[] | null;
  /** The text now, its changed words marked; null when there is none. */
  readonly after: WordView[] | null;
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
  /** The date of the edition compared with. */
  readonly since: string;
  readonly sinceIso: string;
  /** The git commit that edition was read from, when no snapshot of it was kept. */
  readonly commit: string | null;
  /** Nothing printed changed. */
  readonly none: boolean;
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
  /** What changed since the previous edition; null for a first edition, or when no comparison was made. */
  readonly changes: ChangesView | null;
  /** No earlier edition was found to compare with (no snapshot, nothing in the brief's git history). */
  readonly firstEdition: boolean;
  readonly keyPoints: KeyPointView[];
  readonly keyFigures: KeyFigureView[];
  /** The sections, for the table of contents. */
  readonly toc: TocEntryView[];
  readonly actorGroups: ActorGroupView[];
  readonly timeline: TimelineYearView[];
  readonly positionGroups: PositionGroupView[];
  readonly matrix: MatrixView | null;
  /** What the stance marks' looks mean, for the stances the brief uses; empty when it has no positions. */
  readonly stanceLegend: StanceLegendView[];
  readonly figures: FigureView[];
  readonly quotes: QuoteView[];
  readonly disagreements: DisagreementView[];
  readonly sources: SourceView[];
  readonly counts: BriefCounts;
  readonly version: string;
  /** A short hash of the inputs, printed so that two printouts can be told apart; null when not computed. */
  readonly fingerprint: string | null;
}
