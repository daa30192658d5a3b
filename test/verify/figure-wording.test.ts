/**
 * `check` on a figure's wording: the number a wording writes with its scale
 * ("2.7m", "Rs 4.5mn", "3 mln") or in words ("one sixtieth"), and the
 * qualifier it states ("up to 300"). An invented fact base over one invented
 * source.
 */
import { describe, expect, it } from "vitest";
import type { Place } from "../../src/diagnostics/index.js";
import { Places } from "../../src/factbase/items.js";
import type { FactBase, Observation, SourceEntry } from "../../src/factbase/schema.js";
import { verifyFactBase } from "../../src/verify/verify-fact-base.js";

const entry: SourceEntry = { id: "s", file: "s.txt", headline: "H", outlet: "O", published: "2024-05-02" };
const text =
  "The final drew 2.7m viewers. One sixtieth of the budget went to schools. Rs 4.5mn was paid to 3 mln savers. Up to 300 people were evacuated.\n";
const locate = (path: readonly (string | number)[]): Place => ({ file: "b.yaml", line: path.length, column: 1 });

const check = (observation: Omit<Observation, "as_of" | "cite">) => {
  const factBase: FactBase = {
    title: "T",
    as_of: "2024-05-02",
    summary: "S",
    figures: [
      {
        id: "f",
        label: "F",
        counts: "things",
        unit: "things",
        observations: [{ ...observation, as_of: "2024-05-02", cite: ["s"] } as Observation],
      },
    ],
  };
  return verifyFactBase({
    factBase,
    places: Places.of(factBase),
    sources: new Map([["s", { entry, index: 0, text }]]),
    locateBrief: locate,
    locateCatalog: locate,
  }).then((ds) => ds.map((d) => `${d.rule}: ${d.message}`));
};

describe("a figure's number in its wording", () => {
  it("accepts the value a scale abbreviation writes: 2.7m, Rs 4.5mn, 3 mln", async () => {
    expect(await check({ value: 2_700_000, wording: "2.7m" })).toEqual([]);
    expect(await check({ value: 4_500_000, wording: "Rs 4.5mn" })).toEqual([]);
    expect(await check({ value: 3_000_000, wording: "3 mln" })).toEqual([]);
    expect(await check({ value: 2700, wording: "2.7m" })).toEqual([
      'figure-number: 2,700 is not written in its wording "2.7m"',
    ]);
  });

  it("accepts a share written in words at the decimals the value gives", async () => {
    expect(await check({ value: 0.017, wording: "One sixtieth" })).toEqual([]);
    expect(await check({ value: 0.0167, wording: "One sixtieth" })).toEqual([]);
    expect(await check({ value: 0.02, wording: "One sixtieth" })).toEqual([]);
    expect(await check({ value: 0.2, wording: "One sixtieth" })).toEqual([
      'figure-number: 0.2 is not written in its wording "One sixtieth"',
    ]);
  });

  it('holds "up to" to its own qualifier', async () => {
    expect(await check({ value: 300, qualifier: "up_to", wording: "Up to 300" })).toEqual([]);
    expect(await check({ value: 300, wording: "Up to 300" })).toEqual([
      "figure-qualifier: the qualifier is exactly but the wording says up_to",
    ]);
  });
});
