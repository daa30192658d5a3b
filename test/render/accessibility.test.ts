import { createRequire } from "node:module";
import { expect, it } from "vitest";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { renderBrief } from "../../src/render/render-brief.js";
import { createRenderer } from "../../src/render/render-html.js";
import { auditAccessibility, describeWithBrowser, editionOf, ROOT } from "../helpers.js";

const _require = createRequire(import.meta.url);

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

describeWithBrowser("accessibility (axe-core in Chromium)", (testBrowser) => {
  const browser = testBrowser.launchForSuite();
  const audit = (html: string, scheme: "light" | "dark"): Promise<string[]> =>
    auditAccessibility(browser(), html, scheme);

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
