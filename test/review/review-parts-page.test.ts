/**
 * The review page on the draft parts of reviewed items (a role, a figure's
 * value, a quote's citation that `extract --into` put on the wrong item), and
 * the undo that outlives the server: the real Chromium on the served page,
 * driven by Puppeteer, the brief on disk read back after each action. The
 * fixtures (test/fixtures/review/) are invented.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "puppeteer";
import { expect, it, onTestFinished } from "vitest";
import { parse } from "yaml";
import type { FactBase } from "../../src/factbase/schema.js";
import { type RunningReview, startReview } from "../../src/review/review.js";
import { auditAccessibility, describeWithBrowser, FIXTURES, runCli, tempDirForTest } from "../helpers.js";
import { card, DRAFT_CITATION, DRAFT_ROLE, DRAFT_VALUE, statusIs } from "./review-helpers.js";

const BRIEF = "parts/parts.yaml";
const quiet = { diagnostics: () => undefined, info: () => undefined };

const VALUE = "figures.1.observations.1";
const ROLE = "actors.0.roles.1";
const CITATION = "quotes.1.cite.1";

/** The brief with each drafted part moved where it belongs, reviewed. */
const merged = (original: string) => {
  const passengersEnd = "            excerpt: The operator carried 48,000 passengers in March\n";
  const brandt = "    cite: [p, q] # both articles name him\n";
  return original
    .replace(DRAFT_VALUE, "")
    .replace(passengersEnd, `${passengersEnd}${DRAFT_VALUE.replace("        draft: true\n", "")}`)
    .replace(DRAFT_ROLE, "")
    .replace(
      brandt,
      `${brandt}    roles:\n${DRAFT_ROLE.replace("        draft:\n          by: name-with-title\n", "")}`,
    )
    .replace(DRAFT_CITATION, "")
    .replace(
      "    cite: [p]\n",
      `    cite: [p, { source: q, excerpt: '"We will run twelve crossings a day," Ostrova repeated' }]\n`,
    );
};

interface Opened {
  readonly dir: string;
  readonly brief: string;
  readonly original: string;
  readonly review: RunningReview;
  readonly page: Page;
}

async function start(browser: Browser, dir: string): Promise<{ review: RunningReview; page: Page }> {
  const review = await startReview({ file: BRIEF, port: 0, cwd: dir, today: () => "2024-04-06" }, quiet);
  onTestFinished(() => review.close());
  const page = await browser.newPage();
  onTestFinished(() => (page.isClosed() ? undefined : page.close()));
  await page.goto(review.url, { waitUntil: "load" });
  return { review, page };
}

async function openReview(browser: Browser, change?: (text: string) => string): Promise<Opened> {
  const dir = await tempDirForTest("review-parts-page");
  await cp(path.join(FIXTURES, "review"), dir, { recursive: true });
  const brief = path.join(dir, BRIEF);
  if (change !== undefined) await writeFile(brief, change(await readFile(brief, "utf8")));
  const original = await readFile(brief, "utf8");
  return { dir, brief, original, ...(await start(browser, dir)) };
}

/** Sets a form field's value as an editor would: emptied, then typed. */
async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(selector, (e) => {
    (e as HTMLInputElement).value = "";
  });
  await page.type(selector, value);
}

const checks = async (dir: string) => (await runCli(["check", BRIEF], { cwd: dir })).code;

