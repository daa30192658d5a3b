/**
 * What each review action writes to the brief, without a browser: only the
 * lines of the item acted on change, every write is checked as `check`
 * checks, a brief changed on disk is never overwritten, and undo restores the
 * bytes. The fixture (test/fixtures/review/) is invented.
 */
import { cp, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ExitCode } from "../../src/errors.js";
import { items } from "../../src/factbase/items.js";
import { Rejections } from "../../src/factbase/rejections.js";
import type { FactBase } from "../../src/factbase/schema.js";
import { CHANGED_ON_DISK, ReviewSession } from "../../src/review/review-session.js";
import { FIXTURES, runCli, tempDirForTest } from "../helpers.js";

const TODAY = "2024-03-20";

async function project(): Promise<{ dir: string; brief: string; original: string; session: ReviewSession }> {
  const dir = await tempDirForTest("review");
  await cp(path.join(FIXTURES, "review"), dir, { recursive: true });
  const brief = path.join(dir, "review.yaml");
  const session = await ReviewSession.open({ file: "review.yaml", cwd: dir, today: () => TODAY });
  return { dir, brief, original: await readFile(brief, "utf8"), session };
}

const checks = async (dir: string, file = "review.yaml") => (await runCli(["check", file], { cwd: dir })).code;

describe("accept", () => {
  it("takes away the draft mark's line alone, and check passes", async () => {
    const { dir, brief, original, session } = await project();
    const state = await session.current();
    const outcome = await session.act(state.hash, { action: "accept", draft: "quotes.1" });
    expect(outcome.ok).toBe(true);
    const after = await readFile(brief, "utf8");
    expect(after).toBe(original.replace("    cite: [c]\n    draft: true\n", "    cite: [c]\n"));
    expect(await checks(dir)).toBe(0);
  });

  it("takes away a long draft mark, and the mark of a part or a citation", async () => {
    const { dir, brief, original, session } = await project();
    let version = (await session.current()).hash;
    for (const draft of ["actors.4", "actors.0.roles.1", "timeline.1.cite.1"]) {
      const outcome = await session.act(version, { action: "accept", draft });
      if (!outcome.ok) throw new Error(outcome.message);
      version = outcome.state.hash;
    }
    const expected = original
      .replace("    draft:\n      by: name-with-title\n      note: the same person as reyes?\n", "")
      .replace(
        "            excerpt: Harbour master Ines Carvalho\n        draft: true\n",
        "            excerpt: Harbour master Ines Carvalho\n",
      )
      .replace(
        "        excerpt: the union's offer to split dredging costs\n        draft: true\n",
        "        excerpt: the union's offer to split dredging costs\n",
      );
    expect(await readFile(brief, "utf8")).toBe(expected);
    expect(await checks(dir)).toBe(0);
  });

  it("keeps a brief's CRLF line ends and byte-order mark", async () => {
    const { brief, original, dir } = await project();
    await writeFile(brief, `\uFEFF${original.replaceAll("\n", "\r\n")}`);
    const session = await ReviewSession.open({ file: "review.yaml", cwd: dir });
    const outcome = await session.act((await session.current()).hash, { action: "accept", draft: "quotes.1" });
    expect(outcome.ok).toBe(true);
    const expected = `\uFEFF${original.replace("    cite: [c]\n    draft: true\n", "    cite: [c]\n").replaceAll("\n", "\r\n")}`;
    expect(await readFile(brief, "utf8")).toBe(expected);
  });
});

