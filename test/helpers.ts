/**
 * What the tests share: the repository's folders, the CLI run in-process, temp folders that are
 * always removed, and the real browser (found once per file, launched through the project's own
 * launch code, always closed).
 */

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "puppeteer";
import { afterAll, beforeAll, describe, it, onTestFinished } from "vitest";
import { resolveEdition } from "../src/brief/resolve-brief.js";
import type { EditionSnapshot } from "../src/brief/snapshot.js";
import type { TerminalInfo } from "../src/cli/run-output.js";
import type { FactBase, SourceEntry } from "../src/factbase/schema.js";
import {
  type BrowserLocation,
  type FindBrowserOptions,
  findBrowser,
  isExecutableFile,
} from "../src/print/find-browser.js";
import { closeBrowser, launchBrowser } from "../src/print/launch-browser.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURES = path.join(ROOT, "test", "fixtures");

/** Runs the CLI in-process and collects what it prints (its streams terminals as `terminal` says). */
export const runCli = async (
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; terminal?: TerminalInfo } = {},
): Promise<{ code: number; out: string; err: string }> => {
  const { run } = await import("../src/cli.js");
  let out = "";
  let err = "";
  const code = await run(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    ...(options.terminal === undefined ? {} : { terminal: options.terminal }),
  });
  return { code, out, err };
};

// Temp folders ---------------------------------------------------------------------------------

/** A new, empty folder under the OS temp dir, named `factsheet-<name>-XXXXXX`. */
async function makeTempDir(name: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `factsheet-${name}-`));
}

async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * A folder under the OS temp dir for the tests of this file (or of the describe block it is called
 * in): made before them, removed after them, whether they passed or failed. Call it before the
 * hooks that use it (hooks run in the order they are declared; `after` hooks in reverse, so this
 * folder outlives every hook declared after it). Returns a getter for the folder's path.
 */
export function useTempDir(name: string): () => string {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await makeTempDir(name);
  });
  afterAll(async () => {
    if (dir !== undefined) await removeTempDir(dir);
  });
  return () => {
    if (dir === undefined) throw new Error(`the temp folder "${name}" is used before the hook that makes it ran`);
    return dir;
  };
}

/** A folder under the OS temp dir for the running test alone, removed when it ends, passed or failed. */
export async function tempDirForTest(name: string): Promise<string> {
  const dir = await makeTempDir(name);
  onTestFinished(() => removeTempDir(dir));
  return dir;
}

// The browser ----------------------------------------------------------------------------------

/** What looking for a browser found, and every path it looked at, in order. */
export interface BrowserSearch {
  readonly found: BrowserLocation | undefined;
  readonly tried: readonly string[];
  /** A browser named explicitly (`FACTSHEET_BROWSER`, ...) that is not there: findBrowser's own error. */
  readonly error?: string;
}

