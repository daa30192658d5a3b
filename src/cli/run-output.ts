/**
 * What one run prints, and how: for people, or (--json) one JSON document.
 *
 * For people, diagnostics go to stderr and result lines to stdout, every
 * value from the data with its control characters escaped. A stream that is
 * a terminal gets colour (NO_COLOR and FORCE_COLOR decide, see style.ts); a
 * stderr that is a terminal also gets each diagnostic's line with a caret
 * under its place, the words that differ when words do not match their
 * source, and a progress line overwritten in place, cleared before anything
 * else is written. `--quiet` keeps the errors only.
 *
 * With --json, stdout holds the document alone, printed when the command
 * ends (also when it ends with an error: the document says which); the
 * result lines, the progress and whatever the command would write to stdout
 * itself are left out of it, or into it.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Reporter } from "../commands/report.js";
import {
  assembleReport,
  REPORTING_COMMANDS,
  type ReportingCommand,
  type ReportRecord,
  serializeReport,
} from "../commands/report-records.js";
import {
  ANSI,
  type Diagnostic,
  type FindingsLayout,
  formatFindings,
  PLAIN,
  TextLines,
  wantsColour,
  withSpan,
} from "../diagnostics/index.js";
import { escapeControls } from "../text/escape-controls.js";

/** Which of a run's streams are terminals, and how wide stderr's is. */
export interface TerminalInfo {
  readonly out?: boolean;
  readonly err?: boolean;
  readonly columns?: number;
}

export interface OutputOptions {
  /** The command run; a command that prints a JSON report, with `json`. */
  readonly command: string;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly terminal?: TerminalInfo | undefined;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface RunOutput {
  readonly report: Reporter;
  /** What the command writes to stdout itself (extract's draft); under --json it goes into the document instead. */
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /**
   * The command ended with `code` (`error`: the message of the error it ended with): the progress
   * line is cleared and, under --json, the document printed.
   */
  finish(code: number, error?: string): void;
}

/** How much of one message a terminal gets: a 2 MB key is named by its start and its length. */
const MAX_MESSAGE_CHARS = 400;

/** Files larger than this are not read again to show a line of them. */
const MAX_SHOWN_FILE_BYTES = 8 * 1024 * 1024;

function capped(text: string): string {
  if (text.length <= MAX_MESSAGE_CHARS) return text;
  return `${text.slice(0, MAX_MESSAGE_CHARS)}… (${text.length.toLocaleString("en-GB")} characters in all)`;
}

/** A message's lines as they are, but nothing in them (a file name, an argument) repaints the terminal. */
export function escapeLines(text: string): string {
  return text.split("\n").map(escapeControls).join("\n");
}

/**
 * The lines of the files diagnostics name, read as the loader reads them (a BOM dropped, CRLF as
 * LF), kept while the file is unchanged: a long-running watch reads a file again once it is saved.
 */
function fileLines(cwd: string): (file: string) => TextLines | undefined {
  const kept = new Map<string, { stamp: string; lines: TextLines }>();
  return (file) => {
    const full = path.resolve(cwd, file);
    try {
      const info = statSync(full);
      if (!info.isFile() || info.size > MAX_SHOWN_FILE_BYTES) return undefined;
      const stamp = `${info.size}:${info.mtimeMs}`;
      const known = kept.get(full);
      if (known?.stamp === stamp) return known.lines;
      const text = readFileSync(full, "utf8")
        .replace(/^\uFEFF/, "")
        .replace(/\r\n?/g, "\n");
      const lines = new TextLines(text);
      kept.set(full, { stamp, lines });
      return lines;
    } catch {
      return undefined;
    }
  };
}

const isYaml = (file: string): boolean => /\.ya?ml$/i.test(file);

/** Errors only (`--quiet`): what fails the run. */
const errorsOf = (list: readonly Diagnostic[]): Diagnostic[] =>
  list.filter((d) => d.severity === "error" && d.accepted === undefined);

/**
 * One line on a terminal that says where a long step stands, overwritten in place: cleared
 * before any other text is written, and written again after it.
 */
class ProgressLine {
  #status: string | undefined;
  readonly #write: (text: string) => void;
  readonly #columns: number;

  constructor(write: (text: string) => void, columns: number) {
    this.#write = write;
    this.#columns = columns;
  }

