/**
 * The index page of a batch (out/index.html): the desk, each brief's title,
 * summary, edition and date, and each brief that failed listed as failed.
 * The briefs are copies of the invented harbour fixture, one broken on purpose;
 * the desk names are invented.
 */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indexView } from "../../src/render/index-view.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { createRenderer } from "../../src/render/render-html.js";
import { renderIndex } from "../../src/render/render-index.js";
import { auditAccessibility, describeWithBrowser, FIXTURES, runCli, tempDirForTest } from "../helpers.js";

/** A desk with two good briefs (one in another desk) and one that fails its check. */
async function desk(): Promise<string> {
  const dir = await tempDirForTest("index-page");
  await mkdir(path.join(dir, ".git"));
  await mkdir(path.join(dir, "data"));
  await writeFile(path.join(dir, "factsheet.config.yaml"), "desk: Harbour desk\n");
  await cp(path.join(FIXTURES, "harbour"), path.join(dir, "data", "harbour"), { recursive: true });
  const text = await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8");
  // The fixture names its own desk ("Test desk"): one copy keeps it, one takes the desk config's.
  await writeFile(path.join(dir, "data", "alpha.yaml"), text.replace(/^desk: .*\n/m, ""));
  await writeFile(
    path.join(dir, "data", "bravo.yaml"),
    text
      .replace(/^title: .*$/m, "title: The Port Alba ferry timetable")
      .replace(/^as_of: 2024-03-08$/m, "as_of: 2024-03-09"),
  );
  await writeFile(path.join(dir, "data", "broken.yaml"), text.replace("source: b", "source: zz"));
  return dir;
}

describe("the index page", () => {
  it("names the desk, each brief's title, summary, edition and date, and the failed brief as failed", async () => {
    const dir = await desk();
    const { code, out } = await runCli(["build", "--all", "--format", "html"], { cwd: dir });
    expect(code).toBe(1);
    expect(out).toContain("wrote out/index.html (2 of 3 briefs)");
    const html = await readFile(path.join(dir, "out", "index.html"), "utf8");
    expect(html).toContain("<title>Harbour desk: fact sheets</title>");
    expect(html).toContain(
      '<span class="product">Fact sheets</span> <span class="sep" aria-hidden="true">·</span> Harbour desk</p>',
    );
    // Newest first; a brief of another desk says which.
    const rows = [...html.matchAll(/<th scope="row"><a href="([^"]+)">([^<]+)<\/a><\/th>\s*<td>([^<]*)(.*?)<\/td>/g)];
    expect(rows.map((m) => [m[1], m[2]])).toEqual([
      ["bravo.html", "The Port Alba ferry timetable"],
      ["alpha.html", "The Port Alba dredging dispute"],
    ]);
    expect(rows[0]?.[3]?.trim()).toBe(
      "Port Alba&#x27;s harbour authority and the shipping union disagree over who pays to dredge the channel.",
    );
    expect(rows[0]?.[4]).toContain('<span class="index-desk">(Test desk)</span>');
    expect(rows[1]?.[4]).toBe("");
    expect(html).toContain(
      '<time datetime="2024-03-09">9 March 2024</time><br><span class="index-edition">Edition 2</span>',
    );
    // The failed brief: named, with why, never linked.
    expect(html).toContain("1 brief of this batch failed and is not published here: fix it and build again.");
    expect(html).toMatch(
      /<th scope="row">The Port Alba dredging dispute <span class="index-file">\(data\/broken\.yaml\)<\/span><\/th>\s*<td>failed: 1 error<\/td>/,
    );
    expect(html).not.toContain("broken.html");
  });

  it("without a desk config or a failure, the page is as before: no desk, no failed list", () => {
    const view = indexView(
      [{ status: "built", name: "a", file: "a.yaml", title: "A", asOf: "2024-01-01", html: undefined, pdf: undefined }],
      "/nowhere",
    );
    expect(view.desk).toBeNull();
    expect(view.failed).toEqual([]);
    expect(view.failedNote).toBeNull();
    expect(view.briefs[0]).toMatchObject({ title: "A", summary: null, edition: null, desk: null });
    // A long summary is cut at a word, a few lines beside its title.
    const long = indexView(
      [
        {
          status: "built",
          name: "a",
          file: "a.yaml",
          title: "A",
          asOf: "2024-01-01",
          summary: "word ".repeat(200),
          html: undefined,
          pdf: undefined,
        },
      ],
      "/nowhere",
    ).briefs[0]?.summary;
    expect(long).toMatch(/^(word ){50,}word…$/);
    expect(long?.length).toBeLessThanOrEqual(280);
  });
});

describeWithBrowser("the index page in a browser", (browser) => {
  const launched = browser.launchForSuite();
  it("has no accessibility violations, with a failed brief listed", async () => {
    const templates = await loadTemplates();
    const html = await renderIndex(
      templates,
      await createRenderer(templates),
      [
        {
          status: "built",
          name: "a",
          file: "data/a.yaml",
          title: "A brief",
          asOf: "2024-01-01",
          summary: "About it.",
          edition: "2",
          desk: "Other desk",
          html: undefined,
          pdf: undefined,
        },
        {
          status: "failed",
          name: "b",
          file: "data/b.yaml",
          title: undefined,
          asOf: undefined,
          problem: "3 errors",
          html: undefined,
          pdf: undefined,
        },
      ],
      "/nowhere",
      { desk: "Harbour desk" },
    );
    for (const scheme of ["light", "dark"] as const)
      expect(await auditAccessibility(launched(), html, scheme)).toEqual([]);
  });
});
