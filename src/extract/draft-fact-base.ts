/**
 * Candidates from one or more articles turned into draft fact-base items:
 * every item marked `draft: true`, every quote and excerpt the article's own
 * words, every date resolved against the publication date, so that what an
 * editor keeps passes `check` as it stands. Actors found in several articles
 * become one actor; a figure counted in several becomes one figure with an
 * observation from each. Ids never collide with the ones the brief uses.
 *
 * Merged into a brief (see known-items.ts for how candidates are matched), what
 * the brief holds is not drafted again, and what is new about an item it holds
 * becomes a draft part of that item: a known actor's new role, or a new spelling
 * of the name (a citation whose excerpt is the spelling, with a note); a new
 * value of a known figure; a citation of another source on a quote or an event
 * the brief holds. Each part is marked `draft: { by: PATTERN }`. A candidate the
 * brief rejected (`rejected:`) is never drafted; one from an article drafted into
 * the brief before, that the brief no longer holds, was deleted by an editor: it
 * is recorded as rejected instead.
 */
import type { ListName } from "../factbase/item-lists.js";
import { items } from "../factbase/items.js";
import type { YamlPath } from "../factbase/parse-yaml.js";
import { Rejections, rejectionOf } from "../factbase/rejections.js";
import type {
  Actor,
  CitationInput,
  DraftMark,
  Figure,
  Position,
  Question,
  Quote,
  Rejection,
  Role,
  TimelineEvent,
} from "../factbase/schema.js";
import { foldText } from "../text/fold-text.js";
import { containsVerbatim } from "../verify/find-verbatim.js";
import { type Drafted, draftMark } from "./drafted.js";
import type { ArticleExtraction } from "./extract-article.js";
import { type ActorGroup, foldName, isRoyalName, nameWords, surnameKey } from "./group-actors.js";
import {
  type ActorMatch,
  citesWords,
  type Existing,
  indexQuotes,
  KnownActors,
  type KnownCitation,
  KnownEvents,
  KnownFigures,
  type KnownQuote,
  NO_EXISTING,
  push,
  sameActor,
  spelledAmong,
} from "./known-items.js";

export { type Existing, NO_EXISTING } from "./known-items.js";

export interface ArticleDraftInput {
  readonly sourceId: string;
  readonly published: string;
  readonly text: string;
  readonly extraction: ArticleExtraction;
}

/** A part added to an item the brief holds, marked draft: a role, a value, a citation. */
export interface DraftPart {
  /** The list the item stands in. */
  readonly list: ListName;
  /** The item's id. */
  readonly id: string;
  /** Where the item stands in the brief. */
  readonly path: YamlPath;
  /** Its list the part joins. */
  readonly key: "roles" | "observations" | "cite";
  readonly entry: Record<string, unknown>;
}

export interface DraftItems {
  readonly actors: Actor[];
  readonly timeline: TimelineEvent[];
  readonly positions: Position[];
  readonly figures: Figure[];
  readonly quotes: Quote[];
  readonly questions: Question[];
  /** Parts of items the brief holds. */
  readonly parts: DraftPart[];
  /** Candidates of an article drafted before that the brief no longer holds: rejected by an editor. */
  readonly rejected: Rejection[];
  /** What was found and not drafted, with why: for the editor to do by hand. */
  readonly notes: string[];
}

export interface DraftOptions {
  /**
   * The sources already drafted into the brief: a candidate of theirs that the brief no longer
   * holds was deleted by an editor, and is recorded in `rejected` rather than drafted again.
   */
  readonly drafted?: ReadonlySet<string> | undefined;
  /** The day rejections are recorded on, YYYY-MM-DD. */
  readonly today?: string | undefined;
}

/**
 * The patterns that draft parts of items a brief holds (see docs/extraction.md, "Merging into a
 * brief"), and the one that adds a note to a new item that may be one the brief holds.
 */
export const MERGE_PATTERNS = {
  role: "actor-new-role",
  spelling: "actor-new-spelling",
  value: "figure-new-value",
  quote: "quote-repeated",
  event: "event-confirmed",
} as const;

