/**
 * The review of the eleventh round's rules (issue 18): invented counterexamples a reviewer ran against each new rule,
 * each an over-reach or a miss it confirmed, now mended (four reviews: the second to fourth of the later rules,
 * with check's reading of the same dates). A rule the fourth review found net harmful (a surname two people share
 * read as the one named in full last) was reverted, not narrowed. Every passage here is INVENTED; the people, papers, bodies and
 * places in it are fictional or used fictionally.
 */
import { describe, expect, it } from "vitest";
import { furnitureReason } from "../../src/extract/segment.js";
import { resolveRelativeDate } from "../../src/verify/resolve-relative-date.js";
import { actorNames, datesOf, figureLabels, speakersOf } from "./read-article.js";

const names = actorNames;

describe("a body's statement, by the noun before it", () => {
  it("is no named company's when the noun is one any company goes by, nor a union's", () => {
    expect(
      speakersOf(
        'Headline\n\nOrlan Oil agreed on Friday to buy a stake in a field run by the Varnia Drilling Company. "This deal doubles our reserves," a company statement said.',
      ),
    ).toEqual([["This deal doubles", null]]);
    expect(
      speakersOf(
        'Headline\n\nNurses at a European Union agency struck on Monday. "We will not back down," a union statement said.',
      ),
    ).toEqual([["We will not", null]]);
  });

  it("is not another country's government when a word before the noun says whose", () => {
    expect(
      speakersOf(
        'Headline\n\nThe Varnian government protested on Monday. A Morvan government statement said: "Varnia must stop its provocations."',
      ),
      // (the thirteenth round gives a document to the body named just before its noun: the Morvan government's)
    ).toEqual([["Varnia must stop", "Morvan government"]]);
  });

  it("is a body the noun heads, not one whose name merely holds the word", () => {
    expect(
      speakersOf(
        'Headline\n\nThe Varnia Police Federation held its conference. Officers raided a flat in Orlan. "Two men were arrested," a police report said.',
      ),
    ).toEqual([["Two men were", null]]);
  });
});

describe("the paper that speaks", () => {
  it("is the paper named last, of whatever name, not an English-named one before it", () => {
    expect(
      speakersOf(
        'Headline\n\nTomas Brandt told the Orlan Times last year he would never resign. On Friday the Varnian daily Kurjer Orlanski reported that he had. "He is finished," the daily said.',
      ),
    ).toEqual([["He is finished", "Kurjer Orlanski"]]);
  });

  it("is no newspaper when 'paper' is a document the text named since", () => {
    expect(
      speakersOf(
        'Headline\n\nAna Ruiz wrote in the Orlan Post last year. Researchers at Morvan University published a paper on Monday. "The drug cut deaths by half," the paper said.',
      ),
    ).toEqual([["The drug cut", null]]);
  });
});

describe("a relative", () => {
  it("of someone named after a description is unnamed, not the one named", () => {
    expect(speakersOf('Headline\n\n"Nobody has been punished," said the mother of slain teenager Ana Ruiz.')).toEqual([
      ["Nobody has been", null],
    ]);
    expect(speakersOf('Headline\n\nThe brother of suspect Tomas Brandt told reporters: "He is innocent."')).toEqual([
      ["He is innocent.", null],
    ]);
  });

  it("of someone described, then a name in apposition: the name is the one 'of' names", () => {
    expect(
      speakersOf('Headline\n\n"The country owes him much," said a son of the former dictator, Ivo Brandt.'),
    ).toEqual([["The country owes", null]]);
  });
});

describe("a body described before its name", () => {
  it("keeps the speaker when its name is read as a person's", () => {
    expect(
      speakersOf(
        'Headline\n\nA spokesman for the Varnian airline Aerovar said the route would close. "It does not pay," he said.',
      ),
    ).toEqual([["It does not", "Aerovar"]]);
  });
});

describe("'Daily' after a given name or a title", () => {
  it("names a person, or no medium", () => {
    const text = "Headline\n\nHunter Daily, 41, said the rain came late. Coach Daily said the team played badly.";
    expect(names(text, "media")).toEqual([]);
    expect(names(text, "person")).toEqual(["Hunter Daily"]);
  });
});

