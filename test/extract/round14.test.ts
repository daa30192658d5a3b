/**
 * What the fourteenth round found (issue 18). Quotes: a "she" whose sentence names no one and whom no one in focus
 * agrees with stands for the one person the sentence before names; what a document "found" is its authors' words; a
 * body that "sent out" a release speaks through it. Names: "Later" and "Earlier" opening a sentence, and a party's
 * member written before the name ("Conservative Graham Brady"), are not part of the name.
 * Every passage here is INVENTED for these tests; the bodies, people and places in it are fictional.
 */
import { describe, expect, it } from "vitest";
import { actorNames, article, datesOf, figureLabels, figuresOf, readArticle, speakersOf } from "./read-article.js";

describe("a pronoun whose sentence names no one", () => {
  it("stands for the one person of its gender the sentence before names", () => {
    expect(
      speakersOf(
        article(
          'Mark Bell, the mayor, said the works would start soon. "We are ready," he said.',
          "He was joined on the call by Taryn Voss, president of the advocacy group Clearwater. She said Bell " +
            '"has done nothing beyond protecting his own seat."',
        ),
      ),
    ).toEqual([
      ["We are ready", "Mark Bell"],
      ["has done nothing", "Taryn Voss"],
    ]);
  });

  it("is left to the editor when the sentence before names several who agree with it", () => {
    const quotes = readArticle(
      article(
        'Mark Bell said the works would start soon. "We are ready," he said.',
        "The council's email about the works went to Ana Ruiz and to Lena Ortis, the mayor's aide. " +
          'She said it "worries me about the budget."',
      ),
    ).quotes;
    const last = quotes.at(-1);
    expect(last?.quote.text).toBe("worries me about the budget.");
    expect(last?.speaker).toBeUndefined();
  });
});

describe("documents and bodies that speak through them", () => {
  it("give what a report 'found' to the body it is from", () => {
    expect(
      speakersOf(
        article(
          "A Budget Office report released last year found that " +
            '"the agency could not account for travel or catering."',
        ),
      ),
    ).toEqual([["the agency could", "Budget Office"]]);
  });

  it("do not make 'found' a verb of speech without a document ('police found that')", () => {
    const quotes = readArticle(
      article('Police in Kesh found that the door had been "forced open" before the fire.'),
    ).quotes;
    expect(quotes.map((q) => q.speaker?.name ?? null)).not.toContain("Police");
  });

  it("give a release a body 'sent out' to that body", () => {
    expect(
      speakersOf(
        article('The Birch Council sent out a press release saying that "the hills need new roads by spring."'),
      ),
    ).toEqual([["the hills need", "Birch Council"]]);
  });
});

describe("words before a name that are not the name", () => {
  it("leave out 'Later' and 'Earlier' opening a sentence", () => {
    expect(
      actorNames(article("Mark Bell spoke first. Later Anna Reyes, a nurse, spoke.", "Earlier Bo Diaz ran."), "person"),
    ).toEqual(["Mark Bell", "Anna Reyes", "Bo Diaz"]);
  });

  it("give a party's member written before the name as a title", () => {
    const actors = readArticle(
      article("Conservative Graham Brady said no.", "Republican Sam Ortiz disagreed, and Democrat Ann Lowe spoke."),
    ).actors.filter((a) => a.kind === "person");
    expect(actors.map((a) => [a.name, a.titles])).toEqual([
      ["Graham Brady", ["Conservative"]],
      ["Sam Ortiz", ["Republican"]],
      ["Ann Lowe", ["Democrat"]],
    ]);
  });

  it("keep a party word that opens a body's name", () => {
    expect(actorNames(article("The Republican National Committee met in Kesh."), "organisation")).toEqual([
      "Republican National Committee",
    ]);
  });
});

