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
import { createRunOutput, escapeLines, type RunOutput, type TerminalInfo } from "./cli/run-output.js";
import { removePendingTempFiles } from "./commands/write-output.js";
import { CliError, ExitCode } from "./errors.js";
import { VERSION } from "./package-info.js";
import { killBrowserGroup, liveBrowserPids } from "./print/launch-browser.js";
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
  /** Which of `out` and `err` are terminals (colour, the lines under diagnostics, progress); none without it. */
  readonly terminal?: TerminalInfo;
}

/** The help of `name`, or the general help. */
function helpOf(name: string | undefined): string {
  if (name === undefined) return formatGeneralHelp();
  const command = findCommand(name);
  if (command === undefined) throw unknownCommand(name);
  return formatCommandHelp(command);
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

  // What the command prints, and how: for people, or one JSON document (--json).
  let output: RunOutput | undefined;
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
    const code = signal === "SIGINT" ? ExitCode.interrupted : ExitCode.terminated;
    output?.finish(code, `interrupted (${signal}); nothing was left half-written.`);
    err(`factsheet: interrupted (${signal}); nothing was left half-written.\n`);
    open = false;
    interrupt(code);
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
    const env = io.env ?? process.env;
    const json = line.values.json === true;
    output = createRunOutput({
      command: line.command.name,
      json,
      quiet: line.values.quiet === true,
      cwd,
      env,
      terminal: io.terminal,
      out,
      err,
    });
    // A JSON report lists every finding, as --verbose does.
    const values =
      json && Object.hasOwn(line.command.options, "verbose") ? { ...line.values, verbose: true } : line.values;
    const code = await line.command.run(values, line.operands, {
      cwd,
      env,
      out: output.out,
      err: output.err,
      report: output.report,
      signal: controller.signal,
      cleanup,
      help: helpOf,
    });
    output.finish(code);
    return code;
  };

  try {
    // An interrupt ends the run at once; the command's own end, when it comes, is ignored.
    return await Promise.race([dispatch(), interrupted]);
  } catch (error) {
    if (error instanceof CliError) {
      output?.finish(error.exitCode, error.message);
      err(`factsheet: ${escapeLines(error.message)}\n`);
      return error.exitCode;
    }
    // A bug in factsheet, not a mistake in the data: say so plainly, with the stack for the report.
    const message = error instanceof Error ? error.message : String(error);
    output?.finish(70, `internal error, please report it: ${message}`);
    err(
      `factsheet: internal error, please report it: ${escapeLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
    return 70;
  } finally {
    io.signals?.off("SIGINT", onSignal);
    io.signals?.off("SIGTERM", onSignal);
  }
}
