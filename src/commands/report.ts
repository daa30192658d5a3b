/**
 * How commands report: diagnostics, result lines, what they did (for --json)
 * and how far they are (a terminal's progress line) go to a reporter the CLI
 * owns, which decides what of it is shown, and how.
 */
import type { Diagnostic, FindingsLayout } from "../diagnostics/index.js";
import type { ReportRecord } from "./report-records.js";

export interface Reporter {
  /** Findings, in full (the default: every one as compilers print them) or grouped by rule. */
  diagnostics(list: readonly Diagnostic[], layout?: FindingsLayout): void;
  info(line: string): void;
  /**
   * A line that says something failed that is no finding (a brief of a batch that cannot be read):
   * shown as `info` is, and by --quiet too. Reporters without it take it as `info`.
   */
  problem?(line: string): void;
  /** What the command did, for its JSON report (--json); a reporter for people ignores it. */
  record?(record: ReportRecord): void;
  /**
   * Where a long step stands ("data/x.yaml: printing the PDF"), or `undefined` once it is done: a
   * terminal shows it on one line overwritten in place; a pipe never gets it.
   */
  progress?(status: string | undefined): void;
}

/** Says that something failed (see `Reporter.problem`). */
export const reportProblem = (report: Reporter, line: string): void =>
  report.problem ? report.problem(line) : report.info(line);

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? "" : "s"}`;

/**
 * "81 warnings (73 single-source, 5 unmentioned-actor, 3 stale-figure); 9 notes
 * (9 sources-differ); 2 accepted (2 single-source)": every rule's count,
 * findings items accept included.
 */
export const describeFindings = (list: readonly Diagnostic[]): string => {
  const parts: string[] = [];
  for (const severity of ["error", "warning", "note", "accepted"] as const) {
    const these = list.filter((d) =>
      severity === "accepted" ? d.accepted !== undefined : d.accepted === undefined && d.severity === severity,
    );
    if (these.length === 0) continue;
    const byRule = new Map<string, number>();
    for (const d of these) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${n} ${rule}`);
    parts.push(
      `${severity === "accepted" ? `${these.length} accepted` : plural(these.length, severity)} (${rules.join(", ")})`,
    );
  }
  return parts.join("; ");
};

/**
 * Reporters for jobs that run side by side, whose lines come out in job
 * order all the same: job `i` writes through `job(i)`; its lines pass straight
 * on while every job before it is done, and are held until then otherwise.
 * `done(i)` marks a job finished.
 */
export const reportInOrder = (report: Reporter, jobs: number): { job(i: number): Reporter; done(i: number): void } => {
  const held = Array.from({ length: jobs }, () => [] as ((to: Reporter) => void)[]);
  const finished = Array.from({ length: jobs }, () => false);
  let next = 0;
  const flush = () => {
    while (next < jobs) {
      for (const line of held[next]?.splice(0) ?? []) line(report);
      if (!finished[next]) return;
      next += 1;
    }
  };
  const hold = (i: number, line: (to: Reporter) => void) => {
    held[i]?.push(line);
    flush();
  };
  return {
    job: (i) => ({
      diagnostics: (list, layout) => hold(i, (to) => to.diagnostics(list, layout)),
      info: (text) => hold(i, (to) => to.info(text)),
      problem: (text) => hold(i, (to) => reportProblem(to, text)),
      record: (entry) => hold(i, (to) => to.record?.(entry)),
      // Where a job stands is news now, not in its turn.
      progress: (status) => report.progress?.(status),
    }),
    done: (i) => {
      finished[i] = true;
      flush();
    },
  };
};