describeWithBrowser("factsheet review: draft parts, and undo after a restart", (testBrowser) => {
  const browser = testBrowser.launchForSuite();

  it("edits a drafted value in a form of its own: an error at the field writes nothing; a valid edit, its lines only", async () => {
    const { dir, brief, original, page } = await openReview(browser());
    await page.click(`${card(VALUE)} button[data-action="edit"]`);
    const form = `${card(VALUE)} form`;
    await page.waitForSelector(`${form} input[name="wording"]`);
    // The value's own fields and citations, not the figure's.
    expect(await page.$$eval(`${form} [name]`, (es) => es.map((e) => e.getAttribute("name")))).toEqual([
      "value",
      "qualifier",
      "wording",
      "as_of",
      "counts_as_of",
      "according_to",
      "cite.0.source",
      "cite.0.excerpt",
      "cite.0.remove",
      "cite.1.source",
      "cite.1.excerpt",
      "save",
      "save",
    ]);
    expect(await page.$eval(`${form} h4`, (h) => h.textContent)).toBe("Edit a value of figure crew");
    await fill(page, `${form} input[name="wording"]`, "about 42,000");
    await page.click(`${form} button[value="save"]`);
    const error = `${form} [data-field="wording"] .field-error`;
    await page.waitForSelector(`${error}:not([hidden])`, { timeout: 20_000 });
    expect(await page.$eval(error, (p) => p.textContent)).toMatch(/^wording not found in source p/);
    expect(await page.$eval(`${form} input[name="wording"]`, (i) => i.getAttribute("aria-invalid"))).toBe("true");
    expect(await readFile(brief, "utf8")).toBe(original);
    // Valid: saved and accepted, only the value's own lines change.
    await fill(page, `${form} input[name="wording"]`, "about 41,000");
    await fill(page, `${form} input[name="counts_as_of"]`, "2023-03");
    await page.click(`${form} button[value="accept"]`);
    await statusIs(page, /^saved and accepted a value of figure crew$/);
    expect(await readFile(brief, "utf8")).toBe(
      original.replace(DRAFT_VALUE, DRAFT_VALUE.replace("        draft: true\n", "        counts_as_of: 2023-03\n")),
    );
    expect(await page.$(card(VALUE))).toBeNull();
    expect(await checks(dir)).toBe(0);
  });

  it("merges a drafted value, role and citation each into the item it belongs to, reviewed", async () => {
    const { dir, brief, original, page } = await openReview(browser());
    for (const [key, into, done] of [
      [VALUE, "figures.0", /^merged a value of figure crew into figure passengers$/],
      [ROLE, "actors.1", /^merged a role of actor ostrova into actor brandt$/],
      [CITATION, "quotes.0", /^merged a citation of quote written-rotas into quote twelve-crossings$/],
    ] as const) {
      await page.click(`${card(key)} button[data-action="merge"]`);
      const target = `${card(key)} select[name="into"]`;
      await page.waitForSelector(target);
      // The likeliest target comes chosen.
      expect(await page.$eval(target, (s) => (s as HTMLSelectElement).value)).toBe(into);
      await page.click(`${card(key)} .merge-form button[type="submit"]`);
      await statusIs(page, done);
    }
    const after = await readFile(brief, "utf8");
    expect(after).toBe(merged(original));
    const fb = parse(after) as FactBase;
    expect(fb.figures?.map((f) => [f.id, f.observations.length])).toEqual([
      ["passengers", 2],
      ["crew", 1],
    ]);
    expect(fb.actors?.map((a) => [a.id, a.roles?.length ?? 0])).toEqual([
      ["ostrova", 1],
      ["brandt", 1],
    ]);
    expect(fb.quotes?.map((q) => [q.id, q.cite.length])).toEqual([
      ["twelve-crossings", 2],
      ["written-rotas", 1],
    ]);
    expect(await page.$eval("#summary", (s) => s.textContent)).toBe("No drafts to review");
    expect(await checks(dir)).toBe(0);
  });

  it("works on parts with the keyboard alone: e edits, m merges, u undoes", async () => {
    const { brief, original, page } = await openReview(browser());
    await page.keyboard.press("j");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-draft"))).toBe(VALUE);
    await page.keyboard.press("e");
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "value", { timeout: 20_000 });
    await page.keyboard.press("Escape");
    expect(await page.$(`${card(VALUE)} form`)).toBeNull();
    await page.keyboard.press("m");
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "into", { timeout: 20_000 });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Merge");
    await page.keyboard.press("Enter");
    await statusIs(page, /^merged a value of figure crew into figure passengers$/);
    expect(await readFile(brief, "utf8")).not.toBe(original);
    await page.keyboard.press("u");
    await statusIs(page, /^undid: merged a value of figure crew/);
    expect(await readFile(brief, "utf8")).toBe(original);
  });

  it("offers Undo of the last action after a restart, and none when the brief was edited in between", async () => {
    const { dir, brief, original, review, page } = await openReview(browser());
    await page.click(`${card(CITATION)} button[data-action="accept"]`);
    await statusIs(page, /^accepted a citation of quote written-rotas$/);
    const accepted = await readFile(brief, "utf8");
    expect(accepted).not.toBe(original);
    await page.close();
    await review.close();
    // Started again: Undo is offered, and restores the bytes.
    const again = await start(browser(), dir);
    expect(await again.page.$eval("#undo", (b) => (b as HTMLButtonElement).disabled)).toBe(false);
    expect(await again.page.$eval("#status", (s) => s.textContent)).toMatch(
      /^Undo is offered for the last action \(accepted a citation of quote written-rotas, .* UTC\)\.$/,
    );
    await again.page.click("#undo");
    await statusIs(again.page, /^undid: accepted a citation of quote written-rotas$/);
    expect(await readFile(brief, "utf8")).toBe(original);
    // Accepted again, then the brief edited while no review runs: no undo, and the status says why.
    await again.page.click(`${card(CITATION)} button[data-action="accept"]`);
    await statusIs(again.page, /^accepted a citation/);
    await again.page.close();
    await again.review.close();
    await writeFile(brief, `${accepted}# reviewed on paper\n`);
    const third = await start(browser(), dir);
    expect(await third.page.$eval("#undo", (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(await third.page.$eval("#status", (s) => s.textContent)).toMatch(
      /^No undo of the last action \(accepted a citation of quote written-rotas, .*\): the brief changed on disk since that action wrote it\.$/,
    );
    await third.page.keyboard.press("u");
    await statusIs(third.page, /^Nothing to undo\.$/);
    expect(await readFile(brief, "utf8")).toBe(`${accepted}# reviewed on paper\n`);
  });

  it("has no accessibility violations (axe) with a part's form open, and says why a part cannot be merged", async () => {
    // Without the figure `passengers`, the drafted value has nowhere to go.
    const { page, review } = await openReview(browser(), (text) =>
      text.replace(/ {2}- id: passengers\n[\s\S]*?(?= {2}- id: crew\n)/, ""),
    );
    expect(await page.$eval(`${card("figures.0.observations.1")} button[data-action="merge"]`, (b) => b.disabled)).toBe(
      true,
    );
    expect(await page.$eval(`${card("figures.0.observations.1")} .merge-reason`, (s) => s.textContent)).toBe(
      "No other figure to move this value to.",
    );
    const css = await (await fetch(new URL("/review.css", review.url))).text();
    const audited = (html: string) =>
      html
        .replace('<link rel="stylesheet" href="/review.css">', `<style>${css}</style>`)
        .replace(/<script[^>]*><\/script>/, "");
    await page.click(`${card("figures.0.observations.1")} button[data-action="edit"]`);
    await page.waitForSelector(`${card("figures.0.observations.1")} form`);
    await page.click(`${card(CITATION)} button[data-action="merge"]`);
    await page.waitForSelector(`${card(CITATION)} form`);
    await page.click(`${card(ROLE)} button[data-action="edit"]`);
    await page.waitForSelector(`${card(ROLE)} form`);
    expect(await auditAccessibility(browser(), audited(await page.content()), "light")).toEqual([]);
    await page.click(`${card(CITATION)} button[data-action="edit"]`);
    await page.waitForSelector(`${card(CITATION)} form select[name="source"]`);
    await page.click(`${card(CITATION)} button[value="save"]`);
    expect(await auditAccessibility(browser(), audited(await page.content()), "light")).toEqual([]);
  });
});
