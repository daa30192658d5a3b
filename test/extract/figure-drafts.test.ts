/**
 * Figures drafted from one article: two counts of one value are two figures; the same count said
 * twice is one. The article is invented.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { draftItems, NO_EXISTING } from "../../src/extract/draft-fact-base.js";
import { extractArticle } from "../../src/extract/extract-article.js";

const PUBLISHED = "2024-03-16";

const figuresOf = (text: string) => {
  const extraction = extractArticle(chrono, { text, published: PUBLISHED });
  const items = draftItems([{ sourceId: "c", published: PUBLISHED, text, extraction }], NO_EXISTING);
  return items.figures.map((f) => [f.observations[0]?.value, f.unit]);
};

describe("figures drafted from one article", () => {
  it("drafts two counts of one value as two figures", () => {
    const figures = figuresOf(
      "Harbour closed\nPolice closed a 2-mile stretch of the coast road on Friday. 2 ferries were held in port.\n",
    );
    expect(figures).toEqual([
      [2, "miles"],
      [2, "ferries"],
    ]);
  });

  it("drafts the same count said twice once", () => {
    const figures = figuresOf(
      "Harbour closed\nAbout 300 dock workers walked out on Friday. The 300 dock workers want a pay rise.\n",
    );
    expect(figures).toEqual([[300, "workers"]]);
  });
});
