/**
 * The edition to compare with, when it is not the latest snapshot a build
 * left: the one `--since` names (a snapshot file written by an earlier build,
 * or a git revision of the brief), or, when there is no snapshot at all (a
 * fresh clone: out/ is not committed), the brief's git history: the last
 * commit whose brief has an earlier `as_of`.
 *
 * git runs without a shell, with fixed arguments; a revision is never taken
 * for an option (`--end-of-options`), and paths come after `--`.
 */
import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { resolveEdition } from "../brief/resolve-brief.js";
import { parseSnapshot, type Snapshot } from "../brief/snapshot.js";
import { CliError, ExitCode } from "../errors.js";
import { withoutDrafts } from "../factbase/drafts.js";
import { DEFAULT_CATALOG, MAX_FILE_BYTES } from "../factbase/load-fact-base.js";
import { parseYaml } from "../factbase/parse-yaml.js";
import { FactBase, SourceCatalog, type SourceEntry } from "../factbase/schema.js";
import { validateSchema } from "../factbase/validate-schema.js";

const run = promisify(execFile);

/** How many of the brief's commits the history is searched through for an earlier edition. */
const MAX_COMMITS = 1000;

const git = async (args: readonly string[], cwd: string): Promise<string> =>
  (await run("git", [...args], { cwd, maxBuffer: 2 * MAX_FILE_BYTES, windowsHide: true })).stdout;

/** The repository a file is in, and the file's path inside it; undefined outside git (or without git). */
const locateInRepository = async (file: string): Promise<{ top: string; relative: string } | undefined> => {
  try {
    const top = (await git(["rev-parse", "--show-toplevel"], path.dirname(file))).trim();
    const relative = path.relative(top, file).split(path.sep).join("/");
    if (relative.startsWith("../") || path.isAbsolute(relative)) return undefined;
    return { top, relative };
  } catch {
    return undefined;
  }
};

/** A file as committed at a revision, or undefined. */
const showAt = async (top: string, revision: string, relative: string): Promise<string | undefined> =>
  git(["show", "--end-of-options", `${revision}:${relative}`], top).catch(() => undefined);

/** The source catalogue the brief names, as committed with it (else as it stands now, in the same repository). */
const catalogAt = async (
  top: string,
  revision: string,
  briefRelative: string,
  named: string | undefined,
): Promise<ReadonlyMap<string, SourceEntry>> => {
  const relative = path.posix.normalize(path.posix.join(path.posix.dirname(briefRelative), named ?? DEFAULT_CATALOG));
  if (relative.startsWith("../") || path.posix.isAbsolute(relative)) return new Map();
  const text =
    (await showAt(top, revision, relative)) ??
    (await readFile(path.join(top, ...relative.split("/")), "utf8").catch(() => undefined));
  if (text === undefined || text.length > MAX_FILE_BYTES) return new Map();
  const checked = validateSchema(SourceCatalog, await parseYaml(relative, text));
  return new Map((checked.value?.sources ?? []).map((s) => [s.id, s]));
};

/** The brief's text at a revision, as an edition's snapshot; undefined when it does not validate. */
const snapshotOf = async (
  top: string,
  revision: string,
  relative: string,
  text: string,
  commit: string,
): Promise<Snapshot | undefined> => {
  const checked = validateSchema(FactBase, await parseYaml(`${relative}@${commit}`, text));
  if (!checked.value) return undefined;
  const catalog = await catalogAt(top, revision, relative, checked.value.sources);
  // Printed without its drafts, as a build prints it; numbered in order of first use.
  const { snapshot } = resolveEdition(withoutDrafts(checked.value), catalog, { version: "" });
  return { ...snapshot, commit };
};

/** The edition `--since` names: a snapshot file, or a git revision of the brief. */
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
  const notFound = () =>
    new CliError(`--since ${since}: neither a snapshot file nor a git revision that has ${briefFile}.`, ExitCode.usage);
  const where = await locateInRepository(path.resolve(cwd, briefFile));
  if (!where) throw notFound();
  const text = await showAt(where.top, since, where.relative);
  const commit = await git(["rev-parse", "--short", "--verify", "--end-of-options", `${since}^{commit}`], where.top)
    .then((out) => out.trim())
    .catch(() => undefined);
  if (text === undefined || commit === undefined) throw notFound();
  const snapshot = await snapshotOf(where.top, since, where.relative, text, commit);
  if (!snapshot) {
    throw new CliError(`--since ${since}: the brief at that revision does not validate.`, ExitCode.input);
  }
  return snapshot;
};

/** The `as_of` a brief's text states, read without parsing it all (a quick look, confirmed by the parse). */
const statedAsOf = (text: string): string | undefined =>
  /^as_of:[ \t]*["']?(\d{4}-\d{2}-\d{2})["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];

/**
 * The previous edition in the brief's git history: the last commit whose brief validates and has an
 * `as_of` before `asOf`. Undefined when the brief is not in a git repository, or no commit has one.
 *
 * Only the versions where the `as_of` may differ from the newer one are read: the version before a
 * commit that changed the `as_of` line (`git log -G`), and merges (whose changes -G does not see).
 */
export const editionInHistory = async (briefFile: string, cwd: string, asOf: string): Promise<Snapshot | undefined> => {
  const where = await locateInRepository(path.resolve(cwd, briefFile));
  if (!where) return undefined;
  const range = [`--max-count=${MAX_COMMITS}`, "HEAD", "--", where.relative];
  const [log, changing] = await Promise.all([
    git(["log", "--format=%H %h %P", ...range], where.top).catch(() => ""),
    git(["log", "--format=%H", "-G^as_of:", ...range], where.top).catch(() => ""),
  ]);
  const changed = new Set(changing.split("\n").filter((line) => line !== ""));
  let mustRead = true;
  for (const line of log.split("\n")) {
    const [hash, short, ...parents] = line.split(" ");
    if (hash === undefined || short === undefined || !/^[0-9a-f]{7,64}$/.test(hash)) continue;
    const merge = parents.length > 1;
    const read = mustRead || merge;
    // The next (older) version can have another as_of only if this commit changed it.
    mustRead = changed.has(hash) || merge;
    if (!read) continue;
    const text = await showAt(where.top, hash, where.relative);
    if (text === undefined || text.length > MAX_FILE_BYTES) {
      mustRead = true;
      continue;
    }
    const stated = statedAsOf(text);
    if (stated !== undefined && stated >= asOf) continue;
    const snapshot = await snapshotOf(where.top, hash, where.relative, text, short);
    if (snapshot && snapshot.as_of < asOf) return snapshot;
    // Not a brief that validates: the version before it may be.
    mustRead = true;
  }
  return undefined;
};
