/**
 * Builds one brief: check it, compare it with its previous edition, render
 * HTML and PDF, write them with a snapshot of what they printed. Skips an
 * output whose inputs have not changed since it was written, as the build
 * manifest records it (build-manifest.ts): with `--format all`, an HTML file
 * still up to date is kept as it is while a PDF missing or changed since is
 * printed again, and the other way round.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { resolveEdition } from "../brief/resolve-brief.js";
import type { Snapshot } from "../brief/snapshot.js";
import type { LoadedDeskConfig } from "../config/load-desk-config.js";
import { sortDiagnostics } from "../diagnostics/index.js";
import { CliError, ExitCode } from "../errors.js";
import { displayPath, type LoadCache } from "../factbase/load-fact-base.js";
import { VERSION } from "../package-info.js";
import type { BrowserSession } from "../print/browser-session.js";
import { type ContentsPages, printBrief } from "../print/print-brief.js";
import type { Paper } from "../print/print-pdf.js";
import type { IndexEntry } from "../render/index-view.js";
import type { TemplateSet } from "../render/load-templates.js";
import { renderBrief } from "../render/render-brief.js";
import type { Renderer } from "../render/render-html.js";
import { trace } from "../trace.js";
import { countErrors } from "./batch-summary.js";
import { briefTemplatesFolder, loadRendering, type Rendering } from "./brief-templates.js";
import {
  isUpToDate,
  manifestFile,
  type OutputKind,
  type OutputRecord,
  readManifest,
  recordOutput,
  writeManifest,
} from "./build-manifest.js";
import { checkBrief, describeCounts } from "./check-brief.js";
import { fingerprint } from "./fingerprint.js";
import { describeFindings, type Reporter } from "./report.js";
import { outputRecord } from "./report-records.js";
import { editionInHistory, readSnapshotFile } from "./since.js";
import { writeOutput } from "./write-output.js";

export type Format = "html" | "pdf" | "all";

export interface BriefBuildOptions {
  readonly format: Format;
  readonly outDir: string;
  readonly paper: Paper;
  readonly strict: boolean;
  /** Print items marked `draft: true`, marked as drafts. */
  readonly includeDrafts?: boolean;
  readonly force: boolean;
  /** Record this build as an edition (default); watch's rebuilds do not. */
  readonly snapshot?: boolean;
  /** Print an untagged PDF (smaller, faster, less accessible). */
  readonly untagged?: boolean;
  /** Compare with this snapshot instead of the previous edition's. */
  readonly since?: Snapshot | undefined;
  /** List the findings of a brief that is built (warnings, notes, accepted ones), as check --verbose does. */
  readonly verbose?: boolean;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** The desk's name (desk config), for a brief that names no desk of its own. */
  readonly desk?: string | undefined;
  /** The desk config read for this run (its rule levels); by default, found from the working folder. */
  readonly deskConfig?: LoadedDeskConfig | undefined;
}

export interface BriefBuildContext {
  /** The templates of a brief that names none of its own (see `fixedTemplates`). */
  readonly templates: TemplateSet;
  readonly renderer: Renderer;
  /**
   * The templates were named on the command line: they win over a brief's own `templates:`.
   * Otherwise a brief that names a folder renders with it (over the built-in templates).
   */
  readonly fixedTemplates?: boolean;
  /** Loads a templates folder a brief names (shared by a batch's briefs); by default, loaded for each build. */
  readonly renderingOf?: ((dir: string) => Promise<Rendering>) | undefined;
  readonly session: BrowserSession;
  readonly report: Reporter;
  /** Kept between the builds of a long-running process (watch, a batch): texts and YAML pieces read before. */
  readonly cache?: LoadCache | undefined;
  /**
   * A batch: when the browser cannot start (or there is none), the brief keeps its HTML, is left
   * without its PDF, and says why in its result rather than ending the run.
   */
  readonly withoutBrowser?: boolean;
}

/** What a build of one brief did: what the index page needs of it (IndexEntry), and more. */
export interface BriefBuilt extends IndexEntry {
  /** Every file the brief was made from (fact base, catalogue, sources), for watchers. */
  readonly inputs: readonly string[];
  /** Why its PDF was not printed: the browser could not start (a batch only, see `withoutBrowser`). */
  readonly browserFailure?: CliError | undefined;
}

/** A brief's output name: its file name without `.yaml`. */
export const briefName = (file: string): string => path.basename(file).replace(/\.ya?ml$/i, "");

