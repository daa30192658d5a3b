/**
 * The sentences extraction reads end where the text's sentences end, whatever
 * quotation marks open them: straight, curly, single, or a wire's ``double
 * backticks''. The sentences are invented.
 */
import { describe, expect, it } from "vitest";
import { segmentArticle } from "../../src/extract/segment.js";

const sentencesOf = (body: string): string[] =>
  segmentArticle(`Harbour talks\n${body}\n`)
    .sentences.filter((s) => !s.headline)
    .map((s) => s.text);

describe("sentences", () => {
  it.each([
    ["``", "''"],
    ["“", "”"],
    ['"', '"'],
    ["'", "'"],
  ])("opening with %s end at their own stop, never a letter into the next", (open, close) => {
    const sentences = sentencesOf(`He left. ${open}I think so,${close} he said. But then it rained.`);
    expect(sentences.at(-1)).toBe("But then it rained.");
    for (const s of sentences) expect(s).toMatch(/[.!?]$/);
  });
});

describe("a quotation that ends a sentence", () => {
  it("ends it, and the next sentence starts at the capital after the closing mark", () => {
    expect(
      sentencesOf('He added: "If they did wrong, they should pay." Louise Brennan said the state had failed.'),
    ).toEqual(['He added: "If they did wrong, they should pay."', "Louise Brennan said the state had failed."]);
    expect(sentencesOf("“We will go on.” The talks resumed on Friday.")).toEqual([
      // A sentence starts after its opening mark (above).
      "We will go on.”",
      "The talks resumed on Friday.",
    ]);
  });

  it("keeps the speaker's attribution after it in its sentence", () => {
    expect(sentencesOf('"We are ready." Mr Tan said. It rained.')).toEqual([
      'We are ready." Mr Tan said.',
      "It rained.",
    ]);
    expect(sentencesOf('"We are ready." Lee Ward told reporters in Varn.')).toEqual([
      'We are ready." Lee Ward told reporters in Varn.',
    ]);
  });
});

describe("a page's footer", () => {
  it("is no part of the article: rights reserved, a site optimized for a browser, a copyright line", () => {
    // Invented.
    const text = [
      "Harbour talks",
      "The port reopened on Monday after talks with the union.",
      "Sports / Festivals / Cartoons Advertise in kessing.example. This site is optimized for viewing with Netscape or Internet Explorer, version 4.0 or above. The Kessing Times Ltd. All rights reserved.",
      "Copyright 2004 Kessing Media Group.",
    ].join("\n");
    const segmented = segmentArticle(text);
    expect(segmented.sentences.filter((s) => !s.headline).map((s) => s.text)).toEqual([
      "The port reopened on Monday after talks with the union.",
    ]);
    expect(segmented.furniture.map((f) => f.reason)).toEqual(["the page's footer", "the page's footer"]);
  });

  it("sets aside a related link's date and section, '(01 Aug 04 | Business )', and dates nothing from it", () => {
    // Invented.
    const text = [
      "Harbour talks",
      "The port reopened on Monday.",
      "(01 Aug 04 | Business )",
      "(05 Mar 03 | Asia-Pacific )",
    ].join("\n");
    expect(segmentArticle(text).furniture.map((f) => f.reason)).toEqual([
      "a link's date and section",
      "a link's date and section",
    ]);
  });
});
