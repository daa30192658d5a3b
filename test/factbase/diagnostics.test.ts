/**
 * One fixture per kind of problem (test/fixtures/errors/*.yaml, invented
 * briefs over the invented harbour sources), each asserting the exact
 * `file:line:col: severity: message [rule]` text an editor sees.
 */
import { describe, expect, it } from "vitest";
import { checkBrief } from "../../src/commands/check-brief.js";
import { formatDiagnostic } from "../../src/diagnostics/index.js";
import { ROOT } from "../helpers.js";

const diagnosticsOf = async (name: string): Promise<string[]> => {
  const checked = await checkBrief(`test/fixtures/errors/${name}.yaml`, ROOT);
  return checked.diagnostics.map(formatDiagnostic);
};

const at = (name: string, rest: string) => `test/fixtures/errors/${name}.yaml:${rest}`;

describe("diagnostics for mistakes in a brief", () => {
  it.each([
    [
      "yaml-syntax",
      [
        at(
          "yaml-syntax",
          "10:5: error: flow sequence in block collection must be sufficiently indented and end with a ] [yaml-syntax]",
        ),
      ],
    ],
    [
      "duplicate-key",
      [
        at(
          "duplicate-key",
          "9:5: error: duplicate key: this key is already set earlier in the same mapping [yaml-syntax]",
        ),
      ],
    ],
    [
      "unknown-tag",
      [at("unknown-tag", "8:11: error: unknown tag !person: tags are not allowed in a fact base [yaml-syntax]")],
    ],
    ["missing-field", [at("missing-field", "6:5: error: missing `kind` [schema]")]],
    ["unknown-field", [at("unknown-field", "11:9: error: unknown field `exerpt` [schema]\n  did you mean `excerpt`?")]],
    [
      "bad-enum",
      [
        at(
          "bad-enum",
          "17:13: error: `stance` must be one of: demands, wants, supports, willing, refuses, opposes, warns, reconsidering, states [schema]",
        ),
      ],
    ],
    [
      "bad-date",
      [
        at(
          "bad-date",
          "7:11: error: `date`: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, with a trailing ~ when approximate (2023-10-15~) [schema]",
        ),
      ],
    ],
    ["unknown-source", [at("unknown-source", "9:15: error: unknown source `c` [unknown-source]\n  did you mean `a`?")]],
    [
      "unknown-actor",
      [at("unknown-actor", "12:14: error: unknown actor `carvallo` [unknown-actor]\n  did you mean `carvalho`?")],
    ],
    [
      "duplicate-id",
      [at("duplicate-id", "11:9: error: duplicate id `reyes`: already used by the actor at 6:9 [duplicate-id]")],
    ],
    [
      "quote-not-found",
      [
        at(
          "quote-not-found",
          '13:11: error: quote not found in source a [quote-verbatim]\n  nearest passage in the source: "We cannot keep the channel open for free"',
        ),
      ],
    ],
    [
      "excerpt-not-citable",
      [
        at(
          "excerpt-not-citable",
          "11:18: error: excerpt comes from a line of source a marked not citable (a link blurb or site furniture) [not-citable]",
        ),
      ],
    ],
    [
      "figure-number",
      [
        at(
          "figure-number",
          '11:16: error: 1,300 is not written in its wording "more than 1,200 dock workers" [figure-number]\n  the text says: 1,200',
        ),
      ],
    ],
    [
      "event-after-source",
      [
        at(
          "event-after-source",
          "7:11: error: event dated 2024-03-11 is after the publication of every source it cites (latest 2024-03-08): mark it `status: planned` or `status: expected` [event-after-source]",
        ),
      ],
    ],
    [
      "date-after-source",
      [
        at(
          "date-after-source",
          "11:16: error: role dated 2024-04-01 is after the publication of every source it cites (latest 2024-03-08) [date-after-source]",
        ),
      ],
    ],
  ])("%s", async (name, expected) => {
    expect(await diagnosticsOf(name)).toEqual(expected);
  });

  it("reports schema and reference problems together, in reading order", async () => {
    expect(await diagnosticsOf("several")).toEqual([
      at("several", "8:11: error: `kind` must be one of: person, organisation, state, media, group [schema]"),
      at("several", "9:12: error: unknown source `z` [unknown-source]\n  did you mean `a`?"),
      at("several", "10:5: error: missing `kind` [schema]"),
    ]);
  });

  it("finds no error in the valid fixture", async () => {
    const checked = await checkBrief("test/fixtures/harbour.yaml", ROOT);
    expect(checked.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
    expect(checked.factBase?.title).toBe("The Port Alba dredging dispute");
  });
});
