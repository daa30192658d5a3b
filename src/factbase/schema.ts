/**
 * The fact-base format: one brief (`data/<brief>.yaml`) and the source
 * catalogue it draws on (`data/sources/sources.yaml`).
 *
 * This module is the single definition of the format: `validate` checks
 * documents against it and `scripts/write-schema.ts` turns it into the JSON
 * Schema that editors' YAML tooling reads.
 *
 * YAML is parsed with the failsafe schema, so every scalar arrives as a string
 * (an id `000` keeps its zeros, `NO` stays `NO`); fields that are numbers or
 * booleans convert here, by schema, and accept the native type as well so that
 * JSON and YAML-1.2 editors agree with the loader.
 */
import * as z from "zod";
import { didYouMean, LEVELS, SETTABLE_RULE_NAMES, SETTABLE_RULES, VERIFICATION_RULES } from "../diagnostics/index.js";
import { QUALIFIERS } from "../text/qualifiers.js";
import { ITEM_LISTS } from "./item-lists.js";

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally followed by `~` (approximate). */
export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~)?$/;

const isRealDate = (value: string): boolean => {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
};

export const FuzzyDate = z
  .string()
  .refine(isRealDate, {
    message: "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, with a trailing ~ when approximate (2023-10-15~)",
  })
  .meta({
    description:
      "A date: YYYY-MM-DD, YYYY-MM or YYYY; a trailing ~ marks it approximate (2023-10-15~ for 'mid-October').",
    pattern: DATE_PATTERN.source,
  });

export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a full date as YYYY-MM-DD" })
  .refine(isRealDate, { message: "not a calendar date" });

export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, {
    message: "ids use lower-case letters, digits and hyphens, like `al-khulaifi` or `000`",
  })
  .meta({ description: "An identifier: lower-case letters, digits and hyphens." });

const Text = z.string().trim().min(1, { message: "must not be empty" });

/** A number written as a YAML scalar (a string under the failsafe schema) or a native number. */
const NumberValue = z
  .union([
    z.number().finite(),
    z.string().regex(/^-?\d{1,15}(?:\.\d{1,6})?$/, {
      message: "expected a plain number like 7000 or 2.3 (at most 15 digits)",
    }),
  ])
  .transform((v) => Number(v));

/** A whole number of days, 0 or more. */
const Days = z
  .union([
    z.number().int().min(0).max(36_500),
    z.string().regex(/^\d{1,5}$/, { message: "expected a whole number of days" }),
  ])
  .transform((v) => Number(v));

const BooleanValue = z.union([z.boolean(), z.enum(["true", "false"])]).transform((v) => v === true || v === "true");

/**
 * `draft: true` marks an item `factsheet extract` suggested and no editor has
 * reviewed yet. The long form says which pattern drafted it and what the
 * editor should look at: `draft: { by: quote-said-after, note: "speaker unsure" }`.
 * Either form is one mark: accepting the item deletes the `draft` key.
 */
export const DraftInfo = z.strictObject({
  by: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "expected a pattern name such as quote-said-after" })
    .meta({ description: "The extraction pattern that drafted the item (shown on the review page)." }),
  note: z.string().min(1).optional().meta({
    description: "What the editor should check: a speaker or a date the extractor was not sure of.",
  }),
});
export type DraftInfo = z.output<typeof DraftInfo>;
export type DraftMark = true | DraftInfo;

const Draft = z
  .union([BooleanValue, DraftInfo])
  .transform((v): DraftMark | undefined => (v === false ? undefined : v))
  .optional()
  .meta({
    description:
      "Suggested by `factsheet extract`, not yet reviewed: left out of the brief unless it is built with --include-drafts. `true`, or `{ by: PATTERN, note: TEXT }` saying which pattern drafted it and what to check. Delete it once an editor has checked the item.",
  });

