/**
 * Rule levels (a brief's checks.rules, a desk's factsheet.config.yaml, each
 * kind of item's defaults) and acceptances (`accept: [{ rule, reason }]`), on
 * copies of the invented provenance fixture (test/fixtures/provenance.yaml)
 * with a few lines added.
 */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkBrief } from "../../src/commands/check-brief.js";
import { type Diagnostic, formatDiagnostic } from "../../src/diagnostics/index.js";
import { ITEM_KINDS } from "../../src/factbase/items.js";
import { levelOf } from "../../src/verify/apply-rule-levels.js";
import { FIXTURES, runCli, tempDirForTest } from "../helpers.js";

const F = "provenance.yaml";

/**
 * A copy of the provenance fixture in a folder of its own (a repository root: no desk config from
 * above reaches it), its brief edited, with a desk config when one is given.
 */
async function variant(edit: (text: string) => string, desk?: string): Promise<string> {
  const dir = await tempDirForTest("levels");
  await mkdir(path.join(dir, ".git"));
  await cp(path.join(FIXTURES, "provenance"), path.join(dir, "provenance"), { recursive: true });
  const text = await readFile(path.join(FIXTURES, F), "utf8");
  await writeFile(path.join(dir, F), edit(text));
  if (desk !== undefined) await writeFile(path.join(dir, "factsheet.config.yaml"), desk);
  return dir;
}

/** The brief with these lines added under `checks:`. */
const withRules =
  (...lines: string[]) =>
  (text: string): string =>
    text.replace(
      "  stale_after_days: 3\n",
      `  stale_after_days: 3\n  rules:\n${lines.map((l) => `    ${l}\n`).join("")}`,
    );

/** The brief with these lines added to the item that starts with `start` (its first line). */
const withLines =
  (start: string, ...lines: string[]) =>
  (text: string): string => {
    if (!text.includes(start)) throw new Error(`no ${start} in the fixture`);
    return text.replace(start, `${start}\n${lines.map((l) => `    ${l}`).join("\n")}`);
  };

const rulesOf = (list: readonly { rule: string; severity: string }[]) =>
  Object.fromEntries(list.map((d) => [d.rule, d.severity]));

