import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { resolveEdition } from "../../src/brief/resolve-brief.js";
import type { Snapshot } from "../../src/brief/snapshot.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import type { FactBase, SourceEntry } from "../../src/factbase/schema.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { renderBrief } from "../../src/render/render-brief.js";
import { createRenderer } from "../../src/render/render-html.js";
import { auditAccessibility, describeWithBrowser, ROOT } from "../helpers.js";

const _require = createRequire(import.meta.url);

let harbour: { fb: FactBase; catalog: ReadonlyMap<string, SourceEntry> } | undefined;
const load = async () => {
  if (!harbour) {
    const checked = await checkBrief("test/fixtures/harbour.yaml", ROOT);
    if (!checked.factBase) throw new Error("the harbour fixture does not check");
    harbour = { fb: checked.factBase, catalog: checked.catalog };
  }
  return { fb: structuredClone(harbour.fb), catalog: harbour.catalog };
};

const render = async (fb: FactBase, catalog: ReadonlyMap<string, SourceEntry>, previous: Snapshot | null) => {
  const { view } = resolveEdition(fb, catalog, { version: "test", previous });
  const templates = await loadTemplates();
  return (await renderBrief(templates, await createRenderer(templates), view)).html;
};

/** Edition 2 of the harbour brief, against edition 1: a title, a short form, a position's text with markup in it. */
const secondEdition = async (): Promise<string> => {
  const { fb, catalog } = await load();
  const { snapshot: first } = resolveEdition(fb, catalog, { version: "test" });
  fb.as_of = "2024-03-12";
  fb.title = "The Port Alba Dredging Dispute";
  const position = fb.positions?.find((p) => p.id === "union-fees");
  if (position) {
    position.short = "A share, not all";
    position.text = 'Ready to pay a share, <img src="x"> not all.';
  }
  fb.key_points = [];
  return render(fb, catalog, first);
};

const panel = (html: string): string => /<section id="changes"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";

describe("the changes panel", () => {
  it("marks the changed words, and escapes what the fact base wrote", async () => {
    const section = panel(await secondEdition());
    expect(section).toContain(
      '<td class="before">The Port Alba <del>dredging dispute</del></td><td class="after">The Port Alba <ins>Dredging Dispute</ins></td>',
    );
    expect(section).toContain(
      '<td class="before">Ready to pay a share, not all.</td><td class="after">Ready to pay a share, <ins>&lt;img src&#x3D;&quot;x&quot;&gt;</ins> not all.</td>',
    );
    expect(section).not.toContain("<img");
    expect(section).toMatch(
      /<h3 class="changes-heading">Removed<\/h3>[\s\S]*<span class="change-kind">Key point<\/span>/,
    );
  });

  it("says a first edition is one, and says nothing when no comparison was made", async () => {
    const { fb, catalog } = await load();
    expect(await render(fb, catalog, null)).toContain('<p class="edition-note">First edition');
    const { view } = resolveEdition(fb, catalog, { version: "test" });
    expect(view.firstEdition).toBe(false);
    expect(view.changes).toBeNull();
  });

  it("says so when nothing printed changed", async () => {
    const { fb, catalog } = await load();
    const { snapshot } = resolveEdition(fb, catalog, { version: "test" });
    const section = panel(await render(fb, catalog, snapshot));
    expect(section).toContain("What changed since the edition of");
    expect(section).toContain('<p class="changes-none">Nothing printed has changed.</p>');
  });
});

describeWithBrowser("the changes panel's accessibility (axe-core in Chromium)", (testBrowser) => {
  const browser = testBrowser.launchForSuite();
  it.each(["light", "dark"] as const)("has no violations in the %s scheme", async (scheme) => {
    const html = await secondEdition();
    expect(await auditAccessibility(browser(), html, scheme, "#changes")).toEqual([]);
  });
});
