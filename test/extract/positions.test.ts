/**
 * Positions drafted from stance verbs and from reported speech (find-positions.ts). Every passage
 * here is invented for these tests; the people and bodies in them are fictional.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const positions = (text: string) =>
  extractArticle(chrono, { text, published: "2026-03-19" }).positions.map((p) => ({
    party: p.party.name,
    stance: p.stance,
    by: p.drafted?.pattern,
    sentence: text.slice(p.excerpt.start, p.excerpt.end),
  }));

describe("positions", () => {
  it("drafts what a named party is reported to have said, with the party the sentence names", () => {
    const text = [
      "Truce talks",
      "President Lena Varga met the envoys on Monday. Defence Minister Omar Tal flew to the border.",
      "The office of the president said talks were continuing.",
      "The minister said the truce would hold.",
    ].join("\n");
    expect(positions(text)).toEqual([
      {
        party: "Lena Varga",
        stance: "states",
        by: "position-reported-speech",
        sentence: "The office of the president said talks were continuing.",
      },
      {
        party: "Omar Tal",
        stance: "states",
        by: "position-reported-speech",
        sentence: "The minister said the truce would hold.",
      },
    ]);
  });

  it("takes a question left open for no stance", () => {
    const text = [
      "Pay offer",
      "Education Secretary Anne Parr declined to say whether she supported the offer.",
      "The Teachers' Federation refused to comment on the ballot.",
    ].join("\n");
    expect(positions(text)).toEqual([]);
  });

  it("says which pattern drafted a stance", () => {
    const text = "Pay offer\nThe Teachers' Federation demands a rise of 8 per cent.";
    expect(positions(text).map((p) => [p.party, p.stance, p.by])).toEqual([
      ["Teachers' Federation", "demands", "position-stance-verb"],
    ]);
  });
});
