/**
 * Draft items from candidates, for figures and events: ids that state no
 * date the draft is not sure of, two values of one quantity as one figure,
 * who gives a figure, and what drafted each item. The passage is invented
 * for this test.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { draftItems } from "../../src/extract/draft-fact-base.js";
import { extractArticle } from "../../src/extract/extract-article.js";

const draft = (lines: string[], published = "2024-03-12") => {
  const text = ["Headline", ...lines].join("\n");
  const extraction = extractArticle(chrono, { text, published });
  return draftItems([{ sourceId: "s", published, text, extraction }]);
};

describe("drafted events", () => {
  it("put a sure date in their id, and no date when it is approximate or unsure", () => {
    const { timeline } = draft([
      "The port closed on 4 March 2024.",
      "Talks failed last week.",
      "Talks on Friday are key.",
    ]);
    expect(timeline.map((e) => [e.id, e.date])).toEqual([
      ["e-2024-03-04-port-closed-on", "2024-03-04"],
      ["e-talks-failed-last-week", "2024-03-04~"],
      ["e-talks-on-friday-are", "2024-03-08"],
    ]);
    expect(timeline[2]?.draft).toEqual({
      by: "event-weekday-past",
      note: "the clause shows no tense: read as the friday before publication; check it is not the one after",
    });
  });
});

describe("drafted figures", () => {
  it("make two values of one quantity one figure with both values, and say who gives a figure", () => {
    const { figures } = draft(["The death toll rose from 66 to 68, the health ministry said."]);
    expect(figures).toHaveLength(1);
    // Each value cites on its own (a shared list would print as a YAML alias).
    expect(figures[0]?.observations[0]?.cite).not.toBe(figures[0]?.observations[1]?.cite);
    expect(figures[0]).toMatchObject({
      id: "death-toll",
      label: "Death toll",
      observations: [
        { value: 66, wording: "66", as_of: "2024-03-12", according_to: "health ministry" },
        { value: 68, wording: "68", as_of: "2024-03-12", according_to: "health ministry" },
      ],
      draft: {
        by: "figure-range-from-to",
        note: "two values of one quantity: 66, then 68; the article does not say when 66 counted: give it counts_as_of; the unit is not written next to the number: give it",
      },
    });
  });
});

describe("drafted royals", () => {
  it("take the whole name as id, and cite a title with the realm by the words that hold it", () => {
    const { actors } = draft(["Omar Idris met reporters. King Idris of Jordan arrived in Paris on Monday."]);
    const king = actors.find((a) => a.name === "King Idris");
    expect(king?.id).toBe("king-idris");
    const excerptOf = (cite: (typeof king & object)["cite"][number] | undefined) =>
      typeof cite === "string" ? cite : cite?.excerpt;
    expect(king?.roles?.map((r) => [r.title, excerptOf(r.cite[0])])).toEqual([
      ["King of Jordan", "King Idris of Jordan"],
    ]);
    expect(actors.find((a) => a.name === "Omar Idris")?.id).toBe("idris");
  });
});

describe("drafted events from a sentence that opens with a quotation", () => {
  it("keep its opening mark, so that their prose pairs its marks as the source does (after the fourteenth blind set)", () => {
    // Invented: a closing mark with a space before it, as some wire copy writes it.
    const { timeline } = draft(
      ['"We did not change anything, " Tom Lee, an envoy, said late on Tuesday. "It is big."'],
      "2005-11-18",
    );
    expect(timeline.map((e) => e.text)).toEqual([
      '"We did not change anything, " Tom Lee, an envoy, said late on Tuesday.',
    ]);
  });
});
