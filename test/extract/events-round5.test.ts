/**
 * Dates in the classes the fourth blind set showed once it was scored (issue 18, fifth round): a
 * month before an event with an indefinite article is one not yet held ("to call a June election"),
 * a month that describes a person ("an October man") is no date, a fraction with a slash ("7/8 pct")
 * is no date. Every passage here is INVENTED for these tests; the people, places and bodies in it are
 * fictional. Published Tuesday 7 April 1987.
 */
import { describe, expect, it } from "vitest";
import { readArticle } from "./read-article.js";

const events = (...lines: string[]) =>
  readArticle(["Headline", ...lines].join("\n\n"), "1987-04-07").events.map((e) => [e.date, e.wording]);

describe("a month with an indefinite article", () => {
  it("dates 'a June election' and 'a 23 April walkout' ahead, though the clause is told in the past", () => {
    expect(
      events(
        "As pressure mounted on the premier to call a June election, she said the choice was hers.",
        "Unions were balloted about a 23 April walkout.",
      ),
    ).toEqual([
      ["1987-06", "June"],
      ["1987-04-23", "23 April"],
    ]);
  });

  it("reads no date in 'an October man' nor in a fraction written with a slash", () => {
    expect(
      events(
        'Another member, Ola Vik, said: "I have always been an October man."',
        "Banks offered the Libor rate plus 7/8 pct, and shares were off 3/8 to 3-1/2.",
      ),
    ).toEqual([]);
  });
});
