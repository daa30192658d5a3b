/**
 * Drafting into a brief that already holds items: what is new about a known actor, figure, quote or
 * event becomes a draft part of it, never a second item; rejected drafts are never proposed; what
 * an editor deleted from an article drafted before is recorded as rejected. The brief and the
 * articles are invented for the test (the harbour story of test/fixtures/harbour).
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { type DraftItems, draftItems } from "../../src/extract/draft-fact-base.js";
import { extractArticle } from "../../src/extract/extract-article.js";
import { readExisting } from "../../src/extract/known-items.js";
import { citations, items, parts } from "../../src/factbase/items.js";
import { rejectionOfPart } from "../../src/factbase/rejections.js";

const BRIEF = `
actors:
  - id: carvalho
    name: Ines Carvalho
    kind: person
    roles:
      - title: Harbour master
        as_of: 2024-03-05
        cite: [{ source: a, excerpt: Harbour master Ines Carvalho }]
    cite: [a]
  - id: reyes
    name: Tomas Reyes
    kind: person
    cite: [b]
timeline:
  - id: talks-stall
    date: 2024-03-04
    text: Talks between the harbour master and the union stall over dredging fees.
    actors: [carvalho]
    cite: [{ source: a, excerpt: talks with the shipping union had "reached a wall" over dredging fees }]
  - id: strike-vote
    date: 2024-03
    text: Dock workers vote to strike over the dredging fees.
    cite: [a]
figures:
  - id: workers
    label: Dock workers affected
    counts: Dock workers the union says would lose shifts
    unit: workers
    observations:
      - { value: 1200, qualifier: more_than, as_of: 2024-03-05, cite: [a] }
quotes:
  - id: carvalho-free
    speaker: carvalho
    text: We cannot keep the channel open for free ... Someone has to pay for the dredgers.
    date: 2024-03-04
    cite: [a]
  - id: reyes-share
    speaker: reyes
    text: We are ready to pay our share, but not all of it
    date: 2024-03-07
    cite: [b]
`;

/** An article that repeats what the brief knows: a new title, a new value, the same quote, the same talks. */
const ARTICLE_C = `Harbour dispute drags on
Harbour authority chief executive Ines Carvalho said on Saturday that the bill had to be shared.
"We cannot keep the channel open for free," Carvalho told reporters. "Someone has to pay for the dredgers."
The union now says more than 1,800 dock workers could lose shifts if fees rise.
Talks between the harbour master and the union stalled on March 4 over dredging fees.
Dock workers voted on March 12 to strike over the dredging fees.
`;

const draft = (text: string, brief = BRIEF, options: Parameters<typeof draftItems>[2] = {}): DraftItems => {
  const extraction = extractArticle(chrono, { text, published: "2024-03-16" });
  return draftItems(
    [{ sourceId: "c", published: "2024-03-16", text, extraction }],
    readExisting(parse(brief, { schema: "failsafe" })),
    options,
  );
};

const partsOf = (items: DraftItems, id: string) => items.parts.filter((p) => p.id === id);

