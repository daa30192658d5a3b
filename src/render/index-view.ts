/**
 * What the index page of a batch shows: the desk, each brief built with its
 * title, summary, edition and date and links to its outputs, and each brief
 * that failed, named as failed with why.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { formatDate } from "../factbase/fuzzy-date.js";
import { VERSION } from "../package-info.js";
import { shorten } from "../text/shorten.js";

/** What the index needs of each brief a batch built (a build's own result satisfies it). */
export interface IndexEntry {
  readonly status: "built" | "unchanged" | "failed";
  readonly name: string;
  /** The brief's file, as the terminal shows it (relative to the working folder). */
  readonly file: string;
  readonly title: string | undefined;
  readonly asOf: string | undefined;
  readonly summary?: string | undefined;
  readonly edition?: string | undefined;
  /** The brief's desk (its own `desk:`, else the desk config's). */
  readonly desk?: string | undefined;
  /** Why a failed brief failed: "3 errors", "cannot be read". */
  readonly problem?: string | undefined;
  /** The output files, when written. */
  readonly html: string | undefined;
  readonly pdf: string | undefined;
}

export interface IndexBriefView {
  readonly title: string;
  /** The brief's summary, shortened at a word to about 280 characters (`SUMMARY_CHARS`). */
  readonly summary: string | null;
  readonly edition: string | null;
  /** The brief's desk, when it is not the page's. */
  readonly desk: string | null;
  readonly asOf: string;
  readonly asOfIso: string;
  readonly html: string | null;
  readonly pdf: string | null;
  readonly both: boolean;
}

export interface IndexFailedView {
  /** The brief's file: "data/x.yaml". */
  readonly file: string;
  /** Its title, when it could be read. */
  readonly title: string | null;
  /** "3 errors", "cannot be read". */
  readonly problem: string;
}

export interface IndexView {
  readonly version: string;
  /** The desk the page is for (`desk:` in the desk config); null when none is set. */
  readonly desk: string | null;
  readonly count: string;
  readonly briefs: IndexBriefView[];
  /** Briefs of the batch that were not built; listed on the page as failed. */
  readonly failed: IndexFailedView[];
  /** "1 brief failed and is not listed above: fix it and build again"; null when none failed. */
  readonly failedNote: string | null;
}

/** How much of a brief's summary the index shows: a few lines beside its title. */
export const SUMMARY_CHARS = 280;

/** Options of the index page. */
export interface IndexOptions {
  /** The desk's name, from the desk config. */
  readonly desk?: string | undefined;
}

/** Links are relative to the index, URL-encoded, and only to files that exist. */
export const indexView = (results: readonly IndexEntry[], outDir: string, options: IndexOptions = {}): IndexView => {
  const link = (file: string | undefined) =>
    file !== undefined && existsSync(file)
      ? // Each segment URL-encoded: a brief named `x#frag` or `javascript:alert(1)` is a file name, not a URL.
        path
          .relative(outDir, file)
          .split(path.sep)
          .map((segment) => encodeURIComponent(segment))
          .join("/")
      : null;
  const pageDesk = options.desk ?? null;
  const briefs = results
    .filter((r) => r.status !== "failed" && r.title !== undefined && r.asOf !== undefined)
    .map((r): IndexBriefView => {
      const html = link(r.html);
      const pdf = link(r.pdf);
      return {
        title: r.title ?? r.name,
        summary: r.summary === undefined ? null : shorten(r.summary, SUMMARY_CHARS),
        edition: r.edition ?? null,
        desk: r.desk !== undefined && r.desk !== pageDesk ? r.desk : null,
        asOf: formatDate(r.asOf ?? ""),
        asOfIso: r.asOf ?? "",
        html,
        pdf,
        both: html !== null && pdf !== null,
      };
    })
    .sort((a, b) => (a.asOfIso < b.asOfIso ? 1 : a.asOfIso > b.asOfIso ? -1 : a.title < b.title ? -1 : 1));
  const failed = results
    .filter((r) => r.status === "failed")
    .map((r): IndexFailedView => ({ file: r.file, title: r.title ?? null, problem: r.problem ?? "not built" }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  const n = failed.length;
  return {
    version: VERSION,
    desk: pageDesk,
    count: `${briefs.length} brief${briefs.length === 1 ? "" : "s"}`,
    briefs,
    failed,
    failedNote:
      n === 0
        ? null
        : `${n} brief${n === 1 ? "" : "s"} of this batch failed and ${n === 1 ? "is" : "are"} not published here: fix ${n === 1 ? "it" : "them"} and build again.`,
  };
};
