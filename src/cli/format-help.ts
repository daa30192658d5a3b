/**
 * The help texts, printed from the command table: the general help (each
 * command's forms, and the options each takes) and one command's help (what
 * it does, and each of its options with what it is for).
 */
import { VERSION } from "../package-info.js";
import type { CommandSpec, OptionSpec } from "./command-spec.js";
import { COMMAND_TABLE, EXIT_CODES, GLOBAL_OPTIONS } from "./command-table.js";

/** Where the help column starts. */
const COLUMN = 30;
/** The width the option lists are wrapped to. */
const WIDTH = 100;

/** A two-column row: `left`, then `right` (its lines aligned at the column). */
function row(left: string, right: string): string {
  const [first = "", ...rest] = right.split("\n");
  const head =
    left.length + 2 < COLUMN ? `  ${left.padEnd(COLUMN - 2)}${first}` : `  ${left}\n${" ".repeat(COLUMN)}${first}`;
  return [head, ...rest.map((line) => `${" ".repeat(COLUMN)}${line}`)].join("\n");
}

/** `--format html|pdf|all`, `--out DIR`, `-h, --help` */
function optionForm(name: string, spec: OptionSpec): string {
  const flag = spec.type === "boolean" && spec.short ? `-${spec.short}, --${name}` : `--${name}`;
  if (spec.type === "boolean") return flag;
  return `${flag} ${spec.choices ? spec.choices.join("|") : (spec.value ?? "VALUE")}${spec.multiple ? "..." : ""}`;
}

/** `[--strict] [--out DIR] ...`, wrapped under `indent` spaces. */
function synopsis(command: CommandSpec, indent: number): string {
  const lines: string[] = [];
  let line = "";
  for (const [name, spec] of Object.entries(command.options)) {
    const part = `[${optionForm(name, spec)}]`;
    if (line !== "" && indent + line.length + 1 + part.length > WIDTH) {
      lines.push(line);
      line = part;
    } else line = line === "" ? part : `${line} ${part}`;
  }
  if (line !== "") lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

export function formatGeneralHelp(): string {
  const forms = COMMAND_TABLE.flatMap((c) => c.forms.map(([form, summary]) => row(`factsheet ${form}`, summary)));
  const withOptions = COMMAND_TABLE.filter((c) => Object.keys(c.options).length > 0);
  const width = Math.max(...withOptions.map((c) => c.name.length));
  const options = withOptions.map((c) => {
    const head = `  ${c.name.padEnd(width)}  `;
    return `${head}${synopsis(c, head.length)}`;
  });
  return [
    `factsheet ${VERSION}: check a YAML fact base against its sources and print it as HTML and PDF.`,
    "",
    "Usage:",
    ...forms,
    "",
    "FILE defaults to the only brief (*.yaml) in ./data.",
    "",
    "Options of each command (`factsheet COMMAND --help` says what each does):",
    ...options,
    "",
    "Other:",
    ...Object.entries(GLOBAL_OPTIONS).map(([name, spec]) => row(optionForm(name, spec), spec.help)),
    "",
    EXIT_CODES,
  ].join("\n");
}

export function formatCommandHelp(command: CommandSpec): string {
  const options = { ...command.options, help: GLOBAL_OPTIONS.help };
  return [
    ...command.forms.map(([form], i) => `${i === 0 ? "Usage: " : "       "}factsheet ${form}`),
    "",
    command.description,
    "",
    "Options:",
    ...Object.entries(options).map(([name, spec]) => row(optionForm(name, spec), spec.help)),
    ...(command.note === undefined ? [] : ["", command.note]),
    ...(command.examples === undefined || command.examples.length === 0
      ? []
      : ["", "Examples:", ...command.examples.flatMap(([line, what]) => [`  ${line}`, `      ${what}`])]),
    "",
    EXIT_CODES,
  ].join("\n");
}
