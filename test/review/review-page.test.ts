/**
 * `factsheet review` as an editor uses it: the real Chromium on the served
 * page, driven by Puppeteer, with the mouse and with the keyboard alone; the
 * brief on disk read back after each action. The fixtures
 * (test/fixtures/review/) are invented.
 */
import { EventEmitter } from "node:events";
import { cp, readFile, writeFile } from "node:fs/promises";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser, Page } from "puppeteer";
import { describe, expect, it, onTestFinished } from "vitest";
import { parse } from "yaml";
import { run, type SignalSource } from "../../src/cli.js";
import { startWatch } from "../../src/commands/watch.js";
import type { FactBase } from "../../src/factbase/schema.js";
import { type RunningReview, startReview } from "../../src/review/review.js";
import { auditAccessibility, describeWithBrowser, FIXTURES, runCli, tempDirForTest } from "../helpers.js";
import { card, statusIs } from "./review-helpers.js";

const TODAY = "2024-03-20";
const quiet = { diagnostics: () => undefined, info: () => undefined };

interface Opened {
  readonly dir: string;
  readonly brief: string;
  readonly original: string;
  readonly review: RunningReview;
  readonly page: Page;
}

async function openReview(browser: Browser, file = "review.yaml"): Promise<Opened> {
  const dir = await tempDirForTest("review-page");
  await cp(path.join(FIXTURES, "review"), dir, { recursive: true });
  const brief = path.join(dir, file);
  const original = await readFile(brief, "utf8");
  const review = await startReview({ file, port: 0, cwd: dir, today: () => TODAY }, quiet);
  onTestFinished(() => review.close());
  const page = await browser.newPage();
  onTestFinished(() => page.close());
  await page.goto(review.url, { waitUntil: "load" });
  return { dir, brief, original, review, page };
}

const checks = async (dir: string) => (await runCli(["check", "review.yaml"], { cwd: dir })).code;

