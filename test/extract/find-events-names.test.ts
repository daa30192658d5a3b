/**
 * Dates that are names, "a year ago", and a quoted sentence opening on the
 * speaker's day, on sentences invented for these tests (the towns, bodies,
 * papers and people in them are fictional). Published Monday 29 November 2004
 * unless said.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const eventsOf = (lines: string[], published = "2004-11-29") => {
  const text = ["Headline", ...lines].join("\n");
  return extractArticle(chrono, { text, published }).events.map((e) => ({
    date: e.date,
    wording: e.wording,
    pattern: e.drafted?.pattern,
    note: e.drafted?.note,
  }));
};
const brief = (events: ReturnType<typeof eventsOf>) => events.map((e) => [e.date, e.wording]);

describe("a weekday or a month inside a name is no date", () => {
  it("leaves out a weekday after Good, Black, Holy, Super, Bloody, Palm, Ash", () => {
    expect(
      eventsOf([
        "Power sharing under the Good Friday accord was suspended in Lorvik.",
        "Shares in the harbour board have not fallen so far since Black Monday.",
        "The candidates spent heavily before Super Tuesday.",
        "Marchers recalled Bloody Sunday as they walked through Tarnby.",
      ]),
    ).toEqual([]);
  });

  it("leaves out a weekday before the head noun of a name or a newspaper", () => {
    expect(
      eventsOf([
        "The deal was signed under the Friday Agreement of the two towns.",
        "The rebels sent a statement to several Tarnby Sunday newspapers.",
        "The mayor told the Sunday Herald that he would resign.",
        "The Lorvik Saturday Post printed the letter.",
      ]),
    ).toEqual([]);
  });

  it("keeps a weekday that dates a happening, before a name or a possessive", () => {
    expect(
      brief(
        eventsOf([
          "Tuesday's vote in Lorvik was close.",
          "On Friday Mayor Ansel Krogh closed the port.",
          "The council met on Sunday and Herald Olsen spoke.",
        ]),
      ),
    ).toEqual([
      ["2004-11-23", "Tuesday"],
      ["2004-11-26", "On Friday"],
      ["2004-11-28", "on Sunday"],
    ]);
  });

  it("leaves out a month and day naming a group, keeps one naming a past happening", () => {
    expect(
      brief(
        eventsOf([
          "The November 14 alliance won most seats in Lorvik.",
          "Leaders of the October Movement met the mayor on Friday.",
          "The town has been quiet since the November 11 bombing.",
          "The mayor flew home after the November 20 Tarnby summit.",
        ]),
      ),
    ).toEqual([
      ["2004-11-26", "on Friday"],
      ["2004-11-11", "November 11"],
      ["2004-11-20", "November 20"],
    ]);
  });
});

describe('"a year ago"', () => {
  it('reads "a year ago" as the month a year back and "N years ago" as the year, approximate', () => {
    expect(
      brief(
        eventsOf([
          "She became the chief figure of the party after elections a year ago.",
          "The port was closed more than two years ago.",
          "The war in the hills began 21 years ago.",
        ]),
      ),
    ).toEqual([
      ["2003-11~", "a year ago"],
      ["2002~", "two years ago"],
      ["1983~", "21 years ago"],
    ]);
  });
});

describe("a quoted sentence opening on the speaker's day", () => {
  it('dates "Yesterday ...", "Today I ...", "This morning ..." opening a sentence of a quote, with a note', () => {
    const events = eventsOf([
      '"Yesterday the charity could not reach 3,000 people in the hills," said Mara Lind of the Tarnby Aid Trust.',
      'The mayor was angry. "We asked for help. Today I called the ministry and they knew nothing," he said.',
      '"This morning I received reports of shelling," said Ansel Krogh.',
    ]);
    expect(brief(events)).toEqual([
      ["2004-11-28", "Yesterday"],
      ["2004-11-29", "Today"],
      ["2004-11-29", "This morning"],
    ]);
    expect(events[0]?.note).toMatch(/quot/);
  });

  it("leaves out a date inside a quote that does not open its sentence", () => {
    expect(
      eventsOf([
        '"As of today we have received nothing," said Mara Lind.',
        '"The people need help today more than ever," she said.',
        '"I expect our negotiators to meet in the coming days," said Ansel Krogh.',
        '"He spent his last four years in the town hall," said Mara Lind.',
      ]),
    ).toEqual([]);
  });
});

describe("a date inside a quotation that does not hang on the day it was said", () => {
  it('dates a month, a year, "five years ago" and "next week" in a quote, with a note; not a weekday or "the next few days"', () => {
    const events = eventsOf([
      '"The inspector told me on November 25 that the money was gone," said Mara Lind.',
      '"Five years ago the council said it did not believe in bans," said Ansel Krogh.',
      '"The harbour plan is due next week and the ban should be in it," said Mara Lind.',
      '"The ferries will stop by the end of 2008," she said.',
      '"We met on Tuesday and hope to finish in the next few days," said Ansel Krogh.',
    ]);
    expect(brief(events)).toEqual([
      ["2004-11-25", "November 25"],
      ["1999~", "Five years ago"],
      ["2004-12-06~", "next week"],
      ["2008-12~", "the end of 2008"],
    ]);
    expect(events.every((e) => /inside a quotation/.test(e.note ?? ""))).toBe(true);
  });
});
