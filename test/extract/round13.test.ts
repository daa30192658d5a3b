/**
 * What the thirteenth round found (issue 18). Figures: a deal's worth is the deal's, not a phrase that runs back past
 * "for a" ("snubbing a rival for a deal expected to be worth"); a model's number is no count, after a name's possessive
 * ("Veltra's 787 long-haul airliner") or in the plural after a count ("an additional 50 787's": what is counted); a
 * comma between two compound adjectives is inside what a number counts ("65 of the twin-engine, wide-body aircraft").
 * Every passage here is INVENTED for these tests; the firms, people and places in it are fictional or used
 * fictionally.
 */
import { describe, expect, it } from "vitest";
import { actorNames, datesOf, figureLabels, figuresOf, speakersAndPatterns, speakersOf } from "./read-article.js";

describe("what an amount is the worth of", () => {
  it("is the phrase before the verb of worth, not one that runs back past a preposition and 'a'", () => {
    expect(
      figureLabels(
        "Orlan Air chose Veltra, snubbing rival Marbus for a deal expected to be worth some 20 billion dollars.",
        "The airline said the cost of a ticket was worth 400 dollars.",
      ),
    ).toEqual([
      ["some 20 billion", "worth of the deal", "dollars"],
      ["400", "worth of the cost of a ticket", "dollars"],
    ]);
  });
});

describe("a model's number", () => {
  it("after a name's possessive and before one thing is no count; before a plural it counts", () => {
    expect(
      figureLabels(
        "Orlan Air chose Veltra's 787 long-haul airliner for its fleet.",
        "Marbus's 380 superjumbo was late.",
        "Varnia's 36 states voted, and the firm's 500 staff went home.",
      ),
    ).toEqual([
      ["36", "Varnia's states", "states"],
      ["500", "firm's staff", "staff"],
    ]);
  });

  it("in the plural after a count is what is counted, and no count of its own", () => {
    expect(figureLabels("The airline took purchase rights for an additional 50 787's and 12 747s.")).toEqual([
      ["50", "787's", "787's"],
      ["12", "747s", "747s"],
    ]);
  });
});

describe("compound adjectives in a list", () => {
  it("keep a comma between them inside what a number counts", () => {
    expect(figureLabels("Orlan Air is ordering 65 of the twin-engine, wide-body aircraft for delivery.")).toEqual([
      ["65", "twin-engine, wide-body aircraft", "aircraft"],
    ]);
  });
});

describe("verbs of speech", () => {
  it("take in 'charged', 'contended', 'mused' and the like, after the quote or before it", () => {
    expect(
      speakersOf(
        [
          "Headline",
          "",
          '"The count was stolen from us," charged Hadi Morran, an observer in Kesh.',
          "",
          '"It cannot last," Lena Ortis contended on Monday.',
          "",
          'Peter Brandt mused that the plan was "a castle in the air."',
        ].join("\n"),
      ),
    ).toEqual([
      ["The count was", "Hadi Morran"],
      ["It cannot last", "Lena Ortis"],
      ["a castle in", "Peter Brandt"],
    ]);
  });

  it("are no one's words where 'charged' and 'alleged' are no speech", () => {
    expect(
      speakersAndPatterns(
        [
          "Headline",
          "",
          'Attorney General Rui Salas said that three members of the group had been charged with "organized criminal activity."',
        ].join("\n"),
      ),
    ).toEqual([["organized criminal activity.", "Rui Salas", "quote-said-before"]]);
  });

  it("include talking or speaking of a quoted phrase, not a relative clause's 'talking about'", () => {
    expect(
      speakersOf(
        [
          "Headline",
          "",
          'The Varnia Herald struck a similar note, talking of "the minister\'s surrender" and "a spectacular U-turn".',
          "",
          "Mayor Ana Petrov said Tuesday the version her rivals are talking about is “just not true.”",
        ].join("\n"),
      ),
    ).toEqual([
      ["the minister's surrender", "Varnia Herald"],
      ["a spectacular U-turn", "Varnia Herald"],
      ["just not true.", "Ana Petrov"],
    ]);
  });
});

