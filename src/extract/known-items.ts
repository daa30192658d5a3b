/**
 * What a brief already holds, as `extract --into` matches candidates against
 * it: read leniently (a brief with errors can still be merged into), each item
 * with where it stands (the visitor's path, for adding a part to it), and
 * indexed so that matching one candidate costs about the same whatever the
 * brief's size.
 *
 * - Actors: by every written form of the name; a person also by the spelling
 *   of a name a letter or two apart ("Carvallo" for "Carvalho").
 * - Figures: by what they count and their unit, never by their value.
 * - Events: by date (a date range that overlaps) and the words of the happening.
 * - Quotes: by their words (see passage-index.ts).
 */
import { distance } from "fastest-levenshtein";
import { dateRange } from "../factbase/fuzzy-date.js";
import { field, items, list, text } from "../factbase/items.js";
import type { YamlPath } from "../factbase/parse-yaml.js";
import type { Rejection } from "../factbase/schema.js";
import { DATE_PATTERN } from "../factbase/schema.js";
import { foldName, nameWords, samePerson, surnameKey } from "./group-actors.js";
import { HONORIFICS } from "./lexicon.js";
import { PassageIndex, passageWords } from "./passage-index.js";

export interface KnownCitation {
  readonly source: string;
  readonly excerpt: string | undefined;
}

interface KnownItem {
  readonly id: string;
  /** Where the item stands in the brief's document. */
  readonly path: YamlPath;
  readonly cite: readonly KnownCitation[];
}

export interface KnownActor extends KnownItem {
  readonly name: string;
  readonly kind: string;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly title: string; readonly cite: readonly KnownCitation[] }[];
}

export interface KnownQuote extends KnownItem {
  readonly text: string;
}

export interface KnownEvent extends KnownItem {
  readonly date: string;
  readonly text: string;
  readonly actors: readonly string[];
}

export interface KnownFigure extends KnownItem {
  readonly label: string;
  readonly counts: string;
  readonly unit: string;
  /** It counts something past (`historical: true`): a later article's value of it is a revision. */
  readonly historical: boolean;
  readonly observations: readonly {
    readonly value: number;
    /** The source's words for the value ("approximately 100 Israeli captives"). */
    readonly wording?: string | undefined;
    readonly cite: readonly KnownCitation[];
  }[];
}

export interface KnownPosition {
  readonly party: string;
  readonly cite: readonly KnownCitation[];
}

/** What the fact base already holds, so that nothing is suggested twice. */
export interface Existing {
  readonly ids: ReadonlySet<string>;
  readonly actors: readonly KnownActor[];
  readonly quotes: readonly KnownQuote[];
  readonly events: readonly KnownEvent[];
  readonly figures: readonly KnownFigure[];
  readonly positions: readonly KnownPosition[];
  readonly questions: readonly { readonly id: string }[];
  /** The drafts its editors rejected (`rejected:`). */
  readonly rejected: readonly Pick<Rejection, "kind" | "source" | "excerpt">[];
}

export const NO_EXISTING: Existing = {
  ids: new Set(),
  actors: [],
  quotes: [],
  events: [],
  figures: [],
  positions: [],
  questions: [],
  rejected: [],
};

const citationsOf = (node: unknown): KnownCitation[] =>
  list(field(node, "cite")).flatMap((c): KnownCitation[] => {
    if (typeof c === "string") return [{ source: c, excerpt: undefined }];
    const source = text(field(c, "source"));
    return source === undefined ? [] : [{ source, excerpt: text(field(c, "excerpt")) }];
  });

const words = (value: unknown): string[] => list(value).flatMap((x) => text(x) ?? []);

