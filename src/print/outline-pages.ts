/**
 * Where each bookmarked heading landed in a printed PDF: the page number of
 * every outline entry, or of every link target. Chromium has no CSS
 * target-counter, so the table of contents is printed twice: once to learn
 * the pages, once with them.
 */
import { readDestinations, readOutline } from "./read-outline.js";

export interface OutlineEntry {
  readonly title: string;
  /** 1-based page number. */
  readonly page: number;
}

interface PdfOutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: PdfOutlineNode[];
}

/** Every bookmark's title and page: read from the bytes when the file is as Chromium writes it, else with pdf.js. */
export const outlinePages = async (pdf: Uint8Array): Promise<OutlineEntry[]> =>
  readOutline(pdf) ?? outlinePagesWithPdfJs(pdf);

export const outlinePagesWithPdfJs = async (pdf: Uint8Array): Promise<OutlineEntry[]> => {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js may detach the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 })
    .promise;
  try {
    const out: OutlineEntry[] = [];
    const visit = async (nodes: readonly PdfOutlineNode[]): Promise<void> => {
      for (const node of nodes) {
        const dest = typeof node.dest === "string" ? await doc.getDestination(node.dest) : node.dest;
        const ref = Array.isArray(dest) ? dest[0] : undefined;
        if (ref !== undefined && ref !== null) {
          const index = typeof ref === "number" ? ref : await doc.getPageIndex(ref as { num: number; gen: number });
          out.push({ title: node.title, page: index + 1 });
        }
        await visit(node.items);
      }
    };
    await visit(((await doc.getOutline()) ?? []) as PdfOutlineNode[]);
    return out;
  } finally {
    await doc.destroy();
  }
};

/** The page of every link target (an element's id), as the PDF's named destinations give it. */
export const destinationPages = async (pdf: Uint8Array): Promise<Map<string, number>> =>
  readDestinations(pdf) ?? destinationPagesWithPdfJs(pdf);

export const destinationPagesWithPdfJs = async (pdf: Uint8Array): Promise<Map<string, number>> => {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 })
    .promise;
  try {
    const out = new Map<string, number>();
    for (const [name, dest] of Object.entries((await doc.getDestinations()) as Record<string, unknown[] | null>)) {
      const ref = Array.isArray(dest) ? dest[0] : undefined;
      if (ref === undefined || ref === null) continue;
      out.set(name, (typeof ref === "number" ? ref : await doc.getPageIndex(ref as { num: number; gen: number })) + 1);
    }
    return out;
  } finally {
    await doc.destroy();
  }
};
