/**
 * The last line of a batch (`check` of several briefs, `build --all`): how
 * many briefs ended each way, then every brief that failed, by its file and
 * why: "48 built, 1 unchanged, 1 failed: data/x.yaml (3 errors)".
 */

/** How one brief of a batch ended. */
export interface BatchOutcome {
  /** "built", "unchanged", "ok", "failed", ... in the words of the command. */
  readonly status: string;
  /** The brief as the terminal shows it. */
  readonly file: string;
  /** Why it failed: "3 errors", "cannot be read"; undefined for a brief that did not fail. */
  readonly problem?: string | undefined;
}

/** "1 error", "3 errors" */
export function countErrors(errors: number): string {
  return `${errors} error${errors === 1 ? "" : "s"}`;
}

/**
 * The counts in the order `statuses` lists them (a status with no brief is left out, but for
 * "failed", which is said only when one did), then each failed brief with its problem.
 */
export function describeBatch(outcomes: readonly BatchOutcome[], statuses: readonly string[]): string {
  const counts = statuses
    .map((status) => [status, outcomes.filter((o) => o.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`);
  const failed = outcomes.filter((o) => o.status === "failed");
  const head = counts.length > 0 ? counts.join(", ") : "no brief";
  if (failed.length === 0) return head;
  return `${head}: ${failed.map((o) => `${o.file}${o.problem === undefined ? "" : ` (${o.problem})`}`).join(", ")}`;
}
