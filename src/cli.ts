/**
 * The command line: parse arguments against the command table, dispatch to a
 * command, print diagnostics, return the exit code. `run` never exits the
 * process and never throws for a problem the user can fix, so tests call it
 * in-process.
 *
 * It is also the one owner of shutdown. Each run holds an AbortController and
 * a cleanup registry, passed down to the command. On SIGINT or SIGTERM (from
 * `io.signals`) a command that stops by itself (watch) is asked to stop and
 * ends with its own exit code; any other is interrupted: every cleanup runs
 * at once (temp files being written are removed, browsers killed), the run
 * says so and returns 130 (SIGINT) or 143 (SIGTERM) without waiting for the
 * command, whose remaining work is abandoned and prints nothing more.
 */
import { CleanupRegistry } from "./cleanup-registry.js";
import { findCommand } from "./cli/command-table.js";
import { formatCommandHelp, formatGeneralHelp } from "./cli/format-help.js";
import { parseCommandLine, unknownCommand } from "./cli/parse-command-line.js";
import type { Reporter } from "./commands/report.js";
import { removePendingTempFiles } from "./commands/write-output.js";
import { type Diagnostic, type FindingsLayout, formatFindings } from "./diagnostics/index.js";
import { CliError, ExitCode } from "./errors.js";
import { VERSION } from "./package-info.js";
import { killBrowserGroup, liveBrowserPids } from "./print/launch-browser.js";
import { escapeControls } from "./text/escape-controls.js";
import { trace } from "./trace.js";

/** The signals a run answers. */
export type StopSignal = "SIGINT" | "SIGTERM";

/** Where a run hears SIGINT and SIGTERM: `process` for the executable, any emitter in tests. */
export interface SignalSource {
  on(signal: StopSignal, listener: (signal: StopSignal) => void): unknown;
  off(signal: StopSignal, listener: (signal: StopSignal) => void): unknown;
}

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Without it the run hears no signal (tests that call it in-process). */
  readonly signals?: SignalSource;
}

/** How much of one message a terminal gets: a 2 MB key is named by its start and its length. */
const MAX_MESSAGE_CHARS = 400;

function capped(text: string): string {
  if (text.length <= MAX_MESSAGE_CHARS) return text;
  return `${text.slice(0, MAX_MESSAGE_CHARS)}… (${text.length.toLocaleString("en-GB")} characters in all)`;
}

function makeReporter(out: (text: string) => void, err: (text: string) => void): Reporter {
  return {
    // What the data says (values, keys, file names, the sources' own text in a hint) is echoed with
    // its control characters escaped: an escape sequence in a source must not repaint the terminal.
    diagnostics(list: readonly Diagnostic[], layout?: FindingsLayout) {
      const shown = list.map((d) => ({
        ...d,
        file: escapeControls(capped(d.file)),
        message: escapeControls(capped(d.message)),
        ...(d.hint === undefined ? {} : { hint: escapeControls(capped(d.hint)) }),
      }));
      for (const text of formatFindings(shown, layout)) err(`${text}\n`);
    },
    info(line: string) {
      out(`${escapeLines(line)}\n`);
    },
  };
}

/** The help of `name`, or the general help. */
function helpOf(name: string | undefined): string {
  if (name === undefined) return formatGeneralHelp();
  const command = findCommand(name);
  if (command === undefined) throw unknownCommand(name);
  return formatCommandHelp(command);
}

/** A message's lines as they are, but nothing in them (a file name, an argument) repaints the terminal. */
function escapeLines(text: string): string {
  return text.split("\n").map(escapeControls).join("\n");
}

/** Kills every browser this process started: for an interrupt, which cannot wait for a close. */
function killLiveBrowsers(): void {
  for (const pid of liveBrowserPids) killBrowserGroup(pid);
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  trace("cli: started");
  const cwd = io.cwd ?? process.cwd();
  const controller = new AbortController();
  const cleanup = new CleanupRegistry();
  cleanup.add(killLiveBrowsers);
  cleanup.add(removePendingTempFiles);

  // After an interrupt, the abandoned command prints nothing more.
  let open = true;
  const out = (text: string) => {
    if (open) io.out(text);
  };
  const err = (text: string) => {
    if (open) io.err(text);
  };

  let stopsOnSignal = false;
  let signalled = false;
  let interrupt: (code: number) => void = () => undefined;
  const interrupted = new Promise<number>((resolve) => {
    interrupt = resolve;
  });
  const onSignal = (signal: StopSignal): void => {
    const first = !signalled;
    signalled = true;
    controller.abort(signal);
    // Asked once, a command that stops by itself closes what it opened; asked again, it is interrupted.
    if (stopsOnSignal && first) return;
    cleanup.run();
    err(`factsheet: interrupted (${signal}); nothing was left half-written.\n`);
    open = false;
    interrupt(signal === "SIGINT" ? ExitCode.interrupted : ExitCode.terminated);
  };
  io.signals?.on("SIGINT", onSignal);
  io.signals?.on("SIGTERM", onSignal);

  const dispatch = async (): Promise<number> => {
    const line = parseCommandLine(argv);
    if (line.kind === "version") {
      out(`${VERSION}\n`);
      return ExitCode.ok;
    }
    if (line.kind === "help") {
      out(`${line.command === undefined ? formatGeneralHelp() : formatCommandHelp(line.command)}\n`);
      return line.exitCode;
    }
    stopsOnSignal = line.command.stopsOnSignal === true;
    return await line.command.run(line.values, line.operands, {
      cwd,
      env: io.env ?? process.env,
      out,
      err,
      report: makeReporter(out, err),
      signal: controller.signal,
      cleanup,
      help: helpOf,
    });
  };

  try {
    // An interrupt ends the run at once; the command's own end, when it comes, is ignored.
    return await Promise.race([dispatch(), interrupted]);
  } catch (error) {
    if (error instanceof CliError) {
      err(`factsheet: ${escapeLines(error.message)}\n`);
      return error.exitCode;
    }
    // A bug in factsheet, not a mistake in the data: say so plainly, with the stack for the report.
    err(
      `factsheet: internal error, please report it: ${escapeLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
    return 70;
  } finally {
    io.signals?.off("SIGINT", onSignal);
    io.signals?.off("SIGTERM", onSignal);
  }
}