describe("reject", () => {
  it("removes the draft's lines and remembers it as rejected, so that extract's same candidate is recognised", async () => {
    const { dir, brief, original, session } = await project();
    const outcome = await session.act((await session.current()).hash, { action: "reject", draft: "figures.1" });
    expect(outcome.ok).toBe(true);
    const after = await readFile(brief, "utf8");
    const figure = original.slice(original.indexOf("  - id: dock-workers\n"), original.indexOf("quotes:\n"));
    expect(after).toBe(
      `${original.replace(figure, "")}rejected:\n  - kind: figures\n    source: c\n    excerpt: About 1,300 dock workers took part in the vote\n    id: dock-workers\n    on: ${TODAY}\n`,
    );
    expect(await checks(dir)).toBe(0);
    // The same figure drafted again from the same article is the one rejected.
    const drafted = await runCli(["extract", "sources/c.txt", "--published", "2024-03-12"], { cwd: dir });
    expect(drafted.code).toBe(0);
    const draft = parse(drafted.out) as object;
    const rejections = Rejections.of(parse(after) as Pick<FactBase, "rejected">);
    const figures = items(draft).filter((site) => site.description.list === "figures");
    expect(figures).toHaveLength(1);
    expect(figures.map((site) => rejections.rejectsSite(site))).toEqual([true]);
    // Nothing else it drafts is taken for the rejected figure.
    expect(items(draft).filter((site) => rejections.rejectsSite(site))).toHaveLength(1);
  });

  it("rejects a draft that extract --into then proposes no more", async () => {
    const { dir, brief, session } = await project();
    const figureCount = (text: string) => (parse(text) as FactBase).figures?.length ?? 0;
    const before = figureCount(await readFile(brief, "utf8"));
    const outcome = await session.act((await session.current()).hash, { action: "reject", draft: "figures.1" });
    expect(outcome.ok).toBe(true);
    const rejected = await readFile(brief, "utf8");
    expect(figureCount(rejected)).toBe(before - 1);
    // The article the figure came from, drafted into the brief again: the rejected figure stays out.
    const again = await runCli(["extract", "sources/c.txt", "--into", "review.yaml", "--redraft"], { cwd: dir });
    expect(again.code).toBe(0);
    const after = await readFile(brief, "utf8");
    const drafted = (parse(after) as FactBase).figures ?? [];
    expect(
      drafted.filter((f) => f.observations.some((o) => JSON.stringify(o.cite).includes("About 1,300 dock workers"))),
    ).toEqual([]);
    expect(await checks(dir)).toBe(0);
  });

  it("rejects a drafted part: the part goes, remembered by its own words", async () => {
    const { brief, original, session } = await project();
    const outcome = await session.act((await session.current()).hash, { action: "reject", draft: "actors.0.roles.1" });
    expect(outcome.ok).toBe(true);
    const after = await readFile(brief, "utf8");
    expect(after).toContain(
      "rejected:\n  - kind: actors\n    source: c\n    excerpt: Harbour master Ines Carvalho\n    id: carvalho\n",
    );
    expect(after.replace(/rejected:[\s\S]*$/, "")).toBe(
      original.replace(
        "      - title: Harbour master\n        as_of: 2024-03-12\n        cite:\n          - source: c\n            excerpt: Harbour master Ines Carvalho\n        draft: true\n",
        "",
      ),
    );
  });
});

