/**
 * Speakers of quotes by class of news writing (issue 18, third round): a quote after a wire
 * story's line break, a partial quote in reported speech by a person named in apposition, a
 * party in its leader's apposition, and short quotes in the object of a verb of judging. Every
 * passage here is invented for these tests; the people, bodies and places in them are fictional.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const read = (text: string) => extractArticle(chrono, { text, published: "2026-03-19" });
/** Each quote's text and its speaker's name (or null). */
const speakers = (text: string) => read(text).quotes.map((q) => [q.quote.text, q.speaker?.name ?? null] as const);

describe("a quotation in hard-wrapped wire copy", () => {
  it("keeps the line break in the quote and gives it to the 'But government spokesman X' who says it", () => {
    // Invented.
    const text = [
      "HARBOUR TALKS STALL AS PORTS CLOSE",
      "    KESSING, March 4 - Norvian Transport Minister Pella Dorne",
      "said today that the ports of the southern coast would stay shut",
      "until the unions returned to the table in Kessing next week.",
      "    Local newspapers said the coast guard had been put on alert and",
      "patrol boats had left the harbour. But government spokesman",
      'Tomas Varga did not confirm the report, saying only "The coast',
      'guard is still in its home port."',
      "    Dorne said that a survey issued last month showed most of the",
      "harbour's trade went through the northern ports of the country.",
      "    The Norvian government said last week it would close the",
      "harbour to foreign ships until the strike was over.",
    ].join("\n");
    expect(speakers(text)).toEqual([["The coast\nguard is still in its home port.", "Tomas Varga"]]);
  });
});

describe("a partial quote in reported speech", () => {
  it("gives it to the person named in apposition to the subject ('The board's chairman, Norvian envoy X, said')", () => {
    // Invented.
    const text = [
      "Council backs flood plan",
      "The Harbour Council voted on Tuesday to fund new flood walls along the Kessing river.",
      'The council\'s chairman, Norvian envoy Pella Dorne, said the vote shows the council "takes the danger of flooding seriously".',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["takes the danger of flooding seriously", "Pella Dorne"]]);
  });
});

describe("a party named in its leader's apposition", () => {
  it("gives the leader's words to the leader ('Mr X, the president of the union's wing, Party, said'), never the party", () => {
    // Invented.
    const text = [
      "Council backs flood plan",
      "The Harbour Council voted on Tuesday to fund new flood walls along the Kessing river.",
      "Mr Varga, the president of the Farmers' Union's political wing, Tir Nua, said the walls were late. " +
        'He said he had told Mayor Anna Holt that "we may need help from the capital to finish the walls".',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["we may need help from the capital to finish the walls", "Mr Varga"]]);
  });
});

describe("short quotes in the object of a verb of judging", () => {
  it('counts \'He did not regard the "stop" by the police as "an arrest."\' as the speaker\'s words', () => {
    // Invented.
    const text = [
      "Ferry operator stopped",
      "Tomas Brill, a Kessing ferry operator, said his boats had been stopped by the harbour police on Monday.",
      'He did not regard the "stop" by the police as "an arrest."',
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["stop", "Tomas Brill"],
      ["an arrest.", "Tomas Brill"],
    ]);
  });

  it("leaves out a one-word term with no speech verb in reach, and a body's view of a term", () => {
    // Invented.
    const text = [
      "Ferry operator stopped",
      "Tomas Brill, a Kessing ferry operator, said his boats had been stopped by the harbour police on Monday.",
      'The police had set up a "checkpoint" on the quay the week before.',
      'The harbour board regards the "smart quay" as a priority.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([]);
  });
});
