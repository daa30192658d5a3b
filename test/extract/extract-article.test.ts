/**
 * The extraction stages on small invented passages (written for these tests;
 * the people and events in them are fictional), one behaviour each.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";
import { findQuotes } from "../../src/extract/find-quotes.js";
import { samePerson } from "../../src/extract/group-actors.js";
import { segmentArticle } from "../../src/extract/segment.js";

const read = (text: string, published = "2026-03-19") => extractArticle(chrono, { text, published });
const speakers = (text: string) => read(text).quotes.map((q) => [q.quote.text, q.speaker?.name ?? null] as const);

describe("quotes and their speakers", () => {
  it('reads `"…," X said`, `X said: "…"` and a quote split by its attribution', () => {
    const text = [
      "Harbour strike drags on",
      'Union leader Ana Ferreira, the general secretary of the dockers\' union, spoke on Tuesday. "We will not," she said, "go back for a promise."',
      'Port director Tomás Ruiz said: "The offer is final."',
      '"Nobody wins a long strike," said Ruiz.',
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["We will not", "Ana Ferreira"],
      ["go back for a promise.", "Ana Ferreira"],
      ["The offer is final.", "Tomás Ruiz"],
      ["Nobody wins a long strike", "Tomás Ruiz"],
    ]);
  });

  it("follows a pronoun and a role back to the person the text is about", () => {
    const text = [
      "Talks resume",
      'Transport Minister Javier Orduña told reporters the state would pay for retraining. "Nobody wins," the minister said.',
      'Mediator Marta Villalobos met both sides on Monday. "I am hopeful," she added.',
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["Nobody wins", "Javier Orduña"],
      ["I am hopeful", "Marta Villalobos"],
    ]);
  });

  it("does not take the one spoken to for the speaker", () => {
    const text = 'Talks\n"It is a very difficult negotiation," the senior diplomat Omar Haddad told Sky News.';
    expect(speakers(text)).toEqual([["It is a very difficult negotiation", "Omar Haddad"]]);
  });

  it("leaves out scare quotes, labels and apostrophes", () => {
    const text =
      'Headline\nThe so-called "smart quay" plan angered "Tel Aviv", said officials at Qatar\'s port, whose workers\' pay fell.';
    const segmented = segmentArticle(text);
    expect(findQuotes(text, segmented.blocks)).toEqual([]);
  });
});

describe("actors", () => {
  it("groups spellings of one person and keeps two people with one surname apart", () => {
    expect(samePerson("Antony Blinken", "Anthony Blinken")).toBe(true);
    expect(samePerson("Mohammed bin Abdulaziz Al-Khulaifi", "Al Khulaifi")).toBe(true);
    expect(samePerson("Tomás Echeverría Ruiz", "Echeverría-Ruiz")).toBe(true);
    expect(samePerson("Sheikh Tamim bin Hamad al-Thani", "Mohammed bin Abdul Rahman Al Thani")).toBe(false);
  });

  it("reads titles before and after a name, and organisations with their short names", () => {
    const text = [
      "Strike",
      "Finance Minister Lena Hart met Omar Haddad, a senior union official, and the Sindicato Unificado de Estibadores (SUE) in Lisbon on Friday.",
      "Hart later spoke to the Port Authority of Valmar.",
    ].join("\n");
    const actors = read(text).actors.map((a) => [a.kind, a.name, a.aliases, a.titles]);
    expect(actors).toEqual(
      expect.arrayContaining([
        ["person", "Lena Hart", ["Hart"], ["Finance Minister"]],
        ["person", "Omar Haddad", [], ["a senior union official"]],
        ["organisation", "Sindicato Unificado de Estibadores", ["SUE"], []],
        ["organisation", "Port Authority of Valmar", [], []],
      ]),
    );
  });
});

describe("short forms", () => {
  it("takes 'the Commission' after 'the European Commission' for the same body", () => {
    const text =
      "Port\nThe European Commission said it was watching. The Commission declined to say more, and the Commission's spokesman left.";
    const bodies = read(text).actors.filter((a) => a.kind === "organisation");
    expect(bodies.map((a) => [a.name, a.aliases])).toEqual([["European Commission", ["Commission"]]]);
  });
});

describe("figures", () => {
  it("reads the qualifier, the unit and what is counted, and not dates, years, ordinals or names", () => {
    const text = [
      "Port",
      "More than 3,000 dockworkers walked out on 7 March 2026, the 11th strike since 1998, leaving about 120 ships at Terminal 4.",
      "The stoppage has cost nearly €40 million, a 12-day loss, and roughly two thirds of exports; over half of the crews left.",
    ].join("\n");
    const figures = read(text).figures.map((f) => [f.value, f.qualifier, f.wording, f.unit]);
    expect(figures).toEqual([
      [3000, "more_than", "More than 3,000", "dockworkers"],
      [120, "about", "about 120", "ships"],
      [40_000_000, "nearly", "nearly €40 million", "euros"],
      [12, "exactly", "12-day", "days"],
      [0.67, "about", "roughly two thirds", "share"],
      [0.5, "more_than", "over half", "share"],
    ]);
  });
});

describe("dated events", () => {
  it("resolves relative dates against the publication date and keeps the words", () => {
    const text = [
      "Talks",
      "Talks collapsed last Friday.",
      "The mediator will meet both sides next Monday.",
      "The plan was unveiled in early February.",
      "Warrants were issued in November last year.",
      "The backlog would clear by mid-April.",
    ].join("\n");
    // Published Thursday 19 March 2026.
    expect(read(text).events.map((e) => [e.date, e.wording, e.status])).toEqual([
      ["2026-03-13", "last Friday", "happened"],
      ["2026-03-23", "next Monday", "planned"],
      ["2026-02~", "early February", "happened"],
      ["2025-11", "November last year", "happened"],
      ["2026-04-15~", "mid-April", "planned"],
    ]);
  });

  it("puts a weekday alone on the side of publication its tense says", () => {
    // Published Saturday 9 March 2024.
    const text = "Port\nThe mayor said the port closed on Monday.\nThe port will reopen on Monday.";
    expect(read(text, "2024-03-09").events.map((e) => [e.date, e.status])).toEqual([
      ["2024-03-04", "happened"],
      ["2024-03-11", "planned"],
    ]);
  });
});

describe("money", () => {
  it("reads £31m and $2bn as millions and billions, but not 5m alone", () => {
    const text = "Port\nThe fund raised £31m and the bank lent $2bn; the quay is 5m deep.";
    expect(read(text).figures.map((f) => [f.value, f.wording])).toEqual([
      [31_000_000, "£31m"],
      [2_000_000_000, "$2bn"],
    ]);
  });
});

describe("furniture", () => {
  it("sets aside link blurbs and site furniture", () => {
    const text =
      "Headline here\nA sentence of the article that runs on for a while.\nRead more: Another story entirely\nSource link\nLeave a Comment";
    expect(segmentArticle(text).furniture.map((f) => f.reason)).toEqual([
      "link to another article",
      "site furniture",
      "site furniture",
    ]);
  });
});
