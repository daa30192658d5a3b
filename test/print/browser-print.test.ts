/**
 * Printing the HTML brief from a browser, as a reader would: the page's margins come from the
 * brief's own `@page` rule (equal to the PDF's), and every visual cue survives the print dialog's
 * "background graphics" switched off (Chrome's default): the brief is printed with and without
 * backgrounds, rasterised with pdf.js, and the cues compared pixel by pixel. The brief is the
 * invented harbour fixture with an invented refusal, an opposition, an exactly and an approximately
 * dated event added, and "New" marks from a comparison with the fixture as it is.
 */
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser } from "puppeteer";
import { beforeAll, expect, it } from "vitest";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import type { FactBase } from "../../src/factbase/schema.js";
import { PAGE_MARGINS } from "../../src/print/print-pdf.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { renderBrief } from "../../src/render/render-brief.js";
import { createRenderer } from "../../src/render/render-html.js";
import { describeWithBrowser, editionOf, ROOT } from "../helpers.js";

const PT_PER_MM = 72 / 25.4;
/** Rasterised at 3 pixels a point. */
const SCALE = 3;

/** The harbour brief with the cues a print must keep (invented items, citing what the fixture cites). */
async function cuesHtml(): Promise<string> {
  const checked = await checkBrief("test/fixtures/harbour.yaml", ROOT);
  const fb = checked.factBase;
  if (!fb) throw new Error("the harbour fixture does not check");
  const cite = fb.timeline?.[0]?.cite ?? [];
  const withCues: FactBase = {
    ...fb,
    timeline: [
      ...(fb.timeline ?? []),
      { id: "cue-exact", date: "2024-02-14", text: "An exactly dated event.", cite },
      { id: "cue-approximate", date: "2024-02-21~", text: "An approximately dated event.", cite },
    ],
    positions: [
      ...(fb.positions ?? []),
      {
        id: "cue-refuses",
        party: "union",
        question: "fees",
        stance: "refuses",
        text: "A refusal.",
        as_of: "2024-03-01",
        cite,
      },
      {
        id: "cue-opposes",
        party: "harbour-authority",
        question: "fees",
        stance: "opposes",
        text: "An opposition.",
        as_of: "2024-03-02",
        cite,
      },
    ],
  };
  const view = resolveBrief(withCues, checked.catalog, {
    version: "test",
    disagreements: checked.disagreements,
    previous: editionOf(fb, checked.catalog, "2024-03-01"),
  });
  const templates = await loadTemplates();
  return (await renderBrief(templates, await createRenderer(templates), view)).html;
}

/** A print from the browser: the page as it is, the print dialog's margins left to the page. */
async function browserPrint(browser: Browser, html: string, printBackground: boolean): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", printBackground });
  } finally {
    await page.close();
  }
}

interface Word {
  readonly page: number;
  readonly text: string;
  /** In PDF points, from the page's top left. */
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  readonly right: number;
}

interface Printed {
  readonly words: Word[];
  /** Ink (0 white to 1 black) of a box of a page, in points from its top left. */
  ink(page: number, box: { x: number; top: number; right: number; bottom: number }): number;
}

/** pdf.js's canvas factory in Node (its optional @napi-rs/canvas): what `PDFDocumentProxy.canvasFactory` is. */
interface NodeCanvasFactory {
  create(width: number, height: number): { canvas: unknown; context: CanvasRenderingContext2D };
}

async function rasterise(pdf: Uint8Array): Promise<Printed> {
  const doc: PDFDocumentProxy = await getDocument({ data: pdf.slice(), isEvalSupported: false }).promise;
  const words: Word[] = [];
  const pixels: { data: Uint8ClampedArray; width: number }[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const height = page.view[3] ?? 0;
      for (const item of (await page.getTextContent()).items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [, , , size = 0, x = 0, y = 0] = item.transform as number[];
        words.push({
          page: n,
          text: item.str.trim(),
          x,
          top: height - y - size,
          bottom: height - y,
          right: x + item.width,
        });
      }
      const viewport = page.getViewport({ scale: SCALE });
      const [width, height2] = [Math.ceil(viewport.width), Math.ceil(viewport.height)];
      const { canvas, context } = (doc.canvasFactory as NodeCanvasFactory).create(width, height2);
      await page.render({ canvas: canvas as HTMLCanvasElement, canvasContext: context, viewport }).promise;
      const image = context.getImageData(0, 0, width, height2);
      pixels.push({ data: image.data, width: image.width });
    }
  } finally {
    await doc.destroy();
  }
  return {
    words,
    ink(page, box) {
      const image = pixels[page - 1];
      if (!image) throw new Error(`no page ${page}`);
      let sum = 0;
      let count = 0;
      for (let y = Math.round(box.top * SCALE); y < Math.round(box.bottom * SCALE); y += 1)
        for (let x = Math.round(box.x * SCALE); x < Math.round(box.right * SCALE); x += 1) {
          const i = (y * image.width + x) * 4;
          const luminance =
            (0.2126 * (image.data[i] ?? 255) +
              0.7152 * (image.data[i + 1] ?? 255) +
              0.0722 * (image.data[i + 2] ?? 255)) /
            255;
          sum += 1 - luminance;
          count += 1;
        }
      return count === 0 ? 0 : sum / count;
    },
  };
}

