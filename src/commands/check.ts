/**
 * `factsheet check`: every problem in a brief, then a one-line summary that
 * counts every rule's findings. Errors are listed in full; the other findings
 * are grouped by rule, a few places each (`verbose` lists every one, and the
 * findings items accept). With `maxWarnings`, more warnings than that fail it.
 */

import { sortDiagnostics } from "../diagnostics/index.js";
import { checkBrief, describeCounts } from "./check-brief.js";
import { describeFindings, type Reporter } from "./report.js";
import { checkedEntry } from "./report-records.js";

export interface CheckCommandOptions {
  readonly file: string;
  readonly cwd?: string;
  readonly strict?: boolean;
  readonly includeDrafts?: boolean;
  /** List every finding, accepted ones too, rather than each rule's first few. */
  readonly verbose?: boolean;
  /** Fail (exit 1) when there are more warnings than this. */
  readonly maxWarnings?: number | undefined;
}

export const check = async (options: CheckCommandOptions, report: Reporter): Promise<number> => {
  const checked = await checkBrief(options.file, options.cwd, {
    strict: options.strict ?? false,
    includeDrafts: options.includeDrafts ?? false,
  });
  const all = sortDiagnostics([...checked.diagnostics, ...checked.accepted]);
  if (options.verbose) report.diagnostics(all, "full");
  else report.diagnostics(checked.diagnostics, "grouped");
  const file = checked.loaded.brief.file;
  const findings = describeFindings(all);
  if (!checked.factBase) {
    report.record?.(checkedEntry(file, checked, false));
    report.info(`${file}: ${findings}`);
    return 1;
  }
  const max = options.maxWarnings;
  if (max !== undefined && checked.warnings > max) {
    report.record?.(checkedEntry(file, checked, false));
    report.info(`${file}: more warnings than --max-warnings ${max} allows; ${findings}`);
    return 1;
  }
  report.record?.(checkedEntry(file, checked, true));
  report.info(
    `${file}: ok (${describeCounts(checked.factBase, checked.catalog.size)})${findings ? `; ${findings}` : ""}`,
  );
  return 0;
};
