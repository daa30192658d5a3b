/**
 * Dated events in wire copy (issue 18), on small passages invented for these
 * tests (the people, towns and happenings in them are fictional): a plan told
 * in the past ("was to meet Sunday"), a date in a relative clause between
 * commas ("who turned 50 on Sunday, would be"), a stretch of time up to
 * publication ("in the past month"), and a page's time stamp.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";
import { tenseOfDate } from "../../src/text/clause-tense.js";

/** Saturday 13 November 2004, unless said. */
const eventsOf = (text: string, published = "2004-11-13") =>
  extractArticle(chrono, { text: `Headline\n${text}`, published }).events.map((e) => [e.date, e.wording, e.status]);
const tense = (sentence: string, words: string) => tenseOfDate(sentence, sentence.indexOf(words), words.length);

describe("a plan told in the past", () => {
  it('reads "was to meet Sunday" and what it plans ahead', () => {
    expect(
      eventsOf("The speaker was to meet Sunday with election officials to decide whether to hold the poll Jan. 7."),
    ).toEqual([
      ["2004-11-14", "Sunday", "planned"],
      ["2005-01-07", "Jan. 7", "planned"],
    ]);
  });

  it('leaves "was to blame" in the past', () => {
    expect(tense("He said on Friday the track was to blame.", "on Friday")).toBe("past");
  });
});

describe("a date in a relative clause between commas", () => {
  it("takes the tense of its own clause, not of the clause after the comma", () => {
    const sentence = "Lina Berg, who turned 50 on Sunday, would be the first woman in the post.";
    expect(tense(sentence, "on Sunday")).toBe("past");
    // Tuesday 16 November 2004.
    expect(eventsOf(sentence, "2004-11-16")).toEqual([["2004-11-14", "on Sunday", "happened"]]);
  });

  it("still reads the clause after the comma when the date opens its clause", () => {
    expect(tense("On Monday, the council will vote on the plan.", "On Monday")).toBe("future");
    expect(tense("The mayor, late on Monday, will sign the order.", "on Monday")).toBe("future");
  });
});

describe("a date after a clause set off by dashes", () => {
  it("takes the tense of its own clause, not of the clause between the dashes", () => {
    const sentence =
      "He said he learned of the payments -- which will be the first business of the hearings -- only when the auditor told him on November 25.";
    expect(tense(sentence, "on November 25")).toBe("past");
    // Friday 20 March 1987: the November 25 before it.
    expect(eventsOf(sentence, "1987-03-20")).toEqual([["1986-11-25", "November 25", "happened"]]);
  });

  it("keeps the tense of the clause around the aside, and a single dash sets off nothing", () => {
    expect(tense("The summit will open in Vesk — on November 19.", "on November 19")).toBe("future");
    expect(
      tense("The mayor will fly to Vesk -- her first trip abroad since 1980 -- on November 19.", "on November 19"),
    ).toBe("future");
  });
});

describe("a stretch of time up to publication", () => {
  it('is no date: "in the past month", "over the last year"', () => {
    expect(
      eventsOf("The navy has moved 18 ships into the ocean in the past month. Fares rose over the last year."),
    ).toEqual([]);
  });

  it('leaves "last month" a month', () => {
    expect(eventsOf("Fares rose last month.")).toEqual([["2004-10", "last month", "happened"]]);
  });
});

describe("a page's time stamp", () => {
  it("is no event: a full date with a clock time at the start of a line", () => {
    expect(
      eventsOf("Saturday November 13, 2004 8:16 PM By A WRITER LORVIK (AP) - The mayor resigned Friday, aides said."),
    ).toEqual([["2004-11-12", "Friday", "happened"]]);
  });
});

describe("a happening counted from now", () => {
  it('dates "comes two weeks after the vote" two weeks before publication, approximate, with a note', () => {
    // Tuesday 16 November 2004.
    const events = extractArticle(chrono, {
      text: "Headline\nThe council hopes the new fares will help, two weeks after voters approved the plan.",
      published: "2004-11-16",
    }).events;
    expect(events.map((e) => [e.date, e.wording, e.status, e.drafted?.pattern])).toEqual([
      ["2004-11-02~", "two weeks after", "happened", "event-counted-from-now"],
    ]);
    expect(events[0]?.drafted?.note).toMatch(/counted back from publication/);
  });

  it('leaves "two weeks after" in a past clause, counted from another happening', () => {
    expect(eventsOf("The strike began two weeks after the vote.")).toEqual([]);
  });
});

describe("more of the same classes", () => {
  it('dates "the 2001 conflict" and "the 1994 genocide" by their year', () => {
    expect(eventsOf("Rebels who fled after the 1994 genocide fought in the 2001 conflict.")).toEqual([
      ["1994", "1994", "happened"],
      ["2001", "2001", "happened"],
    ]);
  });

  it('leaves "over the past days" without a count', () => {
    expect(eventsOf("Reports have been rife over the past days that troops crossed the border.")).toEqual([]);
  });
});