/**
 * A draft mark on a part of a reviewed item: a role, a figure's value or a
 * citation that `factsheet extract --into` added to what the brief already
 * held. The part is left out like a draft item until an editor accepts it.
 */
const PartDraft = Draft.meta({
  description:
    "Added by `factsheet extract` to a reviewed item, not yet reviewed: left out unless built with --include-drafts. Delete it once an editor has checked this part.",
});

const HttpsUrl = z
  .string()
  .regex(/^(https:\/\/|mailto:)\S+$/i, { message: "links must start with https:// or mailto:" });

export const Citation = z.union([
  Id.meta({ description: "The id of a source in the catalogue." }),
  z.strictObject({
    source: Id,
    excerpt: Text.optional().meta({
      description:
        "Verbatim words from the source that support the item; `...` marks an elision. Checked against the source text.",
    }),
    note: Text.optional(),
    draft: PartDraft,
  }),
]);

const Cites = z
  .array(Citation)
  .min(1, { message: "every item cites at least one source" })
  .meta({ description: "The sources that support this item." });

/** A level a rule's findings take: `off` drops them. */
export const Level = z.enum(LEVELS).meta({
  id: "level",
  description: "error (fails the check), warning (fails it under --strict), note, or off.",
});

/** The rules whose findings stand on an item: the ones an item may accept, and set per kind of item. */
const ITEM_RULES = SETTABLE_RULE_NAMES.filter((rule) => SETTABLE_RULES[rule].onItem);

const isVerificationRule = (rule: string): boolean => (VERIFICATION_RULES as readonly string[]).includes(rule);

/** Why a rule name cannot be accepted: it stands elsewhere, it is an error of verification, or it is no rule. */
const refuseAccepted = (rule: string): string => {
  if (Object.hasOwn(SETTABLE_RULES, rule)) {
    return `\`${rule}\` stands in the catalogue or on a single value, not on an item: set its level in checks.rules instead`;
  }
  if (isVerificationRule(rule)) return `\`${rule}\` is an error of verification: it cannot be accepted, only corrected`;
  const hint = didYouMean(rule, ITEM_RULES);
  return `unknown rule \`${rule}\`${hint === undefined ? `; an item can accept ${ITEM_RULES.join(", ")}` : `: ${hint}`}`;
};

/** The name of a rule an item may accept a finding of. */
const AcceptedRule = z
  .string()
  .superRefine((rule, ctx) => {
    if (!(ITEM_RULES as readonly string[]).includes(rule))
      ctx.addIssue({ code: "custom", message: refuseAccepted(rule) });
  })
  .meta({ enum: ITEM_RULES, description: "The rule whose finding on this item an editor accepts." });

/**
 * Findings of a rule on this item that an editor has looked at and accepts,
 * each with the reason: counted, not printed as warnings. Every kind of item
 * takes it (one definition, shared); the brief never prints it.
 */
const Accept = z
  .array(
    z.strictObject({
      rule: AcceptedRule,
      reason: Text.meta({ description: "Why the finding is accepted, for the next editor to read." }),
    }),
  )
  .meta({ id: "accept" })
  .optional()
  .meta({
    description:
      "Findings of check on this item that an editor accepts, each with the reason: counted in check's summary (--verbose lists them), not printed as warnings.",
  });

/** A rule that stands on items: one level, or levels by kind of item (the list's name) with `level` for the rest. */
const ItemRuleSetting = z
  .union([
    Level,
    z.strictObject({
      level: Level.optional().meta({ description: "The level for every kind of item not named here." }),
      ...Object.fromEntries(ITEM_LISTS.map((list) => [list, Level.optional()])),
    }),
  ])
  .meta({ id: "item-rule-setting" });

const ruleSetting = (rule: (typeof SETTABLE_RULE_NAMES)[number]) =>
  (SETTABLE_RULES[rule].onItem ? ItemRuleSetting : Level).optional().meta({
    description: `${SETTABLE_RULES[rule].about} Default: ${SETTABLE_RULES[rule].level}.`,
  });

