/**
 * Over-reaches a review of the twelfth round found in its new rules (issue 18), each mended: a plural that describes a
 * noun ("the arms trade") is no subject of a verb; a day after "until" or "since" a month stays a day; an age range of
 * things ("some 80 to 100 years old") names them; a count of vehicles is never the count of the people hurt; a sum
 * with its own source is no part of the loan before it; a passive's subject keeps its phrase of time whole; a rise in
 * percent is no share; a hope told in the past lies on either side of publication, and a plural before a past tense
 * is no verb in the present; a person's name before a state's name, or one that a saint's name opens, stays a
 * person's; a poll is a body. Every passage here is INVENTED for these tests; the papers, people and places in it are
 * fictional or used fictionally.
 */
import { describe, expect, it } from "vitest";
import { actorNames, datesOf, figureLabels, speakersOf } from "./read-article.js";

describe("what a number counts", () => {
  it("keeps a plural that describes the noun after it, and reads 'trust' as a poll's answer", () => {
    expect(
      figureLabels(
        "Varnia accounts for about 20 percent of the global arms trade, the institute said.",
        "Gangs control about 60 percent of the drugs trade in the city.",
        "About 30 percent of the armed forces budget goes to pensions.",
        "Only 18 percent trust the government.",
      ),
    ).toEqual([
      ["about 20 percent", "share of the global arms trade", "per cent"],
      ["about 60 percent", "share of the drugs trade", "per cent"],
      ["About 30 percent", "share of the armed forces budget", "per cent"],
      ["18 percent", "share who trust the government", "per cent"],
    ]);
  });

  it("reads no count after 'until', 'through' or 'on' a month, and a count after 'in' a month before a name's plural", () => {
    expect(
      figureLabels(
        "The offer is open until March 31 customers who bought the cars can claim a refund.",
        "Through December 31 applicants may file online.",
        "In May 12 Varnians were killed in the raids.",
        "In June 40 percent of voters backed the plan.",
      ),
    ).toEqual([
      ["12", "Varnians", "varnians"],
      ["40 percent", "share of voters", "per cent"],
    ]);
  });

  it("names the things an age range is of, without their number or qualifier", () => {
    expect(
      figureLabels(
        "The houses, some 80 to 100 years old, were flattened.",
        "The four children, two to nine years old, were rescued.",
      ),
    ).toEqual([
      ["some 80", "age of the youngest houses", "years"],
      ["100 years old", "age of the oldest houses", "years"],
      ["four", "children", "children"],
      ["two", "age of the youngest children", "years"],
      ["nine years old", "age of the oldest children", "years"],
    ]);
  });

  it("counts people hurt, never the vehicles or the gunmen of the clause before", () => {
    expect(
      figureLabels(
        "Three buses collided on the motorway and 40 were hurt.",
        "Two car bombs exploded in central Orlan and 39 were injured, police said.",
        "Police said two gunmen opened fire on the crowd and 12 were killed.",
      ),
    ).toEqual([
      ["Three", "buses", "buses"],
      ["40", "people hurt", "people"],
      ["Two", "car bombs", "bombs"],
      ["39", "people injured", "people"],
      ["two", "gunmen opened fire", "gunmen"],
      ["12", "people killed", "people"],
    ]);
  });

  it("reads 3 drams of whisky as no money, and a sum from its own source as no part of the loan", () => {
    expect(
      figureLabels(
        "The festival served 3 drams of whisky to each guest.",
        "Varnia received a $3 billion loan from the IMF and an additional $1.2 billion from Gulf states.",
      ),
    ).toEqual([
      ["3", "drams of whisky", "drams"],
      ["$3 billion", "loan", "dollars"],
      ["$1.2 billion", "money", "dollars"],
    ]);
  });

  it("keeps a passive's subject whole, its phrase of time included, and reads a sentence's opening 'The'", () => {
    expect(
      figureLabels(
        "The company said the loss for the year to March was estimated at 5 billion yen.",
        "The net loss in the year to March was estimated at 7 billion yen.",
        "The crowd at the rally in Orlan was estimated at 10,000.",
      ),
    ).toEqual([
      ["5 billion", "loss", "yen"],
      ["7 billion", "net loss", "yen"],
      ["10,000", "crowd at the rally in Orlan", ""],
    ]);
  });

  it("reads a rise in percent as no share, and a poll's share of those the sentence opens with in any case", () => {
    expect(
      figureLabels(
        "Americans are paying 20 percent more for gasoline than a year ago.",
        "Women are more likely than men to back Lane, 58 percent to 41 percent.",
      ),
    ).toEqual([
      ["20 percent", "per cent", "per cent"],
      ["58 percent", "share of women", "per cent"],
      ["41 percent", "share of women", "per cent"],
    ]);
  });

  it("ends whom a margin of error is for at 'and', and reads one with no 'plus or minus'", () => {
    expect(
      figureLabels(
        "The poll has a margin of error of plus or minus 3 points for all and 5 points for Democrats.",
        "The margin of error is 3.1 percentage points.",
      ),
    ).toEqual([
      ["3", "margin of error for all", "points"],
      ["5", "points", "points"],
      ["3.1", "margin of error", "points"],
    ]);
  });
});

