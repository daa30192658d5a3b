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
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { resolveEdition } from "../brief/resolve-brief.js";
import {
  type EditionSnapshot,
  MAX_SNAPSHOT_BYTES,
  readSnapshotBytes,
  type Snapshot,
  type SnapshotRead,
} from "../brief/snapshot.js";
import { CliError, ExitCode } from "../errors.js";
import { withoutDrafts } from "../factbase/drafts.js";
import { DEFAULT_CATALOG, MAX_FILE_BYTES, readBounded } from "../factbase/load-fact-base.js";
import { parseYaml } from "../factbase/parse-yaml.js";
import { FactBase, SourceCatalog, type SourceEntry } from "../factbase/schema.js";
import { validateSchema } from "../factbase/validate-schema.js";

const run = promisify(execFile);

/** How many of the brief's commits the history is searched through for an earlier edition. */
const MAX_COMMITS = 1000;

/** How many earlier editions are read to number the sources as they were numbered (the oldest by first use). */
const MAX_EDITIONS = 50;

const git = async (args: readonly string[], cwd: string): Promise<string> =>
  (await run("git", [...args], { cwd, maxBuffer: 2 * MAX_FILE_BYTES, windowsHide: true })).stdout;

/** The repository a file is in, and the file's path inside it; undefined outside git (or without git). */
const locateInRepository = async (file: string): Promise<Repository | undefined> => {
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

/** One version of the brief in git, validated. */
interface Version {
  readonly hash: string;
  readonly short: string;
  readonly factBase: FactBase;
}

type Repository = { readonly top: string; readonly relative: string };

const validBrief = async (relative: string, commit: string, text: string): Promise<FactBase | undefined> =>
  validateSchema(FactBase, await parseYaml(`${relative}@${commit}`, text)).value;

/** An edition's snapshot as a build prints it (without its drafts), numbered from the edition before it. */
const snapshotOf = async (
  where: Repository,
  version: Version,
  previous: Snapshot | undefined,
): Promise<EditionSnapshot> => {
  const catalog = await catalogAt(where.top, version.hash, where.relative, version.factBase.sources);
  const { snapshot } = resolveEdition(withoutDrafts(version.factBase), catalog, {
    version: "",
    ...(previous ? { previous } : {}),
  });
  return { ...snapshot, commit: version.short };
};

/** The `as_of` a brief's text states, read without parsing it all (a quick look, confirmed by the parse). */
const statedAsOf = (text: string): string | undefined =>
  /^as_of:[ \t]*["']?(\d{4}-\d{2}-\d{2})["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];

/**
 * The editions in a revision's history dated before `before`: for each `as_of`, the last commit
 * whose brief validates with it, oldest edition first. Only the versions where the `as_of` may
 * differ from the newer one are read: the version before a commit that changed the `as_of` line
 * (`git log -G`), and merges (whose changes -G does not see).
 */
const editionsBefore = async (where: Repository, revision: string, before: string): Promise<Version[]> => {
  const range = [`--max-count=${MAX_COMMITS}`, "--end-of-options", revision, "--", where.relative];
  const [log, changing] = await Promise.all([
    git(["log", "--format=%H %h %P", ...range], where.top).catch(() => ""),
    git(["log", "--format=%H", "-G^as_of:", ...range], where.top).catch(() => ""),
  ]);
  const changed = new Set(changing.split("\n").filter((line) => line !== ""));
  const editions = new Map<string, Version>();
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
    const stated = text === undefined ? undefined : statedAsOf(text);
    if (stated !== undefined && (stated >= before || editions.has(stated))) continue;
    const factBase =
      text === undefined || text.length > MAX_FILE_BYTES ? undefined : await validBrief(where.relative, short, text);
    if (factBase && factBase.as_of < before && !editions.has(factBase.as_of)) {
      editions.set(factBase.as_of, { hash, short, factBase });
    } else if (!factBase) {
      // Not a brief that validates: the version before it may be.
      mustRead = true;
    }
  }
  return [...editions.values()].sort((a, b) => (a.factBase.as_of < b.factBase.as_of ? -1 : 1)).slice(-MAX_EDITIONS);
};