describe("drafting into a brief that holds the items", () => {
  const items = draft(ARTICLE_C);

  it("drafts a known actor's new title as a draft role on it, where it stands, and never the actor again", () => {
    expect(items.actors.map((a) => a.name)).not.toContain("Ines Carvalho");
    expect(partsOf(items, "carvalho")).toEqual([
      {
        list: "actors",
        id: "carvalho",
        path: ["actors", 0],
        key: "roles",
        entry: {
          title: "Harbour authority chief executive",
          as_of: "2024-03-16",
          cite: [{ source: "c", excerpt: "Harbour authority chief executive" }],
          draft: { by: "actor-new-role" },
        },
      },
    ]);
  });

  it("drafts a new value of a known figure as a draft value of it, matched on what it counts, not on its value", () => {
    expect(items.figures).toEqual([]);
    expect(partsOf(items, "workers")).toEqual([
      expect.objectContaining({
        key: "observations",
        path: ["figures", 0],
        entry: expect.objectContaining({
          value: 1800,
          qualifier: "more_than",
          cite: [
            { source: "c", excerpt: "The union now says more than 1,800 dock workers could lose shifts if fees rise" },
          ],
          draft: { by: "figure-new-value" },
        }),
      }),
    ]);
  });

  it("cites the new article on a quote it repeats, and drafts no quote", () => {
    expect(items.quotes).toEqual([]);
    expect(partsOf(items, "carvalho-free")).toEqual([
      expect.objectContaining({ key: "cite", entry: { source: "c", draft: { by: "quote-repeated" } } }),
    ]);
  });

  it("cites the new article on a known event of the same date, and on one it gives a finer date for, never a second event", () => {
    expect(items.timeline.map((e) => e.id)).not.toContainEqual(expect.stringMatching(/-2$/));
    expect(items.timeline.map((e) => e.text)).not.toContainEqual(expect.stringMatching(/^(Talks|Dock workers voted)/));
    expect(partsOf(items, "talks-stall")).toEqual([
      expect.objectContaining({
        key: "cite",
        entry: {
          source: "c",
          excerpt: "Talks between the harbour master and the union stalled on March 4 over dredging fees.",
          draft: { by: "event-confirmed" },
        },
      }),
    ]);
    expect(partsOf(items, "strike-vote")).toEqual([
      expect.objectContaining({
        key: "cite",
        entry: expect.objectContaining({
          draft: {
            by: "event-confirmed",
            note: 'Source c dates it 2024-03-12 ("March 12"), the brief 2024-03: check which is right.',
          },
        }),
      }),
    ]);
  });

  it("holds everything it drafted: the brief with the drafts added gets nothing more from the same article", () => {
    const again = draft(ARTICLE_C, withDrafts(BRIEF, items), { drafted: new Set(["c"]) });
    expect(again.parts).toEqual([]);
    expect([...again.actors, ...again.timeline, ...again.figures, ...again.quotes, ...again.positions]).toEqual([]);
    expect(again.rejected).toEqual([]);
  });
});

describe("spellings", () => {
  it("draft a new spelling of a known person as a citation with a note, never as an alias, and no second actor", () => {
    const items = draft("Harbour talks\nInes Carvallo met the union leaders again on Friday.\n");
    expect(items.actors).toEqual([]);
    expect(partsOf(items, "carvalho")).toEqual([
      expect.objectContaining({
        key: "cite",
        entry: {
          source: "c",
          excerpt: "Ines Carvallo",
          draft: {
            by: "actor-new-spelling",
            note: '"Ines Carvallo" may be Ines Carvalho spelled another way: if it is the same person, add the spelling to aliases and accept this; if not, reject it and draft the other person by hand.',
          },
        },
      }),
    ]);
  });

  it("draft a title given to a new spelling as a role with a note saying whose it may be", () => {
    const items = draft("Harbour talks\nHarbour authority chief executive Ines Carvallo met the union again.\n");
    expect(partsOf(items, "carvalho").find((p) => p.key === "roles")?.entry.draft).toEqual({
      by: "actor-new-role",
      note: 'Given to "Ines Carvallo", which may be Ines Carvalho spelled another way.',
    });
  });

  it("draft nothing for a spelling the brief has, a surname alone, or a name a letter off on a short surname", () => {
    const items = draft(
      "Harbour talks\nTomas Reyes and Carvalho met on Friday. Tomas Rey spoke after them, and Anna Reyes before.\n",
    );
    expect(items.parts.filter((p) => p.key === "cite")).toEqual([]);
  });
});

describe("figures", () => {
  it("draft a count that may be one of two known figures' as a new figure, with a note naming them", () => {
    const twoFigures = BRIEF.replace(
      "quotes:\n",
      `  - id: strikers
    label: Dock workers on strike
    counts: Dock workers on strike
    unit: workers
    observations: [{ value: 300, as_of: 2024-03-05, cite: [a] }]
quotes:
`,
    );
    const items = draft("Harbour shifts\nMore than 400 dock workers have signed the letter.\n", twoFigures);
    const figure = items.figures.find((f) => f.observations[0]?.value === 400);
    expect(figure?.draft).toEqual({
      by: "figure-number",
      note: "It may be a new value of figure `workers` (Dock workers affected) or figure `strikers` (Dock workers on strike): if so, reject it and add the value there.",
    });
    expect(items.parts).toEqual([]);
  });
});

