/**
 * What the brief prints about its sources and its quotations: each source's line reads "Outlet ·
 * headline · date", its inference notes after it; "Where sources differ" names each side by its
 * sources; quotation marks are typographic in print while `check` still compares the YAML's own
 * text; a one-word quote is set inline; the stance marks have a legend. The Qatar brief and the
 * harbour fixture (invented), rendered without a browser.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BriefView } from "../../src/brief/brief-view.js";
import { STANCE_LABEL, stanceLegend } from "../../src/brief/labels.js";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import type { Stance } from "../../src/factbase/schema.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { createRenderer } from "../../src/render/render-html.js";
import { ROOT } from "../helpers.js";

const QATAR = "data/qatar-mediation.yaml";

/** The text of an HTML fragment as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
const textOf = (html: string): string =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

/** The element `<tag ... id="id" ...>...</tag>` (not nested in a like element). */
const element = (html: string, tag: string, id: string): string =>
  new RegExp(`<${tag}[^>]* id="${id}"[^>]*>[\\s\\S]*?</${tag}>`).exec(html)?.[0] ?? "";

/** A source's entry in the list: from its item to the next source's, or the list's end. */
const sourceEntry = (html: string, anchor: string): string =>
  new RegExp(`<li id="${anchor}" value="\\d+">[\\s\\S]*?(?=<li id="source-\\d+" value=|</ol>)`).exec(html)?.[0] ?? "";

describe("sources, differences and quotations in print", () => {
  let view: BriefView;
  let html: string;
  let checkErrors: number;
  beforeAll(async () => {
    const checked = await checkBrief(QATAR, ROOT);
    if (!checked.factBase) throw new Error("the Qatar brief does not check");
    checkErrors = checked.errors;
    view = resolveBrief(checked.factBase, checked.catalog, { version: "t", disagreements: checked.disagreements });
    html = (await createRenderer(await loadTemplates())).html(view);
  });

  it("reads each source as Outlet · headline · date, then what it is, then how outlet and date were inferred", () => {
    const source = view.sources.find((s) => s.id === "002");
    expect(source).toBeDefined();
    const entry = sourceEntry(html, source?.anchor ?? "");
    const head = /<p class="source-head">([\s\S]*?)<\/p>/.exec(entry)?.[1] ?? "";
    expect(textOf(head)).toBe(
      `${source?.number} Unnamed outlet (wire-based report) · Qatari official urges Israel and Hamas to show more commitment in ceasefire talks as Israel announces plans to invade Rafah · 28 April 2024`,
    );
    // The notes follow, each in a paragraph of its own (set smaller), never inside the outlet's name.
    expect(entry).not.toContain("(outlet inferred:");
    expect([...entry.matchAll(/<p class="source-note">([\s\S]*?)<\/p>/g)].map((m) => textOf(m[1] ?? ""))).toEqual([
      expect.stringMatching(/^Outlet inferred: Not stated\. A wire-based report/),
      expect.stringMatching(/^Date inferred: Not stated\. Taken as Sunday 28 April 2024/),
    ]);
    expect(entry.indexOf('class="source-note"')).toBeGreaterThan(entry.indexOf('class="source-meta"'));
  });

  it("lists the excerpts one a line, each with links back to the claims that cite it", () => {
    const source = view.sources.find((s) => s.id === "002");
    const entry = sourceEntry(html, source?.anchor ?? "");
    const excerpts = [...entry.matchAll(/<li id="(source-\d+-excerpt-\d+)">([\s\S]*?)<\/li>/g)];
    expect(excerpts.length).toBe(source?.excerpts.length);
    expect(entry).not.toContain("excerpt-sep");
    const first = source?.excerpts[0];
    expect(first?.claims.length).toBeGreaterThan(0);
    for (const claim of first?.claims ?? []) {
      expect(excerpts[0]?.[2]).toContain(`<a href="#${claim.anchor}">`);
      expect(html).toContain(`id="${claim.anchor}"`);
    }
  });

  it("names each side of a difference by its sources, even when one article prints both", () => {
    // Source 000 prints both "Al-Khulaifi" and "Al Khulaifi"; 001 prints the first.
    const spelling = view.disagreements.find((d) => d.kind === "Spelling" && d.subject.includes("Al-Khulaifi"));
    expect(spelling?.sides.map((side) => side.label)).toEqual([
      expect.stringMatching(/^Sources \d and \d: Unnamed English-language regional outlet; Unnamed republishing/),
      expect.stringMatching(/^Source \d: Unnamed English-language regional outlet$/),
    ]);
    const table = element(html, "table", spelling?.anchor ?? "");
    expect(table).not.toMatch(/One source|Another source/);
    for (const side of spelling?.sides ?? []) expect(table).toContain(`<th scope="col">${side.label}</th>`);
    expect(html).not.toMatch(/<th scope="col">(One|Another) source<\/th>/);
  });

  it("prints typographic quotation marks, while check compares the YAML's straight ones", () => {
    expect(checkErrors).toBe(0);
    // The YAML writes Qatar's and "urgency"; the brief prints Qatar’s and “urgency”.
    expect(html).toContain("<h1>Qatar’s mediation between Israel and Hamas</h1>");
    expect(html).toContain("Blinken praises Qatar for its “urgency” in efforts");
    expect(textOf(html.replace(/<style>[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " "))).not.toMatch(/\w's\b/);
  });

  it("sets a one-word quote in the line of its attribution, not as a block quote", () => {
    const oneWord = view.quotes.filter((q) => !q.reported && !/\s/.test(q.text.trim()));
    expect(oneWord.map((q) => q.text)).toEqual(expect.arrayContaining(["urgency", "calm"]));
    for (const quote of view.quotes) {
      const figure = element(html, "figure", quote.anchor);
      if (oneWord.includes(quote)) {
        expect(quote.inline).toBe(true);
        expect(figure).toContain(`<p class="quote-word"><q>${quote.text}</q>`);
        expect(figure).not.toContain("<blockquote");
      } else {
        expect(quote.inline).toBe(false);
        expect(figure).toContain("<blockquote");
      }
    }
  });

  it("explains the stance marks' looks under the positions and the matrix, for the stances used", () => {
    const used = new Set(view.positionGroups.flatMap((g) => g.positions.map((p) => p.stance)));
    const legend = view.stanceLegend.flatMap((look) => look.stances.map((s) => s.stance));
    expect(new Set(legend)).toEqual(used);
    for (const section of ["positions", "matrix"]) {
      const part = element(html, "section", section);
      expect(part).toContain('<ul class="stance-legend"');
    }
  });
});

describe("the stance legend", () => {
  it("gives every stance a look, once", () => {
    const all = Object.keys(STANCE_LABEL) as Stance[];
    const looks = stanceLegend(all);
    expect(looks.flatMap((look) => look.stances.map((s) => s.stanceClass)).sort()).toEqual(
      all.map((s) => `stance-${s}`).sort(),
    );
    expect(stanceLegend([])).toEqual([]);
    expect(stanceLegend(["refuses"])).toEqual([
      { stances: [{ stance: "Refuses", stanceClass: "stance-refuses" }], meaning: "filled: against" },
    ]);
  });
});
