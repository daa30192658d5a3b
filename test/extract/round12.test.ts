/**
 * What the twelfth round found (issue 18). Figures: a verb in the present ends what a number counts ("72 percent of
 * voters support Lane", "31 percent call them"); a share with no "of" after it, before such a verb, is a share of what
 * the share before it in the sentence was of; a number after a month that no day can be ("in October 56 children")
 * counts; an age range spelt out ("between three and six years old") is the youngest's age and the oldest's; a number
 * that opens a clause after "and" and a verb ("died and 39 were injured") counts what the sentence's first count did,
 * never an age; a part after "including" ("92 pupils, including 23 who were hospitalized") is a part of the count
 * before it. Every passage here is INVENTED for these tests; the papers, people and places in it are fictional or
 * used fictionally.
 */
import { describe, expect, it } from "vitest";
import { figureLabels } from "./read-article.js";

describe("a verb in the present after a counted noun", () => {
  it("ends the label, after a plural or opening it before its object", () => {
    expect(
      figureLabels(
        "Just 64 percent of voters support Lane, while 31 percent call him weak.",
        "More than 70 percent of road accidents occur at night and more than 80 percent involve a single car.",
      ),
    ).toEqual([
      ["64 percent", "share of voters", "per cent"],
      ["31 percent", "share of voters", "per cent"],
      ["More than 70 percent", "share of road accidents", "per cent"],
      ["more than 80 percent", "share of road accidents", "per cent"],
    ]);
  });

  it("is no verb when it is a noun the reading may take for one", () => {
    expect(
      figureLabels(
        "Orlan Steel sold a 35 percent stake in the mill.",
        "Varnia signed a $5 billion arms deal with Morvan.",
        "The firm counted 91 percent of ballots cast by noon.",
      ),
    ).toEqual([
      ["35 percent", "stake", "per cent"],
      ["$5 billion", "value of the arms deal", "dollars"],
      ["91 percent", "share of ballots cast", "per cent"],
    ]);
  });
});

describe("a number after a month", () => {
  it("counts when no day can be that number, or when 'in' the month it comes before a plural", () => {
    expect(figureLabels("In October 56 children fell ill in Orlan.", "In May 12 people died in the floods.")).toEqual([
      ["56", "children", "children"],
      ["12", "people died in the floods", "people"],
    ]);
  });

  it("is still a day after 'on' the month", () => {
    expect(figureLabels("On May 12 talks began in Orlan.")).toEqual([]);
  });
});

describe("an age range spelt out", () => {
  it("is the youngest's age and the oldest's, of whom the phrase before it names", () => {
    expect(figureLabels("Earlier, 56 children between three and six years old fell ill.")).toEqual([
      ["56", "children", "children"],
      ["three", "age of the youngest children", "years"],
      ["six years old", "age of the oldest children", "years"],
    ]);
    expect(figureLabels("The Kurdish boys, 12 to 14 years old, were sent home.")).toEqual([
      ["12", "age of the youngest Kurdish boys", "years"],
      ["14 years old", "age of the oldest Kurdish boys", "years"],
    ]);
  });

  it("leaves 'aged between' to the rule that reads it", () => {
    expect(figureLabels("Some 300 people aged between 18 and 24 voted.").slice(1)).toEqual([
      ["18", "age of the youngest people", "years"],
      ["24", "age of the oldest people", "years"],
    ]);
  });
});

describe("a number opening a clause after 'and'", () => {
  it("counts what the sentence's first count did, never an age before it", () => {
    expect(
      figureLabels("Six miners, five men and a woman aged 30 and 41, died and 39 were injured in Orlan on Saturday."),
    ).toEqual([
      ["Six", "miners", "miners"],
      ["five", "men", "men"],
      ["30", "age of the woman", "years"],
      ["41", "age of the woman", "years"],
      ["39", "miners", "miners"],
    ]);
  });

  it("counts a subject named after a report's verb, never a count inside an 'of' phrase", () => {
    expect(
      figureLabels(
        "Police said two soldiers were killed and three were wounded.",
        "A column of 30 lorries was shelled and four were destroyed near Orlan.",
      ),
    ).toEqual([
      ["two", "soldiers", "soldiers"],
      ["three", "soldiers", "soldiers"],
      ["30", "lorries", "lorries"],
    ]);
  });

  it("keeps its own number after 'to'", () => {
    expect(
      figureLabels(
        "Some 70 EU monitors will watch the border, and the number of the monitors will be cut to 50 later.",
      ),
    ).toEqual([
      ["Some 70", "EU monitors", "monitors"],
      ["50", "EU monitors", "monitors"],
    ]);
  });
});

describe("a part after 'including'", () => {
  it("is a part of the count before it, with what was done to it", () => {
    expect(figureLabels("A bad meal in Orlan affected 92 pupils, including 23 who were hospitalized.")).toEqual([
      ["92", "pupils", "pupils"],
      ["23", "pupils hospitalized", "pupils"],
    ]);
  });
});
