/**
 * The load stage: read a brief, its source catalogue and the source texts
 * from disk, parse and validate them, and collect every problem found.
 * This is the only part of the fact base that touches the file system.
 */
import { open, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { type Diagnostic, diagnostic } from "../diagnostics/index.js";
import { trace } from "../trace.js";
import { checkReferences } from "./check-references.js";
import { decodeText } from "./decode-text.js";
import { Places } from "./items.js";
import { type ParsedYaml, parseYaml, YamlParseCache } from "./parse-yaml.js";
import { isInside, projectRoots } from "./project-paths.js";
import { FactBase, SourceCatalog, type SourceEntry } from "./schema.js";
import { validateSchema } from "./validate-schema.js";

/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const DEFAULT_CATALOG = "sources/sources.yaml";

export interface LoadedSource {
  readonly entry: SourceEntry;
  /** The entry's position in the catalogue. */
  readonly index: number;
  /** The text as written, or undefined when it could not be read. */
  readonly text: string | undefined;
  /** The path to show in diagnostics. */
  readonly file: string;
}

export interface LoadedFactBase {
  readonly brief: ParsedYaml;
  readonly catalog: ParsedYaml | undefined;
  readonly factBase: FactBase | undefined;
  readonly sources: ReadonlyMap<string, LoadedSource>;
  readonly diagnostics: readonly Diagnostic[];
  /** Paths of every file read, for watchers. */
  readonly files: readonly string[];
  /** The text each file held when read (decoded), for fingerprints: what was checked is what is fingerprinted. */
  readonly texts: ReadonlyMap<string, string>;
  /** Where each item of `factBase` stands in the brief, by identity (present with `factBase`). */
  readonly places: Places | undefined;
  /** Set when the brief itself could not be read (missing, a folder, ...): what to tell the user. */
  readonly unreadable?: string;
}

/** Paths as diagnostics show them: relative to the working directory when inside it. */
export const displayPath = (file: string, cwd: string = process.cwd()): string => {
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
};

/** A file's text, or why it could not be had (`binary`: the file holds no text at all, see decodeText). */
export type Read = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic; binary?: boolean };

/** A brief that could not be read, is too large or is not text: there is nothing to check (exit 3). */
const isUnreadable = (read: Read): boolean =>
  !read.ok && (read.diagnostic.rule === "file-read" || read.diagnostic.rule === "file-size" || read.binary === true);

/** How long after its last change a file's text may be kept: longer than any file system's clock tick. */
const RACY_MS = 2_000;

/**
 * What a long-running process (watch, a batch, the benchmark) keeps between
 * loads: each file's text by its identity on disk (device, inode, size and
 * times: a file written since is read again), and the YAML pieces parsed.
 */
export interface LoadCache {
  readonly texts: Map<string, { readonly stamp: string; readonly text: string }>;
  readonly yaml: YamlParseCache;
  /** How long after its last change a file's text may be kept (see RACY_MS). */
  readonly racyMs: number;
}

export const createLoadCache = (racyMs = RACY_MS): LoadCache => ({
  texts: new Map(),
  yaml: new YamlParseCache(),
  racyMs,
});

/** How many file texts a cache keeps before it starts again. */
const MAX_CACHED_TEXTS = 4096;

/**
 * Reads at most `limit` + 1 bytes (MAX_FILE_BYTES unless said), so a file that
 * grows while read cannot exhaust memory. The buffer starts at the size the
 * file had when looked at (a brief's 250 sources would otherwise each zero
 * 5 MB) and grows only if the file did.
 */
