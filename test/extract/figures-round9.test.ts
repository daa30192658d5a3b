/**
 * Figures the tenth dev batch and the spent blind sets showed missed (issue 18, ninth round): the time between two
 * happenings ("four days after the shooting"), one unit of time with no qualifier ("for a decade", "half a century"),
 * a number in words after a name. Every passage here is INVENTED for these tests.
 */
import { describe, expect, it } from "vitest";
import { figureLabels, figuresOf } from "./read-article.js";

describe("the time between two happenings", () => {
  it("is a length, labelled by what it comes after or before", () => {
    expect(
      figureLabels(
        "The mayor arrived in Varno four days after the shooting.",
        "He returned from exile seven years later, aides said.",
        "Two hours after the landing, a patrol came to make contact.",
      ),
    ).toEqual([
      ["four", "length of time (days) after the shooting", "days"],
      ["seven", "length of time (years) later", "years"],
      ["Two", "length of time (hours) after the landing", "hours"],
    ]);
    expect(figuresOf("The mayor arrived four days after the shooting.")[0]?.pattern).toBe("figure-interval");
  });

  it("is no figure 'ago' or 'from now', which only date", () => {
    expect(figuresOf("The mayor arrived two months ago and will leave two weeks from now.")).toEqual([]);
  });
});

describe("one unit of time with no qualifier", () => {
  it("is a length after a word of length, a decade and a century in years", () => {
    expect(
      figureLabels(
        "Vardan, who has served on the committee for a decade, spoke.",
        "It was the first free vote in the country in half a century.",
        "The council would remain in office for a year to organise elections.",
        "The deal ended a decade of civil war.",
      ),
    ).toEqual([
      ["a decade", "length of time (years) for which Vardan has served on the committee", "years"],
      ["half a century", "length of time (years)", "years"],
      ["a year", "length of time (years) for which the council would remain in office", "year"],
      ["a decade", "length of time (years)", "years"],
    ]);
    expect(figuresOf("He has served for a decade.")[0]?.value).toBe(10);
    expect(figuresOf("It was the first vote in half a century.")[0]?.value).toBe(50);
  });

  it("is no length 'a year ago', as a rate, or in a range already read", () => {
    expect(figuresOf("They met a year ago. Members pay for a year's time in advance.")).toEqual([]);
    expect(figureLabels("The scheme will cost $5m a year.")).toEqual([
      ["$5m", "cost of the scheme per year", "dollars"],
    ]);
  });
});

describe("a number in words after a name", () => {
  it("counts ('arrived in Varno four days after'); digits after a name number one of a series", () => {
    expect(figuresOf("The mayor arrived in Varno four days after the shooting.").map((f) => f.value)).toEqual([4]);
    expect(figuresOf("Flights leave from Terminal 4 each day.")).toEqual([]);
  });
});

describe("money moved by a verb", () => {
  it("is named by the verb before it, a preposition after it no label", () => {
    expect(
      figureLabels(
        "Kanova has raised $2.3 million through the end of June.",
        "The company earned $5 billion last year.",
        "He was fined $5,000 by the court.",
        "The ministry is seeking $3 billion from parliament.",
      ),
    ).toEqual([
      ["$2.3 million", "money raised", "dollars"],
      ["$5 billion", "earnings", "dollars"],
      ["$5,000", "fine", "dollars"],
      ["$3 billion", "money sought", "dollars"],
    ]);
  });

  it("is the money the name after it moved: 'the $3 million Ana Reyes raised'", () => {
    expect(
      figureLabels("By comparison, the $3 million Ana Reyes raised between January and June came from committees."),
    ).toEqual([["$3 million", "money raised (Ana Reyes)", "dollars"]]);
  });
});

describe("a price per a quantity of a good", () => {
  it("is a price per the quantity, whose number is its unit and no figure", () => {
    expect(figureLabels("Varnia currently pays 46.68 dollars per 1,000 cubic metres for its gas.")).toEqual([
      ["46.68", "price per 1,000 cubic metres", "dollars"],
    ]);
  });
});

describe("money named by words around it", () => {
  it("is what 'in' and words describing it name after the amount", () => {
    expect(figureLabels("The deal gave Varnia access to as much as $100 billion in frozen overseas funds.")).toEqual([
      ["as much as $100 billion", "frozen overseas funds", "dollars"],
    ]);
  });

  it("is the money's noun before a dash that the amounts after it spell out", () => {
    expect(
      figureLabels(
        "He also must pay restitution for the cost of the search -- $27,445 to the coast guard and $9,109 to the police.",
      ),
    ).toEqual([
      ["$27,445", "restitution", "dollars"],
      ["$9,109", "restitution", "dollars"],
    ]);
  });
});

describe("a scaled amount", () => {
  it("is the number the article writes, free of floating-point noise ('$17.1bn' is 17,100,000,000)", () => {
    expect(figuresOf("The company gets $17.1bn in cash and shares for its stake.").map((f) => f.value)).toEqual([
      17_100_000_000,
    ]);
    expect(figuresOf("It paid 4.35 billion euros and $2.7m in fees.").map((f) => f.value)).toEqual([
      4_350_000_000, 2_700_000,
    ]);
  });
});

describe("one unit of time named by where it lies", () => {
  it("is a length: 'the next decade', 'over the following decade' (no 'more than'), 'the past year'", () => {
    expect(
      figureLabels(
        "The bank expects a surge in coal use over the next decade.",
        "Over the following decade the firm received dividends.",
        "He has spent the past year in his uncle's home.",
      ),
    ).toEqual([
      ["the next decade", "length of time (years)", "years"],
      ["the following decade", "length of time (years)", "years"],
      ["the past year", "length of time (years)", "year"],
    ]);
  });

  it("is none before 'of' or a possessive: 'the last year of his term', 'the past year's profits'", () => {
    expect(figuresOf("In the last year of his term he resigned. The past year's profits fell.")).toEqual([]);
  });
});
