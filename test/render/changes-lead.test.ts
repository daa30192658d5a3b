/**
 * The change panel split for page one: the overview carries the panel's lead (a count, the first
 * entries, one line each, cut only between words, and a pointer with the panel's page once the
 * print knows it); the whole panel follows the contents. On the invented harbour fixture, against
 * previous editions generated here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BriefView } from "../../src/brief/brief-view.js";
import { LEAD_ENTRIES, LEAD_LABEL_CHARACTERS, resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import type { FactBase, SourceEntry } from "../../src/factbase/schema.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { renderBrief } from "../../src/render/render-brief.js";
import { createRenderer, type Renderer } from "../../src/render/render-html.js";
import type { TemplateSet } from "../../src/render/template-set.js";
import { editionOf, ROOT } from "../helpers.js";

let fb: FactBase;
let catalog: ReadonlyMap<string, SourceEntry>;
let templates: TemplateSet;
let renderer: Renderer;

beforeAll(async () => {
  const checked = await checkBrief("test/fixtures/harbour.yaml", ROOT);
  if (!checked.factBase) throw new Error("the harbour fixture does not check");
  fb = checked.factBase;
  catalog = checked.catalog;
  templates = await loadTemplates();
  renderer = await createRenderer(templates);
});

/**
 * The brief against a previous edition that worded its first event otherwise and had `removed`
 * more items: events, or organisations with long names (`longNames`).
 */
const against = (removed: number, longNames = false): BriefView => {
  const before = structuredClone(fb) as { -readonly [K in keyof FactBase]: FactBase[K] };
  const [first, ...others] = before.timeline ?? [];
  const numbers = Array.from({ length: removed }, (_, i) => i + 1);
  before.timeline = [
    ...(first ? [{ ...first, text: `${first.text} (first reported)` }] : []),
    ...others,
    ...(longNames
      ? []
      : numbers.map((n) => ({ id: `withdrawn-${n}`, date: "2024-02-01", text: `Withdrawn event ${n}`, cite: [] }))),
  ] as FactBase["timeline"];
  before.actors = [
    ...(before.actors ?? []),
    ...(longNames
      ? numbers.map((n) => ({
          id: `committee-${n}`,
          name: `The joint committee ${n} of the harbour authority, the shipping union and the ministry of transport`,
          kind: "organisation",
          cite: [],
        }))
      : []),
  ] as FactBase["actors"];
  return resolveBrief(fb, catalog, { version: "t", previous: editionOf(before as FactBase, catalog) });
};

const lead = (html: string): string => /<div class="changes-lead">[\s\S]*?<\/div>/.exec(html)?.[0] ?? "";

describe("page one's lead of the change panel", () => {
  it("counts the changes, shows the first entries and says how many more", () => {
    const view = against(40);
    expect(view.changes?.count).toBe("41 changes: 1 updated, 40 removed");
    expect(view.changes?.lead.map((e) => `${e.state} ${e.kind}`)).toEqual([
      "Updated Event",
      "Removed Event",
      "Removed Event",
    ]);
    expect(view.changes?.lead.map((e) => e.anchor)).toEqual(["event-talks-stall", null, null]);
    expect(view.changes?.lead.slice(1).map((e) => e.label)).toEqual(["Withdrawn event 1", "Withdrawn event 2"]);
    expect(view.changes?.lead).toHaveLength(LEAD_ENTRIES);
    expect(view.changes?.more).toBe(`And ${41 - LEAD_ENTRIES} more`);
  });

  it("cuts a long label between words, within its line", () => {
    const view = against(3, true);
    const labels = view.changes?.lead.map((e) => e.label) ?? [];
    expect(labels.length).toBe(LEAD_ENTRIES);
    expect(labels.slice(1)).toEqual([
      "The joint committee 1 of the harbour authority, the shipping union and the…",
      "The joint committee 2 of the harbour authority, the shipping union and the…",
    ]);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(LEAD_LABEL_CHARACTERS);
  });

  it("stands on page one; the whole panel follows the contents, not listed in them", async () => {
    const html = renderer.html(against(40));
    const overview = /<section class="overview"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(lead(overview)).toContain(
      'What changed since the edition of <time datetime="2024-01-15">15 January 2024</time></a><span class="sep" aria-hidden="true">·</span>41 changes: 1 updated, 40 removed',
    );
    expect(lead(overview)).toContain(
      "And 38 more: the whole list, with what each item said before, follows the contents.",
    );
    // Present items are linked, removed ones are not.
    expect(lead(overview)).toContain('<a href="#event-talks-stall">');
    expect(lead(overview)).toContain('<li><span class="change-kind">Removed Event</span> Withdrawn event 1</li>');
    expect(overview).not.toContain('id="changes"');
    expect(overview).not.toContain('href="#changes"><span class="toc-title">');
    const order = ['<nav class="toc"', '<section id="changes"', '<section id="actors"'].map((mark) =>
      html.indexOf(mark),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("names the panel's page once the print has found it, and the panel is found like a section", async () => {
    const view = against(40);
    expect(view.toc[0]).toEqual({
      title: "What changed since the edition of 15 January 2024",
      anchor: "changes",
      page: "",
      changes: true,
    });
    const rendered = await renderBrief(templates, renderer, view);
    expect(lead(rendered.withPages({ changes: "2", actors: "3" }))).toContain(
      "And 38 more: the whole list, with what each item said before, continues on page 2.",
    );
  });

  it("lists every entry when they are few, and is absent with no change", () => {
    const few = renderer.html(against(1));
    expect(lead(few)).toContain("2 changes: 1 updated, 1 removed");
    expect(lead(few)).toContain("The whole list, with what each item said before, follows the contents.");
    const none = resolveBrief(fb, catalog, { version: "t" });
    expect(none.toc.some((entry) => entry.changes)).toBe(false);
    expect(lead(renderer.html(none))).toBe("");
  });
});
