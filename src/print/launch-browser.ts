/**
 * Starts the browser for printing. Puppeteer is imported here, and only
 * here, so commands that print no PDF never load it.
 */
import type { Browser } from "puppeteer";
import { CliError, ExitCode } from "../errors.js";

/** Flags every launch gets: no network chatter, no first-run work, no sandbox as root. */
export const browserArgs = (isRoot: boolean): string[] => [
  ...(isRoot ? ["--no-sandbox"] : []),
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-extensions",
  "--disable-default-apps",
  "--mute-audio",
  "--no-default-browser-check",
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

export const launchBrowser = async (options: LaunchOptions): Promise<Browser> => {
  const { default: puppeteer } = await import("puppeteer");
  try {
    const browser = await puppeteer.launch({
      executablePath: options.executablePath,
      headless: true,
      pipe: true,
      args: browserArgs(process.getuid?.() === 0),
      // factsheet handles signals itself, so it can remove temp files first.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: options.timeoutMs ?? 30_000,
      protocolTimeout: 60_000,
    });
    const pid = browser.process()?.pid;
    if (pid !== undefined) liveBrowserPids.add(pid);
    return browser;
  } catch (cause) {
    throw new CliError(
      `Could not start the browser at ${options.executablePath}: ${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)}`,
      ExitCode.render,
      { cause },
    );
  }
};

/** Closes the browser; kills it when it does not close in time. Never throws. */
export const closeBrowser = async (browser: Browser, timeoutMs = 5_000): Promise<void> => {
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
    if (proc?.pid !== undefined) {
      if (proc.exitCode === null && proc.signalCode === null) killBrowserGroup(proc.pid);
      liveBrowserPids.delete(proc.pid);
    }
  }
};
