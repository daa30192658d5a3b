/**
 * Provenance: what a verified brief still should not print without an
 * editor's look. Warnings by default, errors under `--strict`:
 * single-source items, stale figures, unattributed quotes, sources nobody
 * cites, actors nobody mentions, relative dates that do not follow from the
 * source's date, and excerpts that look like site furniture.
 */

import { type Diagnostic, diagnostic, type Place } from "../diagnostics/index.js";
import { dateRange, daysBetween } from "../factbase/fuzzy-date.js";
import {
  citationParts,
  citations,
  documentReferences,
  items,
  type Places,
  parts,
  references,
  sourcesOf,
} from "../factbase/items.js";
import type { YamlPath } from "../factbase/parse-yaml.js";
import type { CitationInput, FactBase, SourceEntry } from "../factbase/schema.js";
import { foldText } from "../text/fold-text.js";
import { findVerbatim, indexOfWords } from "./find-verbatim.js";
import { resolveRelativeDate } from "./resolve-relative-date.js";
import type { SourceText } from "./source-text.js";

export const DEFAULT_STALE_AFTER_DAYS = 90;

export interface ProvenanceInput {
  readonly factBase: FactBase;
  /** Where each item of the fact base stands in the brief. */
  readonly places: Places;
  readonly catalog: readonly SourceEntry[];
  readonly locateBrief: (path: YamlPath) => Place;
  readonly locateCatalog: (path: YamlPath) => Place;
  /** The sources prepared for matching, by id: where a relative date's paragraph writes its year. */
  readonly texts?: ReadonlyMap<string, SourceText>;
}

/**
 * Whether the paragraph of `excerpt` in `source` writes `year` before it: "At the end of November
 * 2023 ... On December 1" gives "December 1" the year 2023, not the latest 1 December.
 */
const yearWrittenBefore = (source: SourceText | undefined, excerpt: string | undefined, year: string): boolean => {
  if (source === undefined || excerpt === undefined) return false;
  const at = findVerbatim(source.citable, foldText(excerpt))?.[0]?.start;
  if (at === undefined) return false;
  const paragraph = source.paragraphs.filter((p) => p <= at).at(-1) ?? 0;
  return indexOfWords(source.citable.slice(paragraph, at), year) >= 0;
};

const FURNITURE = /^(read more|related|see also|source link|leave a comment|advertisement|share this|subscribe)\b/i;

export const checkProvenance = async (input: ProvenanceInput): Promise<Diagnostic[]> => {
  const { factBase: fb, places, locateBrief, locateCatalog } = input;
  const out: Diagnostic[] = [];
  const warn = (path: YamlPath, rule: string, message: string, hint?: string) =>
    out.push(diagnostic(locateBrief(path), "warning", rule, message, hint));
  const sites = [...items(fb, places)];

  // Single-source items: every kind that cites, whatever part of it cites.
  for (const site of sites) {
    if (!site.description.claim) continue;
    const sources = sourcesOf([...parts(site)].flatMap((p) => p.cite as readonly CitationInput[]));
    if (sources.length !== 1) continue;
    const what =
      site.id === undefined ? `${site.description.kind} ${site.index + 1}` : `${site.description.kind} \`${site.id}\``;
    warn(
      site.id === undefined ? site.path : [...site.path, "id"],
      "single-source",
      `${what} rests on a single source (${sources[0]})`,
    );
  }

  // Figures presented as current whose newest value is old.
  const staleAfter = fb.checks?.stale_after_days ?? DEFAULT_STALE_AFTER_DAYS;
  for (const f of fb.figures ?? []) {
    if (f.historical === true) continue;
    const newest = f.observations
      .map((o) => dateRange(o.as_of).end)
      .sort()
      .at(-1);
    if (newest === undefined) continue;
    const age = daysBetween(newest, fb.as_of);
    if (age > staleAfter) {
      warn(
        places.path(f, "id"),
        "stale-figure",
        `figure \`${f.id}\` is shown as current, but its newest value is ${age} days older than the brief (limit ${staleAfter})`,
        "find a newer value, or mark the figure `historical: true` if it counts something past",
      );
    }
  }

  // Quotes without a speaker.
  for (const q of fb.quotes ?? []) {
    if (q.speaker === undefined) warn(places.path(q), "quote-speaker", `quote \`${q.id}\` has no speaker`);
  }

  // Sources no item cites.
  const cited = new Set(citations(fb, places).map((c) => c.source));
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
  for (const named of [...sites.flatMap(references), ...documentReferences(fb)]) {
    if (named.reference.kind === "actor" && typeof named.id === "string") mentioned.add(named.id);
  }
  for (const a of fb.actors ?? []) {
    if (!mentioned.has(a.id)) {
      warn(
        places.path(a, "id"),
        "unmentioned-actor",
        `actor \`${a.id}\` is not mentioned by any event, position, quote or other actor`,
      );
    }
  }

  // Relative dates: the source's words must lead to the date given.
  const published = new Map(input.catalog.map((s) => [s.id, s.published]));
  for (const site of sites) {
    for (const item of parts(site)) {
      if (item.dateWording === undefined || item.date === undefined || item.date.endsWith("~")) continue;
      const first = item.cite[0] as CitationInput | undefined;
      const reference = first === undefined ? undefined : published.get(citationParts(first).source);
      if (first === undefined || reference === undefined) continue;
      const resolved = await resolveRelativeDate(item.dateWording, reference, {
        excerpt: citationParts(first).excerpt,
        status: item.status,
      });
      if (resolved === undefined) continue;
      const range = dateRange(item.date);
      const precision = range.precision === "day" && resolved.precision === "day" ? "day" : "month";
      const width = precision === "day" ? 10 : 7;
      const want = range.start.slice(0, width);
      const candidates = resolved.candidates.map((d) => d.slice(0, width));
      if (range.precision === "year" || candidates.includes(want)) continue;
      // Another year's same day, that year written earlier in the excerpt's paragraph.
      const excerpt = citationParts(first).excerpt;
      const source = input.texts?.get(citationParts(first).source);
      if (candidates.some((c) => c.slice(4) === want.slice(4)) && yearWrittenBefore(source, excerpt, want.slice(0, 4)))
        continue;
      warn(
        [...item.path, item.part.date ?? "date"],
        "relative-date",
        `"${item.dateWording}" in a source of ${reference} means ${candidates.join(" or ")}, not ${item.date}`,
        `resolved with chrono-node against the publication date of source ${citationParts(first).source}${resolved.reading === undefined ? "" : `; ${resolved.reading}`}`,
      );
    }
  }

  // Excerpts that look like site furniture although the source does not mark them.
  for (const site of citations(fb, places)) {
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
