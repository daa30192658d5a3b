/**
 * What the sixteenth round found (issue 18). Figures: a statistic's level said of a subject set off from its verb
 * by an aside between dashes or by what it is measured against ("as a share of the age group"); a level a noun of
 * change starts from ("a rise in literacy rates from 50 percent").
 * Figures: "one adult in five" is a share of adults; "the wall is 12 feet high", "30 to 40 feet high" and "the
 * height could be 35 to 45 feet" measure the wall's height (the number's own words no longer taken for its subject); "38 out of the 120 seats" is a
 * part of a whole, and "set to win only 12", "with 22" count the seats the sentence counted before; "Ruiz led Hale by seven points" is the margin of her lead.
 * Dates: "the March 3 bombing" after "March 3, 2009" is that day; "who can win the election in November" is ahead, as are a day a rally is "announced for",
 * what reporters "are gearing up for", and "the final on Sunday" after "will be on Friday".
 * Quotes: a "she" stands for a woman named just before, not for one nobody named, of no known gender, who spoke
 * paragraphs earlier; a question or a cry is the words of the one named in the short clause after it ("What now?"
 * Mr. Hale asked.), and of the one after "asked" or "warned" standing just after it ("Why not?" asked Ana Ruiz).
 * A name after a speech verb a comma sets off speaks ("..." for the EU, said Tom Hale); a cry's comma inside its
 * marks ("Go, go!!!,") ends no sentence.
 * A "he" is never the one the verb after it addresses ("he told Ivo Brandt").
 * A communique or declaration no one is named to have written is the words of the gathering the story named.
 * Names: a body's name cut by its own commas before its initials is one name ("United Nations Educational,
 * Scientific and Cultural Organization (UNESCO)"); a letter's accent written apart, as a combining mark ("Jose\u0301"), stays in its word.
 * Every passage here is INVENTED for these tests; the bodies, people and places in it are fictional.
 */
import { describe, expect, it } from "vitest";
import { actorNames, article, datesOf, figureLabels, figuresOf, speakersOf } from "./read-article.js";

describe("a statistic's level", () => {
  it("is said of the subject before an aside set off by dashes", () => {
    expect(
      figureLabels(
        "School attendance rates -- a common measure of investment in the young -- shot up to 91 percent in 2003.",
      ),
    ).toEqual([["91 percent", "school attendance rates", "per cent"]]);
  });

  it("is said of the subject, not of what it is measured against", () => {
    expect(
      figureLabels(
        "Public debt as a share of economic output went up to 84 percent last year.",
        "Kesh's spending as a percentage of GDP slipped to 31 percent.",
      ),
    ).toEqual([
      ["84 percent", "public debt", "per cent"],
      ["31 percent", "Kesh's spending", "per cent"],
    ]);
  });

  it("is said of what a noun of change names, from the level it started at to the one it came to", () => {
    expect(
      figureLabels(
        "The plan contributed to a rise in vaccination rates from 40 percent in 1998 to 70 percent in 2003.",
      ),
    ).toEqual([
      ["40 percent", "vaccination rates", "per cent"],
      ["70 percent", "vaccination rates", "per cent"],
    ]);
  });
});

describe("a pronoun's speaker", () => {
  it("is a person named just before whose name says the pronoun's gender, not one unnamed who spoke earlier", () => {
    expect(
      speakersOf(
        article(
          '"The race is far from over," Tom Reyes\'s campaign manager said after Lena Marsh won the vote.',
          "Most of the state's leaders had endorsed her bid.",
          "Tom Reyes held a rally Saturday while Lena Marsh hosted an event Monday, where she thanked Governor Ivo Brandt.",
          '"I want to mention someone who is not here," she said.',
        ),
      ),
    ).toEqual([
      ["The race is", null],
      ["I want to", "Lena Marsh"],
    ]);
  });

  it("stays the unnamed speaker when no one named just before agrees with the pronoun", () => {
    expect(
      speakersOf(
        article(
          '"We will not stop," a spokeswoman for the campaign said.',
          "Tom Reyes held a rally on Saturday in Varna.",
          '"Nothing has changed," she said.',
        ),
      ),
    ).toEqual([
      ["We will not", null],
      ["Nothing has changed", null],
    ]);
  });
});

