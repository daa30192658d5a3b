/**
 * `factsheet build`: check the brief, then render it to HTML and/or PDF in
 * the output folder. The browser starts at once, while the fact base is
 * still being read and checked, so that it is ready when the HTML is.
 */
import path from "node:path";
import type { Browser } from "puppeteer";
import { resolveBrief } from "../brief/resolve-brief.js";
import { CliError, ExitCode } from "../errors.js";
import { VERSION } from "../package-info.js";
import { findBrowser, NO_BROWSER_MESSAGE } from "../print/find-browser.js";
import { closeBrowser, launchBrowser } from "../print/launch-browser.js";
import { outlinePages } from "../print/outline-pages.js";
import { type Paper, printPdf } from "../print/print-pdf.js";
import { stampPdf } from "../print/stamp-pdf.js";
import { loadTemplates } from "../render/load-templates.js";
import { renderBrief } from "../render/render-brief.js";
import { createRenderer } from "../render/render-html.js";
import { checkBrief, describeCounts } from "./check-brief.js";
import { fingerprint } from "./fingerprint.js";
import { describeFindings, type Reporter } from "./report.js";
import { writeOutput } from "./write-output.js";

export type Format = "html" | "pdf" | "all";

export interface BuildOptions {
  readonly file: string;
  readonly format: Format;
  readonly outDir: string;
  readonly paper: Paper;
  readonly browser?: string | undefined;
  readonly strict?: boolean;
  readonly templatesDir?: string | undefined;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

const kb = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export const build = async (options: BuildOptions, report: Reporter): Promise<number> => {
  const cwd = options.cwd ?? process.cwd();
  const wantHtml = options.format !== "pdf";
  const wantPdf = options.format !== "html";

  // Start the browser first: it boots while the brief is checked and rendered. A browser that
  // cannot be found is reported after the check, so that mistakes in the data are shown first.
  let launching: Promise<Browser> | undefined;
  const location = wantPdf ? findBrowser({ flag: options.browser, env: options.env ?? process.env }) : undefined;
  if (location) {
    launching = launchBrowser({ executablePath: location.path });
    launching.catch(() => undefined);
  }

  try {
    const [checked, templates] = await Promise.all([
      checkBrief(options.file, cwd, { strict: options.strict ?? false }),
      loadTemplates(options.templatesDir),
    ]);
    const fb = checked.factBase;
    if (!fb) {
      report.diagnostics(checked.diagnostics);
      report.info(`${checked.loaded.brief.file}: not built: ${describeFindings(checked.diagnostics)}`);
      return 1;
    }
    const renderer = createRenderer(templates);
    const print = await fingerprint([...checked.loaded.files, ...templates.files], [VERSION, options.paper]);
    const view = resolveBrief(fb, checked.catalog, {
      version: VERSION,
      disagreements: checked.disagreements,
      fingerprint: print,
    });
    const { html, header, footer } = await renderBrief(templates, renderer, view);
    const name = path.basename(options.file).replace(/\.ya?ml$/i, "");
    const outDir = path.resolve(cwd, options.outDir);
    const shown = (file: string) => path.relative(cwd, file) || file;
    const findings = describeFindings(checked.diagnostics);
    report.info(
      `${checked.loaded.brief.file}: ok (${describeCounts(fb, view.counts.sources)})${findings ? `; ${findings}: run check to list them` : ""}`,
    );

    if (wantHtml) {
      const htmlPath = path.join(outDir, `${name}.html`);
      await writeOutput(htmlPath, html);
      report.info(`wrote ${shown(htmlPath)} (${kb(Buffer.byteLength(html))})`);
    }
    if (wantPdf) {
      if (!launching) throw new CliError(NO_BROWSER_MESSAGE, ExitCode.noBrowser);
      const browser = await launching;
      const printOptions = { paper: options.paper, headerTemplate: header, footerTemplate: footer };
      // Two passes: print, read where each section landed, print again with the page numbers.
      const draft = await printPdf(browser, html, printOptions);
      const landed = new Map((await outlinePages(draft.pdf)).map((entry) => [entry.title, entry.page]));
      const paged = {
        ...view,
        toc: view.toc.map((entry) => ({ ...entry, page: String(landed.get(entry.title) ?? "") })),
      };
      const result = await printPdf(browser, (await renderBrief(templates, renderer, paged)).html, printOptions);
      // Reproducible: the PDF's dates are the brief's (or SOURCE_DATE_EPOCH), never the clock's.
      const epoch = (options.env ?? process.env).SOURCE_DATE_EPOCH;
      const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date(`${fb.as_of}T00:00:00Z`);
      const pdf = stampPdf(result.pdf, {
        date,
        subject: fb.summary,
        keywords: ["fact sheet", ...(fb.desk ? [fb.desk] : []), ...(view.matrix?.parties.map((p) => p.name) ?? [])],
        fingerprint: print,
      });
      const pdfPath = path.join(outDir, `${name}.pdf`);
      await writeOutput(pdfPath, pdf);
      report.info(
        `wrote ${shown(pdfPath)} (${kb(result.pdf.byteLength)}, ${options.paper === "letter" ? "Letter" : "A4"})`,
      );
      if (result.blocked.length > 0) {
        report.info(
          `blocked ${result.blocked.length} request(s) from the page: ${result.blocked.slice(0, 3).join(", ")}`,
        );
      }
    }
    return 0;
  } finally {
    if (launching) {
      await launching.then(closeBrowser, () => undefined);
    }
  }
};
