/**
 * Edit and merge of the draft parts of reviewed items (a role, a figure's
 * value, a citation that `extract --into` added), without a browser: a part's
 * form has the part's own fields, is checked as `check` checks, and writes
 * only the part's lines; a merge moves the part to the item it belongs to,
 * reviewed. The fixture (test/fixtures/review/parts/) is invented.
 */
import { cp, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { FactBase } from "../../src/factbase/schema.js";
import { mergeTargets } from "../../src/review/find-drafts.js";
import { CITATION_FORM, FORMS, formAt } from "../../src/review/forms.js";
import { ReviewSession } from "../../src/review/review-session.js";
import { formView, mergeView, pageView, pickersOf } from "../../src/review/review-view.js";
import { FIXTURES, runCli, tempDirForTest } from "../helpers.js";
import { DRAFT_CITATION, DRAFT_ROLE, DRAFT_VALUE } from "./review-helpers.js";

const BRIEF = "parts/parts.yaml";

async function project(): Promise<{ dir: string; brief: string; original: string; session: ReviewSession }> {
  const dir = await tempDirForTest("review-parts");
  await cp(path.join(FIXTURES, "review"), dir, { recursive: true });
  const brief = path.join(dir, BRIEF);
  const session = await ReviewSession.open({ file: BRIEF, cwd: dir, today: () => "2024-04-06" });
  return { dir, brief, original: await readFile(brief, "utf8"), session };
}

const checks = async (dir: string) => (await runCli(["check", BRIEF], { cwd: dir })).code;

describe("the form of a draft part", () => {
  it("has the part's own fields: a value's, a role's, a citation's source and excerpt", async () => {
    expect(formAt(["figures", 1])).toBe(FORMS.figures);
    expect(formAt(["figures", 1, "observations", 1])?.fields.map((f) => f.name)).toEqual([
      "value",
      "qualifier",
      "wording",
      "as_of",
      "counts_as_of",
      "according_to",
    ]);
    expect(formAt(["actors", 0, "roles", 1])?.fields.map((f) => f.name)).toEqual(["title", "as_of"]);
    expect(formAt(["quotes", 1, "cite", 1])).toBe(CITATION_FORM);
    expect(formAt(["figures", 1, "observations", 1, "cite", 0])).toBe(CITATION_FORM);
    expect(formAt(["figures", 1, "label"])).toBeUndefined();
    const { session } = await project();
    const state = await session.current();
    const value = formView("edit", "figures", parse(DRAFT_VALUE)[0], pickersOf(state), {
      draft: "figures.1.observations.1",
      heading: "Edit",
      part: ["figures", 1, "observations", 1],
    });
    expect(value?.inputs.map((i) => [i.name, i.value])).toEqual([
      ["value", "41000"],
      ["qualifier", "about"],
      ["wording", "about 41,000"],
      ["as_of", "2024-04-02"],
      ["counts_as_of", ""],
      ["according_to", ""],
    ]);
    expect(value?.cites.map((c) => [c.source.name, c.source.value, c.excerpt.name, c.excerpt.value])).toEqual([
      ["cite.0.source", "p", "cite.0.excerpt", "up from about 41,000 a year earlier"],
      ["cite.1.source", "", "cite.1.excerpt", ""],
    ]);
    expect(value?.entries).toEqual([]);
    const citation = formView("edit", "quotes", parse(DRAFT_CITATION)[0], pickersOf(state), {
      draft: "quotes.1.cite.1",
      heading: "Edit",
      part: ["quotes", 1, "cite", 1],
    });
    expect(citation?.inputs.map((i) => [i.name, i.value])).toEqual([
      ["source", "q"],
      ["excerpt", '"We will run twelve crossings a day," Ostrova repeated'],
    ]);
    expect(citation?.inputs[0]?.options.map((o) => o.value)).toEqual(["", "p", "q"]);
  });
});

describe("edit of a draft part", () => {
  it("refuses a value's wording not in its source, at the wording field, and writes nothing", async () => {
    const { brief, original, session } = await project();
    const outcome = await session.act((await session.current()).hash, {
      action: "edit",
      draft: "figures.1.observations.1",
      values: { wording: "about 42,000" },
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.status).toBe(422);
    expect(outcome.problems.map((p) => p.field)).toEqual(["value", "wording"]);
    expect(outcome.problems[1]?.message).toMatch(/^wording not found in source p/);
    expect(outcome.problems[1]?.where).toBe(`${BRIEF}:57:18`);
    expect(await readFile(brief, "utf8")).toBe(original);
  });

  it("writes a value's changed fields in its own lines only, and check passes", async () => {
    const { dir, brief, original, session } = await project();
    const outcome = await session.act((await session.current()).hash, {
      action: "edit",
      draft: "figures.1.observations.1",
      values: {
        value: "41000",
        qualifier: "about",
        wording: "about 41,000",
        as_of: "2024-04-02",
        counts_as_of: "2023-03",
        according_to: "",
        "cite.0.source": "p",
        "cite.0.excerpt": "carried 48,000 passengers in March, up from about 41,000 a year earlier",
        "cite.1.source": "",
        "cite.1.excerpt": "",
      },
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.done).toBe("saved a value of figure `crew`");
    expect(await readFile(brief, "utf8")).toBe(
      original.replace(
        DRAFT_VALUE,
        DRAFT_VALUE.replace(
          "            excerpt: up from about 41,000 a year earlier\n",
          "            excerpt: carried 48,000 passengers in March, up from about 41,000 a year earlier\n",
        ).replace("        draft: true\n", "        draft: true\n        counts_as_of: 2023-03\n"),
      ),
    );
    expect(await checks(dir)).toBe(0);
  });

  it("saves and accepts a role, and a citation's excerpt, each in its own lines", async () => {
    const { dir, brief, original, session } = await project();
    let outcome = await session.act((await session.current()).hash, {
      action: "edit",
      draft: "actors.0.roles.1",
      values: { title: "Captain", as_of: "2024-04-01" },
      accept: true,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.done).toBe("saved and accepted a role of actor `ostrova`");
    outcome = await session.act(outcome.state.hash, {
      action: "edit",
      draft: "quotes.1.cite.1",
      values: { source: "q", excerpt: "Ostrova repeated" },
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(await readFile(brief, "utf8")).toBe(
      original
        .replace(DRAFT_ROLE, DRAFT_ROLE.replace("2024-04-02", "2024-04-01").replace(/ {8}draft:\n.*\n$/, ""))
        .replace(DRAFT_CITATION, DRAFT_CITATION.replace(/'.*'/, "Ostrova repeated")),
    );
    expect(await checks(dir)).toBe(0);
  });

  it("refuses a citation's excerpt not in its source, at the excerpt field (the quote's own problem atop)", async () => {
    const { brief, original, session } = await project();
    const outcome = await session.act((await session.current()).hash, {
      action: "edit",
      draft: "quotes.1.cite.1",
      values: { source: "p", excerpt: "Ostrova repeated" },
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.field, p.message.replace(/ \(.*$/, "")])).toEqual([
      [undefined, "quote not found in source p"],
      ["excerpt", "excerpt not found in source p"],
    ]);
    expect(await readFile(brief, "utf8")).toBe(original);
  });
});

describe("merge of a draft part", () => {
  it("offers each part somewhere to go, the likeliest chosen", async () => {
    const { session } = await project();
    const state = await session.current();
    const { factBase, places } = state.checked.loaded;
    if (factBase === undefined || places === undefined) throw new Error("not loaded");
    const targets = (key: string) => {
      const draft = state.drafts.find((d) => d.key === key);
      if (draft === undefined) throw new Error(`no draft ${key}`);
      return mergeTargets({ factBase, places }, draft).map((t) => t.path.join("."));
    };
    expect(targets("actors.0.roles.1")).toEqual(["actors.1"]);
    expect(targets("figures.1.observations.1")).toEqual(["figures.0"]);
    expect(targets("quotes.1.cite.1")).toEqual(["quotes.0"]);
    const page = pageView(state, { token: "t", file: BRIEF, undoable: false });
    expect(page.groups.flatMap((g) => g.drafts.map((d) => [d.key, d.canMerge, d.mergeReason]))).toEqual([
      ["actors.0.roles.1", true, null],
      ["figures.1.observations.1", true, null],
      ["quotes.1.cite.1", true, null],
    ]);
    const role = state.drafts.find((d) => d.key === "actors.0.roles.1");
    if (role === undefined) throw new Error("no role");
    const view = mergeView(state, role);
    expect(view?.heading).toBe("Move a role of actor ostrova to");
    expect(view?.targets).toEqual([{ value: "actors.1", label: "brandt: Ivo Brandt", selected: true }]);
    expect(view?.actor).toBe(false);
  });

  it("moves a drafted value to another figure, reviewed: one value fewer there, one more here", async () => {
    const { dir, brief, original, session } = await project();
    const outcome = await session.act((await session.current()).hash, {
      action: "merge",
      draft: "figures.1.observations.1",
      into: "figures.0",
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.done).toBe("merged a value of figure `crew` into figure `passengers`");
    const passengersEnd = "            excerpt: The operator carried 48,000 passengers in March\n";
    expect(await readFile(brief, "utf8")).toBe(
      original
        .replace(DRAFT_VALUE, "")
        .replace(passengersEnd, `${passengersEnd}${DRAFT_VALUE.replace("        draft: true\n", "")}`),
    );
    const figures = (parse(await readFile(brief, "utf8")) as FactBase).figures ?? [];
    expect(figures.map((f) => [f.id, f.observations.length])).toEqual([
      ["passengers", 2],
      ["crew", 1],
    ]);
    expect(await checks(dir)).toBe(0);
  });

  it("moves a drafted role to another actor, which had none", async () => {
    const { dir, brief, original, session } = await project();
    const outcome = await session.act((await session.current()).hash, {
      action: "merge",
      draft: "actors.0.roles.1",
      into: "actors.1",
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.done).toBe("merged a role of actor `ostrova` into actor `brandt`");
    const brandt = "    cite: [p, q] # both articles name him\n";
    expect(await readFile(brief, "utf8")).toBe(
      original
        .replace(DRAFT_ROLE, "")
        .replace(
          brandt,
          `${brandt}    roles:\n${DRAFT_ROLE.replace("        draft:\n          by: name-with-title\n", "")}`,
        ),
    );
    const actors = (parse(await readFile(brief, "utf8")) as FactBase).actors ?? [];
    expect(actors.map((a) => [a.id, a.roles?.length ?? 0])).toEqual([
      ["ostrova", 1],
      ["brandt", 1],
    ]);
    expect(await checks(dir)).toBe(0);
  });

  it("moves a drafted citation to another quote, reviewed", async () => {
    const { dir, brief, original, session } = await project();
    const outcome = await session.act((await session.current()).hash, {
      action: "merge",
      draft: "quotes.1.cite.1",
      into: "quotes.0",
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.done).toBe("merged a citation of quote `written-rotas` into quote `twelve-crossings`");
    expect(await readFile(brief, "utf8")).toBe(
      original
        .replace(DRAFT_CITATION, "")
        .replace(
          "    cite: [p]\n",
          `    cite: [p, { source: q, excerpt: '"We will run twelve crossings a day," Ostrova repeated' }]\n`,
        ),
    );
    const quotes = (parse(await readFile(brief, "utf8")) as FactBase).quotes ?? [];
    expect(quotes.map((q) => [q.id, q.cite.length])).toEqual([
      ["twelve-crossings", 2],
      ["written-rotas", 1],
    ]);
    expect(await checks(dir)).toBe(0);
  });

  it("refuses a target that is not another item of the part's kind", async () => {
    const { brief, original, session } = await project();
    const version = (await session.current()).hash;
    for (const into of ["figures.1", "actors.0", "quotes.1", "title", "figures.0.observations.0"]) {
      const outcome = await session.act(version, { action: "merge", draft: "figures.1.observations.1", into });
      expect(outcome.ok ? "written" : outcome.status).toBe(400);
    }
    expect(await readFile(brief, "utf8")).toBe(original);
  });
});
