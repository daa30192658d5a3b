/**
 * Who a figure comes from, checked against its source: an observation's
 * `according_to` prints as "according to X" beside the number, so X must be
 * named where the number is, in the sentence of a cited excerpt or the
 * sentence on either side of it ("…, the health ministry said."): in the
 * words `according_to` gives, or, when those words hold an actor's name or
 * alias ("Qatar's Prime Minister Sheikh Mohammed …"), in any of that actor's
 * names.
 */
import { type Diagnostic, diagnostic, type Place } from "../diagnostics/index.js";
import { citationParts, type Places } from "../factbase/items.js";
import type { YamlPath } from "../factbase/parse-yaml.js";
import type { Actor, FactBase } from "../factbase/schema.js";
import { foldText } from "../text/fold-text.js";
import { sentenceAt, sentencesOf } from "./attribution.js";
import { findVerbatim, indexOfWords } from "./find-verbatim.js";
import type { SourceText } from "./source-text.js";

/** How many sentences on each side of an excerpt's own may name who the number comes from. */
const REACH = 1;

/** The words that name who a figure comes from, without a leading article ("the Strip's health authorities"). */
const namingWords = (according: string): string => foldText(according.trim()).replace(/^(?:the|a|an)\s+/i, "");

const lower = (text: string): string => foldText(text).toLowerCase();

/** The names of the actors whose name or an alias `who` holds: any of them names that actor. */
function actorNamesIn(who: string, actors: readonly Actor[]): string[] {
  const words = lower(who);
  return actors.flatMap((actor) => {
    const names = [actor.name, ...(actor.aliases ?? [])].filter((n) => n.trim() !== "");
    return names.some((n) => indexOfWords(words, namingWords(n).toLowerCase()) >= 0) ? names : [];
  });
}

/** Where a cited excerpt stands in its source: its first and last parts, as `findVerbatim` places them. */
interface Placed {
  readonly source: SourceText;
  readonly start: number;
  readonly end: number;
}

/** Whether any of `names` is written within REACH sentences of where an excerpt stands. */
function namesNear({ source, start, end }: Placed, names: readonly string[]): boolean {
  const sentences = sentencesOf(source);
  const from = Math.max(0, sentenceAt(sentences, start) - REACH);
  const to = sentenceAt(sentences, Math.max(start, end - 1)) + REACH + 1;
  const window = source.citable.slice(sentences.starts[from] ?? 0, sentences.starts[to] ?? source.citable.length);
  const folded = window.toLowerCase();
  return names.some((name) => {
    const words = namingWords(name).toLowerCase();
    return words !== "" && indexOfWords(folded, words) >= 0;
  });
}

/**
 * Every observation whose `according_to` no cited excerpt's neighbourhood names (the wording's,
 * for a source cited without an excerpt): an error at the field. Sources not read, and excerpts
 * not in their source, are left to the other checks.
 */
export function checkAccordingTo(
  factBase: FactBase,
  places: Places,
  texts: ReadonlyMap<string, SourceText>,
  locateBrief: (path: YamlPath) => Place,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const figure of factBase.figures ?? []) {
    for (const observation of figure.observations) {
      const who = observation.according_to;
      if (who === undefined || who.trim() === "") continue;
      // Where the number stands: each cited excerpt, or the wording in a source cited without one.
      // Only excerpts that stand in their source can say who is named near them (the rest are errors already).
      const placed = observation.cite.map(citationParts).flatMap((c): Placed[] => {
        const source = texts.get(c.source);
        const excerpt = c.excerpt ?? observation.wording;
        const found = source && excerpt !== undefined ? findVerbatim(source.citable, foldText(excerpt)) : undefined;
        const [first, last] = [found?.[0], found?.at(-1)];
        return source && first && last ? [{ source, start: first.start, end: last.end }] : [];
      });
      if (placed.length === 0) continue;
      const names = [who, ...actorNamesIn(who, factBase.actors ?? [])];
      if (placed.some((p) => namesNear(p, names))) continue;
      const sources = [...new Set(placed.map((c) => c.source.id))].join(", ");
      out.push(
        diagnostic(
          locateBrief(places.path(observation, "according_to")),
          "error",
          "figure-according-to",
          `"according to ${who}" is not named beside the cited excerpt (source ${sources})`,
          "copy who the source says the number comes from, as the sentence of the excerpt (or the one on either side) names them",
        ),
      );
    }
  }
  return out;
}