describe("a sum said of a subject", () => {
  it("through 'is projected to be', 'would surpass', 'would add up to' (no bound 'up to' there)", () => {
    expect(
      figureLabels(
        "The deficit for this fiscal year, which ends Sept. 30, is projected to be $544 billion.",
        "Over the decade, shortfalls would add up to $1.5 trillion.",
        "By 2030 the annual deficit would surpass $2 trillion for the first time -- reaching $2.4 trillion.",
        "The bridge could cost up to $5 billion.",
      ),
    ).toEqual([
      ["$544 billion", "deficit for this fiscal year", "dollars"],
      ["$1.5 trillion", "shortfalls", "dollars"],
      ["$2 trillion", "annual deficit", "dollars"],
      ["$2.4 trillion", "annual deficit", "dollars"],
      ["up to $5 billion", "cost of the bridge", "dollars"],
    ]);
  });

  it("against the economy's output is that subject as a share of it, the sum before an 'or' too", () => {
    expect(
      figureLabels(
        "The deficit last year was equal to 2.5 percent of gross domestic product.",
        "Public debt will reach $1.4 trillion, or 4.9 percent of GDP.",
        "Varnia's debt reached an equivalent of about 100 pct of its gross national product.",
        "Exports rose to 30 percent of total sales.",
      ),
    ).toEqual([
      ["2.5 percent", "deficit as a share of gross domestic product", "per cent"],
      ["$1.4 trillion", "public debt", "dollars"],
      ["4.9 percent", "public debt as a share of GDP", "per cent"],
      ["about 100 pct", "share of its gross national product", "per cent"],
      ["30 percent", "share of total sales", "per cent"],
    ]);
  });
});

describe("money and measures with the words around them", () => {
  it("reads an investment in a thing, an area in 'sq-km', a subject with 'alone', a verb after a modal", () => {
    expect(
      figureLabels(
        "The provincial government has invested 56 million yuan (seven million U.S. dollars) in tourism facilities.",
        "Dam builders threaten the 450-sq-km Kesh River Canyon Scenic Area.",
        "Tax revenue alone would be 14 million yuan a year.",
        "The station would bring revenues of more than 81 million yuan.",
        "They poured $2 billion in aid into the region.",
      ),
    ).toEqual([
      ["56 million", "investment in tourism facilities", "yuan"],
      ["seven million", "investment in tourism facilities", "dollars"],
      ["450-sq-km", "area of Kesh River Canyon Scenic Area", "square kilometres"],
      ["14 million", "tax revenue per year", "yuan"],
      ["more than 81 million", "revenues", "yuan"],
      ["$2 billion", "aid", "dollars"],
    ]);
  });

  it("keeps a place's capital when its name is a dictionary word", () => {
    expect(figureLabels("Turkey exports rose to $5 billion.", "Voter turnout was 59.8 percent.")).toEqual([
      ["$5 billion", "Turkey exports", "dollars"],
      ["59.8 percent", "voter turnout", "per cent"],
    ]);
  });
});

describe("dates told by the words next to them", () => {
  it("reads a weekday's possessive as the nearer one, whatever the tense of its clause", () => {
    expect(
      datesOf(
        "The results of Tuesday's primaries will force a rethink. Saturday's match will decide the title.",
        "2016-04-28",
      ),
    ).toEqual([
      ["Tuesday", "2016-04-26"],
      ["Saturday", "2016-04-30"],
    ]);
  });

  it("reads a schedule told in the present in a relative clause as ahead", () => {
    expect(
      datesOf(
        "The deficit for this fiscal year, which ends Sept. 30, is projected to be $544 billion. The offer, which expires on Friday, stands.",
        "2016-01-20",
      ),
    ).toEqual([
      ["Sept. 30", "2016-09-30"],
      ["on Friday", "2016-01-22"],
    ]);
  });
});

describe("words from a document", () => {
  it("are its author's: a body named before its noun, or the last document whose author was named", () => {
    expect(
      speakersOf(
        [
          "Headline",
          "",
          "An incident near a convoy of the Kesh Stabilisation Force (KSF) killed a civilian, a KSF statement said on Thursday.",
          "",
          '"The driver subsequently lost control of the van," the statement said.',
          "",
          "Separately, the Varnia Reserve Bank's monthly survey said growth slowed.",
          "",
          '"Outlooks were mostly optimistic, although contacts in a few districts expressed concern," according to the report.',
          "",
          'In other comments, the study said, "Manufacturing activity was mixed."',
        ].join("\n"),
      ),
    ).toEqual([
      ["The driver subsequently", "Kesh Stabilisation Force"],
      ["Outlooks were mostly", "Varnia Reserve Bank"],
      ["Manufacturing activity was", "Varnia Reserve Bank"],
    ]);
  });
});

