/**
 * Revisions are not trends: the invented fixture test/fixtures/revision/ (a brief of five articles
 * and a sixth, months later, that lowers the historical count of the injured from "more than 40"
 * to 31 and revises the March count of a series) printed as the brief prints it.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BriefView } from "../../src/brief/brief-view.js";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { type CheckedBrief, checkBrief } from "../../src/commands/check-brief.js";
import { formatDiagnostic } from "../../src/diagnostics/index.js";
import { loadTemplates } from "../../src/render/load-templates.js";
import { createRenderer } from "../../src/render/render-html.js";
import { describeDisagreement } from "../../src/verify/find-disagreements.js";
import { ROOT, tempDirForTest } from "../helpers.js";

const FIXTURE = "test/fixtures/revision/revision.yaml";

let checked: CheckedBrief;
let view: BriefView;
let html: string;

beforeAll(async () => {
  checked = await checkBrief(FIXTURE, ROOT);
  if (!checked.factBase) throw new Error("fixture does not check");
  view = resolveBrief(checked.factBase, checked.catalog, { version: "test", disagreements: checked.disagreements });
  html = (await createRenderer(await loadTemplates())).html(view);
});

/** The markup from `start` up to the next `end` (the element's own part of the page). */
const between = (start: string, end: string): string => {
  const from = html.indexOf(start);
  expect(from, `${start} in the page`).toBeGreaterThanOrEqual(0);
  const to = html.indexOf(end, from + start.length);
  return html.slice(from, to < 0 ? undefined : to);
};

/** The trend marks the brief draws (▲ ▼ and the level dash are CSS on these classes). */
const TREND = /change-(up|down|unchanged)|class="arrow"|[▲▼]/;

describe("a revised historical count", () => {
  it("is a revision in the view: its values newest first with their sources, and no trend or chart", () => {
    const figure = view.figures.find((f) => f.id === "injured");
    const revision = {
      latest: expect.objectContaining({
        display: "31",
        withUnit: "31 people",
        source: "Coastal Radio",
        date: "19 August 2024",
      }),
      earlier: [
        expect.objectContaining({ display: "more than 40", withUnit: "more than 40 people", source: "Alba Gazette" }),
      ],
    };
    expect(figure?.revision).toEqual(revision);
    expect(figure?.change).toBeNull();
    expect(figure?.chart).toBeNull();
    const key = view.keyFigures.find((k) => k.anchor === "figure-injured");
    expect(key?.latest.display).toBe("31");
    expect(key?.revision).toEqual(revision);
    expect(key?.change).toBeNull();
    // Each value keeps its citation mark, numbered as the source list numbers it.
    const numberOf = (id: string) => view.sources.find((s) => s.id === id)?.number;
    expect(key?.revision?.latest.cites.map((c) => c.number)).toEqual([numberOf("f")]);
    expect(key?.revision?.earlier[0]?.cites.map((c) => c.number)).toEqual([numberOf("a")]);
  });

  it("prints 'revised to … ; earlier …' on page one and in its ledger, with no trend mark and no line", () => {
    const printed =
      /revised to 31 people \(Coastal Radio, <span class="nowrap"><time datetime="2024-08-19">19 August 2024<\/time>\)<sup class="cites">.*?<\/sup><\/span>; earlier more than 40 people \(Alba Gazette, <span class="nowrap"><time datetime="2024-03-04">4 March 2024<\/time>\)<sup class="cites">/;
    const keyFigure = between('<a class="figure-link" href="#figure-injured">', "</li>");
    expect(keyFigure).toMatch(printed);
    expect(keyFigure).not.toMatch(TREND);
    const ledger = between('<div class="figure-block keep-together" id="figure-injured">', '<div class="figure-block');
    expect(ledger).toMatch(printed);
    expect(ledger).not.toMatch(TREND);
    expect(ledger).not.toContain('class="series"');
    expect(ledger).not.toContain("<svg");
  });

  it("is listed under 'Where sources differ' as a revision, although months apart", () => {
    const window = checked.factBase?.checks?.disagreement_window_days;
    expect(window).toBe(7); // the sides are 168 days apart
    const found = checked.disagreements.filter((d) => d.itemId === "injured");
    expect(found).toEqual([
      expect.objectContaining({
        kind: "revision",
        sides: [
          { text: "more than 40 people", sources: ["a"], date: "4 March 2024" },
          { text: "31 people", sources: ["f"], date: "19 August 2024" },
        ],
      }),
    ]);
    expect(describeDisagreement(found[0] as (typeof found)[number])).toBe(
      'revised count of People injured in the pier collapse: "more than 40 people" (a, 4 March 2024) revised to "31 people" (f, 19 August 2024)',
    );
    const entry = view.disagreements.find((d) => d.itemAnchor === "figure-injured");
    expect(entry).toMatchObject({ kind: "Revision", revision: true, subject: "People injured in the pier collapse" });
    expect(view.figures.find((f) => f.id === "injured")?.differs).toEqual({ anchor: entry?.anchor });
    const section = between(`<table class="differs-table keep-together" id="${entry?.anchor}">`, "</table>");
    expect(section).toContain('<span class="differs-kind">Revision</span>');
    expect(section).toContain(
      '<th scope="col">Earlier count<span class="side-source">Source 2: Alba Gazette</span></th><th scope="col">Revised count<span class="side-source">Source 1: Coastal Radio</span></th>',
    );
    expect(section).toMatch(/more than 40 people<sup.*?\(4 March 2024\).*31 people<sup.*?\(19 August 2024\)/s);
  });

  it("is reported by check as a note at the revising value", async () => {
    const lines = (await readFile(path.join(ROOT, FIXTURE), "utf8")).split("\n");
    const line = lines.indexOf("      - value: 31") + 1;
    const notes = checked.diagnostics.filter((d) => d.rule === "sources-differ");
    expect(notes.map((d) => `${d.line}:${d.column}: ${d.message}`)).toContain(
      `${line}:16: revised count of People injured in the pier collapse: "more than 40 people" (a, 4 March 2024) revised to "31 people" (f, 19 August 2024)`,
    );
  });
});

