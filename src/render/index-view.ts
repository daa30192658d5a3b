/** What the index page of a batch shows: each brief built, with its date and links to its outputs. */
import { existsSync } from "node:fs";
import path from "node:path";
import { formatDate } from "../factbase/fuzzy-date.js";
import { VERSION } from "../package-info.js";

/** What the index needs of each brief a batch built (a build's own result satisfies it). */
export interface IndexEntry {
  readonly status: "built" | "unchanged" | "failed";
  readonly name: string;
  readonly title: string | undefined;
  readonly asOf: string | undefined;
  /** The output files, when written. */
  readonly html: string | undefined;
  readonly pdf: string | undefined;
}

export interface IndexView {
  readonly version: string;
  readonly count: string;
  readonly briefs: {
    readonly title: string;
    readonly asOf: string;
    readonly asOfIso: string;
    readonly html: string | null;
    readonly pdf: string | null;
    readonly both: boolean;
  }[];
}

/** Links are relative to the index, URL-encoded, and only to files that exist. */
export const indexView = (results: readonly IndexEntry[], outDir: string): IndexView => {
  const link = (file: string | undefined) =>
    file !== undefined && existsSync(file)
      ? // Each segment URL-encoded: a brief named `x#frag` or `javascript:alert(1)` is a file name, not a URL.
        path
          .relative(outDir, file)
          .split(path.sep)
          .map((segment) => encodeURIComponent(segment))
          .join("/")
      : null;
  const briefs = results
    .filter((r) => r.status !== "failed" && r.title !== undefined && r.asOf !== undefined)
    .map((r) => {
      const html = link(r.html);
      const pdf = link(r.pdf);
      return {
        title: r.title ?? r.name,
        asOf: formatDate(r.asOf ?? ""),
        asOfIso: r.asOf ?? "",
        html,
        pdf,
        both: html !== null && pdf !== null,
      };
    })
    .sort((a, b) => (a.asOfIso < b.asOfIso ? 1 : a.asOfIso > b.asOfIso ? -1 : a.title < b.title ? -1 : 1));
  return { version: VERSION, count: `${briefs.length} brief${briefs.length === 1 ? "" : "s"}`, briefs };
};
