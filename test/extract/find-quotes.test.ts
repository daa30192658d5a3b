/**
 * Quotation marks paired into quotes (src/extract/find-quotes.ts). Every passage here is invented
 * for these tests; the people, places and bodies in them are fictional.
 */
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/extract/find-quotes.js";
import { segmentArticle } from "../../src/extract/segment.js";

const quotes = (text: string) => findQuotes(text, segmentArticle(text).blocks);
const texts = (text: string) => quotes(text).map((q) => q.text);

describe("a quotation over several paragraphs", () => {
  it("keeps every paragraph, each opening with a mark and only the last closing, as parts of one quotation", () => {
    const text = [
      "Dockers vote to strike",
      "“We have waited three years for a fair offer. We are still waiting.",
      "“Every month we wait, more dockers leave the port.",
      "“Enough is enough,” said Mara Kell, the union's leader.",
      "The port authority said it would reply on Friday.",
    ].join("\n");
    const found = quotes(text);
    expect(found.map((q) => q.text)).toEqual([
      "We have waited three years for a fair offer. We are still waiting.",
      "Every month we wait, more dockers leave the port.",
      "Enough is enough",
    ]);
    const chain = found[0]?.chain;
    expect(chain).toBeDefined();
    expect(found.every((q) => q.chain === chain)).toBe(true);
  });

  it("reads the same quotation flattened onto one line, in straight marks, without going out of step", () => {
    const text = [
      "Dockers vote to strike",
      '"We have waited three years for a fair offer. "Every month we wait, more dockers leave the port. "Enough is enough," said Mara Kell. Talks resume on Monday, the authority said. "We are ready," its chief, Ivo Brand, said.',
    ].join("\n");
    expect(texts(text)).toEqual([
      "We have waited three years for a fair offer.",
      "Every month we wait, more dockers leave the port.",
      "Enough is enough",
      "We are ready",
    ]);
  });

  it("never takes the narrative between two quotations for a quote", () => {
    const text = [
      "Dockers vote to strike",
      '"We waited. "We are not going back," said Mara Kell, after the vote. The authority says the offer stands. "It is final," Ivo Brand said.',
    ].join("\n");
    const found = texts(text);
    expect(found).toEqual(["We waited.", "We are not going back", "It is final"]);
    expect(found.some((q) => q.includes("authority"))).toBe(false);
  });

  it("drops a part left open when the next paragraph does not go on with a mark", () => {
    const text = [
      "Dockers vote to strike",
      '"We are not going back," said Mara Kell. "The vote was clear.',
      "The authority says the offer stands, and it will not move.",
      '"It is final," Ivo Brand said.',
    ].join("\n");
    expect(texts(text)).toEqual(["We are not going back", "It is final"]);
  });
});

describe("scare quotes and terms", () => {
  it("leaves out a word or two in quotation marks where nobody speaks, but keeps a partial quote after a speech verb", () => {
    const text = [
      "Dockers vote to strike",
      'The "smart quay" plan would install new cranes. Mara Kell called the offer "an insult", and Ivo Brand said the talks were "constructive".',
    ].join("\n");
    expect(texts(text)).toEqual(["an insult", "constructive"]);
  });

  it("leaves out a programme's title in quotation marks, its small words in lower case, and keeps speech so written", () => {
    const text = [
      "Dockers vote to strike",
      'Mara Kell said so on Kessing television\'s "Meet the Press." Ivo Brand told "The Harbour Hour" the same. Kell said: "Stand and fight."',
    ].join("\n");
    expect(texts(text)).toEqual(["Stand and fight."]);
  });

  it("keeps one word in quotation marks only close after a speech verb, and reads past an abbreviation's full stop", () => {
    const text = [
      "Dockers vote to strike",
      'Union officials said on Sunday they did not regard the talks as over after the company\'s "final" offer was rejected by the members.',
      'In a speech last May, Mara Kell called the U.S. plan "reckless."',
    ].join("\n");
    expect(texts(text)).toEqual(["reckless."]);
  });

  it("reads a plural's apostrophe inside a single-quoted quotation as no closing mark", () => {
    const text = "Nurses to strike\n'We have no choice,' said Pat Cullen. 'Our members' patience has run out.'";
    expect(texts(text)).toEqual(["We have no choice", "Our members' patience has run out."]);
  });

  it("leaves out a quote in a headline that says nobody speaks", () => {
    const text = ["Kell 'took a banned drug before the race'", "", 'Mara Kell said on Monday: "I broke no rule."'].join(
      "\n",
    );
    expect(texts(text)).toEqual(["I broke no rule."]);
  });
});

describe("a hard-wrapped wire story", () => {
  // Invented, laid out as wire copy: lines of about sixty characters, each paragraph indented.
  const text = [
    "DOCKERS REJECT PORT OFFER",
    "    By Ana Lima, Wire Service",
    "    VALMAR, March 2 - Dockers at the port of Valmar rejected",
    "a pay offer on Monday, their union said, and called a strike",
    "from next week unless the port authority returns to talks.",
    '    "We sincerely regret this outcome, but the offer was not',
    'one our members could accept," union leader Mara Kell told',
    "reporters outside the port's main gate on Monday evening.",
    "    The authority said it would reply within seven days and",
    "that the offer of six pct remained on the table for now.",
    " Reuter",
  ].join("\n");

  it("is read paragraph by paragraph, so a quotation broken over lines is one quote and the sign-off is furniture", () => {
    const segmented = segmentArticle(text);
    expect(segmented.blocks.length).toBe(5);
    expect(segmented.furniture.map((f) => f.reason)).toEqual(["site furniture"]);
    expect(texts(text)).toEqual([
      "We sincerely regret this outcome, but the offer was not\none our members could accept",
    ]);
  });
});

describe("wire copy's ``quotation marks''", () => {
  it("pairs `` with '', reads a single quotation closing inside one ('''), and a `` closed by a lone mark", () => {
    // Invented, in the style of 2000s wire copy, flattened onto one line.
    const text = [
      "Ferry strike ends",
      "KESSING (AP) - The strike is over. ``We have a deal,'' said union leader Mara Kell. She added: ``I told them, 'Sign it now,''' and laughed. ``We will be back at work on Monday.' The ferry company said it was pleased.",
    ].join("\n");
    expect(texts(text)).toEqual([
      "We have a deal",
      "I told them, 'Sign it now,'",
      "We will be back at work on Monday.",
    ]);
  });
});