describe("matching what the brief holds, written another way", () => {
  it("takes a count in another unit for a known figure when its sources' words count it so", () => {
    // The figure counts people; its earlier value's wording, and the new article, say "captives".
    const captives = BRIEF.replace(
      "quotes:\n",
      `  - id: held
    label: People held in the harbour fort
    counts: People held in the harbour fort since the riot
    unit: people
    observations:
      - { value: 40, wording: 40 foreign captives, as_of: 2024-03-05, cite: [a] }
quotes:
`,
    );
    const items = draft(
      "Harbour fort\nAbout 35 foreign captives were still held in the harbour fort on Friday.\n",
      captives,
    );
    expect(items.figures).toEqual([]);
    expect(partsOf(items, "held")).toEqual([
      expect.objectContaining({
        key: "observations",
        entry: expect.objectContaining({ value: 35, qualifier: "about", draft: { by: "figure-new-value" } }),
      }),
    ]);
    // Without the earlier wording, "captives" is not what the figure counts: a new figure.
    const bare = captives.replace(", wording: 40 foreign captives", "");
    expect(
      draft("Harbour fort\nAbout 35 foreign captives were still held in the harbour fort on Friday.\n", bare).figures,
    ).toHaveLength(1);
  });

  it("is not sure of a figure from one word of what is counted: a new figure, with a note naming the likely one", () => {
    const released = BRIEF.replace(
      "quotes:\n",
      `  - id: released
    label: Sailors released by the harbour police by March
    counts: Sailors released by the harbour police by early March
    unit: sailors
    observations: [{ value: 4, as_of: 2024-03-05, cite: [a] }]
quotes:
`,
    );
    const items = draft("Harbour truce\nThe truce freed 110 sailors.\n", released);
    expect(partsOf(items, "released")).toEqual([]);
    expect(items.figures.map((f) => f.draft)).toEqual([
      expect.objectContaining({ note: expect.stringContaining("figure `released`") }),
    ]);
  });

  it("asks for counts_as_of on a new value of a figure of something past", () => {
    const historical = BRIEF.replace("    unit: workers\n", "    unit: workers\n    historical: true\n");
    expect(historical).not.toBe(BRIEF);
    const [part] = partsOf(draft(ARTICLE_C, historical), "workers");
    expect(part?.entry).toEqual(
      expect.objectContaining({
        value: 1800,
        draft: {
          by: "figure-new-value",
          note: "figure `workers` counts something past: if this counts it, give counts_as_of (the day it counts); if it counts something else, reject it and draft it as a figure of its own",
        },
      }),
    );
  });

  const ministries = (extra = "") =>
    BRIEF.replace(
      "timeline:\n",
      `  - id: portland-transport-ministry
    name: Portland's Transport Ministry
    kind: organisation
    cite: [a]
${extra}timeline:
`,
    );
  const ARTICLE = "Ferry talks\nThe Transport Ministry said on Friday that the ferries would sail again.\n";

  it("takes an organisation's name without its owner for the brief's one organisation so named", () => {
    const items = draft(ARTICLE, ministries());
    expect(items.actors.map((a) => a.name)).not.toContain("Transport Ministry");
  });

  it("drafts it as new when two organisations of the brief end so: it cannot tell which", () => {
    const two = ministries(`  - id: harbour-transport-ministry
    name: Harbour Republic's Transport Ministry
    kind: organisation
    cite: [a]
`);
    expect(draft(ARTICLE, two).actors.map((a) => a.name)).toContain("Transport Ministry");
  });
});

describe("quotes", () => {
  it("repeated only in part are not cited (check could not pass it): the editor is told", () => {
    const items = draft('Harbour fees\n"We cannot keep the channel open for free," Carvalho said.\n');
    expect(items.quotes).toEqual([]);
    expect(partsOf(items, "carvalho-free")).toEqual([]);
    expect(items.notes).toEqual([
      "source c repeats words of quote `carvalho-free` but not all of them: not cited; cite it by hand if it is the same remark.",
    ]);
  });
});

