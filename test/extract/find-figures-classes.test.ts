/**
 * Figures on small INVENTED passages (written for these tests; every person, place, body and
 * number in them is fictional), one class of news writing each, as real reports write them:
 * ages, times of day, numbers inside names and numbering nouns, measures of length and area,
 * counts of one in a list, a count with only a participle after it, and money a noun is worth.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const figuresOf = (...lines: string[]) => {
  const text = ["Headline", ...lines].join("\n");
  return extractArticle(chrono, { text, published: "2026-03-19" }).figures.map((f) => ({
    value: f.value,
    wording: f.wording,
    counts: f.counts,
    unit: f.unit,
    qualifier: f.qualifier,
    excerpt: text.slice(f.excerpt.start, f.excerpt.end),
    pattern: f.drafted?.pattern,
    note: f.drafted?.note,
    according: f.according,
  }));
};

describe("ages", () => {
  it('reads "an 84 year old lady Ann Brook", "a man aged 71" and "Tom Reed, 52," as ages of the person', () => {
    const figures = figuresOf(
      "Among the dead was an 84 year old lady Ann Brook from Dunmore.",
      "A man aged 71 was arrested at the scene.",
      "The driver, Tom Reed, 52, was unhurt.",
      "Police named the victim as Sara Bell, aged 30, of Kelby.",
      "The agency said Varga, 73, would stand again.",
      "Mr Okafor, who is 58, denied the charges.",
      "Most recently, Kessler, 49, traded the harbour for the hills.",
    );
    expect(figures.map((f) => [f.value, f.wording, f.counts, f.unit])).toEqual([
      [84, "84 year old", "age of Ann Brook", "years"],
      [71, "71", "age of the man", "years"],
      [52, "52", "age of Tom Reed", "years"],
      [30, "30", "age of Sara Bell", "years"],
      [73, "73", "age of Varga", "years"],
      [58, "58", "age of Mr Okafor", "years"],
      [49, "49", "age of Kessler", "years"],
    ]);
    for (const f of figures) expect(f.pattern).toBe("figure-age");
  });

  it("does not read a number after a name and comma as an age when more follows it", () => {
    // "Mr Hale, 40 of whose staff ...": not an age.
    expect(figuresOf("They thanked Mr Hale, 40 of whose staff had been laid off.").map((f) => f.counts)).not.toContain(
      "age of Mr Hale",
    );
  });
});

describe("numbers that are no figures", () => {
  it("leaves times of day alone: the 17:15 service, at 10.30, the 09.45 train", () => {
    expect(
      figuresOf(
        "The train was the 17:15 service from Dunmore to Kelby.",
        "Police were called at 10.30 on Friday and the 09.45 train was cancelled.",
      ),
    ).toEqual([]);
  });

  it('reads a decimal after a predicate\'s "at" as a number, not a time', () => {
    const figures = figuresOf("The firm's losses were assessed at 5.59 billion rupees at the end of March.");
    expect(figures.map((f) => [f.value, f.counts])).toEqual([[5_590_000_000, "firm's losses"]]);
  });

  it("leaves a number that names a platform, gate or page alone", () => {
    expect(
      figuresOf("The train left from platform 4 of Dunmore station and the flight from gate 12 of the terminal."),
    ).toEqual([]);
  });

  it("reads a capitalised number word after a dateline's dash", () => {
    const figures = figuresOf("KELBY (Wire) - Two soldiers were killed on Monday.");
    expect(figures.map((f) => [f.value, f.counts])).toEqual([[2, "soldiers"]]);
  });

  it("leaves a capitalised number word inside a name alone", () => {
    expect(figuresOf("The area is marked by a line nicknamed the Nine-dash line by the Kelby Group of Seven.")).toEqual(
      [],
    );
  });
});

describe("measures of length and area", () => {
  it('reads "a 200-nautical mile zone" whole, with its unit', () => {
    const [zone] = figuresOf("The treaty lets states claim a 200-nautical mile zone from their coast.");
    expect(zone).toMatchObject({ value: 200, wording: "200-nautical mile", unit: "nautical miles" });
    expect(zone?.counts).toBe("extent of the zone");
  });

  it('reads "a five mile cordon" as the radius of the cordon, and "200 metres from the site" as a distance', () => {
    const figures = figuresOf(
      "A five mile cordon has been set up around the farm.",
      "Reporters stood at a safe distance, roughly 200 metres, from the site.",
      "A 3 kilometre queue formed at the border.",
      "The family sold a 500-acre farm.",
    );
    expect(figures.map((f) => [f.value, f.wording, f.counts, f.unit])).toEqual([
      [5, "five mile", "radius of the cordon", "miles"],
      [200, "roughly 200 metres", "distance from the site", "metres"],
      [3, "3 kilometre", "length of the queue", "kilometres"],
      [500, "500-acre", "area of the farm", "acres"],
    ]);
  });
});

describe("what a count names", () => {
  it("keeps a long name before the counted noun: 3 Royal Navy Sea Lynx helicopters", () => {
    const [helicopters] = figuresOf("Rescuers were joined by 3 Royal Navy Sea Lynx helicopters.");
    expect(helicopters?.counts).toBe("Royal Navy Sea Lynx helicopters");
    expect(helicopters?.unit).toBe("helicopters");
  });

  it('reads a count of one in a list of counts: "two rescue teams and one police helicopter"', () => {
    const figures = figuresOf("Two rescue teams and one police helicopter were at the scene.");
    expect(figures.map((f) => [f.value, f.counts])).toEqual([
      [2, "rescue teams"],
      [1, "police helicopter"],
    ]);
  });

  it('labels a count with only a participle after it as people: "more than 10,000 missing"', () => {
    const figures = figuresOf("More than 10,000 missing are feared dead, and at least 40 injured were flown out.");
    expect(figures.map((f) => [f.value, f.counts])).toEqual([
      [10000, "people missing"],
      [40, "people injured"],
    ]);
  });
});

describe("money", () => {
  it('reads "dlr" after a scale as dollars, and what the money is of', () => {
    const [judgment] = figuresOf("The firm appealed against a 2.4 billion dlr judgment won by its rival.");
    expect(judgment).toMatchObject({ value: 2_400_000_000, wording: "2.4 billion", unit: "dollars" });
    expect(judgment?.counts).toBe("judgment");
  });

  it("labels money before a project as its cost, and before a note or a deal as its value", () => {
    const figures = figuresOf(
      "The port began a €90 million automation programme.",
      "Shops refused the 50m lira note.",
      "The club signed a $12m deal with a bank.",
    );
    expect(figures.map((f) => f.counts)).toEqual([
      "cost of the automation programme",
      "value of the note",
      "value of the deal",
    ]);
  });
});

describe("counts as wire copy writes them", () => {
  it('keeps an abbreviation with full stops inside what is counted: "three U.S. Navy destroyers"', () => {
    const [destroyers] = figuresOf("The Pentagon sent three U.S. Navy guided missile destroyers to the gulf.");
    expect(destroyers?.counts).toBe("U.S. Navy guided missile destroyers");
  });

  it('reads "a half dozen" and "half a dozen" as six, and "a dozen" as twelve', () => {
    const figures = figuresOf(
      "A half dozen ships were on patrol in the strait.",
      "Half a dozen tugs and a dozen barges were hired.",
    );
    expect(figures.map((f) => [f.value, f.wording, f.counts])).toEqual([
      [6, "A half dozen", "ships"],
      [6, "Half a dozen", "tugs"],
      [12, "a dozen", "barges"],
    ]);
  });

  it('reads "who turned 50 on Sunday" as the age of the person', () => {
    const figures = figuresOf("The envoy, Lena Hart, who turned 50 on Sunday, will stay on.");
    expect(figures.map((f) => [f.value, f.counts, f.pattern])).toEqual([[50, "age of Lena Hart", "figure-age"]]);
  });
});

describe("lengths of time given as a range", () => {
  it('reads "a month or two" as two values, and "for a month to three months" from a month', () => {
    const figures = figuresOf(
      "Talks could take a month or two, officials said.",
      "She had planned to stay on for a month to three months.",
    );
    expect(figures.map((f) => [f.value, f.wording, f.counts])).toEqual([
      [1, "a month", "length of time (months)"],
      [2, "two", "length of time (months)"],
      [1, "a month", "length of time (months) for which she had planned to stay on"],
      [3, "three", "length of time (months) for which she had planned to stay on"],
    ]);
  });

  it('labels "for over a year" with what its clause says, like "for three years"', () => {
    const figures = figuresOf("The group has been willing to talk for over a year.");
    expect(figures.map((f) => [f.value, f.counts])).toEqual([
      [1, "length of time (years) for which the group has been willing to talk"],
    ]);
  });
});

describe("banknotes", () => {
  it('reads a number before a singular "note" or "coin" as its value', () => {
    const [note] = figuresOf("The end of the 50m note is near.");
    expect(note).toMatchObject({ value: 50_000_000, counts: "value of the note" });
  });
});

describe("labels a political wire story needs", () => {
  it("never labels money with a length of time or a unit taken from a figure that had no label", () => {
    const figures = figuresOf(
      "The party demanded a rise in the minimum wage to 15 euros an hour.",
      "The government has set aside 2.5 billion euros for the election, and the budget for next year, worth 480bn euros, is frozen.",
      "The last election, held four years ago, cost 92m euros.",
    );
    expect(figures.map((f) => [f.value, f.counts])).toEqual([
      [15, "minimum wage per hour"],
      [2_500_000_000, "money for the election"],
      [480_000_000_000, "worth of the budget"],
      [92_000_000, "cost of the election"],
    ]);
    expect(figures[3]?.note).toBeUndefined();
  });

  it('reads what a poll "showed at" a share, and keeps the unit of a count of people', () => {
    const figures = figuresOf(
      "A poll showed support for the far right at 21 per cent.",
      "Around 5,000 people protested outside the parliament.",
    );
    expect(figures.map((f) => [f.value, f.counts, f.unit])).toEqual([
      [21, "support for the far right", "per cent"],
      [5000, "people protested outside the parliament", "people"],
    ]);
  });
});

describe("ranges and shared nouns", () => {
  it('reads "between 300 and 400 people" and "30-40 others" as two values of one noun each', () => {
    const figures = figuresOf("Between 300 and 400 people were detained, and 30-40 others were missing.");
    expect(figures.map((f) => [f.value, f.wording, f.counts])).toEqual([
      [300, "300", "people detained"],
      [400, "400", "people detained"],
      [30, "30", "others missing"],
      [40, "40", "others missing"],
    ]);
    expect(figures[0]?.note).toMatch(/lower value of "Between 300 and 400"/);
    expect(figures[1]?.note).toMatch(/upper value of "Between 300 and 400"/);
  });

  it('keeps "women and children" together, ends a participle phrase before a date, and takes the noun as the unit', () => {
    const figures = figuresOf(
      "Up to 50 women and children will be freed.",
      "About 240 people were taken hostage on 7 October.",
      "A convoy of 200 trucks carrying aid entered the strip.",
    );
    expect(figures.map((f) => [f.value, f.counts, f.unit])).toEqual([
      [50, "women and children", "children"],
      [240, "people taken hostage", "people"],
      [200, "trucks carrying aid", "trucks"],
    ]);
  });

  it('reads "the cabinet voted 35 to 3 in favour" as those for and those against', () => {
    const figures = figuresOf("The cabinet voted 35 to 3 in favour of the deal.");
    expect(figures.map((f) => [f.value, f.counts])).toEqual([
      [35, "votes in favour (cabinet)"],
      [3, "votes against (cabinet)"],
    ]);
  });
});

describe("parts of a whole", () => {
  it('reads "about 240 hostages, 40 of them children": the part counts the noun after "of them"', () => {
    const figures = figuresOf("Hamas holds about 240 hostages, 40 of them children.");
    expect(figures.map((f) => [f.value, f.counts])).toEqual([
      [240, "hostages"],
      [40, "children"],
    ]);
  });

  it('reads "1.7 million of Gaza\'s 2.3 million people have been displaced": the part is who was displaced', () => {
    const figures = figuresOf("About 1.7 million of Gaza's 2.3 million people have been displaced.");
    expect(figures.map((f) => [f.value, f.counts])).toEqual([
      [1_700_000, "people displaced"],
      [2_300_000, "Gaza's people"],
    ]);
  });

  it('reads "Five of the 12 judges dissented" as judges, with a note asking which part', () => {
    const figures = figuresOf("Five of the 12 judges dissented.");
    expect(figures.map((f) => [f.value, f.counts])).toEqual([
      [5, "judges"],
      [12, "judges"],
    ]);
    expect(figures[0]?.note).toMatch(/a part of "12 judges": say which part/);
  });

  it('leaves "7 a.m." alone as a time of day', () => {
    expect(figuresOf("The truce began at 7 a.m. (0500 GMT) on Friday.")).toEqual([]);
  });
});

describe("votes and changes in political copy", () => {
  it('reads "voted 51-49" and "by 218 votes to 210" as those for and those against', () => {
    const figures = figuresOf(
      "The Senate voted 51-49 on Tuesday to confirm the nominee.",
      "The bill passed the House by 218 votes to 210.",
    );
    expect(figures.map((f) => [f.value, f.counts])).toEqual([
      [51, "votes in favour (Senate)"],
      [49, "votes against (Senate)"],
      [218, "votes in favour"],
      [210, "votes against"],
    ]);
  });

  it('reads "would cut taxes by $1.5 trillion" as the cut in taxes', () => {
    const figures = figuresOf("The bill would cut taxes by $1.5 trillion, its sponsors said.");
    expect(figures.map((f) => [f.value, f.counts])).toEqual([[1_500_000_000_000, "cut in taxes"]]);
  });
});

describe("a count of people after what was done to them", () => {
  it('reads "which killed more than 1,400 people" and "killing 7,000 people" as people killed', () => {
    const figures = figuresOf(
      "The attack on the town, which killed more than 1,400 people, shocked the region.",
      "The army shelled the city, killing 7,000 people and injuring 300 others.",
      "The militia has held 224 people since May.",
    );
    expect(figures.map((f) => [f.value, f.counts])).toEqual([
      [1400, "people killed"],
      [7000, "people killed"],
      [300, "people injured"],
      [224, "people held by militia"],
    ]);
  });
});

describe("distances by a compass point", () => {
  it("reads 'northeast of' as 'north-east of': a distance from the place", () => {
    // Invented.
    const figures = figuresOf("Norvia lies 2,250 kilometers northeast of Portland, and 300 miles south-west of Kelby.");
    expect(figures.map((f) => f.counts)).toEqual(["distance northeast of Portland", "distance south-west of Kelby"]);
  });
});

describe("who a number comes from", () => {
  it("takes a name with a particle whole, without the spokesperson's role: 'Majed al-Ansari', not 'Ansari'", () => {
    // Invented.
    const [figure] = figuresOf("Spokesperson Tarek al-Masri said about 94 sailors were still held.");
    expect(figure?.according).toBe("Tarek al-Masri");
  });
});
