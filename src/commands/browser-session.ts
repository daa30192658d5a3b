/**
 * One browser for a whole run: started at once (it boots while the first
 * brief is read and checked), shared by every brief of a batch or every
 * rebuild of a watch session, and always closed.
 */
import type { Browser, HTTPRequest, Page } from "puppeteer";
import { CliError, ExitCode } from "../errors.js";
import { type BrowserLocation, findBrowser, NO_BROWSER_MESSAGE } from "../print/find-browser.js";
import { closeBrowser, launchBrowser } from "../print/launch-browser.js";
import { openPrintTab } from "../print/print-pdf.js";

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

/** A brief's tab between two of its prints. */
interface KeptTab {
  readonly tab: Page;
  /** Whether the tab reached its blank document. */
  readonly blank: Promise<boolean>;
  /** Whether its renderer crashed since. */
  readonly crashed: () => boolean;
  /** Removes the listeners it had while kept. */
  readonly release: () => void;
}

export class BrowserSession {
  private launching: Promise<Browser> | undefined;
  /** The next print's tab, opened while the current brief is checked and rendered. */
  private spare: { browser: Browser; tab: Promise<Page> } | undefined;
  /** Open each print's tab ahead, during the previous print: for runs that print more than once. */
  tabsAhead = false;
  /**
   * Keep each brief's tab after its print for that brief's next print, for runs that print the same
   * brief again and again (watch). The next edition loads into a renderer that has just laid out
   * the last one: 0.2-0.4 s less per rebuild of the Qatar brief (load 0.4 -> 0.15 s, print 0.8 ->
   * 0.6 s, no new tab). Only the same brief's editions share a tab. Between them it holds a new
   * blank document (navigated to about:blank, so nothing of the last one, not even a pending
   * refresh, lives on), refuses every request, and is dropped if its renderer crashes; each print
   * makes its own settings as in a fresh tab, and the PDF is the same, byte for byte.
   */
  keepTabs = false;
  /** Tabs kept by `keepTab`, by brief. */
  private readonly kept = new Map<string, KeptTab>();

  constructor(private readonly location: BrowserLocation | undefined) {}

  /** Starts the browser now, if there is one and it is not started yet. */
  start(): void {
    if (this.launching || !this.location) return;
    const launching = launchBrowser({ executablePath: this.location.path });
    this.launching = launching;
    // A launch that failed is forgotten, so that the next print (in watch) tries again.
    launching.catch(() => {
      if (this.launching === launching) this.launching = undefined;
    });
  }

  /** The running browser; relaunched if it died. A missing browser is an error with its own exit code. */
  async browser(): Promise<Browser> {
    if (!this.location) throw new CliError(NO_BROWSER_MESSAGE, ExitCode.noBrowser);
    this.start();
    const browser = await (this.launching as Promise<Browser>);
    if (browser.connected) return browser;
    this.launching = undefined;
    this.start();
    return this.launching as unknown as Promise<Browser>;
  }

  /**
   * A tab to print in: the one opened ahead if it belongs to this browser, else a new one. In a
   * run that prints more than once, the next tab starts opening at once.
   */
  async openTab(browser: Browser, brief?: string): Promise<Page> {
    const kept = brief === undefined ? undefined : this.kept.get(brief);
    if (brief !== undefined && kept) {
      this.kept.delete(brief);
      const blank = await kept.blank;
      kept.release();
      if (blank && !kept.crashed() && !kept.tab.isClosed() && kept.tab.browser() === browser && browser.connected) {
        return kept.tab;
      }
      await kept.tab.close().catch(() => undefined);
    }
    const spare = this.spare;
    this.spare = undefined;
    let tab: Page | undefined;
    if (spare) {
      const ready = await spare.tab.catch(() => undefined);
      if (ready && spare.browser === browser && browser.connected) tab = ready;
      else await ready?.close().catch(() => undefined);
    }
    tab ??= await openPrintTab(browser);
    if (this.tabsAhead && browser.connected) {
      const next = openPrintTab(browser);
      next.catch(() => undefined);
      this.spare = { browser, tab: next };
    }
    return tab;
  }

  /** Takes a brief's tab after a print that succeeded: kept for its next print if `keepTabs`, else closed. */
  keepTab(brief: string, tab: Page): void {
    const before = this.kept.get(brief);
    this.kept.delete(brief);
    if (before && before.tab !== tab) {
      before.release();
      void before.tab.close().catch(() => undefined);
    }
    if (!this.keepTabs) {
      void tab.close().catch(() => undefined);
      return;
    }
    let crashed = false;
    const onCrash = () => {
      crashed = true;
    };
    const refuse = (request: HTTPRequest) => {
      void request.abort("blockedbyclient").catch(() => undefined);
    };
    tab.once("error", onCrash);
    tab.on("request", refuse);
    this.kept.set(brief, {
      tab,
      blank: tab.goto("about:blank", { timeout: 10_000 }).then(
        () => true,
        () => false,
      ),
      crashed: () => crashed,
      release: () => {
        tab.off("error", onCrash);
        tab.off("request", refuse);
      },
    });
  }

  /** Closes (or kills) the browser; a later print starts a fresh one. */
  async close(): Promise<void> {
    const launching = this.launching;
    this.launching = undefined;
    this.spare = undefined;
    this.kept.clear();
    if (launching) await launching.then(closeBrowser, () => undefined);
  }
}
