/**
 * The files a command line names: each operand as it is, or, when it is a
 * glob (`data/*.yaml`, `briefs/**\/*.yml`, quoted so that the shell left it
 * alone, or on a shell that does not expand globs), the files it matches,
 * sorted. `*` and `?` match within one folder name and never a leading dot,
 * `[abc]` and `[a-z]` one character of a set, `**` any number of folders.
 * A glob that matches nothing is an error, as it is in a shell that says so.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { CliError, ExitCode } from "../errors.js";
import { escapeControls } from "../text/escape-controls.js";

/** Whether an operand is a glob rather than a file name. */
export function isGlob(operand: string): boolean {
  return /[*?[]/.test(operand);
}

/** One folder name of a glob as a regular expression. */
function segmentPattern(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close === -1) source += "\\[";
      else {
        const body = segment.slice(i + 1, close);
        const negated = body.startsWith("!") || body.startsWith("^");
        const set = (negated ? body.slice(1) : body).replace(/[\\\]^]/g, "\\$&");
        source += `[${negated ? "^" : ""}${set}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\/]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

async function entriesOf(dir: string): Promise<{ name: string; folder: boolean }[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.map((e) => ({ name: e.name, folder: e.isDirectory() }));
}

/** Every file under `dir` whose path from it matches `segments`, as paths from `shown`. */
async function match(dir: string, shown: string, segments: readonly string[], found: string[]): Promise<void> {
  const [segment, ...rest] = segments;
  if (segment === undefined) return;
  if (segment === "**") {
    // Zero folders, then each folder below (not hidden ones, and not through links: no loops).
    await match(dir, shown, rest, found);
    for (const entry of await entriesOf(dir)) {
      if (entry.folder && !entry.name.startsWith("."))
        await match(path.join(dir, entry.name), path.join(shown, entry.name), segments, found);
    }
    return;
  }
  if (!isGlob(segment)) {
    const next = path.join(dir, segment);
    if (rest.length > 0) await match(next, path.join(shown, segment), rest, found);
    else if (await isFile(next)) found.push(path.join(shown, segment));
    return;
  }
  const pattern = segmentPattern(segment);
  for (const entry of await entriesOf(dir)) {
    if (entry.name.startsWith(".") && !segment.startsWith(".")) continue;
    if (!pattern.test(entry.name)) continue;
    if (rest.length > 0) {
      if (entry.folder) await match(path.join(dir, entry.name), path.join(shown, entry.name), rest, found);
    } else if (await isFile(path.join(dir, entry.name))) found.push(path.join(shown, entry.name));
  }
}

const isFile = (file: string): Promise<boolean> =>
  stat(file).then(
    (info) => info.isFile(),
    () => false,
  );

/** The files a glob matches, sorted, as paths written the way the glob was (relative or absolute). */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const absolute = path.isAbsolute(pattern);
  const segments = pattern.split(/[\\/]+/).filter((s, i) => s !== "" || (i === 0 && absolute));
  const root = absolute ? path.parse(path.resolve(pattern)).root : "";
  const parts = absolute ? segments.slice(1) : segments;
  // The folders before the first glob are taken as they are.
  const first = parts.findIndex(isGlob);
  const fixed = parts.slice(0, first);
  const shownBase = path.join(root, ...fixed);
  const found: string[] = [];
  await match(path.resolve(cwd, shownBase || "."), shownBase, parts.slice(first), found);
  return [...new Set(found)].sort();
}

/**
 * The operands with every glob replaced by the files it matches, each file once, in the order
 * named. A glob that matches nothing is an input error (exit 3) naming it.
 */
export async function expandOperands(operands: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const operand of operands) {
    let matched = isGlob(operand) ? await expandGlob(operand, cwd) : [operand];
    // A file whose name holds a glob's characters (`a[1].yaml`) is that file.
    if (matched.length === 0 && (await isFile(path.resolve(cwd, operand)))) matched = [operand];
    if (matched.length === 0) throw new CliError(`${escapeControls(operand)}: no file matches.`, ExitCode.input);
    for (const file of matched) {
      const key = path.resolve(cwd, file);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  return files;
}
