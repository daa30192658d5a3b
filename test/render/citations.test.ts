/**
 * Citations on screen, in the real Chromium: each mark names its source to assistive technology
 * ("source 2: <outlet>") and leads to its excerpt, which is highlighted on arrival; excerpts stand one
 * a line, each with links back to every claim that cites it; and every mark, link back and way back
 * to the contents is a tap target of at least 24 × 24 CSS px (WCAG 2.2, 2.5.8), measured by asking
 * the browser what a tap anywhere in that square would hit.
 */
import type { Page } from "puppeteer";
import { beforeAll, expect, it } from "vitest";
import { describeWithBrowser } from "../helpers.js";
import { briefHtml } from "./render-fixture.js";

const BRIEFS = ["data/qatar-mediation.yaml", "test/fixtures/harbour.yaml", "test/fixtures/revision/revision.yaml"];

/** The links a reader taps to move between claims and sources. */
const TARGETS = ".cites a, .claims a, .back-to-contents a, a.differs";

/**
 * Each target smaller than 24 × 24 px, or whose 24 × 24 px square (centred on its box) is not all its
 * own: a tap at one of 25 points of the square hits something else (the points 11 px from the centre,
 * not 12: a box at a fractional position is hit-tested on whole pixels). `[count of targets, problems]`.
 */
const SMALL_TARGETS = `(() => {
  const problems = [];
  const targets = [...document.querySelectorAll(${JSON.stringify(TARGETS)})].filter((el) => el.getClientRects().length > 0);
  for (const el of targets) {
    el.scrollIntoView({ block: "center", inline: "nearest" });
    const r = el.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    // What a tap hits may reach past the box, drawn by a pseudo-element (the "sources differ" mark).
    const after = getComputedStyle(el, "::after");
    const reach = after.position === "absolute" ? parseFloat(after.height) || 0 : 0;
    const misses = r.width < 24 || Math.max(r.height, reach) < 24 ? ["its size"] : [];
    for (const dx of [-11, -6, 0, 6, 11])
      for (const dy of [-11, -6, 0, 6, 11]) {
        const hit = document.elementFromPoint(cx + dx, cy + dy);
        if (!hit || !(hit === el || el.contains(hit))) misses.push(dx + "," + dy + (hit ? " " + hit.tagName.toLowerCase() + "." + hit.className : ""));
      }
    if (misses.length > 0)
      problems.push(el.closest("[id]")?.id + ' "' + el.textContent.trim().slice(0, 30) + '" ' + Math.round(r.width) + "x" + Math.round(r.height) + ": misses at " + misses.slice(0, 3).join("; "));
  }
  return [targets.length, problems];
})()`;

/** Marks without their source's name, and marks whose excerpt does not link back to their claim (or the reverse). */
const BROKEN_LINKS = `(() => {
  const problems = [];
  const claimId = /^(key-point|actor|event|position|figure|quote)-/;
  const outletOf = (number) => document.querySelector("#source-" + number + " .source-outlet")?.textContent.trim();
  const marks = [...document.querySelectorAll(".cites a")];
  for (const mark of marks) {
    const number = mark.textContent.trim();
    if (mark.getAttribute("aria-label") !== "source " + number + ": " + outletOf(number))
      problems.push("mark " + number + " is named " + JSON.stringify(mark.getAttribute("aria-label")));
    const target = document.getElementById(mark.getAttribute("href").slice(1));
    if (!target) { problems.push("mark " + number + " leads nowhere: " + mark.getAttribute("href")); continue; }
    const claim = mark.parentElement.closest("[id]");
    if (!target.closest(".excerpts") || !claim || !claimId.test(claim.id)) continue;
    if (!target.querySelector('.claims a[href="#' + claim.id + '"]')) problems.push(target.id + " has no link back to " + claim.id);
  }
  let excerpts = 0;
  let backs = 0;
  for (const excerpt of document.querySelectorAll(".excerpts > li")) {
    excerpts += 1;
    for (const back of excerpt.querySelectorAll(".claims a")) {
      backs += 1;
      // The claim has a mark for the excerpt's source (one mark a source: it leads to the first excerpt the claim cites).
      const source = excerpt.id.replace(/-excerpt-\\d+$/, "");
      const claim = document.getElementById(back.getAttribute("href").slice(1));
      if (!claim?.querySelector('.cites a[href="#' + source + '"], .cites a[href^="#' + source + '-excerpt-"]'))
        problems.push(excerpt.id + " links back to " + back.getAttribute("href") + ", which does not cite its source");
    }
  }
  // One excerpt a line: each starts below the one before.
  for (const list of document.querySelectorAll(".excerpts")) {
    const items = [...list.children];
    for (let i = 1; i < items.length; i += 1)
      if (items[i].getBoundingClientRect().top < items[i - 1].getBoundingClientRect().bottom - 0.5) problems.push(items[i].id + " runs on from " + items[i - 1].id);
  }
  return { marks: marks.length, excerpts, backs, problems };
})()`;

