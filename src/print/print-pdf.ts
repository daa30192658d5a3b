/**
 * Printing HTML to PDF in one Chromium tab, with the settings that keep a
 * hostile fact base harmless: content set directly (never a file:// URL),
 * JavaScript off, every request but `data:` blocked, and the page checked to
 * still be about:blank after every print. One tab may print several
 * documents (the contents' two passes, see print-brief.ts); a time limit, a
 * crashed renderer or a browser gone ends all of it at once.
 */
import type { Browser, HTTPRequest, Page } from "puppeteer-core";
import { CliError, ExitCode } from "../errors.js";
import { trace } from "../trace.js";
import { takeFirstTab } from "./launch-browser.js";

export type Paper = "a4" | "letter";

/** How a tab prints: the page, its running header and footer, the tab it prints in, its time limit. */
export interface TabOptions {
  readonly paper: Paper;
  readonly headerTemplate: string;
  readonly footerTemplate: string;
  /**
   * The tab to print in, from a session that opens tabs ahead. By default
   * `openPrintTab`. Its settings (scripts off, requests intercepted) are
   * made here, whoever opened it.
   */
  readonly openTab?: () => Promise<Page>;
  /** What becomes of the tab once the print is done (or failed): closed, by default. */
  readonly releaseTab?: (tab: Page) => Promise<void>;
  /** Upper bound for the whole print, every pass of it; past it the print fails. */
  readonly timeoutMs?: number;
}

/** One print of one document. */
export interface PrintHow {
  /** A tagged (accessible) PDF with bookmarks (Chromium's outline needs tags). */
  readonly tagged: boolean;
  /**
   * A draft: untagged (about half the time of a tagged print), without the
   * running header and footer (they sit in the margins, so the pages break the
   * same; Chromium lays them out apart for every page: 0.1 s of the Qatar
   * brief's draft, 0.4-0.5 s at 1,000 items), and nothing in it painted (see
   * `draftDocument`): only to learn where each link target lands.
   */
  readonly draft?: boolean;
}

/** A tab set up for printing: each call sets a fresh document and prints it. */
export type PrintInTab = (html: string, how: PrintHow) => Promise<Uint8Array>;

export interface PrintOptions extends TabOptions {
  /** A tagged (accessible) PDF with bookmarks: on unless asked otherwise. */
  readonly tagged?: boolean;
  /** Print a draft (see `PrintHow`). */
  readonly draft?: boolean;
}

/**
 * The blank tab a fresh browser opened with serves the first print; every later print gets a new
 * page, closed after it, so nothing of one brief's page reaches the next. (A new page rather than a
 * new browser context: with scripts off and every request refused, a page has nothing to leave
 * behind in the profile, and a new context's first print is slower by about 0.4 s and does not
 * run side by side with another's.)
 */
export const openPrintTab = async (browser: Browser): Promise<Page> =>
  (await takeFirstTab(browser)) ?? (await browser.newPage());

export interface PrintResult {
  readonly pdf: Uint8Array;
  /** URLs the page tried to load and was refused. */
  readonly blocked: readonly string[];
}

export const PAGE_MARGINS = { top: "20mm", bottom: "18mm", left: "16mm", right: "16mm" } as const;

/**
 * The document for a draft print: everything hidden. `visibility` moves nothing (hidden boxes keep
 * their place, and fonts still load for the layout), so the pages break where they will in the
 * final print and each link target still lands on its page; but no glyph, image or background is
 * painted or written into the PDF: a third less time for the Qatar brief's draft (0.30 s against
 * 0.47), 18 KB instead of 400. Its text is never read. The rule goes right after the `<head>` tag,
 * before anything a template writes there (a `</head>` inside a template's CSS comment would put it
 * in the CSS); a document without a `<head>` tag is printed as it is. (A template that collapses
 * table rows, `visibility: collapse`, would paginate otherwise in the draft: the final print's
 * outline shows it, and the pages are printed again. Ours does not.)
 */
