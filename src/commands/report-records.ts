/**
 * What commands record of what they did, and the JSON document (--json) the
 * CLI assembles from the records and the diagnostics: its shape, version and
 * JSON Schema are in machine-report.ts, whose zod types this file uses as
 * types only, so that a run loads no schema.
 */
import type { Change, Changes } from "../brief/snapshot.js";
import type { Diagnostic } from "../diagnostics/index.js";
import type { FactBase } from "../factbase/schema.js";
import type { CheckedBrief } from "./check-brief.js";
import type {
  BuiltBriefEntry,
  ChangesEntry,
  CheckedBriefEntry,
  ExtractedEntry,
  ItemCounts,
  JsonDiagnostic,
  JsonReport,
  OutputEntry,
} from "./machine-report.js";
import { REPORT_VERSION } from "./report-version.js";

/** The commands that print a JSON report. */
export type ReportingCommand = JsonReport["command"];
export const REPORTING_COMMANDS: readonly ReportingCommand[] = ["check", "build", "diff", "extract"];

/** What a command says it did, for its JSON report. */
export type ReportRecord =
  | { readonly kind: "checked"; readonly entry: CheckedBriefEntry }
  | { readonly kind: "built"; readonly entry: Omit<BuiltBriefEntry, "outputs"> }
  | { readonly kind: "output"; readonly entry: OutputEntry }
  | { readonly kind: "index"; readonly file: string }
  | { readonly kind: "changes"; readonly entry: ChangesEntry }
  | { readonly kind: "extracted"; readonly entry: ExtractedEntry };

/** What a brief holds, by kind. */
export function itemCounts(fb: FactBase, sources: number): ItemCounts {
  return {
    sources,
    actors: fb.actors?.length ?? 0,
    events: fb.timeline?.length ?? 0,
    positions: fb.positions?.length ?? 0,
    figures: fb.figures?.length ?? 0,
    quotes: fb.quotes?.length ?? 0,
  };
}

/** An output of a brief: written, kept as it was, or not printed. */
export function outputRecord(
  brief: string,
  format: OutputEntry["format"],
  file: string,
  status: OutputEntry["status"],
  bytes: number | null,
  paper: OutputEntry["paper"],
): ReportRecord {
  return { kind: "output", entry: { brief, format, file, status, bytes, paper } };
}

/** A checked brief as its report lists it (`problem`: why it failed, as the batch's summary says it). */
export function checkedEntry(file: string, checked: CheckedBrief, ok: boolean, problem?: string): ReportRecord {
  const count = (severity: Diagnostic["severity"]) => checked.diagnostics.filter((d) => d.severity === severity).length;
  return {
    kind: "checked",
    entry: {
      file,
      ok,
      problem: problem ?? null,
      items: checked.factBase ? itemCounts(checked.factBase, checked.catalog.size) : null,
      errors: count("error"),
      warnings: count("warning"),
      notes: count("note"),
      accepted: checked.accepted.length,
    },
  };
}

/** A brief of a batch that could not be checked at all (it cannot be read). */
export function uncheckedEntry(file: string, problem: string): ReportRecord {
  return {
    kind: "checked",
    entry: { file, ok: false, problem, items: null, errors: 0, warnings: 0, notes: 0, accepted: 0 },
  };
}

const changeEntry = (c: Change) => ({
  kind: c.kind,
  id: c.id,
  label: c.label,
  part: c.part,
  field: c.field,
  before: c.before,
  after: c.after,
});

/** The changes since an edition (none for a first edition, `since` null). */
export function changesEntry(file: string, changes: Changes | undefined): ReportRecord {
  return {
    kind: "changes",
    entry: {
      file,
      since: changes ? { asOf: changes.since, commit: changes.commit } : null,
      updated: (changes?.updated ?? []).map(changeEntry),
      added: (changes?.added ?? []).map(changeEntry),
      removed: (changes?.removed ?? []).map(changeEntry),
    },
  };
}

/** A diagnostic as the report gives it: every field there, null where it has none. */
export function jsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine ?? d.line,
    endColumn: d.endColumn ?? d.column,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    hint: d.hint ?? null,
    accepted: d.accepted ?? null,
    path: d.path === undefined ? null : [...d.path],
    mismatch: d.mismatch === undefined ? null : { written: d.mismatch.written, nearest: d.mismatch.nearest },
  };
}

/** The document of one run, from what the command recorded and reported. */
export function assembleReport(
  command: ReportingCommand,
  exitCode: number,
  diagnostics: readonly Diagnostic[],
  records: readonly ReportRecord[],
  error: string | undefined,
): JsonReport {
  // The version and the command first: what a reader looks at before anything else.
  const head = { version: REPORT_VERSION, command, ok: exitCode === 0, exitCode } as const;
  const tail = {
    diagnostics: diagnostics.map(jsonDiagnostic),
    error: error === undefined ? null : { message: error, exitCode },
  };
  const of = <K extends ReportRecord["kind"]>(kind: K) =>
    records.filter((r): r is Extract<ReportRecord, { kind: K }> => r.kind === kind);
  switch (command) {
    case "check":
      return { ...head, command, briefs: of("checked").map((r) => r.entry), ...tail };
    case "build": {
      const outputs = of("output").map((r) => r.entry);
      return {
        ...head,
        command,
        briefs: of("built").map((r) => ({
          ...r.entry,
          outputs: outputs.filter((o) => o.brief === r.entry.name).map(({ brief: _brief, ...output }) => output),
        })),
        index: of("index").at(-1)?.file ?? null,
        ...tail,
      };
    }
    case "diff":
      return { ...head, command, changes: of("changes").at(-1)?.entry ?? null, ...tail };
    case "extract":
      return { ...head, command, extracted: of("extracted").at(-1)?.entry ?? null, ...tail };
  }
}

/**
 * Characters JSON.stringify leaves as they are that a terminal acts on: DEL, the C1 controls, the
 * bidirectional controls and the line and paragraph separators. Written as `\uXXXX`, the same
 * JSON, nothing of it repaints or reorders the terminal it is printed to.
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** The document as one line of JSON, with nothing in it a terminal would act on. */
export function serializeReport(report: JsonReport): string {
  return JSON.stringify(report).replace(
    UNSAFE_IN_JSON,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}
