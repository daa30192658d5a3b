/** How commands report: diagnostics and result lines go to a reporter the CLI owns. */
import type { Diagnostic } from "../diagnostics/index.js";

export interface Reporter {
  diagnostics(list: readonly Diagnostic[]): void;
  info(line: string): void;
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