export const draftDocument = (html: string): string => {
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) return html;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}<style>*{visibility:hidden!important}</style>${html.slice(at)}`;
};

/** Prints one document in a tab of its own. */
export const printPdf = async (browser: Browser, html: string, options: PrintOptions): Promise<PrintResult> => {
  const { result, blocked } = await withPrintTab(browser, options, (print) =>
    print(html, { tagged: options.tagged ?? true, draft: options.draft === true }),
  );
  return { pdf: result, blocked };
};

/**
 * Opens a tab, sets it up for printing and hands `work` the function that prints in it; the tab is
 * released after, whatever happened. Past the time limit, when the page crashes or the browser goes,
 * the whole work fails at once with a clear error.
 */
export async function withPrintTab<T>(
  browser: Browser,
  options: TabOptions,
  work: (print: PrintInTab) => Promise<T>,
): Promise<{ result: T; blocked: readonly string[] }> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const blocked: string[] = [];
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
  // A page whose renderer crashed never answers: fail the print at once, not at its time limit.
  let onCrash: (() => void) | undefined;
  const crashed = new Promise<never>((_, reject) => {
    onCrash = () => reject(new CliError("The browser's page crashed while printing.", ExitCode.render));
  });
  const stayed = (tab: Page, when: string): void => {
    if (tab.url() !== "about:blank") {
      throw new CliError(`The page navigated away to ${tab.url()} while printing; ${when}.`, ExitCode.render);
    }
  };
  const running = (async () => {
    const tab = await (options.openTab ?? (() => openPrintTab(browser)))();
    page = tab;
    if (onCrash) tab.on("error", onCrash);
    trace("print: tab ready");
    await tab.setJavaScriptEnabled(false);
    await tab.setRequestInterception(true);
    tab.on("request", onRequest);
    const print: PrintInTab = async (html, how) => {
      const draft = how.draft === true;
      const tagged = how.tagged && !draft;
      // A fresh document for every print: a second print of one document is not byte for byte the same.
      await tab.setContent(draft ? draftDocument(html) : html, { waitUntil: "load", timeout: timeoutMs });
      trace("print: content set");
      stayed(tab, "refusing to print it");
      const pdf = await tab.pdf({
        format: options.paper === "letter" ? "Letter" : "A4",
        printBackground: true,
        displayHeaderFooter: !draft,
        ...(draft ? {} : { headerTemplate: options.headerTemplate, footerTemplate: options.footerTemplate }),
        margin: PAGE_MARGINS,
        preferCSSPageSize: false,
        tagged,
        outline: tagged,
        timeout: timeoutMs,
      });
      trace(draft ? "print: printed a draft, untagged" : "print: printed");
      stayed(tab, "refusing the PDF");
      return pdf;
    };
    return work(print);
  })();
  // A browser that dies mid-print must fail the print at once, not at the protocol's time limit.
  let onDisconnect: (() => void) | undefined;
  const disconnected = new Promise<never>((_, reject) => {
    onDisconnect = () => reject(new CliError("The browser closed or crashed while printing.", ExitCode.render));
    // on + off with the same function: a `once` wrapper would never be removed, and would keep
    // every finished print (and its PDF) alive for the life of the browser.
    browser.on("disconnected", onDisconnect);
  });
  let printed = false;
  try {
    const result = await Promise.race([running, timeout, disconnected, crashed]);
    printed = true;
    return { result, blocked };
  } catch (cause) {
    if (cause instanceof CliError) throw cause;
    throw new CliError(
      `The browser failed while printing: ${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)}`,
      ExitCode.render,
      { cause },
    );
  } finally {
    page?.off("request", onRequest);
    if (onCrash) page?.off("error", onCrash);
    if (onDisconnect) browser.off("disconnected", onDisconnect);
    disconnected.catch(() => undefined);
    crashed.catch(() => undefined);
    if (timer) clearTimeout(timer);
    running.catch(() => undefined);
    // The tab is released (closed, or its browser ended) while the PDF is written. After a failure
    // the browser may be hung and never answer: closing gets a few seconds, then the caller kills it.
    const closing = page && (options.releaseTab ?? ((tab: Page) => tab.close()))(page).catch(() => undefined);
    if (!printed) await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
  }
}
