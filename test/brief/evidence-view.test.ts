/**
 * The evidence parts of the view model: the positions matrix, figure ledgers
 * and charts, and the "where sources differ" entries. Invented data.
 */
import { describe, expect, it } from "vitest";
import { figureChart } from "../../src/brief/figure-chart.js";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { Places } from "../../src/factbase/items.js";
import type { FactBase, Position, SourceEntry } from "../../src/factbase/schema.js";
import { findDisagreements } from "../../src/verify/find-disagreements.js";

const catalog = new Map<string, SourceEntry>(
  ["x", "y"].map((id) => [id, { id, file: `${id}.txt`, headline: id, outlet: "O", published: "2024-03-01" }]),
);
const position = (
  id: string,
  party: string,
  question: string,
  stance: Position["stance"],
  as_of: string,
): Position => ({
  id,
  party,
  question,
  stance,
  text: `${party} ${stance} on ${question} (${as_of})`,
  as_of,
  cite: ["x"],
});
const fb: FactBase = {
  title: "T",
  as_of: "2024-03-01",
  summary: "S",
  questions: [
    { id: "truce", label: "Truce" },
    { id: "aid", label: "Aid" },
    { id: "ports", label: "Ports" },
  ],
  actors: [
    { id: "north", name: "North", kind: "state", cite: ["x"] },
    { id: "south", name: "South", kind: "state", cite: ["y"] },
  ],
  positions: [
    position("n1", "north", "truce", "refuses", "2024-01-10"),
    position("n2", "north", "truce", "willing", "2024-02-20"),
    position("s1", "south", "truce", "demands", "2024-02-01"),
    position("s2", "south", "truce", "warns", "2024-02-01"),
    position("s3", "south", "aid", "wants", "2024-02-02"),
  ],
  matrix: { parties: ["north", "south"] },
  figures: [
    {
      id: "boats",
      label: "Boats seized",
      counts: "Boats seized at sea",
      unit: "boats",
      observations: [
        { value: 12, qualifier: "about", as_of: "2024-01-01", cite: ["x"] },
        { value: 30, qualifier: "more_than", as_of: "2024-02-15", cite: ["y"] },
      ],
    },
  ],
};

describe("the positions matrix", () => {
  const view = resolveBrief(fb, catalog, { version: "t" });
  const matrix = view.matrix;

  it("has the chosen parties as columns and leaves out questions nobody speaks to", () => {
    expect(matrix?.parties.map((p) => p.name)).toEqual(["North", "South"]);
    expect(matrix?.rows.map((r) => r.question)).toEqual(["Truce", "Aid"]);
  });

  it("shows the latest position and marks a change, keeping the earlier one", () => {
    const north = matrix?.rows[0]?.cells[0];
    expect(north?.stance).toBe("Willing");
    expect(north?.changed).toBe(true);
    expect(north?.earlier.map((e) => e.stance)).toEqual(["Refuses"]);
  });

  it("does not call two positions of the same day a change", () => {
    const south = matrix?.rows[0]?.cells[1];
    expect(south?.changed).toBe(false);
    expect(south?.stance).toBe("Warns");
    expect(south?.also.map((e) => e.stance)).toEqual(["Demands"]);
  });

  it("says so when a party has no stated position, never an empty cell", () => {
    const cell = matrix?.rows[1]?.cells[0];
    expect(cell).toMatchObject({ party: "North", empty: true, text: null });
  });
});

describe("figure ledgers", () => {
  const view = resolveBrief(fb, catalog, { version: "t" });
  const figure = view.figures[0];

  it("show the latest value and how it moved, keeping the qualifiers", () => {
    expect(figure?.latest.display).toBe("more than 30");
    expect(figure?.change).toEqual({ direction: "up", text: "up from about 12 boats (1 January 2024)" });
  });

  it("carry a chart whose text alternative lists every value", () => {
    expect(figure?.chart?.alt).toBe(
      "Boats seized: about 12 boats (1 January 2024); more than 30 boats (15 February 2024).",
    );
    expect(figure?.chart?.points).toHaveLength(2);
    expect(figure?.chart?.yTicks.map((t) => t.label)).toEqual(["0", "10", "20", "30"]);
  });

  it("label the time axis from the first point to the last, the years it crosses, no two ticks alike", () => {
    const labels = (dates: string[]) =>
      figureChart(
        "L",
        "u",
        dates.map((date, i) => ({ value: i + 1, date })),
      )?.xTicks.map((t) => t.label);
    // Within a month: the ends say their day, month and year, the days between every other day.
    expect(labels(["2024-03-05", "2024-03-08"])).toEqual(["5 Mar 2024", "6 Mar", "7 Mar", "8 Mar 2024"]);
    expect(labels(["2024-02-05", "2024-02-13"])).toEqual(["5 Feb 2024", "7 Feb", "9 Feb", "11 Feb", "13 Feb 2024"]);
    // Within a year: the months between.
    expect(labels(["2024-03-07", "2024-05-02"])).toEqual(["Mar 2024", "Apr", "May 2024"]);
    expect(labels(["2024-03-04", "2024-05-02", "2024-08-20"])).toEqual([
      "Mar 2024",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug 2024",
    ]);
    // Across years: the axis starts at the first point (October 2023), and says each year it crosses
    // where there is room ("2025" would touch "Jan 2025").
    expect(labels(["2023-10-26", "2025-01-07"])).toEqual(["Oct 2023", "2024", "Jan 2025"]);
    expect(labels(["2020-01-01", "2025-01-07"])).toEqual(["Jan 2020", "2021", "2022", "2023", "2024", "Jan 2025"]);
    expect(labels(["1990-05-01", "2024-03-01"])).toEqual(["May 1990", "2000", "2005", "2010", "2015", "Mar 2024"]);
    // A date known to the month or the year is said no more precisely than that.
    expect(labels(["2005-02", "2005-02-03", "2005-02-10"])).toEqual([
      "Feb 2005",
      "3 Feb",
      "5 Feb",
      "7 Feb",
      "10 Feb 2005",
    ]);
    expect(labels(["2005", "2024"])).toEqual(["2005", "2010", "2015", "2020", "2024"]);
    // Two values of one day: one tick.
    expect(labels(["2024-03-01", "2024-03-01~"])).toEqual(["1 Mar 2024"]);
  });

  it("draw no chart for a single value", () => {
    expect(figureChart("L", "u", [{ value: 1, date: "2024-01-01" }])).toBeNull();
  });
});

