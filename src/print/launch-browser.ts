/**
 * Starts the browser for printing through Puppeteer's public `launch`: over
 * the DevTools pipe (no port any other process could connect to), with only
 * the flags printing needs, in a throwaway profile. Puppeteer is imported
 * here, and only here, so commands that print no PDF never load it. Closing
 * ends the browser's whole process group: its profile is a throwaway, so
 * nothing is worth a graceful shutdown.
 */
import { type ChildProcess, spawn } from "node:child_process";
import diagnostics from "node:diagnostics_channel";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "puppeteer-core";
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

/** Kills a browser's whole process group (Puppeteer starts it detached, as a group leader). */
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
/** Profiles not removed yet, removed when the process exits whatever the way. */
const liveProfiles = new Set<string>();
/** Launches under way: aborting one makes Puppeteer kill the browser it is starting (its pid is not known yet). */
const starting = new Set<AbortController>();
let exitHook = false;

/** The browser's main process. */
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

/** On the way out, whatever the way: every browser still running killed, every profile removed. */
function onExit(): void {
  for (const launch of starting) launch.abort();
  for (const pid of liveBrowserPids) killBrowserGroup(pid);
  for (const profile of liveProfiles) {
    try {
      rmSync(profile, PROFILE_REMOVAL);
    } catch {
      // Best effort on the way out.
    }
  }
}

/**
 * Why a path cannot be started as a program at all, before anything is spawned: a folder, or a
 * path that is gone. Undefined when it is a file (whether it runs is for the launch to find out).
 */
function notAProgram(executablePath: string): string | undefined {
  try {
    const stat = statSync(executablePath);
    return stat.isFile() ? undefined : stat.isDirectory() ? "it is a folder, not a program" : "it is not a file";
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? "there is no such file" : String(error);
  }
}

/**
 * Every child process created while a launch is under way: Puppeteer spawns the browser without
 * listening for the spawn's `error` event, so a browser that cannot be spawned at all (EACCES,
 * ENOEXEC) would end this process with an unhandled error. Each child gets a listener that keeps
 * the error; the launch then fails with it.
 */
const spawnErrors = new Map<string, NodeJS.ErrnoException>();
let spawnWatchers = 0;
const onChildProcess = (message: unknown): void => {
  const child = (message as { process?: ChildProcess }).process;
  child?.on("error", (error: NodeJS.ErrnoException) => {
    if (error.path !== undefined && error.syscall?.startsWith("spawn")) spawnErrors.set(error.path, error);
  });
};
const watchSpawns = (): (() => void) => {
  if (spawnWatchers++ === 0) diagnostics.subscribe("child_process", onChildProcess);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--spawnWatchers === 0) diagnostics.unsubscribe("child_process", onChildProcess);
  };
};