export const readBounded = async (file: string, expectedSize: number, limit = MAX_FILE_BYTES): Promise<Buffer> => {
  const handle = await open(file, "r");
  try {
    let buffer = Buffer.allocUnsafe(Math.min(expectedSize + 1, limit + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > limit) break;
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw Object.assign(new Error("file grew past the limit"), { code: "EFBIG" });
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
};

export const readText = async (
  file: string,
  shown: string,
  cache?: LoadCache,
  options: { readonly allowControls?: boolean } = {},
): Promise<Read> => {
  let bytes: Buffer;
  let stamp: string;
  let changed: number;
  try {
    const info = await stat(file, { bigint: true });
    stamp = `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
    changed = Math.max(Number(info.ctimeNs / 1_000_000n), Number(info.mtimeNs / 1_000_000n));
    const kept = cache?.texts.get(file);
    if (kept?.stamp === stamp) return { ok: true, text: kept.text };
    if (!info.isFile()) {
      // Pipes and devices could block or never end: only regular files are read.
      return {
        ok: false,
        diagnostic: diagnostic(
          { file: shown, line: 0, column: 0 },
          "error",
          "file-read",
          `cannot read file: ${info.isDirectory() ? "it is a folder" : "not a regular file"}`,
        ),
      };
    }
    const size = Number(info.size);
    if (size > MAX_FILE_BYTES) {
      return {
        ok: false,
        diagnostic: diagnostic(
          { file: shown, line: 0, column: 0 },
          "error",
          "file-size",
          `file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB`,
        ),
      };
    }
    bytes = await readBounded(file, size);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EFBIG"
            ? `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`
            : code === "EACCES"
              ? "permission denied"
              : code === "ELOOP"
                ? "its path loops through symbolic links"
                : code === "ENOTDIR"
                  ? "a file stands where a folder of its path should be"
                  : code === "ENAMETOOLONG"
                    ? "its name is too long"
                    : "it could not be read";
    return {
      ok: false,
      diagnostic: diagnostic({ file: shown, line: 0, column: 0 }, "error", "file-read", `cannot read file: ${why}`),
    };
  }
  const decoded = decodeText(shown, bytes, options);
  // A file changed in the last moments is not kept: the file system's clock may be too coarse to
  // tell this write from the next one of the same size (as git's "racily clean" files).
  if (decoded.ok && cache && Date.now() - changed > cache.racyMs) {
    if (cache.texts.size >= MAX_CACHED_TEXTS) cache.texts.clear();
    cache.texts.set(file, { stamp, text: decoded.text });
  }
  return decoded;
};

/** A brief read no further than its own text: no catalogue, no fact base. */
const unchecked = (
  brief: ParsedYaml,
  diagnostics: readonly Diagnostic[],
  files: readonly string[],
  texts: ReadonlyMap<string, string>,
): LoadedFactBase => ({
  brief,
  catalog: undefined,
  factBase: undefined,
  sources: new Map(),
  diagnostics,
  files,
  texts,
  places: undefined,
});

export const loadFactBase = async (
  briefPath: string,
  cwd: string = process.cwd(),
  cache?: LoadCache,
): Promise<LoadedFactBase> => {
  const absolute = path.resolve(cwd, briefPath);
  const shown = displayPath(absolute, cwd);
  const briefRead = await readText(absolute, shown, cache);
  const files = [absolute];
  if (!briefRead.ok && isUnreadable(briefRead)) {
    // Nothing to check: the caller says so in its own terms (the CLI: exit 3, "cannot read file").
    const { diagnostic: why } = briefRead;
    const where = why.line > 0 ? `${shown}:${why.line}:${why.column}` : shown;
    const unread = unchecked(await parseYaml(shown, ""), [why], files, new Map());
    return { ...unread, unreadable: `${where}: ${why.message}` };
  }
  const textOf = new Map<string, string>();
  if (briefRead.ok) textOf.set(absolute, briefRead.text);
  const diagnostics: Diagnostic[] = [];
  trace("  load: brief read");
  const brief = await parseYaml(shown, briefRead.ok ? briefRead.text : "", cache?.yaml);
  trace("  load: brief parsed");
  if (!briefRead.ok) diagnostics.push(briefRead.diagnostic);
  diagnostics.push(...brief.diagnostics);
  const briefChecked = briefRead.ok ? validateSchema(FactBase, brief) : { value: undefined, diagnostics: [] };
  diagnostics.push(...briefChecked.diagnostics);
  trace("  load: brief validated");

  // Load the catalogue even when the brief has schema errors, so that every problem shows at once;
  // a brief that is not even YAML has no catalogue to speak of.
  const isMapping = brief.value !== null && typeof brief.value === "object" && !Array.isArray(brief.value);
  if (briefRead.ok && brief.value !== undefined && !isMapping && briefChecked.diagnostics.length === 0) {
    diagnostics.push(
      diagnostic(brief.locate([]), "error", "schema", "a brief is a mapping of fields (title:, as_of:, summary:, ...)"),
    );
  }
  if (!isMapping) {
    return unchecked(brief, diagnostics, files, textOf);
  }
  const rawCatalog = (brief.value as { sources?: unknown } | undefined)?.sources;
  const catalogRelative = typeof rawCatalog === "string" ? rawCatalog : DEFAULT_CATALOG;
  const catalogAbsolute = path.resolve(path.dirname(absolute), catalogRelative);
  const catalogShown = displayPath(catalogAbsolute, cwd);
  files.push(catalogAbsolute);
  // Files are read only from the project (the working folder) or the brief's own folder, by
  // relative path: a brief from elsewhere cannot make factsheet read and print /etc/passwd.
  // Links are followed before the check: a link inside the project to a file outside it is outside.
  const roots = await projectRoots(cwd, absolute);
  const allowed = async (relative: string, resolved: string): Promise<"inside" | "outside" | "linked outside"> => {
    if (path.isAbsolute(relative) || !(isInside(cwd, resolved) || isInside(path.dirname(absolute), resolved))) {
      return "outside";
    }
    const real = await realpath(resolved).catch(() => undefined);
    return real === undefined || roots.some((root) => isInside(root, real)) ? "inside" : "linked outside";
  };
  const catalogWhere = await allowed(catalogRelative, catalogAbsolute);
  if (catalogWhere !== "inside") {
    diagnostics.push(
      diagnostic(
        brief.locate(["sources"]),
        "error",
        "file-read",
        catalogWhere === "outside"
          ? "the source catalogue must be given by a relative path inside the project (such as sources/sources.yaml)"
          : `the source catalogue ${catalogShown} is a link to a file outside the project: copy the file into the project`,
      ),
    );
    return unchecked(brief, diagnostics, files, textOf);
  }
  const catalogRead = await readText(catalogAbsolute, catalogShown, cache);
  let catalog: ParsedYaml | undefined;
  let sourceCatalog: SourceCatalog | undefined;
  const sources = new Map<string, LoadedSource>();
  if (!catalogRead.ok) {
    const d = catalogRead.diagnostic;
    diagnostics.push(
      d.rule === "file-read" && typeof rawCatalog === "string"
        ? diagnostic(
            brief.locate(["sources"]),
            "error",
            "file-read",
            `cannot read the source catalogue ${catalogShown}: ${d.message.replace(/^cannot read file: /, "")}`,
          )
        : d,
    );
  } else {
    textOf.set(catalogAbsolute, catalogRead.text);
    catalog = await parseYaml(catalogShown, catalogRead.text, cache?.yaml);
    diagnostics.push(...catalog.diagnostics);
    const checked = validateSchema(SourceCatalog, catalog);
    diagnostics.push(...checked.diagnostics);
    sourceCatalog = checked.value;
  }
  trace("  load: catalogue read");

  if (sourceCatalog && catalog) {
    const texts = await Promise.all(
      sourceCatalog.sources.map(async (entry) => {
        const file = path.resolve(path.dirname(catalogAbsolute), entry.file);
        files.push(file);
        const where = await allowed(entry.file, file);
        if (where !== "inside") {
          const outside: Read = {
            ok: false,
            diagnostic: diagnostic(
              { file: displayPath(file, cwd), line: 0, column: 0 },
              "error",
              "file-read",
              where === "outside"
                ? "cannot read file: source texts must be given by a relative path inside the project"
                : "cannot read file: it is a link to a file outside the project (copy the file into the project)",
            ),
          };
          return { entry, file, read: outside };
        }
        // A source text may hold control characters: it prints only through the words items cite.
        return { entry, file, read: await readText(file, displayPath(file, cwd), cache, { allowControls: true }) };
      }),
    );
    trace("  load: sources read");
    texts.forEach(({ entry, file, read }, i) => {
      if (!read.ok) {
        diagnostics.push(
          read.diagnostic.rule === "file-read"
            ? diagnostic(
                catalog.locate(["sources", i, "file"]),
                "error",
                "file-read",
                `cannot read source text ${displayPath(file, cwd)}: ${read.diagnostic.message.replace(/^cannot read file: /, "")}`,
              )
            : read.diagnostic,
        );
      }
      if (read.ok) textOf.set(file, read.text);
      if (!sources.has(entry.id)) {
        sources.set(entry.id, { entry, index: i, text: read.ok ? read.text : undefined, file: displayPath(file, cwd) });
      }
    });
  }

  diagnostics.push(...checkReferences(brief.value, catalog?.value, brief.locate, sourceCatalog && catalog?.locate));

  const factBase = briefChecked.value;
  // Read once, from the items as validated (in document order): every later stage locates an item by it.
  const places = factBase ? Places.of(factBase) : undefined;
  return { brief, catalog, factBase, sources, diagnostics, files, texts: textOf, places };
};
