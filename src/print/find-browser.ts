/**
 * Finds a Chromium-family browser for printing, in this order: the
 * `--browser` flag, `FACTSHEET_BROWSER`, `PUPPETEER_EXECUTABLE_PATH`,
 * Puppeteer's own cache, then the usual system locations. Nothing is ever
 * downloaded.
 */
import { accessSync, constants, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CliError, ExitCode } from "../errors.js";

export interface BrowserLocation {
  readonly path: string;
  /** Where it was found: `--browser`, an environment variable, `puppeteer cache` or `system`. */
  readonly from: string;
}

export interface FindBrowserOptions {
  readonly flag?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
  readonly home?: string;
  /** Test seams: whether a file is an executable, and a folder's entries. */
  readonly isExecutable?: (file: string) => boolean;
  readonly list?: (dir: string) => string[];
}

/** Whether a file exists and may be run. */
export const isExecutableFile = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const defaultList = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/**
 * System locations, most specific first. Debian's real binaries come before their wrapper scripts,
 * and its headless shell (package chromium-headless-shell) before the full browser: the same
 * engine and the same pages, without the browser's user interface to start (a PDF build of the
 * Qatar brief 0.3 s sooner, 1.37 s against 1.71).
 */
export const SYSTEM_BROWSERS: Readonly<Record<string, readonly string[]>> = {
  linux: [
    "/usr/lib/chromium/chromium-headless-shell",
    "/usr/lib/chromium/chromium",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/opt/google/chrome/chrome",
    "/snap/bin/chromium",
  ],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
  ],
  win32: [
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  ],
};

const PATH_NAMES = ["chromium-headless-shell", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** Browsers Puppeteer may have put in its cache (`npx puppeteer browsers install chrome`). */
const cachedBrowsers = (cacheDir: string, list: (dir: string) => string[]): string[] => {
  const out: string[] = [];
  const layouts: readonly [string, readonly string[]][] = [
    [
      "chrome-headless-shell",
      [
        "chrome-headless-shell-linux64/chrome-headless-shell",
        "chrome-headless-shell-mac-arm64/chrome-headless-shell",
        "chrome-headless-shell-mac-x64/chrome-headless-shell",
        "chrome-headless-shell-win64/chrome-headless-shell.exe",
      ],
    ],
    [
      "chrome",
      [
        "chrome-linux64/chrome",
        "chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
        "chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
        "chrome-win64/chrome.exe",
      ],
    ],
  ];
  // Newest build first, whichever product (version folders are named like `linux-131.0.6778.85`);
  // for the same version, the headless shell.
  const builds = layouts.flatMap(([product, inner], rank) =>
    list(path.join(cacheDir, product)).map((build) => ({ product, inner, rank, build })),
  );
  builds.sort((a, b) => b.build.localeCompare(a.build, "en", { numeric: true }) || a.rank - b.rank);
  for (const { product, inner, build } of builds)
    for (const rel of inner) out.push(path.join(cacheDir, product, build, rel));
  return out;
};

export const findBrowser = (options: FindBrowserOptions = {}): BrowserLocation | undefined => {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const isExecutable = options.isExecutable ?? isExecutableFile;
  const list = options.list ?? defaultList;
  const home = options.home ?? os.homedir();

  const explicit: [string | undefined, string][] = [
    [options.flag, "--browser"],
    [env.FACTSHEET_BROWSER, "FACTSHEET_BROWSER"],
    [env.PUPPETEER_EXECUTABLE_PATH, "PUPPETEER_EXECUTABLE_PATH"],
  ];
  for (const [candidate, from] of explicit) {
    if (candidate === undefined || candidate === "") continue;
    if (isExecutable(candidate)) return { path: candidate, from };
    throw new CliError(
      `The browser named by ${from} (${candidate}) does not exist or is not executable: point ${from} at a Chromium or Chrome binary.`,
      ExitCode.noBrowser,
    );
  }

  const cacheDir = env.PUPPETEER_CACHE_DIR ?? path.join(home, ".cache", "puppeteer");
  for (const candidate of cachedBrowsers(cacheDir, list)) {
    if (isExecutable(candidate)) return { path: candidate, from: "puppeteer cache" };
  }
  for (const candidate of SYSTEM_BROWSERS[platform] ?? []) {
    if (isExecutable(candidate)) return { path: candidate, from: "system" };
  }
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    for (const name of PATH_NAMES) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return { path: candidate, from: "PATH" };
    }
  }
  return undefined;
};

export const NO_BROWSER_MESSAGE =
  "No Chromium or Chrome found for printing the PDF: install one (on Debian, `apt-get install chromium-headless-shell` or `chromium`) or name it with --browser PATH or FACTSHEET_BROWSER.";

/** Like findBrowser, but a missing browser is an error with its own exit code. */
export const requireBrowser = (options: FindBrowserOptions = {}): BrowserLocation => {
  const found = findBrowser(options);
  if (!found) throw new CliError(NO_BROWSER_MESSAGE, ExitCode.noBrowser);
  return found;
};
