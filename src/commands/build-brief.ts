/**
 * Builds one brief: check it, compare it with its previous edition, render
 * HTML and PDF, write them with a snapshot of what they printed. Skips an
 * output whose inputs have not changed since it was written.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "puppeteer";
import { resolveBrief } from "../brief/resolve-brief.js";
import { type Changes, compareSnapshots, parseSnapshot, type Snapshot, takeSnapshot } from "../brief/snapshot.js";
import type { LoadCache } from "../factbase/load-fact-base.js";
import type { FactBase } from "../factbase/schema.js";
import { VERSION } from "../package-info.js";
import type { BrowserSession } from "../print/browser-session.js";
import { destinationPages, outlinePages } from "../print/outline-pages.js";
import { type Paper, printPdf } from "../print/print-pdf.js";
import { stampPdf } from "../print/stamp-pdf.js";
import type { TemplateSet } from "../render/load-templates.js";
import { type RenderedBrief, renderBrief } from "../render/render-brief.js";
import type { Renderer } from "../render/render-html.js";
import { trace } from "../trace.js";
import { checkBrief, describeCounts } from "./check-brief.js";
import { fingerprint } from "./fingerprint.js";
import { describeFindings, type Reporter } from "./report.js";
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
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

export interface BriefBuildContext {
  readonly templates: TemplateSet;
  readonly renderer: Renderer;
  readonly session: BrowserSession;
  readonly report: Reporter;
  /** Kept between the builds of a long-running process (watch, a batch): texts and YAML pieces read before. */
  readonly cache?: LoadCache | undefined;
}

export interface BriefBuilt {
  readonly status: "built" | "unchanged" | "failed";
  readonly name: string;
  readonly title: string | undefined;
  readonly asOf: string | undefined;
  readonly html: string | undefined;
  readonly pdf: string | undefined;
  /** Every file the brief was made from (fact base, catalogue, sources), for watchers. */
  readonly inputs: readonly string[];
}

/** A brief's output name: its file name without `.yaml`. */
export const briefName = (file: string): string => path.basename(file).replace(/\.ya?ml$/i, "");

/** The result for a brief that could not be built. */
export const failedBrief = (file: string, inputs: readonly string[]): BriefBuilt => ({
  status: "failed",
  name: briefName(file),
  title: undefined,
  asOf: undefined,
  html: undefined,
  pdf: undefined,
  inputs,
});

/** Where the contents' page numbers of a brief's last PDF are kept, per paper size. */
const pageCacheFile = (outDir: string, name: string, paper: Paper): string =>
  path.join(snapshotDir(outDir, name), `pages-${paper}.json`);

/**
 * The page numbers the last build found, by section anchor, or none: a cache that is missing or
 * unreadable is no cache. On disk they are keyed `toc-page-<anchor>`, the ids of the contents' cells.
 */
const readPageCache = async (file: string): Promise<Record<string, string>> => {
  try {
    const data: unknown = JSON.parse(await readFile(file, "utf8"));
    if (data === null || typeof data !== "object" || Array.isArray(data)) return {};
    return Object.fromEntries(
      Object.entries(data).flatMap(([id, page]) => {
        const anchor = /^toc-page-([\w-]+)$/.exec(id)?.[1];
        return anchor !== undefined && typeof page === "string" && /^\d{0,5}$/.test(page) ? [[anchor, page]] : [];
      }),
    );
  } catch {
    return {};
  }
};

/** Keeps the page numbers a build found, for the next build; a cache that cannot be written is no cache. */
const writePageCache = async (file: string, pages: Readonly<Record<string, string>>): Promise<void> => {
  const ids = Object.fromEntries(Object.entries(pages).map(([anchor, page]) => [`toc-page-${anchor}`, page]));
  await writeOutput(file, `${JSON.stringify(ids)}\n`).catch(() => undefined);
};

/** The snapshot folder of a brief, next to its outputs. */
export const snapshotDir = (outDir: string, name: string): string => path.join(outDir, ".factsheet", name);

