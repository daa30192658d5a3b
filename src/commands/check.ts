/** `factsheet check`: every problem in a brief, or a one-line summary when there is none. */

import { checkBrief, describeCounts } from "./check-brief.js";
import { describeFindings, type Reporter } from "./report.js";

export interface CheckCommandOptions {
  readonly file: string;
  readonly cwd?: string;
  readonly strict?: boolean;
  readonly includeDrafts?: boolean;
}

export const check = async (options: CheckCommandOptions, report: Reporter): Promise<number> => {
  const checked = await checkBrief(options.file, options.cwd, {
    strict: options.strict ?? false,
    includeDrafts: options.includeDrafts ?? false,
  });
  report.diagnostics(checked.diagnostics);
  const file = checked.loaded.brief.file;
  const findings = describeFindings(checked.diagnostics);
  if (checked.factBase) {
    report.info(
      `${file}: ok (${describeCounts(checked.factBase, checked.catalog.size)})${findings ? `; ${findings}` : ""}`,
    );
    return 0;
  }
  report.info(`${file}: ${findings}`);
  return 1;
};