describe("an adverb in -ly after a number", () => {
  it("counts nothing: the change is in what the sentence says changed", () => {
    expect(
      figureLabels(
        "Prices rose 5 percent annually since 2010.",
        "The two firms lost 3 percent and 4 percent respectively.",
        "Output jumped 7 percent sequentially.",
      ),
    ).toEqual([
      ["5 percent", "rise in prices", "per cent"],
      ["3 percent", "fall in two firms", "per cent"],
      ["4 percent", "fall in two firms", "per cent"],
      ["7 percent", "jump in output", "per cent"],
    ]);
  });

  it("is kept where it describes what is counted, or stands for it", () => {
    expect(
      figureLabels(
        "The chain owns 30 daily newspapers.",
        "About 300 family members came.",
        "The state cut its 29-day early voting period.",
        "The home cares for 30 elderly in Kesh.",
      ),
    ).toEqual([
      ["30", "daily newspapers", "newspapers"],
      ["About 300", "family members", "members"],
      ["29-day", "length of the early voting period", "days"],
      ["30", "elderly", "elderly"],
    ]);
  });
});

describe("what opens a sentence in the label of a change", () => {
  it("is lowered when it is the whole subject and a common noun, kept when it names a body, a people or a place", () => {
    expect(figureLabels("Prices rose 4 percent in May.", "Inflation rose 2 percent.")).toEqual([
      ["4 percent", "rise in prices", "per cent"],
      ["2 percent", "rise in inflation", "per cent"],
    ]);
    // (a review's counterexamples: a brand or a people's word before the noun keeps its capital)
    expect(
      figureLabels("Shell profits fell 20 percent.", "French exports fell 3 percent.", "Retail sales rose 4 percent."),
    ).toEqual([
      ["20 percent", "fall in Shell profits", "per cent"],
      ["3 percent", "fall in French exports", "per cent"],
      ["4 percent", "rise in Retail sales", "per cent"],
    ]);
  });
});

describe("titles of occupation and the papers people write for", () => {
  it("split an office written before the name ('Indiana State Veterinarian Bret Marsh')", () => {
    const actors = readArticle(
      article(
        '"The herd is safe," said Kesh State Veterinarian Bret Marsh.',
        "Varnia State Geologist Ann Cole agreed.",
      ),
    ).actors.filter((a) => a.kind === "person");
    expect(actors.map((a) => [a.name, a.titles])).toEqual([
      ["Bret Marsh", ["Kesh State Veterinarian"]],
      ["Ann Cole", ["Varnia State Geologist"]],
    ]);
    expect(speakersOf(article('"The herd is safe," said Kesh State Veterinarian Bret Marsh.'))).toEqual([
      ["The herd is", "Bret Marsh"],
    ]);
  });

  it("read a paper by its head word, after a hyphen too ('the Clarion-Ledger', 'the Kesh Courier')", () => {
    expect(
      actorNames(
        article("He wrote for the Harrow-Ledger, the state's largest newspaper, and later for the Kesh Courier."),
        "media",
      ),
    ).toEqual(["Harrow-Ledger", "Kesh Courier"]);
  });

  it("give a piece written for a paper to no one, and let a 'he' after it stand for its writer", () => {
    const quotes = readArticle(
      article(
        "Mark Dunn practices law in Ripley. He recently wrote a commentary for the Harrow-Ledger, the state's " +
          'largest newspaper, mocking party leaders as "obsessed" with power.',
        '"The politics are just so blatant" in the legislature, he said in an interview.',
      ),
    ).quotes;
    expect(quotes.map((q) => [q.quote.text, q.speaker?.name ?? null])).toEqual([
      ["obsessed", null],
      ["The politics are just so blatant", "Mark Dunn"],
    ]);
  });
});

