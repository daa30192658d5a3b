/**
 * `factsheet build`: one brief, or with `--all` every brief in the data
 * folder in one run, sharing one browser, with a progress line per brief and
 * an index page listing them all.
 */
import { readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pMap from "p-map";
import type { Snapshot } from "../brief/snapshot.js";
import type { LoadedDeskConfig } from "../config/load-desk-config.js";
import { CliError, ExitCode } from "../errors.js";
import { createLoadCache } from "../factbase/load-fact-base.js";
import { BrowserSession, startBrowserSession } from "../print/browser-session.js";
import type { Paper } from "../print/print-pdf.js";
import { renderIndex } from "../render/render-index.js";
import { describeBatch } from "./batch-summary.js";
import { loadRendering, renderingCache } from "./brief-templates.js";
import { type BriefBuilt, briefName, buildBrief, type Format, failedBrief } from "./build-brief.js";
import { type Reporter, reportInOrder, reportProblem } from "./report.js";
import type { ReportRecord } from "./report-records.js";
import { writeOutput } from "./write-output.js";

export type { Format } from "./build-brief.js";

/**
 * At most this many briefs in flight in a batch, and no more than the machine's cores. Measured
 * on 2 cores: two prints side by side take 1.5 times as long as one (twice as long one after the
 * other), and three take longer than two.
 */
const MAX_PARALLEL_PRINTS = 4;

export interface BuildOptions {
  /** The briefs; or, with `all`, the folders whose briefs to build. */
  readonly files: readonly string[];
  readonly all?: boolean;
  readonly format: Format;
  readonly outDir: string;
  readonly paper: Paper;
  readonly browser?: string | undefined;
  readonly strict?: boolean;
  readonly includeDrafts?: boolean;
  readonly force?: boolean;
  readonly untagged?: boolean;
  readonly since?: Snapshot | undefined;
  /** List each built brief's findings, as check --verbose does. */
  readonly verbose?: boolean;
  /** A folder of templates over the built-in ones (--templates, or the desk config's). */
  readonly templatesDir?: string | undefined;
  /** The templates were named on the command line: they win over a brief's own `templates:`. */
  readonly fixedTemplates?: boolean;
  /** The desk's name (desk config): on the index page, and on briefs that name no desk. */
  readonly desk?: string | undefined;
  /** The desk config read for this run; by default, found from the working folder. */
  readonly deskConfig?: LoadedDeskConfig | undefined;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** A browser session started by the caller (the CLI starts it before loading this module); closed here. */
  readonly session?: BrowserSession | undefined;
  /** Aborted when the run is interrupted: no further brief is started. */
  readonly signal?: AbortSignal | undefined;
}

/** A brief of the run as its JSON report lists it. */
const builtRecord = (file: string, built: BriefBuilt): ReportRecord => ({
  kind: "built",
  entry: {
    file,
    name: built.name,
    status: built.status,
    problem: built.problem ?? null,
    title: built.title ?? null,
    asOf: built.asOf ?? null,
  },
});

/** The briefs in a data folder: its `*.yaml` files, by name. */
export const listBriefs = async (dir: string): Promise<string[]> => {
  const names = await readdir(dir).catch(() => {
    throw new CliError(`Cannot read the folder ${dir}: name a folder of briefs.`, ExitCode.input);
  });
  return names
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
};

/** The briefs in each of the folders of `build --all`, in the order named. */
const briefsIn = async (folders: readonly string[], cwd: string): Promise<string[]> => {
  const files: string[] = [];
  for (const folder of folders) {
    const found = await listBriefs(path.resolve(cwd, folder));
    if (found.length === 0) throw new CliError(`No brief (*.yaml) in ${folder}.`, ExitCode.input);
    files.push(...found);
  }
  return files;
};

/** The name of the page that lists a batch's briefs, in the output folder. */
export const INDEX_NAME = "index";

/**
 * Refuses a batch whose briefs would write the same files, before anything is written: two briefs
 * of one name (`a.yaml` and `a.yml`, or names that differ only in case, which are one file on
 * many systems and static hosts), or, when the batch writes the listing page (`withIndex`), a
 * brief whose outputs would be that page itself.
 */
export const refuseCollisions = (
  files: readonly string[],
  outDir: string,
  shown: (file: string) => string,
  withIndex = true,
): void => {
  const byName = new Map<string, string>();
  for (const file of files) {
    const name = briefName(file);
    const folded = name.toLowerCase();
    if (withIndex && folded === INDEX_NAME)
      throw new CliError(
        `${shown(file)} would write ${shown(path.join(outDir, INDEX_NAME))}.html, the page that lists the briefs of a batch: rename the brief.`,
        ExitCode.input,
      );
    const first = byName.get(folded);
    if (first !== undefined)
      throw new CliError(
        `${shown(first)} and ${shown(file)} would both write ${shown(path.join(outDir, briefName(first)))}.html and .pdf: rename one of them.`,
        ExitCode.input,
      );
    byName.set(folded, file);
  }
};

export const build = async (options: BuildOptions, report: Reporter): Promise<number> => {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const wantPdf = options.format !== "html";
  // Start the browser first (unless the caller has): it boots while the first brief is checked and rendered.
  const session =
    options.session ?? (wantPdf ? startBrowserSession(options.browser, env) : new BrowserSession(undefined));
  try {
    const files = options.all ? await briefsIn(options.files, cwd) : [...options.files];
    // A batch (--all, or several briefs) goes on past a brief that fails, and ends with what became of each.
    const batch = options.all === true || files.length > 1;
    if (batch)
      refuseCollisions(
        files,
        path.resolve(cwd, options.outDir),
        (f) => path.relative(cwd, path.resolve(cwd, f)) || f,
        options.all === true,
      );
    session.tabsAhead = files.length > 1;
    // A batch whose browser cannot start writes the HTML it can, and says why once.
    if (batch) session.retryFailedStart = false;
    session.printsOnce = files.length === 1;
    // Each templates folder is read once: the default set, and each folder the briefs name.
    const renderingOf = renderingCache(cwd);
    const { templates, renderer } = await loadRendering(options.templatesDir, cwd);
    // A batch reads the same sources (and often the same pieces of YAML) brief after brief.
    const cache = files.length > 1 ? createLoadCache() : undefined;
    const context = {
      templates,
      renderer,
      fixedTemplates: options.fixedTemplates ?? false,
      renderingOf,
      session,
      report,
      cache,
      withoutBrowser: batch,
    };
    const briefOptions = {
      format: options.format,
      outDir: options.outDir,
      paper: options.paper,
      strict: options.strict ?? false,
      includeDrafts: options.includeDrafts ?? false,
      force: options.force ?? false,
      untagged: options.untagged ?? false,
      since: options.since,
      verbose: options.verbose ?? false,
      desk: options.desk,
      deskConfig: options.deskConfig,
      cwd,
      env,
    };
    // Printing is the browser's work, in processes of its own: on a machine with cores to spare, the
    // next brief is checked, rendered and printed while the one before it is still printing. Each
    // brief's lines are held back until those of the briefs before it are out, so the log reads in order.
    const concurrency = wantPdf && files.length > 1 ? Math.min(MAX_PARALLEL_PRINTS, os.availableParallelism()) : 1;
    const inOrder = reportInOrder(report, files.length);
    // A batch's progress line counts the briefs done.
    let finished = 0;
    const progressOf = (log: Reporter, file: string): Reporter =>
      files.length === 1
        ? log
        : { ...log, progress: (status) => report.progress?.(`[${finished}/${files.length} done] ${status ?? file}`) };
    const results = await pMap(
      files.entries(),
      async ([i, file]): Promise<BriefBuilt> => {
        options.signal?.throwIfAborted();
        const shown = path.relative(cwd, path.resolve(cwd, file)) || file;
        const log = progressOf(inOrder.job(i), shown);
        if (files.length > 1) log.info(`[${i + 1}/${files.length}] ${shown}`);
        try {
          const built = await buildBrief(file, briefOptions, { ...context, report: log });
          log.record?.(builtRecord(shown, built));
          return built;
        } catch (error) {
          // In a batch, a brief that cannot be read fails alone; on its own it ends the run.
          if (!batch || !(error instanceof CliError) || error.exitCode !== ExitCode.input) throw error;
          reportProblem(log, `factsheet: ${error.message}`);
          const failed = failedBrief(file, [], cwd, "cannot be read");
          log.record?.(builtRecord(shown, failed));
          return failed;
        } finally {
          finished += 1;
          if (files.length > 1) report.progress?.(`[${finished}/${files.length} done] ${shown}: done`);
          inOrder.done(i);
        }
      },
      { concurrency },
    );
    if (options.all) {
      const outDir = path.resolve(cwd, options.outDir);
      const index = await renderIndex(templates, renderer, results, outDir, { desk: options.desk });
      await writeOutput(path.join(outDir, `${INDEX_NAME}.html`), index);
      report.record?.({ kind: "index", file: path.relative(cwd, path.join(outDir, `${INDEX_NAME}.html`)) });
      const built = results.filter((r) => r.status !== "failed").length;
      report.info(
        `wrote ${path.relative(cwd, path.join(outDir, `${INDEX_NAME}.html`))} (${built} of ${results.length} briefs)`,
      );
    }
    // A batch ends with what became of every brief, naming each that failed: the last lines of a long log.
    if (batch) report.info(describeBatch(results, ["built", "unchanged", "failed"]));
    // Said once, after every brief and the index: no browser (4), or one that could not start (6).
    report.progress?.(undefined);
    const browserFailure = results.find((r) => r.browserFailure)?.browserFailure;
    if (browserFailure) throw browserFailure;
    return results.some((r) => r.status === "failed") ? 1 : 0;
  } finally {
    await session.close();
  }
};
