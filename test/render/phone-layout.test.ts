/**
 * The brief on a screen, from a small phone to a desktop, in the real Chromium: the page is never
 * wider than the screen; no table cell, paragraph, list item or figure lets its content spill out of
 * its box; no word breaks in the middle (names, dates); no text of one cell or column prints over
 * another's (a stance badge over its neighbour, a date over a value); below 40rem every table is
 * stacked, one row a block; and after each section a way back to the contents. For the Qatar brief
 * (with and without a long change panel) and every fixture brief that builds.
 */
import type { Page } from "puppeteer";
import { expect, it } from "vitest";
import { PAGE_MARGINS } from "../../src/print/print-pdf.js";
import { describeWithBrowser } from "../helpers.js";
import { type BriefHtmlOptions, briefHtml, buildableFixtures } from "./render-fixture.js";

const WIDTHS = [320, 360, 390, 414, 768, 1280] as const;
/** The width of the content of an A4 and a Letter page, in CSS px: the paper less the PDF's side margins. */
const PRINT_WIDTHS = [
  ["A4 print", 210],
  ["Letter print", 215.9],
].map(
  ([paper, mm]) =>
    [
      paper as string,
      Math.floor(
        ((mm as number) - Number.parseFloat(PAGE_MARGINS.left) - Number.parseFloat(PAGE_MARGINS.right)) * (96 / 25.4),
      ),
    ] as const,
);
/** Below this width (40rem), tables are stacked. */
const STACKED_BELOW = 640;

/** Everything wrong with the layout at the current viewport width, one line each. */
const LAYOUT_PROBLEMS = `((stacked) => {
  const problems = [];
  const doc = document.documentElement;
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().replace(/\\s+/g, ".") : "") + ' "' + (el.textContent || "").replace(/\\s+/g, " ").trim().slice(0, 40) + '"';
  const shown = (el) => el.getClientRects().length > 0;

  if (doc.scrollWidth > doc.clientWidth) problems.push("the page is " + doc.scrollWidth + " px wide on a " + doc.clientWidth + " px screen");

  for (const el of document.body.querySelectorAll("td, th, p, li, figure, figcaption, dt, dd, caption, blockquote, h1, h2, h3, h4")) {
    if (!shown(el) || el.clientWidth === 0 || getComputedStyle(el).overflowX !== "visible") continue;
    if (el.scrollWidth > el.clientWidth + 1) problems.push("spills out of its box (" + el.scrollWidth + " > " + el.clientWidth + " px): " + name(el));
  }

  // Words never break in the middle (links to web addresses and code may).
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("svg, code, a[href^='http'], .visually-hidden, style") || !shown(parent)) continue;
    for (const word of node.data.matchAll(/[^\\s\\-\\u2010-\\u2015/]+/g)) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
      if (lines.size > 1) problems.push('breaks "' + word[0] + '" mid-word in ' + name(parent));
    }
  }

  // No text of one cell (or of an event's date) prints over another's, badges included.
  const marks = ".stance, .mark, .differs, .status, .changed";
  const inks = (cell) => {
    const out = [];
    const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      if (node.data.trim() === "" || !node.parentElement || !shown(node.parentElement)) continue;
      range.selectNodeContents(node);
      out.push(...[...range.getClientRects()].filter((r) => r.width > 0));
    }
    for (const mark of cell.querySelectorAll(marks)) out.push(...mark.getClientRects());
    return out;
  };
  const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  for (const row of document.querySelectorAll("tr, .event")) {
    if (!shown(row)) continue;
    const cells = [...row.children].filter(shown).map((cell) => ({ cell, rects: inks(cell) }));
    for (let i = 0; i < cells.length; i += 1)
      for (let j = i + 1; j < cells.length; j += 1)
        if (cells[i].rects.some((a) => cells[j].rects.some((b) => overlap(a, b))))
          problems.push("prints over its neighbour: " + name(cells[i].cell) + " and " + name(cells[j].cell));
  }

  if (stacked)
    for (const table of document.querySelectorAll("table")) {
      if (!shown(table)) continue;
      const rows = [...table.querySelectorAll("tr")].filter((tr) => getComputedStyle(tr).display === "table-row");
      if (rows.length > 0) problems.push("a table not stacked: " + name(table));
    }
  return problems;
})`;

/** Sections without a way back to the contents after them. */
const NO_WAY_BACK = `(() => {
  if (!document.getElementById("contents")) return ["no #contents to go back to"];
  return [...document.querySelectorAll("main section[id]")]
    .filter((section) => !section.lastElementChild?.matches(".back-to-contents") || !section.lastElementChild.querySelector('a[href="#contents"]'))
    .map((section) => section.id);
})()`;

async function problemsAt(page: Page, width: number): Promise<string[]> {
  await page.setViewport({ width, height: 800 });
  return (await page.evaluate(`${LAYOUT_PROBLEMS}(${width < STACKED_BELOW})`)) as string[];
}

const BRIEFS: readonly (readonly [string, BriefHtmlOptions])[] = [
  ["data/qatar-mediation.yaml", {}],
  ["data/qatar-mediation.yaml", { changes: true }],
  ...(await buildableFixtures()).map((file) => [file, {}] as const),
];

describeWithBrowser("the brief on phones and desktops", (testBrowser) => {
  const browser = testBrowser.launchForSuite();

  it("finds the fixture briefs that build", () => {
    expect(BRIEFS.length).toBeGreaterThan(4);
  });

  it.each(
    BRIEFS.map(([file, options]) => [`${file}${options.changes ? " with a long change panel" : ""}`, file, options]),
  )(
    "%s: no overflow, no word broken, no overprint, tables stacked on phones (320 to 1280 px, and in print)",
    async (_name, file, options) => {
      const page = await browser().newPage();
      try {
        await page.setJavaScriptEnabled(false);
        await page.setViewport({ width: 1280, height: 800 });
        await page.setContent(await briefHtml(file, options), { waitUntil: "load" });
        const problems: string[] = [];
        for (const width of WIDTHS) {
          for (const problem of await problemsAt(page, width)) problems.push(`${width} px: ${problem}`);
        }
        // After each section, a way back to the contents.
        const noWayBack = await page.evaluate(NO_WAY_BACK);
        // And on paper (the print stylesheet, at the width of an A4 and a Letter page's content).
        await page.emulateMediaType("print");
        for (const [paper, width] of PRINT_WIDTHS) {
          for (const problem of await problemsAt(page, width)) problems.push(`${paper}: ${problem}`);
        }
        expect(problems.slice(0, 30), `${problems.length} problems`).toEqual([]);
        expect(noWayBack).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
