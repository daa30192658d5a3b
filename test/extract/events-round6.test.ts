/**
 * Days a name fixes in every year (issue 18, sixth round: the seventh dev batch dated "on Boxing
 * Day" and "since Boxing Day" nowhere). Every passage here is INVENTED for these tests; the people,
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
        "The talks will resume after New Year's Day, officials said.",
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

  it("is read on the side the tense says when both are months away", () => {
    expect(events("2005-05-01", "The strikers will return to work on Armistice Day.")).toEqual([
      ["2005-11-11", "Armistice Day"],
    ]);
    expect(events("2005-05-01", "The strike began on Armistice Day.")).toEqual([["2004-11-11", "Armistice Day"]]);
  });
});