describe("sums in brackets and sums short", () => {
  it("read 'N US' in brackets after an amount as the same amount in US dollars", () => {
    expect(
      figureLabels(
        "He misclaimed some 7,000 dollars (5,500 US) for travel allowances.",
        "The officer earns 1,000 yuan (130 US) a month.",
        "He was one of 12 (US) delegates.",
      ),
    ).toEqual([
      ["some 7,000", "money for travel allowances", "dollars"],
      ["5,500", "money for travel allowances", "dollars"],
      ["1,000", "earnings per month", "yuan"],
      ["130", "earnings per month", "dollars"],
      ["12", "delegates", "delegates"],
    ]);
  });

  it("read a sum 'short' of another as the subject's shortfall", () => {
    expect(
      figureLabels(
        "The host committee remains about $7.5 million short of the $64 million it must raise.",
        "The budget fell 200 million euros short of its goal.",
      ).slice(0, 1),
    ).toEqual([["about $7.5 million", "shortfall of host committee", "dollars"]]);
    expect(figureLabels("The budget fell 200 million euros short of its goal.")).toEqual([
      ["200 million", "shortfall of budget", "euros"],
    ]);
  });
});

describe("a date prepared for", () => {
  it("is ahead of the preparing: on either side of publication when that was done in the past", () => {
    expect(
      datesOf(
        "The day before, 40 unarmed soldiers drove into the army headquarters to prepare for the changing of the " +
          "guard on midnight June 30 after 156 years of colonial rule.",
        "1997-04-22",
      ),
    ).toContainEqual(["midnight June 30", "1997-06-30"]);
    expect(datesOf("Troops are preparing for the vote on May 3.", "1997-04-22")).toContainEqual([
      "May 3",
      "1997-05-03",
    ]);
  });
});

describe("dates read from their clause", () => {
  it("take a past tense before the date over a future inside a relative clause after it", () => {
    expect(
      datesOf(
        'The senator was taken to hospital late Thursday suffering from what doctors would describe only as "a condition."',
        "1997-04-11",
      ),
    ).toEqual([["Thursday", "1997-04-10"]]);
  });

  it("are no date where a weekday is a habit ('on Monday nights', 'on Sundays')", () => {
    expect(
      datesOf("He was moved to the network's games on Monday nights, and the shop is closed on Sundays.", "2016-04-21"),
    ).toEqual([]);
    expect(datesOf("He spoke on Monday night.", "2016-04-21")).toEqual([["on Monday night", "2016-04-18"]]);
  });

  it("date a year before a happening's noun ('the 1989 crackdown', 'the 2012 convention')", () => {
    expect(
      datesOf(
        "It revived memories of the 1989 crackdown, and Kesh raised money for the 2012 convention.",
        "2016-06-07",
      ),
    ).toEqual([
      ["1989", "1989"],
      ["2012", "2012"],
    ]);
  });

  it("count 'a day after' a clause back from the date written just before it", () => {
    expect(
      datesOf("The analyst was fired from the network Wednesday, a day after he drew criticism.", "2016-04-21"),
    ).toEqual([
      ["Wednesday", "2016-04-20"],
      ["a day after", "2016-04-19"],
    ]);
    expect(datesOf("The blast on Monday came just a day after the minister returned.", "2016-04-21")).toEqual([
      ["on Monday", "2016-04-18"],
      ["a day after", "2016-04-17"],
    ]);
    expect(datesOf("He arrived Monday and left a day after the summit.", "2016-04-21")).toEqual([
      ["Monday", "2016-04-18"],
    ]);
  });
});

describe("a person of a body", () => {
  it("is the subject who speaks, not the body ('Dr. Ana Ruiz of the Kesh State Department of Health pointed out')", () => {
    expect(
      speakersOf(
        article(
          "Farm prices fell.",
          "Ana Ruiz of the Kesh State Department of Health meanwhile pointed out that a death from the disease was " +
            "not unheard of.",
          '"Kesh has had about five deaths per year from the disease in the last few years."',
        ),
      ),
    ).toEqual([["Kesh has had", "Ana Ruiz"]]);
  });
});

