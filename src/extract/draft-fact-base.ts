/**
 * Candidates from one or more articles turned into draft fact-base items:
 * every item marked `draft: true`, every quote and excerpt the article's own
 * words, every date resolved against the publication date, so that what an
 * editor keeps passes `check` as it stands. Actors found in several articles
 * become one actor; a figure counted in several becomes one figure with an
 * observation from each. Items that the fact base already has are left out,
 * and ids never collide with the ones it uses.
 */
import type {
  Actor,
  CitationInput,
  Figure,
  Observation,
  Position,
  Question,
  Quote,
  TimelineEvent,
} from "../factbase/schema.js";
import { foldText } from "../text/fold-text.js";
import { draftMark } from "./drafted.js";
import type { ArticleExtraction } from "./extract-article.js";
import { type ActorGroup, foldName, nameWords, samePerson, surnameKey } from "./group-actors.js";

export interface ArticleDraftInput {
  readonly sourceId: string;
  readonly published: string;
  readonly text: string;
  readonly extraction: ArticleExtraction;
}

/** What the fact base already holds, so that nothing is suggested twice. */
export interface Existing {
  readonly ids: ReadonlySet<string>;
  readonly actors: readonly Pick<Actor, "id" | "name" | "kind" | "aliases">[];
  readonly quotes: readonly Pick<Quote, "text">[];
  readonly events: readonly Pick<TimelineEvent, "date" | "cite">[];
  readonly figures: readonly { readonly observations: readonly Pick<Observation, "value" | "cite">[] }[];
  readonly positions: readonly Pick<Position, "party" | "cite">[];
  readonly questions: readonly Pick<Question, "id">[];
}

export const NO_EXISTING: Existing = {
  ids: new Set(),
  actors: [],
  quotes: [],
  events: [],
  figures: [],
  positions: [],
  questions: [],
};

export interface DraftItems {
  readonly actors: Actor[];
  readonly timeline: TimelineEvent[];
  readonly positions: Position[];
  readonly figures: Figure[];
  readonly quotes: Quote[];
  readonly questions: Question[];
}

/** The question drafted positions wait under until an editor files them. */
export const TO_SORT: Question = {
  id: "to-sort",
  label: "To sort: drafted positions not yet filed under a question",
  draft: true,
};

export const slug = (text: string, max = 40): string =>
  (
    foldName(text)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, max)
      .replace(/-+$/, "") || "item"
  ).replace(/^-/, "");

const words = (text: string, n: number): string => text.split(/\s+/).slice(0, n).join(" ");