describeWithBrowser("factsheet review", (testBrowser) => {
  const browser = testBrowser.launchForSuite();

  it("lists the drafts by kind, each beside its article with the cited words marked", async () => {
    const { page } = await openReview(browser());
    const groups = await page.$$eval(".group h2", (hs) => hs.map((h) => h.textContent?.replace(/\s+/g, " ").trim()));
    expect(groups).toEqual(["Actors (2)", "Events (2)", "Figures (1)", "Quotes (1)"]);
    const buttons = await page.$$eval(`${card("quotes.1")} .actions button`, (bs) => bs.map((b) => b.textContent));
    expect(buttons).toEqual(["Accept", "Edit", "Merge", "Reject"]);
    expect(await page.$eval(`${card("actors.4")} .by`, (p) => p.textContent)).toBe(
      "Drafted by pattern name-with-title",
    );
    expect(await page.$eval(`${card("actors.4")} .note`, (p) => p.textContent)).toBe(
      "Check: the same person as reyes?",
    );
    await page.click(`${card("quotes.1")} h3`);
    await page.focus(card("quotes.1"));
    await page.waitForFunction(
      () => document.querySelector(".article-view")?.getAttribute("data-draft") === "quotes.1",
      {
        timeout: 20_000,
      },
    );
    expect(await page.$$eval("#article-text mark", (ms) => ms.map((m) => m.textContent))).toEqual([
      "This vote tells the harbour authority that we are serious",
    ]);
  });

  it("accepts a draft: its draft line is gone, every other byte the same, and check passes", async () => {
    const { dir, brief, original, page } = await openReview(browser());
    await page.click(`${card("quotes.1")} button[data-action="accept"]`);
    await statusIs(page, /^accepted quote/);
    expect(await readFile(brief, "utf8")).toBe(original.replace("    cite: [c]\n    draft: true\n", "    cite: [c]\n"));
    expect(await page.$(card("quotes.1"))).toBeNull();
    expect(await checks(dir)).toBe(0);
  });

  it("says a draft cites no article, and its action's outcome stays in the status line", async () => {
    const dir = await tempDirForTest("review-page");
    await cp(path.join(FIXTURES, "review"), dir, { recursive: true });
    const brief = path.join(dir, "review.yaml");
    const original = await readFile(brief, "utf8");
    // A drafted question cites nothing (extract drafts one to file positions under).
    const withQuestion = original.replace(
      "    label: Dredging fees\n",
      "    label: Dredging fees\n  - id: to-sort\n    label: To sort\n    draft: true\n",
    );
    expect(withQuestion).not.toBe(original);
    await writeFile(brief, withQuestion);
    const review = await startReview({ file: "review.yaml", port: 0, cwd: dir, today: () => TODAY }, quiet);
    onTestFinished(() => review.close());
    const page = await browser().newPage();
    onTestFinished(() => page.close());
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(review.url, { waitUntil: "load" });
    await page.click(`${card("questions.1")} h3`);
    await page.waitForSelector("#article .no-article");
    expect(await page.$eval("#article", (a) => a.textContent?.trim())).toBe("This draft cites no article.");
    await page.click(`${card("questions.1")} button[data-action="accept"]`);
    await statusIs(page, /^accepted question to-sort$/);
    await page.click("#undo");
    await statusIs(page, /^undid: accepted question to-sort$/);
    // The status is not overwritten a moment later by a failed fetch of the article.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.$eval("#status", (s) => s.textContent)).toBe("undid: accepted question to-sort");
    expect(failed).toEqual([]);
    expect(await readFile(brief, "utf8")).toBe(withQuestion);
  });

  it("rejects a draft: gone, and remembered in rejected:", async () => {
    const { dir, brief, page } = await openReview(browser());
    await page.click(`${card("figures.1")} button[data-action="reject"]`);
    await statusIs(page, /^rejected figure/);
    const after = parse(await readFile(brief, "utf8")) as FactBase;
    expect(after.figures?.map((f) => f.id)).toEqual(["workers"]);
    expect(after.rejected).toEqual([
      {
        kind: "figures",
        source: "c",
        excerpt: "About 1,300 dock workers took part in the vote",
        id: "dock-workers",
        on: TODAY,
      },
    ]);
    expect(await checks(dir)).toBe(0);
  });

  it("shows an edit to an excerpt not in the source at its field, and leaves the file unchanged", async () => {
    const { brief, original, page } = await openReview(browser());
    await page.click(`${card("timeline.2")} button[data-action="edit"]`);
    const excerpt = `${card("timeline.2")} textarea[name="cite.0.excerpt"]`;
    await page.waitForSelector(excerpt);
    await page.$eval(excerpt, (t) => {
      (t as HTMLTextAreaElement).value = "";
    });
    await page.type(excerpt, "Dock workers voted to strike");
    await page.click(`${card("timeline.2")} button[value="save"]`);
    const error = `${card("timeline.2")} [data-field="cite.0.excerpt"] .field-error`;
    await page.waitForSelector(`${error}:not([hidden])`, { timeout: 20_000 });
    expect(await page.$eval(error, (p) => p.textContent)).toMatch(/not found in source c/);
    expect(await page.$eval(excerpt, (t) => t.getAttribute("aria-invalid"))).toBe("true");
    expect(await readFile(brief, "utf8")).toBe(original);
  });

  it("merges a drafted figure value into an existing figure: one figure with one more observation", async () => {
    const { dir, brief, page } = await openReview(browser());
    await page.click(`${card("figures.1")} button[data-action="merge"]`);
    const target = `${card("figures.1")} select[name="into"]`;
    await page.waitForSelector(target);
    await page.select(target, "figures.0");
    await page.click(`${card("figures.1")} .merge-form button[type="submit"]`);
    await statusIs(page, /^merged figure/);
    const figures = (parse(await readFile(brief, "utf8")) as FactBase).figures ?? [];
    expect(figures.map((f) => [f.id, f.observations.length])).toEqual([["workers", 3]]);
    expect(String(figures[0]?.observations[2]?.value)).toBe("1300");
    expect(await checks(dir)).toBe(0);
  });

  it("refuses the second of two tabs' writes, and loses nothing", async () => {
    const { brief, original, page, review } = await openReview(browser());
    const second = await browser().newPage();
    onTestFinished(() => second.close());
    await second.goto(review.url, { waitUntil: "load" });
    await page.click(`${card("quotes.1")} button[data-action="accept"]`);
    await statusIs(page, /^accepted/);
    const written = await readFile(brief, "utf8");
    await second.click(`${card("timeline.2")} button[data-action="accept"]`);
    await second.waitForFunction(
      () => document.querySelector("#alert")?.textContent?.includes("the brief changed on disk: reload"),
      {
        timeout: 20_000,
      },
    );
    expect(await second.$eval("#alert button", (b) => b.textContent)).toBe("Reload");
    expect(await readFile(brief, "utf8")).toBe(written);
    expect(written).toBe(original.replace("    cite: [c]\n    draft: true\n", "    cite: [c]\n"));
  });

  it("works with the keyboard alone: j/k to move, a to accept, e to edit, m to merge, u to undo", async () => {
    const { brief, original, page } = await openReview(browser());
    await page.keyboard.press("j");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-draft"))).toBe("actors.4");
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-draft"))).toBe("timeline.2");
    // Edit by keyboard: e opens the form, Tab reaches its fields, Enter saves (as check allows).
    await page.keyboard.press("e");
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "id", { timeout: 20_000 });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("status");
    await page.keyboard.press("Escape");
    expect(await page.$(`${card("timeline.2")} form`)).toBeNull();
    await page.keyboard.press("a");
    await statusIs(page, /^accepted event/);
    const accepted = await readFile(brief, "utf8");
    expect(accepted).toBe(
      original.replace(
        "        excerpt: Dock workers voted on Monday to back the union's offer to split dredging costs\n    draft: true\n",
        "        excerpt: Dock workers voted on Monday to back the union's offer to split dredging costs\n",
      ),
    );
    // The next draft has the focus: merge it with m, choosing with the keyboard.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-draft"))).toBe("figures.1");
    await page.keyboard.press("m");
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "into", { timeout: 20_000 });
    await page.keyboard.press("Escape");
    await page.keyboard.press("u");
    await statusIs(page, /^undid: accepted event/);
    expect(await readFile(brief, "utf8")).toBe(original);
  });

  it("fills the excerpt field from a selection in the article, and makes a new quote from one", async () => {
    const { dir, brief, page } = await openReview(browser());
    await page.click(`${card("timeline.2")} button[data-action="edit"]`);
    const excerpt = `${card("timeline.2")} textarea[name="cite.0.excerpt"]`;
    await page.waitForSelector(excerpt);
    await page.focus(excerpt);
    const select = (words: string) =>
      page.evaluate((wanted: string) => {
        const text = document.querySelector("#article-text") as HTMLElement;
        const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(wanted) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          const selection = document.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          text.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
          return true;
        }
        return false;
      }, words);
    await page.waitForFunction(() => document.querySelector(".article-view")?.getAttribute("data-source") === "c", {
      timeout: 20_000,
    });
    expect(await select("Dock workers voted on Monday")).toBe(true);
    expect(await page.$eval(excerpt, (t) => (t as HTMLTextAreaElement).value)).toBe("Dock workers voted on Monday");
    await page.click(`${card("timeline.2")} button[data-action="cancel"]`);
    // A new quote from the selected words.
    expect(await select("This vote tells the harbour authority that we are serious")).toBe(true);
    await page.waitForSelector('button[data-new="quotes"]:not([disabled])');
    await page.click('button[data-new="quotes"]');
    await page.waitForSelector("#create-panel form");
    expect(await page.$eval('#create-panel textarea[name="text"]', (t) => (t as HTMLTextAreaElement).value)).toBe(
      "This vote tells the harbour authority that we are serious",
    );
    await page.select('#create-panel select[name="speaker"]', "reyes");
    await page.$eval('#create-panel input[name="id"]', (i) => {
      (i as HTMLInputElement).value = "reyes-serious";
    });
    await page.click('#create-panel button[value="save"]');
    await statusIs(page, /^added quote/);
    const quotes = (parse(await readFile(brief, "utf8")) as FactBase).quotes ?? [];
    expect(quotes.at(-1)).toEqual({
      id: "reyes-serious",
      speaker: "reyes",
      text: "This vote tells the harbour authority that we are serious",
      date: "2024-03-12",
      cite: ["c"],
    });
    expect(await checks(dir)).toBe(0);
  });

  it("has no accessibility violations (axe), with a form open too", async () => {
    const { page, review } = await openReview(browser());
    const css = await (await fetch(new URL("/review.css", review.url))).text();
    // The audit page has no server: the stylesheet goes inline, scripts out (axe runs on what was shown).
    const audited = (html: string) =>
      html
        .replace('<link rel="stylesheet" href="/review.css">', `<style>${css}</style>`)
        .replace(/<script[^>]*><\/script>/, "");
    expect(await auditAccessibility(browser(), audited(await page.content()), "light")).toEqual([]);
    await page.click(`${card("quotes.1")} button[data-action="edit"]`);
    await page.waitForSelector(`${card("quotes.1")} form`);
    await page.click(`${card("quotes.1")} button[value="save"]`);
    await page.click(`${card("figures.1")} button[data-action="merge"]`);
    await page.waitForSelector(`${card("figures.1")} form`);
    expect(await auditAccessibility(browser(), audited(await page.content()), "light")).toEqual([]);
  });

  it("refreshes an open watch preview after a write", async () => {
    const { dir, page } = await openReview(browser());
    const watch = await startWatch(
      { file: "review.yaml", host: "127.0.0.1", port: 0, pdf: false, outDir: "out", paper: "a4", cwd: dir, env: {} },
      quiet,
    );
    onTestFinished(() => watch.close());
    const preview = await browser().newPage();
    onTestFinished(() => preview.close());
    await preview.goto(watch.url, { waitUntil: "load" });
    expect(await preview.content()).not.toContain("This vote tells the harbour authority");
    await page.click(`${card("quotes.1")} button[data-action="accept"]`);
    await statusIs(page, /^accepted/);
    await preview.waitForFunction(() => document.body.textContent?.includes("This vote tells the harbour authority"), {
      timeout: 30_000,
    });
  });

  it("shows the hostile-input payloads in drafts as text: nothing runs, nothing is fetched", async () => {
    const dir = await tempDirForTest("review-hostile");
    await cp(path.join(FIXTURES, "review"), dir, { recursive: true });
    // A canary on loopback, named by the payloads' addresses: it must hear nothing.
    const heard: string[] = [];
    const canary = createServer((req, res) => {
      heard.push(req.url ?? "");
      res.end();
    });
    await new Promise<void>((resolve) => canary.listen(0, "127.0.0.1", () => resolve()));
    onTestFinished(() => new Promise<void>((resolve) => canary.close(() => resolve())));
    const port = (canary.address() as AddressInfo).port;
    for (const file of ["hostile.yaml", "sources/hostile.txt"]) {
      const at = path.join(dir, file);
      await writeFile(at, (await readFile(at, "utf8")).replaceAll("127.0.0.1:9/", `127.0.0.1:${port}/`));
    }
    const review = await startReview({ file: "hostile.yaml", port: 0, cwd: dir }, quiet);
    onTestFinished(() => review.close());
    const page = await browser().newPage();
    onTestFinished(() => page.close());
    const elsewhere: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(review.url)) elsewhere.push(r.url());
    });
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(review.url, { waitUntil: "networkidle0" });
    const edited: string[] = [];
    for (const key of ["quotes.0", "actors.0", "timeline.0"]) {
      await page.click(`${card(key)} h3`);
      await page.click(`${card(key)} button[data-action="edit"]`);
      await page.waitForSelector(`${card(key)} form`);
      await page.waitForFunction(
        (k: string) => document.querySelector(".article-view")?.getAttribute("data-draft") === k,
        { timeout: 20_000 },
        key,
      );
      edited.push(
        await page.$eval(
          `${card(key)} [name="text"], ${card(key)} [name="name"]`,
          (t) => (t as HTMLInputElement).value,
        ),
      );
    }
    expect(edited).toEqual([
      '<script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2">',
      '<img src=x onerror="window.pwned = 3">',
      '<meta http-equiv="refresh" content="0;url=http://169.254.169.254/"> <base href="http://[::ffff:127.0.0.1]/"> javascript:alert(1)',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(heard).toEqual([]);
    expect(page.url()).toBe(review.url);
    // Only the page's own elements: none of the payloads became one.
    expect(await page.$$("iframe, img, meta[http-equiv='refresh'], base, link[rel='prefetch']")).toHaveLength(0);
    expect(await page.$$eval("script", (ss) => ss.map((s) => s.getAttribute("src")))).toEqual(["/review.js"]);
    const shown = await page.evaluate(() => document.body.textContent ?? "");
    expect(shown).toContain('<img src=x onerror="window.pwned = 3">');
    expect(shown).toContain("<script>window.pwned = 1</script>");
    expect(shown).toContain('<iframe src="file:///etc/passwd"></iframe>');
    expect(await page.title()).toBe("Review drafts: <script>window.pwned = 9</script> A hostile brief");
  });
});

