/**
 * A review's counterexamples to the fourteenth round's rules (issue 18), each mended and kept here. Every passage is
 * INVENTED for these tests (a reviewer's probes, some naming public figures in made-up sentences).
 */
import { describe, expect, it } from "vitest";
import { actorNames, article, datesOf, figureLabels, persons, readArticle, speakersOf } from "./read-article.js";

describe("a 'she' and the sentence before", () => {
  it("is not bound to a man whose gender the name does not tell", () => {
    expect(
      speakersOf(
        article(
          "Protesters gathered outside the embassy ahead of a visit by Xi Jinping. " +
            '"We want our voices heard," she said, declining to give her name for fear of reprisals.',
        ),
      ),
    ).toEqual([["We want our", null]]);
  });
});

describe("papers, offices and people", () => {
  it("keep a city's paper whose city is also a first name, and a two-word name with a paper's word a person", () => {
    expect(actorNames(article("The Charlotte Observer reported that the mayor would resign."), "media")).toEqual([
      "Charlotte Observer",
    ]);
    expect(
      actorNames(article("Rep. Sheila Jackson-Lee spoke, as did Ann Lewis-Post, and Jim Courier came."), "person"),
    ).toEqual(["Sheila Jackson-Lee", "Ann Lewis-Post", "Jim Courier"]);
  });

  it("read a medical examiner as an office, not a paper", () => {
    expect(actorNames(article("The Cook County Medical Examiner identified the man."), "media")).toEqual([]);
  });

  it("give a party of two words whole, and a party's word before any given name as a title", () => {
    expect(persons(article("Liberal Democrat Tim Farron said the bill was flawed."))).toEqual([
      ["Tim Farron", ["Liberal Democrat"]],
    ]);
    // (a second review: the party's word before a given name the dictionary does not know is still the party's;
    // a first name "Tory" before an unknown given name is read so too, a limit noted in docs/extraction.md)
    expect(persons(article("Conservative Kemi Badenoch said the plan was unaffordable."))).toEqual([
      ["Kemi Badenoch", ["Conservative"]],
    ]);
    expect(
      persons(article("Independent Bernie Sanders voted against it, and Libertarian Gary Johnson agreed.")),
    ).toEqual([
      ["Bernie Sanders", ["Independent"]],
      ["Gary Johnson", ["Libertarian"]],
    ]);
  });
});

describe("figures", () => {
  it("keep a count before two adjectives in -ly joined by 'and' or 'or'", () => {
    expect(figureLabels("Borrowers repay the loans in 24 monthly or quarterly instalments.")).toHaveLength(1);
  });

  it("keep a brand's or a people's capital in the subject of a change", () => {
    expect(figureLabels("Apple shares rose 6 percent on Friday.", "Welsh house prices rose 1.5 percent.")).toEqual([
      ["6 percent", "rise in Apple shares", "per cent"],
      ["1.5 percent", "rise in Welsh house prices", "per cent"],
    ]);
  });

  it("read 'N US' in brackets as dollars only after a sum of money, and 'USD' too", () => {
    expect(figureLabels("The coalition has lost 3,500 troops (2,400 US) since the invasion.")[1]?.[2]).not.toBe(
      "dollars",
    );
    expect(figureLabels("He was paid 900,000 euros (975,000 USD) for the role.")).toEqual([
      ["900,000", "payment for the role", "euros"],
      ["975,000", "payment for the role", "dollars"],
    ]);
  });

  it("read no shortfall in 'short-term' or 'a short position', nor a subject that is not one", () => {
    expect(
      figureLabels(
        "The IMF approved a $3 billion short-term loan to Varnia.",
        "The hedge fund took a $500 million short position against the pound.",
        "The central bank injected 200 billion dinars short of what banks had requested.",
      ),
    ).toEqual([
      ["$3 billion", "short-term loan", "dollars"],
      ["$500 million", "short position", "dollars"],
      ["200 billion", "shortfall", "dinars"],
    ]);
  });

  it("read a shortfall after 'came in', 'shy of', and the object a verb leaves short", () => {
    expect(
      figureLabels(
        "The winning bid came in $50 million short of the asking price.",
        "The appeal is still $40 million shy of its target.",
        "That puts the committee about $7.5 million short of its goal.",
      ),
    ).toEqual([
      ["$50 million", "shortfall of winning bid", "dollars"],
      ["$40 million", "shortfall of appeal", "dollars"],
      ["about $7.5 million", "shortfall of committee", "dollars"],
    ]);
  });
});

describe("dates", () => {
  it("take a participle's date after 'preparing for' as the participle's", () => {
    expect(
      datesOf("Election officials are preparing for a recount of the votes cast on Sunday.", "2024-05-13"),
    ).toEqual([["on Sunday", "2024-05-12"]]);
  });

  it("keep a decision's date ahead though a relative clause after it is in the future", () => {
    expect(
      datesOf("The board voted to hold the meeting on June 3 at a hotel which will be named later.", "2024-05-10"),
    ).toEqual([["June 3", "2024-06-03"]]);
  });

  it("mark a day counted before a plan as planned", () => {
    const events = readArticle(
      article("Police arrested him on Saturday, two days before he was due to fly to Dubai."),
      "2024-05-10",
    ).events;
    expect(events.map((e) => [e.wording, e.date, e.status])).toEqual([
      ["on Saturday", "2024-05-04", "happened"],
      ["two days before", "2024-05-06", "planned"],
    ]);
  });

  it("read 'every Sunday' and 'each Tuesday' as habits", () => {
    expect(datesOf("The market opens every Sunday, and the council meets each Tuesday.", "2024-05-10")).toEqual([]);
  });

  it("date more happenings by their year, and count weeks and 'the day after' from the date before", () => {
    expect(datesOf("Memories of the 2020 lockdown and the 2014 annexation linger.", "2024-05-10")).toEqual([
      ["2020", "2020"],
      ["2014", "2014"],
    ]);
    expect(datesOf("The ceasefire collapsed on Wednesday, a week after it was signed.", "2024-05-10")).toEqual([
      ["on Wednesday", "2024-05-08"],
      ["a week after", "2024-05-01~"],
    ]);
    expect(datesOf("He was fired on Wednesday, the day after he criticised the board.", "2024-05-10")).toEqual([
      ["on Wednesday", "2024-05-08"],
      ["the day after", "2024-05-07"],
    ]);
  });
});
