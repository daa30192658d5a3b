/**
 * `--since`: the edition to compare with, given as a snapshot file written
 * by an earlier build, or as a git revision of the brief.
 */
import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { parseSnapshot, type Snapshot, takeSnapshot } from "../brief/snapshot.js";
import { CliError, ExitCode } from "../errors.js";
import { parseYaml } from "../factbase/parse-yaml.js";
import { FactBase } from "../factbase/schema.js";
import { validateSchema } from "../factbase/validate-schema.js";

const run = promisify(execFile);

export const loadSince = async (since: string, briefFile: string, cwd: string): Promise<Snapshot> => {
  const asFile = path.resolve(cwd, since);
  if (existsSync(asFile) && statSync(asFile).isFile()) {
    const snapshot = parseSnapshot(await readFile(asFile, "utf8"));
    if (!snapshot) throw new CliError(`${since} is not a snapshot written by factsheet.`, ExitCode.input);
    return snapshot;
  }
  // A git revision: the brief as it was then. Never an option to git.
  if (since.startsWith("-") || since.trim() === "") {
    throw new CliError(`--since ${since}: not a snapshot file or a git revision.`, ExitCode.usage);
  }
  const absolute = path.resolve(cwd, briefFile);
  let text: string;
  try {
    const { stdout: top } = await run("git", ["rev-parse", "--show-toplevel"], { cwd: path.dirname(absolute) });
    const relative = path.relative(top.trim(), absolute).split(path.sep).join("/");
    text = (
      await run("git", ["show", "--end-of-options", `${since}:${relative}`], {
        cwd: top.trim(),
        maxBuffer: 16 * 1024 * 1024,
      })
    ).stdout;
  } catch {
    throw new CliError(
      `--since ${since}: neither a snapshot file nor a git revision that has ${briefFile}.`,
      ExitCode.usage,
    );
  }
  const parsed = await parseYaml(`${briefFile}@${since}`, text);
  const checked = validateSchema(FactBase, parsed);
  if (!checked.value) {
    throw new CliError(`--since ${since}: the brief at that revision does not validate.`, ExitCode.input);
  }
  return takeSnapshot(checked.value);
};
