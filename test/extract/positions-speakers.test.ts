/**
 * Positions drafted with the same speakers the quotes find (find-positions.ts reading the reported
 * speech of attribute-quotes.ts). Every passage here is invented for these tests; the people and
 * bodies in them are fictional.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const positions = (text: string) =>
  extractArticle(chrono, { text, published: "2026-03-19" }).positions.map(
    (p) => [p.party.name, p.stance, text.slice(p.excerpt.start, p.excerpt.end)] as const,
  );

describe("positions with the speaker the sentence names", () => {
  it("gives reported speech to the body an unnamed official speaks for, and to X who 'told reporters'", () => {
    // Invented.
    const text = [
      "Dam talks",
      "Water Minister Ivo Brand met the engineers on Monday.",
      "A senior Norvian Water Board official said the dam would be rebuilt.",
      "Brand told reporters on Tuesday that the repairs would take a year.",
    ].join("\n\n");
    expect(positions(text)).toEqual([
      ["Norvian Water Board", "states", "A senior Norvian Water Board official said the dam would be rebuilt."],
      ["Ivo Brand", "states", "Brand told reporters on Tuesday that the repairs would take a year."],
    ]);
  });

  it("gives a stance to the speaker, not to the outlet or the body spoken of", () => {
    // Invented.
    const text = [
      "Dam talks",
      "Water Minister Ivo Brand told Radio Norvia he opposes the Kessing Water Board's plan.",
      "Brand declined to say whether he backed the Water Board's chairman.",
    ].join("\n\n");
    expect(positions(text)).toEqual([
      ["Ivo Brand", "opposes", "Water Minister Ivo Brand told Radio Norvia he opposes the Kessing Water Board's plan."],
    ]);
  });
});
