/**
 * Speakers of quotes by class of news writing (issue 18, second round): a speaker introduced before
 * the quote, after it across a paragraph break, a body or an unnamed official, and quoted terms that
 * are nobody's speech. Every passage here is invented for these tests; the people, bodies and places
 * in them are fictional.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const read = (text: string) => extractArticle(chrono, { text, published: "2026-03-19" });
/** Each quote's first words and its speaker's name (or null). */
const speakers = (text: string) =>
  read(text).quotes.map((q) => [q.quote.text.split(" ").slice(0, 3).join(" "), q.speaker?.name ?? null] as const);

describe("a speaker named in apposition to an unnamed one", () => {
  it("gives the words to the person named after 'said a spokesman for the X,'", () => {
    // Invented.
    const text = [
      "Ferry runs aground",
      "A ferry ran aground off Kessing Point on Friday.",
      '"We believe everyone is safe. Two boats are on their way," said a spokesman for the Kessing Coast Guard, Tomas Varga.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["We believe everyone", "Tomas Varga"]]);
  });

  it("gives the words to the person named after 'said a broadcaster's executive,', not to the broadcaster", () => {
    // Invented.
    const text = [
      "Ferry runs aground",
      "A ferry ran aground off Kessing Point on Friday.",
      '"The deck tilted and then everything went quiet," said a Radio Norvia executive, Lena Marsh.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["The deck tilted", "Lena Marsh"]]);
  });

  it("gives a spokeswoman's words to the body after 'for the'", () => {
    // Invented.
    const text = [
      "Ferry runs aground",
      "A ferry ran aground off Kessing Point on Friday.",
      '"A vessel is aground near the point, but that is all we know," said a spokeswoman for the Kessing Harbour Police.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["A vessel is", "Kessing Harbour Police"]]);
  });
});
