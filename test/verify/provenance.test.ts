/**
 * Provenance warnings and "sources differ" notes. test/fixtures/provenance.yaml
 * (invented) triggers each once; the harbour fixture and the other items of
 * the provenance fixture are the cases that must not trigger them.
 */
import { describe, expect, it } from "vitest";
import { checkBrief } from "../../src/commands/check-brief.js";
import { formatDiagnostic } from "../../src/diagnostics/index.js";
import { Places } from "../../src/factbase/items.js";
import { findDisagreements } from "../../src/verify/find-disagreements.js";
import { ROOT, runCli } from "../helpers.js";

const F = "test/fixtures/provenance.yaml";

describe("provenance checks", () => {
  it("reports each problem once, at its place, as a warning", async () => {
    const checked = await checkBrief(F, ROOT);
    expect(checked.diagnostics.map(formatDiagnostic)).toEqual([
      `${F}:13:15: note: sources differ on the spelling of Ana Lind: "Ana Lind" (c) vs "Anna Lind" (d) [sources-differ]`,
      `${F}:16:9: warning: actor \`holm\` is not mentioned by any event, position, quote or other actor [unmentioned-actor]`,
      `${F}:24:16: note: sources differ on the title of Piet Holm: "Finance chief" (c) vs "Finance officer" (d) [sources-differ]`,
      `${F}:32:9: warning: actor \`petitioners\` is not mentioned by any event, position, quote or other actor [unmentioned-actor]`,
      `${F}:37:18: warning: excerpt looks like site furniture or a link blurb ("Related: Riverside ferry fares rise") [furniture-excerpt]\n  if it is, list the line under not_citable for source c`,
      `${F}:45:9: warning: event \`council-meets\` rests on a single source (d) [single-source]`,
      `${F}:46:11: warning: "next Thursday" in a source of 2024-06-04 means 2024-06-06 or 2024-06-13, not 2024-06-07 [relative-date]\n  resolved with chrono-node against the publication date of source d`,
      `${F}:53:9: warning: figure \`signatures\` is shown as current, but its newest value is 6 days older than the brief (limit 3) [stale-figure]\n  find a newer value, or mark the figure \`historical: true\` if it counts something past`,
      `${F}:63:16: note: sources differ on Petition signatures: "more than 300" (c) vs "nearly 400" (d) [sources-differ]`,
      `${F}:88:17: note: sources differ on the words of Ana Lind: "We will not build a bridge we cannot maintain" (c) vs "We won't build a bridge that we can't look after" (d) [sources-differ]`,
      `${F}:90:5: warning: quote \`money\` has no speaker [quote-speaker]`,
      "test/fixtures/provenance/sources.yaml:13:9: warning: no item of the brief cites source e [uncited-source]",
    ]);
    expect(checked.errors).toBe(0);
    expect(checked.factBase).toBeDefined();
  });

  it("does not warn where there is no cause: right relative dates, historical figures, cited sources", async () => {
    const checked = await checkBrief("test/fixtures/harbour.yaml", ROOT);
    expect(new Set(checked.diagnostics.map((d) => d.rule))).toEqual(new Set(["single-source"]));
  });

  it("makes every warning an error under --strict, and build refuses to print", async () => {
    const checked = await checkBrief(F, ROOT, { strict: true });
    expect(checked.errors).toBe(8);
    expect(checked.factBase).toBeUndefined();
    const cli = await runCli(["check", "--strict", F]);
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/8 errors \(2 unmentioned-actor, 1 furniture-excerpt, 1 single-source/);
    const build = await runCli(["build", "--strict", "--format", "html", "--out", "/nonexistent-never-written", F]);
    expect(build.code).toBe(1);
    expect(build.out).toMatch(/not built: 8 errors/);
  });

  it("prints a summary that counts findings by rule", async () => {
    const cli = await runCli(["check", F]);
    expect(cli.code).toBe(0);
    expect(cli.out).toBe(
      `${F}: ok (3 sources, 4 actors, 2 events, 0 positions, 2 figures, 3 quotes); 8 warnings (2 unmentioned-actor, 1 furniture-excerpt, 1 single-source, 1 relative-date, 1 stale-figure, 1 quote-speaker, 1 uncited-source); 4 notes (4 sources-differ)\n`,
    );
  });
});

describe("findDisagreements", () => {
  const base = { title: "T", as_of: "2024-01-10", summary: "S" };
  it("does not call a surname and a full name a spelling difference", () => {
    const texts = new Map([
      ["x", "Antony Blinken spoke. Blinken said."],
      ["y", "Blinken said."],
    ]);
    const actors = [{ id: "b", name: "Antony Blinken", kind: "person" as const, aliases: ["Blinken"], cite: ["x"] }];
    const factBase = { ...base, actors };
    expect(findDisagreements({ factBase, places: Places.of(factBase), texts })).toEqual([]);
  });

  it("does not compare values far apart in time, or from the same source", () => {
    const obs = (value: number, as_of: string, source: string) => ({ value, as_of, cite: [source] });
    const figure = (observations: ReturnType<typeof obs>[]) => {
      const factBase = { ...base, figures: [{ id: "f", label: "F", counts: "C", unit: "u", observations }] };
      return { factBase, places: Places.of(factBase), texts: new Map() };
    };
    expect(findDisagreements(figure([obs(1, "2024-01-01", "x"), obs(2, "2024-03-01", "y")]))).toEqual([]);
    expect(findDisagreements(figure([obs(1, "2024-01-01", "x"), obs(2, "2024-01-02", "x")]))).toEqual([]);
    expect(findDisagreements(figure([obs(1, "2024-01-01", "x"), obs(2, "2024-01-02", "y")]))).toHaveLength(1);
  });
});
