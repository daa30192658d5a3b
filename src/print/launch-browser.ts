/**
 * Starts the browser for printing: the binary is spawned at once, with only
 * the flags printing needs, and Puppeteer (imported here, and only here, so
 * commands that print no PDF never load it) is loaded while it boots and
 * connects over the DevTools pipe. Closing ends the browser's whole process
 * group: its profile is a throwaway, so nothing is worth a graceful shutdown.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import type { Browser, Page } from "puppeteer";
import { CliError, ExitCode } from "../errors.js";
import { trace } from "../trace.js";

/**
 * The flags every launch gets: no network chatter, no first-run work, no
 * sandbox as root (the team's rules), and the two that fix how a page prints:
 * sRGB colours and unhinted glyph outlines.
 */
export const browserArgs = (isRoot: boolean): string[] => [
  ...(isRoot ? ["--no-sandbox"] : []),
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--force-color-profile=srgb",
  "--font-render-hinting=none",
];

/** Browser processes started by this process, killed on SIGINT/SIGTERM. */
export const liveBrowserPids = new Set<number>();

/** Kills a browser's whole process group (it is started detached, as a group leader). */
export const killBrowserGroup = (pid: number): void => {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
};

export interface LaunchOptions {
  readonly executablePath: string;
  /** How long the browser may take to start. */
  readonly timeoutMs?: number;
}

interface Launched {
  readonly child: ChildProcess;
  readonly profile: string;
  /** The tab the browser opened with, until someone takes it. */
  firstTab: Promise<Page | undefined> | undefined;
}

const launches = new WeakMap<Browser, Launched>();
/** Profiles of browsers still running, removed when the process exits whatever the way. */
const liveProfiles = new Map<number, string>();
let exitHook = false;

/** The browser's main process, when this module started it. */
export const browserProcess = (browser: Browser): ChildProcess | undefined =>
  launches.get(browser)?.child ?? browser.process() ?? undefined;

/**
 * The blank tab the browser opened with, once: the first print uses it
 * instead of opening another. Later callers get undefined.
 */
export const takeFirstTab = (browser: Browser): Promise<Page | undefined> => {
  const launched = launches.get(browser);
  const tab = launched?.firstTab ?? Promise.resolve(undefined);
  if (launched) launched.firstTab = undefined;
  return tab;
};

/** How a profile is removed, on the way out (at once) or when a browser ends (off the main thread). */
const PROFILE_REMOVAL = { recursive: true, force: true, maxRetries: 3 } as const;

const removeProfile = (profile: string): void => {
  rmSync(profile, PROFILE_REMOVAL);
};

