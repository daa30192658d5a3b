/**
 * Classes the tenth blind set showed after it was scored once (issue 18): a credit line with a carrying page's
 * editor's note run on after it, a writer's "Follow ... on Twitter" line, a headline whose quoted words hold a
 * comma, a day between "said" and its subject, pounds a person gained. Every passage here is INVENTED for these
 * tests; the people in it are fictional.
 */
import { describe, expect, it } from "vitest";
import { figureLabels, readArticle, speakersOf } from "./read-article.js";

const people = (text: string) =>
  readArticle(text)
    .actors.filter((a) => a.kind === "person")
    .map((a) => a.name);

describe("page furniture after a story", () => {
  it("names no one in a credit line with an editor's note run on, nor in a writer's promotion", () => {
    const text =
      "Headline\n\nTom Vardan spoke in Varno on Monday.\n\n(Additional reporting by Ana Ruiz in Osten, editing by Karl Osten)Editor’s note: Tom Vardan regularly\nincites\nviolence.\n\nFollow Mira Tolen on Twitter @mtolen or email the author.";
    expect(people(text)).toEqual(["Tom Vardan"]);
  });
});

describe("a headline in title case whose quoted words hold a comma", () => {
  it("names no one by its capitals", () => {
    const text =
      "Varno’s Tom Vardan on Ana Ruiz Leak to Osten Campaign: ‘Unethical,’ ‘Horrifying.’\n\nTom Vardan called the leak unethical. Ana Ruiz denied it.";
    expect(people(text)).toEqual(["Tom Vardan", "Ana Ruiz"]);
  });
});

describe("a day between 'said' and its subject", () => {
  it("leaves the subject after it the speaker", () => {
    expect(
      speakersOf(
        'Headline\n\n"Things are looking very positive," said on Tuesday Tom Vardan, a spokesman for the Varnian police.',
      ),
    ).toEqual([["Things are looking", "Tom Vardan"]]);
  });
});

describe("pounds a person gained", () => {
  it("are pounds of weight gained, no money", () => {
    expect(figureLabels("Apparently I have gained about 30 pounds since the summer.")).toEqual([
      ["about 30", "pounds gained", "pounds"],
    ]);
  });
});

describe("a chairperson's title before the name", () => {
  it("is the title, not part of the name", () => {
    const person = readArticle("Headline\n\nDemocrat National Chairperson Ana Ruiz denied it.").actors.find(
      (a) => a.kind === "person",
    );
    expect([person?.name, person?.titles]).toEqual(["Ana Ruiz", ["Democrat National Chairperson"]]);
  });
});

describe("a broadcaster's host named by the broadcaster", () => {
  it("is the person the text is about, named just before, flagged", () => {
    const text =
      'VNN’s Tom Vardan on the leak\n\n"It is horrifying," Tom Vardan said on his show. In closing, the VNN host reiterated, "it is very upsetting."';
    expect(speakersOf(text)).toEqual([
      ["It is horrifying", "Tom Vardan"],
      ["it is very", "Tom Vardan"],
    ]);
  });

  it("is no guest the broadcaster interviews", () => {
    expect(
      speakersOf(
        'Headline\n\nTom Vardan spoke to VNN on Sunday. "Are you sure?" the VNN host asked. "I am," Vardan said.',
      ),
    ).toEqual([
      ["Are you sure?", null],
      ["I am", "Tom Vardan"],
    ]);
  });
});

describe("a given name that is a dictionary word", () => {
  it("says the person's gender, as other given names do ('Bill', 'Mark', 'Grace')", () => {
    const actors = readArticle("Headline\n\nBill Vardan met Mark Osten and Grace Tolen on Monday.").actors;
    expect(actors.map((a) => [a.name, a.mentions[0]?.gender])).toEqual([
      ["Bill Vardan", "male"],
      ["Mark Osten", "male"],
      ["Grace Tolen", "female"],
    ]);
  });
});