describe("factsheet review: what a request must be", () => {
  /** A raw HTTP request to the review server, with the headers given. */
  const send = (
    url: string,
    options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
  ) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const { port } = new URL(url);
      const req = request(
        {
          host: "127.0.0.1",
          port: Number(port),
          method: options.method ?? "GET",
          path: options.path ?? "/",
          headers: options.headers,
        },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => {
            body += chunk;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      req.end(options.body);
    });

  it("refuses a foreign Host, a write without the token or from another origin, and paths outside its own", async () => {
    const dir = await tempDirForTest("review-requests");
    await cp(path.join(FIXTURES, "review"), dir, { recursive: true });
    const brief = path.join(dir, "review.yaml");
    const original = await readFile(brief, "utf8");
    const review = await startReview({ file: "review.yaml", port: 0, cwd: dir }, quiet);
    onTestFinished(() => review.close());
    const host = new URL(review.url).host;
    const page = await send(review.url, { headers: { host } });
    expect(page.status).toBe(200);
    const version = /name="review-version" content="([0-9a-f]+)"/.exec(page.body)?.[1] ?? "";
    const token = /name="review-token" content="([^"]+)"/.exec(page.body)?.[1] ?? "";
    expect(version).not.toBe("");
    const write = (headers: Record<string, string>, body: object = { version, action: "accept", draft: "quotes.1" }) =>
      send(review.url, {
        method: "POST",
        path: "/action",
        headers: {
          host,
          origin: `http://${host}`,
          "content-type": "application/json",
          "x-review-token": token,
          ...headers,
        },
        body: JSON.stringify(body),
      });
    expect((await send(review.url, { headers: { host: `evil.example:${new URL(review.url).port}` } })).status).toBe(
      403,
    );
    expect((await write({ host: "evil.example" })).status).toBe(403);
    expect((await write({ "x-review-token": "" })).status).toBe(403);
    expect((await write({ "x-review-token": `${token}x` })).status).toBe(403);
    expect((await write({ origin: "http://evil.example" })).status).toBe(403);
    expect((await write({ origin: "null" })).status).toBe(403);
    expect((await write({ "content-type": "text/plain" })).status).toBe(415);
    // Paths outside the brief's drafts, and outside the server's own files.
    expect((await write({}, { version, action: "accept", draft: "../../etc/passwd" })).status).toBe(400);
    expect((await write({}, { version, action: "accept", draft: "title" })).status).toBe(400);
    expect((await write({}, { version, action: "accept", draft: "quotes.1", file: "/etc/passwd" })).status).toBe(400);
    for (const outside of [
      "/../review.yaml",
      "/%2e%2e/review.yaml",
      "/review.js/../../package.json",
      "/sources/c.txt",
    ]) {
      expect((await send(review.url, { path: outside, headers: { host } })).status).toBe(404);
    }
    expect(await readFile(brief, "utf8")).toBe(original);
    // The same request, as the page makes it, is carried out.
    expect((await write({})).status).toBe(200);
    expect(await readFile(brief, "utf8")).not.toBe(original);
  });
});

