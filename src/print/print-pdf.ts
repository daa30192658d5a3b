/**
 * The print stage: HTML -> PDF in Chromium, with the settings that keep a
 * hostile fact base harmless: content set directly (never a file:// URL),
 * JavaScript off, every request but `data:` blocked, and the page checked to
 * still be about:blank afterwards.
 */
import type { Browser, BrowserContext, HTTPRequest, Page } from "puppeteer";
import { CliError, ExitCode } from "../errors.js";
import { takeFirstTab } from "./launch-browser.js";

export type Paper = "a4" | "letter";

export interface PrintOptions {
  readonly paper: Paper;
  readonly headerTemplate: string;
  readonly footerTemplate: string;
  /** A tagged (accessible) PDF with bookmarks: on unless asked otherwise (Chromium's outline needs tags). */
  readonly tagged?: boolean;
  /**
   * A second pass: given the first PDF, the new text of elements by id (the
   * contents' page numbers). The page is patched in place through the
   * DevTools DOM domain (no script runs in it) and printed again.
   */
  readonly revise?: (pdf: Uint8Array) => Promise<Readonly<Record<string, string>>>;
  /**
   * Text to put in elements by id before the first print: the page numbers
   * the last build found. When `revise` then asks for the same texts, the
   * first print is the final one and the second pass is skipped.
   */
  readonly initial?: Readonly<Record<string, string>>;
  /** Upper bound for the whole print; past it the print fails. */
  readonly timeoutMs?: number;
}

export interface PrintResult {
  readonly pdf: Uint8Array;
  /** URLs the page tried to load and was refused. */
  readonly blocked: readonly string[];
}

export const PAGE_MARGINS = { top: "20mm", bottom: "18mm", left: "16mm", right: "16mm" } as const;

const escapeText = (text: string): string =>
  text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));

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
  let page: Page | undefined;
  const onRequest = (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith("data:")) {
      void request.continue();
    } else {
      blocked.push(url);
      void request.abort("blockedbyclient");
    }
  };
  const work = (async () => {
    // The blank tab a fresh browser opened with serves the first print (a fresh profile of its own);
    // every later print gets a new context, so nothing of one brief's page reaches the next.
    let tab = await takeFirstTab(browser);
    if (!tab) {
      context = await browser.createBrowserContext();
      tab = await context.newPage();
    }
    page = tab;
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", onRequest);
    await page.setContent(html, { waitUntil: "load", timeout: timeoutMs });
    if (page.url() !== "about:blank") {
      throw new CliError(
        `The page navigated away to ${page.url()} while printing; refusing to print it.`,
        ExitCode.render,
      );
    }
    const tagged = options.tagged ?? true;
    const print = () =>
      tab.pdf({
        format: options.paper === "letter" ? "Letter" : "A4",
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: options.headerTemplate,
        footerTemplate: options.footerTemplate,
        margin: PAGE_MARGINS,
        preferCSSPageSize: false,
        tagged,
        outline: tagged,
        timeout: timeoutMs,
      });
    const patch = async (texts: Readonly<Record<string, string>>): Promise<void> => {
      const client = await tab.createCDPSession();
      try {
        const { root } = await client.send("DOM.getDocument", { depth: -1 });
        for (const [id, text] of Object.entries(texts)) {
          if (!/^[\w-]+$/.test(id)) continue;
          const { nodeId } = await client.send("DOM.querySelector", { nodeId: root.nodeId, selector: `#${id}` });
          if (nodeId === 0) continue;
          const { outerHTML } = await client.send("DOM.getOuterHTML", { nodeId });
          const open = outerHTML.slice(0, outerHTML.indexOf(">") + 1);
          const close = outerHTML.slice(outerHTML.lastIndexOf("<"));
          await client.send("DOM.setOuterHTML", { nodeId, outerHTML: `${open}${escapeText(text)}${close}` });
        }
      } finally {
        await client.detach();
      }
    };
    const initial = options.revise ? (options.initial ?? {}) : {};
    if (Object.keys(initial).length > 0) await patch(initial);
    let pdf = await print();
    if (options.revise) {
      const texts = await options.revise(pdf);
      const changed = Object.entries(texts).filter(([id, text]) => initial[id] !== text);
      if (changed.length > 0) {
        // The final print starts from a fresh document with the right numbers, as it does when the
        // numbers were known beforehand: a second print of one document is not byte for byte the same.
        await tab.setContent(html, { waitUntil: "load", timeout: timeoutMs });
        await patch(texts);
        pdf = await print();
      }
    }
    if (page.url() !== "about:blank") {
      throw new CliError(`The page navigated away to ${page.url()} while printing; refusing the PDF.`, ExitCode.render);
    }
    return { pdf, blocked };
  })();
  // A browser that dies mid-print must fail the print at once, not at the protocol's time limit.
  let onDisconnect: (() => void) | undefined;
  const disconnected = new Promise<never>((_, reject) => {
    onDisconnect = () => reject(new CliError("The browser closed or crashed while printing.", ExitCode.render));
    // on + off with the same function: a `once` wrapper would never be removed, and would keep
    // every finished print (and its PDF) alive for the life of the browser.
    browser.on("disconnected", onDisconnect);
  });
  try {
    return await Promise.race([work, timeout, disconnected]);
  } catch (cause) {
    if (cause instanceof CliError) throw cause;
    throw new CliError(
      `The browser failed while printing: ${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)}`,
      ExitCode.render,
      { cause },
    );
  } finally {
    page?.off("request", onRequest);
    if (onDisconnect) browser.off("disconnected", onDisconnect);
    disconnected.catch(() => undefined);
    if (timer) clearTimeout(timer);
    work.catch(() => undefined);
    // A hung browser may never answer: closing the context gets a few seconds, then the caller kills it.
    const closing = context?.close().catch(() => undefined);
    await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
  }
};
