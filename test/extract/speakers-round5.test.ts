/**
 * Speakers and people in the classes the sixth batch of real dev articles showed (issue 18, fifth
 * round): a quotation that opens a paragraph after a sentence whose speech verb is in a clause about
 * someone else; "the president" is not a "presidential adviser"; "said the letter" given to whoever
 * wrote it in the sentence that named it; a holder's name read after a title although its words
 * alone read as something else; a post "to" a body whose name runs into the holder's; a name before a
 * place's noun ("the Tarn Omar area") names the place. Every passage
 * here is INVENTED for these tests; the people, bodies and places in them are fictional.
 */
import { describe, expect, it } from "vitest";
import { readArticle, speakersAndPatterns as speakers } from "./read-article.js";

const people = (text: string) =>
  readArticle(text)
    .actors.filter((a) => a.kind === "person")
    .map((a) => [a.name, a.titles.join("; ")] as const);

describe("a quotation that opens a paragraph", () => {
  it("goes on with the speaker before, not with a name in a clause about someone else", () => {
    const text = [
      "President Holm faces questions",
      'President Ivar Holm took questions on Friday. "No, that is not true at all," the president replied when asked about a report that presidential adviser Lars Lindqvist had told him about the money.',
      '"When I went on the air, I did not know there was any money involved."',
      'He said he was still puzzled. "I want to find out where the money went," he said.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["No, that is", "Ivar Holm", "quote-role-speaker"],
      ["When I went", "Ivar Holm", "quote-continued"],
      ["I want to", "Ivar Holm", "quote-pronoun-speaker"],
    ]);
    // The adviser keeps his own title, and "the president" is not the "presidential adviser".
    expect(people(text)).toContainEqual(["Lars Lindqvist", "presidential adviser"]);
  });

  it("within a paragraph, a quotation after `X said.` is still X's", () => {
    const text = [
      "Envoy to stay on",
      'Meanwhile, it will be business as usual, Vera Nordin said. "I fully intend for the office to work as hard as ever."',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["I fully intend", "Vera Nordin", "quote-said-before"]]);
  });
});