/** The latest snapshot of an edition dated before `asOf`, if any. */
export const previousSnapshot = async (outDir: string, name: string, asOf: string): Promise<Snapshot | undefined> => {
  const dir = snapshotDir(outDir, name);
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f) && f.slice(0, 10) < asOf)
    .sort();
  const latest = files.at(-1);
  if (!latest) return undefined;
  return parseSnapshot(await readFile(path.join(dir, latest), "utf8"));
};

/** The fingerprint an output file carries, if factsheet wrote it. */
const writtenFingerprint = async (file: string): Promise<string | undefined> => {
  const text = await readFile(file, "latin1").catch(() => undefined);
  if (text === undefined) return undefined;
  const match = file.endsWith(".pdf")
    ? /\/Fingerprint \(([0-9a-f]+)\)>>\s*endobj\s*xref[\s\S]*%%EOF\s*$/.exec(text.slice(-4096))
    : /<code class="fingerprint">([0-9a-f]+)<\/code>/.exec(text);
  return match?.[1];
};

const kb = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export const buildBrief = async (
  file: string,
  options: BriefBuildOptions,
  context: BriefBuildContext,
): Promise<BriefBuilt> => {
  const { cwd, format, paper } = options;
  const { templates, renderer, report } = context;
  const name = briefName(file);
  const outDir = path.resolve(cwd, options.outDir);
  const shown = (f: string) => path.relative(cwd, f) || f;
  const targets = {
    html: format !== "pdf" ? path.join(outDir, `${name}.html`) : undefined,
    pdf: format !== "html" ? path.join(outDir, `${name}.pdf`) : undefined,
  };

  trace(`${name}: checking`);
  const checked = await checkBrief(file, cwd, {
    cache: context.cache,
    strict: options.strict,
    includeDrafts: options.includeDrafts ?? false,
  });
  const fb = checked.factBase;
  if (!fb) {
    report.diagnostics(checked.diagnostics);
    report.info(`${checked.loaded.brief.file}: not built: ${describeFindings(checked.diagnostics)}`);
    return failedBrief(file, checked.loaded.files);
  }

  // What changed since the previous edition (or the snapshot asked for).
  const snapshot = takeSnapshot(fb);
  const before = options.since ?? (await previousSnapshot(outDir, name, fb.as_of));
  const changes: Changes | undefined = before ? compareSnapshots(before, snapshot) : undefined;
  trace(`${name}: compared with the last edition`);

  const { files: inputs, texts } = checked.loaded;
  const print = fingerprint(
    [...inputs.map((f) => texts.get(f) ?? ""), ...templates.texts],
    [
      VERSION,
      paper,
      options.untagged ? "untagged" : "tagged",
      options.includeDrafts ? "with drafts" : "reviewed only",
      `epoch ${options.env.SOURCE_DATE_EPOCH ?? ""}`,
      before ? JSON.stringify(before) : "first edition",
    ],
  );
  const done = (status: BriefBuilt["status"]): BriefBuilt => ({
    status,
    name,
    title: fb.title,
    asOf: fb.as_of,
    html: targets.html,
    pdf: targets.pdf,
    inputs: checked.loaded.files,
  });

  // Incremental: skip when every requested output already carries this fingerprint.
  if (!options.force) {
    const written = await Promise.all(
      [targets.html, targets.pdf].filter((t): t is string => t !== undefined).map(writtenFingerprint),
    );
    if (written.every((w) => w === print)) {
      report.info(`${checked.loaded.brief.file}: unchanged since last built (fingerprint ${print}); --force rebuilds`);
      return done("unchanged");
    }
  }

  const view = resolveBrief(fb, checked.catalog, {
    version: VERSION,
    disagreements: checked.disagreements,
    fingerprint: print,
    ...(changes ? { changes } : {}),
  });
  trace(`${name}: checked`);
  const rendered = await renderBrief(templates, renderer, view);
  trace(`${name}: rendered`);
  const { html } = rendered;
  const findings = describeFindings(checked.diagnostics);
  report.info(
    `${checked.loaded.brief.file}: ok (${describeCounts(fb, view.counts.sources)})${findings ? `; ${findings}: run check to list them` : ""}`,
  );

  if (targets.html) {
    await writeOutput(targets.html, html);
    trace(`${name}: HTML written`);
    report.info(`wrote ${shown(targets.html)} (${kb(Buffer.byteLength(html))})`);
  }
  if (targets.pdf) {
    const cache = pageCacheFile(outDir, name, paper);
    const pdf = await printBrief(fb, view, rendered, print, options, context, cache).catch(async (error: unknown) => {
      // A browser that failed or hung is not trusted with the next brief: the session starts a new one.
      await context.session.close();
      throw error;
    });
    trace(`${name}: PDF stamped`);
    await writeOutput(targets.pdf, pdf);
    trace(`${name}: PDF written`);
    report.info(`wrote ${shown(targets.pdf)} (${kb(pdf.byteLength)}, ${paper === "letter" ? "Letter" : "A4"})`);
  }
  if (options.snapshot !== false) {
    await writeOutput(
      path.join(snapshotDir(outDir, name), `${fb.as_of}.json`),
      `${JSON.stringify(snapshot, null, 1)}\n`,
    );
    trace(`${name}: snapshot written`);
  }
  return done("built");
};

