import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { BriefView } from "../../src/brief/brief-view.js";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { createRenderer, precompileTemplates, templateSources } from "../../src/render/render-html.js";
import type { PrecompiledTemplates } from "../../src/render/template-set.js";
import { ROOT, tempDirForTest } from "../helpers.js";

const GOLDEN = path.join(ROOT, "test", "golden", "harbour.html");

/** The inlined stylesheet (fonts, then templates/styles/*.css) and nothing else between these tags. */
const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g;

/**
 * The page as the golden file keeps it: the markup, with each style element's content (the whole
 * stylesheet, and the fonts when embedded) replaced by one stable line. The stylesheet is a source
 * file of its own; "inlines the stylesheet whole" below checks that it arrives in the page intact.
 */
const markupOnly = (html: string): string =>
  html.replace(STYLE_ELEMENT, "<style>/* the stylesheet: templates/styles/*.css, checked apart */</style>");

const render = async (edit?: (view: BriefView) => BriefView) => {
  const checked = await checkBrief("test/fixtures/harbour.yaml", ROOT);
  if (!checked.factBase) throw new Error("fixture does not check");
  const view = resolveBrief(checked.factBase, checked.catalog, { version: "0.0.0-test" });
  const renderer = await createRenderer(await loadTemplates());
  return renderer.html(edit ? edit(view) : view);
};

describe("the rendered HTML", () => {
  it("matches the golden file (UPDATE_GOLDEN=1 npm test to accept a change on purpose)", async () => {
    const html = markupOnly(await render());
    if (process.env.UPDATE_GOLDEN === "1") await writeFile(GOLDEN, html);
    expect(html).toBe(await readFile(GOLDEN, "utf8"));
  });

  it("inlines the stylesheet whole: templates/styles/*.css in file-name order, in the one style element", async () => {
    const html = await render();
    const dir = path.join(ROOT, "templates", "styles");
    const files = (await readdir(dir)).filter((file) => file.endsWith(".css")).sort();
    expect(files.length).toBeGreaterThan(0);
    const css = (await Promise.all(files.map((file) => readFile(path.join(dir, file), "utf8")))).join("\n");
    // No fonts are embedded here: the element holds an empty font block, a line break, the stylesheet.
    expect([...html.matchAll(STYLE_ELEMENT)].map((match) => match[1])).toEqual([`\n${css}`]);
  });

  it("is the same from templates compiled ahead of time as from their sources", async () => {
    const checked = await checkBrief("test/fixtures/harbour.yaml", ROOT);
    if (!checked.factBase) throw new Error("fixture does not check");
    const view = resolveBrief(checked.factBase, checked.catalog, { version: "0.0.0-test" });
    const templates = await loadTemplates();
    const file = path.join(await tempDirForTest("precompiled"), "templates.precompiled.mjs");
    await writeFile(file, await precompileTemplates(templateSources(templates)));
    const { default: precompiled } = (await import(pathToFileURL(file).href)) as { default: PrecompiledTemplates };
    expect(Object.keys(precompiled)).toHaveLength(new Set(templateSources(templates)).size);
    const ahead = await createRenderer({ ...templates, precompiled });
    const now = await createRenderer({ ...templates, precompiled: undefined });
    for (const part of ["html", "printHeader", "printFooter"] as const) {
      expect(ahead[part](view, "/* fonts */")).toBe(now[part](view, "/* fonts */"));
    }
  });

  it("is self-contained: a CSP first in <head>, no external URL, no script", async () => {
    const html = await render();
    expect(html).toMatch(/<head>\s*<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).not.toMatch(/<script|<link |src="http|url\(http/i);
  });

  it("escapes every text that came from the fact base", async () => {
    const html = await render((view) => ({
      ...view,
      title: `<img src=x onerror=alert(1)>`,
      summary: `</style><script>fetch("http://127.0.0.1/")</script>`,
    }));
    expect(html).toContain("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>");
  });

  it("fails loudly, with the template's position, when a template names a missing field", async () => {
    const templates = await loadTemplates();
    const renderer = await createRenderer({ ...templates, layout: "<p>{{titel}}</p>" });
    const checked = await checkBrief("test/fixtures/harbour.yaml", ROOT);
    if (!checked.factBase) throw new Error("fixture does not check");
    const view = resolveBrief(checked.factBase, checked.catalog, { version: "t" });
    expect(() => renderer.html(view)).toThrow(/"titel" not defined/);
  });
});

describe("the templates", () => {
  it("never use triple braces (unescaped output)", async () => {
    const dir = path.join(ROOT, "templates");
    const files = [
      ...(await readdir(dir)).filter((f) => f.endsWith(".hbs")).map((f) => path.join(dir, f)),
      ...(await readdir(path.join(dir, "partials"))).map((f) => path.join(dir, "partials", f)),
    ];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(await readFile(file, "utf8"), file).not.toContain("{{{");
  });
});

describe("the Handlebars environment", () => {
  it("refuses helpers it does not know", async () => {
    const templates = await loadTemplates();
    const checked = await checkBrief("test/fixtures/harbour.yaml", ROOT);
    if (!checked.factBase) throw new Error("fixture does not check");
    const view = resolveBrief(checked.factBase, checked.catalog, { version: "t" });
    const renderer = await createRenderer({ ...templates, layout: "<p>{{evil title}}</p>" });
    expect(() => renderer.html(view)).toThrow(/knownHelpersOnly.*evil|evil.*knownHelpersOnly/);
  });
});
