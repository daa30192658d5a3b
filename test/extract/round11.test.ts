/**
 * What the eleventh round found (issue 18): a newspaper named "Daily" last ("the Varnia Youth Daily") is a news
 * medium, not a phrase of dictionary words or a person; "the newspaper said" and "the paper said" are the paper the
 * text named last, whatever its name's words. Every passage here is INVENTED for these tests; the papers, people and
 * places in it are fictional or used fictionally.
 */
import { describe, expect, it } from "vitest";
import { readArticle, speakersOf } from "./read-article.js";

const names = (text: string, kind: string) =>
  readArticle(text)
    .actors.filter((a) => a.kind === kind)
    .map((a) => a.name);

describe("a paper named 'Daily' or 'Weekly' last", () => {
  it("is a news medium after a country, a place, a people or dictionary words", () => {
    const text =
      "Headline\n\nThe China Youth Daily on Thursday said abuse was rising. The Economic Daily and the Lisbon Weekly agreed, and the official People's Daily said nothing.";
    expect(names(text, "media")).toEqual(["China Youth Daily", "Economic Daily", "Lisbon Weekly", "People's Daily"]);
  });

  it("is a person's surname after a given name or a title", () => {
    const text = "Headline\n\nBill Daily, a farmer, said the rain came late. Ana Weekly agreed with Mr Daily.";
    expect(names(text, "media")).toEqual([]);
    expect(names(text, "person")).toEqual(["Bill Daily", "Ana Weekly"]);
  });
});

describe("the newspaper that speaks", () => {
  const PAPER =
    'Headline\n\nThe Varnia Youth Daily on Thursday said schools did too little, citing a report by Morvan University. "Schools act too late," the newspaper said. "Surveys show students are curious," it added.';

  it("is the paper named last, not a body named after it", () => {
    expect(speakersOf(PAPER)).toEqual([
      ["Schools act too", "Varnia Youth Daily"],
      ["Surveys show students", "Varnia Youth Daily"],
    ]);
  });

  it("is the paper named last when the text says 'the paper', and no one when no paper was named", () => {
    expect(
      speakersOf(
        'Headline\n\nThe Orlan Post reported the talks had stalled, citing Reuters. "Nobody expected this," the paper said.',
      ),
    ).toEqual([["Nobody expected this", "Orlan Post"]]);
    expect(
      speakersOf(
        'Headline\n\nReuters reported the findings of a study by Morvan University. "Nobody expected this," the paper said.',
      ),
    ).toEqual([["Nobody expected this", null]]);
  });
});
