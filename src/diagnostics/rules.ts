/**
 * The rules whose level an editor can set (in a brief's `checks.rules`, or
 * for a whole desk in `factsheet.config.yaml`), and the rules of
 * verification, which stay errors whatever is set: a brief whose quote is not
 * in its source is wrong, not a matter of house style.
 */

/** What a rule's findings are: errors fail the check, warnings fail it under --strict, notes never do. */
export const LEVELS = ["error", "warning", "note", "off"] as const;
export type Level = (typeof LEVELS)[number];

export interface RuleDescription {
  /** Its level unless a brief, a desk or a kind of item sets another. */
  readonly level: Exclude<Level, "off">;
  /**
   * Whether its findings stand on an item of the brief, so that the item can
   * accept one (`accept: [{ rule, reason }]`); the others stand in the
   * catalogue or on a single value.
   */
  readonly onItem: boolean;
  /** What it finds, for the JSON Schema and the README. */
  readonly about: string;
}

export const SETTABLE_RULES = {
  "single-source": {
    level: "warning",
    onItem: true,
    about: "An item rests on a single source (off for quotes unless set for them).",
  },
  "stale-figure": {
    level: "warning",
    onItem: true,
    about: "A figure shown as current whose newest value is older than checks.stale_after_days.",
  },
  "quote-speaker": { level: "warning", onItem: true, about: "A quote without a speaker." },
  "quote-speaker-unattributed": {
    level: "warning",
    onItem: true,
    about: "A quote whose source does not name or refer to its speaker where it quotes it.",
  },
  "unmentioned-actor": {
    level: "warning",
    onItem: true,
    about: "An actor no event, position, quote or other actor mentions.",
  },
  "relative-date": {
    level: "warning",
    onItem: true,
    about: "A date that does not follow from the source's own words for it ('last Friday').",
  },
  "furniture-excerpt": {
    level: "warning",
    onItem: true,
    about: "An excerpt that looks like site furniture or a link blurb.",
  },
  "uncited-source": { level: "warning", onItem: false, about: "A source of the catalogue no item cites." },
  "placeholder-source": {
    level: "warning",
    onItem: false,
    about: "A catalogue entry `factsheet extract` wrote with placeholders (its outlet) for an editor to fill in.",
  },
  "sources-differ": {
    level: "note",
    onItem: true,
    about: "Sources differ on a spelling, a title, a figure or the words of a quote.",
  },
  "stale-accept": {
    level: "note",
    onItem: false,
    about: "An item accepts a finding that check no longer makes: the acceptance can go.",
  },
} as const satisfies Readonly<Record<string, RuleDescription>>;

export type SettableRule = keyof typeof SETTABLE_RULES;

export const SETTABLE_RULE_NAMES = Object.keys(SETTABLE_RULES) as SettableRule[];

export const isSettableRule = (rule: string): rule is SettableRule => Object.hasOwn(SETTABLE_RULES, rule);

/** The rules of reading and verification: always errors; a level set for one is refused. */
export const VERIFICATION_RULES = [
  "yaml-syntax",
  "encoding",
  "file-read",
  "file-size",
  "schema",
  "duplicate-id",
  "unknown-source",
  "unknown-actor",
  "unknown-question",
  "unknown-quote",
  "draft-reference",
  "quote-verbatim",
  "quote-not-quoted",
  "quote-spliced",
  "prose-quote-verbatim",
  "prose-quote-not-quoted",
  "excerpt-verbatim",
  "figure-wording",
  "figure-number",
  "figure-qualifier",
  "figure-according-to",
  "not-citable",
  "not-citable-missing",
  "date-after-source",
  "event-after-source",
  // A character no embedded font draws would print as a box (or drop out of the PDF's text layer).
  "no-glyph",
] as const;
