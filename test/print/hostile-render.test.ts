/**
 * SECURITY.md's renderer cases: a canary HTTP server on 127.0.0.1 must
 * receive no request while a brief full of hostile payloads is built to HTML
 * and PDF, and the PDF shows the payloads as literal text. Then the same
 * payloads as raw HTML straight to the printer (as if escaping had failed):
 * the print settings alone must still let nothing out.
 */
import { appendFile, cp, readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CliError } from "../../src/errors.js";
import { printPdf } from "../../src/print/print-pdf.js";
import { describeWithBrowser, FIXTURES, runCli, useTempDir } from "../helpers.js";

const payloads = (port: number): string[] => [
  `<iframe src="file:///etc/passwd"></iframe>`,
  `<img src="file:///etc/hostname">`,
  `FILE:///etc/passwd`,
  `<img src="http://127.0.0.1:${port}/img">`,
  `<img src="http://169.254.169.254/latest/meta-data/">`,
  `<img src="http://[::ffff:127.0.0.1]:${port}/v6">`,
  `<link rel="prefetch" href="http://127.0.0.1:${port}/prefetch">`,
  `<link rel="preload" as="image" href="http://127.0.0.1:${port}/preload">`,
  `<link rel="stylesheet" href="http://127.0.0.1:${port}/stylesheet">`,
  `<style>@import url("http://127.0.0.1:${port}/import"); body { background: url("http://127.0.0.1:${port}/bg") }</style>`,
  `<img srcset="http://127.0.0.1:${port}/srcset 1x">`,
  `<svg><image href="http://127.0.0.1:${port}/svg-image"></image></svg>`,
  `<script>fetch("http://127.0.0.1:${port}/fetch"); new WebSocket("ws://127.0.0.1:${port}/ws");</script>`,
  `<meta http-equiv="refresh" content="0;url=http://127.0.0.1:${port}/refresh">`,
  `<base href="http://127.0.0.1:${port}/base/">`,
];

describeWithBrowser("hostile content against the renderer", (testBrowser) => {
  const dir = useTempDir("hostile-render");
  const browser = testBrowser.launchForSuite();
  let canary: Server;
  let port: number;
  const hits: string[] = [];

  beforeAll(async () => {
    canary = createServer((request, response) => {
      hits.push(request.url ?? "?");
      response.end("canary");
    });
    canary.on("upgrade", (request, socket) => {
      hits.push(`upgrade ${request.url ?? "?"}`);
      socket.destroy();
    });
    await new Promise<void>((resolve) => canary.listen(0, "127.0.0.1", resolve));
    port = (canary.address() as AddressInfo).port;
    await cp(path.join(FIXTURES, "harbour"), path.join(dir(), "harbour"), { recursive: true });
  });

  afterAll(async () => {
    // Guarded: when an earlier hook failed (the browser did not start), it was never started.
    if (canary) await new Promise<void>((resolve) => canary.close(() => resolve()));
  });

  it("a brief whose texts carry every payload builds to HTML and PDF with no request made", async () => {
    const all = payloads(port);
    // The articles carry the payloads too: words in quotation marks in a brief's prose are checked
    // against its sources' quotations, and the payloads' attribute values are in quotation marks.
    for (const article of ["a.txt", "b.txt"]) {
      await appendFile(path.join(dir(), "harbour", "sources", article), `${all.join("\n")}\n`);
    }
    const yamlText = (text: string) => JSON.stringify(text);
    const brief = [
      `title: ${yamlText(`Hostile ${all[0]}`)}`,
      "as_of: 2024-03-08",
      `summary: ${yamlText(all.join(" "))}`,
      "sources: harbour/sources/sources.yaml",
      "key_points:",
      ...all.map((p) => `  - text: ${yamlText(p)}\n    cite: [b]`),
      "actors:",
      `  - id: x\n    name: ${yamlText(all[3] ?? "")}\n    kind: person\n    description: ${yamlText(all.join(" "))}\n    cite: [a]`,
      "timeline:",
      ...all.map(
        (p, i) => `  - id: e${i}\n    date: 2024-03-04\n    text: ${yamlText(p)}\n    actors: [x]\n    cite: [a]`,
      ),
      "",
    ].join("\n");
    await writeFile(path.join(dir(), "hostile.yaml"), brief);
    const { code, err } = await runCli(["build", "hostile.yaml", "--out", "out"], { cwd: dir() });
    expect(err).toBe("");
    expect(code).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300)); // let any stray request arrive
    expect(hits).toEqual([]);

    const html = await readFile(path.join(dir(), "out", "hostile.html"), "utf8");
    expect(html).not.toMatch(/<(iframe|script|base|link|svg><image|meta http-equiv="refresh")/i);

    const doc = await getDocument({ data: new Uint8Array(await readFile(path.join(dir(), "out", "hostile.pdf"))) })
      .promise;
    let text = "";
    for (let i = 1; i <= doc.numPages; i += 1) {
      const content = await (await doc.getPage(i)).getTextContent();
      text += content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : "")).join("");
    }
    await doc.destroy();
    // Printed as text, its quotation marks typographic (display only: “ ” ‘ ’ for " and ').
    const flat = text.replace(/\s+/g, "").replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    for (const payload of all) expect(flat).toContain(payload.replace(/\s+/g, ""));
  });

  it("the printer alone lets nothing out, even given the payloads as raw HTML", async () => {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`;
    const raw = `<!DOCTYPE html><html><head>${csp}<title>raw</title></head><body><p>raw</p>${payloads(port).join("\n")}</body></html>`;
    const outcome = await printPdf(browser(), raw, {
      paper: "a4",
      headerTemplate: "<span></span>",
      footerTemplate: "<span></span>",
    })
      .then((result) => ({ ok: true as const, blocked: result.blocked }))
      .catch((error: unknown) => ({ ok: false as const, error }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hits).toEqual([]);
    // Either printed with every request refused, or refused because the page tried to navigate away.
    if (outcome.ok) expect(outcome.blocked.every((url) => !url.startsWith("data:"))).toBe(true);
    else expect(outcome.error).toBeInstanceOf(CliError);
  });

  it("refuses link fields other than https: and mailto:", async () => {
    const catalog = await readFile(path.join(dir(), "harbour", "sources", "sources.yaml"), "utf8");
    for (const url of [
      "javascript:alert(1)",
      "file:///etc/passwd",
      "data:text/html,<script>1</script>",
      "http://x.test/",
    ]) {
      await writeFile(
        path.join(dir(), "harbour", "sources", "sources.yaml"),
        catalog.replace("outlet: Alba Gazette", `outlet: Alba Gazette\n    url: ${JSON.stringify(url)}`),
      );
      const { code, err } = await runCli(["check", "hostile.yaml"], { cwd: dir() });
      expect(code, url).toBe(1);
      expect(err).toContain("links must start with https:// or mailto:");
    }
    await writeFile(path.join(dir(), "harbour", "sources", "sources.yaml"), catalog);
  });
});
