/**
 * Two reviews' counterexamples to the fifteenth round's rules (issue 18), each mended and kept here. Every passage is
 * INVENTED for these tests (reviewers' probes; the bodies named are real, the sentences made up).
 */
import { describe, expect, it } from "vitest";
import { article, datesOf, figureLabels, persons, speakersOf } from "./read-article.js";

describe("a body named with its abbreviation in brackets", () => {
  it("does not speak for an envoy to it, or a diplomat close to it", () => {
    expect(
      speakersOf(
        article(
          '"The danger is real," Iran\'s ambassador to the International Atomic Energy Agency (IAEA) told reporters.',
          '"Talks have stalled," a diplomat close to the International Atomic Energy Agency (IAEA) told Reuters.',
        ),
      ).map(([, speaker]) => speaker),
    ).not.toContain("International Atomic Energy Agency");
  });

  it("leaves a person of the body the speaker", () => {
    expect(
      speakersOf(
        article(
          '"The outbreak is not under control," Maria Kerkhove of the World Health Organization (WHO) told reporters.',
        ),
      ),
    ).toEqual([["The outbreak is", "Maria Kerkhove"]]);
  });

  it("speaks where it opens its clause, its abbreviation in mixed case or a ticker", () => {
    expect(
      speakersOf(
        article(
          '"Children are dying every day," the United Nations Children\'s Fund (Unicef) said.',
          '"Oil demand will keep growing," Kesh Oil Corp (KOC.N) said on Tuesday.',
          'On Monday, the World Health Organization (WHO) said: "We are worried about this."',
        ),
      ),
    ).toEqual([
      ["Children are dying", "United Nations Children's Fund"],
      ["Oil demand will", "Kesh Oil Corp"],
      ["We are worried", "World Health Organization"],
    ]);
  });
});

describe("a vote's tally side by side", () => {
  it("is no vote in a poll, after a share, or where the first side has a noun the second shares", () => {
    expect(
      figureLabels(
        "A majority of those polled approved of the plan, with 620 in favour and 300 against.",
        "Shareholders approved the merger on Tuesday, with 89 percent in favour and 11 against.",
        "The bill passed its second reading with 310 MPs in favour and 260 against.",
      ).filter(([, counts]) => /votes/.test(counts ?? "")),
    ).toEqual([]);
  });

  it("is no vote for a price that 'passed' a level", () => {
    expect(
      figureLabels("The shares passed $200 on Tuesday, with 12 analysts in favour of buying and 3 against.").filter(
        ([, counts]) => /votes/.test(counts ?? ""),
      ),
    ).toEqual([]);
  });

  it("reads 'voting in favor', 'voted in favour' and 'votes for'", () => {
    expect(
      figureLabels(
        "The Senate passed the bill with 61 voting in favor and 38 against.",
        "In the referendum, 1.2 million voted in favour and 800,000 against the new constitution.",
        "The resolution was adopted with 141 votes for, 5 against and 35 abstentions.",
      ),
    ).toEqual([
      ["61", "votes in favour", "votes"],
      ["38", "votes against", "votes"],
      ["1.2 million", "votes in favour", "votes"],
      ["800,000", "votes against", "votes"],
      ["141", "votes in favour", "votes"],
      ["5", "votes against", "votes"],
      ["35", "abstentions", "abstentions"],
    ]);
  });
});

describe("'the company' and 'the organization'", () => {
  it("is no company named before another body was", () => {
    expect(
      speakersOf(
        article(
          "The report was first published by BuzzFeed.com on Sunday.",
          "The Federal Trade Commission said on Monday it had opened an inquiry into the drug maker. " +
            '"We are cooperating fully," the company said.',
        ),
      ),
    ).toEqual([["We are cooperating", null]]);
  });

  it("is the body in focus that is no public office", () => {
    expect(
      speakersOf(
        article(
          "Human Rights Watch said on Tuesday that at least 40 people had been detained. The Interior Ministry denied " +
            'the claim. "These arrests are arbitrary and must stop," the organization said.',
        ),
      ),
    ).toEqual([["These arrests are", "Human Rights Watch"]]);
  });
});

describe("a relative clause longer than an apposition", () => {
  it("belongs to the person opening the clause, not to one the clause's verb acts on", () => {
    expect(
      speakersOf(
        article(
          "Police have arrested Ana Ruiz, who is accused of embezzling millions of dollars from the children's charity " +
            'she founded in the capital in 2009, said Interior Minister Mark Delaney, calling her "a danger to the public."',
        ),
      ),
    ).toEqual([["a danger to", "Mark Delaney"]]);
  });

  it("is reached past when the quotation comes first", () => {
    expect(
      speakersOf(
        article(
          "Donald Tramp spoke on Friday.",
          '"He happens to be, we believe, Mexican," Tramp, who previously questioned whether Curiel\'s heritage made ' +
            "him biased due to Tramp's support for building a wall on the southern border, said Friday.",
        ),
      ),
    ).toEqual([["He happens to", "Donald Tramp"]]);
  });
});

describe("a short quotation standing alone", () => {
  it("is the words of the person the sentence before is about, and 'Mr. Delaney said' keeps a short one", () => {
    expect(
      speakersOf(
        article(
          '"We have done everything we could," Finance Minister Ana Ruiz told reporters after the talks. Opposition ' +
            'leader Mark Delaney disagreed. "That is nonsense."',
          'Tom Hale arrived late. "No comment," Mr. Hale said.',
        ),
      ),
    ).toEqual([
      ["We have done", "Ana Ruiz"],
      ["That is nonsense.", "Mark Delaney"],
      ["No comment", "Tom Hale"],
    ]);
  });
});