describe("a series in the same brief", () => {
  it("keeps its trend, its arrow and its line", () => {
    const figure = view.figures.find((f) => f.id === "ferry-crossings");
    expect(figure?.revision).toBeNull();
    expect(figure?.change).toEqual({ direction: "up", text: "up from 18 crossings (2 May 2024)" });
    expect(figure?.chart?.path).toMatch(/^M.+L.+L/);
    expect(between('<a class="figure-link" href="#figure-ferry-crossings">', "</li>")).toContain(
      'class="change change-up"',
    );
    const ledger = between('<div class="figure-block keep-together" id="figure-ferry-crossings">', "</table>");
    expect(ledger).toContain('class="change change-up"');
    expect(ledger).toContain('<path class="series"');
    // Values of a series months apart are not a disagreement.
    expect(checked.disagreements.filter((d) => d.itemId === "ferry-crossings")).toEqual([]);
  });

  it("with an earlier count revised (`counts_as_of`): a revision listed apart, the trend from the revised value", () => {
    const figure = view.figures.find((f) => f.id === "dock-workers-out");
    // The latest count (2 May) is not revised: its trend runs from the revised count of 7 March.
    expect(figure?.revision).toBeNull();
    expect(figure?.change).toEqual({ direction: "up", text: "up from 260 workers (7 March 2024)" });
    expect(figure?.chart?.points.map((p) => p.label)).toEqual(["260", "450"]);
    expect(figure?.chartNote).toMatch(/revised later is drawn at the date it counts/);
    // The ledger keeps every value, the revision beside the count it revises.
    expect(figure?.observations.map((o) => [o.display, o.asOf, o.countsAsOf])).toEqual([
      ["about 300", "7 March 2024", null],
      ["260", "20 August 2024", "7 March 2024"],
      ["450", "2 May 2024", null],
    ]);
    expect(checked.disagreements.filter((d) => d.itemId === "dock-workers-out")).toEqual([
      expect.objectContaining({
        kind: "revision",
        sides: [
          { text: "about 300 workers", sources: ["b"], date: "7 March 2024" },
          { text: "260 workers", sources: ["f"], date: "20 August 2024" },
        ],
      }),
    ]);
  });
});

describe("counts_as_of", () => {
  it("may not be after the value's as_of: an error at the field", async () => {
    const dir = await tempDirForTest("revision");
    await cp(path.join(ROOT, "test/fixtures/revision"), dir, { recursive: true });
    const file = path.join(dir, "revision.yaml");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("counts_as_of: 2024-03-07", "counts_as_of: 2024-09-01"));
    const line = text.split("\n").indexOf("        counts_as_of: 2024-03-07") + 1;
    const bad = await checkBrief("revision.yaml", dir);
    expect(bad.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([
      `revision.yaml:${line}:23: error: \`counts_as_of\`: later than \`as_of\` (a value counts a date on or before the date it is given as of) [schema]`,
    ]);
  });
});
