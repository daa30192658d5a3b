/**
 * The running header and footer fit, whatever the title and desk (issue 22, item 13): a long
 * unbroken word is cut short with an ellipsis, and "Page N of M" is on every page, inside it.
 * The brief is the invented harbour fixture with an invented 300-character title and desk.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expect, it } from "vitest";
import { describeWithBrowser, FIXTURES, runCli, useTempDir } from "../helpers.js";

interface Page {
  readonly width: number;
  readonly text: string;
  /** Each run of text with where it starts and ends along the page. */
  readonly runs: { readonly str: string; readonly left: number; readonly right: number }[];
}

const readPages = async (file: string): Promise<Page[]> => {
  const doc = await getDocument({
    data: new Uint8Array(await readFile(file)),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: Page[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const [, , width = 0] = page.view;
    const content = await page.getTextContent();
    const runs = content.items.flatMap((item) =>
      "str" in item && item.str.trim() !== ""
        ? [{ str: item.str, left: item.transform[4] ?? 0, right: (item.transform[4] ?? 0) + item.width }]
        : [],
    );
    const text = content.items
      .map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : ""))
      .join("")
      .replace(/\s+/g, " ");
    pages.push({ width, text, runs });
  }
  await doc.destroy();
  return pages;
};

describeWithBrowser("the running header and footer", () => {
  const dir = useTempDir("running-footer");

  it("keep 'Page N of M' on every page, inside it, with a 300-character unbroken title and desk", async () => {
    await cp(path.join(FIXTURES, "harbour"), path.join(dir(), "harbour"), { recursive: true });
    const long = (letter: string) => letter.repeat(300);
    const brief = (await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8"))
      .replace(/^title: .*$/m, `title: ${long("T")}`)
      .replace(/^desk: .*$/m, `desk: ${long("D")}`);
    await writeFile(path.join(dir(), "harbour.yaml"), brief);
    const { code, err } = await runCli(["build", "harbour.yaml", "--format", "pdf", "--out", "out"], { cwd: dir() });
    expect(err).toBe("");
    expect(code).toBe(0);
    const pages = await readPages(path.join(dir(), "out", "harbour.pdf"));
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) {
      expect(page.text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page.text, `page ${i + 1}`).toContain("Updated 8 March 2024");
      // The page number and the date sit inside the page, right of the cut-short title and desk (the
      // running header and footer are the last runs of their words on a page: the body comes first).
      for (const word of [/Page \d+ of \d+$/, /^Updated \d/]) {
        const run = page.runs.findLast((r) => word.test(r.str));
        expect(run, `page ${i + 1}: ${word}`).toBeDefined();
        if (!run) continue;
        expect(run.left).toBeGreaterThan(page.width / 2);
        expect(run.right).toBeLessThanOrEqual(page.width);
      }
      // The title and the desk are cut short with an ellipsis, ending before the page number and the date.
      const header = page.runs.findLast((r) => r.str.startsWith("TTTT"));
      const footer = page.runs.findLast((r) => r.str.startsWith("Fact sheet · DDDD"));
      expect(header?.str.endsWith("…"), `page ${i + 1}`).toBe(true);
      expect(footer?.str.endsWith("…"), `page ${i + 1}`).toBe(true);
      expect(header?.right).toBeLessThan(page.runs.findLast((r) => /^Updated \d/.test(r.str))?.left ?? 0);
      expect(footer?.right).toBeLessThan(page.runs.findLast((r) => /Page \d+ of \d+$/.test(r.str))?.left ?? 0);
    }
  }, 180_000);
});
