/**
 * Findings as a terminal shows them. In full: every diagnostic in reading
 * order, as compilers print them. Grouped (what `check` prints by default):
 * every error in full, then each other rule once, with its count, its first
 * places and how many more there are, so that three stale figures are not
 * lost under seventy single-source warnings.
 */
import type { Diagnostic } from "./diagnostic.js";
import { type FindingsFormat, formatDiagnosticWith, formatPlace } from "./format-diagnostic.js";
import { PLAIN } from "./style.js";

export type FindingsLayout = "full" | "grouped";

/** How many places of each rule the grouped layout shows. */
export const PLACES_SHOWN = 3;

/** How many errors of one rule the grouped layout lists before it counts the rest. */
export const ERRORS_SHOWN = 20;

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? "" : "s"}`;

/**
 * Findings grouped by rule and severity: severities in the order error,
 * warning, note; within one, the largest group first, then the first met.
 */
export const groupFindings = (list: readonly Diagnostic[]): Diagnostic[][] => {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of list) {
    const key = `${d.severity} ${d.rule}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  const rank = { error: 0, warning: 1, note: 2 } as const;
  return [...groups.values()].sort(
    (a, b) => rank[(a[0] as Diagnostic).severity] - rank[(b[0] as Diagnostic).severity] || b.length - a.length,
  );
};

/**
 * The lines (a diagnostic with a hint takes two) that show `list`, in the layout asked for; on a
 * terminal, each diagnostic shown in full with the line it stands on.
 */
export const formatFindings = (
  list: readonly Diagnostic[],
  layout: FindingsLayout = "full",
  format: FindingsFormat = {},
): string[] => {
  const style = format.style ?? PLAIN;
  if (layout === "full") return list.map((d) => formatDiagnosticWith(d, format));
  const errors = list.filter((d) => d.severity === "error" && d.accepted === undefined);
  const others = list.filter((d) => d.severity !== "error" && d.accepted === undefined);
  const lines: string[] = [];
  // Every error, but a flood of one rule (100,000 empty list items) is counted after its first ones.
  const errorsOf = new Map<string, number>();
  const unlisted = new Map<string, number>();
  for (const d of errors) {
    const seen = (errorsOf.get(d.rule) ?? 0) + 1;
    errorsOf.set(d.rule, seen);
    if (seen <= ERRORS_SHOWN) lines.push(formatDiagnosticWith(d, format));
    else unlisted.set(d.rule, (unlisted.get(d.rule) ?? 0) + 1);
  }
  for (const [rule, n] of unlisted) {
    lines.push(`  … and ${n} more ${rule} error${n === 1 ? "" : "s"} (--verbose lists all)`);
  }
  for (const group of groupFindings(others)) {
    const first = group[0] as Diagnostic;
    // A hint every finding of the rule shares is said once, in its header; hints that differ wait for --verbose.
    const hint = first.hint;
    const shared = hint !== undefined && !hint.includes("\n") && group.every((d) => d.hint === hint);
    lines.push(
      `${first.rule}: ${style.severity(first.severity, plural(group.length, first.severity))}${shared ? `: ${hint}` : ""}`,
    );
    // Four places take no more lines than three and "1 more".
    const shown = group.length === PLACES_SHOWN + 1 ? group : group.slice(0, PLACES_SHOWN);
    for (const d of shown) lines.push(`  ${style.place(formatPlace(d))}: ${d.message}`);
    if (shown.length < group.length) lines.push(`  … and ${group.length - shown.length} more (--verbose lists all)`);
  }
  return lines;
};