describe("what an amount or a measure is", () => {
  it("is the noun of an amount just before it ('owes an external debt around 3 billion dollars')", () => {
    expect(figureLabels("The country also owes an external debt around 3 billion US dollars.")).toEqual([
      ["around 3 billion", "external debt", "dollars"],
    ]);
  });

  it("is the quantity named before 'of', in its unit ('a production quota of 28 million barrels per day')", () => {
    expect(
      figureLabels(
        "The cartel has a production quota of 28 million barrels per day.",
        "A convoy of 30 trucks arrived.",
      ),
    ).toEqual([
      ["28 million", "production quota (barrels per day)", "barrels"],
      ["30", "trucks", "trucks"],
    ]);
  });
});

describe("shares of a vote", () => {
  it("won by each of two named, in order, in a sentence about a vote", () => {
    expect(
      figureLabels(
        "Ortiz and Lowe obtained 28.3 percent and 19.8 percent respectively in the first round.",
        "Ruiz won 12 percent in the runoff.",
      ),
    ).toEqual([
      ["28.3 percent", "share of the vote for Ortiz", "per cent"],
      ["19.8 percent", "share of the vote for Lowe", "per cent"],
      ["12 percent", "share of the vote for Ruiz", "per cent"],
    ]);
  });

  it("are not read where the sentence tells of no vote", () => {
    expect(figureLabels("Kesh Motors took 20 percent last year.").map(([, counts]) => counts)).not.toContain(
      "share of the vote for Kesh Motors",
    );
  });
});

describe("points", () => {
  it("read 'percentage points' and 'basis points' as a measure's unit, as 'points' is", () => {
    expect(
      figureLabels("The rate fell 2 percentage points.", "The central bank raised rates by 25 basis points."),
    ).toEqual([
      ["2", "fall in rate", "points"],
      ["25", "basis points (increase in rates)", "points"],
    ]);
  });

  it("give the level a decimal change brought its object to ('by 0.1 percentage points to 1.8 percent')", () => {
    expect(figureLabels("The fund raised its growth forecast by 0.1 percentage points to 1.8 percent.")).toEqual([
      ["0.1", "percentage points (increase in growth forecast)", "points"],
      ["1.8 percent", "growth forecast", "per cent"],
    ]);
  });

  it("read a fraction of a point as points", () => {
    expect(
      figureLabels(
        "The jobless rate moved upward a tenth of a point to 5.0 percent.",
        "The forecast is more than half a percentage point below the July forecast.",
      ),
    ).toEqual([
      ["a tenth of a point", "points", "points"],
      ["5.0 percent", "jobless rate", "per cent"],
      ["more than half a percentage point", "points", "points"],
    ]);
  });

  it("read a change after a figure as a change in what the figure measures, past an aside between dashes", () => {
    expect(
      figureLabels("The big economies - which include Kesh and Varnia - will grow 1.6 percent, down 0.2 points."),
    ).toEqual([
      ["1.6 percent", "growth in big economies", "per cent"],
      ["0.2", "fall in growth in big economies", "points"],
    ]);
  });
});

describe("more dates", () => {
  it("date a document or a word of a year by that year ('a 2013 memo', 'a 2011 tweet'), not an annual report", () => {
    expect(
      datesOf("The agency said in a 2013 memo that it was over, and he agreed in a 2011 tweet.", "2016-11-03"),
    ).toEqual([
      ["2013", "2013"],
      ["2011", "2011"],
    ]);
    expect(datesOf("The bank's 1986 annual report said so.", "1987-04-01")).toEqual([]);
  });

  it("read 'earlier in the day' as the day just told of, near publication", () => {
    expect(
      datesOf("Clinton gave a speech in Ohio on Wednesday. Earlier in the day, she met donors.", "2016-11-03"),
    ).toEqual([
      ["on Wednesday", "2016-11-02"],
      ["Earlier in the day", "2016-11-02"],
    ]);
    expect(datesOf("Earlier in the day, she met donors.", "2016-11-03")).toEqual([
      ["Earlier in the day", "2016-11-03"],
    ]);
  });

  it("read 'come Tuesday' as the Tuesday ahead", () => {
    expect(datesOf("Black turnout matters come Tuesday, she said.", "2016-11-03")).toEqual([["Tuesday", "2016-11-08"]]);
  });
});