/** A rule of verification named among the levels: it may only stay an error. */
const verificationSetting = (rule: string) =>
  z
    .string()
    .refine((level) => level === "error", {
      message: `\`${rule}\` is an error of verification: it cannot be lowered (only the provenance rules can be set)`,
    })
    .optional()
    .meta({ enum: ["error"], description: "An error of verification: it stays an error." });

/**
 * Levels of the provenance rules: `error`, `warning`, `note` or `off`; for
 * the rules that stand on items, also one level per kind of item
 * (`single-source: { level: error, quotes: warning }`). A level set for a
 * kind wins over one set for the rule as a whole, and a brief's over a
 * desk's; unset, a kind's own default applies (single-source is off for
 * quotes), then the rule's.
 */
export const RuleLevels = z
  .strictObject({
    ...Object.fromEntries(SETTABLE_RULE_NAMES.map((rule) => [rule, ruleSetting(rule)])),
    ...Object.fromEntries(VERIFICATION_RULES.map((rule) => [rule, verificationSetting(rule)])),
  })
  .meta({
    description:
      "Levels of check's provenance rules: error, warning, note or off (per kind of item for the rules on items: { level: error, quotes: warning }).",
  });

export const SourceEntry = z.strictObject({
  id: Id,
  file: Text.meta({ description: "The article text, relative to the catalogue." }),
  headline: Text,
  outlet: Text.meta({ description: "The outlet, or the kind of outlet when it is not known." }),
  kind: Text.optional().meta({ description: "news report, interview, agency report, ..." }),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
    .optional(),
  translated: BooleanValue.optional(),
  url: HttpsUrl.optional(),
  published: Day,
  inferred: z
    .strictObject({
      published: Text.optional(),
      outlet: Text.optional(),
    })
    .optional()
    .meta({
      description: "Where the publication date or outlet is worked out rather than stated: the basis for it.",
    }),
  not_citable: z
    .array(z.union([Text, z.strictObject({ text: Text, reason: Text.optional() })]))
    .optional()
    .meta({
      description:
        "Lines of the text that are not the article's own claims (link blurbs, site furniture): never citable.",
    }),
});

/**
 * What `factsheet extract` writes in a catalogue entry for an article the
 * catalogue did not list, where the article does not say: placeholders for an
 * editor to replace, which check warns of (placeholder-source).
 */
export const EXTRACT_PLACEHOLDERS = {
  outlet: "Not known: added by factsheet extract",
  inferredOutlet: "Not stated in the text; to be filled in by an editor.",
} as const;

export const SourceCatalog = z.strictObject({
  // Empty in a brief just started (factsheet init): nothing cites a source yet.
  sources: z.array(SourceEntry),
});

export const ActorKind = z.enum(["person", "organisation", "state", "media", "group"]);

export const Role = z.strictObject({
  title: Text,
  as_of: FuzzyDate,
  cite: Cites,
  draft: PartDraft,
});

export const Actor = z.strictObject({
  id: Id,
  name: Text,
  kind: ActorKind,
  aliases: z.array(Text).optional(),
  affiliation: Id.optional().meta({ description: "The id of the actor this one belongs to." }),
  description: Text.optional(),
  roles: z.array(Role).optional(),
  cite: Cites,
  draft: Draft,
  accept: Accept,
});

export const EventStatus = z.enum(["happened", "planned", "expected"]);

export const TimelineEvent = z.strictObject({
  id: Id,
  date: FuzzyDate,
  date_wording: Text.optional().meta({
    description: "The source's own words for the date ('last Friday', 'next Sunday').",
  }),
  status: EventStatus.optional().meta({
    description:
      "happened (the default), planned or expected. An event after every cited source's date cannot have happened.",
  }),
  text: Text,
  actors: z.array(Id).optional(),
  cite: Cites,
  draft: Draft,
  accept: Accept,
});