/** What a brief holds, read from its plain data (the failsafe schema's strings) with the item visitor. */
export const readExisting = (data: unknown): Existing => {
  const sites = items(data);
  const ids = new Set(sites.flatMap((site) => site.id ?? []));
  const of = (listName: string) => sites.filter((site) => site.description.list === listName);
  const base = (site: (typeof sites)[number]) => ({ id: site.id ?? "", path: site.path, cite: citationsOf(site.item) });
  const rejected = list(field(data, "rejected")).flatMap((r) => {
    const kind = text(field(r, "kind"));
    const source = text(field(r, "source"));
    const excerpt = text(field(r, "excerpt"));
    return kind === undefined || source === undefined || excerpt === undefined
      ? []
      : [{ kind: kind as Rejection["kind"], source, excerpt }];
  });
  return {
    ids,
    actors: of("actors").map((site) => ({
      ...base(site),
      name: text(field(site.item, "name")) ?? "",
      kind: text(field(site.item, "kind")) ?? "person",
      aliases: words(field(site.item, "aliases")),
      roles: list(field(site.item, "roles")).map((role) => ({
        title: text(field(role, "title")) ?? "",
        cite: citationsOf(role),
      })),
    })),
    quotes: of("quotes").map((site) => ({ ...base(site), text: text(field(site.item, "text")) ?? "" })),
    events: of("timeline").flatMap((site) => {
      const date = text(field(site.item, "date")) ?? "";
      // An event without a date the schema knows cannot be matched by date (check reports it).
      if (!DATE_PATTERN.test(date)) return [];
      return [
        {
          ...base(site),
          date,
          text: text(field(site.item, "text")) ?? "",
          actors: words(field(site.item, "actors")),
        },
      ];
    }),
    figures: of("figures").map((site) => ({
      ...base(site),
      label: text(field(site.item, "label")) ?? "",
      counts: text(field(site.item, "counts")) ?? "",
      unit: text(field(site.item, "unit")) ?? "",
      historical: text(field(site.item, "historical")) === "true",
      observations: list(field(site.item, "observations")).map((o) => ({
        value: Number(text(field(o, "value")) ?? field(o, "value")),
        wording: text(field(o, "wording")),
        cite: citationsOf(o),
      })),
    })),
    positions: of("positions").map((site) => ({
      party: text(field(site.item, "party")) ?? "",
      cite: citationsOf(site.item),
    })),
    questions: of("questions").map((site) => ({ id: site.id ?? "" })),
    rejected,
  };
};

// Words -----------------------------------------------------------------------------------------

const STOP = new Set(
  `a an the and or but of to in on at by for from with without into onto over under after before about
  as is are was were be been being has have had do does did will would shall should can could may might
  must not no its it their there this that these those his her he she they them we our you your who whom
  which what when where while than then also said says say told tell according new
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks month
  months year years day days last next earlier later ago
  january february march april may june july august september october november december`
    .split(/\s+/)
    .filter(Boolean),
);

/** A word without its common endings: "stalled" and "stall", "talks" and "talk" compare alike. */
const stem = (word: string): string => {
  let w = word;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  return w;
};

/** The words of a text that say what it is about: folded, stemmed, without small words, dates or numbers. */
export const contentWords = (value: string): Set<string> =>
  new Set(
    passageWords(foldName(value))
      .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w))
      .map(stem),
  );

/** Adds a value to the list a key holds. */
export const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const found = map.get(key);
  if (found === undefined) map.set(key, [value]);
  else found.push(value);
};

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
};

// Actors ----------------------------------------------------------------------------------------

/** A name's words as written, accents kept, honorifics dropped: spelling is compared on these. */
const spelledWords = (name: string): string[] => {
  const out = name
    .toLowerCase()
    .split(/[\s\-‐-―]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean);
  while (out.length > 1 && HONORIFICS.has(foldName(out[0] as string))) out.shift();
  return out;
};

/** Whether a written form of a name adds nothing to `known`: it spells one of them, or a run of one's words. */
export const spelledAmong = (form: string, known: readonly string[]): boolean => {
  const target = spelledWords(form).join("");
  if (target === "") return true;
  return known.some((k) => {
    const w = spelledWords(k);
    for (let i = 0; i < w.length; i++) {
      let run = "";
      for (let j = i; j < w.length; j++) {
        run += w[j];
        if (run === target) return true;
        if (run.length >= target.length) break;
      }
    }
    return false;
  });
};

/** Two full names of a person a letter or two apart in the surname alone: "Ines Carvallo", "Ines Carvalho". */
const spelledNearly = (a: string, b: string): boolean => {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length < 2 || wa.length !== wb.length || wa.slice(0, -1).join(" ") !== wb.slice(0, -1).join(" ")) return false;
  const sa = wa.at(-1) as string;
  const sb = wb.at(-1) as string;
  const shorter = Math.min(sa.length, sb.length);
  const apart = distance(sa, sb);
  return sa[0] === sb[0] && apart > 0 && (apart <= 1 ? shorter >= 5 : apart <= 2 && shorter >= 8);
};

const kindMatches = (a: string, b: string): boolean =>
  a === b || (a !== "person" && b !== "person" && a !== "state" && b !== "state");

/** Do two lists of written names name one actor of this kind? */
export const sameActor = (kind: string, a: readonly string[], b: readonly string[]): boolean => {
  if (kind === "person") {
    return a.some((x) =>
      b.some((y) =>
        nameWords(x).length >= 2 && nameWords(y).length >= 2 ? samePerson(x, y) : foldName(x) === foldName(y),
      ),
    );
  }
  return a.some((x) => b.some((y) => foldName(x) === foldName(y)));
};

