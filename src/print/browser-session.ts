/**
 * One browser for a whole run: started at once (it boots while the first
 * brief is read and checked), shared by every brief of a batch or every
 * rebuild of a watch session, and always closed.
 */
import type { Browser, Page } from "puppeteer-core";
import { CliError, ExitCode } from "../errors.js";
import { type BrowserLocation, findBrowser, NO_BROWSER_MESSAGE } from "./find-browser.js";
import { closeBrowser, launchBrowser } from "./launch-browser.js";
import { openPrintTab } from "./print-pdf.js";

/**
 * A session whose browser is starting already, for a run that prints: called
 * before the build's code is even loaded. A browser that cannot be found is
 * reported only when a PDF is due, so mistakes in the data are shown first.
 */
export const startBrowserSession = (flag: string | undefined, env: NodeJS.ProcessEnv): BrowserSession => {
  const session = new BrowserSession(findBrowser({ flag, env }));
  session.start();
  return session;
};

export class BrowserSession {
  private launching: Promise<Browser> | undefined;
  /** The next print's tab, opened while the current brief is checked and rendered. */
  private spare: { browser: Browser; tab: Promise<Page>; crashed: () => boolean } | undefined;
  /** Open each print's tab ahead, during the previous print: for runs that print more than once. */
  tabsAhead = false;
  /**
   * The run prints one brief: once its print is done the browser is ended at once, while the PDF
   * is stamped and written, rather than after (the user does not wait on it). Its tab is not
   * closed first: Puppeteer holds the process 100 ms after a tab closes, waiting for a swap.
   */
  printsOnce = false;
  /**
   * A browser that could not start is tried again at the next print (watch, where the user may fix
   * it); a batch sets this false: one failure says it all, and every later print fails with it at once.
   */
  retryFailedStart = true;
  /** Why the browser last failed to start (none found, or it would not run). */
  private startFailure: CliError | undefined;
  private closing: Promise<void> = Promise.resolve();

  constructor(private readonly location: BrowserLocation | undefined) {}

  /** Starts the browser now, if there is one and it is not started yet. */
  start(): void {
    if (this.launching || !this.location || this.givenUp()) return;
    const launching = launchBrowser({ executablePath: this.location.path });
    this.launching = launching;
    // A launch that failed is forgotten, so that the next print (in watch) tries again.
    launching.then(
      () => {
        this.startFailure = undefined;
      },
      (error: unknown) => {
        if (this.launching === launching) this.launching = undefined;
        if (error instanceof CliError) this.startFailure = error;
      },
    );
  }

  /** The failure a batch gives up on, once the browser has failed to start. */
  private givenUp(): CliError | undefined {
    return this.retryFailedStart ? undefined : this.startFailure;
  }

  /**
   * Whether an error is the browser failing to start (or there being none), rather than a print
   * failing: a batch goes on without PDFs after it, and says it once.
   */
  isStartFailure(error: unknown): error is CliError {
    return error instanceof CliError && error === this.startFailure;
  }

  /** The running browser; relaunched if it died. A missing browser is an error with its own exit code. */
  async browser(): Promise<Browser> {
    if (!this.location) {
      this.startFailure ??= new CliError(NO_BROWSER_MESSAGE, ExitCode.noBrowser);
      throw this.startFailure;
    }
    const given = this.givenUp();
    if (given) throw given;
    this.start();
    const browser = await (this.launching as Promise<Browser>);
    if (browser.connected) return browser;
    // Found dead (watch keeps a session for hours): reaped and its profile removed, then a new one.
    this.ending(closeBrowser(browser));
    this.launching = undefined;
    this.start();
    return this.launching as unknown as Promise<Browser>;
  }

  /**
   * A tab to print in: the one opened ahead if it belongs to this browser, else a new one. In a
   * run that prints more than once, the next tab starts opening at once.
   */
  async openTab(browser: Browser): Promise<Page> {
    const spare = this.spare;
    this.spare = undefined;
    let tab: Page | undefined;
    if (spare) {
      const ready = await spare.tab.catch(() => undefined);
      // A tab whose renderer crashed while it waited would never answer: the print would wait out its time limit.
      if (ready && !spare.crashed() && spare.browser === browser && browser.connected) tab = ready;
      else await ready?.close().catch(() => undefined);
    }
    tab ??= await openPrintTab(browser);
    if (this.tabsAhead && browser.connected) {
      const next = openPrintTab(browser);
      let crashed = false;
      next.then(
        (page) =>
          page.once("error", () => {
            crashed = true;
          }),
        () => undefined,
      );
      this.spare = { browser, tab: next, crashed: () => crashed };
    }
    return tab;
  }

  /**
   * A print is done with its tab: the tab is closed; in a run that prints once, the whole browser
   * is ended instead (the session is closed), at once.
   */
  printDone(tab: Page): Promise<void> {
    return this.printsOnce ? this.close() : tab.close().catch(() => undefined);
  }

  /** Closes (or kills) the browser; a later print starts a fresh one. Every close under way is waited for. */
  async close(): Promise<void> {
    const launching = this.launching;
    this.launching = undefined;
    this.spare = undefined;
    if (launching) this.ending(launching.then(closeBrowser, () => undefined));
    await this.closing;
  }

  /** A browser being ended: `close` waits for it, with any other still ending. */
  private ending(end: Promise<void>): void {
    this.closing = Promise.all([this.closing, end]).then(() => undefined);
  }
}
