/**
 * Faults: a render that hangs, a browser killed mid-render, a browser that
 * cannot start, SIGTERM while writing. Each ends within a bounded time with a
 * clear error, leaves no browser process behind and never a partial file.
 */
import { execFileSync, spawn } from "node:child_process";
import { chmod, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "puppeteer";
import { beforeAll, expect, it } from "vitest";
import { CliError, ExitCode } from "../../src/errors.js";
import { BrowserSession } from "../../src/print/browser-session.js";
import { browserProcess, closeBrowser, killBrowserGroup } from "../../src/print/launch-browser.js";
import { printPdf } from "../../src/print/print-pdf.js";
import { describeWithBrowser, ROOT, runCli, tempDirForTest, useTempDir } from "../helpers.js";

const alive = (pid: number | undefined): boolean => {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    // A zombie still answers kill 0: ask ps whether it is a live process.
    return !/^\s*Z/.test(execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }));
  } catch {
    return false;
  }
};

/** Print settings that matter to none of these tests. */
const BARE = { paper: "a4", headerTemplate: "<span></span>", footerTemplate: "<span></span>" } as const;

/** The profile folder a browser was started with, from its command line. */
const profileOf = (pid: number): string => {
  const args = execFileSync("ps", ["-o", "args=", "-p", String(pid)], { encoding: "utf8" });
  const profile = /--user-data-dir=(\S+)/.exec(args)?.[1];
  if (profile === undefined) throw new Error(`no --user-data-dir in: ${args}`);
  return profile;
};

/** Chromium processes whose command line mentions `marker`. */
const browsersWith = (marker: string): string[] =>
  execFileSync("ps", ["-eo", "pid=,stat=,args="], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes(marker) && /chrom/i.test(line) && !/\sZ/.test(line.slice(0, 12)));

