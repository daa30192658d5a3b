/**
 * Where sources disagree: values of one figure at about the same time, the
 * revisions of one counted quantity however far apart, the title given to one
 * person, the spelling of a name, the wording of one remark. Found, never
 * resolved: every side is kept with its sources.
 */
import { distance } from "fastest-levenshtein";
import { compareDates, dateRange, daysBetween, formatDate } from "../factbase/fuzzy-date.js";
import { type Places, sourcesOf } from "../factbase/items.js";
import type { YamlPath } from "../factbase/parse-yaml.js";
import type { CitationInput, FactBase, Observation } from "../factbase/schema.js";
import { foldText } from "../text/fold-text.js";
import { formatFigure } from "../text/format.js";
import { shorten } from "../text/shorten.js";
import { countedDate, figureQuantities, valueText } from "./figure-quantities.js";
import { indexOfWords } from "./find-verbatim.js";

/** `revision`: a later value of a quantity already counted (see figure-quantities.ts), listed whatever the window. */
export type DisagreementKind = "figure" | "revision" | "title" | "spelling" | "wording";

export interface DisagreementSide {
  readonly text: string;
  /** Source ids, in citation order. */
  readonly sources: readonly string[];
  readonly date: string | null;
}

export interface Disagreement {
  readonly kind: DisagreementKind;
  /** What the sources differ on: "the title of Mohammed Al-Khulaifi". */
  readonly subject: string;
  /** The id of the item it concerns (actor, figure or quote). */
  readonly itemId: string;
  /** Where in the brief the note points. */
  readonly path: YamlPath;
  readonly sides: readonly DisagreementSide[];
}

export const DEFAULT_WINDOW_DAYS = 7;

const sourceIds = (cites: readonly CitationInput[]): string[] => sourcesOf(cites);

const disjoint = (a: readonly string[], b: readonly string[]): boolean => !a.some((s) => b.includes(s));

const daysApart = (a: string, b: string): number => Math.abs(daysBetween(dateRange(a).start, dateRange(b).start));

const STOP = new Set(["the", "of", "for", "and", "to", "in", "on", "a", "an", "s", "its", "his", "her"]);

/** Lower-case content words of a title, with punctuation and possessives folded. */
const titleWords = (title: string): string[] =>
  foldText(title)
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .split(/\s+/)
    .filter((w) => w.length > 0 && !STOP.has(w));

/** Letters only, lower case: "Al-Khulaifi" and "Al Khulaifi" squash alike. */
const squash = (name: string): string => name.toLowerCase().replace(/[^\p{L}]/gu, "");

/** Case and abbreviation dots are house style, not spelling: "US" and "U.S.", "al-Ansari" and "Al-Ansari". */
const styleOnly = (a: string, b: string): boolean =>
  a.toLowerCase().replaceAll(".", "") === b.toLowerCase().replaceAll(".", "");

/** The words of a name as house style writes them alike: lower case, without abbreviation dots. */
const styledWords = (name: string): string[] => name.toLowerCase().replaceAll(".", "").split(/\s+/).filter(Boolean);