describe("dates", () => {
  it("read a hope or an intention told in the past on either side of publication", () => {
    expect(datesOf("The team hoped to reach the summit on May 3 but turned back in a storm.", "2016-05-10")).toEqual([
      ["May 3", "2016-05-03"],
    ]);
    expect(
      datesOf("Officials had intended to open the bridge on April 2, but the ceremony was postponed.", "2016-04-20"),
    ).toEqual([["April 2", "2016-04-02"]]);
    expect(datesOf("The minister said he expects to sign the deal on March 22.", "2016-03-10")).toEqual([
      ["March 22", "2016-03-22"],
    ]);
  });

  it("read a plural before a past tense after 'when' as no verb in the present", () => {
    expect(
      datesOf("The clashes began when Varnian forces stormed the camp on April 2, witnesses said.", "2016-04-05"),
    ).toEqual([["April 2", "2016-04-02"]]);
    expect(datesOf("The airport was chaotic before US forces withdrew on Aug. 30.", "2016-09-10")).toEqual([
      ["Aug. 30", "2016-08-30"],
    ]);
  });

  it("read no day or year in a count after a month", () => {
    expect(
      datesOf(
        "In December 3,000 workers went on strike. Since March 2, 14 people have died. In June 40 percent of voters backed it.",
        "2024-03-14",
      ),
    ).toEqual([
      ["December", "2023-12"],
      ["March 2", "2024-03-02"],
      ["June", "2023-06"],
    ]);
  });
});

describe("names", () => {
  it("keep a person named before a state's name, one a saint's name opens, and a poll a body", () => {
    const text =
      "Headline\n\nThe bill drew support from Paul Ryan, Virginia Foxx and Steve Scalise. The account came from John Cohen, Mississippi State's athletic director. \"The vote was rigged,\" said San Lwin, a spokesman for the party. Santa Ono, the university's president, agreed. The Quinnipiac University Poll found Lane leading.";
    expect(actorNames(text, "person")).toEqual([
      "Paul Ryan",
      "Virginia Foxx",
      "Steve Scalise",
      "John Cohen",
      "San Lwin",
      "Santa Ono",
    ]);
    expect(actorNames(text, "organisation")).toContain("Quinnipiac University Poll");
    expect(speakersOf(text)).toEqual([["The vote was", "San Lwin"]]);
  });
});

describe("a name the text gives a place", () => {
  it("is no person where it stands in a quote too", () => {
    const text =
      'Headline\n\n"Orlan and San Bernardo were homegrown," Tomas Varga said. A couple shot dead 14 people in San Bernardo, California, in December.';
    expect(actorNames(text, "person")).toEqual(["Tomas Varga"]);
  });
});