describe("rejections", () => {
  it("a draft the brief rejected is never proposed again: an item, or a part of one", () => {
    const before = draft(ARTICLE_C);
    const role = partsOf(before, "carvalho")[0];
    const event = before.timeline[0];
    if (role === undefined || event === undefined) throw new Error("the article drafts a role and an event");
    const rejected = `${BRIEF}rejected:
  - { kind: actors, source: c, excerpt: Harbour authority chief executive }
  - { kind: timeline, source: c, excerpt: "${(event.cite[0] as { excerpt: string }).excerpt}" }
  - { kind: quotes, source: c, excerpt: "We cannot keep the channel open for free ... Someone has to pay for the dredgers." }
`;
    const after = draft(ARTICLE_C, rejected);
    expect(partsOf(after, "carvalho")).toEqual([]);
    expect(partsOf(after, "carvalho-free")).toEqual([]);
    expect(after.timeline.map((e) => e.id)).not.toContain(event.id);
    expect(after.rejected).toEqual([]);
  });

  it("what an editor deleted from an article drafted before is recorded as rejected, and nothing it still holds", () => {
    // Drafted before; the editor then deleted every draft but the role.
    const before = draft(ARTICLE_C);
    const kept = {
      ...before,
      parts: before.parts.filter((p) => p.key === "roles"),
      actors: [],
      timeline: [],
      positions: [],
    };
    const brief = withDrafts(BRIEF, kept);
    const after = draft(ARTICLE_C, brief, { drafted: new Set(["c"]), today: "2024-03-20" });
    expect(after.parts).toEqual([]);
    expect(after.actors.length + after.timeline.length + after.figures.length + after.quotes.length).toBe(0);
    expect(after.rejected).toEqual(
      expect.arrayContaining([
        {
          kind: "figures",
          source: "c",
          excerpt: "The union now says more than 1,800 dock workers could lose shifts if fees rise",
          id: "workers",
          on: "2024-03-20",
        },
        expect.objectContaining({ kind: "quotes", source: "c", id: "carvalho-free" }),
        expect.objectContaining({ kind: "timeline", source: "c", id: "talks-stall" }),
      ]),
    );
    expect(after.rejected.map((r) => r.kind)).not.toContain("actors");
    // Recorded, they are rejections like any other: a redraft (no sources drafted) honours them.
    const recorded = `${brief}rejected:\n${after.rejected.map((r) => `  - ${JSON.stringify(r)}`).join("\n")}\n`;
    const redraft = draft(ARTICLE_C, recorded, {});
    expect(redraft.parts).toEqual([]);
    expect([...redraft.actors, ...redraft.timeline, ...redraft.figures, ...redraft.quotes]).toEqual([]);
    // Without them, a redraft proposes again what was deleted by hand.
    expect(draft(ARTICLE_C, brief, {}).parts.length).toBeGreaterThan(0);
  });
});

describe("a part the review page rejects", () => {
  it("is remembered by rejectionOfPart as extract recognises it: never proposed again", () => {
    const first = draft(ARTICLE_C);
    const brief = parse(withDrafts(BRIEF, first), { schema: "failsafe" });
    // What the review page writes for each draft part it rejects.
    const rejected = items(brief).flatMap((site) =>
      parts(site).flatMap((part) => [
        ...(part.draft ? [rejectionOfPart(part, "2024-03-20")] : []),
        ...citations({ [site.description.list]: [site.item] })
          .filter((c) => c.draft)
          .map((c) => rejectionOfPart({ ...c, item: site }, "2024-03-20")),
      ]),
    );
    expect(rejected).toHaveLength(first.parts.length);
    const again = draft(
      ARTICLE_C,
      `${BRIEF}rejected:\n${rejected.map((r) => `  - ${JSON.stringify(r)}`).join("\n")}\n`,
    );
    expect(again.parts).toEqual([]);
  });
});

/** The brief with a draft's items and parts added, as extract --into writes them (through YAML text). */
function withDrafts(
  brief: string,
  items: Pick<DraftItems, "parts" | "actors" | "timeline" | "figures" | "quotes" | "positions">,
): string {
  const data = parse(brief, { schema: "failsafe" }) as Record<string, Record<string, unknown>[]>;
  for (const part of items.parts) {
    const [list, index] = part.path as [string, number];
    const item = data[list]?.[index] as Record<string, unknown[]>;
    item[part.key] = [...(item[part.key] ?? []), part.entry];
  }
  for (const list of ["actors", "timeline", "figures", "quotes", "positions"] as const) {
    data[list] = [...(data[list] ?? []), ...(items[list] as unknown as Record<string, unknown>[])];
  }
  return stringify(data);
}