/** The words `text` prints as (once each); fails when there is none. */
function find(printed: Printed, text: string): Word[] {
  const found = printed.words.filter((w) => w.text === text);
  if (found.length === 0) throw new Error(`"${text}" is not printed`);
  return found;
}

describeWithBrowser("printing from the browser", (testBrowser) => {
  const browser = testBrowser.launchForSuite();
  let html = "";
  let withBackgrounds: Printed;
  let withoutBackgrounds: Printed;
  beforeAll(async () => {
    html = await cuesHtml();
    withBackgrounds = await rasterise(await browserPrint(browser(), html, true));
    withoutBackgrounds = await rasterise(await browserPrint(browser(), html, false));
  });

  it("sets the page's margins itself, the same as the PDF's", async () => {
    const css = (await loadTemplates()).styles;
    const rule = /@page\s*\{\s*margin:\s*([^;]+);/.exec(css)?.[1]?.trim();
    const { top, right, bottom, left } = PAGE_MARGINS;
    expect(rule).toBe(`${top} ${right} ${bottom}${left === right ? "" : ` ${left}`}`);
    // A print from the browser, which gave no margins of its own: nothing prints inside them.
    const mm = (value: string) => Number.parseFloat(value) * PT_PER_MM;
    const words = withoutBackgrounds.words;
    expect(Math.min(...words.map((w) => w.x))).toBeGreaterThanOrEqual(mm(left) - 0.5);
    expect(Math.max(...words.map((w) => w.right))).toBeLessThanOrEqual(595.28 - mm(right) + 0.5);
    expect(Math.min(...words.filter((w) => w.page === 1).map((w) => w.top))).toBeGreaterThanOrEqual(mm(top) - 0.5);
  });

  it("keeps the filled stance marks and the 'New' marks filled with background graphics off", () => {
    for (const label of ["REFUSES", "OPPOSES", "NEW"]) {
      const filled = find(withBackgrounds, label).map((word) => {
        // The mark's box: its text and a little padding around it.
        const box = { x: word.x - 1.5, right: word.right + 1.5, top: word.top - 1, bottom: word.bottom + 1 };
        return { with: withBackgrounds.ink(word.page, box), without: withoutBackgrounds.ink(word.page, box) };
      });
      // Filled: mostly ink, with or without background graphics.
      expect(filled.filter((mark) => mark.with > 0.45).length, label).toBeGreaterThan(0);
      for (const mark of filled) expect(Math.abs(mark.without - mark.with), label).toBeLessThan(0.05);
    }
  });

  it("draws the dots of exactly and approximately dated events alike with background graphics off", () => {
    // The dot stands on the timeline's rule, left of the event's date.
    const dot = (printed: Printed, date: string) => {
      const [word] = find(printed, date);
      if (!word) throw new Error(date);
      return printed.ink(word.page, { x: word.x - 16, right: word.x - 4, top: word.top - 3, bottom: word.bottom + 3 });
    };
    const exact = {
      with: dot(withBackgrounds, "14 February 2024"),
      without: dot(withoutBackgrounds, "14 February 2024"),
    };
    const approximate = {
      with: dot(withBackgrounds, "c. 21 February 2024"),
      without: dot(withoutBackgrounds, "c. 21 February 2024"),
    };
    // A solid dot holds more ink than a ring, in both prints, and each prints the same in both.
    expect(exact.with).toBeGreaterThan(approximate.with * 1.3);
    expect(exact.without).toBeGreaterThan(approximate.without * 1.3);
    expect(Math.abs(exact.without - exact.with)).toBeLessThan(0.03);
    expect(Math.abs(approximate.without - approximate.with)).toBeLessThan(0.03);
  });

  it("loses nothing but decoration with background graphics off: the pages print the same text", () => {
    const text = (printed: Printed) => printed.words.map((w) => `${w.page}:${w.text}`);
    expect(text(withoutBackgrounds)).toEqual(text(withBackgrounds));
  });
});