describe("one quoted with an aside, and one who demanded", () => {
  it("gives the words to the name, not the body in its aside; 'demanded' is a verb of speech", () => {
    expect(
      speakersOf(
        [
          "Headline",
          "",
          'The daily Outlook quoted Peter Kassel, criminal director of Kesh police, as saying troops "shot dead one civilian."',
          "",
          'A senior commander, John Freakley, had demanded a "detailed and thorough investigation" into the incident.',
        ].join("\n"),
      ),
    ).toEqual([
      ["shot dead one", "Peter Kassel"],
      ["detailed and thorough", "John Freakley"],
    ]);
  });
});

describe("a courtesy title before a possessive", () => {
  it("keeps a person a person before a body's noun ('Mr. Hale's administration')", () => {
    expect(
      actorNames(
        "Headline\n\nThe deficit has fallen since the start of Mr. Hale's administration, the office said.",
        "person",
      ),
    ).toEqual(["Mr. Hale"]);
    expect(
      actorNames(
        "Headline\n\nThe deficit has fallen since the start of Mr. Hale's administration, the office said.",
        "organisation",
      ),
    ).toEqual([]);
  });
});

describe("talking about a quotation a few words on", () => {
  it("gives it to the one talking, not across a main verb or a new clause", () => {
    expect(
      speakersOf(
        [
          "Headline",
          "",
          'Senator Ana Ruiz laid off 200 staffers and began talking about what will happen "if we do not win."',
          "",
          "Mayor Ana Petrov said Tuesday the version her rivals are talking about is “just not true.”",
          "",
          "Tom Reyes said his rival doesn't know what he's talking about when he paints all “inner-city” schools as failing.",
        ].join("\n"),
      ),
    ).toEqual([
      ["if we do", "Ana Ruiz"],
      ["just not true.", "Ana Petrov"],
    ]);
  });
});

describe("money said of what is done with it", () => {
  it("reads a sum that went to someone, one being sent, a conversion between two dollars, a subject with 'this year'", () => {
    expect(
      figureLabels(
        "In July alone, $495,000 went to the senator's company.",
        "He announced $5 million more was being sent to Kesh County for the clinics.",
        "The party reached a deal worth 4.6 billion Canadian dollars (3.7 billion US dollars).",
        "Its losses this year would surpass the 167 million euros it reported for 2005.",
        "He promised to surrender titles to property in Orlan and Kesh worth another 180 mln pesos.",
      ),
    ).toEqual([
      ["$495,000", "money went to the senator's company", "dollars"],
      ["$5 million", "money sent to Kesh County", "dollars"],
      ["4.6 billion", "worth of the deal", "dollars"],
      ["3.7 billion", "worth of the deal", "dollars"],
      ["167 million", "losses", "euros"],
      ["180 mln", "worth", "pesos"],
    ]);
  });
});

describe("a relative as the speaker", () => {
  it("is the one person named with the owner's surname and the kin word's sex; a generation's suffix is another person", () => {
    const text = [
      "Headline",
      "",
      "Peter Varga Jr. offered some career advice on Monday.",
      "",
      '"If you cannot handle the basic stuff, you do not belong in the workforce," Peter Varga\'s son told a radio show.',
      "",
      "Peter Varga, the developer, did not comment.",
    ].join("\n");
    expect(actorNames(text, "person")).toEqual(["Peter Varga Jr", "Peter Varga"]);
    expect(speakersOf(text)).toEqual([["If you cannot", "Peter Varga Jr"]]);
  });
});

describe("a supposition and a passive still to come", () => {
  it("reads a past tense in a condition whose outcome would come as ahead, and a passive after 'after' as ahead", () => {
    expect(
      datesOf(
        "If the government fell on Dec. 8, a vote would likely take place in mid-January. The premier promised to call an election within 30 days after the final report is delivered on Feb. 1. If he was arrested on Oct. 3, he would have said so.",
        "2005-11-07",
      ),
    ).toEqual([
      ["Dec. 8", "2005-12-08"],
      ["mid-January", "2006-01-15~"],
      ["Feb. 1", "2006-02-01"],
      ["Oct. 3", "2005-10-03"],
    ]);
  });
});

