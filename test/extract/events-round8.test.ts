/**
 * Dates the ninth batch of real dev articles showed drafted wrong (issue 18, eighth round): a part of a month,
 * a past tense of an irregular verb, "not expected until". Every passage here is INVENTED for these tests.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const eventsOf = (body: string, published: string) =>
  extractArticle(chrono, { text: `Headline\n\n${body}\n`, published }).events.map((e) => [e.wording, e.date]);

describe("a part of a month", () => {
  it("is the month, approximate, on the side its clause says", () => {
    expect(eventsOf("The ministers will meet at the end of January.", "2005-12-10")).toEqual([
      ["end of January", "2006-01~"],
    ]);
    expect(eventsOf("The deal was signed at the beginning of March.", "2005-12-10")).toEqual([
      ["the beginning of March", "2005-03~"],
    ]);
  });
});

describe("the tense of a clause", () => {
  it("reads an irregular past ('stood') as past and 'not expected until' as ahead", () => {
    expect(
      eventsOf("Some 7,000 candidates, nearly triple the number that stood in January, are running.", "2005-12-15"),
    ).toEqual([["January", "2005-01"]]);
    expect(eventsOf("Two ministers are not expected in Kuwait until Sunday.", "2005-12-10")).toEqual([
      ["Sunday", "2005-12-11"],
    ]);
  });
});

describe("words that look like past tenses", () => {
  it("reads 'Fed' and 'hung' as no tense", () => {
    expect(eventsOf("The Fed meets on Wednesday to set rates.", "2026-03-10")).toEqual([
      ["on Wednesday", "2026-03-11"],
    ]);
    expect(eventsOf("A hung jury is possible when the trial ends on Wednesday.", "2026-03-10")).toEqual([
      ["on Wednesday", "2026-03-11"],
    ]);
  });
});

describe("a date in an opening phrase", () => {
  it("takes the tense of the clause after the phrase's comma", () => {
    expect(eventsOf("After a test in January, the Council imposed sweeping new sanctions.", "2016-09-10")).toEqual([
      ["January", "2016-01"],
    ]);
    expect(eventsOf("After the vote in January, the Council will meet again.", "2016-09-10")).toEqual([
      ["January", "2017-01"],
    ]);
  });
});
