/**
 * The live preview as a reader sees it: the real Chromium on the served page,
 * the fact base changed on disk, and the page showing the change without a
 * manual reload (in place, keeping the reader's place); then a broken YAML
 * file, shown as diagnostics in the page, and fixed again.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CleanupRegistry } from "../../src/cleanup-registry.js";
import { startWatch, type WatchSession, watch } from "../../src/commands/watch.js";
import { describeWithBrowser, FIXTURES, ROOT, useTempDir } from "../helpers.js";

describeWithBrowser("factsheet watch", (testBrowser) => {
  const dir = useTempDir("watch");
  const browser = testBrowser.launchForSuite();
  let session: WatchSession;
  let page: Page;
  const lines: string[] = [];
  const brief = () => path.join(dir(), "harbour.yaml");

  beforeAll(async () => {
    await cp(path.join(FIXTURES, "harbour"), path.join(dir(), "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), brief());
    session = await startWatch(
      { file: "harbour.yaml", host: "127.0.0.1", port: 0, pdf: false, outDir: "out", paper: "a4", cwd: dir(), env: {} },
      { diagnostics: (list) => lines.push(...list.map((d) => d.message)), info: (line) => lines.push(line) },
    );
    page = await browser().newPage();
    await page.goto(session.url, { waitUntil: "load" });
  });

  afterAll(async () => {
    // Guarded: when an earlier hook failed (the browser did not start), these were never made.
    // The page first: it holds an event stream open on the session.
    await page?.close();
    await session?.close();
  });

  const heading = () => page.$eval("h1", (h) => h.textContent ?? "");

  it("serves the brief on a loopback address", async () => {
    expect(session.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await heading()).toBe("The Port Alba dredging dispute");
  });

  it("shows a change to the fact base without a manual reload", async () => {
    const text = await readFile(brief(), "utf8");
    const rebuilt = session.nextRebuild();
    await writeFile(brief(), text.replace("title: The Port Alba dredging dispute", "title: The Port Alba fee dispute"));
    const ms = await rebuilt;
    expect(ms).toBeGreaterThan(0);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "The Port Alba fee dispute", {
      timeout: 20_000,
    });
    expect(lines.some((l) => /^rebuilt in \d+ ms/.test(l))).toBe(true);
  });

  it("updates the open page in place, keeping the reader's place, when only the data changed", async () => {
    await page.evaluate(() => {
      (window as unknown as { unreloaded: boolean }).unreloaded = true;
      window.scrollTo(0, 200);
    });
    const scrolled = await page.evaluate(() => window.scrollY);
    const text = await readFile(brief(), "utf8");
    await writeFile(brief(), text.replace("title: The Port Alba fee dispute", "title: The Port Alba fees dispute"));
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "The Port Alba fees dispute", {
      timeout: 20_000,
    });
    expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await page.title()).toMatch(/fees dispute/);
    await writeFile(brief(), text);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "The Port Alba fee dispute", {
      timeout: 20_000,
    });
  });

  it("shows the diagnostics in the page while the YAML is broken, and the brief again once fixed", async () => {
    const good = await readFile(brief(), "utf8");
    await writeFile(brief(), `${good}\nquotes: [oops\n`);
    await page.waitForFunction(() => document.title.endsWith("not built"), { timeout: 20_000 });
    const body = await page.$eval("pre", (p) => p.textContent ?? "");
    expect(body).toMatch(/^harbour\.yaml:\d+:\d+: error: .* \[yaml-syntax\]/);
    await writeFile(brief(), good);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "The Port Alba fee dispute", {
      timeout: 20_000,
    });
  });

  it("takes up a changed stylesheet, though it keeps the templates between saves of the data", async () => {
    const templates = path.join(dir(), "templates");
    await cp(path.join(ROOT, "templates"), templates, { recursive: true });
    const styled = await startWatch(
      {
        file: "harbour.yaml",
        host: "127.0.0.1",
        port: 0,
        pdf: false,
        outDir: "out-styled",
        paper: "a4",
        templatesDir: templates,
        cwd: dir(),
        env: {},
      },
      { diagnostics: () => undefined, info: () => undefined },
    );
    const view = await browser().newPage();
    try {
      await view.goto(styled.url, { waitUntil: "load" });
      const colour = () => view.$eval("h1", (h) => getComputedStyle(h).color);
      expect(await colour()).not.toBe("rgb(1, 2, 3)");
      const css = path.join(templates, "styles", "brief.css");
      await writeFile(css, `${await readFile(css, "utf8")}\nh1 { color: rgb(1, 2, 3); }\n`);
      await view.waitForFunction(
        () => getComputedStyle(document.querySelector("h1") as Element).color === "rgb(1, 2, 3)",
        {
          timeout: 20_000,
        },
      );
    } finally {
      await view.close();
      await styled.close();
    }
  });

  it("tells a page that connects which build is current, so a build finished while it loaded is not missed", async () => {
    const page = await fetch(session.url);
    const current = page.headers.get("x-factsheet-build") ?? "";
    const [name, build] = current.split(":");
    expect(current).toMatch(/^[0-9a-f]{12}:\d+$/);
    const html = await page.text();
    expect(html).toContain(`const session = "${name}";`);
    expect(html).toContain(`let shown = ${build};`);
    const events = await fetch(new URL("/events", session.url));
    const reader = events.body?.getReader();
    const first = new TextDecoder().decode((await reader?.read())?.value);
    await reader?.cancel();
    expect(first).toBe(`data: ${current}\n\n`);
  });

  it("never writes the reload script into the briefing on disk", async () => {
    const written = await readFile(path.join(dir(), "out", "harbour.html"), "utf8");
    expect(written).not.toContain("<script");
    expect(written).not.toContain("EventSource");
  });
});

describe("factsheet watch, stopping", () => {
  const tempDir = useTempDir("watch-stop");
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir, "harbour.yaml"));
  });
  const options = { file: "harbour.yaml", host: "127.0.0.1", port: 0, pdf: false, paper: "a4", env: {} } as const;

  it("runs until its signal aborts, then closes its server, says stopped and returns 0", async () => {
    const controller = new AbortController();
    const lines: string[] = [];
    const ended = watch(
      { ...options, outDir: "out-stop", cwd: dir, signal: controller.signal },
      { diagnostics: () => undefined, info: (line) => lines.push(line) },
    );
    const deadline = Date.now() + 30_000;
    while (!lines.some((l) => l.startsWith("watching ")) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const url = /open (\S+) /.exec(lines.find((l) => l.startsWith("watching ")) ?? "")?.[1] ?? "";
    expect((await fetch(url)).status).toBe(200);
    controller.abort("SIGINT");
    expect(await ended).toBe(0);
    expect(lines.at(-1)).toBe("stopped");
    await expect(fetch(url)).rejects.toThrow();
  });

  it("an interrupt closes its server at once through the cleanup registry, before any close", async () => {
    const cleanup = new CleanupRegistry();
    const session = await startWatch(
      { ...options, outDir: "out-interrupt", cwd: dir, cleanup },
      { diagnostics: () => undefined, info: () => undefined },
    );
    try {
      expect((await fetch(session.url)).status).toBe(200);
      cleanup.run();
      await expect(fetch(session.url)).rejects.toThrow();
    } finally {
      await session.close();
    }
  });
});