describe("a document that speaks after its words", () => {
  it("gives '\"…,\" said the letter' to the person who wrote it in the sentence that named it", () => {
    const text = [
      "Troops to cross the river",
      "In a letter to the regional council, seen late on Wednesday, Anton Kessler wrote that the operation would be short.",
      '"I trust that a solution will be found within fourteen days," said the letter, dated March 12.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["I trust that", "Anton Kessler", "quote-document"]]);
  });

  it("gives it to no one who only read or denied it, and to the one it is 'signed by'", () => {
    const read = [
      "Letter found",
      "After reading the letter, Senator Jon Vik said it was a forgery.",
      '"We will not leave," said the letter.',
    ].join("\n\n");
    expect(speakers(read)).toEqual([["We will not", null, "quote-unnamed-speaker"]]);
    const signed = ["Letter found", '"We will not go," said a letter signed by Senator Jon Vik.'].join("\n\n");
    expect(speakers(signed).map(([words, speaker]) => [words, speaker])).toEqual([["We will not", "Jon Vik"]]);
  });
});

describe("names after titles", () => {
  it("reads a holder's name after a role though its words read as common nouns ('Rice', 'Bolton')", () => {
    const text = [
      "Talks in Valmar",
      "Also due to attend are U.S. Secretary of State Edda Rice and U.S. Undersecretary of State Jon Bolt.",
    ].join("\n\n");
    expect(people(text)).toEqual([
      ["Edda Rice", "U.S. Secretary of State"],
      ["Jon Bolt", "U.S. Undersecretary of State"],
    ]);
  });

  it("reads two words straight after a role as a name though the dictionary knows both, and a cardinal's rank as his title", () => {
    const text = [
      "Speech on the economy",
      "In a speech late last month, Planning Minister Song Ping made a reference to this problem.",
      "Cardinal Anton Vesk, the Roman Catholic archbishop of Tarnby, warned yesterday of conflict.",
    ].join("\n\n");
    expect(people(text)).toEqual([
      ["Song Ping", "Planning Minister"],
      ["Anton Vesk", "Cardinal"],
    ]);
  });

  it("parts a body's name from the name of the person who holds a post 'to' it", () => {
    const text = [
      "Envoy resigns",
      "Valmar's Ambassador to the United Nations Ola Brekke submitted his resignation on Monday.",
    ].join("\n\n");
    const read = readArticle(text);
    expect(read.actors.map((a) => [a.kind, a.name])).toEqual(
      expect.arrayContaining([
        ["person", "Ola Brekke"],
        ["organisation", "United Nations"],
      ]),
    );
    expect(people(text)).toEqual([["Ola Brekke", "Valmar's Ambassador to the United Nations"]]);
  });

  it("starts the post's title at its first title word, country or initials ('On Monday U.S. Ambassador')", () => {
    const text = ["Envoy resigns", "On Monday U.S. Ambassador to the United Nations Ola Brekke resigned."].join("\n\n");
    expect(people(text)).toEqual([["Ola Brekke", "U.S. Ambassador to the United Nations"]]);
  });
});

describe("a name before a place's noun", () => {
  it("names the place ('the Tarn Omar area', 'the Abu Lina mosque'), not a person, unless the text has it speak", () => {
    const text = [
      "Fighting in the hills",
      "Troops fought among the peaks of the Tarn Omar area. The ground between Tarn Omar and the town of Vesk fell.",
      "Rebels attacked the Abu Lina mosque. Boats sailed on the far side of the Shatt al-Vesk waterway.",
      "Mara Lind said the Mara Lind bridge was safe.",
    ].join("\n\n");
    expect(people(text).map(([name]) => name)).toEqual(["Mara Lind"]);
  });

  it("leaves a person who is also named elsewhere, and a faction's 'camp'", () => {
    const text = ["Vote in Vesk", "Mara Lind won the vote on Sunday. Members of the Mara Lind camp celebrated."].join(
      "\n\n",
    );
    expect(people(text).map(([name]) => name)).toEqual(["Mara Lind"]);
  });
});

describe("a pronoun after the person it stands for, in the same sentence", () => {
  it("reads 'As pressure mounted on X ..., she said' as X speaking, and 'As' after a dateline as no name", () => {
    const text = [
      "PREMIER FIRM AS PRESSURE MOUNTS FOR ELECTIONS",
      "VESK, April 7 - As pressure mounted on Prime Minister Mara Lind to call an early election, she said today that the decision was hers.",
      'Asked for an assurance, she replied: "The date will be decided by my office, not by the papers."',
    ].join("\n\n");
    expect(speakers(text).map(([words, speaker]) => [words, speaker])).toEqual([["The date will", "Mara Lind"]]);
    expect(readArticle(text).actors.map((a) => a.name)).not.toContain("As");
  });
});

describe("a speaker named in an apposition just before the verb", () => {
  it("gives 'One commentator, X of the Y, wrote in the newspaper:' to X, not to the newspaper", () => {
    const text = [
      "Critics of the premier",
      "In the press, the premier has to contend with strong criticism.",
      "One senior political commentator, Ola Brekke of the Vesk Herald, wrote in the newspaper last week:",
      '"The premier is a man of good intentions."',
    ].join("\n\n");
    expect(speakers(text).map(([words, speaker]) => [words, speaker])).toEqual([["The premier is", "Ola Brekke"]]);
  });

  it("leaves a name inside the clause before ', adding,' to the clause's own subject", () => {
    const text = [
      "Premier backs report",
      'Mara Lind said she endorsed all of the Brekke commission\'s proposals about the harbour, adding, "In fact, I go beyond them."',
    ].join("\n\n");
    expect(speakers(text).map(([words, speaker]) => [words, speaker])).toEqual([["In fact, I", "Mara Lind"]]);
  });
});