/** Whether `known` is `form` with words before it ("Qatar's Foreign Ministry", "Foreign Ministry"). */
const endsWithName = (known: string, form: string): boolean => {
  const k = nameWords(known);
  const f = nameWords(form);
  return f.length >= 2 && k.length > f.length && k.slice(-f.length).join(" ") === f.join(" ");
};

/** The keys a written name is found by: enough for every pair `sameActor` or `spelledNearly` accepts. */
const nameKeys = (form: string): string[] => {
  const w = nameWords(form);
  return [
    `f:${foldName(form)}`,
    `j:${w.join("")}`,
    ...(w.length === 0 ? [] : [`l:${w.at(-1)}`, `s:${surnameKey(w)}`, `g:${w[0]}`]),
  ];
};

/** An actor of the brief and how sure the match is. */
export interface ActorMatch {
  readonly actor: KnownActor;
  /** The name written another way: a new spelling, or a different person of nearly the same name. */
  readonly respelled: boolean;
  /** The name written shorter: the brief's organisation without the words before ("Foreign Ministry"). */
  readonly shortened?: boolean;
}

export class KnownActors {
  private readonly byKey = new Map<string, KnownActor[]>();
  private readonly order = new Map<KnownActor, number>();

  constructor(actors: readonly KnownActor[]) {
    actors.forEach((actor, i) => {
      this.order.set(actor, i);
      for (const form of [actor.name, ...actor.aliases]) {
        for (const key of nameKeys(form)) {
          if (this.byKey.get(key)?.at(-1) !== actor) push(this.byKey, key, actor);
        }
      }
    });
  }

  /** The brief's actor these written forms name, the first in the brief's order; else one spelled nearly the same. */
  match(kind: string, forms: readonly string[]): ActorMatch | undefined {
    const candidates = [...new Set(forms.flatMap((form) => nameKeys(form).flatMap((key) => this.byKey.get(key) ?? [])))]
      .filter((actor) => kindMatches(actor.kind, kind))
      .sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
    const same = candidates.find((actor) => sameActor(kind, forms, [actor.name, ...actor.aliases]));
    if (same !== undefined) return { actor: same, respelled: false };
    if (kind !== "person") {
      // "Foreign Ministry" for the brief's one "Qatar's Foreign Ministry": its name without the
      // words before (an owner, a nationality), when no other organisation of the brief ends so.
      const shortFor = candidates.filter((actor) =>
        forms.some((form) => [actor.name, ...actor.aliases].some((known) => endsWithName(known, form))),
      );
      return shortFor.length === 1 && shortFor[0] !== undefined
        ? { actor: shortFor[0], respelled: true, shortened: true }
        : undefined;
    }
    const near = candidates.find((actor) =>
      forms.some((form) => [actor.name, ...actor.aliases].some((known) => spelledNearly(form, known))),
    );
    return near === undefined ? undefined : { actor: near, respelled: true };
  }
}

// Figures ---------------------------------------------------------------------------------------

const unitKey = (unit: string): string => stem(foldName(unit).replace(/\s+/g, " "));

/** A figure of the brief that counts what a candidate counts, and whether that is sure. */
export interface FigureMatch {
  /** The figure, when one stands out. */
  readonly figure: KnownFigure | undefined;
  /** The figures it may be, when not sure (for the editor to choose). */
  readonly likely: readonly KnownFigure[];
}

export class KnownFigures {
  private readonly byWord = new Map<string, KnownFigure[]>();
  private readonly words = new Map<KnownFigure, { all: Set<string>; label: Set<string>; unit: string }>();

  constructor(figures: readonly KnownFigure[]) {
    for (const figure of figures) {
      const label = contentWords(figure.label);
      // What it counts, in the brief's words and in its sources' ("approximately 100 Israeli captives").
      const all = new Set([
        ...label,
        ...contentWords(figure.counts),
        ...figure.observations.flatMap((o) => [...contentWords(o.wording ?? "")]),
      ]);
      this.words.set(figure, { all, label, unit: unitKey(figure.unit) });
      for (const word of all) push(this.byWord, word, figure);
    }
  }

