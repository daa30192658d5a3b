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
import { actorNames, datesOf, figureLabels, speakersOf } from "./read-article.js";

describe("a verb in the present after a counted noun", () => {
  it("ends the label, after a plural or opening it before its object", () => {
    expect(
      figureLabels(
        "Just 64 percent of voters support Lane, while 31 percent call him weak.",
        "More than 70 percent of road accidents occur at night and more than 80 percent involve a single car.",
      ),
    ).toEqual([
      ["64 percent", "share of voters", "per cent"],
      ["31 percent", "share of voters who call him weak", "per cent"],
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
      ["39", "miners injured", "miners"],
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
      ["three", "soldiers wounded", "soldiers"],
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

describe("sums of money", () => {
  it("read a currency of the Pacific, 'a further' sum, and a bracketed conversion before a comma", () => {
    expect(
      figureLabels(
        "The army spent 39,335 kina on curtains.",
        "He said losses totalled about 100 billion yen on shares and a further 43.6 billion yen on loans.",
        "With losses of about 200 billion yen (1.6 billion dollars), the firm itself decided to close.",
      ),
    ).toEqual([
      ["39,335", "spending", "kina"],
      ["about 100 billion", "losses", "yen"],
      ["43.6 billion", "losses", "yen"],
      ["about 200 billion", "losses", "yen"],
      ["1.6 billion", "losses", "dollars"],
    ]);
  });

  it("counts a passive's subject that opens its clause, before its phrase of time", () => {
    expect(
      figureLabels("Its chief said the net loss in the 12 months to last March was estimated at 52.5 billion yen."),
    ).toContainEqual(["52.5 billion", "net loss", "yen"]);
  });
});

describe("a poll's shares", () => {
  it("are shares of those who answered, after an adverb, after 'N in 10', and of those the sentence opens with", () => {
    expect(
      figureLabels(
        "Seventy-two percent now believe he could win.",
        "Six in 10 say he is decisive.",
        "Morvan voters are more likely to back Lane than Orr, 73 percent to 63 percent.",
      ),
    ).toEqual([
      ["Seventy-two percent", "share who now believe he could win", "per cent"],
      ["Six in 10", "share who say he is decisive", "share"],
      ["73 percent", "share of Morvan voters", "per cent"],
      ["63 percent", "share of Morvan voters", "per cent"],
    ]);
  });

  it("reads a count after 'while only' as the count before it", () => {
    expect(figureLabels("The survey found 449 of the delegates back Lane, while only 19 support Orr.")).toEqual([
      ["449", "delegates", "delegates"],
      ["19", "delegates", "delegates"],
    ]);
  });

  it("reads a margin of error, and whom it is for", () => {
    expect(
      figureLabels(
        "The margin of sampling error for all respondents is plus or minus 3.4 percentage points, and is plus or minus 5.5 percentage points for Morvan voters.",
      ),
    ).toEqual([
      ["3.4", "margin of sampling error for all respondents", "points"],
      ["5.5", "margin of sampling error for Morvan voters", "points"],
    ]);
  });
});

describe("dates", () => {
  it("read two digits after a month's comma as no year", () => {
    expect(datesOf("Lane is more popular than he was in December, 64 percent to 56 percent.", "2016-02-18")).toEqual([
      ["December", "2015-12"],
    ]);
  });

  it("read a day someone hoped to do something on, and one after 'before' and a verb in the present, as ahead", () => {
    expect(
      datesOf(
        "Prime Minister Kato hoped to pass the bill on April 18 before he leaves for Orlan on April 24, Jiji press said.",
        "1997-04-03",
      ),
    ).toEqual([
      ["April 18", "1997-04-18"],
      ["April 24", "1997-04-24"],
    ]);
  });
});

describe("names that are no one", () => {
  it("are a paper named 'Shimbun', a town before its US state, a poll (a body, never a person)", () => {
    const text =
      "Headline\n\nThe Varnia Shimbun said the bill would pass. “We never trusted her,” said Tom Reed, a 59-year-old from Hilton Head, South Carolina. The Orlan-GfK Poll of 1,033 adults found it.";
    expect(actorNames(text, "media")).toEqual(["Varnia Shimbun"]);
    expect(actorNames(text, "person")).toEqual(["Tom Reed"]);
    expect(actorNames(text, "organisation")).toEqual(["Orlan-GfK Poll"]);
  });
});

describe("a people's body in lower case", () => {
  it("is an organisation, and a spokesman from it speaks for it, with 'here' between", () => {
    const text =
      'Headline\n\nA spokesman from the Varnian foreign ministry here said: "We have no means of knowing." The Varnian navy sailed on Monday.';
    expect(actorNames(text, "organisation")).toEqual(["Varnian foreign ministry", "Varnian navy"]);
    expect(speakersOf(text)).toEqual([["We have no", "Varnian foreign ministry"]]);
  });
});

describe("a body's ministers or leaders", () => {
  it("speak for it, a group of nations named by its number too", () => {
    expect(
      speakersOf(
        'Headline\n\nOfficials met. G7 ministers said "excess volatility" would impede growth. EU leaders said they were "deeply worried".',
      ),
    ).toEqual([
      ["excess volatility", "G7"],
      ["deeply worried", "EU"],
    ]);
  });
});

describe("after the twelfth blind set's scoring", () => {
  it("dates two days of a month with the year written once, and no decade", () => {
    expect(
      datesOf(
        "The prize comes after the bombings of Orlan on August 6 and 9, 1945. He was paid in the 1980s after he had agreed.",
        "2005-12-10",
      ),
    ).toEqual([
      ["August 6", "1945-08-06"],
      ["9, 1945", "1945-08-09"],
    ]);
  });

  it("dates no 'Today' that opens a quoted sentence told in the present, and a 'Today' told in the past or ahead", () => {
    expect(
      datesOf(
        '"Today, eight or nine countries possess such weapons," he said. "Today I called the ministry," she said. "Today we will sign it," he said.',
        "2005-12-10",
      ),
    ).toEqual([
      ["Today", "2005-12-10"],
      ["Today", "2005-12-10"],
    ]);
  });

  it("reads a level after a change in its '-ing' or phrasal form, by a fraction of a point", () => {
    expect(
      figureLabels("Figures showed the unemployment rate moving upward a tenth of a point to 5.0 percent."),
    ).toContainEqual(["5.0 percent", "unemployment rate", "per cent"]);
  });

  it("reads a model number inside what is counted, and a currency after a people's name", () => {
    expect(
      figureLabels(
        "The board said it would acquire 115 of the new Boeing 787 Dreamliners.",
        "The prize carries 10 million Swedish kronor.",
      ),
    ).toEqual([
      ["115", "Boeing 787 Dreamliners", "dreamliners"],
      ["10 million", "money", "kronor"],
    ]);
  });
});
