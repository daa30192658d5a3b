/**
 * Where each bookmarked heading or link target landed in a printed PDF: the
 * page numbers the contents are printed with (Chromium has no CSS
 * target-counter, so the contents are printed twice: once to learn the pages,
 * once with them). `readLandings` is the one reader the print stage calls.
 */
import type { Landing, LandingKind, ReadLandings } from "./landings.js";
import { readLandingsFast } from "./read-outline.js";

export type { Landing, LandingKind, ReadLandings } from "./landings.js";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;

interface PdfOutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: PdfOutlineNode[];
}

let pdfJs: Promise<PdfJs> | undefined;

/** Loads pdf.js and its worker code (run on this thread, as pdf.js does in Node), once. */
export function loadPdfJs(): Promise<PdfJs> {
  pdfJs ??= (async () => {
    const [library, worker] = await Promise.all([
      import("pdfjs-dist/legacy/build/pdf.mjs"),
      import("pdfjs-dist/legacy/build/pdf.worker.mjs"),
    ]);
    // pdf.js looks for its worker's message handler here before it imports the worker file itself.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return library;
  })();
  pdfJs.catch(() => {
    pdfJs = undefined;
  });
  return pdfJs;
}

/** The reference reader: pdf.js, which reads any PDF. */
export const readLandingsWithPdfJs: ReadLandings = async (pdf, kind) => {
  const { getDocument } = await loadPdfJs();
  // pdf.js may detach the buffer it is given: hand it a copy.
  const doc: PdfDocument = await getDocument({
    data: pdf.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pageOf = async (dest: unknown): Promise<number | undefined> => {
    const ref: unknown = Array.isArray(dest) ? dest[0] : undefined;
    if (ref === undefined || ref === null) return undefined;
    return (typeof ref === "number" ? ref : await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
  };
  try {
    const out: Landing[] = [];
    if (kind === "targets") {
      for (const [name, dest] of Object.entries((await doc.getDestinations()) as Record<string, unknown>)) {
        const page = await pageOf(dest);
        if (page !== undefined) out.push({ name, page });
      }
      return out;
    }
    const visit = async (nodes: readonly PdfOutlineNode[]): Promise<void> => {
      for (const node of nodes) {
        const page = await pageOf(typeof node.dest === "string" ? await doc.getDestination(node.dest) : node.dest);
        if (page !== undefined) out.push({ name: node.title, page });
        await visit(node.items);
      }
    };
    await visit(((await doc.getOutline()) ?? []) as PdfOutlineNode[]);
    return out;
  } finally {
    await doc.destroy();
  }
};

/**
 * Read straight from the bytes when the file is as Chromium writes it (read-outline.ts, pinned to
 * pdf.js by a property test), else with pdf.js.
 */
export const readLandings: ReadLandings = async (pdf, kind: LandingKind) =>
  readLandingsFast(pdf, kind) ?? readLandingsWithPdfJs(pdf, kind);