/** A draft mark with a note added to the one the extractor gave (or `fallback` as its pattern). */
const markWithNote = (drafted: Drafted | undefined, note: string | undefined, fallback: string): DraftMark => {
  if (note === undefined) return draftMark(drafted);
  const notes = [drafted?.note, note].filter((n): n is string => n !== undefined && n !== "");
  return { by: drafted?.pattern ?? fallback, note: notes.join(" ") };
};

/** The question drafted positions wait under until an editor files them. */
export const TO_SORT: Question = {
  id: "to-sort",
  label: "To sort: drafted positions not yet filed under a question",
  draft: true,
};

export const slug = (text: string, max = 40): string => {
  const whole = foldName(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Cut at the last whole word that fits ("reuters-1987-reagan-iran", not "…-iran-speec").
  let cut = whole.slice(0, max);
  if (whole.length > max && /[a-z0-9]/.test(whole[max] ?? "") && cut.includes("-")) {
    cut = cut.slice(0, cut.lastIndexOf("-"));
  }
  return cut.replace(/-+$/, "") || "item";
};

const words = (text: string, n: number): string => text.split(/\s+/).slice(0, n).join(" ");

/** A person's surname with its particle: "Al-Khulaifi", "al Thani". */
const surname = (name: string): string => {
  const all = nameWords(name);
  const key = surnameKey(all);
  return key === all.at(-1) ? key : all.slice(-2).join(" ");
};

/**
 * The words of the article that hold a title: the title itself, or, where the name stands inside it
 * ("King of Jordan" from "King Hussein of Jordan"), the shortest run from its first word to its last with its
 * words in order and at most three others between each.
 */
const titleExcerpt = (text: string, title: string): string => {
  if (text.includes(title)) return title;
  const literal = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = title.split(/\s+/).map(literal).join("\\s+(?:\\S+\\s+){0,3}?");
  return new RegExp(pattern).exec(text)?.[0] ?? title;
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const cleanTitle = (title: string): string => capitalise(title.replace(/^(a|an|the)\s+/i, "").trim());

const kindMatches = (a: string, b: string): boolean =>
  a === b || (a !== "person" && b !== "person" && a !== "state" && b !== "state");

export const draftItems = (
  articles: readonly ArticleDraftInput[],
  existing: Existing = NO_EXISTING,
  options: DraftOptions = {},
): DraftItems => {
  const used = new Set(existing.ids);
  const uniqueId = (base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const out: DraftItems = {
    actors: [],
    timeline: [],
    positions: [],
    figures: [],
    quotes: [],
    questions: [],
    parts: [],
    rejected: [],
    notes: [],
  };
  const rejections = new Rejections(existing.rejected);
  const drafted = options.drafted ?? new Set<string>();
  /** Rejections recorded in this run, by kind, source and words: each once. */
  const recorded = new Rejections([]);
  const record = (rejection: Rejection | undefined): void => {
    if (rejection === undefined) return;
    const cited = [{ source: rejection.source, excerpt: rejection.excerpt }];
    if (recorded.rejects(rejection.kind, cited) || rejections.rejects(rejection.kind, cited)) return;
    out.rejected.push(rejection);
    recorded.add(rejection);
  };
  const today = options.today;
  /**
   * Whether a new item may be drafted: not rejected, and not deleted by an editor from an article
   * drafted before (then it is recorded as rejected).
   */
  const admit = (list: ListName, item: object): boolean => {
    const site = items({ [list]: [item] })[0];
    if (site === undefined || rejections.rejectsSite(site)) return false;
    const source = (item as { cite?: readonly CitationInput[] }).cite?.map((c) =>
      typeof c === "string" ? c : c.source,
    );
    if (source?.some((s) => drafted.has(s))) {
      record(rejectionOf(site, today));
      return false;
    }
    return true;
  };
  /** The same for a part of an item the brief holds, which cites these words of `source`. */
  const admitPart = (list: ListName, known: { id: string }, source: string, words: readonly string[]): boolean => {
    const cited = words.map((excerpt) => ({ source, excerpt }));
    if (rejections.rejects(list, cited)) return false;
    if (drafted.has(source)) {
      record({
        kind: list as Rejection["kind"],
        source,
        excerpt: words[0] as string,
        id: known.id,
        ...(today === undefined ? {} : { on: today }),
      });
      return false;
    }
    return true;
  };
  /** Each part once: by item, list and what identifies it. */
  const added = new Set<string>();
  const addPart = (
    list: ListName,
    known: { id: string; path: YamlPath },
    key: DraftPart["key"],
    identity: string,
    entry: Record<string, unknown>,
  ): void => {
    const id = `${list}\u0000${known.id}\u0000${key}\u0000${identity}`;
    if (added.has(id)) return;
    added.add(id);
    out.parts.push({ list, id: known.id, path: known.path, key, entry });
  };

  // Actors: one per person or body across every article, reusing the fact base's own where it has them.
  const knownActors = new KnownActors(existing.actors);
  const actorIds = new Map<ActorGroup, string>();
  const draftActors: { actor: Actor; forms: string[] }[] = [];
  for (const { sourceId, published, extraction } of articles) {
    const text = extraction.segmented.text;
    for (const group of extraction.actors) {
      const forms = [group.name, ...group.aliases];
      const known = knownActors.match(group.kind, forms);
      if (known) {
        actorIds.set(group, known.actor.id);
        mergeActor(known, group, { sourceId, published, text }, admitPart, addPart);
        continue;
      }
      const draft = draftActors.find(
        (d) => kindMatches(d.actor.kind, group.kind) && sameActor(group.kind, forms, d.forms),
      );
      const roles = group.titles.map((title) => ({
        title: cleanTitle(title),
        as_of: published,
        cite: [{ source: sourceId, excerpt: titleExcerpt(text, title) }],
      }));
      if (draft) {
        actorIds.set(group, draft.actor.id);
        const aliases = new Set([...(draft.actor.aliases ?? []), ...forms]);
        aliases.delete(draft.actor.name);
        const actor: Actor = {
          ...draft.actor,
          aliases: aliases.size > 0 ? [...aliases] : undefined,
          roles:
            [...(draft.actor.roles ?? []), ...roles].length > 0 ? [...(draft.actor.roles ?? []), ...roles] : undefined,
          cite: [...draft.actor.cite, { source: sourceId, excerpt: group.mentions[0]?.text ?? group.name }],
        };
        out.actors[out.actors.indexOf(draft.actor)] = actor;
        draft.actor = actor;
        draft.forms.push(...forms);
        continue;
      }
      // A royal by the whole name ("king-hussein"): the given name is no surname.
      const base = group.kind === "person" && !isRoyalName(group.name) ? slug(surname(group.name)) : slug(group.name);
      const id = uniqueId(base);
      actorIds.set(group, id);
      const actor: Actor = {
        id,
        name: group.name,
        kind: group.kind === "media" ? "media" : group.kind,
        aliases: group.aliases.length > 0 ? [...group.aliases] : undefined,
        roles: roles.length > 0 ? roles : undefined,
        cite: [{ source: sourceId, excerpt: group.mentions[0]?.text ?? group.name }],
        draft: draftMark(group.drafted),
      };
      if (!admit("actors", actor)) {
        used.delete(id);
        actorIds.delete(group);
        continue;
      }
      out.actors.push(actor);
      draftActors.push({ actor, forms: [...forms] });
    }
  }

  // Every quote known so far by its words (the brief's, then those drafted here, marked null).
  const quoteIndex = indexQuotes(existing.quotes);
  const knownEvents = new KnownEvents(existing.events);
  const knownFigures = new KnownFigures(existing.figures);
  /** The values the brief holds, by value and source: a count an article gave it is not drafted again. */
  const values = new Set(
    [...existing.figures.flatMap((f) => f.observations)].flatMap((o) => o.cite.map((c) => `${o.value}|${c.source}`)),
  );
  /** The counts drafted from the articles of this call, by value, source and what they count. */
  const draftedValues = new Set<string>();
  /** Events by date, with the sources and words they cite: what a dated sentence may repeat. */
  const eventsOn = new Map<string, { cite: readonly CitationInput[] }[]>();
  for (const event of existing.events) {
    push(eventsOn, event.date, { cite: event.cite.map(asCitation) });
  }
  /** Positions by party, with the sources and words they cite. */
  const positionsOf = new Map<string, { cite: readonly CitationInput[] }[]>();
  for (const position of existing.positions) {
    push(positionsOf, position.party, { cite: position.cite.map(asCitation) });
  }
  /** Does an item of `list` already cite these words (or words around them) of `source`? */
  const cites = (list: readonly { cite: readonly CitationInput[] }[], source: string, excerpt: string): boolean => {
    const b = foldText(excerpt).toLowerCase();
    return list.some((item) =>
      item.cite.some((cite) => {
        if (typeof cite === "string" || cite.source !== source || cite.excerpt === undefined) return false;
        const a = foldText(cite.excerpt).toLowerCase();
        return a.includes(b) || b.includes(a);
      }),
    );
  };

  for (const { sourceId, published, extraction } of articles) {
    // The text extraction read (control characters blanked, offsets kept), not the raw file.
    const text = extraction.segmented.text;
    let folded: string | undefined;
    /** Whether the article holds these words, as check reads a source (elisions allowed). */
    const holds = (words: string): boolean => {
      folded ??= foldText(text);
      return containsVerbatim(folded, words);
    };
    // Quotes, dated by an event in the same sentence when the text gives one ("he said ... in mid-October").
    const perSpeaker = new Map<string, number>();
    for (const { quote, speaker, drafted } of extraction.quotes) {
      const repeats = quoteIndex.find(quote.text);
      if (repeats.length > 0) {
        const known = repeats.find((q): q is KnownQuote => q !== null);
        if (known !== undefined) repeatQuote(known, quote.text, sourceId, holds, admitPart, addPart, out.notes);
        continue;
      }
      const speakerId = speaker ? actorIds.get(speaker) : undefined;
      // The date of the speech: a past date the narration of its sentence gives, never one inside the
      // quotation or a plan ("phase out the plant by 1989"), which the remark speaks of.
      const dated = extraction.events.find(
        (e) =>
          quote.outer.start >= e.sentence.start &&
          quote.outer.end <= e.sentence.end &&
          e.status === "happened" &&
          (e.end <= quote.outer.start || e.start >= quote.outer.end) &&
          e.date.replace("~", "").slice(0, 10) <= published,
      );
      const n = (perSpeaker.get(speakerId ?? "unattributed") ?? 0) + 1;
      perSpeaker.set(speakerId ?? "unattributed", n);
      quoteIndex.add(quote.text, null);
      const id = uniqueId(`q-${speakerId ?? "unattributed"}-${sourceId}-${n}`);
      const item: Quote = {
        id,
        speaker: speakerId,
        text: quote.text,
        date: dated?.date ?? published,
        date_wording: dated?.wording,
        cite: [sourceId],
        draft: draftMark(drafted),
      };
      if (admit("quotes", item)) out.quotes.push(item);
      else used.delete(id);
    }

    // Events: one per dated sentence.
    for (const event of extraction.events) {
      const excerpt = text.slice(openedAt(text, event.sentence.start), event.sentence.end);
      if (cites(eventsOn.get(event.date) ?? [], sourceId, excerpt)) continue;
      const actors = [
        ...new Set(event.actors.map((a) => actorIds.get(a)).filter((id): id is string => id !== undefined)),
      ];
      // The same happening the brief holds: one more source for it, never a second event.
      const match = knownEvents.match(event.date, excerpt, actors);
      if (match.event !== undefined) {
        const known = match.event;
        if (known.cite.some((c) => c.source === sourceId)) continue;
        if (!admitPart("timeline", known, sourceId, [excerpt])) continue;
        const dates =
          event.date === known.date
            ? undefined
            : `Source ${sourceId} dates it ${event.date} ("${event.wording}"), the brief ${known.date}: check which is right.`;
        addPart("timeline", known, "cite", sourceId, {
          source: sourceId,
          excerpt,
          draft: { by: MERGE_PATTERNS.event, ...(dates === undefined ? {} : { note: dates }) },
        });
        continue;
      }
      const maybe =
        match.likely.length === 0
          ? undefined
          : `It may be ${match.likely.map((e) => `event \`${e.id}\``).join(" or ")} of the same date: if so, reject it and cite source ${sourceId} there.`;
      // An id states no date the draft is not sure of: none for an approximate date or one with a note.
      const sure = !event.date.endsWith("~") && event.drafted?.note === undefined;
      const what = slug(words(excerpt.replace(/^[^\p{L}]+/u, ""), 4), 30);
      const id = uniqueId(sure ? `e-${event.date}-${what}` : `e-${what}`);
      const item: TimelineEvent = {
        id,
        date: event.date,
        date_wording: event.wording,
        status: event.status === "planned" ? "planned" : undefined,
        text: excerpt.replace(/\s+/g, " ").trim(),
        actors: actors.length > 0 ? actors : undefined,
        cite: [{ source: sourceId, excerpt }],
        draft: markWithNote(event.drafted, maybe, "event-dated-sentence"),
      };
      if (!admit("timeline", item)) {
        used.delete(id);
        continue;
      }
      out.timeline.push(item);
      push(eventsOn, event.date, item);
    }

    // Figures: one per thing counted; the same count in another article adds an observation.
    for (const figure of extraction.figures) {
      // The earlier of two values of one quantity ("rose from 66 to 68") is a value of the later one's figure.
      if (figure.later !== undefined) continue;
      const excerpt = text.slice(figure.excerpt.start, figure.excerpt.end);
      // The same count said twice in the article is drafted once; two counts of one value ("two
      // ministers", "a two-mile stretch") are two figures.
      const counted = `${figure.value}|${sourceId}|${foldName(figure.counts)}`;
      if (values.has(`${figure.value}|${sourceId}`) || draftedValues.has(counted)) continue;
      // As of the publication date, unless the sentence dates the count: "as of Monday", "by 1 March".
      const dated = extraction.events.find(
        (e) =>
          e.sentence.start <= figure.start &&
          figure.end <= e.sentence.end &&
          e.status === "happened" &&
          /\b(as of|as at|by|at the end of|on)\s*$/i.test(
            text.slice(Math.max(e.sentence.start, e.start - 20), e.start),
          ) &&
          !/\bsince\s*$/i.test(text.slice(Math.max(e.sentence.start, e.start - 8), e.start)),
      );
      const observation = {
        value: figure.value,
        qualifier: figure.qualifier === "exactly" ? undefined : figure.qualifier,
        wording: figure.wording,
        according_to: figure.according,
        as_of:
          dated &&
          /^\d{4}-\d{2}-\d{2}/.test(dated.date) &&
          /\bas (of|at)\b|\bby\b/i.test(text.slice(Math.max(0, dated.start - 20), dated.start))
            ? dated.date.replace("~", "")
            : published,
        cite: [{ source: sourceId, excerpt }],
      };
      // A count of what a figure of the brief counts, in its unit: a new value of it, never a figure beside it.
      const match = knownFigures.match(figure.counts, figure.unit || "items");
      if (match.figure !== undefined) {
        const known = match.figure;
        // The same words of the same source already give it a value (perhaps one an editor corrected).
        if (known.observations.some((o) => citesWords(o.cite, sourceId, excerpt))) continue;
        if (!admitPart("figures", known, sourceId, [excerpt])) continue;
        draftedValues.add(counted);
        // A figure of something past: a later article's count of it is a revision of the count of
        // some earlier day, which the editor gives (else it would print as a change on the article's day).
        const note = known.historical
          ? `figure \`${known.id}\` counts something past: if this counts it, give counts_as_of (the day it counts); if it counts something else, reject it and draft it as a figure of its own`
          : undefined;
        addPart("figures", known, "observations", `${figure.value}|${sourceId}`, {
          ...observation,
          draft: { by: MERGE_PATTERNS.value, ...(note === undefined ? {} : { note }) },
        });
        continue;
      }
      const maybe =
        match.likely.length === 0
          ? undefined
          : `It may be a new value of ${match.likely.map((f) => `figure \`${f.id}\` (${f.label})`).join(" or ")}: if so, reject it and add the value there.`;
      // "rose from 66 to 68": the earlier value given too, as of the same publication; when it counted is
      // not written, so its counts_as_of is left for the editor, and the note says so.
      const earlier = figure.earlier
        ? extraction.figures.find(
            (f) =>
              f.later?.value === figure.value &&
              f.value === figure.earlier?.value &&
              f.excerpt.start === figure.excerpt.start,
          )
        : undefined;
      const observations = earlier
        ? [
            {
              ...observation,
              cite: observation.cite.map((c) => ({ ...c })),
              value: earlier.value,
              qualifier: earlier.qualifier === "exactly" ? undefined : earlier.qualifier,
              wording: earlier.wording,
            },
            observation,
          ]
        : [observation];
      const drafted = earlier
        ? {
            pattern: figure.drafted?.pattern ?? "figure-range-from-to",
            note: [
              `two values of one quantity: ${earlier.wording}, then ${figure.wording}; the article does not say when ${earlier.wording} counted: give it counts_as_of`,
              ...(figure.drafted?.note ?? "").split("; ").filter((n) => n !== "" && !n.startsWith("the later of")),
            ].join("; "),
          }
        : figure.drafted;
      // Each count is its own figure: whether two counts are one series is the editor's call.
      const key = slug(figure.counts, 30);
      const id = uniqueId(key);
      const item: Figure = {
        id,
        label: capitalise(figure.counts),
        counts: figure.counts,
        unit: figure.unit || "items",
        observations,
        draft: markWithNote(drafted, maybe, "figure-number"),
      };
      if (!admit("figures", item)) {
        used.delete(id);
        continue;
      }
      draftedValues.add(counted);
      out.figures.push(item);
    }

    // Positions, waiting under "to sort" until an editor files them under a question.
    for (const position of extraction.positions) {
      const party = actorIds.get(position.party);
      if (party === undefined) continue;
      const excerpt = text.slice(openedAt(text, position.excerpt.start), position.excerpt.end);
      if (cites(positionsOf.get(party) ?? [], sourceId, excerpt)) continue;
      const id = uniqueId(`p-${party}-${position.stance}`);
      const item: Position = {
        id,
        party,
        question: TO_SORT.id,
        stance: position.stance,
        text: excerpt.replace(/\s+/g, " ").trim(),
        as_of: published,
        cite: [{ source: sourceId, excerpt }],
        draft: draftMark(position.drafted),
      };
      if (!admit("positions", item)) {
        used.delete(id);
        continue;
      }
      out.positions.push(item);
      push(positionsOf, party, item);
    }
  }
  if (out.positions.length > 0 && !existing.questions.some((q) => q.id === TO_SORT.id)) out.questions.push(TO_SORT);
  return out;
};

const asCitation = (c: KnownCitation): CitationInput =>
  c.excerpt === undefined ? c.source : { source: c.source, excerpt: c.excerpt };

type AdmitPart = (list: ListName, known: { id: string }, source: string, words: readonly string[]) => boolean;
type AddPart = (
  list: ListName,
  known: { id: string; path: YamlPath },
  key: DraftPart["key"],
  identity: string,
  entry: Record<string, unknown>,
) => void;

/**
 * What an article adds to an actor the brief holds: each title it gives that the actor has no role
 * of yet (a draft role), and each spelling of the name the brief does not have (a draft citation
 * whose excerpt is the spelling, with a note: never an alias added unreviewed, never dropped).
 */
function mergeActor(
  { actor, respelled, shortened }: ActorMatch,
  group: ActorGroup,
  article: { readonly sourceId: string; readonly published: string; readonly text: string },
  admitPart: AdmitPart,
  addPart: AddPart,
): void {
  const { sourceId, published, text } = article;
  const names = [actor.name, ...actor.aliases];
  const forms = [group.name, ...group.aliases];
  // Spellings the brief lacks, the fullest of each (not "Carvallo" beside "Ines Carvallo"), as the article writes them.
  const unknown = forms.filter((form) => !spelledAmong(form, names));
  const fullest = unknown.filter((form) => !unknown.some((other) => other !== form && spelledAmong(form, [other])));
  for (const form of fullest) {
    if (!text.includes(form) || citesWords(actor.cite, sourceId, form)) continue;
    if (!admitPart("actors", actor, sourceId, [form])) continue;
    const note = shortened
      ? `"${form}" may be ${actor.name} written shorter: if it is the same organisation, add it to aliases and accept this; if not, reject it and draft the other by hand.`
      : respelled
        ? `"${form}" may be ${actor.name} spelled another way: if it is the same person, add the spelling to aliases and accept this; if not, reject it and draft the other person by hand.`
        : `"${form}" is a spelling of ${actor.name}'s name this brief does not have: add it to aliases if it is the same person.`;
    addPart("actors", actor, "cite", foldName(form), {
      source: sourceId,
      excerpt: form,
      draft: { by: MERGE_PATTERNS.spelling, note },
    });
  }
  for (const title of group.titles) {
    const clean = cleanTitle(title);
    const held = actor.roles.some(
      (role) => foldName(role.title) === foldName(clean) || citesWords(role.cite, sourceId, title),
    );
    if (held || !admitPart("actors", actor, sourceId, [title])) continue;
    // Given to a name spelled another way, it may be another person's.
    const note = respelled
      ? `Given to "${group.name}", which may be ${actor.name} ${shortened ? "written shorter" : "spelled another way"}.`
      : undefined;
    const role: Role = {
      title: clean,
      as_of: published,
      cite: [{ source: sourceId, excerpt: titleExcerpt(text, title) }],
      draft: { by: MERGE_PATTERNS.role, ...(note === undefined ? {} : { note }) },
    };
    addPart("actors", actor, "roles", foldName(clean), role as unknown as Record<string, unknown>);
  }
}

