/** `factsheet diff`: what changed since the previous edition, in the terminal, to review before printing. */
import path from "node:path";
import { type Change, compareSnapshots, hasChanges, type Snapshot, takeSnapshot } from "../brief/snapshot.js";
import { formatDate } from "../factbase/fuzzy-date.js";
import { briefName, previousSnapshot } from "./build-brief.js";
import { checkBrief } from "./check-brief.js";
import { describeFindings, type Reporter } from "./report.js";

export interface DiffOptions {
  readonly file: string;
  readonly outDir: string;
  readonly since?: Snapshot | undefined;
  readonly cwd: string;
  /** Aborted when the run is interrupted: nothing more is read or compared. */
  readonly signal?: AbortSignal | undefined;
}

const line = (verb: string, c: Change): string => {
  const head = `  ${verb.padEnd(8)}${c.kind.padEnd(9)}${c.label}`;
  if (verb === "updated") return `${head}\n            was: ${c.before}\n            now: ${c.after}`;
  return `${head}\n            ${verb === "removed" ? "was" : "now"}: ${verb === "removed" ? c.before : c.after}`;
};

export const diff = async (options: DiffOptions, report: Reporter): Promise<number> => {
  const checked = await checkBrief(options.file, options.cwd);
  options.signal?.throwIfAborted();
  const fb = checked.factBase;
  const file = checked.loaded.brief.file;
  if (!fb) {
    report.diagnostics(checked.diagnostics.filter((d) => d.severity === "error"));
    report.info(
      `${file}: cannot compare: ${describeFindings(checked.diagnostics.filter((d) => d.severity === "error"))}`,
    );
    return 1;
  }
  const name = briefName(options.file);
  const before = options.since ?? (await previousSnapshot(path.resolve(options.cwd, options.outDir), name, fb.as_of));
  if (!before) {
    report.info(`${file}: no earlier edition to compare with: build an edition first, or name one with --since`);
    return 0;
  }
  const changes = compareSnapshots(before, takeSnapshot(fb));
  if (!hasChanges(changes)) {
    report.info(`${file}: nothing changed since ${formatDate(changes.since)}`);
    return 0;
  }
  const lines = [
    `${file}: changes since ${formatDate(changes.since)} (${changes.updated.length} updated, ${changes.added.length} added, ${changes.removed.length} removed)`,
    ...changes.updated.map((c) => line("updated", c)),
    ...changes.added.map((c) => line("added", c)),
    ...changes.removed.map((c) => line("removed", c)),
  ];
  report.info(lines.join("\n"));
  return 0;
};
