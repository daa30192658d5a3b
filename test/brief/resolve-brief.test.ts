import { describe, expect, it } from "vitest";
import { resolveBrief } from "../../src/brief/resolve-brief.js";
import { checkBrief } from "../../src/commands/check-brief.js";
import { ROOT } from "../helpers.js";

const harbourView = async () => {
  const checked = await checkBrief("test/fixtures/harbour.yaml", ROOT);
  if (!checked.factBase) throw new Error("fixture does not check");
  return resolveBrief(checked.factBase, checked.catalog, { version: "test" });
};

describe("resolveBrief", () => {
  it("numbers sources in the order a reader first meets them", async () => {
    const view = await harbourView();
    // The key point cites b first, so b is source 1.
    expect(view.keyPoints[0]?.cites.map((c) => c.number)).toEqual([1]);
    expect(view.sources.map((s) => [s.number, s.id])).toEqual([
      [1, "b"],
      [2, "a"],
    ]);
    expect(view.sources[0]?.anchor).toBe("source-1");
  });

  it("lists under each source the excerpts the brief used", async () => {
    const view = await harbourView();
    const b = view.sources.find((s) => s.id === "b");
    expect(b?.excerpts.map((e) => e.text)).toContain(
      "proposed on Thursday to split dredging costs with the harbour authority",
    );
    // The key point's citation mark leads to that very excerpt.
    expect(view.keyPoints[0]?.cites[0]?.anchor).toBe(
      b?.excerpts.find((e) => e.text.startsWith("proposed on Thursday"))?.anchor,
    );
    // key point, reyes, harbour authority, union, two events, a position, the figure, a quote
    expect(b?.reliance).toBe("Cited by 9 items of this brief");
  });

  it("marks inferred dates and keeps stated ones plain", async () => {
    const view = await harbourView();
    expect(view.sources.find((s) => s.id === "b")?.publishedBasis).toMatch(/Thursday/);
    expect(view.sources.find((s) => s.id === "a")?.publishedBasis).toBeNull();
  });

  it("sorts the timeline and groups it by year and month, keeping plans marked", async () => {
    const view = await harbourView();
    expect(view.timeline.map((y) => [y.year, y.months.map((m) => m.label)])).toEqual([["2024", ["March 2024"]]]);
    const events = view.timeline.flatMap((y) => y.months.flatMap((m) => m.events));
    expect(events.map((e) => e.id)).toEqual(["talks-stall", "union-offer", "next-round"]);
    expect(events.at(-1)?.status).toBe("planned");
    expect(events[0]?.date).toBe("4 March 2024");
  });

  it("shows each figure's latest value with its qualifier, and its history", async () => {
    const view = await harbourView();
    const figure = view.figures[0];
    expect(figure?.latest.display).toBe("nearly 1,500");
    expect(figure?.observations.map((o) => o.display)).toEqual(["more than 1,200", "nearly 1,500"]);
    expect(view.keyFigures[0]?.latest.asOf).toBe("8 March 2024");
  });

  it("groups actors by kind and names affiliations", async () => {
    const view = await harbourView();
    expect(view.actorGroups.map((g) => g.label)).toEqual(["People", "Organisations"]);
    expect(view.actorGroups[0]?.actors[0]?.affiliation).toBe("Port Alba harbour authority");
  });
});