describe("speakers named again, and subjects with a relative clause", () => {
  it("read a hyphened surname opening a sentence before a speech verb as the person named in full", () => {
    expect(
      speakersOf(
        article(
          'Dame Ann Harrow-Vance, head of the agency, spoke in Kesh. "We are stretched," she said.',
          'Harrow-Vance warned that the threat was "serious" and "growing."',
        ),
      ),
    ).toEqual([
      ["We are stretched", "Dame Ann Harrow-Vance"],
      ["serious", "Dame Ann Harrow-Vance"],
      ["growing.", "Dame Ann Harrow-Vance"],
    ]);
  });

  it("take the phrase a sentence opens with before its relative clause, not a noun inside the clause", () => {
    expect(
      speakersOf(
        article(
          "Demand is weak, the Kesh Reserve's Copper Book survey said Wednesday.",
          "The survey which collects the views of economists, bankers and others in the 12 districts, said most " +
            'regions grew at a "modest or moderate pace."',
          '"We will go," the official who spoke to reporters, Ali Hassan, said.',
        ),
      ),
    ).toEqual([
      ["modest or moderate", "Kesh Reserve"],
      ["We will go", "Ali Hassan"],
    ]);
  });
});

describe("money moved by a verb in -ing", () => {
  it("names the investment or the payment, and the upper end of a range 'N to M' takes the same label", () => {
    expect(
      figureLabels(
        "Investors gain residence by investing $500,000 to more than $1 million to finance a business.",
        "The firm is paying $2 million a month.",
      ),
    ).toEqual([
      ["$500,000", "investment", "dollars"],
      ["more than $1 million", "investment", "dollars"],
      ["$2 million", "payment per month", "dollars"],
    ]);
  });
});

describe("a stretch of one unit of time written 'a'", () => {
  it("is a figure between two happenings ('a day after', 'a week later'), worded with its unit", () => {
    expect(
      figuresOf(
        "He was fired Wednesday, a day after he drew criticism.",
        "A week later, the talks collapsed.",
        "It was a day of mourning.",
      ).map((f) => [f.wording, f.value, f.counts]),
    ).toEqual([
      ["a day", 1, "length of time (days) after"],
      ["A week", 1, "length of time (weeks) later"],
    ]);
  });
});

describe("days counted from another happening", () => {
  it("give no date counted from publication to a stretch opening a past sentence", () => {
    expect(datesOf("A week after the mayor spoke to the council, the mayor proposed a ban.", "2015-12-20")).toEqual([]);
    expect(datesOf("The move comes two weeks after voters approved the plan.", "2006-12-18")).toEqual([
      ["two weeks after", "2006-12-04~"],
    ]);
  });

  it("count a stretch after a day written just before from that day, not from publication", () => {
    expect(datesOf("The vote is on Friday, a day before the holiday begins.", "2016-04-21")).toEqual([
      ["on Friday", "2016-04-22"],
      ["a day before", "2016-04-23"],
    ]);
  });
});

describe("names a thing is called after", () => {
  it("are no one ('Creutzfeldt-Jakob disease', 'the Jim Crow laws'), a person named elsewhere still is", () => {
    expect(
      actorNames(
        article(
          "He died of Kessler-Varn disease, doctors said. The Tom Ruddle laws ended in 1965.",
          "Ann Lowe, a nurse, said the ward was full.",
        ),
        "person",
      ),
    ).toEqual(["Ann Lowe"]);
  });
});

describe("a win-loss record", () => {
  it("gives its wins and its losses, written before 'record' or after 'record of'", () => {
    expect(
      figureLabels("He compiled a record of 216-146 while pitching.", "He had an 11-2 postseason record."),
    ).toEqual([
      ["216", "wins in record", "wins"],
      ["146", "losses in record", "losses"],
      ["11", "wins in postseason record", "wins"],
      ["2", "losses in postseason record", "losses"],
    ]);
  });
});

