// Invented fact-base fragments: the names and words below are made up for the test.
import { describe, expect, it } from "vitest";
import { items } from "../../src/factbase/items.js";
import { Rejections, rejectionOf } from "../../src/factbase/rejections.js";
import { FactBase } from "../../src/factbase/schema.js";

const draftBrief = {
  quotes: [
    {
      id: "mayor-on-bridge",
      speaker: "mayor",
      text: "The bridge will open in spring",
      cite: [{ source: "town-news", excerpt: "“The bridge will open in spring,” the mayor said" }],
      draft: true,
    },
  ],
  figures: [
    {
      id: "bridge-cost",
      label: "Cost of the bridge",
      observations: [{ value: 4, as_of: "2026-01-02", cite: [{ source: "town-news", excerpt: "cost 4 million" }] }],
      draft: { by: "figure-money" },
    },
  ],
};

describe("rejections", () => {
  it("remember a draft by its kind and first cited words, and know it again under another id", () => {
    const [figure, quote] = items(draftBrief);
    if (quote === undefined || figure === undefined) throw new Error("fixture has two items");
    const rejected = rejectionOf(figure, "2026-12-03");
    expect(rejected).toEqual({
      kind: "figures",
      source: "town-news",
      excerpt: "cost 4 million",
      id: "bridge-cost",
      on: "2026-12-03",
    });
    const memory = new Rejections(rejected === undefined ? [] : [rejected]);
    expect(memory.rejectsSite(figure)).toBe(true);
    expect(memory.rejectsSite(quote)).toBe(false);
    const renamed = { figures: [{ ...draftBrief.figures[0], id: "cost-2" }] };
    expect(memory.keep(renamed)).toEqual([]);
  });

  it("compare words folded: curly or straight quotes, spaces and case alike; never across kinds or sources", () => {
    const memory = new Rejections([
      { kind: "quotes", source: "town-news", excerpt: '"The bridge will open  in spring," the Mayor said' },
    ]);
    const quote = items(draftBrief)[1];
    if (quote === undefined) throw new Error("fixture has a quote");
    expect(memory.rejectsSite(quote)).toBe(true);
    expect(
      memory.rejects("timeline", [
        { source: "town-news", excerpt: "“The bridge will open in spring,” the mayor said" },
      ]),
    ).toBe(false);
    expect(
      memory.rejects("quotes", [{ source: "other", excerpt: "“The bridge will open in spring,” the mayor said" }]),
    ).toBe(false);
  });
});

it("know a drafted quote, which cites its source by id alone, by its words", () => {
  const quote = {
    id: "q-1",
    speaker: "mayor",
    text: "We will build it",
    date: "2026-01-02",
    cite: ["town-news"],
    draft: true,
  };
  const site = items({ quotes: [quote] })[0];
  if (site === undefined) throw new Error("fixture has a quote");
  expect(rejectionOf(site)).toEqual({ kind: "quotes", source: "town-news", excerpt: "We will build it", id: "q-1" });
  const memory = new Rejections([{ kind: "quotes", source: "town-news", excerpt: "we will build it" }]);
  expect(memory.keep({ quotes: [{ ...quote, id: "q-2" }] })).toEqual([]);
});

describe("draft marks", () => {
  const brief = (draft: unknown) => ({
    title: "T",
    as_of: "2026-01-02",
    summary: "S",
    quotes: [{ id: "q", speaker: "mayor", text: "x", date: "2026-01-02", cite: ["town-news"], draft }],
    rejected: [{ kind: "quotes", source: "town-news", excerpt: "x", on: "2026-01-02" }],
  });
  it("take true, false, or the pattern that drafted the item with a note", () => {
    expect(FactBase.parse(brief(true)).quotes?.[0]?.draft).toBe(true);
    expect(FactBase.parse(brief(false)).quotes?.[0]?.draft).toBeUndefined();
    expect(FactBase.parse(brief({ by: "quote-said-after", note: "speaker unsure" })).quotes?.[0]?.draft).toEqual({
      by: "quote-said-after",
      note: "speaker unsure",
    });
    expect(items(FactBase.parse(brief({ by: "quote-said-after" })))[0]?.draft).toBe(true);
  });
  it("refuse an unknown key or a pattern name that is not one", () => {
    expect(FactBase.safeParse(brief({ by: "x", why: "y" })).success).toBe(false);
    expect(FactBase.safeParse(brief({ by: "Not a name" })).success).toBe(false);
  });
});