/** The result for a brief that could not be built: `problem` says why ("3 errors"). */
export const failedBrief = (
  file: string,
  inputs: readonly string[],
  cwd: string,
  problem?: string,
  title?: string,
): BriefBuilt => ({
  status: "failed",
  name: briefName(file),
  file: displayPath(path.resolve(cwd, file), cwd),
  problem,
  title,
  asOf: undefined,
  html: undefined,
  pdf: undefined,
  inputs,
});

/** The snapshot folder of a brief, next to its outputs. */
export const snapshotDir = (outDir: string, name: string): string => path.join(outDir, ".factsheet", name);

/** The file in a brief's snapshot folder that names the brief whose outputs and editions these are. */
const OWNER_FILE = "brief.json";

/** A brief as its snapshot folder names it: its path from the output folder, with forward slashes. */
const ownerKey = (outDir: string, file: string): string => path.relative(outDir, file).split(path.sep).join("/");

/** The brief a snapshot folder belongs to, or undefined when it names none (a folder written before it named one). */
const readOwner = async (dir: string): Promise<string | undefined> => {
  const text = await readFile(path.join(dir, OWNER_FILE), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    const brief = (data as { brief?: unknown } | null)?.brief;
    return typeof brief === "string" && brief !== "" && brief.length < 4096 ? brief : undefined;
  } catch {
    return undefined;
  }
};

/** Where a brief's outputs and editions are kept, and whether its folder already names it. */
export interface BriefPlace {
  readonly name: string;
  readonly outDir: string;
  /** out/.factsheet/<name>/ */
  readonly snapshots: string;
  /** The brief, as the folder names it. */
  readonly key: string;
  readonly claimed: boolean;
}

/**
 * The output name and snapshot folder of a brief, once it is sure they are its own. Outputs and
 * editions are named by the brief's file name, so two briefs of the same name in two folders
 * would write the same files and compare with each other's editions: the folder records the
 * brief it belongs to (its path from the output folder), and another brief of the same name is
 * refused, both named. A folder that names no brief (written before it did) is this brief's: its
 * editions are kept.
 */
export const placeBrief = async (file: string, outDirOption: string, cwd: string): Promise<BriefPlace> => {
  const name = briefName(file);
  const outDir = path.resolve(cwd, outDirOption);
  const snapshots = snapshotDir(outDir, name);
  const key = ownerKey(outDir, path.resolve(cwd, file));
  const owner = await readOwner(snapshots);
  if (owner !== undefined && owner !== key) {
    const shown = (f: string) => path.relative(cwd, f) || f;
    const other = shown(path.resolve(outDir, ...owner.split("/")));
    throw new CliError(
      `${shown(path.resolve(cwd, file))}: ${shown(path.join(outDir, name))}.html and .pdf, and the editions in ${shown(snapshots)}/, belong to another brief of the same name, ${other}: rename one of them, or give this one another --out. (If the brief was moved here, remove ${shown(path.join(snapshots, OWNER_FILE))}.)`,
      ExitCode.input,
    );
  }
  return { name, outDir, snapshots, key, claimed: owner !== undefined };
};

/** Records in its snapshot folder that the folder (and the outputs of its name) belong to this brief. */
export const claimPlace = async (place: BriefPlace): Promise<void> => {
  if (place.claimed) return;
  await writeOutput(path.join(place.snapshots, OWNER_FILE), `${JSON.stringify({ brief: place.key })}\n`, {
    durable: false,
  });
};

/**
 * The latest valid snapshot of an edition dated before `asOf` in a brief's snapshot folder, if any.
 * One that does not read as a snapshot (damaged, edited, too large) is skipped, and `skipped` is
 * told which and why.
 */
export const previousSnapshot = async (
  dir: string,
  asOf: string,
  skipped?: (file: string, why: string) => void,
): Promise<Snapshot | undefined> => {
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f) && f.slice(0, 10) < asOf)
    .sort()
    .reverse();
  for (const file of files) {
    const read = await readSnapshotFile(path.join(dir, file));
    if (read.ok) return read.snapshot;
    skipped?.(path.join(dir, file), read.message);
  }
  return undefined;
};