/** Prints the PDF in two passes (the second with the contents' page numbers) and makes it reproducible. */
const printBrief = async (
  fb: FactBase,
  view: ReturnType<typeof resolveBrief>,
  rendered: RenderedBrief,
  print: string,
  options: BriefBuildOptions,
  context: BriefBuildContext,
  cache: string,
): Promise<Uint8Array> => {
  const browser = await context.session.browser();
  const printOptions = {
    openTab: () => context.session.openTab(browser),
    releaseTab: (tab: Page) => context.session.printDone(tab),
    paper: options.paper,
    headerTemplate: rendered.header,
    footerTemplate: rendered.footer,
    tagged: options.untagged !== true,
  };
  // Print, read where each section landed, and print again with those pages in the contents.
  // The pages the last build found go in before the first print: when they still hold, that
  // print is the final one. A first build prints an untagged draft to learn them (its link
  // targets give each section's page), then the tagged PDF, whose outline confirms them.
  // An untagged PDF has no outline to read: one pass, no page numbers.
  const initial = options.untagged ? {} : await readPageCache(cache);
  let printed: Readonly<Record<string, string>> = initial;
  let found: Record<string, string> | undefined;
  const result = await printPdf(
    browser,
    Object.keys(initial).length > 0 ? rendered.withPages(initial) : rendered.html,
    {
      ...printOptions,
      ...(options.untagged
        ? {}
        : {
            draft: Object.keys(initial).length === 0 && view.toc.length > 0,
            revise: async (pdf: Uint8Array, tagged: boolean) => {
              // A tagged print's bookmarks name each section by its title; a draft's link targets by its anchor.
              const landed = tagged
                ? new Map((await outlinePages(pdf)).map((entry) => [entry.title, entry.page]))
                : await destinationPages(pdf);
              trace(tagged ? "print: outline read" : "print: link targets read");
              const pages = Object.fromEntries(
                view.toc.map((entry) => [entry.anchor, String(landed.get(tagged ? entry.title : entry.anchor) ?? "")]),
              );
              if (tagged) found = pages;
              const same = view.toc.every((entry) => (printed[entry.anchor] ?? "") === pages[entry.anchor]);
              if (same) return undefined;
              printed = pages;
              return rendered.withPages(pages);
            },
          }),
    },
  );
  if (found !== undefined) await writePageCache(cache, found);
  if (result.blocked.length > 0) {
    context.report.info(
      `blocked ${result.blocked.length} request(s) from the page: ${result.blocked.slice(0, 3).join(", ")}`,
    );
  }
  // Reproducible: the PDF's dates are the brief's (or SOURCE_DATE_EPOCH), never the clock's.
  const epoch = options.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date(`${fb.as_of}T00:00:00Z`);
  return stampPdf(result.pdf, {
    title: fb.title,
    date,
    subject: fb.summary,
    keywords: ["fact sheet", ...(fb.desk ? [fb.desk] : []), ...(view.matrix?.parties.map((p) => p.name) ?? [])],
    fingerprint: print,
  });
};
