/**
 * Names the ninth batch of real dev articles showed drafted as people (issue 18, eighth round): newspapers named
 * by what they are, a storm's name, a title before a word for a people. Every passage here is INVENTED for
 * these tests; the papers and people in it are fictional.
 */
import { describe, expect, it } from "vitest";
import { readArticle } from "./read-article.js";

const names = (text: string, kind: string) =>
  readArticle(text)
    .actors.filter((a) => a.kind === kind)
    .map((a) => a.name);

describe("a newspaper", () => {
  it("is a paper, not a person, where 'daily', 'newspaper' or 'weekly' says so before or after its name", () => {
    const text =
      "Headline\n\nVarnia's Dorsk Morgenblad daily said the deal was fair. The Kessian daily Pravo Vecer said it was a defeat. Major Spanish daily El Tiempo praised it. Anna Lind said so too.";
    expect(names(text, "person")).toEqual(["Anna Lind"]);
    expect(names(text, "media")).toEqual(expect.arrayContaining(["Dorsk Morgenblad", "Pravo Vecer"]));
  });
});

describe("a storm", () => {
  it("is no person", () => {
    expect(names("Headline\n\nHurricane Mirela and Typhoon Kensu hit the coast, Tom Reed said.", "person")).toEqual([
      "Tom Reed",
    ]);
  });
});

describe("a name no dictionary knows", () => {
  it("is a person's where an age or a role within three words follows it in commas", () => {
    const text =
      "Headline\n\nThe last attack was in September, when Maya Kadrij, 40, a news presenter, was maimed. Toma Velkari, the 48-year-old director of the paper, was killed. Dorsk Varnal, a small port, was shelled.";
    expect(names(text, "person")).toEqual(["Maya Kadrij", "Toma Velkari"]);
  });
});

describe("names that are not papers", () => {
  it("keeps a person or a company whose name holds a paper's word, or stands by 'daily' or 'the paper'", () => {
    const text =
      "Headline\n\nTennis champion Jim Courier said he would retire. Royal Mail said it would cut 2,000 jobs. The minister, who met Ivan Horvat daily, said the talks went well. Speaking to the paper Elena Marsh said she had been threatened. The conservative Daily Mail said it was a defeat.";
    expect(names(text, "person")).toEqual(["Jim Courier", "Ivan Horvat", "Elena Marsh"]);
    expect(names(text, "media")).toEqual(["Daily Mail"]);
  });
});

describe("a profession before one name", () => {
  it("makes the name a person's, the profession their title", () => {
    const found = readArticle(
      "Headline\n\nSome, like citizen journalist Yazar, are unable to leave.\n\nThe novelist Marek said it was over.",
    ).actors.filter((a) => a.kind === "person");
    expect(found.map((a) => [a.name, a.titles])).toEqual([
      ["Yazar", ["citizen journalist"]],
      ["Marek", ["novelist"]],
    ]);
  });
});
