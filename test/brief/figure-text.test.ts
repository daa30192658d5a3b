/**
 * A figure keeps its scale, unit and qualifier on every surface that prints it: the key-figure
 * cards, the ledger, its latest line and trend, revisions, "Where sources differ", the charts, the
 * changes panel and `factsheet diff`. One formatter (text/format.ts) says them all. The figures are
 * invented: test/fixtures/scales (floods in a country that does not exist) and the numbers below.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BriefView } from "../../src/brief/brief-view.js";
import { resolveEdition } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import type { FactBase, SourceEntry } from "../../src/factbase/schema.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { renderBrief } from "../../src/render/render-brief.js";
import { createRenderer } from "../../src/render/render-html.js";
import { detectQualifier } from "../../src/text/detect-qualifier.js";
import { formatAmount, formatFigure, formatQualified } from "../../src/text/format.js";
import { ROOT, runCli, tempDirForTest } from "../helpers.js";

const FILE = "test/fixtures/scales/scales.yaml";

describe("the figure formatter", () => {
  it("says millions, billions and trillions in words where that loses no digit", () => {
    expect(formatAmount(4_500_000)).toBe("4.5 million");
    expect(formatAmount(1_000_000)).toBe("1 million");
    expect(formatAmount(2_350_000_000)).toBe("2.35 billion");
    expect(formatAmount(1_200_000_000_000)).toBe("1.2 trillion");
    expect(formatAmount(-3_100_000)).toBe("-3.1 million");
    // Every digit the source gave: never rounded.
    expect(formatAmount(4_512_345)).toBe("4,512,345");
    expect(formatAmount(2_345_600)).toBe("2,345,600");
    expect(formatAmount(999_999)).toBe("999,999");
    expect(formatAmount(7000)).toBe("7,000");
    expect(formatAmount(2.75)).toBe("2.75");
  });

  it("keeps the qualifier, 'up to' included, and the unit", () => {
    expect(formatQualified(1_400_000, "up_to")).toBe("up to 1.4 million");
    expect(formatQualified(7000, "more_than")).toBe("more than 7,000");
    expect(formatFigure(4_500_000, undefined, "workers")).toEqual({
      amount: "4.5 million",
      unit: "workers",
      text: "4.5 million workers",
    });
    expect(formatFigure(1_400_000, "up_to", "people").text).toBe("up to 1.4 million people");
    // A unit that carries the scale gives it to the amount: never "4.5 Workers".
    expect(formatFigure(4.5, "about", "million workers")).toEqual({
      amount: "about 4.5 million",
      unit: "workers",
      text: "about 4.5 million workers",
    });
    expect(formatFigure(12, undefined, "%").text).toBe("12 %");
  });

  it("reads 'up to' in a source's wording as the qualifier up_to", () => {
    expect(detectQualifier("Up to 1.4 million people")).toBe("up_to");
    expect(detectQualifier("more than 7,000 people")).toBe("more_than");
  });
});

describe("a figure on every surface of the brief", () => {
  let fb: FactBase;
  let catalog: ReadonlyMap<string, SourceEntry>;
  let view: BriefView;
  let html: string;

  beforeAll(async () => {
    const checked = await checkBrief(FILE, ROOT);
    if (!checked.factBase) throw new Error(`${FILE} does not check`);
    fb = checked.factBase;
    catalog = checked.catalog;
    // The previous edition: fewer workers away, an earlier evacuation count not qualified, no relief fund yet.
    const before: FactBase = structuredClone(fb);
    const first = (id: string) => {
      const o = before.figures?.find((f) => f.id === id)?.observations[0];
      if (!o) throw new Error(`the fixture has no figure ${id}`);
      return o;
    };
    first("workers-away").value = 4_400_000;
    delete first("evacuated").qualifier;
    before.figures = before.figures?.filter((f) => f.id !== "relief-fund");
    const previous = { ...resolveEdition(before, catalog, { version: "t" }).snapshot, as_of: "2024-02-01" };
    view = resolveEdition(fb, catalog, { version: "t", disagreements: checked.disagreements, previous }).view;
    const templates = await loadTemplates();
    html = (await renderBrief(templates, await createRenderer(templates), view)).html;
  });

  it("the key-figure cards: amount with its scale and qualifier, then the unit", () => {
    // The citation marks' titles quote the sources' excerpts, digits and all: what is printed is the rest.
    const cards = (/<ul class="key-figures">[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "").replaceAll(/ title="[^"]*"/g, "");
    expect(cards).toContain(
      '<span class="big-number">more than 2.1 million <span class="big-unit">people</span></span>',
    );
    expect(cards).toContain('<span class="big-number">about 4.5 million <span class="big-unit">workers</span></span>');
    expect(cards).toContain('<span class="big-number">2.35 billion <span class="big-unit">euros</span></span>');
    // The trend says the earlier value in full, "up to" kept.
    expect(cards).toContain("up from up to 1.4 million people (20 November 2023)");
    expect(cards).not.toMatch(/4,500,000|1,400,000|2,350,000,000/);
  });

  it("the ledgers and each figure's latest line", () => {
    const figures = (/<section id="figures"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "").replaceAll(
      / title="[^"]*"/g,
      "",
    );
    expect(figures).toContain('<span class="latest-value">more than 2.1 million people</span>');
    expect(figures).toMatch(/<td class="value">up to 1\.4 million people<sup/);
    expect(figures).toMatch(/<td class="value">about 4\.5 million workers<sup/);
    expect(figures).toMatch(/<td class="value">1\.2 billion euros<sup/);
    // A revision says both counts with their unit.
    expect(figures).toContain("revised to 31,250 homes (Ostria Daily,");
    expect(figures).toContain("earlier about 30,000 homes (Ostria Daily,");
    // Only the source's own wording writes digits: "Some 4,500,000 workers".
    expect(figures.match(/4,500,000/g)).toHaveLength(1);
    expect(figures).toContain("“Some 4,500,000 workers”");
  });

  it("the charts: each point's label keeps its qualifier and scale, the caption says the unit", () => {
    const evacuated = view.figures.find((f) => f.id === "evacuated")?.chart;
    expect(evacuated?.points.map((p) => p.label)).toEqual(["up to 1.4 million", "more than 2.1 million"]);
    expect(evacuated?.yCaption).toBe("in millions of people");
    expect(evacuated?.points[0]?.title).toBe("up to 1.4 million people, 20 November 2023");
    expect(evacuated?.alt).toBe(
      "People evacuated: up to 1.4 million people (20 November 2023); more than 2.1 million people (5 February 2024).",
    );
    expect(html).toContain(", values reported over time, the axis in billions of euros</figcaption>");
  });

  it("where sources differ", () => {
    const differences = /<section id="differences"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    // Each side's cell opens with its label (read on phones, where the table stacks), then the value.
    expect(differences).toMatch(/<td><span class="cell-label">[^<]*<\/span>about 30,000 homes<sup/);
    expect(differences).toMatch(/<td><span class="cell-label">[^<]*<\/span>31,250 homes<sup/);
  });

  it("the changes panel", () => {
    const panel = /<section id="changes"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    // A value changed: both sides with scale and unit.
    expect(panel).toMatch(
      /<td class="before"><del>4\.4<\/del> million workers<\/td><td class="after"><ins>4\.5<\/ins> million workers<\/td>/,
    );
    // A qualifier added: "up to".
    expect(panel).toContain(
      'value as of 20 November 2023: qualifier</span></th><td class="before">—</td><td class="after">up to</td>',
    );
    // A figure added: its latest value in full.
    expect(panel).toMatch(
      /<li><span class="change-kind">Figure<\/span> <a href="#figure-relief-fund">Flood relief fund<\/a><\/li>/,
    );
  });

  it("factsheet diff", async () => {
    const dir = await tempDirForTest("figure-diff");
    const before: FactBase = structuredClone(fb);
    const workers = before.figures?.find((f) => f.id === "workers-away")?.observations[0];
    if (workers) workers.value = 4_400_000;
    const snapshot = { ...resolveEdition(before, catalog, { version: "t" }).snapshot, as_of: "2024-02-01" };
    const file = path.join(dir, "2024-02-01.json");
    await writeFile(file, `${JSON.stringify(snapshot, null, 1)}\n`);
    const { code, out, err } = await runCli(["diff", FILE, "--since", file]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(/was: .*4\.4.* million workers\n/);
    expect(out).toMatch(/now: .*4\.5.* million workers\n/);
    expect(out).not.toContain("4,400,000");
  });
});