/**
 * Marks set on a line of their own, below the last word of the claim they follow: a mark's first box
 * starts lower than that word's last letter ends. `[marks after a word, problems]`.
 */
const MARKS_ALONE = `(() => {
  const problems = [];
  let count = 0;
  for (const mark of document.querySelectorAll(".cites")) {
    const text = mark.previousSibling;
    if (!text || text.nodeType !== Node.TEXT_NODE || text.textContent.trimEnd().length === 0) continue;
    const last = text.textContent.trimEnd().length;
    const range = document.createRange();
    range.setStart(text, last - 1);
    range.setEnd(text, last);
    const letter = range.getBoundingClientRect();
    const box = mark.getClientRects()[0];
    if (!box || letter.height === 0) continue;
    count += 1;
    if (box.top >= letter.bottom - 1)
      problems.push((mark.closest("[id]")?.id ?? "?") + ': "' + text.textContent.trim().slice(-30) + '" then ' + mark.textContent.trim());
  }
  return [count, problems];
})()`;

describeWithBrowser("citations on screen", (testBrowser) => {
  const browser = testBrowser.launchForSuite();
  const html = new Map<string, string>();
  beforeAll(async () => {
    for (const file of BRIEFS) html.set(file, await briefHtml(file));
  });

  const open = async (file: string, width: number): Promise<Page> => {
    const page = await browser().newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width, height: 800 });
    await page.setContent(html.get(file) ?? "", { waitUntil: "load" });
    return page;
  };

  it.each(BRIEFS)(
    "%s: each mark names its source and leads to its excerpt, which links back to the claim",
    async (file) => {
      const page = await open(file, 1280);
      try {
        const report = (await page.evaluate(BROKEN_LINKS)) as {
          marks: number;
          excerpts: number;
          backs: number;
          problems: string[];
        };
        expect(report.problems.slice(0, 20), `${report.problems.length} problems`).toEqual([]);
        expect(report.marks).toBeGreaterThan(5);
        expect(report.excerpts).toBeGreaterThan(1);
        expect(report.backs).toBeGreaterThanOrEqual(report.excerpts);
      } finally {
        await page.close();
      }
    },
  );

  it.each(BRIEFS.flatMap((file) => [390, 1280].map((width) => [file, width] as const)))(
    "%s at %i px: every mark, link back and way back is a tap target of 24 × 24 px at least",
    async (file, width) => {
      const page = await open(file, width);
      try {
        const [count, problems] = (await page.evaluate(SMALL_TARGETS)) as [number, string[]];
        expect(count).toBeGreaterThan(10);
        expect(problems.slice(0, 20), `${problems.length} of ${count} targets too small`).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it.each([320, 360, 390, 414, 768, 1024, 1280])(
    "data/qatar-mediation.yaml at %i px: no mark wraps onto a line of its own after its claim",
    async (width) => {
      const page = await open("data/qatar-mediation.yaml", width);
      try {
        const [count, problems] = (await page.evaluate(MARKS_ALONE)) as [number, string[]];
        expect(count).toBeGreaterThan(10);
        expect(problems, `${problems.length} of ${count} marks alone`).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it("highlights the excerpt a mark leads to", async () => {
    const page = await open("data/qatar-mediation.yaml", 390);
    try {
      const look = (id: string) =>
        page.$eval(`[id="${id}"]`, (el) => {
          const style = getComputedStyle(el);
          return `${style.outlineStyle} ${style.backgroundColor}`;
        });
      const href = await page.$eval(".key-points .cites a", (a) => a.getAttribute("href") ?? "");
      const id = href.slice(1);
      expect(id).toMatch(/^source-\d+-excerpt-\d+$/);
      const before = await look(id);
      await page.click(".key-points .cites a");
      expect(await page.evaluate("location.hash")).toBe(href);
      const after = await look(id);
      expect(after).not.toBe(before);
      expect(after).toMatch(/^solid /);
    } finally {
      await page.close();
    }
  });
});