  set(status: string | undefined): void {
    const shown = status === undefined ? undefined : this.#fit(escapeControls(status));
    if (shown === this.#status) return;
    this.#write(`\r\u001b[2K${shown ?? ""}`);
    this.#status = shown;
  }

  /** Writes through `write` with the line out of the way. */
  around(write: () => void): void {
    const status = this.#status;
    if (status !== undefined) this.#write("\r\u001b[2K");
    write();
    if (status !== undefined) this.#write(status);
  }

  clear(): void {
    this.set(undefined);
  }

  /** Shorter than the terminal is wide: a line that wraps cannot be overwritten. */
  #fit(text: string): string {
    const room = Math.max(10, this.#columns - 1);
    return text.length <= room ? text : `${text.slice(0, room - 1)}…`;
  }
}

export function createRunOutput(options: OutputOptions): RunOutput {
  const lines = fileLines(options.cwd);
  const spanned = (d: Diagnostic): Diagnostic => withSpan(d, isYaml(d.file) ? lines(d.file) : undefined);
  if (options.json) {
    const command = REPORTING_COMMANDS.find((c) => c === options.command);
    if (command === undefined) throw new Error(`${options.command} has no JSON report`);
    return jsonOutput(command, options, spanned);
  }

  const terminal = options.terminal ?? {};
  // A pseudo-terminal may say it is 0 columns wide: that is not knowing.
  const columns = terminal.columns !== undefined && terminal.columns > 0 ? terminal.columns : undefined;
  const errStyle = wantsColour(options.env, terminal.err === true) ? ANSI : PLAIN;
  const progress = terminal.err === true && !options.quiet ? new ProgressLine(options.err, columns ?? 80) : undefined;
  const out = (text: string) => (progress ? progress.around(() => options.out(text)) : options.out(text));
  const err = (text: string) => (progress ? progress.around(() => options.err(text)) : options.err(text));

  const report: Reporter = {
    // What the data says (values, keys, file names, the sources' own text in a hint) is echoed with
    // its control characters escaped: an escape sequence in a source must not repaint the terminal.
    diagnostics(list: readonly Diagnostic[], layout?: FindingsLayout) {
      const kept = options.quiet ? errorsOf(list) : list;
      const named = new Map<string, string>();
      const shown = kept.map((d) => {
        const file = escapeControls(capped(d.file));
        named.set(file, d.file);
        return {
          // The span is for the caret under the line, which only a terminal gets.
          ...(terminal.err === true ? spanned(d) : d),
          file,
          message: escapeControls(capped(d.message)),
          ...(d.hint === undefined ? {} : { hint: escapeControls(capped(d.hint)) }),
        };
      });
      const format = {
        style: errStyle,
        ...(terminal.err === true
          ? {
              terminal: {
                lines: (file: string) => {
                  const raw = named.get(file);
                  return raw === undefined ? undefined : lines(raw);
                },
                ...(columns === undefined ? {} : { width: columns }),
              },
            }
          : {}),
      };
      for (const text of formatFindings(shown, layout, format)) err(`${text}\n`);
    },
    info(line: string) {
      if (!options.quiet) out(`${escapeLines(line)}\n`);
    },
    problem(line: string) {
      out(`${escapeLines(line)}\n`);
    },
    ...(progress === undefined ? {} : { progress: (status: string | undefined) => progress.set(status) }),
  };
  // What a command writes to stderr itself is what it says besides its findings (extract's summary):
  // --quiet leaves it out.
  return { report, out, err: options.quiet ? () => undefined : err, finish: () => progress?.clear() };
}

function jsonOutput(
  command: ReportingCommand,
  options: OutputOptions,
  spanned: (d: Diagnostic) => Diagnostic,
): RunOutput {
  const diagnostics: Diagnostic[] = [];
  const records: ReportRecord[] = [];
  let printed = false;
  const report: Reporter = {
    diagnostics(list) {
      diagnostics.push(...(options.quiet ? errorsOf(list) : list).map(spanned));
    },
    info: () => undefined,
    record(entry) {
      records.push(entry);
    },
  };
  return {
    report,
    // The document is the only thing on stdout: what a command writes there is in its record.
    out: () => undefined,
    err: options.err,
    finish(code, error) {
      if (printed) return;
      printed = true;
      options.out(`${serializeReport(assembleReport(command, code, diagnostics, records, error))}\n`);
    },
  };
}
