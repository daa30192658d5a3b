/**
 * The built HTML checked by axe-core inside the real Chromium: zero
 * violations, in the light and the dark colour scheme; with a change panel
 * too (its lead on page one, the whole panel after the contents).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { beforeAll, expect, it } from "vitest";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { renderBrief } from "../../src/render/render-brief.js";
import { createRenderer } from "../../src/render/render-html.js";
import { describeWithBrowser, editionOf, ROOT } from "../helpers.js";

const require = createRequire(import.meta.url);

/** The brief's HTML; with `changes`, against a previous edition that worded every position otherwise. */
const build = async (file: string, changes = false): Promise<string> => {
  const checked = await checkBrief(file, ROOT);
  const fb = checked.factBase;
  if (!fb) throw new Error(`${file} does not check`);
  const before = { ...fb, positions: fb.positions?.map((p) => ({ ...p, text: `${p.text} (earlier)` })) };
  const view = resolveBrief(fb, checked.catalog, {
    version: "test",
    disagreements: checked.disagreements,
    fingerprint: "0123456789ab",
    ...(changes ? { previous: editionOf(before, checked.catalog) } : {}),
  });
  const templates = await loadTemplates();
  return (await renderBrief(templates, await createRenderer(templates), view)).html;
};

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

describeWithBrowser("accessibility (axe-core in Chromium)", (testBrowser) => {
  const browser = testBrowser.launchForSuite();
  let axeSource: string;
  beforeAll(async () => {
    axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  });

  const audit = async (html: string, scheme: "light" | "dark"): Promise<string[]> => {
    const page = await browser().newPage();
    try {
      // The brief forbids scripts (CSP); the audit page lets axe in, and only axe.
      await page.setBypassCSP(true);
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
      await page.setContent(html, { waitUntil: "load" });
      await page.addScriptTag({ content: axeSource });
      const result = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as AxeResult;
      return result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} at ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      );
    } finally {
      await page.close();
    }
  };

  it("reports a violation where there is one (the audit itself works)", async () => {
    const bad = '<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="data:,"></main></body></html>';
    expect((await audit(bad, "light")).join("\n")).toMatch(/^html-has-lang|image-alt/m);
  });

  it.each([
    ["data/qatar-mediation.yaml", "light"],
    ["data/qatar-mediation.yaml", "dark"],
    ["test/fixtures/harbour.yaml", "light"],
  ] as const)("%s has no violations in the %s scheme", async (file, scheme) => {
    expect(await audit(await build(file), scheme)).toEqual([]);
  });

  it.each(["light", "dark"] as const)(
    "test/fixtures/harbour.yaml with a change panel has no violations in the %s scheme",
    async (scheme) => {
      const html = await build("test/fixtures/harbour.yaml", true);
      expect(html).toContain('<div class="changes-lead">');
      expect(await audit(html, scheme)).toEqual([]);
    },
  );
});