/**
 * The snapshot of the newest of `editions` (oldest first), each numbered from the one before, as
 * their builds numbered them: a source keeps its number from edition to edition.
 */
const chainEditions = async (where: Repository, editions: readonly Version[]): Promise<Snapshot | undefined> => {
  let previous: Snapshot | undefined;
  for (const version of editions) previous = await snapshotOf(where, version, previous);
  return previous;
};

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/**
 * A snapshot file, read and checked (see `readSnapshot`). A file over `MAX_SNAPSHOT_BYTES` is
 * refused by its size: no more than the cap (and one byte) is ever read, even of a file that grows.
 */
export const readSnapshotFile = async (file: string): Promise<SnapshotRead> => {
  const tooLarge = (size: number): SnapshotRead => ({
    ok: false,
    message: `${megabytes(size)}, larger than the ${MAX_SNAPSHOT_BYTES / 1024 / 1024} MB a snapshot may hold`,
  });
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, message: "not a file" };
    if (info.size > MAX_SNAPSHOT_BYTES) return tooLarge(info.size);
    return readSnapshotBytes(await readBounded(file, info.size, MAX_SNAPSHOT_BYTES));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "EFBIG") return tooLarge(MAX_SNAPSHOT_BYTES + 1);
    return {
      ok: false,
      message: `cannot read the snapshot: ${code === "EACCES" ? "permission denied" : code === "ENOENT" ? "no such file" : "it could not be read"}`,
    };
  }
};

/** The edition `--since` names: a snapshot file, or a git revision of the brief. */
export const loadSince = async (since: string, briefFile: string, cwd: string): Promise<Snapshot> => {
  const asFile = path.resolve(cwd, since);
  if (existsSync(asFile) && statSync(asFile).isFile()) {
    const read = await readSnapshotFile(asFile);
    if (!read.ok) throw new CliError(`${since}: ${read.message}.`, ExitCode.input);
    return read.snapshot;
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
  const hash = await git(["rev-parse", "--verify", "--end-of-options", `${since}^{commit}`], where.top)
    .then((out) => out.trim())
    .catch(() => undefined);
  if (text === undefined || hash === undefined || !/^[0-9a-f]{7,64}$/.test(hash)) throw notFound();
  const short = (await git(["rev-parse", "--short", hash], where.top)).trim();
  const factBase = await validBrief(where.relative, short, text);
  if (!factBase) {
    throw new CliError(`--since ${since}: the brief at that revision does not validate.`, ExitCode.input);
  }
  // Numbered as its build numbered it: from the editions before it in its history.
  const earlier = await chainEditions(where, await editionsBefore(where, hash, factBase.as_of));
  return snapshotOf(where, { hash, short, factBase }, earlier);
};

/** What the history gave, per repository, revision and date: a long-running process (watch) asks again and again. */
const remembered = new Map<string, Promise<Snapshot | undefined>>();

/**
 * The previous edition in the brief's git history: the last commit whose brief validates and has an
 * `as_of` before `asOf`, numbered as its build numbered it (from the editions before it).
 * Undefined when the brief is not in a git repository, or no commit has one.
 */
export const editionInHistory = async (briefFile: string, cwd: string, asOf: string): Promise<Snapshot | undefined> => {
  const where = await locateInRepository(path.resolve(cwd, briefFile));
  if (!where) return undefined;
  const head = (await git(["rev-parse", "--verify", "--quiet", "HEAD"], where.top).catch(() => "")).trim();
  if (!/^[0-9a-f]{7,64}$/.test(head)) return undefined;
  const key = JSON.stringify([where.top, where.relative, head, asOf]);
  let found = remembered.get(key);
  if (!found) {
    found = editionsBefore(where, head, asOf).then((editions) => chainEditions(where, editions));
    remembered.set(key, found);
  }
  return found;
};
