/**
 * People, organisations and their titles as extraction drafts them (find-names.ts, group-actors.ts).
 * Every passage here is invented for these tests; the people, places and bodies in them are fictional.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const read = (text: string) => extractArticle(chrono, { text, published: "2026-03-19" });
const actors = (text: string) => read(text).actors.map((a) => [a.kind, a.name, a.titles] as const);
const names = (text: string, kind?: string) =>
  read(text)
    .actors.filter((a) => kind === undefined || a.kind === kind)
    .map((a) => a.name);

describe("organisations with long names", () => {
  it("keeps a name written with commas and 'and', or with a plural possessive, whole", () => {
    const text = [
      "Farm rules",
      "The Department for Environment, Food and Rural Affairs and the Bill and Melinda Gates Foundation declined to comment.",
      "The Ministry of Health and Social Care, the Food and Drug Administration and the Teachers' Federation wrote to Parliament.",
    ].join("\n");
    expect(names(text, "organisation")).toEqual(
      expect.arrayContaining([
        "Department for Environment, Food and Rural Affairs",
        "Bill and Melinda Gates Foundation",
        "Ministry of Health and Social Care",
        "Food and Drug Administration",
        "Teachers' Federation",
      ]),
    );
    const listed = "Pay\nThe Bakery, Confectionery and Grain Millers Union said the contract would cut pay.";
    expect(names(listed, "organisation")).toEqual(["Bakery, Confectionery and Grain Millers Union"]);
    expect(names(text, "person")).toEqual([]);
  });

  it("takes a body's initials for its short name, either way round, and writes a name broken over a line on one line", () => {
    const text = [
      "Defence row",
      "The Ministry of Defence said on Monday that the MoD would reply. Staff of the NSC (National Security",
      "Council) met the Minister of State Anna\nKell on Tuesday.",
    ].join("\n");
    const found = read(text).actors.map((a) => [a.name, a.aliases]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["Ministry of Defence", ["MoD"]],
        ["National Security Council", ["NSC"]],
        ["Anna Kell", []],
      ]),
    );
  });

  it("does not join two actors named side by side", () => {
    const text =
      "Talks\nQatar and Egypt met officials of Hamas. Jane Doe of Oxford University and Ivo Brand disagreed.";
    expect(actors(text)).toEqual(
      expect.arrayContaining([
        ["state", "Qatar", []],
        ["state", "Egypt", []],
        ["person", "Jane Doe", []],
        ["organisation", "Oxford University", []],
        ["person", "Ivo Brand", []],
      ]),
    );
  });
});

describe("titles", () => {
  it("never gives a courtesy title or a rank alone as a title, but keeps 'Attorney General'", () => {
    const text = [
      "Army stays out",
      "General Mark Lee, the army chief, spoke on Monday. Mr Collins and Dr Rhea Vance listened.",
      "Attorney General Nadia Quist said the law was clear.",
    ].join("\n");
    const found = actors(text);
    expect(found).toEqual(
      expect.arrayContaining([
        ["person", "General Mark Lee", ["the army chief"]],
        ["person", "Mr Collins", []],
        ["person", "Dr Rhea Vance", []],
        ["person", "Nadia Quist", ["Attorney General"]],
      ]),
    );
    expect(found.flatMap(([, , titles]) => titles)).not.toContain("General");
    expect(found.flatMap(([, , titles]) => titles)).not.toContain("Mr");
  });

  it("reads common nouns before a role as part of the title, and 'Sheikh' as part of a name", () => {
    const text =
      "Doping\nBelgian sports minister Claude Erdek spoke on Monday. Sheikh Hamad bin Nasser met him on Tuesday.";
    expect(actors(text)).toEqual(
      expect.arrayContaining([
        ["person", "Claude Erdek", ["Belgian sports minister"]],
        ["person", "Sheikh Hamad bin Nasser", []],
      ]),
    );
  });

  it("reads capitalised words up to a role noun as a title: 'Hospital Director Amal Saleh'", () => {
    expect(actors("Fuel\nHospital Director Amal Saleh said the generators had stopped.")).toEqual([
      ["person", "Amal Saleh", ["Hospital Director"]],
    ]);
  });

  it("reads a title in apposition right after a quote, and no short name of a country from a dateline", () => {
    const text = [
      "Strike",
      "VALMAR, Spain (Wire) — Dockers walked out.",
      'The federation backed them. "Solidarity is not optional," its president, Lena Ortiz, said.',
    ].join("\n");
    expect(read(text).actors.map((a) => [a.name, a.aliases, a.titles])).toEqual(
      expect.arrayContaining([
        ["Lena Ortiz", [], ["its president"]],
        ["Spain", [], []],
      ]),
    );
  });

  it("keeps 'Mr Collins' apart from 'Mary Collins'", () => {
    const text = "Pay\nMary Collins, the union leader, met the minister. Mr Collins, her husband, waited outside.";
    expect(names(text, "person")).toEqual(["Mary Collins", "Mr Collins"]);
  });
});

describe("names that are no actor", () => {
  it("leaves out a dateline's place, documents, events and holidays", () => {
    const text = [
      "Pay row",
      "LONDON (Wire) - The White Paper, published before Christmas, follows the Easter Rising Review and the Windsor Framework.",
      "The Covid Inquiry heard from Boris Kell on Monday.",
    ].join("\n");
    expect(names(text)).toEqual(["Boris Kell", "Wire"]);
  });

  it("reads no names in a headline set in capitals or title case", () => {
    const text = [
      "Bakery Maker Crumbo to Close Plants if Strikes Persist",
      "",
      "Crumbo Brands Inc, the maker of the snack, said on Wednesday that Crumbo would close its plants.",
    ].join("\n");
    expect(actors(text)).toEqual([["organisation", "Crumbo Brands Inc", []]]);
    expect(read(text).actors[0]?.aliases).toEqual(["Crumbo"]);
  });

  it("takes a single name that speaks for a person's: 'Ana said'", () => {
    const text = 'Strike\n"We work six days a week," Ana said. Picket lines went up in Moline.';
    expect(names(text, "person")).toEqual(["Ana"]);
  });

  it("reads Britain as a state", () => {
    expect(actors("Pay\nBritain's largest union met on Monday.")).toEqual([["state", "Britain", []]]);
  });
});

describe("what drafted each actor", () => {
  it("names the pattern, and notes a body known only by a capitalised word", () => {
    const text = [
      "Port talks",
      "Finance Minister Lena Hart met Mr Collins, Ivo Brand and the Port Authority of Valmar in Spain on Monday.",
      "Talks with Nordvik also failed, Nordvik said.",
    ].join("\n");
    const drafted = Object.fromEntries(
      extractArticle(chrono, { text, published: "2026-03-19" }).actors.map((a) => [a.name, a.drafted]),
    );
    expect(drafted).toEqual({
      "Lena Hart": { pattern: "actor-name-with-title" },
      "Mr Collins": { pattern: "actor-name-with-honorific" },
      "Ivo Brand": { pattern: "actor-person-name" },
      "Port Authority of Valmar": { pattern: "actor-organisation-name" },
      Spain: { pattern: "actor-state-name" },
      Nordvik: { pattern: "actor-capitalised-name", note: expect.stringMatching(/capitalised/) },
    });
  });
});

describe("the name a person is called by", () => {
  it("joins 'Lula' to 'Luiz Inacio Lula da Silva' (the name before a family name's particle), alone or after a title", () => {
    // Invented names.
    const text = [
      "Pact signed",
      'Hu met Norvian President Tomas Inacio Varga da Costa ("Varga") on Friday. President Varga said the pact would hold. Later Varga left.',
    ].join("\n");
    const people = read(text).actors.filter((a) => a.kind === "person");
    expect(people.map((a) => [a.name, a.aliases])).toEqual([["Tomas Inacio Varga da Costa", ["Varga"]]]);
  });
});

describe("people named in the ways of the real dev articles of the fifth batch", () => {
  it("reads a nationality before a name apart from it, and a surname in s as a surname", () => {
    // Invented names.
    const text = [
      "Prize given",
      '"You are an example," said Ole Danbolt Mjoes, chairman of the Kessing Committee. The winner, Austrian Elfriede Varga, stayed home. The prize went to Americans David J. Ruiz and Norwegian Finn E. Olsen.',
    ].join("\n");
    expect(
      read(text)
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.titles]),
    ).toEqual([
      ["Ole Danbolt Mjoes", ["chairman of the Kessing Committee"]],
      ["David J. Ruiz", []],
      ["Finn E. Olsen", ["Norwegian"]],
      ["Elfriede Varga", ["Austrian"]],
    ]);
  });

  it("keeps a judge's and a lord's title with the name, after an office ('Home Office Minister Lord Falconer')", () => {
    // Invented names.
    const text =
      "Ruling given\nLord Justice Varga and Mr Justice Olsen ruled. The note was written by Home Office Minister Lord Ruiz.\n";
    expect(
      read(text)
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.titles]),
    ).toEqual([
      ["Lord Justice Varga", []],
      ["Mr Justice Olsen", []],
      ["Lord Ruiz", ["Home Office Minister"]],
    ]);
  });

  it("drafts no person from 'the Nobel Prizes', but 'Bill Gates' and 'Tom Peters'; joins 'Mr. Sadr' to 'Moktada al-Sadr'", () => {
    // Invented passage; the names are of public people or prizes.
    const text =
      "Prizes given\nThe Nobel Prizes are presented on Dec. 10. Bill Gates and Tom Peters came. Mr. Sadr met aides of Moktada al-Sadr.\n";
    expect(
      read(text)
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.aliases]),
    ).toEqual([
      ["Moktada al-Sadr", ["Mr. Sadr"]],
      ["Bill Gates", []],
      ["Tom Peters", []],
    ]);
  });
});
