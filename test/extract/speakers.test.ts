/**
 * Who said each quote (attribute-quotes.ts), and what the draft says when the extractor is not
 * sure. Every passage here is invented for these tests; the people and bodies in them are fictional.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const read = (text: string) => extractArticle(chrono, { text, published: "2026-03-19" });
/** Each quote's first words, its speaker's name (or null) and the pattern that drafted it. */
const speakers = (text: string) =>
  read(text).quotes.map((q) => [q.quote.text.split(" ").slice(0, 3).join(" "), q.speaker?.name ?? null] as const);
const drafted = (text: string) => read(text).quotes.map((q) => q.drafted);

describe("the speaker of a quote", () => {
  it("follows 'our correspondent' and 'he added' to the correspondent the text named", () => {
    const text = [
      "Pay talks stall",
      "Talks ended without a deal, said BBC labour correspondent Tom Reyes. The unions want the rules withdrawn.",
      'Privately ministers believe a delay is the "least painful" option, our correspondent added.',
      '"Nobody expects a deal before the spring," he added.',
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["least painful", "Tom Reyes"],
      ["Nobody expects a", "Tom Reyes"],
    ]);
  });

  it("gives a spokeswoman's words to no one named, with a note, rather than to the mayor she speaks for", () => {
    const text = [
      "Mayor backs strike",
      "Mayor Peter Hollis has backed the teachers. The mayor's spokeswoman, speaking on condition of anonymity, said he supported the ballot.",
      'She said: "He stands with them."',
    ].join("\n");
    const [quote] = read(text).quotes;
    expect(quote?.speaker).toBeUndefined();
    expect(quote?.drafted?.note).toMatch(/spokeswoman.*not named/);
    expect(quote?.drafted?.pattern).toBe("quote-pronoun-speaker");
  });

  it("gives a spokesman's words to the body he speaks for, and makes no person of its apposition", () => {
    const text = [
      "Teachers vote",
      "A spokesman for the Teachers' Federation, the country's largest union, said: \"Our members are angry.\"",
    ].join("\n");
    const extraction = read(text);
    expect(extraction.quotes.map((q) => q.speaker?.name)).toEqual(["Teachers' Federation"]);
    expect(extraction.quotes[0]?.drafted?.pattern).toBe("quote-organisation-spokesperson");
    expect(extraction.quotes[0]?.drafted?.note).toMatch(/spokesman/);
    expect(extraction.actors.filter((a) => a.kind === "person")).toEqual([]);
  });

  it("lets a body speak: 'the Treasury said in a statement', 'the company said'", () => {
    const text = [
      "Budget row",
      '"The offer is generous," the Treasury said in a statement.',
      'Nordvik Motors said it would move production. The Grain Millers Union said the move would cost jobs. "We regret this outcome," the company said.',
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["The offer is", "Treasury"],
      ["We regret this", "Nordvik Motors"],
    ]);
    expect(drafted(text).map((d) => d?.pattern)).toEqual([
      "quote-organisation-statement",
      "quote-organisation-statement",
    ]);
  });

  it("reads a pronoun for the person the text is about, of its gender", () => {
    const text = [
      "Ruling",
      "Judge Ana Ruiz heard the case. Lawyer Marco Bell spoke for the port.",
      "Ruiz said the law was clear. She then turned to the port's lawyer.",
      '"The rules are plain," she said.',
    ].join("\n");
    expect(speakers(text)).toEqual([["The rules are", "Ana Ruiz"]]);
  });

  it("reads the subject past an apposition, and not the one spoken to", () => {
    const text = [
      "Ruling",
      'Lord Quill of Ashby, in his ruling, said: "Detention without trial is anathema."',
      '"The lira was funny money," shop owner Ayla Demir, told Wire Press.',
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["Detention without trial", "Lord Quill of Ashby"],
      ["The lira was", "Ayla Demir"],
    ]);
  });

  it("gives every paragraph of a quotation the speaker one of them names", () => {
    const text = [
      "Pay",
      '"We have waited three years for a fair offer. "Every month we wait, more teachers leave. "Enough is enough," said Mary Collins, the union leader.',
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["We have waited", "Mary Collins"],
      ["Every month we", "Mary Collins"],
      ["Enough is enough", "Mary Collins"],
    ]);
    expect(drafted(text).map((d) => d?.pattern)).toEqual([
      "quote-continued-paragraph",
      "quote-continued-paragraph",
      "quote-said-after",
    ]);
  });

  it("reads a pronoun after an unnamed speaker as that speaker, not as someone named before", () => {
    const text = [
      "Rally",
      "Mara Kell spoke first on Monday.",
      "Then a man in the crowd shouted at the stage.",
      '"Go home," he said.',
      "Following the raid, a spokesman for the Harbour Defence Headquarters vowed revenge.",
      '"The port has entered a swamp," Valmar Radio quoted him as saying.',
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["Go home", null],
      ["The port has", "Harbour Defence Headquarters"],
    ]);
  });

  it("reads 'the head coach' for the person given that title, and never a country after the verb for its subject", () => {
    const text = [
      "Cup defeat",
      "After the 1-0 loss in Margao on Monday, the away side's head coach Scott Carver praised the Goa-based club.",
      "The head coach said his side had two chances.",
      '"We hit the target just once," he added.',
      'The coach of the national team further said about the match against China: "We will enter with a plan."',
    ].join("\n");
    const extraction = read(text);
    expect(extraction.quotes.map((q) => q.speaker?.name ?? null)).toEqual(["Scott Carver", "Scott Carver"]);
    expect(extraction.actors.map((a) => a.name)).toEqual(["Scott Carver", "China"]);
  });

  it("reads 'the official' for no journalist the text is about, only for a person whose title fits", () => {
    const text = [
      "Dossier row",
      "Ana Lima, the defence correspondent of Radio Valmar, met a ministry official at a hotel.",
      'The official denied any part in her report that the army could deploy "within 45 minutes".',
    ].join("\n");
    expect(speakers(text)).toEqual([["within 45 minutes", null]]);
  });

  it("leaves an unnamed speaker to the editor, with a note", () => {
    const text = [
      "Gulf",
      '"The ball is in their court now," a diplomat said. Commented another diplomat: "It was a measured response."',
    ].join("\n");
    const quotes = read(text).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual([undefined, undefined]);
    expect(
      quotes.every((q) => q.drafted?.pattern === "quote-unnamed-speaker" && /diplomat/.test(q.drafted.note ?? "")),
    );
  });

  it("reads a surname that is also a common word ('Hinds replied'), a colon ending a paragraph, and 'joked'", () => {
    const text = [
      "Row over talks",
      "Schools minister Damian Hinds denied the claim on Monday.",
      'Hinds replied: "No, of course not."',
      "Questioned about the phones, Mark Spender, a former whip, said:",
      "\"We all talk on personal phones, don't we?",
      '"Given Mark Spender\'s record, you have to be careful," he added.',
      'SNP MP Dana Lind joked: "I was unaware of that."',
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["No, of course", "Damian Hinds"],
      ["We all talk", "Mark Spender"],
      ["Given Mark Spender's", "Mark Spender"],
      ["I was unaware", "Dana Lind"],
    ]);
    expect(read(text).actors.map((a) => a.name)).not.toContain("Given Mark Spender");
  });

  it("says which pattern drafted every quote", () => {
    const text = [
      "Harbour strike drags on",
      'Union leader Ana Ferreira spoke on Tuesday. "We will not," she said, "go back for a promise."',
      'Port director Tomás Ruiz said: "The offer is final."',
      'Ruiz said the offer was "fair and final" and that talks could resume.',
    ].join("\n");
    expect(drafted(text).map((d) => d?.pattern)).toEqual([
      "quote-pronoun-speaker",
      "quote-pronoun-speaker",
      "quote-colon",
      "quote-said-before",
    ]);
  });
});
