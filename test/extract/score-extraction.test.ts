/**
 * The scorer's figure measures on a small invented passage (written for this
 * test; the port and the numbers are fictional): a figure "with what it
 * counts" needs the gold's head noun among the words of the drafted counts.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";
import {
  countsAgree,
  emptyScore,
  GoldArticle,
  headNoun,
  scoreArticle,
  singular,
} from "../../src/extract/score-extraction.js";

describe("the head noun of what a figure counts", () => {
  it("is the last word of the leading noun phrase, folded and singular", () => {
    expect(headNoun("people killed in the October 7 attack on Israel")).toBe("person");
    expect(headNoun("informed diplomats The Washington Post cited")).toBe("diplomat");
    expect(headNoun("lorries of grain per week")).toBe("lorry");
    expect(headNoun("share of Gaza's residents taking refuge in Rafah")).toBe("share");
    expect(headNoun("negotiating delegations (American and Israeli) to visit Doha")).toBe("delegation");
    // "each" opens a phrase of its own: "minutes each side had" is headed by "minutes".
    expect(headNoun("minutes each side had to make its case")).toBe("minute");
    expect(headNoun("advisors (cabinet members) of the president")).toBe("advisor");
    expect(headNoun("time Hamas has shown willingness to reach an agreement")).toBe("time");
    expect(headNoun("the Palestinian prisoners detained by Israel")).toBe("prisoner");
    expect(headNoun("Israeli captives held by Hamas in Gaza")).toBe("captive");
    expect(headNoun("Catholics led by the cardinal in the city")).toBe("catholic");
    expect(headNoun("troops fought off by the rebels")).toBe("troop");
    expect(headNoun("detainees whose appeals the law lords upheld")).toBe("detainee");
    expect(headNoun("Turkish inflation earlier this year")).toBe("inflation");
    expect(headNoun("Air Lanka share capital irretrievably lost")).toBe("capital");
    // A phrase also ends at "between", "not" and "aged" (invented wordings, of the shape real keys use).
    expect(headNoun("people aged between 18 and 24 not on the roll")).toBe("person");
    expect(headNoun("black voters not on the electoral roll")).toBe("voter");
    expect(headNoun("talks between the unions and the minister")).toBe("talk");
    expect(headNoun("")).toBeUndefined();
  });

  it("singularises the regular endings and a few irregular plurals", () => {
    expect(["lorries", "boxes", "churches", "ships", "status", "children", "Émigrés"].map(singular)).toEqual([
      "lorry",
      "box",
      "church",
      "ship",
      "status",
      "child",
      "emigre",
    ]);
  });

  it("singularises the '-oes' plurals of '-o' nouns but keeps the 'e' of shoes, woes and canoes", () => {
    expect(["cargoes", "heroes", "vetoes", "shoes", "woes", "canoes", "throes"].map(singular)).toEqual([
      "cargo",
      "hero",
      "veto",
      "shoe",
      "woe",
      "canoe",
      "throe",
    ]);
  });

  it("agrees when the head is among the drafted words, and a gold figure without counts accepts any", () => {
    expect(countsAgree("lorries of grain per week", "lorries carrying grain into the city each week")).toBe(true);
    expect(countsAgree("Days", "lorries carrying grain")).toBe(false);
    expect(countsAgree("members of the GMB", "GMB members")).toBe(true);
    expect(countsAgree("anything", undefined)).toBe(true);
    expect(countsAgree("Lockheed Tristar L1011-500s", "Lockheed Tristar L1011-500s leased to British Airways")).toBe(
      true,
    );
    expect(countsAgree("anti-terror laws", "laws passed in 2001")).toBe(true);
  });
});

describe("scoring figures with what they count", () => {
  const text = [
    "Port strike",
    "About 300 lorries of grain a week left the port before the strike.",
    "The union said 40 ships were waiting.",
  ].join("\n");
  const published = "2026-03-19";
  const extraction = extractArticle(chrono, { text, published });
  const gold = (counts: string) =>
    GoldArticle.parse({
      file: "invented.txt",
      published,
      figures: [
        { value: 300, wording: "About 300", counts, excerpt: "About 300 lorries of grain a week left the port" },
        { value: 40, wording: "40", counts: "ships waiting at the port", excerpt: "40 ships were waiting" },
      ],
    });

  it("counts a figure by value and place in `figures`, and only with the right counts in `figuresCounted`", () => {
    const right = scoreArticle(emptyScore(), gold("lorries leaving the port each week"), extraction, text);
    expect([right.figures.tp, right.figuresCounted.tp, right.figuresCounted.fp]).toEqual([2, 2, 0]);
    const wrong = scoreArticle(emptyScore(), gold("tonnes of grain"), extraction, text);
    expect([wrong.figures.tp, wrong.figures.fp]).toEqual([2, 0]);
    expect([wrong.figuresCounted.tp, wrong.figuresCounted.fp, wrong.figuresCounted.fn]).toEqual([1, 1, 1]);
    expect(wrong.figuresCounted.missed).toEqual(['About 300 (300) counting "tonnes of grain"']);
  });
});

describe("scoring people who share a surname", () => {
  it("matches each drafted person to the key's entry of that full name first (invented names)", () => {
    const text = [
      "Freed men return",
      "Arif Tandon, father of Karim, thanked his lawyers on Tuesday. Mr Tandon said he was proud.",
      "Karim Tandon, from Leeds, was freed on Monday.",
    ].join("\n");
    const published = "2026-03-19";
    const found = extractArticle(chrono, { text, published });
    expect(found.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual(["Arif Tandon", "Karim Tandon"]);
    const gold = GoldArticle.parse({
      file: "invented.txt",
      published,
      // The son's entry lists the surname alone among its forms, as keys do: the father's name matches it too.
      people: [
        { name: "Karim Tandon", variants: ["Tandon", "Karim"] },
        { name: "Arif Tandon", variants: [] },
      ],
    });
    const score = scoreArticle(emptyScore(), gold, found, text);
    expect([score.people.tp, score.people.fp, score.people.fn]).toEqual([2, 0, 0]);
  });
});

describe("a length of time in the scorer", () => {
  it("agrees whichever word names it, or by the drafted figure's unit, and only for a length of time", () => {
    expect(countsAgree("length of the regime", "duration of Mobutu's regime", "years")).toBe(true);
    expect(countsAgree("length of the regime", "years of Mobutu's regime", "years")).toBe(true);
    expect(countsAgree("length of the regime", "months of Mobutu's regime", "years")).toBe(false);
    expect(countsAgree("period (years) over which aid rose", "time over which aid rose", "years")).toBe(true);
    expect(countsAgree("soldiers", "duration of the war", "soldiers")).toBe(false);
    // Occurrences are no length of time, on either side.
    expect(countsAgree("times arrested", "length of the detention", "times")).toBe(false);
    expect(countsAgree("length of the visit", "times Poindexter told Reagan", "days")).toBe(false);
  });
});