describe("writers' credit lines", () => {
  it("are furniture in their usual forms", () => {
    for (const line of [
      "Associated Press writers Ana Ruiz in Lima, Peru, and Ivo Kern in Quito, Ecuador, contributed to this report.",
      "Associated Press writers Ana Ruiz, Ivo Kern and Mira Tolen contributed to this report.",
      "AP Business Writer Ana Ruiz contributed to this report.",
      "AP business writer Ana Ruiz contributed to this report.",
      "(Correspondent Ana Ruiz contributed to this report.)",
      "Associated Press writer Ana Ruiz also contributed to this report.",
      "Associated Press writer Ana Ruiz contributed reporting from Lima.",
      "Ana Ruiz and Ivo Kern contributed to this report.",
      "On Twitter follow Ivo Kern at @ivokern.",
      "On X, follow Ivo Kern at https://x.com/ivokern",
    ])
      expect(furnitureReason(line, false, new Set()), line).toBeDefined();
  });

  it("leave a sentence of the story that only looks like one", () => {
    for (const line of [
      "Veteran correspondents Ana Ruiz and Ivo Kern contributed from Kabul for two decades.",
      "Freelance reporters Ana Ruiz and Ivo Kern contributed from Gaza until they were killed in March.",
      "The Orlan Fund contributed to this report, Smith said.",
    ])
      expect(furnitureReason(line, false, new Set()), line).toBeUndefined();
  });
});

describe("a speed across a bracket", () => {
  it("takes 'km' and a hyphened 'per hour', and only a conversion in the bracket", () => {
    expect(
      figureLabels(
        "The storm packed winds of 180 km (112 miles) per hour.",
        "Winds of 150 kilometers (93 miles)-per-hour hit the coast.",
      ),
    ).toEqual([
      ["180 km", "speed", "kilometres per hour"],
      ["112 miles", "speed", "miles per hour"],
      ["150 kilometers", "speed", "kilometres per hour"],
      ["93 miles", "speed", "miles per hour"],
    ]);
    expect(
      figureLabels(
        "The village lies 60 kilometres (40 miles) an hour's drive north of Orlan.",
        "The car covered 80 miles (in the rain) an hour after the robbery.",
      ).map(([, , unit]) => unit),
    ).not.toContain("miles per hour");
  });
});

const checkReads = async (wording: string, published: string, excerpt: string) =>
  (await resolveRelativeDate(wording, published, { excerpt }))?.candidates;

describe("second review: a deadline's month", () => {
  it("in a past clause lies either side (drafted the nearer), not behind; after 'had' behind", async () => {
    expect(
      datesOf(
        "The court adjourned the trial until September. The referendum was set for October. The volcano had calmed down by September.",
        "2016-05-24",
      ),
    ).toEqual([
      ["September", "2016-09"],
      ["October", "2016-10"],
      ["September", "2015-09"],
    ]);
    expect(
      await checkReads("September", "2016-05-24", "The company was on track to finish the bridge by September"),
    ).toEqual(["2015-09-01", "2016-09-01"]);
    expect(await checkReads("September", "2016-05-24", "The court adjourned the trial until September")).toEqual([
      "2016-09-01",
    ]);
    expect(await checkReads("September", "2016-05-24", "The volcano had calmed down by September")).toEqual([
      "2015-09-01",
    ]);
  });

  it("after a possessive in a future clause is ahead; done ahead of in the past, the nearer", () => {
    expect(datesOf("Vell will contest the state's June 7 primary.", "2016-05-24")).toEqual([["June 7", "2016-06-07"]]);
    expect(
      datesOf(
        "Vell campaigned hard ahead of the state's July 7 primary. The city spent $5 million ahead of the July 20 festival.",
        "2016-08-10",
      ),
    ).toEqual([
      ["July 7", "2016-07-07"],
      ["July 20", "2016-07-20"],
    ]);
  });

  it("reads '9/11' a plan is set for as a day of the publication's year", () => {
    expect(datesOf("The hearing is set for 9/11.", "2016-05-24")).toEqual([["9/11", "2016-09-11"]]);
  });
});

describe("second review: money and levels", () => {
  it("names no recipient in 'the remaining', 'the sum of', 'its first dividend of'", () => {
    expect(
      figureLabels(
        "Kessler paid the remaining $5 million.",
        "Kessler paid the sum of $40 million for the striker.",
        "Kessler paid its first dividend of $1.20 a share.",
      ).map(([, counts]) => counts),
    ).toEqual(["money", "sum", "first dividend per share"]);
  });

  it("takes the object of the last verb of change, up to 'from'", () => {
    expect(
      figureLabels(
        "The appeals court reduced his sentence and cut the fine to $5,000.",
        "The town slashed the budget for schools from $50 million to $30 million.",
      ).map(([wording, counts]) => [wording, counts]),
    ).toEqual([
      ["$5,000", "fine"],
      ["$50 million", "money"],
      ["$30 million", "budget for schools"],
    ]);
  });

  it("gives a level after 'a rise of N to' only to what has a level in a market", () => {
    expect(
      figureLabels(
        "Kessler Group reported a rise of 12 percent to 5.2 billion euros in net profit.",
        "Kessler Group shares jumped, a gain of 11 percent to 4.20 euros.",
      ).map(([, counts]) => counts),
    ).toEqual(["rise", "net profit", "gain", "price of Kessler Group shares"]);
  });

  it("reads 'sq.km' as square kilometres, and no council's split as judges", () => {
    expect(figureLabels("The fire destroyed 1,200 sq.km of forest.")).toEqual([
      ["1,200 sq.km", "area of the forest", "square kilometres"],
    ]);
    expect(
      figureLabels("Kessler Group, which is fighting the plan in court, said the council's 3-2 decision was unlawful.")
        .map(([, counts]) => counts)
        .some((counts) => counts?.startsWith("judges")),
    ).toBe(false);
  });
});