describe("rule levels", () => {
  it("a brief sets a rule's level: error fails the check, note and off do not", async () => {
    const dir = await variant(withRules("unmentioned-actor: off", "stale-figure: error", "quote-speaker: note"));
    const checked = await checkBrief(F, dir);
    expect(checked.diagnostics.some((d) => d.rule === "unmentioned-actor")).toBe(false);
    expect(rulesOf(checked.diagnostics)).toMatchObject({ "stale-figure": "error", "quote-speaker": "note" });
    expect(checked.errors).toBe(1);
    expect(checked.factBase).toBeUndefined();
    const cli = await runCli(["check", F], { cwd: dir });
    expect(cli.code).toBe(1);
    // Errors in full, with their hints; the other rules grouped.
    expect(cli.err).toMatch(
      /^provenance\.yaml:57:9: error: figure `signatures` is shown as current.*\n {2}find a newer value/m,
    );
    expect(cli.err).toMatch(/^quote-speaker: 1 note\n {2}provenance\.yaml:94:5: quote `money` has no speaker$/m);
  });

  it("a desk config sets levels for every brief; the brief's own win over the desk's", async () => {
    const desk = "rules:\n  unmentioned-actor: off\n  relative-date: error\n  uncited-source: note\n";
    const dir = await variant(withRules("relative-date: warning"), desk);
    const checked = await checkBrief(F, dir);
    expect(checked.desk.file).toBe("factsheet.config.yaml");
    expect(checked.diagnostics.some((d) => d.rule === "unmentioned-actor")).toBe(false);
    expect(rulesOf(checked.diagnostics)).toMatchObject({ "relative-date": "warning", "uncited-source": "note" });
    expect(checked.errors).toBe(0);
  });

  it("single-source leaves quotes alone unless it is set for them; a level for the rule does not reach them", async () => {
    const quotes = (list: readonly Diagnostic[]) =>
      list.filter((d) => d.rule === "single-source" && d.message.startsWith("quote"));
    expect(quotes((await checkBrief(F, await variant((t) => t))).diagnostics)).toEqual([]);
    const strictDesk = await checkBrief(F, await variant(withRules("single-source: error")));
    expect(quotes(strictDesk.diagnostics)).toEqual([]);
    expect(strictDesk.diagnostics.filter((d) => d.rule === "single-source").map((d) => d.severity)).toEqual(["error"]);
    const forQuotes = await checkBrief(F, await variant(withRules("single-source: { level: note, quotes: warning }")));
    expect(quotes(forQuotes.diagnostics).map((d) => `${d.line}: ${d.severity}`)).toEqual([
      "81: warning",
      "86: warning",
      "92: warning",
    ]);
    // Events take the rule's own level.
    expect(forQuotes.diagnostics.find((d) => d.message.startsWith("event `council-meets`"))?.severity).toBe("note");
  });

  it("the default comes from the item registry, kind by kind", () => {
    const quote = ITEM_KINDS.find((k) => k.kind === "quote");
    const event = ITEM_KINDS.find((k) => k.kind === "event");
    expect(levelOf("single-source", quote, [])).toBe("off");
    expect(levelOf("single-source", event, [])).toBe("warning");
    expect(levelOf("single-source", quote, [{ "single-source": "error" }])).toBe("off");
    expect(levelOf("single-source", quote, [undefined, { "single-source": { quotes: "note" } }])).toBe("note");
    // A kind named in the desk wins over the rule as a whole in the brief.
    expect(
      levelOf("single-source", event, [{ "single-source": "off" }, { "single-source": { timeline: "error" } }]),
    ).toBe("error");
    expect(levelOf("sources-differ", undefined, [])).toBe("note");
  });

  it("an unknown rule is an error at its key, with did you mean", async () => {
    const dir = await variant(withRules("singel-source: off"));
    const checked = await checkBrief(F, dir);
    expect(checked.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([
      `${F}:10:5: error: unknown field \`singel-source\` [schema]\n  did you mean \`single-source\`?`,
    ]);
  });

  it("an error of verification cannot be lowered, and says so", async () => {
    const dir = await variant(withRules("quote-verbatim: warning"));
    const cli = await runCli(["check", F], { cwd: dir });
    expect(cli.code).toBe(1);
    expect(cli.err).toBe(
      `${F}:10:21: error: \`quote-verbatim\`: \`quote-verbatim\` is an error of verification: it cannot be lowered (only the provenance rules can be set) [schema]\n`,
    );
    // Keeping it an error is allowed.
    expect((await checkBrief(F, await variant(withRules("quote-verbatim: error")))).errors).toBe(0);
  });

  it("a level must be one of error, warning, note, off", async () => {
    const checked = await checkBrief(F, await variant(withRules("stale-figure: loud")));
    expect(checked.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([
      `${F}:10:19: error: \`stale-figure\` must be one of: error, warning, note, off [schema]`,
    ]);
  });

  it("--strict makes warnings errors, whatever level set them, and leaves notes", async () => {
    const dir = await variant(withRules("quote-speaker: note", "uncited-source: warning"));
    const checked = await checkBrief(F, dir, { strict: true });
    expect(rulesOf(checked.diagnostics)).toMatchObject({ "quote-speaker": "note", "uncited-source": "error" });
  });
});

describe("accepting a finding", () => {
  const acceptCouncilMeets = withLines(
    "  - id: council-meets",
    "accept:",
    "  - rule: single-source",
    "    reason: The council's agenda is only published by source d.",
  );

  it("sets the finding aside: not printed, counted as accepted, listed by --verbose with its reason", async () => {
    const dir = await variant(acceptCouncilMeets);
    const checked = await checkBrief(F, dir);
    expect(checked.diagnostics.some((d) => d.rule === "single-source")).toBe(false);
    expect(checked.accepted.map(formatDiagnostic)).toEqual([
      `${F}:45:9: accepted: event \`council-meets\` rests on a single source (d) [single-source]\n  reason: The council's agenda is only published by source d.`,
    ]);
    expect(checked.warnings).toBe(7);
    const cli = await runCli(["check", F], { cwd: dir });
    expect(cli.code).toBe(0);
    expect(cli.err).not.toContain("single-source");
    expect(cli.out).toMatch(/; 7 warnings \(.*\); 4 notes \(4 sources-differ\); 1 accepted \(1 single-source\)\n$/);
    const verbose = await runCli(["check", "--verbose", F], { cwd: dir });
    expect(verbose.err).toContain(
      `${F}:45:9: accepted: event \`council-meets\` rests on a single source (d) [single-source]\n  reason: The council's agenda`,
    );
    expect(verbose.out).toBe(cli.out);
  });

  it("stays accepted under --strict", async () => {
    const checked = await checkBrief(F, await variant(acceptCouncilMeets), { strict: true });
    expect(checked.accepted).toHaveLength(1);
    expect(checked.diagnostics.some((d) => d.rule === "single-source")).toBe(false);
  });

  it("accepts only its own item's findings of that rule", async () => {
    // The figure accepts single-source, which it has none of; the event's finding stays.
    const dir = await variant(
      withLines("  - id: signatures", "accept: [{ rule: single-source, reason: Each count has its own source. }]"),
    );
    const checked = await checkBrief(F, dir);
    expect(checked.accepted).toEqual([]);
    expect(checked.diagnostics.filter((d) => d.rule === "single-source")).toHaveLength(1);
  });

  it("an acceptance that matches no finding is a note", async () => {
    const dir = await variant(
      withLines(
        "  - id: vote-delayed",
        "accept:",
        "  - rule: relative-date",
        "    reason: Friday was checked.",
        "  - rule: single-source",
        "    reason: Old.",
      ),
    );
    const checked = await checkBrief(F, dir);
    expect(checked.diagnostics.filter((d) => d.rule === "stale-accept").map(formatDiagnostic)).toEqual([
      `${F}:41:15: note: event \`vote-delayed\` accepts \`relative-date\`, but check finds no such finding on it: the acceptance can go [stale-accept]`,
      `${F}:43:15: note: event \`vote-delayed\` accepts \`single-source\`, but check finds no such finding on it: the acceptance can go [stale-accept]`,
    ]);
    const quote = await checkBrief(
      F,
      await variant(withLines("  - id: money", "accept: [{ rule: single-source, reason: One report. }]")),
    );
    expect(quote.diagnostics.find((d) => d.rule === "stale-accept")?.message).toBe(
      "quote `money` accepts `single-source`, but check finds no such finding on it (the rule is off for quotes): the acceptance can go",
    );
  });

  it("needs a reason, and a rule an item can accept", async () => {
    const errorsOf = async (...lines: string[]) =>
      (await checkBrief(F, await variant(withLines("  - id: council-meets", ...lines)))).diagnostics
        .filter((d) => d.severity === "error")
        .map(formatDiagnostic);
    expect(await errorsOf("accept: [{ rule: single-source }]")).toEqual([
      `${F}:46:14: error: missing \`reason\` [schema]`,
    ]);
    expect(await errorsOf('accept: [{ rule: single-source, reason: "  " }]')).toEqual([
      `${F}:46:45: error: \`reason\` must not be empty [schema]`,
    ]);
    expect(await errorsOf("accept: [{ rule: quote-verbatim, reason: Close enough. }]")).toEqual([
      `${F}:46:22: error: \`rule\`: \`quote-verbatim\` is an error of verification: it cannot be accepted, only corrected [schema]`,
    ]);
    expect(await errorsOf("accept: [{ rule: single-sorce, reason: One source. }]")).toEqual([
      `${F}:46:22: error: \`rule\`: unknown rule \`single-sorce\`: did you mean \`single-source\`? [schema]`,
    ]);
    expect(await errorsOf("accept: [{ rule: uncited-source, reason: Kept for the record. }]")).toEqual([
      `${F}:46:22: error: \`rule\`: \`uncited-source\` stands in the catalogue or on a single value, not on an item: set its level in checks.rules instead [schema]`,
    ]);
  });
});