describe("dates in a clause whose verb is left out", () => {
  it("are in the year of the day of the clause before, when near it", () => {
    expect(datesOf("Michigan held its primary on March 8, and Ohio and Florida on March 15.", "2016-03-10")).toEqual([
      ["March 8", "2016-03-08"],
      ["March 15", "2016-03-15"],
    ]);
    expect(
      datesOf(
        "The agency installed Ma Lin as bishop on April 30 in Varna province, Wang Fei in Orla province on May 7 and " +
          "Liu Hong in Kesh province on May 3 despite objections.",
        "2006-12-01",
      ),
    ).toEqual([
      ["April 30", "2006-04-30"],
      ["May 7", "2006-05-07"],
      ["May 3", "2006-05-03"],
    ]);
  });
});

describe("a weekday after a time of day", () => {
  it("keeps 'noon Friday' whole, and reads the weekday before a comma", () => {
    expect(
      datesOf(
        "The ultimatum expires at noon Friday. Talks broke down into the night Tuesday, diplomats said. The storm " +
          "made landfall at mid-afternoon Saturday, forecasters said.",
        "2026-03-19",
      ).map(([words]) => words),
    ).toEqual(["noon Friday", "Tuesday", "Saturday"]);
  });
});

describe("names the reviews found the round's rules did not reach", () => {
  it("reads a speaker past a generational suffix's full stop and a leading initial", () => {
    expect(
      speakersOf(
        article(
          '"We were outgunned," Marcus Whitlock Jr. said on Tuesday.',
          '"We will appeal," said J. Tavish Korrin, a lawyer for the company.',
        ),
      ),
    ).toEqual([
      ["We were outgunned", "Marcus Whitlock Jr"],
      ["We will appeal", "J. Tavish Korrin"],
    ]);
  });

  it("makes the name after a role 'of the state oil company,' a person", () => {
    expect(
      persons(
        article("The managing director of the state oil company, Akbar Torkani, said on Tuesday output would rise."),
      ).map(([name]) => name),
    ).toEqual(["Akbar Torkani"]);
  });

  it("reads a relative clause its closing comma left out as an apposition", () => {
    expect(
      speakersOf(
        article(
          '"We have not received any request," Ana Ruiz, who heads the Kesh branch of the Red Crescent Society (KRCS) said.',
        ),
      ),
    ).toEqual([["We have not", "Ana Ruiz"]]);
  });
});

describe("a third review's counterexamples", () => {
  it("lets a body with its abbreviation speak after a possessive or an adjective", () => {
    expect(
      speakersOf(
        article(
          '"The rains have failed for a third season," Kenya\'s National Drought Management Authority (NDMA) said.',
          '"The outbreak is spreading faster than expected," the Geneva-based World Health Organization (WHO) said.',
        ),
      ),
    ).toEqual([
      ["The rains have", "National Drought Management Authority"],
      ["The outbreak is", "World Health Organization"],
    ]);
  });

  it("gives 'the organization' to a non-profit whose name holds 'Union' or 'Council'", () => {
    expect(
      speakersOf(
        article(
          "The American Civil Liberties Union filed a lawsuit on Tuesday challenging the ban. " +
            '"This policy is unconstitutional," the organization said.',
        ),
      ),
    ).toEqual([["This policy is", "American Civil Liberties Union"]]);
  });

  it("gives a quotation standing alone to the person before only where that sentence tells of an answer", () => {
    expect(
      speakersOf(
        article(
          'Judge Ana Ruiz sentenced Mark Delaney to 12 years in prison. "I am innocent."',
          'Tom Hale, the coach, was sacked on Monday after a run of eight defeats. "It was the right decision for the club."',
        ),
      ).map(([, speaker]) => speaker),
    ).toEqual([null, null]);
  });

  it("reaches a long relative clause after a name with its title", () => {
    expect(
      speakersOf(
        article(
          '"We will win this election," former Prime Minister Tom Hale, who led the country for a decade before losing ' +
            "a confidence vote in 2019 amid a corruption scandal, told supporters on Friday.",
        ),
      ),
    ).toEqual([["We will win", "Tom Hale"]]);
  });

  it("does not make a company or a team a person for a role word after it", () => {
    expect(
      persons(
        article(
          "Ferrovial Airports, the owner of the airport, said passenger numbers rose 5 percent in February.",
          "Kaizer Chiefs, the defending champion, lost 2-0 at home on Saturday.",
        ),
      ),
    ).toEqual([]);
  });

  it("reads a tally after 'adopted', 'approved', with a noun on one side, or its sides apart", () => {
    expect(
      figureLabels(
        "The amendment was adopted with 312 in favour and 104 against.",
        "Lawmakers voted 230 in favour and 190 against, defying opinion polls that showed most voters opposed the deal.",
        "The Senate passed the bill with 61 senators voting in favor and 38 against.",
        "The General Assembly passed the resolution by 141 votes in favour, with 35 abstentions and five against.",
      ),
    ).toEqual([
      ["312", "votes in favour", "votes"],
      ["104", "votes against", "votes"],
      ["230", "votes in favour", "votes"],
      ["190", "votes against", "votes"],
      ["61", "senators", "senators"],
      ["38", "votes against", "votes"],
      ["141", "votes in favour", "votes"],
      ["35", "abstentions", "abstentions"],
      ["five", "votes against", "votes"],
    ]);
  });

  it("removes 'according to the report' and a named speaker's aside before 'would be'", () => {
    expect(
      figureLabels(
        "The average weekly benefit, according to the report, would be $300.",
        "The cost of the project, Hale said, would be $4 billion.",
      ),
    ).toEqual([
      ["$300", "average weekly benefit", "dollars"],
      ["$4 billion", "cost of the project", "dollars"],
    ]);
  });
});
