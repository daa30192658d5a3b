/**
 * `check` holds a relative date to the side of publication its words say:
 * the tense of the clause in the cited excerpt, else the item's status. The
 * sentences and the fact base are invented for this test.
 */
import { describe, expect, it } from "vitest";
import type { Place } from "../../src/diagnostics/index.js";
import { Places } from "../../src/factbase/items.js";
import type { FactBase, SourceEntry, TimelineEvent } from "../../src/factbase/schema.js";
import { checkProvenance } from "../../src/verify/check-provenance.js";
import { resolveRelativeDate } from "../../src/verify/resolve-relative-date.js";
import { prepareSourceText } from "../../src/verify/source-text.js";

// Tuesday 12 March 2024.
const PUBLISHED = "2024-03-12";
const candidates = async (wording: string, excerpt?: string, status?: string) =>
  (await resolveRelativeDate(wording, PUBLISHED, { excerpt, status }))?.candidates;

describe("a bare weekday in check", () => {
  it("is the one before publication in a past clause and the one after in a future or 'due' clause", async () => {
    expect(await candidates("on Friday", "The port closed on Friday, officials said")).toEqual(["2024-03-08"]);
    expect(await candidates("on Friday", "The port will reopen on Friday")).toEqual(["2024-03-15"]);
    expect(await candidates("on Friday", "The report is due on Friday")).toEqual(["2024-03-15"]);
  });

  it('reads a plan told in the past ("was to meet") ahead, and a date inside a relative clause by that clause', async () => {
    expect(await candidates("Sunday", "The speaker was to meet Sunday with officials")).toEqual(["2024-03-17"]);
    expect(await candidates("on Sunday", "Berg, who turned 50 on Sunday, would be the first")).toEqual(["2024-03-10"]);
  });

  it("reads the item's status when the excerpt says nothing, and accepts either side only when nothing says", async () => {
    expect(await candidates("on Friday", undefined, "planned")).toEqual(["2024-03-15"]);
    expect(await candidates("on Friday", undefined, "happened")).toEqual(["2024-03-08"]);
    expect(await candidates("on Friday")).toEqual(["2024-03-08", "2024-03-15"]);
  });

  it("is the publication day when it is the publication's weekday", async () => {
    expect(await candidates("on Tuesday morning", "Rescuers will search again on Tuesday morning")).toEqual([
      PUBLISHED,
    ]);
  });

  it("reads a day and month without a year the same way", async () => {
    expect(await candidates("on 23 March", "The union met on 23 March")).toEqual(["2023-03-23"]);
    expect(await candidates("on 23 March", "Strikes will start on 23 March")).toEqual(["2024-03-23"]);
  });

  it('reads "next June" as the coming June and "last March" as the one before this month', async () => {
    expect(await candidates("next June", "Elections are due next June")).toEqual(["2024-06-01"]);
    expect(await candidates("next March", "The lease expires next March")).toEqual(["2025-03-01"]);
    expect(await candidates("last March", "The mine shut last March")).toEqual(["2023-03-01"]);
  });
});

const locate = (path: readonly (string | number)[]): Place => ({ file: "b.yaml", line: path.length, column: 1 });

/** The relative-date warnings on one event citing source `s` (its text prepared, when given), with their hints. */
const relativeDateWarnings = async (event: TimelineEvent, published: string, text?: string) => {
  const entry: SourceEntry = { id: "s", file: "s.txt", headline: "H", outlet: "O", published };
  const factBase: FactBase = { title: "T", as_of: published, summary: "S", timeline: [event] };
  const diagnostics = await checkProvenance({
    factBase,
    places: Places.of(factBase),
    catalog: [entry],
    locateBrief: locate,
    locateCatalog: locate,
    ...(text === undefined ? {} : { texts: new Map([["s", prepareSourceText(entry, text)]]) }),
  });
  return diagnostics.filter((d) => d.rule === "relative-date").map((d) => ({ message: d.message, hint: d.hint }));
};

describe("the relative-date warning", () => {
  const warnings = async (event: TimelineEvent) =>
    (await relativeDateWarnings(event, PUBLISHED)).map((w) => `${w.message} (${w.hint})`);
  const event = (date: string): TimelineEvent => ({
    id: "e",
    date,
    date_wording: "on Friday",
    text: "The port closed",
    cite: [{ source: "s", excerpt: "The port closed on Friday" }],
  });

  it("reports a weekday resolved to the wrong side of publication, saying why", async () => {
    expect(await warnings(event("2024-03-15"))).toEqual([
      '"on Friday" in a source of 2024-03-12 means 2024-03-08, not 2024-03-15 (resolved with chrono-node against the publication date of source s; its clause in the excerpt is in the past tense)',
    ]);
    expect(await warnings(event("2024-03-08"))).toEqual([]);
  });
});

describe("a day and month without a year, after its year in the paragraph", () => {
  // Invented: the year is written before the day in the same paragraph, not in the excerpt.
  const published = "2025-01-13";
  const text =
    "Harbour talks\nAt the end of November 2023, the port and the union agreed a truce. On December 1, the port accused the union of breaking it.\nOn December 1, the harbour reopened.\n";
  const warnings = async (excerpt: string, date: string) => {
    const cite = [{ source: "s", excerpt }];
    const event: TimelineEvent = { id: "e", date, date_wording: "December 1", text: "T", cite };
    return (await relativeDateWarnings(event, published, text)).map((w) => w.message);
  };

  it("takes that year: no warning", async () => {
    expect(await warnings("On December 1, the port accused the union of breaking it", "2023-12-01")).toEqual([]);
  });

  it("warns where the paragraph writes no year before it", async () => {
    expect(await warnings("On December 1, the harbour reopened", "2023-12-01")).toEqual([
      '"December 1" in a source of 2025-01-13 means 2024-12-01, not 2023-12-01',
    ]);
  });
});

describe("dates check reads as the drafts do (eleventh round)", () => {
  it('reads "9/11" as the attacks of 2001, whatever the publication\'s year', async () => {
    expect(await candidates("9/11", "Families of 9/11 victims may sue")).toEqual(["2001-09-11"]);
    // As the drafts read it: a day a plan is set for is a day of its own year.
    const planned = await candidates("9/11", "The hearing is set for 9/11");
    expect(planned).toContain("2024-09-11");
    expect(planned).not.toContain("2001-09-11");
  });

  it("reads a date something was done ahead of either side, a deadline in a past clause behind", async () => {
    expect(await candidates("July", "The party campaigned hard ahead of July")).toEqual(["2023-07-01", "2024-07-01"]);
    expect(await candidates("September", "The volcano had calmed down by September")).toEqual(["2023-09-01"]);
  });

  it('takes the comma of "9,000" for no clause\'s end', async () => {
    expect(await candidates("December", "The tower rented 9,000 feet of office space in December")).toEqual([
      "2023-12-01",
    ]);
  });
});