describeWithBrowser("faults", (testBrowser) => {
  const dir = useTempDir("faults");
  let html: string;
  beforeAll(async () => {
    const built = await runCli(["build", "data/qatar-mediation.yaml", "--format", "html", "--out", dir()]);
    expect(built.code).toBe(0);
    html = await readFile(path.join(dir(), "qatar-mediation.html"), "utf8");
  });

  it("a render that hangs stops at its time limit with a clear error, and the browser is gone after", async () => {
    const browser = await testBrowser.launchForTest();
    const pid = browserProcess(browser)?.pid;
    const started = Date.now();
    const error = await printPdf(browser, html, {
      paper: "a4",
      headerTemplate: "<span></span>",
      footerTemplate: "<span></span>",
      timeoutMs: 5,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/did not finish printing within/);
    expect(Date.now() - started).toBeLessThan(15_000);
    await closeBrowser(browser);
    expect(alive(pid)).toBe(false);
  });

  it("printing many times keeps nothing of earlier prints alive (memory stays bounded in batches)", async () => {
    const browser = await testBrowser.launchForTest();
    for (let i = 0; i < 3; i += 1) {
      await printPdf(browser, "<!DOCTYPE html><title>t</title><p>t</p>", {
        ...BARE,
      });
    }
    // A listener left per print kept every finished print and its PDF alive: 500 briefs took 765 MB.
    expect(browser.listenerCount("disconnected")).toBe(0);
  });

  it("a browser killed mid-render gives a clear error within a bounded time", async () => {
    const browser = await testBrowser.launchForTest();
    const pid = browserProcess(browser)?.pid as number;
    const started = Date.now();
    setTimeout(() => killBrowserGroup(pid), 150);
    const error = await printPdf(browser, html, {
      paper: "a4",
      headerTemplate: "<span></span>",
      footerTemplate: "<span></span>",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(ExitCode.render);
    expect(Date.now() - started).toBeLessThan(20_000);
    await closeBrowser(browser);
    expect(alive(pid)).toBe(false);
  });

  it("a tab opened ahead whose renderer crashed while it waited is replaced: the next print does not hang", async () => {
    const session = new BrowserSession({ path: testBrowser.path, from: "test" });
    session.tabsAhead = true;
    try {
      const browser = await session.browser();
      const print = () =>
        printPdf(browser, "<!DOCTYPE html><title>t</title><p>t</p>", {
          ...BARE,
          timeoutMs: 15_000,
          openTab: () => session.openTab(browser),
        });
      await print();
      // The tab opened ahead for the next print is the newest one.
      let spare: Page | undefined;
      for (let i = 0; i < 50 && !spare; i += 1) {
        spare = (await browser.pages()).at(-1);
        if (!spare) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (!spare) throw new Error("no tab opened ahead");
      const crashed = new Promise((resolve) => spare.once("error", resolve));
      // The renderer dies before it can answer: the command is never answered.
      void (await spare.createCDPSession()).send("Page.crash").catch(() => undefined);
      await crashed;
      const started = Date.now();
      await print();
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(spare.isClosed()).toBe(true);
    } finally {
      await session.close();
    }
  });

  it("a page whose renderer crashes mid-print fails the print at once, not at its time limit", async () => {
    const browser = await testBrowser.launchForTest();
    const started = Date.now();
    const error = await printPdf(browser, html, {
      ...BARE,
      timeoutMs: 30_000,
      openTab: async () => {
        const tab = await browser.newPage();
        // The renderer dies while the page loads: no answer ever comes.
        setTimeout(() => void tab.createCDPSession().then((s) => s.send("Page.crash").catch(() => undefined)), 50);
        return tab;
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/crashed/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("a browser found dead is replaced, and its profile removed (watch keeps one session for hours)", async () => {
    const session = new BrowserSession({ path: testBrowser.path, from: "test" });
    try {
      const first = await session.browser();
      const pid = browserProcess(first)?.pid as number;
      const profile = profileOf(pid);
      const gone = new Promise((resolve) => first.once("disconnected", resolve));
      killBrowserGroup(pid);
      await gone;
      const second = await session.browser();
      expect(second).not.toBe(first);
      expect(second.connected).toBe(true);
      await session.close();
      await expect(readdir(profile)).rejects.toThrow();
    } finally {
      await session.close();
    }
  });

  it("a run that prints once ends its browser as soon as the print is done; close waits for that to finish", async () => {
    const session = new BrowserSession({ path: testBrowser.path, from: "test" });
    session.printsOnce = true;
    try {
      const browser = await session.browser();
      const pid = browserProcess(browser)?.pid as number;
      const profile = profileOf(pid);
      const disconnected = new Promise((resolve) => browser.once("disconnected", resolve));
      await printPdf(browser, "<!DOCTYPE html><title>t</title><p>t</p>", {
        ...BARE,
        openTab: () => session.openTab(browser),
        releaseTab: (tab) => session.printDone(tab),
      });
      // Ended without being asked to close: the print released it.
      await expect(
        Promise.race([disconnected.then(() => "ended"), new Promise((r) => setTimeout(r, 5_000, "open"))]),
      ).resolves.toBe("ended");
      // A close asked while the browser is being ended waits until it is gone, its profile with it.
      await session.close();
      expect(alive(pid)).toBe(false);
      await expect(readdir(profile)).rejects.toThrow();
    } finally {
      await session.close();
    }
  });

  it("a browser that cannot start leaves the previous PDF untouched, exit 6", async () => {
    const fake = path.join(dir(), "broken-chrome");
    await writeFile(fake, "#!/bin/sh\necho 'this browser is broken' >&2\nexit 1\n");
    await chmod(fake, 0o755);
    const out = path.join(dir(), "previous");
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, "harbour.pdf"), "the previous edition");
    const { code, err } = await runCli([
      "build",
      "test/fixtures/harbour.yaml",
      "--format",
      "pdf",
      "--force",
      "--browser",
      fake,
      "--out",
      out,
    ]);
    expect(code).toBe(ExitCode.render);
    // The browser's own words say why.
    expect(err).toMatch(/^factsheet: Could not start the browser at .*: this browser is broken$/m);
    expect(await readFile(path.join(out, "harbour.pdf"), "utf8")).toBe("the previous edition");
    expect((await readdir(out)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a brief that fails its check ends the browser started for it: no process, no file left in TMPDIR", async () => {
    const tmp = await tempDirForTest("failed-check");
    const run = (file: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(
          process.execPath,
          [path.join(ROOT, "dist", "factsheet.mjs"), "build", file, "--format", "pdf", "--force", "--out", tmp],
          { cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, stdio: "ignore" },
        );
        child.on("exit", (c) => resolve(c));
      });
    expect(await run("test/fixtures/errors/bad-date.yaml")).toBe(1);
    expect(browsersWith(tmp)).toEqual([]);
    expect(await readdir(tmp)).toEqual([]);
  });

  it("SIGTERM while printing: no partial file, no temp file, no browser left, exit 143", async () => {
    const tmp = await tempDirForTest("sigterm");
    const out = path.join(tmp, "out");
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, "dist", "factsheet.mjs"),
        "build",
        "data/qatar-mediation.yaml",
        "--format",
        "pdf",
        "--force",
        "--out",
        out,
      ],
      {
        cwd: ROOT,
        // Puppeteer puts the browser's profile in TMPDIR: that marks the browsers of this run.
        env: { ...process.env, TMPDIR: tmp },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    // Wait until the browser of this run is up, then interrupt while it prints.
    const deadline = Date.now() + 20_000;
    while (browsersWith(tmp).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(browsersWith(tmp).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 600));
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(143);
    expect(stdout).not.toMatch(/wrote .*\.pdf/);
    const left = await readdir(out).catch(() => [] as string[]);
    expect(left.filter((f) => f.endsWith(".pdf") || f.endsWith(".tmp"))).toEqual([]);
    await new Promise((r) => setTimeout(r, 500));
    expect(browsersWith(tmp)).toEqual([]);
  });
});
