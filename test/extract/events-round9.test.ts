/**
 * Dates the tenth dev batch showed drafted on the wrong side of publication or wrong (issue 18, ninth round): a
 * time of day's colon, a past verb or a participle just before the date, a clause of the date alone, a vote the
 * clause looks ahead to, months counted on the calendar, a record "in eight years", "October of that year". Every
 * passage here is INVENTED for these tests.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const eventsOf = (body: string, published: string) =>
  extractArticle(chrono, { text: `Headline\n\n${body}\n`, published }).events.map((e) => [e.wording, e.date]);

describe("the side of publication a date lies on", () => {
  it("reads a clause whose time of day has a colon whole ('at 10:00 am ... on Monday')", () => {
    expect(
      eventsOf("The chairman has warned that supplies will be cut at 10:00 am (0700 GMT) on Monday.", "2006-12-28"),
    ).toEqual([["on Monday", "2007-01-01"]]);
  });

  it("takes the tense of a past verb just before the date, whatever the clause after it reports", () => {
    expect(eventsOf("Party leaders made clear Monday they have no plans to spend money on her.", "2016-07-26")).toEqual(
      [["Monday", "2016-07-25"]],
    );
  });

  it("gives a participle just before the date the tense of the clause it hangs from", () => {
    expect(
      eventsOf("Tom Vardan joined the debate, announcing on Wednesday he would meet the group.", "2016-06-16"),
    ).toEqual([["on Wednesday", "2016-06-15"]]);
  });

  it("gives a clause of the date alone the tense of the sentence before it", () => {
    expect(eventsOf("A couple killed 14 people in Varno, California, in December.", "2016-06-16")).toEqual([
      ["December", "2015-12"],
    ]);
  });

  it("puts a vote ahead when the clause looks ahead to it", () => {
    expect(eventsOf("The opposition have alleged the January 23 polls will be rigged.", "2006-12-11")).toEqual([
      ["January 23", "2007-01-23"],
    ]);
    expect(eventsOf("Observers said the January 23 polls were rigged.", "2007-03-11")).toEqual([
      ["January 23", "2007-01-23"],
    ]);
  });
});

describe("counted and named years", () => {
  it("counts months on the calendar: '12 months ago' from 28 December 2006 is December 2005", () => {
    expect(eventsOf("Its tactics 12 months ago were widely criticised.", "2006-12-28")).toEqual([
      ["12 months ago", "2005-12~"],
    ]);
  });

  it("reads 'for the first time in eight years' as no date", () => {
    expect(eventsOf("Unemployment fell below 5 percent for the first time in eight years.", "2016-02-05")).toEqual([]);
  });

  it("dates 'in October of that year' in the year the paragraph named last", () => {
    expect(eventsOf("Jobs fell in January 2009 and hit bottom in October of that year.", "2016-02-05")).toEqual([
      ["January 2009", "2009-01"],
      ["October of that year", "2009-10"],
    ]);
  });
});