describe("merge", () => {
  it("merges a drafted figure's value into an existing figure: one figure with one more observation", async () => {
    const { dir, brief, original, session } = await project();
    const outcome = await session.act((await session.current()).hash, {
      action: "merge",
      draft: "figures.1",
      into: "figures.0",
    });
    if (!outcome.ok) throw new Error(`${outcome.message} ${JSON.stringify(outcome.problems)}`);
    const after = await readFile(brief, "utf8");
    const figures = (parse(after) as FactBase).figures ?? [];
    expect(figures.map((f) => f.id)).toEqual(["workers"]);
    expect(figures[0]?.observations.map((o) => String(o.value))).toEqual(["1200", "1500", "1300"]);
    const value = [
      "      - value: 1300",
      "        qualifier: about",
      "        wording: About 1,300 dock workers",
      "        as_of: 2024-03-12",
      "        according_to: the union",
      "        cite:",
      "          - source: c",
      "            excerpt: About 1,300 dock workers took part in the vote",
      "",
    ].join("\n");
    const drafted = original.slice(
      original.indexOf(
        "  # Drafted by factsheet extract from source c: review each, then delete its draft: true.\n  - id: dock-workers",
      ),
      original.indexOf("quotes:\n"),
    );
    expect(after).toBe(
      original
        .replace(drafted, "  # Drafted by factsheet extract from source c: review each, then delete its draft: true.\n")
        .replace("        cite: [b]\n", `        cite: [b]\n${value}`),
    );
    expect(await checks(dir)).toBe(0);
  });

  it("merges a drafted actor into an existing one as an alias, with its citations, and renames what names it", async () => {
    const { dir, brief, session } = await project();
    const outcome = await session.act((await session.current()).hash, {
      action: "merge",
      draft: "actors.4",
      into: "actors.1",
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const after = await readFile(brief, "utf8");
    expect(after).toContain(
      "  - id: reyes\n    name: Tomas Reyes\n    kind: person\n    affiliation: union\n    cite: [a, b, { source: c, excerpt: union leader Tomás Reyes }] # both articles name him\n    aliases: [Tomás Reyes]\n",
    );
    expect(after).not.toContain("tomas-reyes");
    expect(await checks(dir)).toBe(0);
  });
});

describe("edit", () => {
  it("refuses an excerpt that is not in the source, at its field, and writes nothing", async () => {
    const { brief, original, session } = await project();
    const outcome = await session.act((await session.current()).hash, {
      action: "edit",
      draft: "timeline.2",
      values: { "cite.0.source": "c", "cite.0.excerpt": "Dock workers voted to strike" },
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.status).toBe(422);
    expect(outcome.problems.map((p) => p.field)).toEqual(["cite.0.excerpt"]);
    expect(outcome.problems[0]?.message).toMatch(/not found in source c/);
    expect(outcome.problems[0]?.where).toMatch(/^review\.yaml:\d+:\d+$/);
    expect(await readFile(brief, "utf8")).toBe(original);
  });

  it("writes the fields changed, in place, and renames what names a changed id", async () => {
    const { dir, brief, original, session } = await project();
    const outcome = await session.act((await session.current()).hash, {
      action: "edit",
      draft: "actors.4",
      values: { id: "tomas", name: "Tomás Reyes", description: "Leads the union: says so" },
      accept: true,
    });
    if (!outcome.ok) throw new Error(`${outcome.message} ${JSON.stringify(outcome.problems)}`);
    expect(await readFile(brief, "utf8")).toBe(
      original.replace(
        "  - id: tomas-reyes\n    name: Tomás Reyes\n    kind: person\n    cite:\n      - source: c\n        excerpt: union leader Tomás Reyes\n    draft:\n      by: name-with-title\n      note: the same person as reyes?\n",
        '  - id: tomas\n    name: Tomás Reyes\n    kind: person\n    cite:\n      - source: c\n        excerpt: union leader Tomás Reyes\n    description: "Leads the union: says so"\n',
      ),
    );
    expect(await checks(dir)).toBe(0);
  });
});

describe("what check would refuse", () => {
  it("refuses to accept an item that names a draft, at the field that names it", async () => {
    const { brief, original, session } = await project();
    const outcome = await session.act((await session.current()).hash, {
      action: "edit",
      draft: "quotes.1",
      values: { speaker: "tomas-reyes" },
      accept: true,
    });
    expect(outcome).toMatchObject({ ok: false, status: 422 });
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      {
        field: "speaker",
        message: "speaker `tomas-reyes` is a draft: accept or merge it first",
        where: expect.stringMatching(/^review\.yaml:\d+:\d+$/),
      },
    ]);
    expect(await readFile(brief, "utf8")).toBe(original);
  });

  it("lets an edit through that leaves an error the brief already had, and one that removes it", async () => {
    const { dir } = await project();
    const session = await ReviewSession.open({ file: "hostile.yaml", cwd: dir });
    const state = await session.current();
    expect(state.errors.map((e) => e.rule)).toEqual(["quote-not-quoted"]);
    const accepted = await session.act(state.hash, { action: "accept", draft: "actors.0" });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    const rejected = await session.act(accepted.state.hash, { action: "reject", draft: "quotes.0" });
    expect(rejected.ok).toBe(true);
    if (rejected.ok) expect(rejected.state.errors).toEqual([]);
  });
});

describe("what is never overwritten", () => {
  it("refuses a write made against a brief changed on disk since", async () => {
    const { brief, original, session } = await project();
    const { hash } = await session.current();
    const first = await session.act(hash, { action: "accept", draft: "quotes.1" });
    expect(first.ok).toBe(true);
    const written = await readFile(brief, "utf8");
    const second = await session.act(hash, { action: "accept", draft: "timeline.2" });
    expect(second).toMatchObject({ ok: false, status: 409, message: CHANGED_ON_DISK });
    expect(await readFile(brief, "utf8")).toBe(written);
    expect(written).not.toBe(original);
    // Saved from an editor meanwhile: the same.
    await writeFile(brief, `${written}# an editor's comment\n`);
    const third = await session.act(first.ok ? first.state.hash : "", { action: "accept", draft: "timeline.2" });
    expect(third).toMatchObject({ ok: false, status: 409, message: CHANGED_ON_DISK });
    expect(await readFile(brief, "utf8")).toBe(`${written}# an editor's comment\n`);
  });

  it("undoes the last actions, back to the very bytes", async () => {
    const { brief, original, session } = await project();
    const first = await session.act((await session.current()).hash, { action: "reject", draft: "quotes.1" });
    if (!first.ok) throw new Error(first.message);
    const afterFirst = await readFile(brief, "utf8");
    const second = await session.act(first.state.hash, { action: "accept", draft: "figures.1" });
    if (!second.ok) throw new Error(second.message);
    const undone = await session.undo(second.state.hash);
    if (!undone.ok) throw new Error(undone.message);
    expect(await readFile(brief, "utf8")).toBe(afterFirst);
    const again = await session.undo(undone.state.hash);
    if (!again.ok) throw new Error(again.message);
    expect(await readFile(brief, "utf8")).toBe(original);
    expect(await session.undo(again.state.hash)).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses to review a brief outside the project, or linked to one outside it", async () => {
    const { dir } = await project();
    const inside = path.join(dir, "inside");
    await cp(path.join(FIXTURES, "review"), inside, { recursive: true });
    await expect(ReviewSession.open({ file: "../review.yaml", cwd: inside })).rejects.toMatchObject({
      exitCode: ExitCode.output,
      message: expect.stringMatching(/outside the project/),
    });
    await symlink(path.join(dir, "review.yaml"), path.join(inside, "linked.yaml"));
    await expect(ReviewSession.open({ file: "linked.yaml", cwd: inside })).rejects.toMatchObject({
      exitCode: ExitCode.output,
      message: expect.stringMatching(/its link leads to/),
    });
  });
});
