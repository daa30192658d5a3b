/**
 * What `--json` prints: one JSON document per run, of a documented and
 * versioned shape (`version: 1`), whose JSON Schema (schema/report.schema.json,
 * `npm run schema`) is generated from the zod types below. Every command's
 * document has the same envelope (the command, whether it succeeded, its exit
 * code, every diagnostic with its span, the error that ended it) and what is
 * its own: the briefs checked, the briefs built and each output, the changes
 * since the previous edition, the drafts extracted.
 *
 * Commands say what they did as records (report-records.ts); the CLI's JSON
 * reporter gathers them, with the diagnostics, into the document. Only the
 * types are used at run time: the schema itself is loaded to write its JSON
 * Schema, and by the tests.
 */
import * as z from "zod";
import { REPORT_VERSION } from "./report-version.js";

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

/** Why a brief failed, in a few words: "3 errors", "cannot be read". */
const Problem = z
  .string()
  .nullable()
  .meta({ description: 'Why it failed, in a few words ("3 errors"); null if it did not.' });

export const CheckedBriefEntry = z.strictObject({
  file: z.string(),
  ok: z.boolean(),
  problem: Problem,
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
  problem: Problem,
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
  parts: z
    .array(z.strictObject({ list: z.string(), id: z.string(), key: z.string() }))
    .meta({ description: "Parts drafted into items the brief holds: a role, a value, a citation (key)." }),
  rejected: Count.meta({
    description: "Drafts an editor deleted since, recorded under rejected: and not drafted again.",
  }),
  notes: z.array(z.string()).meta({ description: "What was found and not drafted, with why." }),
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
