/**
 * A brief's PDF, start to end, and the one entry point the commands call
 * (build, and watch through it): the contents' page numbers in two passes,
 * then the file made reproducible and its metadata completed.
 *
 * Chromium has no CSS target-counter, so the contents learn their page
 * numbers from a print: print, read where each section landed, print again
 * with those pages. The pages a previous build found go in before the first
 * print: when they still hold, that print is the final one. A first build
 * prints an untagged draft to learn them (its link targets give each
 * section's page), then the tagged PDF, whose outline confirms them. An
 * untagged PDF has no outline to read: one pass, no page numbers.
 */

import { trace } from "../trace.js";
import type { BrowserSession } from "./browser-session.js";
import type { Paper } from "./print-pdf.js";
import { withPrintTab } from "./print-pdf.js";
import { readLandings } from "./read-landings.js";
import { type PdfStamp, stampPdf } from "./stamp-pdf.js";

/** A brief as the render stage gives it, with its contents' entries. */
export interface PrintableBrief {
  /** The document, its contents without page numbers. */
  readonly html: string;
  /** The running header and footer Chromium prints on every page. */
  readonly header: string;
  readonly footer: string;
  /** The contents: each section's title (as its bookmark names it) and anchor (its link target). */
  readonly toc: readonly { readonly title: string; readonly anchor: string }[];
  /** The document again, its contents showing these page numbers (by anchor). */
  withPages(pages: Readonly<Record<string, string>>): string;
}

/** The contents' page numbers, by section anchor ("" for a section whose page is not known). */
export type ContentsPages = Readonly<Record<string, string>>;

export interface PrintBriefOptions {
  readonly paper: Paper;
  /** A tagged (accessible) PDF with bookmarks and numbered contents; untagged is one pass, unnumbered. */
  readonly tagged: boolean;
  /** The pages a previous print found, tried first. */
  readonly knownPages?: ContentsPages | undefined;
  /** The metadata the PDF carries, and its dates. */
  readonly stamp: PdfStamp;
  /** Upper bound for the whole print, every pass of it. */
  readonly timeoutMs?: number;
}

export interface PrintedBrief {
  /** The final PDF, stamped. */
  readonly pdf: Uint8Array;
  /** URLs the page tried to load and was refused. */
  readonly blocked: readonly string[];
  /** The pages the final print's outline confirmed, for the next build; none when no outline was read. */
  readonly pages: ContentsPages | undefined;
}

/** A draft, a print with the pages it found, and one more if those pages moved the headings. */
const MAX_PRINTS = 3;

/**
 * Prints the brief in the session's browser. A browser that failed or hung is not trusted with the
 * next brief: on any failure the session is closed, and its next print starts a new one.
 */
export async function printBrief(
  session: BrowserSession,
  brief: PrintableBrief,
  options: PrintBriefOptions,
): Promise<PrintedBrief> {
  const { toc } = brief;
  const numbered = options.tagged && toc.length > 0;
  try {
    const browser = await session.browser();
    const { result, blocked } = await withPrintTab(
      browser,
      {
        paper: options.paper,
        headerTemplate: brief.header,
        footerTemplate: brief.footer,
        openTab: () => session.openTab(browser),
        releaseTab: (tab) => session.printDone(tab),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      },
      async (print) => {
        const known = numbered ? (options.knownPages ?? {}) : {};
        /** The pages the document being printed shows. */
        let shown: ContentsPages = known;
        let html = Object.keys(known).length > 0 ? brief.withPages(known) : brief.html;
        let draft = numbered && Object.keys(known).length === 0;
        let found: ContentsPages | undefined;
        let pdf = await print(html, { tagged: options.tagged, draft });
        for (let prints = 1; numbered && prints < MAX_PRINTS; prints += 1) {
          // A tagged print's bookmarks name each section by its title; a draft's link targets by its anchor.
          const landed = new Map(
            (await readLandings(pdf, draft ? "targets" : "outline")).map((entry) => [entry.name, entry.page]),
          );
          trace(draft ? "print: link targets read" : "print: outline read");
          const pages = Object.fromEntries(
            toc.map((entry) => [entry.anchor, String(landed.get(draft ? entry.anchor : entry.title) ?? "")]),
          );
          if (!draft) found = pages;
          const same = toc.every((entry) => (shown[entry.anchor] ?? "") === pages[entry.anchor]);
          if (same && !draft) break;
          if (!same) {
            shown = pages;
            html = brief.withPages(pages);
          }
          // A draft is never the result: it paints nothing. The last print is always the document as asked.
          draft = false;
          pdf = await print(html, { tagged: true });
        }
        return { pdf, pages: found };
      },
    );
    // Reproducible: the PDF's dates are the stamp's, never the clock's.
    const pdf = stampPdf(result.pdf, options.stamp);
    trace("print: PDF stamped");
    return { pdf, blocked, pages: result.pages };
  } catch (error) {
    await session.close();
    throw error;
  }
}
