/**
 * Dates in the classes the real dev articles added in this round showed (issue 18): a day counted
 * from a date written just before ("the day before", "the following day"), a month ahead of a
 * deadline or a plan ("by October", "in time for the summit in July"), a year before 1900, long
 * stretches up to publication that are no date, and "Today" naming a programme. The passages are
 * INVENTED for these tests; places, bodies and people in them are fictional.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

/** Published Monday 16 March 1987. */
const eventsOf = (body: string, published = "1987-03-16") =>
  extractArticle(chrono, { text: `Harbour talks\n${body}\n`, published }).events.map((e) => [
    e.date,
    e.wording,
    e.drafted?.pattern,
  ]);

describe("a day counted from another date", () => {
  it("dates 'the day before' and 'the following day' from the date written just before", () => {
    expect(
      eventsOf(
        "Two dockers were hurt Saturday, and a crane fell in the storm the day before, the port said. The index fell on Wednesday. There was a slight recovery the following\nday.",
      ),
    ).toEqual([
      ["1987-03-14", "Saturday", "event-weekday-past"],
      ["1987-03-13", "the day before", "event-day-from-another"],
      ["1987-03-11", "on Wednesday", "event-weekday-past"],
      ["1987-03-12", "the following\nday", "event-day-from-another"],
    ]);
  });

  it("dates nothing from no date, and leaves 'the day before the vote' to the vote", () => {
    expect(eventsOf("There was a recovery the following day. Talks resumed the day before the vote.")).toEqual([]);
  });
});

describe("a month named without its year", () => {
  it("puts a deadline or a plan ahead: 'by October', 'in time for the summit in July'", () => {
    const events = eventsOf(
      "The law bans all trade by October. A plan had been agreed in time for the harbour summit in July. Talks ended in October.",
    );
    expect(events.map(([date, wording]) => [date, wording])).toEqual([
      ["1987-10", "October"],
      ["1987-07", "July"],
      ["1986-10", "October"],
    ]);
  });

  it("keeps 'unveiled by the port authority in early February' in the past", () => {
    expect(eventsOf("The plan was unveiled by the port authority in early February.").map(([d]) => d)).toEqual([
      "1987-02~",
    ]);
  });
});

describe("years, stretches and names", () => {
  it("reads a year before 1900 after 'in', never a count of things", () => {
    expect(eventsOf("Kessing lost its coast to Norvia in 1879. The fund helped 1500 people in 1850 homes.")).toEqual([
      ["1879", "in 1879", "event-year"],
    ]);
  });

  it("dates no long stretch up to publication, but a few days back", () => {
    expect(
      eventsOf(
        "Shares rose 5 pct in the last three months. Aid doubled in the past four years. Prices fell during the past two days.",
      ).map(([d, wording]) => [d, wording]),
    ).toEqual([["1987-03-15~", "the past two days"]]);
  });

  it("reads 'Today' inside a sentence as a programme's name, and 'Today,' opening one as the day", () => {
    expect(
      eventsOf("He told Radio Kessing's Today programme the deal was done. Today, the talks resume.").map(
        ([date, wording]) => [date, wording],
      ),
    ).toEqual([["1987-03-16", "Today"]]);
  });
});