describe("a second review's counterexamples", () => {
  it("end a poll's share before a verb after people nouns and before a clause's end", () => {
    expect(
      figureLabels(
        "Fifty-eight percent of women support Lane, the poll found.",
        "About 40 percent of workers belong to a union.",
        "Just 38 percent of Republicans approve, while 55 percent of Democrats disapprove.",
      ),
    ).toEqual([
      ["Fifty-eight percent", "share of women", "per cent"],
      ["About 40 percent", "share of workers", "per cent"],
      ["38 percent", "share of Republicans", "per cent"],
      ["55 percent", "share of Democrats", "per cent"],
    ]);
  });

  it("read a margin of error only just before its value, never the shares after it", () => {
    expect(
      figureLabels(
        "The poll, which has a margin of error of 3 points, found Lane at 46 percent.",
        "The margin of error was 4 points, and turnout among young voters was 38 percent.",
      ),
    ).toEqual([
      ["3", "margin of error", "points"],
      ["46 percent", "per cent", "per cent"],
      ["4", "margin of error", "points"],
      // (since the fifteenth round "among" stays inside its phrase: the turnout, not the voters)
      ["38 percent", "turnout among young voters", "per cent"],
    ]);
  });

  it("keep a passive subject's phrase of place or name", () => {
    expect(
      figureLabels(
        "The crowd at Trafalgar Square was estimated at 10,000.",
        "The damage from Hurricane Katrina was estimated at $100 billion.",
      ),
    ).toEqual([
      ["10,000", "crowd at Trafalgar Square", ""],
      ["$100 billion", "damage from Hurricane Katrina", "dollars"],
    ]);
  });

  it("count things missing or rescued as the count before them, people only when killed or hurt", () => {
    expect(
      figureLabels(
        "The airline said 3,000 bags were delayed and 400 were missing.",
        "Coastguards said 300 migrants were rescued and 40 were missing.",
      ),
    ).toEqual([
      ["3,000", "bags", "bags"],
      ["400", "bags missing", "bags"],
      ["300", "migrants", "migrants"],
      ["40", "migrants missing", "migrants"],
    ]);
  });

  it("carry a sum's noun to the next sum from another source, and read a share as a vote share", () => {
    expect(
      figureLabels(
        "Varnia will receive loans of $3 billion from the IMF and $1 billion from the World Bank.",
        "The Socialists won a share of 29 percent, their worst result since 1969.",
      ),
    ).toEqual([
      ["$3 billion", "loans", "dollars"],
      ["$1 billion", "loans", "dollars"],
      ["29 percent", "share", "per cent"],
    ]);
  });

  it("read a decimal after a month as a count, and a day before a plural that is no clause's subject", () => {
    expect(figureLabels("In April 3.5 million tourists arrived.")).toContainEqual([
      "3.5 million",
      "tourists",
      "tourists",
    ]);
    expect(
      datesOf(
        "More than 700 people have been charged in January 6 cases, the department said. Families in September 11 lawsuits welcomed the ruling.",
        "2021-12-20",
      ).map(([words]) => words),
    ).toEqual(["January 6", "September 11"]);
  });

  it("date a visit after 'before he visits' ahead, a motive's day behind, and 'had planned' either side", () => {
    expect(datesOf("Lane held talks on Wednesday before he visits Orlan on Friday.", "2016-05-25")).toEqual([
      ["on Wednesday", "2016-05-25"],
      ["on Friday", "2016-05-27"],
    ]);
    expect(
      datesOf("Police said the gunman had wanted to attack the school on May 5 but changed his mind.", "2016-11-20"),
    ).toEqual([["May 5", "2016-05-05"]]);
    expect(
      datesOf("The clashes began when Varnian troops in armoured vehicles entered the camp on April 2.", "2016-04-05"),
    ).toEqual([["April 2", "2016-04-02"]]);
    expect(
      datesOf("Officials had planned to open the bridge on April 2, but the ceremony was postponed.", "2016-04-20"),
    ).toEqual([["April 2", "2016-04-02"]]);
  });

  it("give a people's embassy, police or military its own words", () => {
    expect(
      speakersOf(
        'Headline\n\nThe Kenyan embassy here said: "The visas will be issued." Kenyan police said "two suspects fled".',
      ),
    ).toEqual([
      ["The visas will", "Kenyan embassy"],
      ["two suspects fled", "Kenyan police"],
    ]);
    expect(actorNames("Headline\n\nThe Dutch embassy said it would help.", "state")).toEqual(["Netherlands"]);
  });
});

