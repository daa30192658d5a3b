/**
 * `factsheet check`: every problem in a brief, then a one-line summary that
 * counts every rule's findings. Errors are listed in full; the other findings
 * are grouped by rule, a few places each (`verbose` lists every one, and the
 * findings items accept). With `maxWarnings`, more warnings than that fail it.
 * Given several briefs, it checks each in turn, and ends with a line that
 * names every brief that failed.
 */

import path from "node:path";
import type { LoadedDeskConfig } from "../config/load-desk-config.js";
import { sortDiagnostics } from "../diagnostics/index.js";
import { CliError, ExitCode } from "../errors.js";
import { displayPath } from "../factbase/load-fact-base.js";
import { type BatchOutcome, countErrors, describeBatch } from "./batch-summary.js";
import { checkBrief, describeCounts } from "./check-brief.js";
import { describeFindings, type Reporter, reportProblem } from "./report.js";
import { checkedEntry, uncheckedEntry } from "./report-records.js";

export interface CheckCommandOptions {
  /** One brief, or several: each is checked, and a last line names those that failed. */
  readonly files: readonly string[];
  readonly cwd?: string;
  readonly strict?: boolean;
  readonly includeDrafts?: boolean;
  /** List every finding, accepted ones too, rather than each rule's first few. */
  readonly verbose?: boolean;
  /** Fail (exit 1) when there are more warnings than this. */
  readonly maxWarnings?: number | undefined;
  /** The desk config; by default the one found upward from the working folder. */
  readonly desk?: LoadedDeskConfig | undefined;
}

/** Checks one brief and says how it went: its findings, then one line. */
async function checkOne(file: string, options: CheckCommandOptions, report: Reporter): Promise<BatchOutcome> {
  const checked = await checkBrief(file, options.cwd, {
    strict: options.strict ?? false,
    includeDrafts: options.includeDrafts ?? false,
    desk: options.desk,
  });
  const all = sortDiagnostics([...checked.diagnostics, ...checked.accepted]);
  if (options.verbose) report.diagnostics(all, "full");
  else report.diagnostics(checked.diagnostics, "grouped");
  const shown = checked.loaded.brief.file;
  const findings = describeFindings(all);
  if (!checked.factBase) {
    const problem = countErrors(checked.errors);
    report.record?.(checkedEntry(shown, checked, false, problem));
    report.info(`${shown}: ${findings}`);
    return { status: "failed", file: shown, problem };
  }
  const max = options.maxWarnings;
  if (max !== undefined && checked.warnings > max) {
    const problem = `${checked.warnings} warnings, more than ${max}`;
    report.record?.(checkedEntry(shown, checked, false, problem));
    report.info(`${shown}: more warnings than --max-warnings ${max} allows; ${findings}`);
    return { status: "failed", file: shown, problem };
  }
  report.record?.(checkedEntry(shown, checked, true));
  report.info(
    `${shown}: ok (${describeCounts(checked.factBase, checked.catalog.size)})${findings ? `; ${findings}` : ""}`,
  );
  return { status: "ok", file: shown };
}

export const check = async (options: CheckCommandOptions, report: Reporter): Promise<number> => {
  const [only, ...more] = options.files;
  if (only !== undefined && more.length === 0) return (await checkOne(only, options, report)).status === "ok" ? 0 : 1;
  const cwd = options.cwd ?? process.cwd();
  const outcomes: BatchOutcome[] = [];
  for (const file of options.files) {
    try {
      outcomes.push(await checkOne(file, options, report));
    } catch (error) {
      // In a batch, a brief that cannot be read fails alone; the others are still checked.
      if (!(error instanceof CliError) || error.exitCode !== ExitCode.input) throw error;
      reportProblem(report, `factsheet: ${error.message}`);
      const shown = displayPath(path.resolve(cwd, file), cwd);
      report.record?.(uncheckedEntry(shown, "cannot be read"));
      outcomes.push({ status: "failed", file: shown, problem: "cannot be read" });
    }
  }
  report.info(`${outcomes.length} briefs checked: ${describeBatch(outcomes, ["ok", "failed"])}`);
  return outcomes.some((o) => o.status === "failed") ? 1 : 0;
};
