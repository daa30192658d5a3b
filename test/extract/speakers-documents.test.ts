/**
 * Speakers of quotes by class of news writing (issue 18, fourth round): a document that "reads" or
 * "says" its author's words, a headline's "'…' - Name", a quotation a person "cited", and a
 * description of the person named just before ("the former general", "the 67-year-old"). Every
 * passage here is invented for these tests; the people, bodies and places in them are fictional.
 */
import { describe, expect, it } from "vitest";
import { speakersAndPatterns as speakers } from "./read-article.js";

describe("a document speaks for its author", () => {
  it("gives 'the letter reads' to the person whose letter the text named before", () => {
    // Invented.
    const text = [
      "Harbour chief steps down",
      'Marta Olsen\'s resignation letter to the board was dated last Friday. "Now that the dredging is done," the letter reads, "the time has come for me to go."',
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["Now that the", "Marta Olsen", "quote-document"],
      ["the time has", "Marta Olsen", "quote-document"],
    ]);
  });

  it("gives 'a statement from the X said' to X, and a document the text gives no author to no one", () => {
    // Invented.
    const text = [
      "Port closed",
      'A statement from the Kessing Port Authority said: "The port will stay closed until Monday."',
      'Dock workers gathered at the gate. "No one has told us anything," the memo said.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["The port will", "Kessing Port Authority", "quote-document"],
      ["No one has", null, "quote-unnamed-speaker"],
    ]);
  });

  it("gives 'her letter said' to the woman the text is about", () => {
    // Invented.
    const text = [
      "Mayor answers critics",
      'Mayor Ana Ruiz wrote to the council on Monday. "The bridge will open in May," her letter said.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["The bridge will", "Ana Ruiz", "quote-document"]]);
  });
});

describe("a headline says who speaks", () => {
  it("reads \"Harbour fee 'unfair' - Olsen\" as Olsen's word", () => {
    // Invented.
    const text = [
      "Harbour fee 'unfair' - Olsen",
      'Marta Olsen, the harbour chief, spoke on Monday. "Small boats cannot pay it," she said.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["unfair", "Marta Olsen", "quote-headline-dash"],
      ["Small boats cannot", "Marta Olsen", "quote-pronoun-speaker"],
    ]);
  });

  it("keeps no headline word quoted without a speaker, nor a dash before a common word", () => {
    // Invented.
    const text = [
      "Harbour fee 'unfair' - report",
      "The harbour fee was raised on Monday. Fishermen called it unfair.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([]);
  });
});

describe("a person named just before, described again", () => {
  it("reads 'the former general said' and 'the 67-year-old said' as the person just named", () => {
    // Invented.
    const text = [
      "Olsen to stay on",
      'Asked about the dredging plan, Piet Varga cited "the safety of the channel" as his first concern.',
      'Asked whether he could still lead the works, the former general said, "I think I will be able to finish them."',
      'Tomas Reed lost his barn on Monday. "It was gone in a minute," the 67-year-old said.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["the safety of", "Piet Varga", "quote-said-before"],
      ["I think I", "Piet Varga", "quote-role-speaker"],
      ["It was gone", "Tomas Reed", "quote-role-speaker"],
    ]);
  });

  it("gives no one 'the former general' when a woman was named last and the noun is a man's", () => {
    // Invented.
    const text = ["Olsen to stay on", 'Marta Olsen met the board. "We will not sell," the former chairman said.'].join(
      "\n\n",
    );
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([null]);
  });
});