/** Is one name a run of the other's words ("Branson" in "Mr Branson" or "Richard Branson")? A shorter form, not a spelling. */
const shorterForm = (a: string, b: string): boolean => {
  const [short, long] = [styledWords(a), styledWords(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (short.length === 0 || short.length === long.length) return false;
  for (let i = 0; i + short.length <= long.length; i += 1) {
    if (short.every((word, j) => word === long[i + j])) return true;
  }
  return false;
};

const isSpellingVariant = (a: string, b: string): boolean => {
  if (a === b || styleOnly(a, b) || shorterForm(a, b)) return false;
  const sa = squash(a);
  const sb = squash(b);
  if (sa === sb) return true;
  return Math.min(sa.length, sb.length) >= 6 && distance(sa, sb) <= 2;
};

/**
 * The words of an excerpt that spell one of `names` another way: a run of as many words as the
 * name, a spelling variant of it, in an excerpt that does not also spell one of the names as
 * written. Undefined when the excerpt spells the name as the brief does, or not at all.
 */
const respelling = (excerpt: string, names: readonly string[]): { name: string; spelled: string } | undefined => {
  const words = excerpt
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|(?:[’']s)?[^\p{L}\p{N}]*$/gu, ""))
    .filter((w) => w.length > 0);
  const runs = (n: number): string[] =>
    words.length < n ? [] : words.slice(0, words.length - n + 1).map((_, i) => words.slice(i, i + n).join(" "));
  if (names.some((name) => runs(name.split(/\s+/).length).some((run) => run === name || styleOnly(run, name)))) {
    return undefined;
  }
  for (const name of names) {
    const spelled = runs(name.split(/\s+/).length).find((run) => isSpellingVariant(run, name));
    if (spelled !== undefined) return { name, spelled };
  }
  return undefined;
};

export interface DisagreementInput {
  readonly factBase: FactBase;
  /** Where each item of the fact base stands in the brief. */
  readonly places: Places;
  /** Source texts by id, for the spellings each source uses. */
  readonly texts: ReadonlyMap<string, string>;
}

export const findDisagreements = ({ factBase: fb, places, texts }: DisagreementInput): Disagreement[] => {
  const out: Disagreement[] = [];
  const window = fb.checks?.disagreement_window_days ?? DEFAULT_WINDOW_DAYS;
  const actorName = new Map((fb.actors ?? []).map((a) => [a.id, a.name]));

  // Figures: different values (or qualifiers) from different sources at about the same time, and
  // every revision of a quantity already counted, however long after.
  for (const f of fb.figures ?? []) {
    const { quantities, revisions } = figureQuantities(f);
    const quantityOf = new Map(quantities.flatMap((q, i) => q.values.map((o) => [o, i] as const)));
    const obs = f.observations;
    for (let a = 0; a < obs.length; a += 1) {
      for (let b = a + 1; b < obs.length; b += 1) {
        const x = obs[a] as Observation;
        const y = obs[b] as Observation;
        const sx = sourceIds(x.cite);
        const sy = sourceIds(y.cite);
        // Values of one quantity given on different dates are revisions, listed below; values of
        // different quantities are compared when the dates they count are close.
        const apart =
          quantityOf.get(x) === quantityOf.get(y)
            ? compareDates(x.as_of, y.as_of) !== 0
            : daysApart(countedDate(x), countedDate(y)) > window;
        if (apart || !disjoint(sx, sy)) continue;
        if (valueText(x) === valueText(y)) continue;
        out.push({
          kind: "figure",
          subject: f.label,
          itemId: f.id,
          path: places.path(y, "value"),
          sides: [
            { text: formatFigure(x.value, x.qualifier, f.unit).text, sources: sx, date: formatDate(x.as_of) },
            { text: formatFigure(y.value, y.qualifier, f.unit).text, sources: sy, date: formatDate(y.as_of) },
          ],
        });
      }
    }
    for (const { earlier, later } of revisions) {
      out.push({
        kind: "revision",
        subject: f.label,
        itemId: f.id,
        path: places.path(later, "value"),
        sides: [
          {
            text: formatFigure(earlier.value, earlier.qualifier, f.unit).text,
            sources: sourceIds(earlier.cite),
            date: formatDate(earlier.as_of),
          },
          {
            text: formatFigure(later.value, later.qualifier, f.unit).text,
            sources: sourceIds(later.cite),
            date: formatDate(later.as_of),
          },
        ],
      });
    }
  }

  for (const actor of fb.actors ?? []) {
    // Titles: two titles for one office (they share a word) from different sources, at about the same time.
    const roles = actor.roles ?? [];
    for (let a = 0; a < roles.length; a += 1) {
      for (let b = a + 1; b < roles.length; b += 1) {
        const x = roles[a];
        const y = roles[b];
        if (!x || !y) continue;
        const sx = sourceIds(x.cite);
        const sy = sourceIds(y.cite);
        if (!disjoint(sx, sy) || daysApart(x.as_of, y.as_of) > window) continue;
        const wx = titleWords(x.title);
        const wy = titleWords(y.title);
        if (wx.join(" ") === wy.join(" ") || !wx.some((w) => wy.includes(w))) continue;
        out.push({
          kind: "title",
          subject: `the title of ${actor.name}`,
          itemId: actor.id,
          path: places.path(y, "title"),
          sides: [
            { text: x.title, sources: sx, date: formatDate(x.as_of) },
            { text: y.title, sources: sy, date: formatDate(y.as_of) },
          ],
        });
      }
    }

    // Spellings: variants of the name, each with the sources that print it.
    const names = [actor.name, ...(actor.aliases ?? [])];
    const printedIn = (name: string): string[] => {
      const folded = foldText(name);
      return [...texts.entries()].filter(([, t]) => indexOfWords(t, folded) >= 0).map(([id]) => id);
    };
    const seen = new Set<string>();
    // A citation whose excerpt spells the name another way ("Ines Carvallo" for "Ines Carvalho"):
    // a spelling of one source an editor accepted without (or before) adding it to the aliases.
    for (const c of actor.cite) {
      if (typeof c === "string" || c.excerpt === undefined) continue;
      const found = respelling(c.excerpt, names);
      if (found === undefined || names.includes(found.spelled)) continue;
      const key = `${found.name}|${found.spelled}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sx = printedIn(found.name);
      const sy = printedIn(found.spelled);
      if (sx.length === 0 || sy.length === 0) continue;
      out.push({
        kind: "spelling",
        subject: `the spelling of ${actor.name}`,
        itemId: actor.id,
        path: places.has(c) ? places.path(c, "excerpt") : places.path(actor, "cite"),
        sides: [
          { text: found.name, sources: sx, date: null },
          { text: found.spelled, sources: sy, date: null },
        ],
      });
    }
    for (let a = 0; a < names.length; a += 1) {
      for (let b = a + 1; b < names.length; b += 1) {
        const x = names[a] as string;
        const y = names[b] as string;
        if (!isSpellingVariant(x, y) || seen.has(`${x}|${y}`)) continue;
        seen.add(`${x}|${y}`);
        const sx = printedIn(x);
        const sy = printedIn(y);
        if (sx.length === 0 || sy.length === 0) continue;
        out.push({
          kind: "spelling",
          subject: `the spelling of ${actor.name}`,
          itemId: actor.id,
          path: places.path(actor, "aliases", b - 1),
          sides: [
            { text: x, sources: sx, date: null },
            { text: y, sources: sy, date: null },
          ],
        });
      }
    }
  }

  // Wordings: one remark rendered differently (two translations of one interview).
  const quotes = new Map((fb.quotes ?? []).map((q) => [q.id, q]));
  for (const q of fb.quotes ?? []) {
    const other = q.variant_of === undefined ? undefined : quotes.get(q.variant_of);
    if (!other) continue;
    const speaker = q.speaker === undefined ? "an unnamed speaker" : (actorName.get(q.speaker) ?? q.speaker);
    out.push({
      kind: "wording",
      subject: `the words of ${speaker}`,
      itemId: q.id,
      path: places.path(q, "variant_of"),
      sides: [
        { text: other.text, sources: sourceIds(other.cite), date: formatDate(other.date) },
        { text: q.text, sources: sourceIds(q.cite), date: formatDate(q.date) },
      ],
    });
  }
  return out;
};

const quoted = (s: DisagreementSide): string => `"${shorten(s.text, 60)}"`;

/**
 * "sources differ on the title of X: "A" (000) vs "B" (001)";
 * "revised count of X: "more than 40" (a, 4 March 2024) revised to "31" (f, 19 August 2024)"
 */
export const describeDisagreement = (d: Disagreement): string => {
  if (d.kind === "revision") {
    const side = (s: DisagreementSide): string =>
      `${quoted(s)} (${[s.sources.join(", "), s.date].filter((p) => p !== null && p !== "").join(", ")})`;
    return `revised count of ${d.subject}: ${d.sides.map(side).join(" revised to ")}`;
  }
  return `sources differ on ${d.subject}: ${d.sides.map((s) => `${quoted(s)} (${s.sources.join(", ")})`).join(" vs ")}`;
};
