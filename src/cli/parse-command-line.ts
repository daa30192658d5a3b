/**
 * Reads the command line against the command table: the command (the first
 * operand, wherever the options stand), then each option against that
 * command's own options. A mistake is a usage error that says what to do:
 * the command that takes an option given to the wrong one, the option or
 * command a typo meant, the values an option accepts. Whatever came from the
 * command line is shown with its control characters escaped.
 */
import { parseArgs } from "node:util";
import { escapeControls } from "../text/escape-controls.js";
import type { CommandSpec, OptionSpec, OptionTable } from "./command-spec.js";
import { COMMAND_TABLE, findCommand, GLOBAL_OPTIONS } from "./command-table.js";
import { nearest } from "./nearest.js";
import { usageError } from "./usage-error.js";

export type CommandLine =
  /** Help: one command's, or the general help (`exitCode` 2 when no command was named at all). */
  | { readonly kind: "help"; readonly command: CommandSpec | undefined; readonly exitCode: 0 | 2 }
  | { readonly kind: "version" }
  | {
      readonly kind: "run";
      readonly command: CommandSpec;
      readonly values: Readonly<Record<string, string | boolean | readonly string[]>>;
      readonly operands: readonly string[];
    };

type ParseConfig = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/**
 * Every option of every command, by name: an option has one type in every command that takes it,
 * so the command line splits into options, values and operands the same way whichever command it is.
 */
function allOptions(): ReadonlyMap<string, OptionSpec> {
  const all = new Map<string, OptionSpec>(Object.entries(GLOBAL_OPTIONS));
  for (const command of COMMAND_TABLE) {
    for (const [name, spec] of Object.entries(command.options)) {
      const seen = all.get(name);
      if (seen !== undefined && seen.type !== spec.type)
        throw new Error(`--${name} is a ${seen.type} in one command and a ${spec.type} in ${command.name}`);
      all.set(name, spec);
    }
  }
  return all;
}

/** The commands that take an option, in table order. */
function commandsTaking(option: string): string[] {
  return COMMAND_TABLE.filter((c) => Object.hasOwn(c.options, option)).map((c) => c.name);
}

/** "a, b or c" (or "a, b and c") */
function either(words: readonly string[], conjunction = "or"): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} ${conjunction} ${words.at(-1)}`;
}

/** A name that is no command, with the command it likely meant, or else the list of them. */
export function unknownCommand(name: string): Error {
  const shown = escapeControls(name);
  const meant = nearest(
    name,
    COMMAND_TABLE.map((c) => c.name),
  );
  return usageError(
    meant === undefined
      ? `Unknown command "${shown}". The commands are ${either(
          COMMAND_TABLE.map((c) => c.name),
          "and",
        )}.`
      : `Unknown command "${shown}". Did you mean ${meant}?`,
  );
}

/** The message for an option the command does not take. */
function notAnOption(rawName: string, name: string, command: CommandSpec, all: ReadonlyMap<string, OptionSpec>) {
  const shown = escapeControls(rawName);
  const own = [...Object.keys(command.options), ...Object.keys(GLOBAL_OPTIONS)];
  const takers = commandsTaking(name);
  if (takers.length > 0 && all.has(name))
    return `${shown} is not an option of ${command.name}; it is an option of ${either(takers)}.`;
  const meant = rawName.startsWith("--") ? nearest(name, own) : undefined;
  if (meant !== undefined) return `${shown}: did you mean --${meant}?`;
  const elsewhere = rawName.startsWith("--") ? nearest(name, all.keys()) : undefined;
  if (elsewhere !== undefined)
    return `${shown} is not an option of ${command.name}; did you mean --${elsewhere}, an option of ${either(commandsTaking(elsewhere))}?`;
  return `${shown} is not an option of ${command.name}.`;
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const all = allOptions();
  const config: ParseConfig = {};
  for (const [name, spec] of all)
    config[name] = spec.type === "boolean" && spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  const { tokens } = parseArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });

  const first = tokens.find((t) => t.kind === "positional");
  const asked = (name: keyof typeof GLOBAL_OPTIONS) => tokens.some((t) => t.kind === "option" && t.name === name);
  if (first === undefined) {
    if (asked("version") && !asked("help")) return { kind: "version" };
    return { kind: "help", command: undefined, exitCode: asked("help") ? 0 : 2 };
  }
  const command = findCommand(first.value);
  if (command === undefined) throw unknownCommand(first.value);
  // Asking for help wins over any mistake made next to it: it is how one finds out what went wrong.
  if (asked("help")) return { kind: "help", command, exitCode: 0 };
  if (asked("version")) return { kind: "version" };

  const values: Record<string, string | boolean | string[]> = {};
  const operands: string[] = [];
  for (const token of tokens) {
    if (token === first || token.kind === "option-terminator") continue;
    if (token.kind === "positional") {
      operands.push(token.value);
      continue;
    }
    const spec: OptionSpec | undefined = (command.options as OptionTable)[token.name];
    if (spec === undefined || !Object.hasOwn(command.options, token.name))
      throw usageError(notAnOption(token.rawName, token.name, command, all), command.name);
    const flag = `--${token.name}`;
    if (spec.type === "boolean") {
      if (token.value !== undefined) throw usageError(`${flag} takes no value.`, command.name);
      values[token.name] = true;
      continue;
    }
    const placeholder = spec.choices ? spec.choices.join("|") : (spec.value ?? "VALUE");
    if (token.value === undefined) throw usageError(`${flag} needs a value: ${flag} ${placeholder}.`, command.name);
    if (!token.inlineValue && token.value.startsWith("-"))
      throw usageError(
        `${flag} needs a value: ${flag} ${placeholder} (a value that starts with "-" is given as ${flag}=${escapeControls(token.value)}).`,
        command.name,
      );
    let value = token.value;
    if (spec.choices) {
      const lower = value.toLowerCase();
      if (!spec.choices.includes(lower))
        throw usageError(`${flag} ${escapeControls(value)}: ${either(spec.choices)}.`, command.name);
      value = lower;
    }
    if (spec.accepts && !spec.accepts.test(value))
      throw usageError(`${flag} ${escapeControls(value)}: ${spec.accepts.expected}.`, command.name);
    if (spec.multiple) {
      const list = values[token.name];
      values[token.name] = Array.isArray(list) ? [...list, value] : [value];
    } else values[token.name] = value;
  }
  if (command.operands && operands.length > command.operands.max)
    throw usageError(escapeControls(command.operands.tooMany(operands)), command.name);
  return { kind: "run", command, values, operands };
}