describe("a question or a cry, then its speaker", () => {
  it("is the words of the one named in the clause after it, in either order", () => {
    expect(
      speakersOf(
        article(
          '"What does that mean?" Mr. Hale asked.',
          "''Who pays for it?'' Tom Hale asked.",
          '"We won!" Ana Ruiz said.',
          '"Why not now?" asked Ana Ruiz, the mayor.',
          '"Stay away from the river," warned the Varna police chief, Ivo Brandt.',
        ),
      ),
    ).toEqual([
      ["What does that", "Tom Hale"],
      ["Who pays for", "Tom Hale"],
      ["We won!", "Ana Ruiz"],
      ["Why not now?", "Ana Ruiz"],
      ["Stay away from", "Ivo Brandt"],
    ]);
  });

  it("is the words of the one named before a participle's clause that ends the sentence", () => {
    expect(
      speakersOf(
        article(
          '"The bad ones, the gang members?" Tom Hale asked, turning the question into a game for the crowd.',
          "''Who pays for it?'' Mr. Hale asked, repeating a charge - that the mayor was to blame - that he made on Monday.",
        ),
      ),
    ).toEqual([
      ["The bad ones,", "Tom Hale"],
      ["Who pays for", "Tom Hale"],
    ]);
  });

  it("leaves a sentence after it that is no speaker's clause its own", () => {
    expect(speakersOf(article('"It was a mistake to come here." Tom Hale left the room soon after.'))).toEqual([
      ["It was a", null],
    ]);
  });

  it("keeps whom 'asked' and 'warned' address when they follow a speaker", () => {
    expect(speakersOf(article('"Come back," Ana Ruiz asked Tom Hale on Monday.'))).toEqual([["Come back", "Ana Ruiz"]]);
  });
});

describe("a name whose accent is written apart (a combining mark)", () => {
  it("keeps the mark in the name, so that its citation stands in the text", () => {
    const text = article("Jose\u0301 Ruiz told the Varna daily Libe\u0301ration that Ana Mu\u00f1oz would run.");
    expect(actorNames(text, "person")).toEqual(["Jose\u0301 Ruiz", "Ana Mu\u00f1oz"]);
    expect(actorNames(text, "media")).toEqual(["Libe\u0301ration"]);
  });
});

describe("a pronoun followed by a verb of address", () => {
  it("never stands for the one the verb addresses", () => {
    expect(
      speakersOf(
        article(
          "During an interview with Ivo Brandt, Tom Hale spoke about the bridge.",
          '"Is the bridge still in your plans?" Ivo Brandt said.',
          '"I think it could be a mile long," he told Ivo Brandt. "It will get done quickly."',
        ),
      ),
    ).toEqual([
      ["Is the bridge", "Ivo Brandt"],
      ["I think it", "Tom Hale"],
      ["It will get", "Tom Hale"],
    ]);
  });
});

describe("a quotation inside its sentence, then a verb set off by a comma", () => {
  it("is the words of the name after the verb, not of the phrase before the comma", () => {
    expect(
      speakersOf(
        article(
          'The vote signals "the beginning of the end" for the EU, said Tom Hale, founder of the Varna Freedom Party.',
        ),
      ),
    ).toEqual([["the beginning of", "Tom Hale"]]);
  });
});

describe("a cry with its comma inside the marks", () => {
  it("runs on to its speaker after it", () => {
    expect(
      speakersOf(
        article(
          '"Go Tom Hale, go!!!," Varna\'s Northern League leader Ivo Brandt wrote on Facebook. "We are on the same ' +
            'wavelength."',
        ),
      ),
    ).toEqual([
      ["Go Tom Hale,", "Ivo Brandt"],
      ["We are on", "Ivo Brandt"],
    ]);
  });
});