export const Stance = z.enum([
  "demands",
  "wants",
  "supports",
  "willing",
  "refuses",
  "opposes",
  "warns",
  "reconsidering",
  "states",
]);

export const Position = z.strictObject({
  id: Id,
  party: Id,
  question: Id,
  stance: Stance,
  text: Text,
  short: Text.optional().meta({
    description: "A few words for the positions matrix ('Full ceasefire and withdrawal'); defaults to the text.",
  }),
  as_of: FuzzyDate,
  cite: Cites,
  draft: Draft,
  accept: Accept,
});

export const Qualifier = z.enum(QUALIFIERS);

/** The first and last day a fuzzy date can mean, as `YYYY-MM-DD` (compared as text). */
const daysOf = (value: string): { first: string; last: string } => {
  const [, y = "", m, d] = DATE_PATTERN.exec(value) ?? [];
  if (d !== undefined) return { first: `${y}-${m}-${d}`, last: `${y}-${m}-${d}` };
  if (m !== undefined) return { first: `${y}-${m}-01`, last: `${y}-${m}-31` };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
};

export const Observation = z
  .strictObject({
    value: NumberValue,
    qualifier: Qualifier.optional(),
    wording: Text.optional().meta({
      description: "The source's own words for the number ('more than 7,000'). Checked against the source.",
    }),
    as_of: FuzzyDate,
    counts_as_of: FuzzyDate.optional().meta({
      description:
        "The earlier date this value counts, when a later source gives a new count of a past moment (as_of 2024-08-20, counts_as_of 2024-03-07). Values of one figure that count the same date (counts_as_of, else as_of) are one quantity: a later one is a revision, printed as such, not a trend. Not needed on a `historical: true` figure, whose values are all one quantity.",
    }),
    according_to: Text.optional().meta({ description: "Who the source says the number comes from." }),
    cite: Cites,
    draft: PartDraft,
  })
  .refine((o) => o.counts_as_of === undefined || daysOf(o.counts_as_of).first <= daysOf(o.as_of).last, {
    path: ["counts_as_of"],
    message: "later than `as_of` (a value counts a date on or before the date it is given as of)",
  });

export const Figure = z.strictObject({
  id: Id,
  label: Text,
  counts: Text.meta({ description: "What exactly is counted." }),
  unit: Text,
  key: BooleanValue.optional().meta({
    description: "Show this figure in the key-figures panel on page one (default: the first four).",
  }),
  historical: BooleanValue.optional().meta({
    description:
      "A count of something past (the toll of one attack) that is not expected to change: exempt from the staleness check. Its values are one quantity: a later value is printed as a revision of the earlier ones, never as a trend.",
  }),
  observations: z.array(Observation).min(1),
  draft: Draft,
  accept: Accept,
});

export const Quote = z.strictObject({
  id: Id,
  speaker: Id.optional().meta({ description: "The actor who said it. A quote without one is flagged by check." }),
  text: Text.meta({
    description: "The words as the source prints them; `...` marks an elision. Checked against the source.",
  }),
  paraphrase: BooleanValue.optional().meta({
    description:
      "The source reports these words without quoting them (they stand outside its quotation marks): printed as reported speech, without quotation marks. Still checked word for word against the source.",
  }),
  date: FuzzyDate,
  date_wording: Text.optional(),
  context: Text.optional(),
  variant_of: Id.optional().meta({
    description: "Another quote that renders the same remark in other words (another translation).",
  }),
  cite: Cites,
  draft: Draft,
  accept: Accept,
});

export const Question = z.strictObject({
  id: Id,
  label: Text,
  draft: Draft,
  accept: Accept,
});

export const KeyPoint = z.strictObject({
  text: Text,
  cite: Cites,
  accept: Accept,
});

export const Matrix = z.strictObject({
  parties: z.array(Id).min(1).meta({ description: "Actor ids, one column each, in this order." }),
  questions: z.array(Id).optional().meta({ description: "Question ids, one row each (default: every question)." }),
});

