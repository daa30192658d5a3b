/**
 * The print stage: HTML -> PDF in Chromium, with the settings that keep a
 * hostile fact base harmless: content set directly (never a file:// URL),
 * JavaScript off, every request but `data:` blocked, and the page checked to
 * still be about:blank afterwards.
 */
import type { Browser, BrowserContext } from "puppeteer";
import { CliError, ExitCode } from "../errors.js";

export type Paper = "a4" | "letter";

export interface PrintOptions {
  readonly paper: Paper;
  readonly headerTemplate: string;
  readonly footerTemplate: string;
  /** Upper bound for the whole print; past it the print fails. */
  readonly timeoutMs?: number;
}

export interface PrintResult {
  readonly pdf: Uint8Array;
  /** URLs the page tried to load and was refused. */
  readonly blocked: readonly string[];
}

export const PAGE_MARGINS = { top: "20mm", bottom: "18mm", left: "16mm", right: "16mm" } as const;

export const printPdf = async (browser: Browser, html: string, options: PrintOptions): Promise<PrintResult> => {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const blocked: string[] = [];
  let context: BrowserContext | undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CliError(`The browser did not finish printing within ${timeoutMs / 1000} s.`, ExitCode.render)),
      timeoutMs,
    );
  });
  const work = (async () => {
    context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = request.url();
      if (url.startsWith("data:")) {
        void request.continue();
      } else {
        blocked.push(url);
        void request.abort("blockedbyclient");
      }
    });
    await page.setContent(html, { waitUntil: "load", timeout: timeoutMs });
    if (page.url() !== "about:blank") {
      throw new CliError(
        `The page navigated away to ${page.url()} while printing; refusing to print it.`,
        ExitCode.render,
      );
    }
    const pdf = await page.pdf({
      format: options.paper === "letter" ? "Letter" : "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
      margin: PAGE_MARGINS,
      preferCSSPageSize: false,
      tagged: true,
      outline: true,
      timeout: timeoutMs,
    });
    if (page.url() !== "about:blank") {
      throw new CliError(`The page navigated away to ${page.url()} while printing; refusing the PDF.`, ExitCode.render);
    }
    return { pdf, blocked };
  })();
  try {
    return await Promise.race([work, timeout]);
  } catch (cause) {
    if (cause instanceof CliError) throw cause;
    throw new CliError(
      `The browser failed while printing: ${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)}`,
      ExitCode.render,
      { cause },
    );
  } finally {
    if (timer) clearTimeout(timer);
    work.catch(() => undefined);
    // A hung browser may never answer: closing the context gets a few seconds, then the caller kills it.
    const closing = context?.close().catch(() => undefined);
    await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
  }
};