describe("a body's name its own commas cut, before its initials", () => {
  it("is one name when the initials are those of the whole", () => {
    const text = article(
      "The meeting was co-hosted by the United Provinces Educational, Scientific and Cultural Organization (UPESCO) " +
        "and the Kesh ministry. Ana Ruiz of the Varna Council, and Kesh Trade Office (KTO) spoke.",
    );
    const names = actorNames(text, "organisation");
    expect(names).toContain("United Provinces Educational, Scientific and Cultural Organization");
    expect(names).not.toContain("Scientific and Cultural Organization");
    // (a body before a comma whose initials are no part of the bracket's stays a body of its own)
    expect(names).toContain("Varna Council");
    expect(names).toContain("Kesh Trade Office");
  });
});

describe("a communique whose author the text does not name", () => {
  it("is the words of the meeting or summit the story named before", () => {
    expect(
      speakersOf(
        article(
          "The 3rd Varna Group Meeting on Clean Water finished here Thursday.",
          'The meeting opened Tuesday night, "and takes place at the end of a dry year," said a final communique.',
          "Ten countries have built new wells, and more are planned.",
          'The communique also called for "new investment" in water.',
        ),
      ),
    ).toEqual([
      // (the name stops before "on": a known limit of the names)
      ["and takes place", "Varna Group Meeting"],
      ["new investment", "Varna Group Meeting"],
    ]);
  });
});

describe("a share with its noun between the two numbers", () => {
  it("is a share of those the noun names, when a verb or a pause follows", () => {
    expect(
      figuresOf(
        "The report called a situation in which one adult in five lacks reading skills unacceptable.",
        "One child in four lives in poverty, and two voters out of three backed the plan.",
      ).map((f) => [f.wording, f.value, f.counts]),
    ).toEqual([
      ["one adult in five", 0.2, "share of adults"],
      ["One child in four", 0.25, "share of children"],
      ["two voters out of three", 0.67, "share of voters who backed the plan"],
    ]);
  });

  it("leaves a count of one thing in a number of others counts", () => {
    expect(figureLabels("Rebels killed one soldier in two attacks near Varna.")).toEqual([
      ["one", "soldier", "soldier"],
      ["two", "attacks", "attacks"],
    ]);
  });
});

describe("a length said of what it measures", () => {
  it("is the height, width or length of the subject before its number, a range's lower value too", () => {
    expect(
      figureLabels(
        "The fence will be 30 to 40 feet high.",
        "The old wall is 12 feet high.",
        "He said the height could be 35 to 45 feet.",
      ),
    ).toEqual([
      ["30", "height of the fence", "feet"],
      ["40 feet", "height of the fence", "feet"],
      ["12 feet", "height of the old wall", "feet"],
      ["35", "height", "feet"],
      ["45 feet", "height", "feet"],
    ]);
  });
});

describe("seats and other counts written short", () => {
  it("reads a part 'out of the' whole, and a number ending its clause after a verb of winning or 'with'", () => {
    expect(
      figureLabels(
        "The Kesh Party won 38 out of the 120 seats at the last election but is set to win only 12.",
        "The Varna Party was on course to win the most, with 39 seats, ahead of Labour with 22.",
      ).map(([wording, counts]) => [wording, counts]),
    ).toEqual([
      ["38", "seats"],
      ["120", "seats"],
      ["12", "seats"],
      ["39", "seats"],
      ["22", "seats"],
    ]);
  });
});

describe("a lead's margin", () => {
  it("is the margin of one side's lead over the other, named before 'by'", () => {
    expect(
      figureLabels(
        "Ana Ruiz led Tom Hale by roughly 20 percentage points with most precincts reporting.",
        "The April survey found Ruiz leading Hale by seven points.",
        "Hale trails Ruiz by 4 points in the latest poll.",
      ).map(([wording, counts]) => [wording, counts]),
    ).toEqual([
      ["roughly 20", "margin of Ana Ruiz's lead over Tom Hale"],
      ["seven", "margin of Ruiz's lead over Hale"],
      ["4", "margin by which Hale trails Ruiz"],
    ]);
  });
});

