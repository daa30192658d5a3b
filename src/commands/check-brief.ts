/**
 * load -> validate -> verify for one brief: every problem in the fact base,
 * its catalogue and its sources, then the provenance warnings and the notes
 * on where sources disagree, at the levels the brief and the desk config set
 * (findings its items accept set aside), sorted in reading order.
 */

import { type LoadedDeskConfig, loadDeskConfig } from "../config/load-desk-config.js";
import { countErrors, type Diagnostic, diagnostic, type Place, sortDiagnostics } from "../diagnostics/index.js";
import { CliError, ExitCode } from "../errors.js";
import { countDrafts, draftReferences, firstDraft, withoutDrafts } from "../factbase/drafts.js";
import { type LoadCache, type LoadedFactBase, loadFactBase } from "../factbase/load-fact-base.js";
import type { YamlPath } from "../factbase/parse-yaml.js";
import type { FactBase, SourceEntry } from "../factbase/schema.js";
import { loadFontIndex } from "../fonts/fonts.js";
import { coveredRanges } from "../fonts/glyph-coverage.js";
import { trace } from "../trace.js";
import { applyRuleLevels, type RuleSettings } from "../verify/apply-rule-levels.js";
import { checkGlyphs } from "../verify/check-glyphs.js";
import { checkPlaceholders } from "../verify/check-placeholders.js";
import { checkProvenance } from "../verify/check-provenance.js";
import { type Disagreement, describeDisagreement, findDisagreements } from "../verify/find-disagreements.js";
import { prepareSourceTexts, verifyFactBase } from "../verify/verify-fact-base.js";

export interface CheckOptions {
  /** Warnings count as errors. */
  readonly strict?: boolean;
  /** Keep items marked `draft: true` (left out of the brief by default). */
  readonly includeDrafts?: boolean;
  /** What a long-running process keeps between checks of the same files. */
  readonly cache?: LoadCache | undefined;
  /** The desk config to use; by default the one found upward from the working folder. */
  readonly desk?: LoadedDeskConfig | undefined;
}

export interface CheckedBrief {
  readonly loaded: LoadedFactBase;
  /** Every finding at its level, in reading order, but those its items accept. */
  readonly diagnostics: readonly Diagnostic[];
  /** The findings items accept (`accept: [{ rule, reason }]`), with the reason in `accepted`. */
  readonly accepted: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
  /** The desk config the levels came from (its file undefined when there is none). */
  readonly desk: LoadedDeskConfig;
  /** Present only when the brief has no errors. */
  readonly factBase: FactBase | undefined;
  readonly catalog: ReadonlyMap<string, SourceEntry>;
  readonly disagreements: readonly Disagreement[];
}

export const checkBrief = async (file: string, cwd?: string, options: CheckOptions = {}): Promise<CheckedBrief> => {
  const loaded = await loadFactBase(file, cwd, options.cache);
  if (loaded.unreadable !== undefined) throw new CliError(loaded.unreadable, ExitCode.input);
  trace("  check: loaded and validated");
  const desk = options.desk ?? (await loadDeskConfig(cwd ?? process.cwd()));
  let diagnostics: Diagnostic[] = [...loaded.diagnostics];
  let disagreements: Disagreement[] = [];
  const { catalog } = loaded;
  let factBase = loaded.factBase;
  const { places } = loaded;
  // Every place in the brief keeps its path: what ties a finding to the item that may accept it.
  const locateBrief = (path: YamlPath): Place => ({ ...loaded.brief.locate(path), path });
  let accepting: { factBase: FactBase; places: NonNullable<typeof places> } | undefined;
  if (factBase && places && catalog && countErrors(diagnostics) === 0) {
    // Folded once, for verification and for the spellings each source prints.
    const prepared = prepareSourceTexts(loaded.sources);
    diagnostics.push(
      ...(await verifyFactBase({
        factBase,
        places,
        sources: loaded.sources,
        locateBrief,
        locateCatalog: catalog.locate,
        prepared,
      })),
    );
    trace("  check: verified");
    // Drafts are verified with the rest (what an editor keeps must pass), then set aside unless asked for.
    const drafts = countDrafts(factBase);
    if (drafts > 0 && !options.includeDrafts) {
      const first = firstDraft(factBase);
      const firstDraftPath = first === undefined ? [] : places.path(first);
      for (const ref of draftReferences(factBase, places)) {
        diagnostics.push(diagnostic(locateBrief(ref.path), "error", "draft-reference", ref.message));
      }
      diagnostics.push(
        diagnostic(
          locateBrief(firstDraftPath),
          "note",
          "drafts",
          `${drafts} draft item${drafts === 1 ? " is" : "s are"} left out of the brief: review each and delete its \`draft: true\`, or build with --include-drafts`,
        ),
      );
      factBase = withoutDrafts(factBase, places);
    }
    if (countErrors(diagnostics) === 0) {
      const entries = [...loaded.sources.values()].sort((a, b) => a.index - b.index).map((s) => s.entry);
      diagnostics.push(
        ...(await checkProvenance({
          factBase,
          places,
          catalog: entries,
          locateBrief,
          locateCatalog: catalog.locate,
          texts: prepared,
        })),
      );
      diagnostics.push(...checkPlaceholders(entries, catalog.locate));
      trace("  check: provenance checked");
      const texts = new Map([...prepared].map(([id, source]) => [id, source.full]));
      disagreements = findDisagreements({ factBase, places, texts });
      trace("  check: disagreements found");
      const ranges = coveredRanges(await loadFontIndex());
      diagnostics.push(...checkGlyphs([loaded.brief, catalog], ranges));
      trace("  check: glyphs checked");
      for (const d of disagreements) {
        diagnostics.push(diagnostic(locateBrief(d.path), "note", "sources-differ", describeDisagreement(d)));
      }
      accepting = { factBase, places };
    }
  }
  // The brief's levels win over the desk's; a desk config with errors sets nothing, and fails the check.
  const settled = applyRuleLevels({
    diagnostics,
    settings: [
      loaded.factBase?.checks?.rules as RuleSettings | undefined,
      desk.config.rules as RuleSettings | undefined,
    ],
    briefFile: loaded.brief.file,
    accepting,
    locateBrief,
  });
  diagnostics = [...settled.diagnostics, ...desk.diagnostics];
  if (options.strict) {
    diagnostics = diagnostics.map((d) => (d.severity === "warning" ? { ...d, severity: "error" } : d));
  }
  const sorted = sortDiagnostics(diagnostics);
  trace("  check: sorted");
  const errors = countErrors(sorted);
  return {
    loaded,
    diagnostics: sorted,
    accepted: sortDiagnostics(settled.accepted),
    desk,
    errors,
    warnings: sorted.filter((d) => d.severity === "warning").length,
    factBase: errors === 0 ? factBase : undefined,
    catalog: new Map([...loaded.sources].map(([id, s]) => [id, s.entry])),
    disagreements,
  };
};

/** "5 sources, 31 actors, 22 events, 18 positions, 12 figures, 19 quotes" */
export const describeCounts = (fb: FactBase, sources: number): string => {
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  return [
    n(sources, "source"),
    n(fb.actors?.length ?? 0, "actor"),
    n(fb.timeline?.length ?? 0, "event"),
    n(fb.positions?.length ?? 0, "position"),
    n(fb.figures?.length ?? 0, "figure"),
    n(fb.quotes?.length ?? 0, "quote"),
  ].join(", ");
};
