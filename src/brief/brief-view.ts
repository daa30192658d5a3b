/**
 * The view model: what the templates see. Every field is always present
 * (null when empty) because templates run in Handlebars' strict mode.
 */
export interface CiteMark {
  readonly number: number;
  readonly anchor: string;
  /** The excerpt, shown as a tooltip on screen. */
  readonly title: string | null;
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
  readonly name: string;
  readonly aliases: string | null;
  readonly affiliation: string | null;
  readonly affiliationAnchor: string | null;
  readonly description: string | null;
  roles: RoleView[];
  cites: CiteMark[];
}

export interface ActorGroupView {
  readonly label: string;
  readonly actors: ActorView[];
}

export interface EventView {
  readonly id: string;
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

export interface TimelineYearView {
  readonly year: string;
  readonly events: EventView[];
}

export interface PositionView {
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

export interface FigureView {
  readonly id: string;
  readonly anchor: string;
  readonly label: string;
  readonly counts: string;
  readonly unit: string;
  readonly latest: ObservationView;
  readonly observations: ObservationView[];
  readonly hasHistory: boolean;
}

export interface KeyFigureView {
  readonly label: string;
  readonly anchor: string;
  readonly unit: string;
  readonly latest: ObservationView;
  readonly cites: CiteMark[];
}

export interface QuoteView {
  readonly id: string;
  readonly anchor: string;
  readonly speaker: string;
  readonly speakerAnchor: string;
  readonly text: string;
  readonly date: string;
  readonly dateWording: string | null;
  readonly context: string | null;
  readonly variantOf: { readonly anchor: string; readonly speaker: string } | null;
  readonly cites: CiteMark[];
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
  readonly excerpts: string[];
}

export interface BriefCounts {
  readonly sources: number;
  readonly actors: number;
  readonly events: number;
  readonly positions: number;
  readonly figures: number;
  readonly quotes: number;
}

export interface BriefView {
  readonly lang: string;
  readonly title: string;
  readonly desk: string | null;
  readonly edition: string | null;
  readonly asOf: string;
  readonly asOfIso: string;
  readonly summary: string;
  readonly keyPoints: KeyPointView[];
  readonly keyFigures: KeyFigureView[];
  readonly actorGroups: ActorGroupView[];
  readonly timeline: TimelineYearView[];
  readonly positionGroups: PositionGroupView[];
  readonly figures: FigureView[];
  readonly quotes: QuoteView[];
  readonly sources: SourceView[];
  readonly counts: BriefCounts;
  readonly version: string;
}