  /**
   * The figure counting `counts` in `unit`: sure when every word (two at least) of what the candidate counts is
   * among the figure's label, counts and values' wordings, in the same unit (or a unit that is one
   * of those words: "captives" of a figure in "people" that counts "Israeli captives"), and no other
   * figure fits its label as well; likely when several do, or when they share half its words.
   */
  match(counts: string, unit: string): FigureMatch {
    const wanted = contentWords(counts);
    if (wanted.size === 0) return { figure: undefined, likely: [] };
    const wantedUnit = unitKey(unit);
    const found = new Set([...wanted].flatMap((word) => this.byWord.get(word) ?? []));
    const scored = [...found].flatMap((figure) => {
      const words = this.words.get(figure);
      if (words === undefined) return [];
      if (words.unit !== wantedUnit && !words.all.has(wantedUnit)) return [];
      const common = shared(wanted, words.all);
      return [{ figure, common, fit: shared(wanted, words.label) / Math.max(1, words.label.size) }];
    });
    const sure = scored.filter((s) => s.common === wanted.size).sort((a, b) => b.fit - a.fit);
    const [best, next] = sure;
    // One word ("hostages") says too little of what is counted to be sure: the editor chooses.
    if (best !== undefined && wanted.size >= 2 && (next === undefined || next.fit < best.fit)) {
      return { figure: best.figure, likely: [] };
    }
    // Not sure: the figures that share all its words, else half of them.
    const likely = sure.length > 0 ? sure : scored.filter((s) => s.common * 2 >= wanted.size);
    return { figure: undefined, likely: likely.map((s) => s.figure) };
  }
}

// Events ----------------------------------------------------------------------------------------

/** Days an approximate date may be off by. */
const SLACK_DAYS = 3;

const shiftDay = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The days a date may mean: its range, widened when approximate. */
const span = (date: string): { start: string; end: string } => {
  const r = dateRange(date);
  return r.approximate ? { start: shiftDay(r.start, -SLACK_DAYS), end: shiftDay(r.end, SLACK_DAYS) } : r;
};

/** The months (`YYYY-MM`) from one day to another. */
const monthsBetween = (start: string, end: string): string[] => {
  const out: string[] = [];
  let [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const last = end.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= last || out.length > 24) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
};

/** An event of the brief a candidate is the same happening as, and whether that is sure. */
export interface EventMatch {
  readonly event: KnownEvent | undefined;
  /** Events of the same date it may be, when not sure. */
  readonly likely: readonly KnownEvent[];
}

export class KnownEvents {
  /** Events by the months their dates may fall in (a year-only date under its year). */
  private readonly byMonth = new Map<string, KnownEvent[]>();
  private readonly words = new Map<KnownEvent, Set<string>>();

  constructor(events: readonly KnownEvent[]) {
    for (const event of events) {
      const { start, end } = span(event.date);
      const keys = dateRange(event.date).precision === "year" ? [start.slice(0, 4)] : monthsBetween(start, end);
      for (const key of keys) push(this.byMonth, key, event);
    }
  }

  /** The words of an event: its text and the excerpts it cites (read when a candidate of its dates needs them). */
  private wordsOf(event: KnownEvent): Set<string> {
    let words = this.words.get(event);
    if (words === undefined) {
      words = new Set([event.text, ...event.cite.flatMap((c) => c.excerpt ?? [])].flatMap((t) => [...contentWords(t)]));
      this.words.set(event, words);
    }
    return words;
  }

  /**
   * The event a sentence dated `date` tells of: dates that may be the same day, and enough of the
   * same words (or actors) that it is one happening. Sure with three words in common that are half
   * the words of the shorter side; likely with two.
   */
  match(date: string, sentence: string, actors: readonly string[]): EventMatch {
    const mine = span(date);
    const keys = [...monthsBetween(mine.start, mine.end), mine.start.slice(0, 4), mine.end.slice(0, 4)];
    const found = [...new Set(keys.flatMap((key) => this.byMonth.get(key) ?? []))].filter((event) => {
      const theirs = span(event.date);
      return theirs.start <= mine.end && mine.start <= theirs.end;
    });
    const wanted = contentWords(sentence);
    const scored = found
      .map((event) => {
        const theirs = this.wordsOf(event);
        const common = shared(wanted, theirs) + actors.filter((a) => event.actors.includes(a)).length;
        return { event, common, share: common / Math.max(1, Math.min(wanted.size, theirs.size)) };
      })
      .filter((s) => s.common >= 2)
      .sort((a, b) => b.share - a.share || b.common - a.common);
    const best = scored[0];
    if (best !== undefined && best.common >= 3 && best.share >= 0.5) return { event: best.event, likely: [] };
    return { event: undefined, likely: scored.map((s) => s.event) };
  }
}

// Quotes ----------------------------------------------------------------------------------------

/** The brief's quotes by their words (quotes drafted in the same run join as null). */
export const indexQuotes = (quotes: readonly KnownQuote[]): PassageIndex<KnownQuote | null> => {
  const index = new PassageIndex<KnownQuote | null>();
  for (const quote of quotes) index.add(quote.text, quote);
  return index;
};

/** Whether an item cites these words of a source (or words around them, or within them). */
export const citesWords = (cite: readonly KnownCitation[], source: string, excerpt: string): boolean => {
  const b = foldName(excerpt);
  return cite.some((c) => {
    if (c.source !== source || c.excerpt === undefined) return false;
    const a = foldName(c.excerpt);
    return a.includes(b) || b.includes(a);
  });
};
