/**
 * Days a name fixes in every year (issue 18, sixth round: the seventh dev batch dated "on Boxing
 * Day" and "since Boxing Day" nowhere), and where such a name is no date (a review's counterexamples). Every passage here is INVENTED for these tests; the people,
 * places and bodies in it are fictional.
 */
import { describe, expect, it } from "vitest";
import { readArticle } from "./read-article.js";

const events = (published: string, ...lines: string[]) =>
  readArticle(["Headline", ...lines].join("\n\n"), published).events.map((e) => [e.date, e.wording]);

describe("a day a name fixes", () => {
  it("is the one nearer publication, before or after it", () => {
    expect(
      events(
        "2005-01-05",
        "The wave struck the coast of Varn on Boxing Day, killing thousands.",
        "He has been missing since Christmas Day.",
        "The talks have been stalled since New Year's Day, officials said.",
      ),
    ).toEqual([
      ["2004-12-26", "Boxing Day"],
      ["2004-12-25", "Christmas Day"],
      ["2005-01-01", "New Year's Day"],
    ]);
    expect(events("2005-12-10", "The ministers will meet again on Christmas Eve.")).toEqual([
      ["2005-12-24", "Christmas Eve"],
    ]);
  });

  it("takes the year written after it, and the side the tense says", () => {
    expect(events("2009-06-15", "He died on Christmas Day 2004, his family said.")).toEqual([
      ["2004-12-25", "Christmas Day"],
    ]);
    expect(events("2024-12-20", "He was killed on Christmas Eve, police said.")).toEqual([
      ["2023-12-24", "Christmas Eve"],
    ]);
  });

  it("is no date where it names a thing, a habit, or comes with no word of time", () => {
    expect(
      events(
        "2009-06-15",
        "The Christmas Day massacre of 1998 is still unsolved.",
        "Survivors of the Boxing Day tsunami gathered in Phuket.",
        "Shops will open as usual every Boxing Day.",
        "The party sold Halloween costumes for children.",
        "The Armistice Day ceremony at the Cenotaph was cancelled.",
      ),
    ).toEqual([]);
  });

  it("is read on the side the tense says when both are months away", () => {
    expect(events("2005-05-01", "The strikers will return to work on Armistice Day.")).toEqual([
      ["2005-11-11", "Armistice Day"],
    ]);
    expect(events("2005-05-01", "The strike began on Armistice Day.")).toEqual([["2004-11-11", "Armistice Day"]]);
  });
});
