/**
 * A mistake on the command line: exit 2, and a pointer to the help of the
 * command it was made with (or to the general help).
 */
import { CliError, ExitCode } from "../errors.js";

export function usageError(message: string, command?: string): CliError {
  const help = command === undefined ? "factsheet --help" : `factsheet ${command} --help`;
  return new CliError(`${message}\nRun \`${help}\` for usage.`, ExitCode.usage);
}
