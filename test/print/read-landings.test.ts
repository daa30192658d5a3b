/**
 * The fast reader of where things landed (read-outline.ts, which reads Chromium's PDF straight from
 * its bytes) pinned to pdf.js's answer: documents generated here (headings at any level, titles and
 * ids with PDF syntax, escapes and any script in them, links to each heading, sections spread over
 * pages) are printed by a real Chromium, tagged (the outline) and as a draft (the link targets), and
 * both readers must read the same bookmarks, in order, and the same targets; the fast reader must
 * not have given up on any of them. Every document is invented by the generator.
 */
import fc from "fast-check";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeBrowser, launchBrowser } from "../../src/print/launch-browser.js";
import { printPdf } from "../../src/print/print-pdf.js";
import { type Landing, readLandings, readLandingsWithPdfJs } from "../../src/print/read-landings.js";
import { readLandingsFast } from "../../src/print/read-outline.js";
import { describeWithBrowser } from "../helpers.js";

const pieces = fc.constantFrom(
  "(",
  ")",
  "\\",
  "\\(",
  ">>",
  "<<",
  "/Next 9 0 R",
  "/Dest [3 0 R]",
  "endobj",
  "stream",
  "%%EOF",
  "#",
  "%20",
  "&",
  "é",
  "ü",
  "—",
  "😀",
  "قطر",
  "שלום",
  "漢字",
  "\u00a0",
);
const title = fc
  .array(fc.oneof(pieces, fc.string({ unit: "binary", minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(""));
/**
 * An id: no whitespace (HTML ids have none) and no control character (a link cannot name one: the
 * URL parser escapes it), made unique by its section's number.
 */
const id = fc
  .array(fc.oneof(pieces, fc.string({ unit: "binary", minLength: 1, maxLength: 4 })), { maxLength: 3 })
  .map((parts) => parts.join("").replace(/[\s\p{Cc}]/gu, ""));

const section = fc.record({
  level: fc.integer({ min: 1, max: 6 }),
  title,
  id,
  /** Lines of text after the heading: enough, now and then, to push the next one over a page. */
  lines: fc.integer({ min: 0, max: 70 }),
});

const escapeHtml = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const documentOf = (sections: readonly { level: number; title: string; id: string; lines: number }[]): string => {
  const ids = sections.map((s, i) => `s${i}-${s.id}`);
  // Percent-encoded, so that the fragment decodes to the id itself whatever it holds.
  const contents = ids.map((target, i) => `<li><a href="#${encodeURIComponent(target)}">${i}</a></li>`).join("");
  const body = sections
    .map(
      (s, i) =>
        // The number keeps every heading visible (one that is only blanks gets no bookmark).
        `<h${s.level} id="${escapeHtml(ids[i] as string)}">${i}. ${escapeHtml(s.title)}</h${s.level}>` +
        "<p>A line of text.</p>".repeat(s.lines),
    )
    .join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><ul>${contents}</ul>${body}</body></html>`;
};

const byName = (landings: readonly Landing[]): Landing[] =>
  [...landings].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.page - b.page));

describeWithBrowser("where things landed: the fast reader against pdf.js", (testBrowser) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ executablePath: testBrowser.path });
  });
  afterAll(async () => {
    await closeBrowser(browser);
  });

  const print = async (html: string, draft: boolean): Promise<Uint8Array> =>
    (
      await printPdf(browser, html, {
        paper: "a4",
        headerTemplate: "<span></span>",
        footerTemplate: "<span></span>",
        tagged: !draft,
        draft,
      })
    ).pdf;

  it("reads the same bookmarks and link targets as pdf.js, on every generated document", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(section, { minLength: 1, maxLength: 8 }), async (sections) => {
        const html = documentOf(sections);
        const tagged = await print(html, false);
        const outline = readLandingsFast(tagged, "outline");
        expect(outline, "the fast reader gave up on a tagged print").toBeDefined();
        expect(outline).toEqual(await readLandingsWithPdfJs(tagged, "outline"));
        expect(outline?.length).toBe(sections.length);
        for (const kind of ["targets"] as const) {
          for (const pdf of [tagged, await print(html, true)]) {
            const fast = readLandingsFast(pdf, kind);
            expect(fast, "the fast reader gave up on the link targets").toBeDefined();
            expect(byName(fast ?? [])).toEqual(byName(await readLandingsWithPdfJs(pdf, kind)));
            expect(fast?.length).toBe(sections.length);
          }
        }
        // The one reader the print stage calls gives the fast reader's answer.
        expect(await readLandings(tagged, "outline")).toEqual(outline);
      }),
      { numRuns: 25 },
    );
  });
});