export async function launchBrowser(options: LaunchOptions): Promise<Browser> {
  const { executablePath } = options;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const failed = (reason: string, cause?: unknown) =>
    new CliError(`Could not start the browser at ${executablePath}: ${reason}`, ExitCode.render, { cause });
  trace("browser: starting");
  const cannot = notAProgram(executablePath);
  if (cannot !== undefined) throw failed(cannot);
  // The profile lives in TMPDIR, so a browser can be told by its command line whose it is.
  const profile = mkdtempSync(path.join(os.tmpdir(), "factsheet-chromium-"));
  liveProfiles.add(profile);
  if (!exitHook) {
    exitHook = true;
    process.on("exit", onExit);
  }
  const abort = new AbortController();
  starting.add(abort);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(failed(`it did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  let launching: Promise<Browser> | undefined;
  const unwatch = watchSpawns();
  try {
    launching = (async () => {
      const { launch } = await import("puppeteer-core");
      trace("browser: Puppeteer loaded");
      return launch({
        executablePath,
        pipe: true,
        // Our flags only: Puppeteer's defaults are for automating a browser, not for printing.
        ignoreDefaultArgs: true,
        args: ["--headless", `--user-data-dir=${profile}`, ...browserArgs(process.getuid?.() === 0), "about:blank"],
        // Its temporary files (the singleton socket's folder, ...) go in the profile, removed with it:
        // a browser that is killed never gets to remove them itself.
        env: { ...process.env, TMPDIR: profile },
        // The CLI handles signals itself: Puppeteer's SIGINT handler would exit the process early.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        // The blank tab is taken when the first print wants it, not waited for here.
        waitForInitialPage: false,
        defaultViewport: { width: 800, height: 600 },
        protocolTimeout: 60_000,
        signal: abort.signal,
      });
    })();
    const browser = await Promise.race([launching, timeout]);
    unwatch();
    const child = browser.process();
    if (!child) throw new Error("Puppeteer gave no browser process");
    if (child.pid !== undefined) liveBrowserPids.add(child.pid);
    // Puppeteer drops its error handlers from the pipe (fd 3 to the browser, fd 4 from it) when it
    // disconnects; a reset arriving after that (the browser killed with a message unread) would be
    // an unhandled error and end the process. The pipe closing is what tells.
    for (const stream of [child.stdio[3], child.stdio[4]]) stream?.on("error", () => undefined);
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
    // Puppeteer kills the browser it was starting; one that connected after all is ended too.
    abort.abort();
    launching?.then(closeBrowser, () => undefined);
    await removeProfile(profile);
    if (cause instanceof CliError) throw cause;
    const spawnError = spawnErrors.get(executablePath);
    spawnErrors.delete(executablePath);
    if (spawnError) throw failed(`it cannot be run (${spawnError.code ?? spawnError.message})`, spawnError);
    const message = cause instanceof Error ? (cause.message.split("\n")[0] ?? "") : String(cause);
    // The pipe closed: the browser exited. Puppeteer keeps what it said to itself; ask it again.
    const reason = /Target closed|Connection closed|EPIPE|ECONNRESET/i.test(message)
      ? ((await whyNotStarting(executablePath)) ?? "it exited before it was ready")
      : message;
    throw failed(reason, cause);
  } finally {
    unwatch();
    starting.delete(abort);
    if (timer) clearTimeout(timer);
  }
}

/**
 * What a browser that would not start says when asked its version: a loader error, a broken
 * wrapper script's message. The first line of it, or nothing; at most two seconds.
 */
function whyNotStarting(executablePath: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    let said = "";
    let child: ChildProcess;
    try {
      child = spawn(executablePath, ["--version"], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    } catch {
      resolve(undefined);
      return;
    }
    const keep = (chunk: Buffer) => {
      if (said.length < 4096) said += chunk.toString();
    };
    child.stderr?.on("data", keep);
    const timer = setTimeout(() => {
      if (child.pid !== undefined) killBrowserGroup(child.pid);
    }, 2_000);
    child.once("error", () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      // Its version on stdout and nothing on stderr: it starts, and failed for another reason.
      resolve(code === 0 && said.trim() === "" ? undefined : said.trim().split("\n")[0] || undefined);
    });
  });
}

/** Removes a profile off the main thread; until then a process exit removes it on the way out. */
async function removeProfile(profile: string): Promise<void> {
  try {
    // In a one-brief build this runs while the PDF is stamped and written.
    await rm(profile, PROFILE_REMOVAL);
    trace("browser: profile removed");
  } catch {
    // A profile that cannot be removed is litter in TMPDIR, not a failure of the build.
  } finally {
    liveProfiles.delete(profile);
  }
}

/** Kills the browser's process group, waits for its main process to be reaped, removes its profile. */
async function endProcess(child: ChildProcess, profile: string, timeoutMs = 5_000): Promise<void> {
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
  await removeProfile(profile);
}

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

async function endBrowser(browser: Browser, timeoutMs: number): Promise<void> {
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
}
