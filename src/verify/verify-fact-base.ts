/**
 * The verify stage: every quote, excerpt and figure wording checked word for
 * word against the cited source text (a quote inside the source's quotation
 * marks, and so every quotation in the brief's prose); every figure's number
 * against its excerpt or source; every date against the cited sources'
 * publication dates.
 */

import { type Diagnostic, diagnostic, type Place } from "../diagnostics/index.js";
import { dateRange } from "../factbase/fuzzy-date.js";
import { citationParts, citations, items, type Places, parts } from "../factbase/items.js";
import type { YamlPath } from "../factbase/parse-yaml.js";
import type { CitationInput, FactBase, SourceEntry } from "../factbase/schema.js";
import { detectQualifier } from "../text/detect-qualifier.js";
import { mentionsNumber, numbersInDigits } from "../text/find-number.js";
import { foldText, splitElisions } from "../text/fold-text.js";
import { formatNumber } from "../text/format.js";
import { shorten as shortenAtWord } from "../text/shorten.js";
import { checkAccordingTo } from "./check-according-to.js";
import { checkProseQuotations, checkQuotation } from "./check-quotations.js";
import { containsVerbatim } from "./find-verbatim.js";
import { nearestPassage } from "./nearest-passage.js";
import { notCitableLines, prepareSourceText, type SourceText } from "./source-text.js";

export interface VerifySource {
  readonly entry: SourceEntry;
  /** The entry's position in the catalogue. */
  readonly index: number;
  readonly text: string | undefined;
}

export interface VerifyInput {
  readonly factBase: FactBase;
  /** Where each item of the fact base stands in the brief. */
  readonly places: Places;
  readonly sources: ReadonlyMap<string, VerifySource>;
  readonly locateBrief: (path: YamlPath) => Place;
  readonly locateCatalog: (path: YamlPath) => Place;
  /** The sources prepared for matching (see prepareSourceTexts), when the caller already has them. */
  readonly prepared?: ReadonlyMap<string, SourceText>;
}

/** Every readable source prepared for word-for-word matching, by id. */
export const prepareSourceTexts = (sources: ReadonlyMap<string, VerifySource>): Map<string, SourceText> => {
  const texts = new Map<string, SourceText>();
  for (const [id, source] of sources) {
    if (source.text !== undefined) texts.set(id, prepareSourceText(source.entry, source.text));
  }
  return texts;
};

const shorten = (text: string, max = 200): string => shortenAtWord(text, max);

