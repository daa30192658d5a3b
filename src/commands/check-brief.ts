/**
 * load -> validate -> verify for one brief: every problem in the fact base,
 * its catalogue and its sources, sorted in reading order.
 */
import { countErrors, type Diagnostic, sortDiagnostics } from "../diagnostics/index.js";
import { type LoadedFactBase, loadFactBase } from "../factbase/load-fact-base.js";
import type { FactBase, SourceEntry } from "../factbase/schema.js";
import { verifyFactBase } from "../verify/verify-fact-base.js";

export interface CheckedBrief {
  readonly loaded: LoadedFactBase;
  readonly diagnostics: readonly Diagnostic[];
  readonly errors: number;
  /** Present only when the brief has no errors. */
  readonly factBase: FactBase | undefined;
  readonly catalog: ReadonlyMap<string, SourceEntry>;
}

export const checkBrief = async (file: string, cwd?: string): Promise<CheckedBrief> => {
  const loaded = await loadFactBase(file, cwd);
  const diagnostics = [...loaded.diagnostics];
  const { factBase, catalog } = loaded;
  if (factBase && catalog && countErrors(diagnostics) === 0) {
    diagnostics.push(
      ...(await verifyFactBase({
        factBase,
        sources: loaded.sources,
        locateBrief: loaded.brief.locate,
        locateCatalog: catalog.locate,
      })),
    );
  }
  const sorted = sortDiagnostics(diagnostics);
  const errors = countErrors(sorted);
  return {
    loaded,
    diagnostics: sorted,
    errors,
    factBase: errors === 0 ? factBase : undefined,
    catalog: new Map([...loaded.sources].map(([id, s]) => [id, s.entry])),
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
