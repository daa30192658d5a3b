/** `factsheet check`: every problem in a brief, or a one-line summary when there is none. */
import type { Diagnostic } from "../diagnostics/index.js";
import type { Reporter } from "./build.js";
import { checkBrief, describeCounts } from "./check-brief.js";

export interface CheckCommandOptions {
  readonly file: string;
  readonly cwd?: string;
  readonly strict?: boolean;
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? "" : "s"}`;

/** "120 warnings (104 single-source, 8 stale-figure)" */
export const describeFindings = (list: readonly Diagnostic[]): string => {
  const parts: string[] = [];
  for (const severity of ["error", "warning", "note"] as const) {
    const these = list.filter((d) => d.severity === severity);
    if (these.length === 0) continue;
    const byRule = new Map<string, number>();
    for (const d of these) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${n} ${rule}`);
    parts.push(`${plural(these.length, severity)} (${rules.join(", ")})`);
  }
  return parts.join("; ");
};

export const check = async (options: CheckCommandOptions, report: Reporter): Promise<number> => {
  const checked = await checkBrief(options.file, options.cwd, { strict: options.strict ?? false });
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
