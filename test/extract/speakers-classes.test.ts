/**
 * Speakers of quotes by class of news writing (issue 18, second round): a speaker introduced before
 * the quote, after it across a paragraph break, a body or an unnamed official, and quoted terms that
 * are nobody's speech. Every passage here is invented for these tests; the people, bodies and places
 * in them are fictional.
 */
import { describe, expect, it } from "vitest";
import { readArticle as read, speakersOf } from "./read-article.js";

const speakers = speakersOf;

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

describe("a speaker introduced before the quote", () => {
  it("reads 'X told the BBC:' and 'X told state television' as X, never the outlet", () => {
    // Invented.
    const text = [
      "Dam breach",
      'Paula Grint, the site engineer, told the BBC: "The water rose a metre in ten minutes."',
      '"We had no warning," farmer Owen Tagg told state television.',
      'Tagg told Reuters on Tuesday that the village was "cut off".',
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["The water rose", "Paula Grint"],
      ["We had no", "Owen Tagg"],
      ["cut off", "Owen Tagg"],
    ]);
  });

  it("reads 'X told reporters on Tuesday that ...' and 'X, who ..., said:'", () => {
    // Invented.
    const text = [
      "Dam breach",
      'Mayor Ilse Brandt told reporters on Tuesday that the repairs would take "weeks, not days".',
      'Jonas Reiter, who has farmed below the dam for thirty years, said: "I have never seen the river like this."',
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["weeks, not days", "Ilse Brandt"],
      ["I have never", "Jonas Reiter"],
    ]);
  });

  it("reads 'In a statement, the ministry said:' as the ministry the text named", () => {
    // Invented.
    const text = [
      "Dam breach",
      "The Norvian Ministry of Water ordered an inquiry on Monday.",
      'In a statement, the ministry said: "Every dam in the region will be inspected."',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["Every dam in", "Norvian Ministry of Water"]]);
  });

  it("reads a witness named on the line before the quote, with no speech verb", () => {
    // Invented: a live report's layout.
    const text = [
      "Dam breach: latest",
      "The river burst its banks at about noon.",
      "Marta Kell, who lives by the bridge:",
      '"The water came over the wall in seconds. We ran upstairs with the children."',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["The water came", "Marta Kell"]]);
  });
});

describe("a speaker after the quote, across a paragraph break", () => {
  it("reads 'she said' as the last named woman, past a man named since", () => {
    // Invented.
    const text = [
      "Dam breach",
      "Interior Minister Lena Hart visited the village on Monday with the regional governor, Tom Bell.",
      '"We will rebuild every house," she said.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["We will rebuild", "Lena Hart"]]);
  });

  it("reads 'the spokesman said' as the spokesman named before", () => {
    // Invented.
    const text = [
      "Dam breach",
      '"The dam held for forty years," said a spokesman for the Norvian Water Board, Piet Olde.',
      "Engineers will inspect the wall on Thursday.",
      '"Nobody could have predicted this rain," the spokesman added.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["The dam held", "Piet Olde"],
      ["Nobody could have", "Piet Olde"],
    ]);
  });
});

describe("bodies and unnamed officials", () => {
  it("gives 'the ministry said in a statement' to the ministry and 'a senior official said' to no one, with a note", () => {
    // Invented.
    const text = [
      "Dam breach",
      "The Norvian Ministry of Water ordered an inquiry on Monday.",
      '"The inquiry will report within a month," the ministry said in a statement.',
      '"Nobody wants to talk about the budget cuts," a senior official said.',
    ].join("\n\n");
    const quotes = read(text).quotes;
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(["Norvian Ministry of Water", null]);
    expect(quotes[1]?.drafted?.note).toMatch(/not named/);
  });
});

describe("quoted terms are not speech", () => {
  it("drops words quoted from a treaty or a term, and keeps a government's words it 'referred to as'", () => {
    // Invented.
    const text = [
      "Ruling on the strait",
      'The Norvian government referred to the ruling as a "historic victory".',
      'The treaty lets states opt out of "binding procedures for the settlement of disputes" under its Article 9.',
      'Ships may sail freely through the "open waters" of the strait.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["historic victory", "Norvian government"]]);
  });
});

describe("an official of a body the text names", () => {
  it("gives 'a senior Water Board official' to the board, through a colon with no speech verb, and 'the senior official' back to it", () => {
    // Invented.
    const text = [
      "Minister quits",
      "Water Minister Ivo Brand resigned on Monday.",
      'But a senior Norvian Water Board official characterised the resignation this way: "He was pushed."',
      '"Nobody asked him to stay," the senior official said. The official also said Brand "never asked to stay".',
    ].join("\n\n");
    const quotes = read(text).quotes;
    expect(quotes.map((q) => [q.quote.text, q.speaker?.name ?? null])).toEqual([
      ["He was pushed.", "Norvian Water Board"],
      ["Nobody asked him to stay", "Norvian Water Board"],
      ["never asked to stay", "Norvian Water Board"],
    ]);
    expect(quotes[1]?.drafted?.note).toMatch(/official the text introduced before/);
  });

  it("leaves 'the official' unnamed when the official introduced before spoke for no body", () => {
    // Invented.
    const text = [
      "Minister quits",
      "Water Minister Ivo Brand resigned on Monday.",
      '"He was pushed," a senior official said.',
      '"Nobody asked him to stay," the official added.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["He was pushed", null],
      ["Nobody asked him", null],
    ]);
  });
});
