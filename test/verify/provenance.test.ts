/**
 * Provenance warnings and "sources differ" notes. test/fixtures/provenance.yaml
 * (invented) triggers each once; the harbour fixture and the other items of
 * the provenance fixture are the cases that must not trigger them.
 */
import { describe, expect, it } from "vitest";
import { checkBrief } from "../../src/commands/check-brief.js";
import { formatDiagnostic } from "../../src/diagnostics/index.js";
import { withoutDrafts } from "../../src/factbase/drafts.js";
import { Places } from "../../src/factbase/items.js";
import type { FactBase } from "../../src/factbase/schema.js";
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
      `${F}:63:16: note: sources differ on Petition signatures: "more than 300 signatures" (c) vs "nearly 400 signatures" (d) [sources-differ]`,
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

  it("does not call a name with a courtesy title and the bare name a spelling difference", () => {
    // Invented: one source writes "Mr Okafor" and "Okafor", both kept as aliases, and a Dr Lin.
    const texts = new Map([
      ["x", "Chidi Okafor spoke. Mr Okafor said. Okafor left."],
      ["y", "Dr. Mei Lin said. Mei Lin left."],
    ]);
    const actors = [
      { id: "o", name: "Chidi Okafor", kind: "person" as const, aliases: ["Okafor", "Mr Okafor"], cite: ["x"] },
      { id: "l", name: "Mei Lin", kind: "person" as const, aliases: ["Dr. Mei Lin"], cite: ["y"] },
    ];
    const factBase = { ...base, actors };
    expect(findDisagreements({ factBase, places: Places.of(factBase), texts })).toEqual([]);
    // A real respelling among them is still found.
    const respelled = {
      ...base,
      actors: [{ ...actors[0], aliases: ["Okafor", "Mr Okafor", "Chidi Okafur"] }],
    } as typeof factBase;
    const withOkafur = new Map([...texts, ["z", "Chidi Okafur said."]]);
    expect(findDisagreements({ factBase: respelled, places: Places.of(respelled), texts: withOkafur })).toHaveLength(1);
  });

  it("finds a spelling a reviewed citation's excerpt gives, once, at the excerpt; not a draft one, nor one spelled as the name", () => {
    // Invented: two sources spell a name two ways; an editor accepted source y's spelling as a citation.
    const texts = new Map([
      ["x", "Harbour master Ines Carvalho spoke."],
      ["y", "Ines Carvallo met the union."],
    ]);
    const actor = (cite: unknown[]) => ({ id: "c", name: "Ines Carvalho", kind: "person" as const, cite });
    const accepted = { ...base, actors: [actor(["x", { source: "y", excerpt: "Ines Carvallo" }])] };
    const places = Places.of(accepted);
    expect(findDisagreements({ factBase: accepted as FactBase, places, texts })).toEqual([
      {
        kind: "spelling",
        subject: "the spelling of Ines Carvalho",
        itemId: "c",
        path: ["actors", 0, "cite", 1, "excerpt"],
        sides: [
          { text: "Ines Carvalho", sources: ["x"], date: null },
          { text: "Ines Carvallo", sources: ["y"], date: null },
        ],
      },
    ]);
    // Left out while it is a draft (check leaves drafts out before it looks for disagreements).
    const draft = { ...base, actors: [actor(["x", { source: "y", excerpt: "Ines Carvallo", draft: true }])] };
    const draftPlaces = Places.of(draft);
    expect(
      findDisagreements({ factBase: withoutDrafts(draft as FactBase, draftPlaces), places: draftPlaces, texts }),
    ).toEqual([]);
    // An excerpt that spells the name as the brief does is no disagreement, whatever words surround it.
    const same = { ...base, actors: [actor(["y", { source: "x", excerpt: "Harbour master Ines Carvalho" }])] };
    expect(findDisagreements({ factBase: same as FactBase, places: Places.of(same), texts })).toEqual([]);
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

  describe("revisions of one counted quantity", () => {
    type Obs = { value: number; as_of: string; cite: string[]; counts_as_of?: string };
    const obs = (value: number, as_of: string, source: string, counts_as_of?: string): Obs => ({
      value,
      as_of,
      cite: [source],
      ...(counts_as_of === undefined ? {} : { counts_as_of }),
    });
    const found = (observations: Obs[], historical = false) => {
      const f = { id: "f", label: "F", counts: "C", unit: "u", historical, observations };
      const factBase = { ...base, figures: [f] };
      const places = Places.of(factBase);
      const notes = findDisagreements({ factBase, places, texts: new Map() });
      return notes.map((d) => ({
        kind: d.kind,
        // Each side as the brief prints it, with the figure's unit.
        sides: d.sides.map((side) => side.text),
        // The note stands at the value that revises, located by its identity.
        at: observations.findIndex((o) => places.path(o, "value").join() === d.path.join()),
      }));
    };

    it("lists a later value of a historical count as a revision, however far apart (the window is 7 days)", () => {
      expect(found([obs(40, "2024-01-01", "x"), obs(31, "2024-06-01", "y")], true)).toEqual([
        { kind: "revision", sides: ["40 u", "31 u"], at: 1 },
      ]);
      // The same source giving a new count later revises it too.
      expect(found([obs(40, "2024-01-01", "x"), obs(31, "2024-06-01", "x")], true)).toHaveLength(1);
      // A later source confirming the count is no revision.
      expect(found([obs(40, "2024-01-01", "x"), obs(40, "2024-06-01", "y")], true)).toEqual([]);
    });

    it("lists each step of a count revised twice, each against the value before it", () => {
      const values = [obs(31, "2024-06-01", "z"), obs(40, "2024-01-01", "x"), obs(35, "2024-03-01", "y")];
      expect(found(values, true)).toEqual([
        { kind: "revision", sides: ["40 u", "35 u"], at: 2 },
        { kind: "revision", sides: ["35 u", "31 u"], at: 0 },
      ]);
    });

    it("calls values of a historical count given on the same day by different sources a disagreement", () => {
      expect(found([obs(40, "2024-01-01", "x"), obs(31, "2024-01-01", "y")], true)).toEqual([
        { kind: "figure", sides: ["40 u", "31 u"], at: 1 },
      ]);
    });

    it("lists a value of a series that counts an earlier date (`counts_as_of`) as a revision of that count", () => {
      const values = [
        obs(300, "2024-01-01", "x"),
        obs(450, "2024-05-01", "y"),
        obs(260, "2024-08-01", "z", "2024-01-01"),
      ];
      // 260 and 450 count dates four months apart: not compared, though 260 was given later.
      expect(found(values)).toEqual([{ kind: "revision", sides: ["300 u", "260 u"], at: 2 }]);
      // Given on the same day as a value of another date, it is compared with neither by the window.
      const sameDay = [
        obs(300, "2024-01-01", "x"),
        obs(450, "2024-08-01", "y"),
        obs(260, "2024-08-01", "z", "2024-01-01"),
      ];
      expect(found(sameDay)).toEqual([{ kind: "revision", sides: ["300 u", "260 u"], at: 2 }]);
    });
  });
});
