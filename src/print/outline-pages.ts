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

export const outlinePagesWithPdfJs = (pdf: Uint8Array): Promise<OutlineEntry[]> =>
  withPdfJs(pdf, async (doc, pageOf) => {
    const out: OutlineEntry[] = [];
    const visit = async (nodes: readonly PdfOutlineNode[]): Promise<void> => {
      for (const node of nodes) {
        const page = await pageOf(typeof node.dest === "string" ? await doc.getDestination(node.dest) : node.dest);
        if (page !== undefined) out.push({ title: node.title, page });
        await visit(node.items);
      }
    };
    await visit(((await doc.getOutline()) ?? []) as PdfOutlineNode[]);
    return out;
  });

/** The page of every link target (an element's id), as the PDF's named destinations give it. */
export const destinationPages = async (pdf: Uint8Array): Promise<Map<string, number>> =>
  readDestinations(pdf) ?? destinationPagesWithPdfJs(pdf);

export const destinationPagesWithPdfJs = (pdf: Uint8Array): Promise<Map<string, number>> =>
  withPdfJs(pdf, async (doc, pageOf) => {
    const out = new Map<string, number>();
    for (const [name, dest] of Object.entries((await doc.getDestinations()) as Record<string, unknown>)) {
      const page = await pageOf(dest);
      if (page !== undefined) out.set(name, page);
    }
    return out;
  });

type PdfDocument = Awaited<ReturnType<typeof import("pdfjs-dist/legacy/build/pdf.mjs").getDocument>["promise"]>;

/** Opens the PDF with pdf.js (loaded only then) for `read`, with the 1-based page a destination points at. */
const withPdfJs = async <T>(
  pdf: Uint8Array,
  read: (doc: PdfDocument, pageOf: (dest: unknown) => Promise<number | undefined>) => Promise<T>,
): Promise<T> => {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js may detach the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 })
    .promise;
  const pageOf = async (dest: unknown): Promise<number | undefined> => {
    const ref: unknown = Array.isArray(dest) ? dest[0] : undefined;
    if (ref === undefined || ref === null) return undefined;
    return (typeof ref === "number" ? ref : await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
  };
  try {
    return await read(doc, pageOf);
  } finally {
    await doc.destroy();
  }
};
