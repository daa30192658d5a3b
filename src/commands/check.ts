/** `factsheet check`: every problem in a brief, or a one-line summary when there is none. */
import type { Reporter } from "./build.js";
import { checkBrief, describeCounts } from "./check-brief.js";

export interface CheckOptions {
  readonly file: string;
  readonly cwd?: string;
}

export const check = async (options: CheckOptions, report: Reporter): Promise<number> => {
  const checked = await checkBrief(options.file, options.cwd);
  report.diagnostics(checked.diagnostics);
  const file = checked.loaded.brief.file;
  const warnings = checked.diagnostics.filter((d) => d.severity === "warning").length;
  if (checked.factBase) {
    const extra = warnings > 0 ? `; ${warnings} warning${warnings === 1 ? "" : "s"}` : "";
    report.info(`${file}: ok (${describeCounts(checked.factBase, checked.catalog.size)})${extra}`);
    return 0;
  }
  report.info(
    `${file}: ${checked.errors} error${checked.errors === 1 ? "" : "s"}${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}`,
  );
  return 1;
};
