/**
 * Provenance: what a verified brief still should not print without an
 * editor's look. Warnings by default, errors under `--strict`:
 * single-source items, stale figures, unattributed quotes, sources nobody
 * cites, actors nobody mentions, relative dates that do not follow from the
 * source's date, and excerpts that look like site furniture.
 */
import { type Diagnostic, diagnostic, type Place } from "../diagnostics/index.js";
import { dateRange, daysBetween } from "../factbase/fuzzy-date.js";
import type { YamlPath } from "../factbase/parse-yaml.js";
import type { CitationInput, FactBase, SourceEntry } from "../factbase/schema.js";
import { citationParts, collectCitations } from "../factbase/walk-citations.js";
import { resolveRelativeDate } from "./resolve-relative-date.js";

export const DEFAULT_STALE_AFTER_DAYS = 90;

export interface ProvenanceInput {
  readonly factBase: FactBase;
  readonly catalog: readonly SourceEntry[];
  readonly locateBrief: (path: YamlPath) => Place;
  readonly locateCatalog: (path: YamlPath) => Place;
}

const FURNITURE = /^(read more|related|see also|source link|leave a comment|advertisement|share this|subscribe)\b/i;

const sourcesOf = (cites: readonly CitationInput[]): Set<string> => new Set(cites.map((c) => citationParts(c).source));

export const checkProvenance = async (input: ProvenanceInput): Promise<Diagnostic[]> => {
  const { factBase: fb, locateBrief, locateCatalog } = input;
  const out: Diagnostic[] = [];
  const warn = (path: YamlPath, rule: string, message: string, hint?: string) =>
    out.push(diagnostic(locateBrief(path), "warning", rule, message, hint));

  // Single-source items.
  const single = (what: string, id: string, cites: ReadonlySet<string>, path: YamlPath) => {
    if (cites.size === 1) {
      warn(path, "single-source", `${what} \`${id}\` rests on a single source (${[...cites][0]})`);
    }
  };
  for (const [i, k] of (fb.key_points ?? []).entries()) {
    if (sourcesOf(k.cite).size === 1) {
      warn(
        ["key_points", i],
        "single-source",
        `key point ${i + 1} rests on a single source (${[...sourcesOf(k.cite)][0]})`,
      );
    }
  }
  for (const [i, e] of (fb.timeline ?? []).entries()) single("event", e.id, sourcesOf(e.cite), ["timeline", i, "id"]);
  for (const [i, p] of (fb.positions ?? []).entries())
    single("position", p.id, sourcesOf(p.cite), ["positions", i, "id"]);
  for (const [i, f] of (fb.figures ?? []).entries()) {
    single("figure", f.id, sourcesOf(f.observations.flatMap((o) => o.cite)), ["figures", i, "id"]);
  }
  for (const [i, q] of (fb.quotes ?? []).entries()) single("quote", q.id, sourcesOf(q.cite), ["quotes", i, "id"]);

  // Figures presented as current whose newest value is old.
  const staleAfter = fb.checks?.stale_after_days ?? DEFAULT_STALE_AFTER_DAYS;
  for (const [i, f] of (fb.figures ?? []).entries()) {
    if (f.historical === true) continue;
    const newest = f.observations
      .map((o) => dateRange(o.as_of).end)
      .sort()
      .at(-1);
    if (newest === undefined) continue;
    const age = daysBetween(newest, fb.as_of);
    if (age > staleAfter) {
      warn(
        ["figures", i, "id"],
        "stale-figure",
        `figure \`${f.id}\` is shown as current, but its newest value is ${age} days older than the brief (limit ${staleAfter})`,
        "find a newer value, or mark the figure `historical: true` if it counts something past",
      );
    }
  }

  // Quotes without a speaker.
  for (const [i, q] of (fb.quotes ?? []).entries()) {
    if (q.speaker === undefined) warn(["quotes", i], "quote-speaker", `quote \`${q.id}\` has no speaker`);
  }

  // Sources no item cites.
  const cited = new Set(collectCitations(fb).map((c) => c.source));
  for (const [i, s] of input.catalog.entries()) {
    if (!cited.has(s.id)) {
      out.push(
        diagnostic(
          locateCatalog(["sources", i, "id"]),
          "warning",
          "uncited-source",
          `no item of the brief cites source ${s.id}`,
        ),
      );
    }
  }

  // Actors no item mentions.
  const mentioned = new Set<string>();
  for (const a of fb.actors ?? []) if (a.affiliation !== undefined) mentioned.add(a.affiliation);
  for (const e of fb.timeline ?? []) for (const id of e.actors ?? []) mentioned.add(id);
  for (const p of fb.positions ?? []) mentioned.add(p.party);
  for (const q of fb.quotes ?? []) if (q.speaker !== undefined) mentioned.add(q.speaker);
  for (const id of fb.matrix?.parties ?? []) mentioned.add(id);
  for (const [i, a] of (fb.actors ?? []).entries()) {
    if (!mentioned.has(a.id)) {
      warn(
        ["actors", i, "id"],
        "unmentioned-actor",
        `actor \`${a.id}\` is not mentioned by any event, position, quote or other actor`,
      );
    }
  }

  // Relative dates: the source's words must lead to the date given.
  const published = new Map(input.catalog.map((s) => [s.id, s.published]));
  const dated: { date: string; wording: string | undefined; cite: readonly CitationInput[]; path: YamlPath }[] = [
    ...(fb.timeline ?? []).map((e, i) => ({
      date: e.date,
      wording: e.date_wording,
      cite: e.cite,
      path: ["timeline", i],
    })),
    ...(fb.quotes ?? []).map((q, i) => ({ date: q.date, wording: q.date_wording, cite: q.cite, path: ["quotes", i] })),
  ];
  for (const item of dated) {
    if (item.wording === undefined || item.date.endsWith("~")) continue;
    const first = item.cite[0];
    const reference = first === undefined ? undefined : published.get(citationParts(first).source);
    if (reference === undefined) continue;
    const resolved = await resolveRelativeDate(item.wording, reference);
    if (resolved === undefined) continue;
    const range = dateRange(item.date);
    const precision = range.precision === "day" && resolved.precision === "day" ? "day" : "month";
    const width = precision === "day" ? 10 : 7;
    const want = range.start.slice(0, width);
    const candidates = resolved.candidates.map((d) => d.slice(0, width));
    if (range.precision === "year" || candidates.includes(want)) continue;
    warn(
      [...item.path, "date"],
      "relative-date",
      `"${item.wording}" in a source of ${reference} means ${candidates.join(" or ")}, not ${item.date}`,
      `resolved with chrono-node against the publication date of source ${citationParts(first as CitationInput).source}`,
    );
  }

  // Excerpts that look like site furniture although the source does not mark them.
  for (const site of collectCitations(fb)) {
    if (site.excerpt !== undefined && FURNITURE.test(site.excerpt.trim())) {
      warn(
        [...site.path, "excerpt"],
        "furniture-excerpt",
        `excerpt looks like site furniture or a link blurb ("${site.excerpt.trim().slice(0, 40)}")`,
        `if it is, list the line under not_citable for source ${site.source}`,
      );
    }
  }
  return out;
};
