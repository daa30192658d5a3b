/**
 * `check` on who a figure comes from: an observation's `according_to` prints
 * as "according to X", so X must be named by the sentence of a cited excerpt
 * or the sentence on either side. An invented fact base over one invented
 * source.
 */
import { describe, expect, it } from "vitest";
import type { Place } from "../../src/diagnostics/index.js";
import { Places } from "../../src/factbase/items.js";
import type { Actor, FactBase, Observation, SourceEntry } from "../../src/factbase/schema.js";
import { verifyFactBase } from "../../src/verify/verify-fact-base.js";

const entry: SourceEntry = { id: "s", file: "s.txt", headline: "H", outlet: "O", published: "2024-05-02" };
const text = [
  "Floods have forced 12,000 people from their homes, according to the regional civil protection agency.",
  "The storm cut power to 40,000 homes. The utility said crews were working through the night.",
  "Harbour master Ana Reyes said 300 boats had been moved inland.",
  "Tourism fell by a third last year. Hotels reported their worst season. The chamber of commerce blamed the roads.",
  "",
].join("\n");
const locate = (path: readonly (string | number)[]): Place => ({ file: "b.yaml", line: path.length, column: 1 });

const reyes: Actor = { id: "reyes", name: "Ana Reyes", kind: "person", aliases: ["Reyes"] } as Actor;

const check = (observation: Omit<Observation, "as_of">, actors: Actor[] = []) => {
  const factBase: FactBase = {
    title: "T",
    as_of: "2024-05-02",
    summary: "S",
    actors,
    figures: [
      {
        id: "f",
        label: "F",
        counts: "things",
        unit: "things",
        observations: [{ ...observation, as_of: "2024-05-02" } as Observation],
      },
    ],
  };
  return verifyFactBase({
    factBase,
    places: Places.of(factBase),
    sources: new Map([["s", { entry, index: 0, text }]]),
    locateBrief: locate,
    locateCatalog: locate,
  }).then((ds) => ds.filter((d) => d.rule === "figure-according-to").map((d) => d.message));
};

const cite = (excerpt: string) => [{ source: "s", excerpt }];

describe("who a figure comes from (according_to)", () => {
  it("accepts a body named in the excerpt's sentence, with or without its article", async () => {
    const excerpt = "Floods have forced 12,000 people from their homes";
    expect(
      await check({ value: 12000, according_to: "the regional civil protection agency", cite: cite(excerpt) }),
    ).toEqual([]);
    expect(
      await check({ value: 12000, according_to: "Regional civil protection agency", cite: cite(excerpt) }),
    ).toEqual([]);
  });

  it("accepts a body named in the next sentence of the same passage", async () => {
    expect(
      await check({ value: 40000, according_to: "the utility", cite: cite("The storm cut power to 40,000 homes") }),
    ).toEqual([]);
  });

  it("refuses a body the source does not name beside the number", async () => {
    expect(
      await check({ value: 12000, according_to: "the interior ministry", cite: cite("forced 12,000 people") }),
    ).toEqual(['"according to the interior ministry" is not named beside the cited excerpt (source s)']);
  });

  it("refuses a body named two sentences away: it is not where the number is", async () => {
    expect(
      await check({
        value: 0.33,
        according_to: "the chamber of commerce",
        cite: cite("Tourism fell by a third last year"),
      }),
    ).toEqual(['"according to the chamber of commerce" is not named beside the cited excerpt (source s)']);
  });

  it("accepts an according_to that holds an actor's name when the source names them by another of theirs", async () => {
    const obs = { value: 300, according_to: "Harbour master Ana Reyes of the port authority", cite: cite("300 boats") };
    expect(await check(obs, [reyes])).toEqual([]);
    // Without the actor, the longer wording is not the source's.
    expect(await check(obs)).toEqual([
      '"according to Harbour master Ana Reyes of the port authority" is not named beside the cited excerpt (source s)',
    ]);
  });

  it("looks beside the wording when the source is cited without an excerpt", async () => {
    const wording = "Floods have forced 12,000 people";
    expect(await check({ value: 12000, wording, according_to: "the weather service", cite: ["s"] })).toEqual([
      '"according to the weather service" is not named beside the cited excerpt (source s)',
    ]);
    expect(
      await check({ value: 12000, wording, according_to: "the regional civil protection agency", cite: ["s"] }),
    ).toEqual([]);
  });

  it("leaves an excerpt not in the source to excerpt-verbatim", async () => {
    expect(await check({ value: 5, according_to: "nobody", cite: cite("five ghosts were seen") })).toEqual([]);
  });
});
