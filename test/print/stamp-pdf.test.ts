/**
 * The stamp (stamp-pdf.ts, a fast path that edits Chromium's PDF in place and appends an
 * incremental update) pinned to a library's reading: pdf.js reads back the metadata asked for, on
 * generated texts with hostile ones among them (PDF syntax, UTF-16 surrogate pairs, bidi controls,
 * a byte-order mark, NUL, ESC), from a PDF a real Chromium printed in the test's setup. The
 * document printed is invented for the test.
 */
import fc from "fast-check";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeBrowser, launchBrowser } from "../../src/print/launch-browser.js";
import { printPdf } from "../../src/print/print-pdf.js";
import { readLandingsFast } from "../../src/print/read-outline.js";
import { type PdfStamp, stampPdf } from "../../src/print/stamp-pdf.js";
import { describeWithBrowser } from "../helpers.js";

/** Pieces that have broken PDF writers, and any character at all. */
const hostile = fc.constantFrom(
  "(",
  ")",
  "\\",
  "\\)",
  ">>",
  "<<",
  "<FEFF0041>",
  "/Title (x)",
  "endobj",
  "stream",
  "\nxref\n0 1\n",
  "trailer",
  "%%EOF",
  "\r\n",
  "\u0000",
  "\u001b",
  "\u001ben\u001b",
  "\ufeff",
  "\u00fe\u00ff",
  "\u202e",
  "😀",
  "𝄞",
  "قطر",
  "שלום",
  "漢字",
  "é",
);
const text = fc
  .array(fc.oneof(hostile, fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 8 })
  .map((parts) => parts.join(""));

const stamps: fc.Arbitrary<PdfStamp> = fc.record({
  title: text,
  subject: text,
  keywords: fc.array(text, { maxLength: 4 }),
  fingerprint: fc.stringMatching(/^[0-9a-f]{12}$/),
  date: fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }),
});

/** What a PDF text string can carry: ESC opens a language code in one (PDF 2.0, 7.9.2.2), so the stamp drops it. */
const representable = (s: string): string => s.replaceAll("\u001b", "");

/** `D:YYYYMMDDHHmmSSZ`, from the ISO form: written apart from the stamp's own formatting. */
const pdfDate = (date: Date): string => `D:${date.toISOString().slice(0, 19).replace(/[-T:]/g, "")}Z`;

const readInfo = async (pdf: Uint8Array): Promise<{ info: Record<string, unknown>; pages: number }> => {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
    return { info, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
};

describeWithBrowser("stampPdf, read back with pdf.js", (testBrowser) => {
  let browser: Browser;
  let printed: Uint8Array;
  beforeAll(async () => {
    browser = await launchBrowser({ executablePath: testBrowser.path });
    const sections = ["One", "Two (2)", "Trois \\ été"].map(
      (title, i) => `<h1 id="s${i}">${title}</h1>${"<p>Line of text.</p>".repeat(40)}`,
    );
    const html = `<!DOCTYPE html><html lang="en"><head><title>Chromium's own title</title></head><body>${sections.join("")}</body></html>`;
    ({ pdf: printed } = await printPdf(browser, html, {
      paper: "a4",
      headerTemplate: "<span></span>",
      footerTemplate: "<span></span>",
    }));
  });
  afterAll(async () => {
    await closeBrowser(browser);
  });

  it("the printed PDF is one the stamp has to work on: Chromium's info, dates, an outline over pages", async () => {
    const { info, pages } = await readInfo(printed);
    expect(info.Title).toBe("Chromium's own title");
    expect(info.CreationDate).toMatch(/^D:\d{14}/);
    expect(pages).toBeGreaterThan(1);
    expect(readLandingsFast(printed, "outline")?.length).toBe(3);
  });

  it("every text, date and fingerprint asked for is what pdf.js reads back; the rest of the file is untouched", async () => {
    const outline = readLandingsFast(printed, "outline");
    await fc.assert(
      fc.asyncProperty(stamps, async (stamp) => {
        const stamped = stampPdf(printed, stamp);
        const { info, pages } = await readInfo(stamped);
        expect(info.Title).toBe(representable(stamp.title));
        expect(info.Subject).toBe(representable(stamp.subject));
        expect(info.Keywords).toBe(representable(stamp.keywords.join(", ")));
        expect(info.Creator).toBe("factsheet");
        expect(info.Producer).toBe("factsheet with Chromium (Skia/PDF)");
        expect(info.CreationDate).toBe(pdfDate(stamp.date));
        expect(info.ModDate).toBe(pdfDate(stamp.date));
        expect((info.Custom as Record<string, unknown>).Fingerprint).toBe(stamp.fingerprint);
        expect(pages).toBeGreaterThan(1);
        // Chromium's own bytes keep their length (dates and node ids are rewritten in place), and the
        // update is read through: the fast outline reader still reads the stamped file.
        expect(readLandingsFast(stamped, "outline")).toEqual(outline);
      }),
      { numRuns: 200 },
    );
  });

  it("a fingerprint that is not one keeps only its letters, digits and dashes, and breaks nothing", async () => {
    await fc.assert(
      fc.asyncProperty(text, async (fingerprint) => {
        const stamped = stampPdf(printed, { title: "T", subject: "S", keywords: [], fingerprint, date: new Date(0) });
        const { info } = await readInfo(stamped);
        expect(info.Title).toBe("T");
        const kept = fingerprint.replace(/[^0-9a-zA-Z-]/g, "");
        expect((info.Custom as Record<string, unknown> | undefined)?.Fingerprint ?? "").toBe(kept);
      }),
      { numRuns: 60 },
    );
  });
});