describe("a paper named 'Daily' last", () => {
  it("is a paper after 'the' or a possessive whatever its first word, not a man with a given name", () => {
    const text =
      "Headline\n\nThe draft has been submitted, the official said as quoted in Monday's Kesherin Daily. Peter Daily, a lawyer, said no.";
    expect(actorNames(text, "media")).toEqual(["Kesherin Daily"]);
    expect(actorNames(text, "person")).toEqual(["Peter Daily"]);
  });
});

describe("after the thirteenth blind set (spent)", () => {
  it("reads a whole and a fraction in words with hyphens as one number", () => {
    expect(
      figureLabels(
        "The talks lasted two-and-a-half hours.",
        "Growth will slow to around two-and-three-quarter percent, the bank said.",
      ).map(([wording]) => wording),
    ).toEqual(["two-and-a-half", "around two-and-three-quarter percent"]);
    expect(figuresOf("The talks lasted two-and-a-half hours.").map((f) => f.value)).toEqual([2.5]);
  });

  it("labels growth a body expects ('expects the economy to grow a tepid 1.6 percent') as growth in what grows", () => {
    expect(
      figureLabels(
        "The fund expects the Varnian economy to grow a tepid 1.6 percent this year.",
        "The economy is expected to contract 0.5 percent.",
      ),
    ).toEqual([
      ["1.6 percent", "growth in Varnian economy", "per cent"],
      ["0.5 percent", "contraction in economy", "per cent"],
    ]);
  });
});

describe("a single name that a pronoun follows", () => {
  it("is a person's when it told someone he was, or said she would ('Callaghan told Ford he was')", () => {
    const text = [
      "Headline",
      "",
      'According to a transcript, Kallagher told Ford he was "deeply concerned" about the pound.',
      "",
      '"We would be faced with political decisions," Kallagher said.',
    ].join("\n");
    expect(actorNames(text, "person")).toContain("Kallagher");
    expect(actorNames(text, "organisation")).not.toContain("Kallagher");
  });
});

describe("bodies named by 'Enforcement' and 'Investigations'", () => {
  it("are organisations, and their officials speak for them", () => {
    const text =
      'Headline\n\nOfficials at Varnian Security Investigations, a division of Customs and Border Enforcement, said forgers "may try to circumvent" the program.';
    expect(actorNames(text, "organisation")).toEqual([
      "Varnian Security Investigations",
      "Customs and Border Enforcement",
    ]);
    expect(speakersOf(text)).toEqual([["may try to", "Varnian Security Investigations"]]);
  });
});

describe("a month and the year the text gave it", () => {
  it("takes a year that opens its sentence, or the last one named in the paragraphs before 'that year'", () => {
    expect(
      datesOf(
        "In 1976, the pound began a slide which led ministers to ask for a loan in September.\n\nIn September that year, the premier raised the possibility of cuts.\n\nIn 2005, sales fell, but they will rise in March.",
        "2006-12-29",
      ),
    ).toEqual([
      ["In 1976", "1976"],
      ["September", "1976-09"],
      ["September that year", "1976-09"],
      ["In 2005", "2005"],
      ["March", "2007-03"],
    ]);
  });
});

describe("a list of counts of names that share the last noun", () => {
  it("gives each name the noun ('56,000 Army, 10,000 Royal Air Force and 28,000 civilian personnel')", () => {
    expect(
      figureLabels(
        "Varnia had around 56,000 Army, 10,000 Naval Air Arm and 28,000 civilian personnel in Kesh.",
        "Orlan Motors sold 300 Mustangs and 200 trucks.",
      ),
    ).toEqual([
      ["around 56,000", "Army personnel", "personnel"],
      ["10,000", "Naval Air Arm personnel", "personnel"],
      ["28,000", "civilian personnel", "personnel"],
      ["300", "Mustangs", "mustangs"],
      ["200", "trucks", "trucks"],
    ]);
  });
});

describe("the level a verb's object was raised to", () => {
  it("labels a share by the object, named without a determiner too ('raise VAT ... by three points to 19 percent')", () => {
    expect(
      figureLabels(
        "The government has decided to raise VAT or sales tax by three full percentage points to 19 percent from next month.",
      ),
    ).toEqual([
      ["three", "full percentage points", "points"],
      ["19 percent", "VAT", "per cent"],
    ]);
  });
});
