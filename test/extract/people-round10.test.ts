/**
 * People and speakers the eleventh dev batch showed missed (issue 18, tenth round): a lawmaker named with a party
 * and state in brackets ("Rep. Jason Chaffetz (R-Utah)"), which is no body's short name, and a delegate's "Del."
 * title, which ends no sentence. Every passage here is INVENTED for these tests; the people in it are fictional.
 */
import { describe, expect, it } from "vitest";
import { readArticle, speakersOf } from "./read-article.js";

const actors = (text: string, kind: string) => readArticle(text).actors.filter((a) => a.kind === kind);
const names = (text: string, kind: string) => actors(text, kind).map((a) => a.name);

const LAWMAKERS =
  'Headline\n\n"Subpoenas are not optional," panel Chairman Rep. Tom Vardan (R-Utah) said on Monday. "We cannot have people come here. They may refuse," Rep. Ana Ruiz (D-Fla.) said. Sen. Karl Osten (R-S.C.) said the law was clear. "This is a waste of time," said Del. Mira Tolen of Guam.';

describe("a lawmaker's party and state in brackets", () => {
  it("makes a person, not an organisation with a short name", () => {
    expect(names(LAWMAKERS, "person")).toEqual(["Tom Vardan", "Ana Ruiz", "Karl Osten", "Mira Tolen"]);
    expect(names(LAWMAKERS, "organisation")).toEqual([]);
  });

  it("stands between the name and the speech verb without hiding the speaker", () => {
    expect(speakersOf(LAWMAKERS)).toEqual([
      ["Subpoenas are not", "Tom Vardan"],
      ["We cannot have", "Ana Ruiz"],
      ["This is a", "Mira Tolen"],
    ]);
  });

  it("leaves a body's short name in brackets a body", () => {
    const text = "Headline\n\nThe Varnian Workers Union (VWU) said on Monday it would strike.";
    expect(names(text, "organisation")).toEqual(["Varnian Workers Union"]);
  });
});

describe("a delegate's title", () => {
  it("is a title before a name, and a state's shortening after a town and its comma ends the sentence", () => {
    const text = "Headline\n\nThe firm is based in Dover, Del. Its owner sold it. Del. Mira Tolen said she was glad.";
    expect(actors(text, "person").map((p) => [p.name, p.titles])).toEqual([["Mira Tolen", ["Del"]]]);
  });
});

describe("a surname that reads as an adjective by its ending", () => {
  it("is the person named in full before, and says the words after 'said'", () => {
    const text =
      'Headline\n\nTeams will test every bird, Pyotr Varnitsky, the chief inspector, said. "The virus is behaving differently," said Varnitsky. Angry, British farmers left.';
    expect(actors(text, "person").map((p) => [p.name, p.aliases])).toEqual([["Pyotr Varnitsky", ["Varnitsky"]]]);
    expect(speakersOf(text)).toEqual([["The virus is", "Pyotr Varnitsky"]]);
  });
});

describe("a headline in title case that ends with a full stop", () => {
  it("names no one by its capitals", () => {
    const text =
      "Tom Vardan Drops Into Varno As Democrats Get Nervous About Turnout.\n\nPresident Tom Vardan sounded a call on Monday. Vardan said so.";
    expect(names(text, "person")).toEqual(["Tom Vardan"]);
  });
});

describe("a nickname in quotation marks inside a name", () => {
  it("is part of one person's name", () => {
    const text =
      'Headline\n\nThe governor will decide whether to spare ex-gang leader Tomas "Tookie" Vardan, whose sentence is due. Vardan, 51, has insisted he is innocent.';
    expect(actors(text, "person").map((p) => [p.name, p.aliases])).toEqual([['Tomas "Tookie" Vardan', ["Vardan"]]]);
  });
});

describe("what a review found the party-tag and 'Del.' rules must not reach", () => {
  it("reads a party tag set off by commas, and no company's short name as one", () => {
    const text =
      'Headline\n\n"We will not back down," Sen. Tom Vardan, R-S.C., said on Tuesday. The firm Acme Systems (D-Wave) said so.';
    expect(names(text, "person")).toEqual(["Tom Vardan"]);
    expect(speakersOf(text)).toEqual([["We will not", "Tom Vardan"]]);
    expect(names(text, "organisation")).toContain("Acme Systems");
  });

  it("ends a sentence at a state's 'Del.' after 'in'", () => {
    const text = "Headline\n\nThe plant will move to Dover in Del. Workers said they were stunned.";
    expect(readArticle(text).actors.map((a) => a.name)).not.toContain("Del. Workers");
  });
});
