/** `factsheet diff`: what changed since the previous edition, in the terminal, to review before printing. */
import path from "node:path";
import { changeWhere, resolveEdition } from "../brief/resolve-brief.js";
import { type Change, type Changes, hasChanges, type Snapshot } from "../brief/snapshot.js";
import { formatDate } from "../factbase/fuzzy-date.js";
import { diffWords, type Segment } from "../text/diff-words.js";
import { placeBrief, previousSnapshot } from "./build-brief.js";
import { checkBrief } from "./check-brief.js";
import { describeFindings, type Reporter } from "./report.js";
import { changesEntry } from "./report-records.js";
import { editionInHistory } from "./since.js";

export interface DiffOptions {
  readonly file: string;
  readonly outDir: string;
  readonly since?: Snapshot | undefined;
  readonly cwd: string;
  /** Aborted when the run is interrupted: nothing more is read or compared. */
  readonly signal?: AbortSignal | undefined;
}

/** Changed words in plain text: `[-removed-]` on the line before, `{+added+}` on the line after. */
const marked = (segments: readonly Segment[], open: string, close: string): string =>
  segments.map((s) => (s.changed && s.text.trim() !== "" ? `${open}${s.text}${close}` : s.text)).join("");

const INDENT = " ".repeat(12);

const describe = (verb: string, c: Change): string => {
  const where = changeWhere(c);
  const what = c.part !== null && c.field === null ? `${where}: ${c.before === null ? "added" : "removed"}` : where;
  const head = `  ${verb.padEnd(8)}${c.kind.padEnd(10)}${c.label}${what === null ? "" : `: ${what}`}`;
  if (c.before !== null && c.after !== null) {
    const words = diffWords(c.before, c.after);
    return `${head}\n${INDENT}was: ${marked(words.before, "[-", "-]")}\n${INDENT}now: ${marked(words.after, "{+", "+}")}`;
  }
  const before = c.before === null ? [] : [`${INDENT}was: ${c.before}`];
  const after = c.after === null ? [] : [`${INDENT}now: ${c.after}`];
  return [head, ...before, ...after].join("\n");
};

/** "the edition of 7 January 2025", with the commit it was read from when it was not a snapshot. */
export const describeEdition = (changes: Pick<Changes, "since" | "commit">): string =>
  `the edition of ${formatDate(changes.since)}${changes.commit === null ? "" : `, from git commit ${changes.commit}`}`;

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
  // Never another brief's editions: a snapshot folder that belongs to another brief of the same name is refused.
  const place = await placeBrief(options.file, options.outDir, options.cwd);
  const before =
    options.since ??
    (await previousSnapshot(place.snapshots, fb.as_of, (f, why) =>
      report.info(`${path.relative(options.cwd, f) || f}: skipped, not an edition to compare with: ${why}`),
    )) ??
    (await editionInHistory(options.file, options.cwd, fb.as_of));
  options.signal?.throwIfAborted();
  if (!before) {
    report.record?.(changesEntry(file, undefined));
    report.info(
      `${file}: a first edition: no earlier edition to compare with (no snapshot in ${path.join(options.outDir, ".factsheet", place.name)}, no earlier as_of in the brief's git history); name one with --since`,
    );
    return 0;
  }
  // Resolved as the build resolves it: the same citation numbers, the same report.
  const { changes } = resolveEdition(fb, checked.catalog, { version: "", previous: before });
  report.record?.(
    changesEntry(
      file,
      changes ?? { since: before.as_of, commit: before.commit ?? null, updated: [], added: [], removed: [] },
    ),
  );
  if (!changes || !hasChanges(changes)) {
    const edition = describeEdition({ since: before.as_of, commit: before.commit ?? null });
    report.info(`${file}: nothing printed has changed since ${edition}`);
    return 0;
  }
  const lines = [
    `${file}: changes since ${describeEdition(changes)} (${changes.updated.length} updated, ${changes.added.length} added, ${changes.removed.length} removed)`,
    ...changes.updated.map((c) => describe("updated", c)),
    ...changes.added.map((c) => describe("added", c)),
    ...changes.removed.map((c) => describe("removed", c)),
  ];
  report.info(lines.join("\n"));
  return 0;
};
