/**
 * Real Chromium, real PDFs, read back with pdf.js: page count, the text of
 * every section, metadata, outline, paper size; and no browser left behind.
 */
import { execFileSync } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expect, it } from "vitest";
import { checkBrief } from "../../src/commands/check-brief.js";
import { describeWithBrowser, FIXTURES, ROOT, runCli, useTempDir } from "../helpers.js";

interface ReadBack {
  /** Names of the fonts text is set in (subset prefixes removed). */
  fonts: Set<string>;
  pages: number;
  /** Links inside the document (citation marks, cross-references). */
  internalLinks: number;
  text: string[];
  /** Per page, the lowest line of body text (above the running footer). */
  lastLines: string[];
  info: Record<string, unknown>;
  outline: string[];
  size: [number, number];
}

/** The document information dictionary (Title, CreationDate, ...), which pdf.js types as a bare `Object`. */
const readInfo = async (doc: PDFDocumentProxy): Promise<Record<string, unknown>> => {
  const { info } = await doc.getMetadata();
  return info as Record<string, unknown>;
};

const readPdf = async (file: string): Promise<ReadBack> => {
  const data = new Uint8Array(await readFile(file));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const text: string[] = [];
  const lastLines: string[] = [];
  let internalLinks = 0;
  const fonts = new Set<string>();
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    await page.getOperatorList(); // loads the page's fonts into commonObjs
    for (const item of content.items) {
      if (!("fontName" in item) || item.str.trim() === "") continue;
      const font = page.commonObjs.get(item.fontName) as { name?: string; missingFile?: boolean };
      fonts.add(`${(font.name ?? "?").replace(/^[A-Z]{6}\+/, "")}${font.missingFile ? " (not embedded)" : ""}`);
    }
    const annotations = (await page.getAnnotations()) as { subtype: string; dest?: unknown }[];
    internalLinks += annotations.filter((a) => a.subtype === "Link" && a.dest !== undefined).length;
    // Body text sits above the bottom margin (18 mm = 51 pt), where the footer is.
    const rows = new Map<number, string>();
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const y = Math.round(item.transform[5] ?? 0);
      if (y < 51) continue;
      rows.set(y, `${rows.get(y) ?? ""}${item.str}`);
    }
    const lowest = Math.min(...rows.keys());
    lastLines.push((rows.get(lowest) ?? "").trim());
    // Items break at ligatures and letter-spaced words: join them as they sit, a space at line ends.
    const line = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : "")).join("");
    text.push(line.replace(/\s+/g, " "));
  }
  const first = await doc.getPage(1);
  const [, , width, height] = first.view;
  const info = await readInfo(doc);
  const outline = ((await doc.getOutline()) ?? []).flatMap(function flat(o): string[] {
    return [o.title, ...o.items.flatMap(flat)];
  });
  await doc.destroy();
  return {
    fonts,
    internalLinks,
    pages: doc.numPages,
    text,
    lastLines,
    info,
    outline,
    size: [Math.floor(width ?? 0), Math.floor(height ?? 0)],
  };
};

/** Text compared whatever its spacing, case (small capitals, upper case in print) and quotation marks. */
const squash = (text: string): string =>
  text.replace(/\s+/g, "").toLowerCase().replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

/** The text of what `pattern` captures in `html`, tags dropped and entities decoded, as it prints. */
const printedText = (html: string, pattern: RegExp): string[] =>
  [...html.matchAll(pattern)].map((match) =>
    (match[1] ?? "")
      .replace(/<[^>]*>/g, " ")
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim(),
  );

const childBrowsers = (): string[] => {
  const out = execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(process.pid)], { encoding: "utf8" }).trim();
  return out.split("\n").filter((l) => /chrom/i.test(l));
};

