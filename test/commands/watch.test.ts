/**
 * The live preview as a reader sees it: the real Chromium on the served page,
 * the fact base changed on disk, and the page showing the change without a
 * manual reload (in place, keeping the reader's place); then a broken YAML
 * file, shown as diagnostics over the last good page, and fixed again; and the
 * brief's warnings in a panel of the preview, never in the briefing on disk.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CleanupRegistry } from "../../src/cleanup-registry.js";
import { startWatch, type WatchSession, watch } from "../../src/commands/watch.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { describeWithBrowser, FIXTURES, ROOT, useTempDir } from "../helpers.js";

describeWithBrowser("factsheet watch", (testBrowser) => {
  const dir = useTempDir("watch");
  const browser = testBrowser.launchForSuite();
  let session: WatchSession;
  let page: Page;
  const lines: string[] = [];
  /** Every diagnostic the watcher printed in the terminal. */
  const reported: Diagnostic[] = [];
  const brief = () => path.join(dir(), "harbour.yaml");

  beforeAll(async () => {
    await cp(path.join(FIXTURES, "harbour"), path.join(dir(), "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), brief());
    session = await startWatch(
      { file: "harbour.yaml", host: "127.0.0.1", port: 0, pdf: false, outDir: "out", paper: "a4", cwd: dir(), env: {} },
      {
        diagnostics: (list) => {
          reported.push(...list);
          lines.push(...list.map((d) => d.message));
        },
        info: (line) => lines.push(line),
      },
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
    await page.waitForFunction(() => document.title.endsWith("fee dispute"), { timeout: 20_000 });
    expect(await heading()).toBe("The Port Alba fee dispute");
    expect(await page.$("#factsheet-preview-failure")).toBeNull();
  });

  it("shows a broken build's one error over the last good page, in place, and the page alone once fixed", async () => {
    const good = await readFile(brief(), "utf8");
    await page.evaluate(() => {
      (window as unknown as { kept: boolean }).kept = true;
      window.scrollTo(0, 150);
    });
    const scrolled = await page.evaluate(() => window.scrollY);
    const before = reported.length;
    // One line indented a space too far: yaml finds a cascade of syntax errors after it.
    await writeFile(brief(), good.replace("  - id: reyes\n", "  - id: reyes\n   name: Tomas\n"));
    try {
      await page.waitForSelector("#factsheet-preview-failure", { timeout: 20_000 });
      // The last briefing that built stays underneath, where the reader was.
      expect(await heading()).toBe("The Port Alba fee dispute");
      expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      expect(await page.title()).toBe("harbour.yaml: not built");
      const overlay = await page.$eval("#factsheet-preview-failure", (e) => (e.textContent ?? "").trim());
      expect(overlay).toMatch(/^harbour\.yaml: not built \(1 error\); below is the last briefing that built/);
      expect(overlay.match(/\[yaml-syntax\]/g)).toHaveLength(1);
      expect(overlay).toMatch(/\d+ more syntax errors after this one, likely caused by it: fix this one first/);
      // One mistake, one message in the terminal too.
      expect(reported.slice(before).map((d) => d.rule)).toEqual(["yaml-syntax"]);
    } finally {
      await writeFile(brief(), good);
    }
    await page.waitForFunction(() => document.querySelector("#factsheet-preview-failure") === null, {
      timeout: 20_000,
    });
    expect(await heading()).toBe("The Port Alba fee dispute");
    expect(await page.title()).toMatch(/fee dispute/);
  });

  it("lists the brief's warnings in a panel of the preview, and nowhere in the briefing on disk", async () => {
    const panel = "#factsheet-preview-findings";
    await page.waitForSelector(panel, { timeout: 20_000 });
    expect(await page.$eval(`${panel} summary`, (e) => e.textContent)).toBe(
      "harbour.yaml: 6 warnings (6 single-source)",
    );
    const listed = await page.$eval(`${panel} pre`, (e) => e.textContent ?? "");
    expect(listed.split("\n")).toHaveLength(6);
    expect(listed).toContain("harbour.yaml:11:5: warning: key point 1 rests on a single source (b) [single-source]");
    // Closed until the editor opens it; opened, it stays open through the next update.
    expect(await page.$eval(`${panel} details`, (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.$eval(`${panel} details`, (d) => {
      (d as HTMLDetailsElement).open = true;
    });
    const text = await readFile(brief(), "utf8");
    await writeFile(brief(), text.replace("title: The Port Alba fee dispute", "title: The Port Alba fees row"));
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "The Port Alba fees row", {
      timeout: 20_000,
    });
    expect(await page.$eval(`${panel} details`, (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await writeFile(brief(), text);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "The Port Alba fee dispute", {
      timeout: 20_000,
    });
    // The terminal counts them (check lists them); the briefing written to out/ never shows them.
    expect(reported.filter((d) => d.severity !== "error")).toEqual([]);
    const written = await readFile(path.join(dir(), "out", "harbour.html"), "utf8");
    expect(written).not.toContain("factsheet-preview");
    expect(written).not.toContain("single source");
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
