/**
 * A drafted quote's date is when it was said: a past date its sentence's
 * narration gives, else the article's date; never a date inside the
 * quotation, nor a plan the sentence speaks of. The articles are invented.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { draftItems, NO_EXISTING } from "../../src/extract/draft-fact-base.js";
import { extractArticle } from "../../src/extract/extract-article.js";

const PUBLISHED = "2024-03-16"; // a Saturday

const quoteDates = (text: string) => {
  const extraction = extractArticle(chrono, { text, published: PUBLISHED });
  const items = draftItems([{ sourceId: "c", published: PUBLISHED, text, extraction }], NO_EXISTING);
  return items.quotes.map((q) => [q.text, q.date]);
};

describe("a drafted quote's date", () => {
  it("is the past day its sentence says it was said", () => {
    expect(
      quoteDates('Harbour talks\nHarbour master Ines Carvalho said on Tuesday: "We will not pay for it all."\n'),
    ).toEqual([["We will not pay for it all.", "2024-03-12"]]);
  });

  it("is not a plan the sentence speaks of: the article's date instead", () => {
    expect(
      quoteDates(
        'Harbour talks\nAsked whether the port would close the old dock by 2030, Carvalho said: "That is another matter."\n',
      ),
    ).toEqual([["That is another matter.", PUBLISHED]]);
  });

  it("is not a date inside the quotation", () => {
    expect(quoteDates('Harbour talks\nCarvalho said: "The dock was built in 1987 and it shows."\n')).toEqual([
      ["The dock was built in 1987 and it shows.", PUBLISHED],
    ]);
  });
});