export const verifyFactBase = async (input: VerifyInput): Promise<Diagnostic[]> => {
  const { factBase: fb, places, locateBrief, locateCatalog } = input;
  const out: Diagnostic[] = [];
  const texts = input.prepared ?? prepareSourceTexts(input.sources);

  // Not-citable lines must exist, or they protect nothing.
  for (const source of input.sources.values()) {
    const prepared = texts.get(source.entry.id);
    if (!prepared) continue;
    const lines = notCitableLines(source.entry);
    for (const index of prepared.missingNotCitable) {
      out.push(
        diagnostic(
          locateCatalog(["sources", source.index, "not_citable", index]),
          "error",
          "not-citable-missing",
          `not a line of source ${source.entry.id}: ${JSON.stringify(shorten(lines[index] ?? ""))}`,
          "copy the whole line exactly as the source text has it",
        ),
      );
    }
  }

  /** Checks `needle` against one source; pushes a diagnostic when it is not there. */
  const checkVerbatim = (needle: string, sourceId: string, path: YamlPath, what: string, rule: string): boolean => {
    const source = texts.get(sourceId);
    if (!source) return true; // unknown or unreadable: reported by the loader
    if (splitElisions(needle).length === 0) {
      out.push(diagnostic(locateBrief(path), "error", rule, `${what} has no words, only an elision`));
      return false;
    }
    if (containsVerbatim(source.citable, needle)) return true;
    if (containsVerbatim(source.full, needle)) {
      out.push(
        diagnostic(
          locateBrief(path),
          "error",
          "not-citable",
          `${what} comes from a line of source ${sourceId} marked not citable (a link blurb or site furniture)`,
        ),
      );
      return false;
    }
    const near = nearestPassage(source.citable, needle);
    out.push(
      diagnostic(
        locateBrief(path),
        "error",
        rule,
        `${what} not found in source ${sourceId}`,
        near === undefined ? undefined : `nearest passage in the source: "${shorten(near, 240)}"`,
        near === undefined ? {} : { mismatch: { written: foldText(needle), nearest: near } },
      ),
    );
    return false;
  };

  // Excerpts.
  for (const site of citations(fb, places)) {
    if (site.excerpt !== undefined) {
      checkVerbatim(site.excerpt, site.source, [...site.path, "excerpt"], "excerpt", "excerpt-verbatim");
    }
  }

  // Quotes: the words must be in every source cited for them, inside its quotation marks (unless a
  // paraphrase), and the source must say who spoke them.
  const actors = new Map((fb.actors ?? []).map((a) => [a.id, a]));
  for (const quote of fb.quotes ?? []) {
    const cites = quote.cite.map(citationParts);
    const speaker = quote.speaker === undefined ? undefined : actors.get(quote.speaker);
    for (const source of new Set(cites.map((c) => c.source))) {
      if (!checkVerbatim(quote.text, source, places.path(quote, "text"), "quote", "quote-verbatim")) continue;
      const prepared = texts.get(source);
      if (prepared) out.push(...checkQuotation({ quote, source: prepared, speaker, places, locateBrief }));
    }
  }

  // Words in quotation marks in the brief's own prose are quotations of its sources.
  out.push(...checkProseQuotations({ factBase: fb, places, texts, locateBrief }));

  // Figures: wording verbatim; the number written in the wording, the excerpt or the source.
  for (const figure of fb.figures ?? []) {
    for (const obs of figure.observations) {
      const base = places.path(obs);
      const cites = obs.cite.map(citationParts);
      if (obs.wording !== undefined) {
        const wording = obs.wording;
        const found = cites.some((c) => {
          const t = texts.get(c.source);
          return t === undefined || containsVerbatim(t.citable, wording);
        });
        if (!found && cites[0]) {
          checkVerbatim(wording, cites[0].source, [...base, "wording"], "wording", "figure-wording");
        }
      }
      // The number must be in the closest evidence there is: the wording, else the excerpts, else the source.
      const excerpts = cites.map((c) => c.excerpt).filter((t): t is string => t !== undefined);
      const evidence =
        obs.wording !== undefined
          ? { what: `its wording "${obs.wording}"`, texts: [foldText(obs.wording)] }
          : excerpts.length > 0
            ? { what: "its excerpts", texts: excerpts.map(foldText) }
            : { what: "the cited source", texts: cites.flatMap((c) => texts.get(c.source)?.citable ?? []) };
      const found = await anyAsync(evidence.texts, (t) => mentionsNumber(t, obs.value));
      if (!found) {
        const written =
          evidence.texts.length === 1 && evidence.texts[0] !== undefined && evidence.texts[0].length < 400
            ? numbersInDigits(evidence.texts[0])
            : excerpts.flatMap(numbersInDigits);
        out.push(
          diagnostic(
            locateBrief([...base, "value"]),
            "error",
            "figure-number",
            `${formatNumber(obs.value)} is not written in ${evidence.what}`,
            written.length > 0 ? `the text says: ${written.map(formatNumber).join(", ")}` : undefined,
          ),
        );
      }
      // The qualifier is the source's own: "more than", "nearly", "about" ...
      if (obs.wording !== undefined) {
        const stated = detectQualifier(obs.wording);
        const given = obs.qualifier ?? "exactly";
        if (stated !== given) {
          out.push(
            diagnostic(
              locateBrief([...base, obs.qualifier === undefined ? "value" : "qualifier"]),
              "error",
              "figure-qualifier",
              `the qualifier is ${given} but the wording says ${stated === "exactly" ? "no more than the number" : stated}`,
              `set \`qualifier: ${stated}\` to keep the source's words`,
            ),
          );
        }
      }
    }
  }

  out.push(...checkAccordingTo(fb, places, texts, locateBrief));
  out.push(...checkDates(fb, places, input.sources, locateBrief));
  return out;
};

const anyAsync = async <T>(items: readonly T[], test: (item: T) => Promise<boolean>): Promise<boolean> => {
  for (const item of items) if (await test(item)) return true;
  return false;
};

interface Dated {
  readonly date: string;
  readonly cites: readonly CitationInput[];
  readonly path: YamlPath;
  readonly what: string;
  readonly status: string | undefined;
}

/**
 * A date after the publication of every source cited for it is a plan or an
 * expectation as far as those sources know: events must be marked so, and
 * nothing else (roles, figures, quotes, positions) may be dated after them.
 */
const checkDates = (
  fb: FactBase,
  places: Places,
  sources: ReadonlyMap<string, VerifySource>,
  locateBrief: (path: YamlPath) => Place,
): Diagnostic[] => {
  const out: Diagnostic[] = [];
  const dated: Dated[] = [];
  for (const site of items(fb, places)) {
    for (const p of parts(site)) {
      if (p.date === undefined || p.part.date === undefined) continue;
      dated.push({
        date: p.date,
        cites: p.cite as readonly CitationInput[],
        path: [...p.path, p.part.date],
        what: p.part.what,
        status: p.part.status === undefined ? undefined : (p.status ?? "happened"),
      });
    }
  }

  for (const item of dated) {
    const published = item.cites
      .map((c) => sources.get(citationParts(c).source)?.entry.published)
      .filter((d): d is string => d !== undefined);
    if (published.length !== item.cites.length || published.length === 0) continue;
    const latest = published.sort().at(-1) ?? "";
    const { start } = dateRange(item.date);
    const after = start > latest;
    if (item.status !== undefined) {
      // Events may lie ahead of their sources, when marked so.
      if (after && item.status === "happened") {
        out.push(
          diagnostic(
            locateBrief(item.path),
            "error",
            "event-after-source",
            `event dated ${item.date} is after the publication of every source it cites (latest ${latest}): mark it \`status: planned\` or \`status: expected\``,
          ),
        );
      }
    } else if (after) {
      out.push(
        diagnostic(
          locateBrief(item.path),
          "error",
          "date-after-source",
          `${item.what} dated ${item.date} is after the publication of every source it cites (latest ${latest})`,
        ),
      );
    }
  }
  return out;
};