describeWithBrowser("PDF output", (testBrowser) => {
  const dir = useTempDir("pdf");

  it("prints the invented fixture on A4 with every section, metadata and bookmarks", async () => {
    const { code, out, err } = await runCli(["build", "test/fixtures/harbour.yaml", "--out", dir()]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(/wrote .*harbour\.pdf/);
    const pdf = await readPdf(path.join(dir(), "harbour.pdf"));
    expect(pdf.size).toEqual([595, 841]); // A4: 595.92 x 841.92 pt
    expect(pdf.info.Title).toBe("The Port Alba dredging dispute");
    expect(pdf.info.Language).toBe("en");
    const all = pdf.text.join("\n");
    for (const heading of [
      "Key points",
      "Key figures",
      "Actors",
      "Timeline",
      "Positions",
      "Figures",
      "Quotes",
      "Sources",
    ]) {
      expect(all.toUpperCase()).toContain(heading.toUpperCase());
    }
    expect(all).toContain("We are ready to pay our share, but not all of it");
    expect(all).toContain("nearly 1,500");
    expect(all).toContain(`Page 1 of ${pdf.pages}`);
    expect(all).toContain("Updated 8 March 2024");
    // Arabic script prints in its own embedded font, as real text.
    expect(pdf.fonts).toContain("NotoNaskhArabic-Regular");
    expect(pdf.outline).toEqual(
      expect.arrayContaining(["Key points", "Actors", "Timeline", "Positions", "Figures", "Quotes", "Sources"]),
    );
    expect(childBrowsers()).toEqual([]);
  });

  it("is reproducible: the same inputs give the same HTML and PDF bytes, dated by the brief", async () => {
    const again = path.join(dir(), "again");
    const first = await runCli(["build", "test/fixtures/harbour.yaml", "--out", path.join(dir(), "one")]);
    const second = await runCli(["build", "test/fixtures/harbour.yaml", "--out", again]);
    expect([first.code, second.code]).toEqual([0, 0]);
    for (const file of ["harbour.pdf", "harbour.html"]) {
      const a = await readFile(path.join(dir(), "one", file));
      const b = await readFile(path.join(again, file));
      expect(a.equals(b), file).toBe(true);
    }
    const data = new Uint8Array(await readFile(path.join(again, "harbour.pdf")));
    const doc = await getDocument({ data, isEvalSupported: false }).promise;
    const info = await readInfo(doc);
    await doc.destroy();
    expect(info.CreationDate).toBe("D:20240308000000Z");
    expect(info.ModDate).toBe("D:20240308000000Z");
    expect(info.Subject).toMatch(/^Port Alba's harbour authority and the shipping union disagree/);
    expect(info.Keywords).toBe("fact sheet, Test desk, Port Alba harbour authority, Shipping union");
    const fingerprint = (info.Custom as Record<string, string> | undefined)?.Fingerprint;
    expect(fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(await readFile(path.join(again, "harbour.html"), "utf8")).toContain(
      `<code class="fingerprint">${fingerprint}</code>`,
    );

    // A rebuild prints once, seeded with the page numbers the last build found: the same bytes.
    // A stale or broken page cache costs the second pass, never the result.
    const manifest = path.join(again, ".factsheet", "harbour", "manifest.json");
    expect(JSON.parse(await readFile(manifest, "utf8"))).toMatchObject({
      pages: { a4: { actors: expect.stringMatching(/^\d+$/) } },
    });
    const stale = JSON.stringify({ version: 1, pages: { a4: { actors: "9" } }, outputs: {} });
    for (const seeded of [null, stale, "not json{"]) {
      if (seeded !== null) await writeFile(manifest, seeded);
      const rebuilt = await runCli([
        "build",
        "test/fixtures/harbour.yaml",
        "--format",
        "pdf",
        "--force",
        "--out",
        again,
      ]);
      expect(rebuilt.code).toBe(0);
      const c = await readFile(path.join(again, "harbour.pdf"));
      expect(c.equals(await readFile(path.join(dir(), "one", "harbour.pdf"))), String(seeded)).toBe(true);
    }

    // SOURCE_DATE_EPOCH, when set, dates the PDF instead.
    const epoch = await runCli(
      ["build", "test/fixtures/harbour.yaml", "--format", "pdf", "--out", path.join(dir(), "epoch")],
      {
        env: { ...process.env, SOURCE_DATE_EPOCH: "1700000000" },
      },
    );
    expect(epoch.code).toBe(0);
    const stamped = await readFile(path.join(dir(), "epoch", "harbour.pdf"), "latin1");
    expect(stamped).toContain("/CreationDate (D:20231114221320+00'00')");
  });

  it("build --all prints briefs side by side, each in a fresh page: the same bytes as alone, the log in order", async () => {
    const batch = path.join(dir(), "batch");
    await cp(path.join(FIXTURES, "harbour"), path.join(batch, "data", "harbour"), { recursive: true });
    const text = await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8");
    // Three copies and one brief that fails: the failure stays its own, and costs the others nothing.
    for (const name of ["a", "b", "harbour"]) await writeFile(path.join(batch, "data", `${name}.yaml`), text);
    await writeFile(path.join(batch, "data", "broken.yaml"), text.replace("as_of: 2024-03-08", "as_of: 2024-02-31"));
    const alone = await runCli(["build", "data/harbour.yaml", "--format", "pdf", "--out", "alone"], { cwd: batch });
    expect(alone.code).toBe(0);
    const { code, out } = await runCli(["build", "--all", "data", "--format", "pdf", "--out", "all"], { cwd: batch });
    expect(code).toBe(1);
    const single = await readFile(path.join(batch, "alone", "harbour.pdf"));
    for (const name of ["a", "b", "harbour"]) {
      expect((await readFile(path.join(batch, "all", `${name}.pdf`))).equals(single), name).toBe(true);
    }
    // Each brief's lines follow its own progress line, in the order of the files.
    const blocks = out.split(/^(?=\[\d\/4\] )/m).filter((b) => b.startsWith("["));
    expect(blocks.map((b) => b.slice(0, b.indexOf("\n")))).toEqual([
      "[1/4] data/a.yaml",
      "[2/4] data/b.yaml",
      "[3/4] data/broken.yaml",
      "[4/4] data/harbour.yaml",
    ]);
    expect(blocks[0]).toContain("wrote all/a.pdf");
    expect(blocks[1]).toContain("wrote all/b.pdf");
    expect(blocks[2]).toMatch(/data\/broken\.yaml: not built/);
    expect(blocks[3]).toContain("wrote all/harbour.pdf");
    expect(childBrowsers()).toEqual([]);
  });

  it("keeps a valid PDF when the title holds PDF syntax: >> ( ) \\", async () => {
    const odd = path.join(dir(), "odd");
    await cp(path.join(FIXTURES, "harbour"), path.join(odd, "harbour"), { recursive: true });
    const text = await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8");
    await writeFile(
      path.join(odd, "odd.yaml"),
      text.replace("title: The Port Alba dredging dispute", 'title: "Port Alba >> dredging (dispute) \\\\ test"'),
    );
    const { code } = await runCli(["build", "odd.yaml", "--format", "pdf", "--out", "out"], { cwd: odd });
    expect(code).toBe(0);
    const doc = await getDocument({ data: new Uint8Array(await readFile(path.join(odd, "out", "odd.pdf"))) }).promise;
    const info = await readInfo(doc);
    await doc.destroy();
    expect(info.Title).toBe("Port Alba >> dredging (dispute) \\ test");
    expect(info.CreationDate).toBe("D:20240308000000Z");
  });

  it("prints on Letter when asked", async () => {
    const { code } = await runCli([
      "build",
      "test/fixtures/harbour.yaml",
      "--out",
      dir(),
      "--format",
      "pdf",
      "--paper",
      "letter",
    ]);
    expect(code).toBe(0);
    expect((await readPdf(path.join(dir(), "harbour.pdf"))).size).toEqual([612, 792]);
  });

  it("a draft print paints nothing, yet every link target lands on the page it does in a full print", async () => {
    const built = await runCli(["build", "data/qatar-mediation.yaml", "--out", dir(), "--format", "html"]);
    expect(built.code).toBe(0);
    const html = await readFile(path.join(dir(), "qatar-mediation.html"), "utf8");
    const { draftDocument, printPdf, withPrintTab } = await import("../../src/print/print-pdf.js");
    const { readDestinations } = await import("../../src/print/read-outline.js");
    const browser = await testBrowser.launchForTest();
    {
      const options = { paper: "a4" as const, headerTemplate: "<span></span>", footerTemplate: "<span></span>" };
      const full = await printPdf(browser, html, { ...options, tagged: false });
      // A draft, then the document itself, in one tab (as the contents' two passes print them).
      const { result } = await withPrintTab(browser, options, async (print) => ({
        draft: await print(html, { tagged: false, draft: true }),
        pdf: await print(html, { tagged: false }),
      }));
      const draft = { pdf: result.draft };
      const [fullFile, draftFile] = [path.join(dir(), "full.pdf"), path.join(dir(), "draft.pdf")];
      await writeFile(fullFile, full.pdf);
      await writeFile(draftFile, draft.pdf);
      const resultFile = path.join(dir(), "result.pdf");
      await writeFile(resultFile, result.pdf);
      const [fullRead, draftRead] = [await readPdf(fullFile), await readPdf(draftFile)];
      expect((await readPdf(resultFile)).text).toEqual(fullRead.text);
      expect(draftRead.pages).toBe(fullRead.pages);
      expect(draftRead.text.join("").trim()).toBe("");
      expect(fullRead.text.join("")).toContain("Majed al-Ansari");
      const targets = readDestinations(full.pdf);
      expect(targets?.size).toBeGreaterThan(100);
      expect(readDestinations(draft.pdf)).toEqual(targets);
      expect(draft.pdf.byteLength).toBeLessThan(full.pdf.byteLength / 5);
    }
    // The hiding style goes right after the head's tag, whatever its case, before anything a template
    // writes there (a "</head>" in a CSS comment included); a document without one is left as it is.
    const hide = "<style>*{visibility:hidden!important}</style>";
    expect(draftDocument('<html><HEAD lang="en"><style>/* </head> */</style></HEAD ><body>x')).toBe(
      `<html><HEAD lang="en">${hide}<style>/* </head> */</style></HEAD ><body>x`,
    );
    expect(draftDocument("<header>x</header><p>no head</p>")).toBe("<header>x</header><p>no head</p>");
  });

  it("prints the Qatar brief: every section, every source, numbered pages", async () => {
    const { code, err } = await runCli(["build", "data/qatar-mediation.yaml", "--out", dir()]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const pdf = await readPdf(path.join(dir(), "qatar-mediation.pdf"));
    expect(pdf.pages).toBeGreaterThan(3);
    expect(pdf.info.Title).toBe("Qatar's mediation between Israel and Hamas");
    const all = pdf.text.join("\n");
    expect(pdf.text[0]).toContain("Updated 7 January 2025");
    expect(all).toContain(`Page ${pdf.pages} of ${pdf.pages}`);
    for (const words of [
      "Mohammed bin Abdulaziz Al-Khulaifi",
      "Majed al-Ansari",
      "David Barnea",
      "nearly 46,000",
      "very, very difficult",
    ]) {
      expect(all).toContain(words);
    }
    expect(all).toContain("Date inferred:");
    for (const section of ["Positions at a glance", "Where sources differ", "No stated position in the sources"]) {
      expect(all).toContain(section);
    }
    expect(all).toContain("down from 224 people (26 October 2023)");
    // Every font is embedded, and every one is a font the brief brings: never a system fallback.
    for (const font of pdf.fonts) expect(font).toMatch(/^Noto(Sans|Serif|NaskhArabic|SerifHebrew)-[A-Za-z]+$/);
    // Citation marks are links to the sources' excerpts: hundreds of them.
    expect(pdf.internalLinks).toBeGreaterThan(200);
    expect(childBrowsers()).toEqual([]);

    // The contents on page one give the page each section really starts on.
    const { readLandings, readLandingsWithPdfJs } = await import("../../src/print/read-landings.js");
    const bytes = new Uint8Array(await readFile(path.join(dir(), "qatar-mediation.pdf")));
    const landed = await readLandings(bytes, "outline");
    // Read as pdf.js reads them: every bookmark (43 of them, nested) and every link target (a first
    // build learns its pages from an untagged draft's targets).
    expect(landed).toEqual(await readLandingsWithPdfJs(bytes, "outline"));
    const targets = new Map((await readLandings(bytes, "targets")).map((t) => [t.name, t.page]));
    expect(targets).toEqual(new Map((await readLandingsWithPdfJs(bytes, "targets")).map((t) => [t.name, t.page])));
    expect(targets.size).toBeGreaterThan(100);
    expect(landed.length).toBeGreaterThan(30);
    const sections = [
      "Actors",
      "Timeline",
      "Positions",
      "Positions at a glance",
      "Figures",
      "Quotes",
      "Where sources differ",
      "Sources",
    ];
    for (const title of sections) {
      const page = landed.find((entry) => entry.name === title)?.page;
      expect(page, title).toBeGreaterThan(1);
      expect(pdf.text[0]).toContain(`${title} ${page}`);
    }

    // No heading, section introduction or caption is the last thing on a page: what it introduces
    // follows it there. A page's lowest line must not be any of them, nor a line of one.
    const checked = await checkBrief("data/qatar-mediation.yaml", ROOT);
    const fb = checked.factBase;
    const html = await readFile(path.join(dir(), "qatar-mediation.html"), "utf8");
    const introducers = [
      ...[
        "Key points",
        "Key figures",
        "Actors",
        "People",
        "States",
        "Organisations",
        "Groups",
        "Media",
        "Timeline",
        "Positions",
        "Figures",
        "Quotes",
        "Sources",
        "2023",
        "2024",
        "2025",
        ...(fb?.questions ?? []).map((q) => q.label),
        ...(fb?.figures ?? []).map((f) => `${f.label} (${f.unit})`),
      ].map((text) => ({ kind: "heading", text })),
      ...printedText(html, /<h[2-4](?![^>]*visually-hidden)[^>]*>([\s\S]*?)<\/h[2-4]>/g).map((text) => ({
        kind: "heading",
        text,
      })),
      ...printedText(html, /<(?:p|div) class="section-note">([\s\S]*?)<\/(?:p|div)>\s*(?=<)/g).map((text) => ({
        kind: "introduction",
        text,
      })),
      ...printedText(html, /<caption>([\s\S]*?)<\/caption>/g).map((text) => ({ kind: "caption", text })),
      ...printedText(html, /<figcaption class="chart-caption">([\s\S]*?)<\/figcaption>/g).map((text) => ({
        kind: "caption",
        text,
      })),
    ];
    expect(introducers.filter((i) => i.kind === "introduction").map((i) => i.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Each figure is a ledger/)]),
    );
    const stranded = pdf.lastLines.flatMap((line, page) => {
      const end = squash(line);
      // The whole of a one-line introducer, or a line of a longer one (a line long enough to tell).
      // A short line must match with its case: "people" ending a wrapped value is not the heading "People".
      const exact = (i: { text: string }) => i.text.replace(/\s+/g, "") === line.replace(/\s+/g, "");
      const what = introducers.find(
        (i) =>
          (squash(i.text) === end && (end.length >= 15 || exact(i))) ||
          (end.length >= 15 && squash(i.text).includes(end)),
      );
      return what ? [`page ${page + 1} ends with a line of the ${what.kind} "${what.text.slice(0, 60)}"`] : [];
    });
    if (process.env.DEBUG_PDF) console.log(pdf.lastLines);
    expect(stranded).toEqual([]);
  });
});