describe("a third review's counterexamples", () => {
  it("read a count after 'in' a month after a verb of saying or before an aside, and no count of a day's cases", () => {
    expect(
      figureLabels(
        "Officials said in August 12 migrants drowned off the coast.",
        "In March 12 Varnians, including two children, were killed in the raids.",
        "In June 14 migrants reportedly drowned off Orlan.",
      ),
    ).toEqual([
      ["12", "migrants", "migrants"],
      ["12", "Varnians", "varnians"],
      ["two", "children", "children"],
      ["14", "migrants", "migrants"],
    ]);
  });

  it("read a passive's subject before a day or a month, and a sum's label before its phrase of time", () => {
    expect(
      figureLabels(
        "The death toll on Monday was put at 45.",
        "The trade deficit in May was estimated at $2.1 billion.",
        "Its operating loss for April-June was estimated at 40 billion yen.",
      ),
    ).toEqual([
      ["45", "death toll", ""],
      ["$2.1 billion", "trade deficit", "dollars"],
      ["40 billion", "operating loss", "yen"],
    ]);
  });

  it("count people missing after an accident to things, and no singular sum's noun for a sum from elsewhere", () => {
    expect(
      figureLabels(
        "Two boats capsized off Orlan and 40 were missing, the coastguard said.",
        "The charity received a $2 million grant from the state and $500,000 from private donors.",
        "About 15 percent of the police budget goes to overtime.",
      ),
    ).toEqual([
      ["Two", "boats", "boats"],
      ["40", "people missing", "people"],
      ["$2 million", "grant", "dollars"],
      ["$500,000", "money", "dollars"],
      ["About 15 percent", "share of the police budget", "per cent"],
    ]);
  });

  it("read a margin of error after a phrase or an aside", () => {
    expect(
      figureLabels(
        "The margin of error in the survey was 3.5 percentage points.",
        "The margin of error among Democrats is 5 points.",
        "The margin of error, however, is 4 percentage points.",
      ),
    ).toEqual([
      ["3.5", "margin of error", "points"],
      ["5", "margin of error for Democrats", "points"],
      ["4", "margin of error", "points"],
    ]);
  });

  it("date a day after 'the revised budget' ahead, and a wish for a day of this week either side", () => {
    expect(
      datesOf("Talks ended on Wednesday, days before he presents the revised budget on Monday.", "2016-05-25"),
    ).toEqual([
      ["on Wednesday", "2016-05-25"],
      ["on Monday", "2016-05-30"],
    ]);
    expect(datesOf("Republican leaders wanted to hold a vote on Thursday, aides said.", "2016-05-25")).toEqual([
      ["on Thursday", "2016-05-26"],
    ]);
  });

  it("make no body of a city's consulate, a person's police or a rifle, and keep a state before its military", () => {
    const text =
      'Headline\n\nProtests followed the Freddie Gray police custody death. He died in the Benghazi consulate attack. Soldiers armed with G3 rifles guarded it. The Myanmar military said it had "no choice".';
    expect(actorNames(text, "organisation")).toEqual(["Myanmar military"]);
    expect(actorNames(text, "state")).toEqual(["Myanmar"]);
    expect(speakersOf('Headline\n\nOrlan union leaders said the offer was "an insult".')).toEqual([
      ["an insult", null],
    ]);
  });
});
