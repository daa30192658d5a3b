/**
 * The review page's two targets, for `npm run bench`, measured with real
 * processes and a real browser on a copy of the Qatar brief with drafts
 * (`extract --into` from the invented sixth article of the test fixtures):
 *
 *   - from starting `factsheet review` to the page shown (its drafts in the
 *     browser): target under 1 s;
 *   - each action, written to the brief and shown in the page (accept, then
 *     undo, alternately): target under 200 ms.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cp } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "puppeteer";
import { PACKAGE_ROOT } from "../src/package-info.js";

const exec = promisify(execFile);

export type AddRow = (measure: string, value: number, unit: string, note?: string) => void;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Starts `factsheet review` and resolves with its URL once it says where to open it. */
function startProcess(bin: string, cwd: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, [bin, "review", "data/qatar-mediation.yaml", "--port", "0"], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = new Promise<string>((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const found = /open (http:\/\/\S+) /.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      err += chunk;
    });
    child.once("exit", (code) => reject(new Error(`factsheet review exited (${code}) before it served: ${err}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await exited;
}

const statusMatches = (page: Page, pattern: string) =>
  page.waitForFunction(
    (source: string) => new RegExp(source).test(document.querySelector("#status")?.textContent ?? ""),
    { timeout: 30_000 },
    pattern,
  );

/** Both review targets, each the median of `repeat` runs. */
export async function benchReview(dir: string, viewer: Browser, add: AddRow, repeat: number): Promise<void> {
  const bin = path.join(PACKAGE_ROOT, "dist", "factsheet.mjs");
  const root = path.join(dir, "review");
  await cp(path.join(PACKAGE_ROOT, "data"), path.join(root, "data"), { recursive: true });
  const article = path.join(root, "005_invented.txt");
  await cp(path.join(PACKAGE_ROOT, "test", "fixtures", "sixth-article", "005_invented.txt"), article);
  await exec(
    process.execPath,
    [bin, "extract", article, "--published", "2025-01-16", "--into", "data/qatar-mediation.yaml"],
    {
      cwd: root,
    },
  );
  const page = await viewer.newPage();
  try {
    // 1. From the command to its page shown, its drafts listed.
    const starts: number[] = [];
    let shown = 0;
    for (let i = 0; i <= repeat; i += 1) {
      const started = performance.now();
      const { child, url } = startProcess(bin, root);
      try {
        await page.goto(await url, { waitUntil: "load" });
        await page.waitForSelector("article.draft");
        // The first run warms the file system cache and the browser: not counted.
        if (i > 0) starts.push(performance.now() - started);
        shown = (await page.$$("article.draft")).length;
      } finally {
        await stop(child);
      }
    }
    add(`review: start to page shown (Qatar brief, ${shown} drafts)`, median(starts), "ms", "target under 1 s");

    // 2. Each action written and shown: accept the first draft, then undo it.
    const { child, url } = startProcess(bin, root);
    try {
      await page.goto(await url, { waitUntil: "load" });
      const accepts: number[] = [];
      const undos: number[] = [];
      for (let i = 0; i <= repeat; i += 1) {
        let started = performance.now();
        await page.click('article.draft button[data-action="accept"]');
        await statusMatches(page, "^accepted");
        if (i > 0) accepts.push(performance.now() - started);
        started = performance.now();
        await page.click("#undo");
        await statusMatches(page, "^undid");
        if (i > 0) undos.push(performance.now() - started);
      }
      add("review: accept, written and shown (Qatar brief)", median(accepts), "ms", "target under 200 ms");
      add("review: undo, written and shown (Qatar brief)", median(undos), "ms", "target under 200 ms");
    } finally {
      await stop(child);
    }
  } finally {
    await page.close();
  }
}