describe("dates", () => {
  it("gives a day named again without its year the year the article wrote it with", () => {
    expect(
      datesOf(
        [
          "He blamed the mayor for the bombing of March 3, 2009.",
          "Later in the day he held a rally in Varna, and more than 2,000 people came to hear him speak.",
          "He added that praising the mayor for what happened after the March 3 bombing was wrong.",
          "The mayor defended his response to the March 3 bombing.",
        ].join("\n\n"),
        "2016-02-17",
      ).filter(([wording]) => wording !== "Later in the day"),
    ).toEqual([
      ["March 3, 2009", "2009-03-03"],
      ["March 3", "2009-03-03"],
      ["March 3", "2009-03-03"],
    ]);
  });

  it("reads a month after a relative clause's modal of what may yet be as ahead", () => {
    expect(
      datesOf("He argued for nominating a candidate who can win the general election in November.", "2016-02-17"),
    ).toEqual([["November", "2016-11"]]);
    // (a past tense after the modal keeps it behind)
    expect(datesOf("He praised a mayor who may have saved the town in November.", "2016-02-17")).toEqual([
      ["November", "2015-11"],
    ]);
  });
});

describe("days ahead", () => {
  it("reads a day something is called for, or made ready for in the present, as ahead", () => {
    expect(datesOf("Rallies were also announced for Sunday in the north.", "2005-12-10")).toEqual([
      ["Sunday", "2005-12-11"],
    ]);
    expect(
      datesOf(
        "Reporters are gearing up for the Varna conference on Friday, and the summit over the weekend.",
        "2006-11-02",
      ),
    ).toEqual([
      ["on Friday", "2006-11-03"],
      ["over the weekend", "2006-11-04~"],
    ]);
    // (a making ready told in the past is no sign of what is ahead)
    expect(datesOf("Police were preparing for a protest on Friday when the bomb went off.", "2005-12-10")).toEqual([
      ["on Friday", "2005-12-09"],
    ]);
  });

  it("gives a clause whose verb is left out, after a day ahead, the same side", () => {
    expect(datesOf("The semi-finals will be on Friday and the final on Sunday.", "2006-11-02")).toEqual([
      ["on Friday", "2006-11-03"],
      ["on Sunday", "2006-11-05"],
    ]);
  });
});

describe("quotes after the sixteenth blind set (spent)", () => {
  it("gives a participle's quotation to the person a phrase in commas stands in apposition to", () => {
    expect(
      speakersOf(
        article(
          '"Results are interesting," Tom Hale, a political analyst, said, adding "there are some surprising things."',
          '"The first phase only confirms what many expected," Hale analyzed.',
        ),
      ),
    ).toEqual([
      ["Results are interesting", "Tom Hale"],
      ["there are some", "Tom Hale"],
      ["The first phase", "Tom Hale"],
    ]);
  });
});

describe("a comparison's gerund", () => {
  it("is no one's speech: the quotation is the words of the one whose verb of speech the sentence opens with", () => {
    expect(
      speakersOf(
        article(
          "Jeb Hale brought his brother, the former president Ivo Hale, to the rally.",
          'Growing sharper, Tomas Greer continued: "The worst attack ever? It was during his presidency." He added ' +
            'that praising the former president for what came after was like saying the opposing team "scored 19 runs ' +
            'in the first inning."',
        ),
      ),
    ).toEqual([
      ["The worst attack", "Tomas Greer"],
      ["scored 19 runs", "Tomas Greer"],
    ]);
  });
});

describe("USA TODAY's credit line at a story's end", () => {
  it("names no one ('Contributing: Ray Locker.'), though a sentence that starts so in the story still may", () => {
    expect(
      actorNames(article("Tomas Brandt said the vote would be close.", "Contributing: Ivo Kern."), "person"),
    ).toEqual(["Tomas Brandt"]);
    expect(
      actorNames(article("Contributing: Ivo Kern said the vote would be close, and Ana Ruiz agreed."), "person"),
    ).toEqual(["Ivo Kern", "Ana Ruiz"]);
  });
});

describe("a website named after its noun", () => {
  it("is no person: the noun a wire capitalises is no part of its name", () => {
    const text = article("A pro-rebel Website KeshNet said the army attacked the town on Monday.");
    expect(actorNames(text, "person")).toEqual([]);
    expect(actorNames(text, "organisation")).toEqual(["KeshNet"]);
  });
});
