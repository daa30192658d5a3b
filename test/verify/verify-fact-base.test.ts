import { describe, expect, it } from "vitest";
import type { Place } from "../../src/diagnostics/index.js";
import { Places } from "../../src/factbase/items.js";
import type { FactBase, SourceEntry } from "../../src/factbase/schema.js";
import { verifyFactBase } from "../../src/verify/verify-fact-base.js";

// An invented fact base over one invented source.
const entry: SourceEntry = { id: "s", file: "s.txt", headline: "H", outlet: "O", published: "2024-05-02" };
const text = "The mayor said: “We will rebuild the bridge by June.” About 300 people marched on Tuesday.\n";
const locate = (path: readonly (string | number)[]): Place => ({ file: "b.yaml", line: path.length, column: 1 });

const base: FactBase = { title: "T", as_of: "2024-05-02", summary: "S" };

const verify = (fb: Partial<FactBase>) => {
  const factBase = { ...base, ...fb };
  return verifyFactBase({
    factBase,
    places: Places.of(factBase),
    sources: new Map([["s", { entry, index: 0, text }]]),
    locateBrief: locate,
    locateCatalog: locate,
  });
};

describe("verifyFactBase", () => {
  it("accepts a verbatim quote and a figure written in its wording", async () => {
    const diagnostics = await verify({
      actors: [{ id: "mayor", name: "Mayor", kind: "person", cite: ["s"] }],
      quotes: [
        { id: "q", speaker: "mayor", text: "We will rebuild the bridge by June.", date: "2024-05-02", cite: ["s"] },
      ],
      figures: [
        {
          id: "f",
          label: "Marchers",
          counts: "People who marched",
          unit: "people",
          observations: [
            { value: 300, qualifier: "about", wording: "About 300 people", as_of: "2024-04-30", cite: ["s"] },
          ],
        },
      ],
    });
    expect(diagnostics).toEqual([]);
  });

  it("rejects a quote with one word changed and shows the source's words", async () => {
    const [d] = await verify({
      quotes: [
        { id: "q", speaker: "mayor", text: "We will rebuild the bridge by July.", date: "2024-05-02", cite: ["s"] },
      ],
    });
    expect(d?.rule).toBe("quote-verbatim");
    expect(d?.hint).toBe('nearest passage in the source: "We will rebuild the bridge by June"');
  });

  it("rejects a figure whose number is not in the source", async () => {
    const [d] = await verify({
      figures: [
        {
          id: "f",
          label: "Marchers",
          counts: "People who marched",
          unit: "people",
          observations: [{ value: 3000, as_of: "2024-04-30", cite: [{ source: "s", excerpt: "About 300 people" }] }],
        },
      ],
    });
    expect(d?.rule).toBe("figure-number");
    expect(d?.hint).toBe("the text says: 300");
  });

  it("requires events after every source's date to be marked as planned or expected", async () => {
    const event = { id: "e", date: "2024-06", text: "Bridge reopens", cite: ["s"] };
    expect((await verify({ timeline: [event] }))[0]?.rule).toBe("event-after-source");
    expect(await verify({ timeline: [{ ...event, status: "planned" }] })).toEqual([]);
    expect(await verify({ timeline: [{ ...event, date: "2024-05" }] })).toEqual([]);
  });
});
