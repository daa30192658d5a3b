/**
 * One browser for a whole run: started at once (it boots while the first
 * brief is read and checked), shared by every brief of a batch or every
 * rebuild of a watch session, and always closed.
 */
import type { Browser } from "puppeteer";
import { CliError, ExitCode } from "../errors.js";
import { type BrowserLocation, findBrowser, NO_BROWSER_MESSAGE } from "../print/find-browser.js";
import { closeBrowser, launchBrowser } from "../print/launch-browser.js";

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

  /** Closes (or kills) the browser; a later print starts a fresh one. */
  async close(): Promise<void> {
    const launching = this.launching;
    this.launching = undefined;
    if (launching) await launching.then(closeBrowser, () => undefined);
  }
}