const kb = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export const buildBrief = async (
  file: string,
  options: BriefBuildOptions,
  context: BriefBuildContext,
): Promise<BriefBuilt> => {
  const { cwd, format, paper } = options;
  const { report } = context;
  // Refused before anything is read or written when the name's outputs are another brief's.
  const place = await placeBrief(file, options.outDir, cwd);
  const { name, outDir } = place;
  const shown = (f: string) => path.relative(cwd, f) || f;
  const targets = {
    html: format !== "pdf" ? path.join(outDir, `${name}.html`) : undefined,
    pdf: format !== "html" ? path.join(outDir, `${name}.pdf`) : undefined,
  };

  trace(`${name}: checking`);
  report.progress?.(`${shown(path.resolve(cwd, file))}: checking`);
  let checked = await checkBrief(file, cwd, {
    cache: context.cache,
    strict: options.strict,
    includeDrafts: options.includeDrafts ?? false,
    desk: options.deskConfig,
  });
  let fb = checked.factBase;
  // A brief's own templates folder, unless the command line named the templates.
  let rendering: Rendering = context;
  if (fb?.templates !== undefined && context.fixedTemplates !== true) {
    const folder = await briefTemplatesFolder(fb.templates, file, checked.loaded.brief, cwd);
    if (folder.ok) rendering = await (context.renderingOf ?? ((dir) => loadRendering(dir, cwd)))(folder.dir);
    else {
      checked = { ...checked, diagnostics: [...checked.diagnostics, folder.diagnostic], errors: checked.errors + 1 };
      fb = undefined;
    }
  }
  if (!fb) {
    report.diagnostics(checked.diagnostics);
    report.info(`${checked.loaded.brief.file}: not built: ${describeFindings(checked.diagnostics)}`);
    const title = (checked.loaded.brief.value as { title?: unknown } | null | undefined)?.title;
    return failedBrief(
      file,
      checked.loaded.files,
      cwd,
      countErrors(checked.errors),
      typeof title === "string" ? title : undefined,
    );
  }

  // The edition this one follows: the one asked for, else the latest snapshot a build left, else
  // the brief's git history (a fresh clone has no out/); none makes this a first edition.
  const before =
    options.since ??
    (await previousSnapshot(place.snapshots, fb.as_of, (f, why) =>
      report.info(`${shown(f)}: skipped, not an edition to compare with: ${why}`),
    )) ??
    (await editionInHistory(file, cwd, fb.as_of));
  trace(`${name}: found the last edition`);

  const { templates, renderer } = rendering;
  // A brief that names no desk is the desk config's.
  if (fb.desk === undefined && options.desk !== undefined) fb = { ...fb, desk: options.desk };
  const { files: inputs, texts } = checked.loaded;
  const print = fingerprint(
    [...inputs.map((f) => texts.get(f) ?? ""), ...templates.texts],
    [
      VERSION,
      paper,
      options.untagged ? "untagged" : "tagged",
      options.includeDrafts ? "with drafts" : "reviewed only",
      `epoch ${options.env.SOURCE_DATE_EPOCH ?? ""}`,
      `desk ${fb.desk ?? ""}`,
      before ? JSON.stringify(before) : "first edition",
    ],
  );
  const done = (status: BriefBuilt["status"]): BriefBuilt => ({
    status,
    name,
    file: checked.loaded.brief.file,
    title: fb.title,
    asOf: fb.as_of,
    summary: fb.summary,
    edition: fb.edition,
    desk: fb.desk,
    html: targets.html,
    pdf: targets.pdf,
    // A templates folder the brief names is an input too: watch rebuilds when it changes.
    inputs:
      rendering.templates.dir === undefined ? checked.loaded.files : [...checked.loaded.files, rendering.templates.dir],
  });

  // Incremental: an output is made again unless the manifest says it was made from these very
  // inputs and the file is still the one written then. Each output on its own: with --format all,
  // an HTML file still up to date is kept while a PDF that was deleted is printed again.
  const snapshots = place.snapshots;
  const manifest = await readManifest(manifestFile(snapshots));
  const wanted = (Object.entries(targets) as [OutputKind, string | undefined][]).filter(
    (entry): entry is [OutputKind, string] => entry[1] !== undefined,
  );
  const due = new Set<OutputKind>();
  await Promise.all(
    wanted.map(async ([kind, target]) => {
      if (options.force || !(await isUpToDate(target, manifest.outputs[kind], print))) due.add(kind);
    }),
  );
  trace(`${name}: outputs compared with the manifest`);
  if (due.size === 0) {
    for (const [kind, target] of wanted)
      report.record?.(outputRecord(name, kind, shown(target), "kept", null, kind === "pdf" ? paper : null));
    await claimPlace(place);
    report.info(`${checked.loaded.brief.file}: unchanged since last built (fingerprint ${print}); --force rebuilds`);
    return done("unchanged");
  }

  // Compared with the previous edition, whose citation numbers it keeps.
  const { view, snapshot } = resolveEdition(fb, checked.catalog, {
    version: VERSION,
    disagreements: checked.disagreements,
    fingerprint: print,
    previous: before ?? null,
  });
  trace(`${name}: checked`);
  report.progress?.(`${checked.loaded.brief.file}: rendering`);
  const rendered = await renderBrief(templates, renderer, view);
  trace(`${name}: rendered`);
  const { html } = rendered;
  const findings = describeFindings(checked.diagnostics);
  if (options.verbose) report.diagnostics(sortDiagnostics([...checked.diagnostics, ...checked.accepted]), "full");
  const listed = options.verbose ? "" : ": run check to list them";
  report.info(
    `${checked.loaded.brief.file}: ok (${describeCounts(fb, view.counts.sources)})${findings ? `; ${findings}${listed}` : ""}`,
  );

  const outputs: Partial<Record<OutputKind, OutputRecord>> = { ...manifest.outputs };
  const pages: Partial<Record<Paper, ContentsPages>> = { ...manifest.pages };
  for (const [kind, target] of wanted) {
    if (!due.has(kind)) {
      report.info(`kept ${shown(target)} (unchanged since last built)`);
      report.record?.(outputRecord(name, kind, shown(target), "kept", null, kind === "pdf" ? paper : null));
    }
  }
  if (targets.html && due.has("html")) {
    await writeOutput(targets.html, html);
    outputs.html = recordOutput(html, print);
    trace(`${name}: HTML written`);
    report.info(`wrote ${shown(targets.html)} (${kb(Buffer.byteLength(html))})`);
    report.record?.(outputRecord(name, "html", shown(targets.html), "written", Buffer.byteLength(html), null));
  }
  if (targets.pdf && due.has("pdf")) {
    // Reproducible: the PDF's dates are the brief's (or SOURCE_DATE_EPOCH), never the clock's.
    const epoch = options.env.SOURCE_DATE_EPOCH;
    const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date(`${fb.as_of}T00:00:00Z`);
    report.progress?.(`${checked.loaded.brief.file}: printing the PDF`);
    const printing = printBrief(
      context.session,
      { ...rendered, toc: view.toc },
      {
        paper,
        tagged: options.untagged !== true,
        knownPages: manifest.pages[paper],
        stamp: {
          title: fb.title,
          date,
          subject: fb.summary,
          keywords: ["fact sheet", ...(fb.desk ? [fb.desk] : []), ...(view.matrix?.parties.map((p) => p.name) ?? [])],
          fingerprint: print,
        },
      },
    );
    const printed = await printing.catch((error: unknown) => {
      if (context.withoutBrowser && context.session.isStartFailure(error)) return error;
      throw error;
    });
    if (!("pdf" in printed)) {
      // The HTML stands (recorded, so the next build prints only the PDF); no snapshot: the edition is not out.
      await claimPlace(place);
      await writeManifest(manifestFile(snapshots), { pages, outputs });
      report.info(`${shown(targets.pdf)}: not printed: the browser could not start`);
      report.record?.(outputRecord(name, "pdf", shown(targets.pdf), "not-printed", null, paper));
      const result = done(targets.html ? "built" : "failed");
      return { ...result, pdf: undefined, browserFailure: printed };
    }
    if (printed.pages) pages[paper] = printed.pages;
    if (printed.blocked.length > 0) {
      report.info(
        `blocked ${printed.blocked.length} request(s) from the page: ${printed.blocked.slice(0, 3).join(", ")}`,
      );
    }
    await writeOutput(targets.pdf, printed.pdf);
    outputs.pdf = recordOutput(printed.pdf, print);
    trace(`${name}: PDF written`);
    report.info(`wrote ${shown(targets.pdf)} (${kb(printed.pdf.byteLength)}, ${paper === "letter" ? "Letter" : "A4"})`);
    report.record?.(outputRecord(name, "pdf", shown(targets.pdf), "written", printed.pdf.byteLength, paper));
  }
  // After the outputs: a build stopped before this leaves the old manifest, which the new files do not match.
  // With it, the record that the outputs and editions of this name are this brief's: one of the same name is refused.
  await claimPlace(place);
  await writeManifest(manifestFile(snapshots), { pages, outputs });
  trace(`${name}: manifest written`);
  if (options.snapshot !== false) {
    await writeOutput(path.join(snapshots, `${fb.as_of}.json`), `${JSON.stringify(snapshot, null, 1)}\n`);
    trace(`${name}: snapshot written`);
  }
  return done("built");
};
