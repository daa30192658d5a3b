/**
 * What `--json` prints: one JSON document per run, of a documented and
 * versioned shape (`version: 1`), whose JSON Schema (schema/report.schema.json,
 * `npm run schema`) is generated from the zod types below. Every command's
 * document has the same envelope (the command, whether it succeeded, its exit
 * code, every diagnostic with its span, the error that ended it) and what is
 * its own: the briefs checked, the briefs built and each output, the changes
 * since the previous edition, the drafts extracted.
 *
 * Commands say what they did as records (`Reporter.record`); the CLI's JSON
 * reporter gathers them, with the diagnostics, into the document.
 */
import * as z from "zod";
import type { Change, Changes } from "../brief/snapshot.js";
import type { Diagnostic } from "../diagnostics/index.js";
import type { FactBase } from "../factbase/schema.js";
import type { CheckedBrief } from "./check-brief.js";

/** The shape's version: a change that could break a reader of it makes the next one. */
export const REPORT_VERSION = 1;

const Count = z.int().min(0);
const Line = Count.meta({ description: "1-based; 0 when the diagnostic concerns the whole file." });
const Column = Count.meta({ description: "1-based, in UTF-16 code units; 0 when it concerns the whole file." });

export const JsonDiagnostic = z
  .strictObject({
    file: z.string().meta({ description: "The file, as given or relative to the working folder." }),
    line: Line,
    column: Column,
    endLine: Line.meta({ description: "The line where the span ends; equal to line when its end is not known." }),
    endColumn: Column.meta({
      description:
        "The column just after the span's last character (an editor's range end); equal to column when its end is not known.",
    }),
    severity: z.enum(["error", "warning", "note"]),
    rule: z.string().meta({ description: "A stable id of the kind of problem, such as quote-verbatim." }),
    message: z.string(),
    hint: z.string().nullable().meta({ description: "Extra help: did you mean, the nearest passage in the source." }),
    accepted: z
      .string()
      .nullable()
      .meta({ description: "The reason an item gives for accepting this finding; it then fails nothing." }),
    path: z
      .array(z.union([z.string(), Count]))
      .nullable()
      .meta({ description: "Where in its document the finding stands, as keys and list indexes, when known." }),
    mismatch: z
      .strictObject({ written: z.string(), nearest: z.string() })
      .nullable()
      .meta({ description: "Words of the brief not found in the source, and the source's nearest passage." }),
  })
  .meta({ description: "One problem or finding, at its place." });
export type JsonDiagnostic = z.output<typeof JsonDiagnostic>;

const Failure = z.strictObject({ message: z.string(), exitCode: Count }).nullable().meta({
  description: "What ended the run before it was done (no browser, an unreadable file, ...); null if nothing.",
});

/** What every command's document has. */
const envelope = {
  version: z.literal(REPORT_VERSION),
  ok: z.boolean().meta({ description: "Whether the command succeeded (exit code 0)." }),
  exitCode: Count,
  diagnostics: z.array(JsonDiagnostic).meta({ description: "Every finding, in reading order per brief." }),
  error: Failure,
};

export const ItemCounts = z.strictObject({
  sources: Count,
  actors: Count,
  events: Count,
  positions: Count,
  figures: Count,
  quotes: Count,
});
export type ItemCounts = z.output<typeof ItemCounts>;

export const CheckedBriefEntry = z.strictObject({
  file: z.string(),
  ok: z.boolean(),
  items: ItemCounts.nullable().meta({ description: "What the brief holds; null when it has errors." }),
  errors: Count,
  warnings: Count,
  notes: Count,
  accepted: Count,
});
export type CheckedBriefEntry = z.output<typeof CheckedBriefEntry>;

export const OutputEntry = z.strictObject({
  brief: z.string().meta({ description: "The name of the brief it is an output of (its file name without .yaml)." }),
  format: z.enum(["html", "pdf"]),
  file: z.string(),
  status: z.enum(["written", "kept", "not-printed"]).meta({
    description:
      "written: made now; kept: unchanged since last built; not-printed: the browser could not start (a batch).",
  }),
  bytes: Count.nullable(),
  paper: z.enum(["a4", "letter"]).nullable(),
});
export type OutputEntry = z.output<typeof OutputEntry>;

export const BuiltBriefEntry = z.strictObject({
  file: z.string(),
  name: z.string(),
  status: z.enum(["built", "unchanged", "failed"]),
  title: z.string().nullable(),
  asOf: z.string().nullable(),
  outputs: z.array(OutputEntry.omit({ brief: true })),
});
export type BuiltBriefEntry = z.output<typeof BuiltBriefEntry>;

export const ChangeEntry = z.strictObject({
  kind: z.string().meta({ description: "The kind of item (actor, event, ...), brief or source." }),
  id: z.string(),
  label: z.string(),
  part: z.string().nullable(),
  field: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const ChangesEntry = z.strictObject({
  file: z.string(),
  since: z
    .strictObject({ asOf: z.string(), commit: z.string().nullable() })
    .nullable()
    .meta({ description: "The edition compared with; null for a first edition." }),
  updated: z.array(ChangeEntry),
  added: z.array(ChangeEntry),
  removed: z.array(ChangeEntry),
});
export type ChangesEntry = z.output<typeof ChangesEntry>;

const Ids = z.array(z.string());

export const ExtractedEntry = z.strictObject({
  into: z.string().nullable().meta({ description: "The brief the drafts were added to; null when printed." }),
  articles: z.array(
    z.strictObject({
      file: z.string(),
      source: z.string().meta({ description: "Its source id in the catalogue." }),
      published: z.string(),
      added: z.boolean().meta({ description: "Whether it is new to the catalogue." }),
    }),
  ),
  drafts: z
    .strictObject({ actors: Ids, timeline: Ids, positions: Ids, figures: Ids, quotes: Ids, questions: Ids })
    .meta({ description: "The ids of the items drafted, by list." }),
  draft: z
    .string()
    .nullable()
    .meta({ description: "The draft fact base as YAML, when it was printed rather than added to a brief." }),
});
export type ExtractedEntry = z.output<typeof ExtractedEntry>;

export const CheckReport = z.strictObject({
  ...envelope,
  command: z.literal("check"),
  briefs: z.array(CheckedBriefEntry),
});
export const BuildReport = z.strictObject({
  ...envelope,
  command: z.literal("build"),
  briefs: z.array(BuiltBriefEntry),
  index: z.string().nullable().meta({ description: "The index page a batch wrote (build --all)." }),
});
export const DiffReport = z.strictObject({
  ...envelope,
  command: z.literal("diff"),
  changes: ChangesEntry.nullable().meta({ description: "null when the brief has errors." }),
});
export const ExtractReport = z.strictObject({
  ...envelope,
  command: z.literal("extract"),
  extracted: ExtractedEntry.nullable(),
});

export const JsonReport = z
  .discriminatedUnion("command", [CheckReport, BuildReport, DiffReport, ExtractReport])
  .meta({ description: "What factsheet check, build, diff and extract print with --json (one document)." });
export type JsonReport = z.output<typeof JsonReport>;

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

/** A checked brief as its report lists it. */
export function checkedEntry(file: string, checked: CheckedBrief, ok: boolean): ReportRecord {
  const count = (severity: Diagnostic["severity"]) => checked.diagnostics.filter((d) => d.severity === severity).length;
  return {
    kind: "checked",
    entry: {
      file,
      ok,
      items: checked.factBase ? itemCounts(checked.factBase, checked.catalog.size) : null,
      errors: count("error"),
      warnings: count("warning"),
      notes: count("note"),
      accepted: checked.accepted.length,
    },
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