describe("words a speaker judges something as", () => {
  it("are the judge's after 'as a', and every one listed with 'and'", () => {
    expect(
      speakersOf(article('Anna Ruiz, a trader, dismissed the link as a "ridiculous story" and an "overblown thing."')),
    ).toEqual([
      ["ridiculous story", "Anna Ruiz"],
      ["overblown thing.", "Anna Ruiz"],
    ]);
  });

  it("are the judge's who opens the clause, not a name inside the apposition after it", () => {
    expect(
      speakersOf(
        article(
          'Victor Lane, vice president of the Kesh brokerage firm Dean, Morris Reynolds, dismissed the link as a "ridiculous story."',
        ),
      ),
    ).toEqual([["ridiculous story.", "Victor Lane"]]);
  });
});

describe("a game's score", () => {
  it("gives the winner's score and the loser's, not a count labelled '-2'", () => {
    expect(
      figureLabels("Ruddle pitched seven innings, and the Kesh Hawks won, 4-2.", "Varnia clinched a 3-1 victory."),
    ).toEqual([
      ["seven", "innings", "innings"],
      ["4", "score of the winner", "points"],
      ["2", "score of the loser", "points"],
      ["3", "score of the winner", "points"],
      ["1", "score of the loser", "points"],
    ]);
  });
});

describe("a sum written with its scale joined ('$1million', USA TODAY's style)", () => {
  it("is read with its scale, after the fourteenth blind set", () => {
    expect(figuresOf("Donors gave $64.8million in August.").map((f) => [f.wording, f.value])).toEqual([
      ["$64.8million", 64800000],
    ]);
  });
});

describe("a paper called 'TODAY'", () => {
  it("is no day inside a sentence ('a USA TODAY analysis'), after the fourteenth blind set", () => {
    expect(datesOf("Donors gave more, according to a USA TODAY analysis of the records.", "2016-09-22")).toEqual([]);
  });
});

describe("a role and one name no dictionary knows", () => {
  it("split the role off the name ('First Deputy Prime Minister Ramzan'), not a dateline's place in capitals", () => {
    const actors = readArticle(
      article('"We will end the war," First Deputy Prime Minister Ramzan said, after the spent fourteenth blind set.'),
    ).actors.filter((a) => a.kind === "person");
    expect(actors.map((a) => [a.name, a.titles])).toEqual([["Ramzan", ["First Deputy Prime Minister"]]]);
  });
});

describe("a participle that describes a noun before a date", () => {
  it("is no past tense against a future in the relative clause after it (after the fourteenth blind set)", () => {
    expect(
      datesOf(
        "Civic leaders are taking part in Voters Day, a designated day on Nov. 1 during which they will canvass.",
        "2016-09-19",
      ),
    ).toEqual([["Nov. 1", "2016-11-01"]]);
  });
});

describe("the weekend words were said in", () => {
  it("is the weekend gone by, though the words say 'would' (after the fourteenth blind set)", () => {
    expect(
      datesOf("The governor told Kesh-Varnians this weekend he would consider it an insult.", "2016-09-19"),
    ).toEqual([["this weekend", "2016-09-17~"]]);
    expect(datesOf("Leaders will meet this weekend in Paris.", "2016-09-19")).toEqual([
      ["this weekend", "2016-09-24~"],
    ]);
  });
});

describe("a year a share is measured in", () => {
  it("is no happening ('from 15.6 percent in 2002 to 16.2 percent in 2005'), as the answer keys read it", () => {
    expect(
      datesOf("Prevalence among adults rose from 15.6 percent in 2002 to 16.2 percent in 2005.", "2005-11-30"),
    ).toEqual([]);
    expect(datesOf("The survey was first held in 2002.", "2005-11-30")).toEqual([["in 2002", "2002"]]);
  });
});
