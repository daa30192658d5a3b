/**
 * Dated events on small invented passages (written for these tests; the
 * towns, unions and happenings in them are fictional), one class of news
 * writing each: the tense of a clause, the publication's own weekday,
 * stretches of time, dates named without a year, weeks, months and years
 * counted from publication, and which pattern drafted each.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";
import type { KnownEvent } from "../../src/extract/find-events.js";

/** Tuesday 12 March 2024, unless said. */
const eventsOf = (lines: string[], published = "2024-03-12", knownEvents: KnownEvent[] = []) => {
  const text = ["Headline", ...lines].join("\n");
  return extractArticle(chrono, { text, published, knownEvents }).events.map((e) => ({
    date: e.date,
    wording: e.wording,
    status: e.status,
    pattern: e.drafted?.pattern,
    note: e.drafted?.note,
  }));
};
const brief = (events: ReturnType<typeof eventsOf>) => events.map((e) => [e.date, e.wording, e.status]);

describe("the tense of the clause", () => {
  it("reads a weekday back in a past clause and ahead in a future or 'due' one", () => {
    const events = eventsOf([
      "The port closed on Friday.",
      "The port will reopen on Friday.",
      "The report is due on Thursday.",
      "The minister said on Wednesday that talks would resume.",
    ]);
    expect(brief(events)).toEqual([
      ["2024-03-08", "on Friday", "happened"],
      ["2024-03-15", "on Friday", "planned"],
      ["2024-03-14", "on Thursday", "planned"],
      ["2024-03-06", "on Wednesday", "happened"],
    ]);
    expect(events.map((e) => e.pattern)).toEqual([
      "event-weekday-past",
      "event-weekday-ahead",
      "event-weekday-ahead",
      "event-weekday-past",
    ]);
  });

  it("says so when a clause shows no tense", () => {
    const [event] = eventsOf(["Talks on Friday are key."]);
    expect(event?.date).toBe("2024-03-08");
    expect(event?.note).toMatch(/no tense: read as the friday before publication; check/);
  });
});

describe("the publication's own weekday", () => {
  it('is the publication day: "on Tuesday evening" and "on Tuesday morning" in a Tuesday article, whatever the tense', () => {
    expect(
      brief(eventsOf(["The ferry sank on Tuesday evening.", "Rescuers will search again on Tuesday morning."])),
    ).toEqual([
      ["2024-03-12", "on Tuesday evening", "happened"],
      ["2024-03-12", "on Tuesday morning", "planned"],
    ]);
  });
});

describe("stretches of time", () => {
  it("are no dates", () => {
    expect(
      eventsOf([
        "The strike is to run for 30 days.",
        "Crews marched for four weeks.",
        "The hostages were freed after two hours, and talks ended after 90 minutes.",
        "It was the first profit in two years, two weeks after the vote.",
      ]),
    ).toEqual([]);
  });
});

describe("a date named without its year", () => {
  const lines = ["Memorials marked the March 11 bombing.", "Since the March 11 bombing, the station has been shut."];

  it("is the brief's own event of that day when the brief has one", () => {
    const events = eventsOf(lines, "2025-06-02", [{ date: "2021-03-11" }, { date: "2024-05-01" }]);
    expect(events.map((e) => [e.date, e.pattern])).toEqual([
      ["2021-03-11", "event-known-event"],
      ["2021-03-11", "event-known-event"],
    ]);
  });

  it("is the latest such day when that is recent, with a note, and no event when it is not", () => {
    const [recent] = eventsOf(lines.slice(0, 1), "2025-03-20");
    expect(recent).toMatchObject({ date: "2025-03-11", pattern: "event-named-date" });
    expect(recent?.note).toMatch(/year is not written/);
    expect(eventsOf(lines, "2025-06-02")).toEqual([]);
  });

  it("is the nearer day when the clause shows no tense, and the one before when it is past", () => {
    // Saturday 12 February 2005.
    expect(
      brief(
        eventsOf(
          ["Workers could take part in strikes earmarked for 23 March.", "The union met on 23 March."],
          "2005-02-12",
        ),
      ),
    ).toEqual([
      ["2005-03-23", "23 March", "planned"],
      ["2004-03-23", "on 23 March", "happened"],
    ]);
  });
});

describe("weeks, months and years counted from publication", () => {
  it('reads "last week" and "next week" as their Monday, approximate, and a weekend as its Saturday', () => {
    expect(
      brief(eventsOf(["Talks failed last week.", "They resume next week.", "Pickets left over the weekend."])),
    ).toEqual([
      ["2024-03-04~", "last week", "happened"],
      ["2024-03-18~", "next week", "planned"],
      ["2024-03-09~", "over the weekend", "happened"],
    ]);
    // Said on a Saturday, "last week" is the week just ended.
    expect(eventsOf(["Talks failed last week."], "2005-02-12")[0]?.date).toBe("2005-02-07~");
  });

  it('reads "next June" and "last June" as months, and years, months ago and days ahead', () => {
    const events = eventsOf([
      "Elections are due next June.",
      "The plant shut last June.",
      "Exports rose earlier this year.",
      "The mine closed two months ago.",
      "Ballots go out in four days.",
    ]);
    expect(events[0]?.note).toMatch(/read as the coming June, 2024-06; check it is not the one a year later/);
    expect(brief(events)).toEqual([
      ["2024-06", "next June", "planned"],
      ["2023-06", "last June", "happened"],
      ["2024", "earlier this year", "happened"],
      ["2024-01~", "two months ago", "happened"],
      ["2024-03-16~", "in four days", "planned"],
    ]);
  });

  it("leaves out a wire story's dateline", () => {
    const text = "PORT SHUT\n    HARWICH, March 11 - The port shut on Monday.";
    const events = extractArticle(chrono, { text, published: "2024-03-12" }).events;
    expect(events.map((e) => [e.date, e.wording])).toEqual([["2024-03-11", "on Monday"]]);
  });
});