/** A person's surname with its particle: "Al-Khulaifi", "al Thani". */
const surname = (name: string): string => {
  const all = nameWords(name);
  const key = surnameKey(all);
  return key === all.at(-1) ? key : all.slice(-2).join(" ");
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const cleanTitle = (title: string): string => capitalise(title.replace(/^(a|an|the)\s+/i, "").trim());

/** Do two written names name one actor of this kind? */
const sameActor = (kind: string, a: readonly string[], b: readonly string[]): boolean => {
  if (kind === "person") {
    return a.some((x) =>
      b.some((y) =>
        nameWords(x).length >= 2 && nameWords(y).length >= 2 ? samePerson(x, y) : foldName(x) === foldName(y),
      ),
    );
  }
  return a.some((x) => b.some((y) => foldName(x) === foldName(y)));
};

const kindMatches = (a: string, b: string): boolean =>
  a === b || (a !== "person" && b !== "person" && a !== "state" && b !== "state");

export const draftItems = (articles: readonly ArticleDraftInput[], existing: Existing = NO_EXISTING): DraftItems => {
  const used = new Set(existing.ids);
  const uniqueId = (base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const out: DraftItems = { actors: [], timeline: [], positions: [], figures: [], quotes: [], questions: [] };

  // Actors: one per person or body across every article, reusing the fact base's own where it has them.
  const actorIds = new Map<ActorGroup, string>();
  const drafted: { actor: Actor; forms: string[] }[] = [];
  for (const { sourceId, published, extraction } of articles) {
    for (const group of extraction.actors) {
      const forms = [group.name, ...group.aliases];
      const known = existing.actors.find(
        (a) => kindMatches(a.kind, group.kind) && sameActor(group.kind, forms, [a.name, ...(a.aliases ?? [])]),
      );
      if (known) {
        actorIds.set(group, known.id);
        continue;
      }
      const draft = drafted.find((d) => kindMatches(d.actor.kind, group.kind) && sameActor(group.kind, forms, d.forms));
      const roles = group.titles.map((title) => ({
        title: cleanTitle(title),
        as_of: published,
        cite: [{ source: sourceId, excerpt: title }],
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
      const base = group.kind === "person" ? slug(surname(group.name)) : slug(group.name);
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
      out.actors.push(actor);
      drafted.push({ actor, forms: [...forms] });
    }
  }

  // The folded words of every quote known so far, folded once each (not once per quote compared).
  const quoteKeys = existing.quotes.map((q) => foldText(q.text).toLowerCase());
  const knownQuote = (text: string): boolean => {
    const key = foldText(text).toLowerCase();
    return quoteKeys.some((other) => other.includes(key) || key.includes(other));
  };
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
    // Quotes, dated by an event in the same sentence when the text gives one ("he said ... in mid-October").
    const perSpeaker = new Map<string, number>();
    for (const { quote, speaker, drafted } of extraction.quotes) {
      if (knownQuote(quote.text)) continue;
      const speakerId = speaker ? actorIds.get(speaker) : undefined;
      const dated = extraction.events.find(
        (e) => quote.outer.start >= e.sentence.start && quote.outer.end <= e.sentence.end,
      );
      const n = (perSpeaker.get(speakerId ?? "unattributed") ?? 0) + 1;
      perSpeaker.set(speakerId ?? "unattributed", n);
      quoteKeys.push(foldText(quote.text).toLowerCase());
      out.quotes.push({
        id: uniqueId(`q-${speakerId ?? "unattributed"}-${sourceId}-${n}`),
        speaker: speakerId,
        text: quote.text,
        date: dated?.date ?? published,
        date_wording: dated?.wording,
        cite: [sourceId],
        draft: draftMark(drafted),
      });
    }

    // Events: one per dated sentence.
    for (const event of extraction.events) {
      const excerpt = text.slice(event.sentence.start, event.sentence.end);
      if (
        cites(
          [...existing.events, ...out.timeline].filter((e) => e.date === event.date),
          sourceId,
          excerpt,
        )
      )
        continue;
      const actors = [
        ...new Set(event.actors.map((a) => actorIds.get(a)).filter((id): id is string => id !== undefined)),
      ];
      // An id states no date the draft is not sure of: none for an approximate date or one with a note.
      const sure = !event.date.endsWith("~") && event.drafted?.note === undefined;
      const what = slug(words(excerpt.replace(/^[^\p{L}]+/u, ""), 4), 30);
      out.timeline.push({
        id: uniqueId(sure ? `e-${event.date}-${what}` : `e-${what}`),
        date: event.date,
        date_wording: event.wording,
        status: event.status === "planned" ? "planned" : undefined,
        text: excerpt.replace(/\s+/g, " ").trim(),
        actors: actors.length > 0 ? actors : undefined,
        cite: [{ source: sourceId, excerpt }],
        draft: draftMark(event.drafted),
      });
    }

    // Figures: one per thing counted; the same count in another article adds an observation.
    for (const figure of extraction.figures) {
      // The earlier of two values of one quantity ("rose from 66 to 68") is a value of the later one's figure.
      if (figure.later !== undefined) continue;
      const excerpt = text.slice(figure.excerpt.start, figure.excerpt.end);
      const seen = [...existing.figures, ...out.figures].some((f) =>
        f.observations.some(
          (o) => o.value === figure.value && o.cite.some((c) => (typeof c === "string" ? c : c.source) === sourceId),
        ),
      );
      if (seen) continue;
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
      out.figures.push({
        id: uniqueId(key),
        label: capitalise(figure.counts),
        counts: figure.counts,
        unit: figure.unit || "items",
        observations,
        draft: draftMark(drafted),
      });
    }

    // Positions, waiting under "to sort" until an editor files them under a question.
    for (const position of extraction.positions) {
      const party = actorIds.get(position.party);
      if (party === undefined) continue;
      const excerpt = text.slice(position.excerpt.start, position.excerpt.end);
      if (
        cites(
          [...existing.positions, ...out.positions].filter((p) => p.party === party),
          sourceId,
          excerpt,
        )
      )
        continue;
      out.positions.push({
        id: uniqueId(`p-${party}-${position.stance}`),
        party,
        question: TO_SORT.id,
        stance: position.stance,
        text: excerpt.replace(/\s+/g, " ").trim(),
        as_of: published,
        cite: [{ source: sourceId, excerpt }],
        draft: draftMark(position.drafted),
      });
    }
  }
  if (out.positions.length > 0 && !existing.questions.some((q) => q.id === TO_SORT.id)) out.questions.push(TO_SORT);
  return out;
};