describe("factsheet review on the command line", () => {
  it("serves on a loopback port, chooses the likeliest item to merge into, and stops on SIGINT (exit 0)", async () => {
    const dir = await tempDirForTest("review-cli");
    await cp(path.join(FIXTURES, "review"), dir, { recursive: true });
    const signals = new EventEmitter();
    let out = "";
    const running = run(["review", "review.yaml", "--port", "0"], {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        out += t;
      },
      cwd: dir,
      env: {},
      signals: signals as SignalSource,
    });
    const deadline = Date.now() + 30_000;
    while (!/open http:/.test(out) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const url = /open (http:\/\/127\.0\.0\.1:\d+\/) /.exec(out)?.[1];
    expect(out).toMatch(/^reviewing review\.yaml \(6 drafts\): open http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C to stop\)$/m);
    const merge = await (await fetch(new URL("/merge?draft=actors.4", url))).text();
    expect(/<option value="([^"]+)" selected>/.exec(merge)?.[1]).toBe("actors.1");
    const figure = await (await fetch(new URL("/merge?draft=figures.1", url))).text();
    expect(/<option value="([^"]+)" selected>/.exec(figure)?.[1]).toBe("figures.0");
    signals.emit("SIGINT", "SIGINT");
    expect(await running).toBe(0);
    expect(out).toMatch(/stopped\n$/);
  });
});
