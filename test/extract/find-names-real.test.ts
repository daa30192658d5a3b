/**
 * People, organisations and states in the classes of news writing that real articles showed
 * (issue 18, second round): institutions and vehicles named like people, sentence-start words and
 * places drafted as bodies, long names split at "and", demonyms and dotted abbreviations of states.
 * Every passage here is invented for these tests; the people, places and bodies in them are fictional.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const read = (text: string) => extractArticle(chrono, { text, published: "2026-03-20" });
const names = (text: string, kind: string) =>
  read(text)
    .actors.filter((a) => a.kind === kind || (kind === "organisation" && a.kind === "media"))
    .map((a) => a.name);
const forms = (text: string, kind: string) =>
  read(text)
    .actors.filter((a) => a.kind === kind)
    .map((a) => [a.name, ...a.aliases]);

describe("names read in their order and place", () => {
  it("drafts no person from capitalised dictionary words ('Tilt Train', 'Great Depression'), but 'Jack Straw' and 'Harry Reid'", () => {
    // Invented.
    const text =
      "Rail crash\nThe Tilt Train left the rails near Gin Gin, the worst crash since the Great Depression. Turner Broadcasting System and the Commission to Strengthen Social Security were not involved. Jack Straw and Harry Reid met Tomas Varga.\n";
    expect(names(text, "person")).toEqual(["Jack Straw", "Harry Reid", "Tomas Varga"]);
  });

  it("runs a title on to its last role noun ('Chief Cabinet Secretary Hiroyuki Hosoda'), keeping 'US Secretary of State' whole", () => {
    // Invented.
    const text =
      "Talks\nChief Cabinet Secretary Tomas Varga spoke. US Secretary of State Ana Ruiz and Harbour Board Chairman Piet Olsen met.\n";
    expect(
      read(text)
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.titles]),
    ).toEqual([
      ["Tomas Varga", ["Chief Cabinet Secretary"]],
      ["Ana Ruiz", ["US Secretary of State"]],
      ["Piet Olsen", ["Harbour Board Chairman"]],
    ]);
  });

  it("reads the word after wire copy's closing marks (``…president.'' After) as a sentence's first, no name", () => {
    // Invented.
    const text =
      "Vote called\nKESSING (AP) - Tomas Varga died on Tuesday. ``We want him to be president.'' After Varga's death Thursday, Speaker Ana Ruiz took over. ``He will stand,'' she said. Meanwhile Piet Olsen said nothing.\n";
    expect(forms(text, "person")).toEqual([["Tomas Varga", "Varga"], ["Ana Ruiz"], ["Piet Olsen"]]);
  });

  it("joins a family name written first to its full name ('Bao' of 'Bao Shusheng')", () => {
    // Invented.
    const text =
      "Envoy pushed\nAmbassador Wei Lianfang said he was pushed. Wei told reporters by telephone that he would not protest.\n";
    expect(forms(text, "person")).toEqual([["Wei Lianfang", "Wei"]]);
  });

  it("reads seas, straits and 'Port', 'Mount' names as places, no one", () => {
    // Invented.
    const text =
      "Naval stand-off\nThe survey ship sailed into the Norvian Sea on Friday. The fleet left Port Amsel at dawn, and climbers reached Mount Tarra.\n";
    expect(names(text, "person")).toEqual([]);
    expect(names(text, "organisation")).toEqual([]);
  });

  it("reads 'UN Secretary General Kofi Annan' as a person with his title", () => {
    // Invented name, the title as wire copy writes it.
    const text = "Sudan talks\nUN Secretary General Tomas Varga has said he hopes for a deal.\n";
    expect(names(text, "person")).toEqual(["Tomas Varga"]);
    expect(read(text).actors.flatMap((a) => a.titles)).toEqual(["UN Secretary General"]);
  });
});

describe("bodies named with 'on', and words of faith", () => {
  it("keeps 'Commission on Decommissioning' whole, and drafts no body from 'one Catholic, the other Protestant'", () => {
    // Invented.
    const text =
      "Arms talks\nThe Harbour Commission on Decommissioning met two churchmen, one Catholic, the other Protestant.\n";
    expect(names(text, "organisation")).toEqual(["Harbour Commission on Decommissioning"]);
  });
});

describe("a byline in capitals", () => {
  it("names its writer, a person, with the outlet and role as title, and the outlet apart", () => {
    // Invented.
    const text =
      "Ferry talks resume\nBy LENA MARSH Harbour Wire Writer\nPORTLAND (Wire) - The ferry union met the board on Friday.\n";
    expect(names(text, "person")).toEqual(["LENA MARSH"]);
    expect(read(text).actors.find((a) => a.name === "LENA MARSH")?.titles).toEqual(["Harbour Wire Writer"]);
    expect(names(text, "organisation")).not.toContain("LENA MARSH Harbour Wire Writer");
  });
});

describe("a title after a demonym", () => {
  it("reads a title opening with a demonym ('Egyptian Cabinet Minister Tawfiq Abu Ramla') as the person's title", () => {
    // Invented.
    const text = "Vote date\nThe poll will be held in May, Egyptian Cabinet Minister Tawfiq Abu Ramla said.\n";
    expect(names(text, "person")).toEqual(["Tawfiq Abu Ramla"]);
    expect(read(text).actors.flatMap((a) => a.titles)).toEqual(["Egyptian Cabinet Minister"]);
  });

  it("never drafts a relative named after a kin word as an organisation", () => {
    // Invented.
    const text = "Vote date\nRamla's wife, Fadia, said she was unaware of the plan. Tawfiq Ramla spoke later.\n";
    expect(names(text, "organisation")).toEqual([]);
  });
});

describe("titles of a role not yet taken up", () => {
  it("keeps 'President-elect' and 'Minister-designate' out of the name, as titles", () => {
    // Invented.
    const text =
      "Envoy named\nUS President-elect Donald Vance named an envoy on Monday. Prime Minister-designate Ana Reyes said on Tuesday that talks would go on.\n";
    expect(names(text, "person")).toEqual(["Donald Vance", "Ana Reyes"]);
    expect(read(text).actors.flatMap((a) => a.titles)).toEqual(["US President-elect", "Prime Minister-designate"]);
  });
});

describe("institutions and things written like a person's name", () => {
  it("reads a name ending in an institution's head word as a body, not a person", () => {
    // Invented.
    const text = [
      "Crash inquiry",
      "Investigators from the Marine Collision Investigation Branch joined doctors at the Royal Felton Hospital.",
      "Dalby Trains said services were suspended, according to National Coach Enquiries.",
      "Nurse Ana Brandt said the Felton Infirmary was full.",
    ].join("\n");
    expect(names(text, "person")).toEqual(["Ana Brandt"]);
    expect(names(text, "organisation")).toEqual(
      expect.arrayContaining([
        "Marine Collision Investigation Branch",
        "Royal Felton Hospital",
        "Dalby Trains",
        "National Coach Enquiries",
      ]),
    );
  });

  it("reads a model of vehicle or aircraft as no one, keeping the body that runs it", () => {
    // Invented.
    const text = [
      "Rescue",
      "Two Royal Navy Sea Lynx helicopters flew over the Dalby Train Voyager, a Class 221 Voyager train.",
      "Later a Boeing 737s was grounded.",
    ].join("\n");
    expect(names(text, "person")).toEqual([]);
    expect(names(text, "organisation")).toEqual(["Royal Navy"]);
  });

  it("keeps a person whose surname is an institution's word when a first name says so", () => {
    // Invented.
    const text = "Tennis\nMargaret Branch won on Friday. Branch said she was tired.";
    expect(names(text, "person")).toEqual(["Margaret Branch"]);
  });
});

describe("words that are no body", () => {
  it("reads no body in a common noun opening a sentence, nor in a numbered part of a text", () => {
    // Invented.
    const text = [
      "Ruling",
      "Court battles over the islands go back to 2011.",
      "Tribunal members met in private. Section 4 of the charter and Article 12 apply, as does Chapter 9 of the code.",
      "Board members resigned.",
    ].join("\n");
    expect(names(text, "organisation")).toEqual([]);
  });

  it("keeps a body's short name at a sentence start once the text has named it in full", () => {
    // Invented.
    const text = "Ruling\nThe Harbour Arbitration Court met. Court officials said the case was closed.";
    expect(forms(text, "organisation")).toEqual([["Harbour Arbitration Court", "Court"]]);
  });

  it("reads a capitalised word where a place goes as a place: between two, before a hotel", () => {
    // Invented.
    const text = [
      "Derailment",
      "A train has crashed between Ashcombe and Tilbeck, near Farrowdale. Guests were moved to a Morland hotel.",
    ].join("\n");
    expect(names(text, "organisation")).toEqual([]);
    expect(names(text, "person")).toEqual([]);
  });

  it("reads a word beginning with a number word as no name", () => {
    // Invented.
    const text = "Claims\nThe claims rest on its Seven-dash line, drawn in 1950.";
    expect(names(text, "organisation")).toEqual([]);
  });
});

describe("long names of bodies", () => {
  it("keeps a name whole across 'and' when both sides are capitalised and it ends in an institution's head", () => {
    // Invented.
    const text = [
      "Appeal",
      "The U.S. Commodities and Futures Commission filed a brief, and the Transport and General Workers' Union and the Women's Chess Federation (WCF) joined the Essex Fire and Rescue service in the appeal.",
    ].join("\n");
    expect(names(text, "organisation")).toEqual(
      expect.arrayContaining([
        "U.S. Commodities and Futures Commission",
        "Transport and General Workers' Union",
        "Women's Chess Federation",
        "Essex Fire and Rescue",
      ]),
    );
    expect(names(text, "organisation")).not.toContain("Futures Commission");
    expect(names(text, "organisation")).not.toContain("Rescue");
  });
});

describe("states", () => {
  it("reads a demonym before a state's institution or an official as that state", () => {
    // Invented.
    const text = [
      "Doping",
      "The test was carried out by Belgian authorities, and Dutch sports minister Anke Bos said so.",
      "Palestinian prisoners and Norwegian salmon were not mentioned.",
    ].join("\n");
    expect(forms(text, "state")).toEqual([
      ["Belgium", "Belgian"],
      ["Netherlands", "Dutch"],
    ]);
  });

  it("reads the Philippines, a US state, America and the Soviets as states, one each", () => {
    // Invented.
    const text = [
      "Shipping",
      "The Philippines and Ohio signed the accord in the U.S. on Monday. Justice in America is slow, he said.",
      "The Soviets and the Soviet Union said so.",
    ].join("\n");
    const states = forms(text, "state");
    expect(states).toEqual(
      expect.arrayContaining([
        ["Philippines"],
        ["Ohio"],
        ["United States", "U.S.", "America"],
        ["Soviet Union", "Soviets"],
      ]),
    );
    expect(states).toHaveLength(4);
  });

  it("reads two states joined by a hyphen as two states, and Britain and the UK as one", () => {
    // Invented.
    const text = "War\nThe Iran-Iraq war was discussed in Britain. The UK said so.";
    expect(forms(text, "state")).toEqual(
      expect.arrayContaining([["Iran"], ["Iraq"], expect.arrayContaining(["Britain", "UK"])]),
    );
    expect(forms(text, "state")).toHaveLength(3);
  });

  it("reads the EU as an organisation, one with the European Union", () => {
    // Invented.
    const text = "Trade\nThe European Union said the EU would reply.";
    expect(forms(text, "organisation")).toEqual([["European Union", "EU"]]);
    expect(forms(text, "state")).toEqual([]);
  });
});

describe("territories and regions", () => {
  it("reads the Gaza Strip and the West Bank as states, Gaza one with the Strip, and the Middle East as no one", () => {
    // Invented.
    const text = [
      "Aid",
      "Trucks entered the Gaza Strip and the West Bank on Monday. Aid to Gaza and the Middle East was cut.",
      "The Aircraft Carrier Sea Hawk sailed.",
    ].join("\n");
    expect(forms(text, "state")).toEqual([["Gaza Strip", "Gaza"], ["West Bank"]]);
    expect(names(text, "person")).toEqual([]);
  });
});