export const Checks = z.strictObject({
  stale_after_days: Days.optional().meta({
    description: "A current figure whose newest value is older than this before as_of is flagged (default 90).",
  }),
  disagreement_window_days: Days.optional().meta({
    description: "Values or titles from different sources this close in time are compared (default 7).",
  }),
  rules: RuleLevels.optional(),
});

/**
 * One rejected draft: the kind of item and the source words it was drafted
 * from (its first citation's excerpt). A candidate of the same kind citing
 * the same words of the same source is the same draft (see factbase/rejections.ts).
 */
export const Rejection = z.strictObject({
  kind: z.enum(["actors", "timeline", "positions", "figures", "quotes"]).meta({
    description: "The list the rejected draft was in.",
  }),
  source: Id.meta({ description: "The source it was drafted from." }),
  excerpt: Text.meta({ description: "The source's words it was drafted from (its first citation's excerpt)." }),
  id: z.string().optional().meta({ description: "The id the draft had, for the reader." }),
  on: Day.optional().meta({ description: "When it was rejected." }),
});
export type Rejection = z.output<typeof Rejection>;

/**
 * An article `factsheet extract --into` drafted into the brief: a draft of it
 * that the brief no longer holds was deleted by an editor, and is not drafted
 * again (see extract/draft-fact-base.ts).
 */
export const DraftedSource = z.strictObject({
  source: Id.meta({ description: "The source drafted from." }),
  on: Day.optional().meta({ description: "When it was first drafted." }),
});

export const FactBase = z.strictObject({
  title: Text,
  desk: Text.optional(),
  as_of: Day,
  edition: Text.optional(),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
    .optional(),
  summary: Text,
  key_points: z.array(KeyPoint).optional(),
  sources: Text.optional().meta({
    description: "The source catalogue, relative to this file (default sources/sources.yaml).",
  }),
  templates: Text.optional().meta({
    description:
      "A folder of templates for this brief, relative to this file: its files replace the built-in ones of the same name (the desk config's templates: and the built-in ones fill in the rest). --templates wins.",
  }),
  questions: z.array(Question).optional(),
  actors: z.array(Actor).optional(),
  timeline: z.array(TimelineEvent).optional(),
  positions: z.array(Position).optional(),
  figures: z.array(Figure).optional(),
  quotes: z.array(Quote).optional(),
  matrix: Matrix.optional().meta({
    description: "The positions matrix: which parties are its columns (default: the parties with most positions).",
  }),
  checks: Checks.optional(),
  rejected: z.array(Rejection).optional().meta({
    description:
      "Drafts an editor rejected: `factsheet extract` never proposes them again. Written by `factsheet review`; never printed.",
  }),
  drafted: z.array(DraftedSource).optional().meta({
    description:
      "The articles `factsheet extract --into` has drafted into this brief: a draft of theirs the brief no longer holds was deleted by an editor, and is recorded under `rejected` instead of drafted again (unless extract --redraft). Written by extract; never printed.",
  }),
});

export type CitationInput = z.output<typeof Citation>;
export type SourceEntry = z.output<typeof SourceEntry>;
export type SourceCatalog = z.output<typeof SourceCatalog>;
export type Actor = z.output<typeof Actor>;
export type Role = z.output<typeof Role>;
export type TimelineEvent = z.output<typeof TimelineEvent>;
export type Position = z.output<typeof Position>;
export type Observation = z.output<typeof Observation>;
export type Figure = z.output<typeof Figure>;
export type Quote = z.output<typeof Quote>;
export type Question = z.output<typeof Question>;
export type KeyPoint = z.output<typeof KeyPoint>;
export type FactBase = z.output<typeof FactBase>;
export type Matrix = z.output<typeof Matrix>;
export type Qualifier = z.output<typeof Qualifier>;
export type Stance = z.output<typeof Stance>;
export type EventStatus = z.output<typeof EventStatus>;
