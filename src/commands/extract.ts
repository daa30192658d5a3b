/**
 * `factsheet extract ARTICLE... [--published DATE] [--into BRIEF]`: read
 * articles into a draft fact base. Without --into the draft goes to stdout;
 * with it, each article joins the brief's source catalogue (copied next to
 * the others, unchanged) and only candidates the brief does not already hold
 * are appended, marked `draft: true`, keeping the files' comments and order.
 */
import { rmSync } from "node:fs";
import { chmod, copyFile, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { Document, parseDocument, type Document as YamlDocument } from "yaml";
import type { CleanupRegistry } from "../cleanup-registry.js";
import { diagnostic } from "../diagnostics/index.js";
import { CliError, ExitCode } from "../errors.js";
import { AppendError, addToYaml, appendToLists } from "../extract/append-yaml.js";
import { type DraftItems, type DraftPart, draftItems, slug } from "../extract/draft-fact-base.js";
import { type ArticleExtraction, extractArticle } from "../extract/extract-article.js";
import { NO_EXISTING, readExisting } from "../extract/known-items.js";
import { lineColumn } from "../factbase/decode-text.js";
import { ITEM_KINDS } from "../factbase/items.js";
import { DEFAULT_CATALOG, displayPath, readText } from "../factbase/load-fact-base.js";
import { isInside, projectRoots, realOrParent } from "../factbase/project-paths.js";
import {
  Day,
  EXTRACT_PLACEHOLDERS,
  type FactBase,
  FactBase as FactBaseSchema,
  type SourceEntry,
} from "../factbase/schema.js";
import { escapeControls } from "../text/escape-controls.js";
import { newBriefText, newCatalogText, ownCatalog } from "./new-brief.js";
import type { Reporter } from "./report.js";
import type { ReportRecord } from "./report-records.js";
import { makeFolder, writeOutput } from "./write-output.js";

export interface ExtractOptions {
  readonly articles: readonly string[];
  readonly published?: string | undefined;
  readonly into?: string | undefined;
  /**
   * Draft articles the brief records as drafted as if new: what an editor deleted by hand is
   * proposed again (what the brief lists under `rejected:` still is not).
   */
  readonly redraft?: boolean | undefined;
  readonly cwd: string;
  /** Where the draft goes without --into (stdout). */
  readonly out: (text: string) => void;
  /** Where the summary goes without --into, so that stdout holds only the draft (stderr). */
  readonly err: (text: string) => void;
  /** Aborted when the run is interrupted: no further article is read, nothing is written. */
  readonly signal?: AbortSignal | undefined;
  /** Where an article being copied is registered, so that an interrupt removes the half-copied file. */
  readonly cleanup?: CleanupRegistry | undefined;
}

interface CatalogEntry {
  readonly id: string;
  readonly file: string;
  readonly published: string;
  readonly not_citable?: readonly (string | { text: string })[];
}

interface Article {
  readonly file: string;
  readonly text: string;
  /** Its entry in the catalogue, when the catalogue lists it already. */
  readonly entry: CatalogEntry | undefined;
  readonly id: string;
  readonly published: string;
  readonly extraction: ArticleExtraction;
}

/** The lists extract drafts into, in the brief's order: every kind of item a draft may be. */
const LISTS = ITEM_KINDS.filter((kind) => kind.draftable).map((kind) => kind.list as keyof DraftItems);

/**
 * Reads a YAML file's plain data with the failsafe schema (ids like 000 stay
 * strings). A file that does not parse is refused at its first error: a merge
 * into a file that does not parse could not keep it as the editor wrote it.
 */
const readPlain = (text: string, file: string, cwd: string): { doc: YamlDocument.Parsed; data: unknown } => {
  const doc = parseDocument(text, { schema: "failsafe", uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const where = at ? `${displayPath(file, cwd)}:${at.line}:${at.col}` : displayPath(file, cwd);
    throw fail(
      `${where}: ${error.message.split("\n")[0]}; fix it (factsheet check shows every problem) and run extract again.`,
      ExitCode.checkFailed,
    );
  }
  // The document too: where its nodes stand is where the merge writes (a large brief is parsed once).
  return { doc, data: doc.toJS() };
};

/** Articles longer than this are not news articles; extraction grows with length and would run for minutes. */
const MAX_ARTICLE_CHARS = 500_000;

const catalogEntries = (data: unknown): CatalogEntry[] => {
  const sources = (data as { sources?: unknown } | null)?.sources;
  return Array.isArray(sources) ? (sources.filter((s) => s && typeof s === "object") as CatalogEntry[]) : [];
};

const fail = (message: string, code: (typeof ExitCode)[keyof typeof ExitCode] = ExitCode.usage): CliError =>
  new CliError(message, code);

const readOrFail = async (file: string, cwd: string): Promise<string> => {
  const read = await readText(file, displayPath(file, cwd));
  if (!read.ok) throw fail(`${read.diagnostic.file}: ${read.diagnostic.message}`, ExitCode.input);
  return read.text;
};

/** The next free source id: three digits when the catalogue numbers its sources, else from the file name. */
const nextSourceId = (taken: ReadonlySet<string>, file: string): string => {
  const numbered = [...taken].filter((id) => /^\d+$/.test(id));
  if (numbered.length > 0 && numbered.length === taken.size) {
    const width = Math.max(...numbered.map((id) => id.length));
    let n = Math.max(...numbered.map(Number)) + 1;
    while (taken.has(String(n).padStart(width, "0"))) n++;
    return String(n).padStart(width, "0");
  }
  const base = slug(path.basename(file).replace(/\.[^.]+$/, ""), 30);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
};

/** The sources a brief records as drafted by extract (`drafted:`), read leniently. */
const draftedSources = (data: Record<string, unknown>): Set<string> =>
  new Set(
    (Array.isArray(data.drafted) ? (data.drafted as unknown[]) : []).flatMap((d) => {
      const source = (d as { source?: unknown } | null)?.source;
      return typeof source === "string" ? [source] : [];
    }),
  );

/** Today as YYYY-MM-DD, in local time: the day an editor would write. */
const localToday = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

const count = (items: DraftItems): string => {
  const parts = [
    [items.actors.length, "actor"],
    [items.timeline.length, "event"],
    [items.positions.length, "position"],
    [items.figures.length, "figure"],
    [items.quotes.length, "quote"],
  ] as const;
  return parts.map(([n, one]) => `${n} ${one}${n === 1 ? "" : "s"}`).join(", ");
};

/** ", and 2 roles, 1 value, 3 citations added to items it holds": the draft parts, when there are any. */
const countParts = (parts: readonly DraftPart[]): string => {
  if (parts.length === 0) return "";
  const kinds = [
    ["roles", "role"],
    ["observations", "value"],
    ["cite", "citation"],
  ] as const;
  const said = kinds.flatMap(([key, one]) => {
    const n = parts.filter((p) => p.key === key).length;
    return n === 0 ? [] : [`${n} ${one}${n === 1 ? "" : "s"}`];
  });
  return `, and ${said.join(", ")} added to items it holds`;
};

export const extract = async (options: ExtractOptions, report: Reporter): Promise<number> => {
  const { cwd } = options;
  if (options.articles.length === 0)
    throw fail("Name at least one article: factsheet extract ARTICLE.txt [--into data/brief.yaml]");
  if (options.published !== undefined && !Day.safeParse(options.published).success) {
    throw fail(`--published must be a date as YYYY-MM-DD, not "${options.published}".`);
  }
  const chrono = await import("chrono-node/en");

  // The catalogue: the brief's, or one next to the first article. A brief that does not exist yet is
  // started as `factsheet init` starts one, with a catalogue of its own.
  const briefFile = options.into === undefined ? undefined : path.resolve(cwd, options.into);
  const creating = briefFile !== undefined && !(await existsAt(briefFile));
  const briefText = briefFile === undefined || creating ? undefined : await readOrFail(briefFile, cwd);
  const briefRead =
    briefText === undefined || briefFile === undefined ? undefined : readPlain(briefText, briefFile, cwd);
  const briefData = (
    creating && briefFile !== undefined ? { sources: ownCatalog(briefFile) } : (briefRead?.data ?? {})
  ) as Record<string, unknown>;
  if (briefText !== undefined && (typeof briefData !== "object" || Array.isArray(briefData))) {
    throw fail(
      `${displayPath(briefFile as string, cwd)}: not a fact base (expected a mapping at the top)`,
      ExitCode.checkFailed,
    );
  }
  // What the brief holds, with where each item stands: what candidates are matched against.
  const existing = briefText === undefined ? NO_EXISTING : readExisting(briefData);
  const firstArticle = path.resolve(cwd, options.articles[0] as string);
  const catalogFile =
    briefFile !== undefined
      ? path.resolve(
          path.dirname(briefFile),
          typeof briefData.sources === "string" ? briefData.sources : DEFAULT_CATALOG,
        )
      : path.join(path.dirname(firstArticle), "sources.yaml");
  if (briefFile !== undefined) {
    const relative = typeof briefData.sources === "string" ? briefData.sources : DEFAULT_CATALOG;
    const inside = (folder: string) => catalogFile !== folder && isInside(folder, catalogFile);
    if (path.isAbsolute(relative) || !(inside(cwd) || inside(path.dirname(briefFile)))) {
      throw fail(
        `${displayPath(briefFile, cwd)}: the source catalogue must be a relative path inside the project (such as sources/sources.yaml), not ${relative}`,
        ExitCode.checkFailed,
      );
    }
  }
  const catalogText = await stat(catalogFile).then(
    (info) => (info.isFile() ? readOrFail(catalogFile, cwd) : undefined),
    () => undefined,
  );
  const entries = catalogText === undefined ? [] : catalogEntries(readPlain(catalogText, catalogFile, cwd).data);
  const taken = new Set(entries.map((e) => String(e.id)));

  const articles: Article[] = [];
  // Without a brief the draft goes to stdout and notices to stderr, as the reporter would write
  // them: a catalogue's text is data, its control characters shown escaped.
  const notice = (line: string) =>
    briefFile === undefined ? options.err(`${escapeControls(line)}\n`) : report.info(line);
  // Each operand is a file, or FILE@YYYY-MM-DD with its own publication date.
  const dated = new Map<string, string | undefined>();
  for (const operand of options.articles) {
    const { file, published } = await readOperand(operand, cwd);
    const before = dated.get(file);
    if (before !== undefined && published !== undefined && before !== published) {
      throw fail(`${displayPath(file, cwd)} is named twice, published ${before} and ${published}: give it one date.`);
    }
    dated.set(file, published ?? before);
  }
  const names = [...dated.keys()];
  const bases = new Map<string, string>();
  for (const file of names) {
    const other = bases.get(path.basename(file));
    if (other !== undefined) {
      throw fail(
        `${displayPath(other, cwd)} and ${displayPath(file, cwd)} have one name: sources are kept by file name, so rename one.`,
      );
    }
    bases.set(path.basename(file), file);
  }
  // The brief's dated events: "the March 11 bombing" in a later article may be one of them.
  const knownEvents = existing.events;
  for (const file of names) {
    options.signal?.throwIfAborted();
    const text = await readOrFail(file, cwd);
    if (text.length > MAX_ARTICLE_CHARS) {
      throw fail(
        `${displayPath(file, cwd)}: ${Math.round(text.length / 1000)} thousand characters is longer than an article (the limit is ${MAX_ARTICLE_CHARS / 1000} thousand); split it.`,
        ExitCode.input,
      );
    }
    const entry = await catalogued(entries, path.dirname(catalogFile), file, text);
    // The catalogue is the editor's, and may be wrong: a date that is none is said, never drafted.
    if (entry !== undefined && !Day.safeParse(entry.published).success) {
      throw fail(
        `${displayPath(catalogFile, cwd)}: source ${escapeControls(String(entry.id))} has no publication date as YYYY-MM-DD (published: ${escapeControls(JSON.stringify(entry.published) ?? "nothing")}); fix it, factsheet check shows every problem.`,
        ExitCode.checkFailed,
      );
    }
    const given = dated.get(file);
    const published = entry?.published ?? given ?? options.published;
    if (published === undefined) {
      throw fail(
        `${displayPath(file, cwd)}: give its publication date with --published YYYY-MM-DD or as ${displayPath(file, cwd)}@YYYY-MM-DD (relative dates like "last Friday" resolve against it).`,
      );
    }
    const asked = given ?? options.published;
    if (entry && asked !== undefined && asked !== entry.published) {
      notice(
        `${displayPath(file, cwd)}: the catalogue dates it ${entry.published}; using that, not ${given === undefined ? "--published " : "@"}${asked}.`,
      );
    }
    const id = entry ? String(entry.id) : nextSourceId(taken, file);
    taken.add(id);
    const notCitable = (entry?.not_citable ?? []).map((line) => (typeof line === "string" ? line : line.text));
    const extraction = extractArticle(chrono, { text, published, notCitable, knownEvents });
    articles.push({ file, text, entry, id, published, extraction });
  }

  const today = localToday();
  // Articles drafted into the brief before: what the brief no longer holds of them an editor deleted.
  const drafted = draftedSources(briefData);
  const items = draftItems(
    articles.map((a) => ({ sourceId: a.id, published: a.published, text: a.text, extraction: a.extraction })),
    existing,
    { drafted: options.redraft ? new Set() : drafted, today },
  );

  const newEntries = articles
    .filter((a) => a.entry === undefined)
    .map(
      (a): SourceEntry => ({
        id: a.id,
        file: path.basename(a.file),
        headline: headlineOf(a),
        outlet: EXTRACT_PLACEHOLDERS.outlet,
        published: a.published,
        inferred: { outlet: EXTRACT_PLACEHOLDERS.inferredOutlet },
      }),
    );

  // What a draft says of itself: on stdout, and at the head of a brief extract starts.
  const head = {
    title: `Draft: ${headlineOf(articles[0] as Article)}`.slice(0, 200),
    asOf: articles
      .map((a) => a.published)
      .sort()
      .at(-1) as string,
    summary: `Drafted by factsheet extract from ${articles.length} article${articles.length === 1 ? "" : "s"}. Every item is marked draft until an editor reviews it.`,
  };

  if (briefFile === undefined) {
    // A draft fact base on stdout, valid against the schema; the sources it cites are listed at its head.
    const asOf = head.asOf;
    // Relative to where the draft is meant to live: beside the catalogue's folder, as data/<brief>.yaml is.
    const catalogRef =
      catalogText !== undefined ? path.relative(path.dirname(path.dirname(catalogFile)), catalogFile) : DEFAULT_CATALOG;
    const draft: Partial<FactBase> & Record<string, unknown> = {
      title: head.title,
      as_of: asOf,
      lang: "en",
      summary: head.summary,
      sources: catalogRef,
      ...Object.fromEntries(LISTS.filter((key) => items[key].length > 0).map((key) => [key, items[key]])),
    };
    FactBaseSchema.parse(draft); // a draft that does not validate is a bug here, not a data problem
    const doc = new Document(draft);
    const header = [
      ` Draft fact base from factsheet extract (${count(items)}).`,
      " Each item is marked `draft: true`: review it, keep it (delete that line) or delete it.",
    ];
    if (newEntries.length > 0) {
      header.push(
        ` Add ${newEntries.length === 1 ? "this source" : "these sources"} to ${catalogRef} before checking:`,
      );
      for (const line of new Document({ sources: newEntries }).toString({ lineWidth: 0 }).trimEnd().split("\n"))
        header.push(`   ${line}`);
    }
    doc.commentBefore = header.join("\n");
    const text = doc.toString({ lineWidth: 0 });
    report.record?.(extractedRecord(articles, items, undefined, text, cwd));
    options.out(text);
    options.err(`Drafted ${count(items)} from ${articles.length} article${articles.length === 1 ? "" : "s"}.\n`);
    return ExitCode.ok;
  }

  // --into: copy new articles next to the catalogue, add them to it, append the new drafts to the brief.
  const from = articles.map((a) => a.id).join(", ");
  const appended = (
    file: string,
    text: string,
    additions: Record<string, readonly unknown[]>,
    comment?: string,
  ): string => {
    try {
      return appendToLists(text, additions, comment);
    } catch (cause) {
      if (cause instanceof AppendError) throw fail(`${displayPath(file, cwd)}: ${cause.message}`, ExitCode.checkFailed);
      throw cause;
    }
  };
  // Both files are worked out before either is written.
  const catalogOut =
    newEntries.length === 0
      ? undefined
      : appended(catalogFile, catalogText ?? (creating ? newCatalogText(catalogFile) : ""), { sources: newEntries });
  // A brief being started begins as init writes one, with the title, date and summary of the draft.
  const baseText =
    briefText ??
    newBriefText({
      file: briefFile,
      title: head.title,
      asOf: head.asOf,
      summary: head.summary,
      catalog: String(briefData.sources),
      shown: displayPath(briefFile, cwd),
      started: `factsheet extract --into ${displayPath(briefFile, cwd)}`,
    });
  // Parts of the items the brief holds, new items at the end of each list, and what extract
  // remembers: the drafts an editor deleted, the articles drafted. From the brief as read above.
  let briefOut: string;
  try {
    const comment = ` Drafted by factsheet extract from source ${from}: review each, then delete its draft: true.`;
    briefOut = addToYaml(
      baseText,
      {
        parts: items.parts.map((p) => ({ path: p.path, key: p.key, entries: [p.entry] })),
        lists: [
          ...LISTS.map((key) => ({ key, items: items[key], comment })),
          {
            key: "rejected",
            items: items.rejected,
            comment: " Deleted by hand after factsheet extract drafted them: not drafted again.",
          },
          {
            key: "drafted",
            items: articles.filter((a) => !drafted.has(a.id)).map((a) => ({ source: a.id, on: today })),
          },
        ],
      },
      briefRead?.doc,
    );
  } catch (cause) {
    if (cause instanceof AppendError)
      throw fail(`${displayPath(briefFile, cwd)}: ${cause.message}`, ExitCode.checkFailed);
    throw cause;
  }
  // Every write lands inside the project, links followed: a catalogue (or its folder) linked to a
  // file elsewhere is refused before anything is written.
  const roots = await projectRoots(cwd, await realpath(briefFile).catch(() => briefFile));
  for (const file of [
    ...(catalogOut === undefined ? [] : [catalogFile]),
    // The articles not yet catalogued are copied next to the catalogue.
    ...(articles.some((a) => a.entry === undefined) ? [path.dirname(catalogFile)] : []),
  ]) {
    const real = await realOrParent(file);
    if (!roots.some((root) => isInside(root, real))) {
      throw fail(
        `${displayPath(file, cwd)} is a link to a place outside the project, and extract writes only inside it: copy it into the project.`,
        ExitCode.output,
      );
    }
  }
  // Every copy is checked before any is made, so a refusal leaves nothing behind.
  const catalogDir = path.dirname(catalogFile);
  const copies: { from: string; to: string }[] = [];
  for (const article of articles.filter((a) => a.entry === undefined)) {
    const target = path.join(catalogDir, path.basename(article.file));
    if (target === article.file) continue;
    const existing = await stat(target).then(
      () => readOrFail(target, cwd),
      () => undefined,
    );
    if (existing !== undefined && existing !== article.text) {
      throw fail(
        `${displayPath(target, cwd)} already exists with other text: rename the article before adding it.`,
        ExitCode.output,
      );
    }
    if (existing === undefined) copies.push({ from: article.file, to: target });
  }
  options.signal?.throwIfAborted();
  if (copies.length > 0) await makeFolder(catalogDir);
  for (const { from, to } of copies) {
    // The target did not exist: an interrupt mid-copy removes it rather than leave half an article.
    const unregister = options.cleanup?.add(() => rmSync(to, { force: true }));
    await copyFile(from, to);
    unregister?.();
  }
  if (catalogOut !== undefined) await writeAsBefore(catalogFile, catalogOut);
  await writeAsBefore(briefFile, briefOut);
  if (creating) report.info(`${displayPath(briefFile, cwd)}: a new brief, with its own source catalogue.`);
  for (const entry of newEntries) {
    report.info(
      `${displayPath(catalogFile, cwd)}: added source ${entry.id} (${entry.file}, published ${entry.published}).`,
    );
  }
  report.info(
    `${displayPath(briefFile, cwd)}: added ${count(items)} as drafts${countParts(items.parts)}, from source ${from}.`,
  );
  if (items.rejected.length > 0) {
    report.info(
      `${displayPath(briefFile, cwd)}: ${items.rejected.length} draft${items.rejected.length === 1 ? "" : "s"} of source ${[...new Set(items.rejected.map((r) => r.source))].join(", ")} deleted since it was drafted ${items.rejected.length === 1 ? "is" : "are"} recorded under rejected: and not drafted again (extract --redraft drafts an article afresh; it still honours rejected:).`,
    );
  }
  for (const note of items.notes) report.info(`${displayPath(briefFile, cwd)}: ${note}`);
  report.record?.(extractedRecord(articles, items, displayPath(briefFile, cwd), undefined, cwd));
  if (articles.some((a) => a.extraction.segmented.furniture.length > 0)) {
    report.diagnostics(
      articles.flatMap((a) =>
        a.extraction.segmented.furniture.map((f) =>
          diagnostic(
            { file: displayPath(a.file, cwd), ...lineColumn(a.text, f.start) },
            "note",
            "furniture",
            `left out: ${f.reason}`,
          ),
        ),
      ),
    );
  }
  return ExitCode.ok;
};

const isFile = (file: string): Promise<boolean> =>
  stat(file).then(
    (info) => info.isFile(),
    () => false,
  );

/**
 * An operand: a file, or `FILE@YYYY-MM-DD` giving that article its own publication date. A file
 * whose name holds an `@` is read as named when it exists; otherwise what follows the last `@`
 * is its date when it looks like one or when what precedes it is a file.
 */
const readOperand = async (operand: string, cwd: string): Promise<{ file: string; published: string | undefined }> => {
  const whole = path.resolve(cwd, operand);
  const at = operand.lastIndexOf("@");
  if (at <= 0 || (await isFile(whole))) return { file: whole, published: undefined };
  const file = path.resolve(cwd, operand.slice(0, at));
  const date = operand.slice(at + 1);
  if (!/^\d/.test(date) && !(await isFile(file))) return { file: whole, published: undefined };
  if (!Day.safeParse(date).success) {
    throw fail(`${operand}: the date after @ must be a publication date as YYYY-MM-DD, not "${date}".`);
  }
  return { file, published: date };
};

/** The catalogue's entry for an article: the same file, or a copy of it with the same name and text. */
const catalogued = async (
  entries: readonly CatalogEntry[],
  dir: string,
  file: string,
  text: string,
): Promise<CatalogEntry | undefined> => {
  const same = entries.find((e) => path.resolve(dir, String(e.file)) === file);
  if (same) return same;
  for (const e of entries.filter((e) => path.basename(String(e.file)) === path.basename(file))) {
    const copy = path.resolve(dir, String(e.file));
    const read = await readText(copy, copy).catch(() => undefined);
    if (read?.ok && read.text === text) return e;
  }
  return undefined;
};

/**
 * Writes an edited file the way it was: through a symbolic link to the file
 * it names, with its line ends (CRLF stays CRLF), its byte-order mark and its
 * permissions. (Reading normalised the text to LF without a BOM.)
 */
const writeAsBefore = async (file: string, text: string): Promise<void> => {
  const target = await realpath(file).catch(() => file);
  const before = await readFile(target).catch(() => undefined);
  const mode = await stat(target).then(
    (info) => info.mode & 0o777,
    () => undefined,
  );
  let out = text;
  if (before !== undefined) {
    const raw = before.toString("utf8");
    if (raw.includes("\r\n")) out = out.replace(/\r?\n/g, "\r\n");
    if (raw.startsWith("\uFEFF")) out = `\uFEFF${out}`;
  }
  await writeOutput(target, out);
  if (mode !== undefined) await chmod(target, mode);
};

/** What extract did, for its JSON report: the articles, the ids drafted in each list, the draft printed. */
const extractedRecord = (
  articles: readonly Article[],
  items: DraftItems,
  into: string | undefined,
  draft: string | undefined,
  cwd: string,
): ReportRecord => ({
  kind: "extracted",
  entry: {
    into: into ?? null,
    articles: articles.map((a) => ({
      file: displayPath(a.file, cwd),
      source: a.id,
      published: a.published,
      added: a.entry === undefined,
    })),
    drafts: {
      actors: items.actors.map((i) => i.id),
      timeline: items.timeline.map((i) => i.id),
      positions: items.positions.map((i) => i.id),
      figures: items.figures.map((i) => i.id),
      quotes: items.quotes.map((i) => i.id),
      questions: items.questions.map((i) => i.id),
    },
    parts: items.parts.map((p) => ({ list: p.list, id: p.id, key: p.key })),
    rejected: items.rejected.length,
    notes: [...items.notes],
    draft: draft ?? null,
  },
});

const existsAt = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== "ENOENT",
  );

const headlineOf = (a: Article): string =>
  String(
    (a.entry as { headline?: unknown } | undefined)?.headline ??
      a.extraction.headline ??
      a.extraction.segmented.sentences[0]?.text ??
      path.basename(a.file),
  )
    .replace(/\s+/g, " ")
    .slice(0, 200);