/** Looks for a browser as the CLI does (findBrowser), noting each path it tries. */
export function searchBrowser(options: FindBrowserOptions = {}): BrowserSearch {
  const tried: string[] = [];
  const isExecutable = options.isExecutable ?? isExecutableFile;
  try {
    const found = findBrowser({
      ...options,
      isExecutable: (file) => {
        tried.push(file);
        return isExecutable(file);
      },
    });
    return { found, tried };
  } catch (error) {
    return { found: undefined, tried, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Why a missing browser must fail the browser tests rather than skip them, if it must:
 * `FACTSHEET_REQUIRE_BROWSER=1` (set by `.ci/run`), else a `CI` variable that is set and not false.
 * `FACTSHEET_REQUIRE_BROWSER=0` lets them skip even under CI.
 */
export function browserRequiredBy(env: NodeJS.ProcessEnv): string | undefined {
  const explicit = env.FACTSHEET_REQUIRE_BROWSER;
  if (explicit !== undefined && explicit !== "")
    return explicit === "0" ? undefined : `FACTSHEET_REQUIRE_BROWSER=${explicit}`;
  const ci = env.CI;
  if (ci === undefined || ci === "" || ci === "0" || ci.toLowerCase() === "false") return undefined;
  return `CI=${ci}`;
}

/** What a suite that needs a browser does: run on it, or skip or fail, saying why. */
export type BrowserPlan =
  | { readonly action: "run"; readonly path: string }
  | { readonly action: "skip" | "fail"; readonly reason: string };

/**
 * The decision, pure: a browser found runs the tests; one named explicitly but missing fails them;
 * none found fails them when a browser is required (under CI), listing every path tried, and
 * skips them otherwise, saying how many paths were tried and how to run them.
 */
export function planBrowserTests(search: BrowserSearch, requiredBy: string | undefined): BrowserPlan {
  if (search.found) return { action: "run", path: search.found.path };
  if (search.error !== undefined) return { action: "fail", reason: search.error };
  if (requiredBy !== undefined) {
    const tried = search.tried.map((file) => `\n  ${file}`).join("") || " no path at all";
    return {
      action: "fail",
      reason:
        `No browser found for the browser tests, and ${requiredBy} requires one. ` +
        `Install chromium-headless-shell (Debian) or name a browser with FACTSHEET_BROWSER. Tried:${tried}`,
    };
  }
  return {
    action: "skip",
    reason:
      `no browser found at the ${search.tried.length} paths tried (the first: ${search.tried[0] ?? "none"}). ` +
      "Set FACTSHEET_BROWSER to run these tests; FACTSHEET_REQUIRE_BROWSER=1 fails them instead, listing every path.",
  };
}

/** The browser a suite runs on. */
export interface TestBrowser {
  /** The browser's executable. */
  readonly path: string;
  /**
   * One browser for the whole suite, launched before its tests and closed after them (even when
   * they fail). Call it at the suite's top level; it returns a getter for the browser.
   */
  launchForSuite(): () => Browser;
  /** A browser for the running test alone, closed when the test ends (closing it sooner is fine). */
  launchForTest(): Promise<Browser>;
}

function browserFor(plan: BrowserPlan): TestBrowser {
  const executable = (): string => {
    if (plan.action !== "run") throw new Error(plan.reason);
    return plan.path;
  };
  return {
    get path() {
      return executable();
    },
    launchForSuite() {
      let browser: Browser | undefined;
      beforeAll(async () => {
        browser = await launchBrowser({ executablePath: executable() });
      });
      afterAll(async () => {
        if (browser) await closeBrowser(browser);
      });
      return () => {
        if (!browser) throw new Error("the suite's browser is used before the hook that launches it ran");
        return browser;
      };
    },
    async launchForTest() {
      const browser = await launchBrowser({ executablePath: executable() });
      onTestFinished(() => closeBrowser(browser));
      return browser;
    },
  };
}

/**
 * A describe block whose tests need the real browser. Found, they run on it. Not found, under CI
 * (see browserRequiredBy) the block fails: one failing test says so, with every path tried, and its
 * tests are listed as skipped; elsewhere the block is skipped, and the reason printed.
 */
export function describeWithBrowser(name: string, body: (browser: TestBrowser) => void): void {
  const plan = planBrowserTests(searchBrowser(), browserRequiredBy(process.env));
  if (plan.action === "run") {
    describe(name, () => body(browserFor(plan)));
  } else if (plan.action === "fail") {
    describe(name, () => {
      it("has a browser to run on", () => {
        throw new Error(plan.reason);
      });
      // Listed, not run: their hooks would only fail again, each in its own way.
      describe.skip("the tests that need it", () => body(browserFor(plan)));
    });
  } else {
    console.warn(`Skipping "${name}": ${plan.reason}`);
    describe.skip(`${name} (skipped: no browser found)`, () => body(browserFor(plan)));
  }
}

// Editions -------------------------------------------------------------------------------------------

/** What an edition of `fb` printed, as a snapshot dated `asOf`: the previous edition a test compares with. */
export function editionOf(
  fb: FactBase,
  catalog: ReadonlyMap<string, SourceEntry>,
  asOf = "2024-01-15",
): EditionSnapshot {
  return { ...resolveEdition(fb, catalog, { version: "t" }).snapshot, as_of: asOf };
}

// Accessibility -------------------------------------------------------------------------------------

/**
 * axe-core's violations on `html` in a fresh page of `browser`, in the colour scheme given, over the
 * whole document or the element `selector` names: one line each, with up to three places.
 */
export async function auditAccessibility(
  browser: Browser,
  html: string,
  scheme: "light" | "dark",
  selector?: string,
): Promise<string[]> {
  const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  const page = await browser.newPage();
  try {
    // The brief forbids scripts (CSP); the audit page lets axe in, and only axe.
    await page.setBypassCSP(true);
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    await page.setContent(html, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const context = selector === undefined ? "document" : `document.querySelector(${JSON.stringify(selector)})`;
    const result = (await page.evaluate(`axe.run(${context}, { resultTypes: ['violations'] })`)) as {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    };
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  } finally {
    await page.close();
  }
}
