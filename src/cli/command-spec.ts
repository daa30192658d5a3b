/**
 * The shape of one command in the command table: its forms and help text,
 * the options it takes (each with its own help line and the values it
 * accepts), the operands it takes, and what it runs. The parser, the help
 * and the tests are all generated from these.
 */
import type { CleanupRegistry } from "../cleanup-registry.js";
import type { Reporter } from "../commands/report.js";

export interface BooleanOption {
  readonly type: "boolean";
  /** A one-letter alias (`-h`). */
  readonly short?: string;
  /** One line (or a few, separated by "\n") for the help. */
  readonly help: string;
}

export interface StringOption<Choice extends string = string> {
  readonly type: "string";
  /** What the value is, in the help (`DIR`); options with choices show the choices instead. */
  readonly value?: string;
  readonly help: string;
  /** The only values accepted (compared without case). */
  readonly choices?: readonly Choice[];
  /** A check on the value, and what is expected when it fails ("a port number from 0 to 65535"). */
  readonly accepts?: { readonly test: (value: string) => boolean; readonly expected: string };
  /** A value this option accepts, for the tests generated from the table (options with choices use the first). */
  readonly example?: string;
  /** Given more than once, each value is kept (`--from a --from b`); the command receives a list. */
  readonly multiple?: boolean;
}

export type OptionSpec = BooleanOption | StringOption;
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** The value an option gives: `true` for a flag, one of its choices, the string given, or each one given. */
export type OptionValue<S extends OptionSpec> = S extends BooleanOption
  ? boolean
  : S extends { readonly multiple: true }
    ? readonly string[]
    : S extends { readonly choices: readonly (infer Choice)[] }
      ? Choice
      : S extends { readonly type: "string"; readonly multiple?: false | undefined }
        ? string
        : // Any string option (the table's own type): one value or several.
          string | readonly string[];

/** The values of a command's options, as its `run` receives them: absent when not given. */
export type OptionValues<O extends OptionTable> = { readonly [K in keyof O]?: OptionValue<O[K]> };

/** What a command runs with, besides its options and operands. */
export interface CommandContext {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly report: Reporter;
  /** Aborted on Ctrl-C or SIGTERM. */
  readonly signal: AbortSignal;
  /** Cleanups run at once when the run is interrupted. */
  readonly cleanup: CleanupRegistry;
  /** The help of one command, or the general help; a name that is no command is a usage error. */
  readonly help: (command?: string) => string;
}

export interface CommandSpec<O extends OptionTable = OptionTable> {
  readonly name: string;
  /** Each form of the command with its one-line summary, for the usage lines of both helps. */
  readonly forms: readonly (readonly [form: string, summary: string])[];
  /** What the command does, for its own help (pre-wrapped at 100 columns). */
  readonly description: string;
  readonly options: O;
  /** How many operands it takes at most, and what to say when given more; unlimited without. */
  readonly operands?: { readonly max: number; readonly tooMany: (operands: readonly string[]) => string };
  /**
   * SIGINT and SIGTERM ask this command to stop (its `signal` aborts) and it ends by itself, with its
   * own exit code (watch). Otherwise they interrupt it: the run ends at once with 130 or 143.
   */
  readonly stopsOnSignal?: boolean;
  /** A note closing its help (how it ends, what it exits with). */
  readonly note?: string;
  /** Command lines to copy, each with what it does: the end of the command's help. */
  readonly examples?: readonly (readonly [command: string, what: string])[];
  run(values: OptionValues<O>, operands: readonly string[], context: CommandContext): Promise<number>;
}

/** Declares a command, so that its `run` sees the types of its own options. */
export function defineCommand<const O extends OptionTable>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}
