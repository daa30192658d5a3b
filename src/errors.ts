/**
 * Problems in the environment (no browser, unwritable output folder, bad
 * arguments): a typed error carrying one sentence that says what to do and
 * the exit code the CLI ends with. Problems in the data are diagnostics, not
 * errors.
 */
export const ExitCode = {
  ok: 0,
  /** The fact base has errors (check failed). */
  checkFailed: 1,
  /** The command line was wrong. */
  usage: 2,
  /** A file named on the command line could not be read. */
  input: 3,
  /** No browser was found for a PDF. */
  noBrowser: 4,
  /** The output could not be written. */
  output: 5,
  /** The browser failed or timed out while printing. */
  render: 6,
  /** Interrupted by Ctrl-C (SIGINT): 128 + 2. */
  interrupted: 130,
  /** Ended by SIGTERM: 128 + 15. */
  terminated: 143,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export class CliError extends Error {
  readonly exitCode: ExitCodeValue;

  constructor(message: string, exitCode: ExitCodeValue, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