export const launchBrowser = async (options: LaunchOptions): Promise<Browser> => {
  const { executablePath } = options;
  const failed = (reason: string, cause?: unknown) =>
    new CliError(`Could not start the browser at ${executablePath}: ${reason}`, ExitCode.render, { cause });
  // The profile lives in TMPDIR, so a browser can be told by its command line whose it is.
  trace("browser: starting");
  const profile = mkdtempSync(path.join(os.tmpdir(), "factsheet-chromium-"));
  let child: ChildProcess;
  try {
    child = spawn(
      executablePath,
      [
        "--headless",
        "--remote-debugging-pipe",
        `--user-data-dir=${profile}`,
        ...browserArgs(process.getuid?.() === 0),
        "about:blank",
      ],
      {
        // Its own process group, so that closing can end every process it started.
        detached: true,
        stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
        // Its temporary files (the singleton socket's folder, ...) go in the profile, removed with it:
        // a browser that is killed never gets to remove them itself.
        env: { ...process.env, TMPDIR: profile },
      },
    );
  } catch (cause) {
    removeProfile(profile);
    throw failed(cause instanceof Error ? cause.message : String(cause), cause);
  }
  const { pid } = child;
  if (pid !== undefined) {
    liveBrowserPids.add(pid);
    liveProfiles.set(pid, profile);
  }
  if (!exitHook) {
    exitHook = true;
    process.on("exit", () => {
      for (const [livePid, liveProfile] of liveProfiles) {
        // A browser already ended leaves its profile here until the profile is removed: not killed again.
        if (liveBrowserPids.has(livePid)) killBrowserGroup(livePid);
        try {
          removeProfile(liveProfile);
        } catch {
          // Best effort on the way out.
        }
      }
    });
  }
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    // Keep draining (a full pipe would stall the browser); keep the start for error messages.
    if (stderr.length < 4096) stderr += chunk.toString();
  });
  const exited = new Promise<never>((_, reject) => {
    child.once("error", (cause) => reject(failed(cause.message, cause)));
    child.once("exit", (code, signal) =>
      reject(failed(stderr.trim().split("\n")[0] || `it exited (${signal ?? `code ${code}`}) before it was ready`)),
    );
  });
  exited.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(failed(`it did not answer within ${(options.timeoutMs ?? 30_000) / 1000} s`)),
      options.timeoutMs ?? 30_000,
    );
  });
  try {
    const connected = (async (): Promise<Browser> => {
      // Puppeteer's connect alone, without its launcher and browser downloader: the package's
      // main entry costs about 0.2 s to load, on the same thread that is checking the brief
      // meanwhile. The path is Puppeteer's own (its package exports "./internal/*"); the lockfile
      // pins the version, and tsc fails the build if the module moves.
      const [{ _connectToBrowser }, { PipeTransport }] = await Promise.all([
        import("puppeteer-core/internal/common/BrowserConnector.js"),
        // The DevTools pipe (fd 3 to the browser, fd 4 from it), as Puppeteer's own launcher reads it.
        import("puppeteer-core/internal/node/PipeTransport.js"),
      ]);
      const [toBrowser, fromBrowser] = [child.stdio[3] as Writable, child.stdio[4] as Readable];
      // Puppeteer drops its error handlers from the pipe when it disconnects; a reset arriving after
      // that (the browser killed with a message unread) would be an unhandled error and end the
      // process (seen when a browser being ended was closed again). The pipe closing is what tells.
      for (const stream of [toBrowser, fromBrowser]) stream.on("error", () => undefined);
      const browser: unknown = await _connectToBrowser({
        transport: new PipeTransport(toBrowser, fromBrowser),
        defaultViewport: { width: 800, height: 600 },
        protocolTimeout: 60_000,
      });
      // The very class the main entry exports; its public types are declared apart from the internal ones.
      return browser as Browser;
    })();
    connected.catch(() => undefined);
    const browser = await Promise.race([connected, exited, timeout]);
    trace("browser: connected");
    launches.set(browser, {
      child,
      profile,
      firstTab: browser
        .pages()
        .then((pages) => pages.find((page) => page.url() === "about:blank"))
        // A browser ended before its tab was ready (a brief that fails its check) has no tab to give.
        .catch(() => undefined),
    });
    return browser;
  } catch (cause) {
    await endProcess(child, profile);
    if (cause instanceof CliError) throw cause;
    throw failed(cause instanceof Error ? (cause.message.split("\n")[0] ?? "") : String(cause), cause);
  } finally {
    if (timer) clearTimeout(timer);
  }
};

/** Kills the browser's process group, waits for its main process to be reaped, removes its profile. */
const endProcess = async (child: ChildProcess, profile: string, timeoutMs = 5_000): Promise<void> => {
  const { pid } = child;
  if (pid !== undefined) {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      killBrowserGroup(pid);
      // Unref'd: the child's own handle keeps the process alive until it exits.
      await Promise.race([gone, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    }
    trace("browser: ended");
    liveBrowserPids.delete(pid);
  }
  try {
    // Off the main thread: in a one-brief build this runs while the PDF is stamped and written.
    await rm(profile, PROFILE_REMOVAL);
    trace("browser: profile removed");
  } catch {
    // A profile that cannot be removed is litter in TMPDIR, not a failure of the build.
  } finally {
    // Until now a process exit (a signal, an error) removes it on the way out.
    if (pid !== undefined) liveProfiles.delete(pid);
  }
};

const closing = new WeakMap<Browser, Promise<void>>();

/**
 * Ends the browser: at once for one this module started, else closed, and killed if it does not
 * close in time. Never throws. A second call gets the first one's end.
 */
export const closeBrowser = (browser: Browser, timeoutMs = 5_000): Promise<void> => {
  let ending = closing.get(browser);
  if (!ending) {
    ending = endBrowser(browser, timeoutMs);
    closing.set(browser, ending);
  }
  return ending;
};

const endBrowser = async (browser: Browser, timeoutMs: number): Promise<void> => {
  const launched = launches.get(browser);
  if (launched) {
    launches.delete(browser);
    await endProcess(launched.child, launched.profile, timeoutMs);
    // The pipe is closed now: this only lets Puppeteer settle its own state.
    await browser.disconnect().catch(() => undefined);
    trace("browser: disconnected");
    return;
  }
  const proc = browser.process();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      browser.close(),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
  } catch {
    // Already gone.
  } finally {
    if (timer) clearTimeout(timer);
    if (proc?.pid !== undefined && proc.exitCode === null && proc.signalCode === null) killBrowserGroup(proc.pid);
  }
};