describe("where sources differ", () => {
  it("links each disagreement to its item, with both sides and their citation marks", () => {
    const disagreements = findDisagreements({ factBase: fb, places: Places.of(fb), texts: new Map() });
    expect(disagreements.map((d) => d.kind)).toEqual([]); // 45 days apart: not compared
    const close = {
      ...fb,
      figures: [
        {
          id: "boats",
          label: "Boats seized",
          counts: "C",
          unit: "boats",
          observations: [
            { value: 12, as_of: "2024-01-01", cite: ["x"] },
            { value: 14, as_of: "2024-01-02", cite: ["y"] },
          ],
        },
      ],
    };
    const found = findDisagreements({ factBase: close, places: Places.of(close), texts: new Map() });
    const view = resolveBrief(close, catalog, { version: "t", disagreements: found });
    expect(view.disagreements).toEqual([
      {
        anchor: "differs-1",
        kind: "Figure",
        revision: false,
        subject: "Boats seized",
        itemAnchor: "figure-boats",
        sides: [
          // y is source 1: the key-figures panel on page one cites it first. Each side is named by its sources.
          {
            heading: null,
            label: "Source 2: O",
            text: "12 boats",
            date: "1 January 2024",
            cites: [expect.objectContaining({ number: 2, anchor: "source-2", label: "source 2: O" })],
          },
          {
            heading: null,
            label: "Source 1: O",
            text: "14 boats",
            date: "2 January 2024",
            cites: [expect.objectContaining({ number: 1, anchor: "source-1", label: "source 1: O" })],
          },
        ],
        sameSources: false,
      },
    ]);
    expect(view.figures[0]?.differs).toEqual({ anchor: "differs-1" });
  });
});

describe("key figures", () => {
  it("are the figures marked key, or else the first four not marked `key: false`", () => {
    const figure = (id: string, key?: boolean) => ({
      id,
      label: id,
      counts: "c",
      unit: "u",
      ...(key === undefined ? {} : { key }),
      observations: [{ value: 1, as_of: "2024-01-01", cite: ["x"] }],
    });
    const pick = (figures: ReturnType<typeof figure>[]) =>
      resolveBrief({ ...fb, figures }, catalog, { version: "t" }).keyFigures.map((k) => k.label);
    expect(pick([figure("a"), figure("b", false), figure("c"), figure("d"), figure("e"), figure("f")])).toEqual([
      "a",
      "c",
      "d",
      "e",
    ]);
    expect(pick([figure("a"), figure("b", true)])).toEqual(["b"]);
  });
});

describe("the timeline", () => {
  it("marks a long stretch with no event, and shows coarse dates as approximate", () => {
    const event = (id: string, date: string) => ({ id, date, text: id, cite: ["x"] });
    const view = resolveBrief(
      { ...fb, timeline: [event("a", "2023-10-07"), event("b", "2023-10"), event("c", "2024-04-27")] },
      catalog,
      { version: "t" },
    );
    expect(view.timeline.map((y) => y.months.map((m) => [m.label, m.gap]))).toEqual([
      [["October 2023", null]],
      [["April 2024", "About 6 months with no event in the sources"]],
    ]);
    expect(view.timeline[0]?.months[0]?.events.map((e) => [e.id, e.approximate])).toEqual([
      ["a", false],
      ["b", true],
    ]);
  });

  it("says where each actor appears in the brief", () => {
    const view = resolveBrief(fb, catalog, { version: "t" });
    const north = view.actorGroups.flatMap((g) => g.actors).find((a) => a.id === "north");
    expect(north?.appearances).toEqual([{ label: "2 positions", anchor: "positions" }]);
  });
});