describe("second review: a critic's words after remarks someone made", () => {
  it("are the critic's after a comma", () => {
    expect(
      speakersOf(
        'Headline\n\nAnna Vell, the governor of Varnia, criticised remarks Ivo Brandt made on Monday, calling them "deeply offensive."',
      ),
    ).toEqual([["deeply offensive.", "Anna Vell"]]);
  });
});

describe("third review: a sale's price", () => {
  it("is only for what was sold named with a determiner or a number, not from a relative clause, nor a price each", () => {
    expect(
      figureLabels(
        "The painting sold at auction in New York on Tuesday for $45 million.",
        "Orlan Air was acquired by Kessler Group for $1.2 billion in 2014.",
        "Investors who bought the shares sued Kessler for $40 million.",
        "Kessler sold 40 cars to the police for $30,000 each.",
        "Kessler bought the company in 2010 for $3 billion.",
      )
        .filter(([, , unit]) => unit === "dollars")
        .map(([, counts]) => counts),
    ).toEqual(["money", "money", "money", "money", "price of the company"]);
  });

  it("keeps what the money is in after 'in', but for an idiom", () => {
    expect(
      figureLabels(
        "The bank holds $5 billion in total assets. Kessler reported $3 billion in full-year profit.",
        "It took $40 billion in exchange-traded funds.",
      ).map(([, counts]) => counts),
    ).toEqual(["total assets", "full-year profit", "exchange-traded funds"]);
  });
});

describe("third review: speakers", () => {
  it("gives a passive verb's words to a person alone after 'by', not to the one whose spokesman it is", () => {
    expect(
      speakersOf(
        'Headline\n\nTomas Brandt spoke. The decision was criticised by Brandt\'s spokesman as "a betrayal of trust."',
      ),
    ).toEqual([["a betrayal of", null]]);
  });

  it("reads no term as a quote for the noun 'reports', and keeps a long quote after 'known as the'", () => {
    expect(speakersOf('Headline\n\nReports of a "deal" surfaced on Monday, but Tomas Brandt denied them.')).toEqual([]);
    expect(
      speakersOf(
        'Headline\n\nVell is known as the "toughest negotiator in the whole of the European Union," her deputy Ivo Kern said.',
      ),
    ).toEqual([["toughest negotiator in", "Ivo Kern"]]);
  });
});

describe("third review: a deadline's month", () => {
  it("is ahead when something is put off to it, behind when 'had' tells what was done by it", () => {
    expect(
      datesOf(
        "The commission on Friday delayed the referendum until March. By September, the army had retaken the city. Brandt had lived in Orlan until September.",
        "2016-05-24",
      ).filter(([wording]) => wording !== "on Friday"),
    ).toEqual([
      ["March", "2017-03"],
      ["September", "2015-09"],
      ["September", "2015-09"],
    ]);
  });
});

describe("fourth review", () => {
  it("takes no name a verb before it takes as its object for the subject of a joined verb of speech", () => {
    expect(
      speakersOf('Headline\n\nOfficers who stopped Tom Brandt searched his car and said, "We found nothing."'),
    ).toEqual([["We found nothing.", null]]);
  });

  it("reads shares after 'leads' as support only where a poll is spoken of, once a sentence, never inherited", () => {
    expect(
      figureLabels("Dorton City leads Varnia United 46 percent to 35 percent in possession this season.").map(
        ([, counts]) => counts,
      ),
    ).toEqual(["per cent", "per cent"]);
    expect(
      figureLabels(
        "In May, Varga led Holt by 3 points, 44 percent to 41 percent, but Holt now leads Varga 47 percent to 43 percent among likely voters.",
      )
        .filter(([, , unit]) => unit === "per cent")
        .map(([, counts]) => counts),
    ).toEqual(["support for Varga", "support for Holt", "per cent", "per cent"]);
  });
});