/**
 * A quote the brief holds, repeated in another article: a draft citation of that article on it,
 * when the article holds every word of the quote as the brief writes it (else check could not pass
 * it: the editor is told instead).
 */
function repeatQuote(
  known: KnownQuote,
  words: string,
  sourceId: string,
  holds: (words: string) => boolean,
  admitPart: AdmitPart,
  addPart: AddPart,
  notes: string[],
): void {
  if (known.cite.some((c) => c.source === sourceId)) return;
  if (!holds(known.text)) {
    const note = `source ${sourceId} repeats words of quote \`${known.id}\` but not all of them: not cited; cite it by hand if it is the same remark.`;
    if (!notes.includes(note)) notes.push(note);
    return;
  }
  if (!admitPart("quotes", known, sourceId, [known.text, words])) return;
  addPart("quotes", known, "cite", sourceId, { source: sourceId, draft: { by: MERGE_PATTERNS.quote } });
}

/**
 * Where a sentence's words begin, its opening quotation mark included: a sentence read from inside a quotation that
 * opens it ('"We did not change anything, " Gross said') keeps the mark, so that its prose pairs its marks as the
 * source does (a mark with a space on each side read alone would open a quotation of the narration after it).
 */
const openedAt = (text: string, start: number): number => {
  const lineEnd = text.indexOf("\n", start);
  const rest = text.slice(start, lineEnd < 0 ? undefined : lineEnd);
  const before = text[start - 1];
  // A straight mark before the words, and an odd number of them in the rest of the line: one of them closes it.
  if (before === '"') return (rest.match(/"/g) ?? []).length % 2 === 1 ? start - 1 : start;
  // A curly opening mark before the words, and its closing mark in the line before any other opening.
  const close = rest.indexOf("”");
  return before === "“" && close >= 0 && !rest.slice(0, close).includes("“") ? start - 1 : start;
};
