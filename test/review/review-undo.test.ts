/**
 * The undo of the last review action outlives the server: its record
 * (`.factsheet/review-undo.json`) lets a review started again undo it when,
 * and only when, the brief still has exactly the bytes that action wrote; a
 * record review did not write (corrupt, hostile, leading out of the project)
 * is ignored. The fixture (test/fixtures/review/) is invented.
 */
import { cp, lstat, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ReviewSession } from "../../src/review/review-session.js";
import {
  formatUndoRecord,
  parseUndoRecord,
  readUndoRecord,
  UNDO_RECORD,
  type UndoRecord,
} from "../../src/review/undo-record.js";
import { FIXTURES, tempDirForTest } from "../helpers.js";

const ACCEPTED = (text: string) => text.replace("    cite: [c]\n    draft: true\n", "    cite: [c]\n");

async function project(name = "review-undo") {
  const dir = await tempDirForTest(name);
  await cp(path.join(FIXTURES, "review"), dir, { recursive: true });
  const brief = path.join(dir, "review.yaml");
  return { dir, brief, original: await readFile(brief, "utf8") };
}

const open = (dir: string, file = "review.yaml") => ReviewSession.open({ file, cwd: dir, today: () => "2024-03-20" });

/** A review that accepts the drafted quote, and stops (a session is all a server keeps). */
async function acceptQuote(dir: string): Promise<void> {
  const session = await open(dir);
  const outcome = await session.act((await session.current()).hash, { action: "accept", draft: "quotes.1" });
  if (!outcome.ok) throw new Error(outcome.message);
}

const record = (more: Partial<UndoRecord> = {}): UndoRecord => ({
  brief: "review.yaml",
  time: "2024-03-20T10:00:00.000Z",
  done: "accepted quote `q-reyes-c-1`",
  before: Buffer.from("before\n"),
  after: Buffer.from("after\n"),
  ...more,
});

describe("the undo record", () => {
  it("reads back what it wrote, byte for byte", () => {
    const bytes = Buffer.from("\uFEFFa: 1\r\nb: é\r\n");
    const written = record({ before: bytes, after: Buffer.from([0xff, 0x00, 0x41]) });
    expect(parseUndoRecord(formatUndoRecord(written))).toEqual(written);
  });

  it("ignores a corrupt or hostile record", () => {
    const good = JSON.parse(formatUndoRecord(record())) as Record<string, unknown>;
    const variant = (change: Record<string, unknown>) => JSON.stringify({ ...good, ...change });
    for (const [text, problem] of [
      ["{", "it is not JSON"],
      ["", "it is not JSON"],
      ["[]", "it is not a record review wrote"],
      [variant({ version: 2 }), "it is not a record review wrote"],
      [variant({ brief: "../outside.yaml" }), "it is not a record review wrote"],
      [variant({ brief: "/etc/passwd" }), "it is not a record review wrote"],
      [variant({ brief: "data/../../x.yaml" }), "it is not a record review wrote"],
      [variant({ brief: "C:/x.yaml" }), "it is not a record review wrote"],
      [variant({ time: "yesterday" }), "it is not a record review wrote"],
      [variant({ done: "accepted \u001b]0;pwned\u0007" }), "it is not a record review wrote"],
      [variant({ before: "not base64!" }), "it is not a record review wrote"],
      [variant({ extra: 1 }), "it is not a record review wrote"],
      [variant({}).replace(/^\{/, '{"__proto__":{"polluted":true},'), "it is not a record review wrote"],
      [variant({ after: Buffer.from("other\n").toString("base64") }), "its bytes do not match their hashes"],
    ] as const) {
      expect([text.slice(0, 40), parseUndoRecord(text)]).toEqual([text.slice(0, 40), { problem }]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("undo after a restart", () => {
  it("undoes the last action of an earlier review, back to the very bytes", async () => {
    const { dir, brief, original } = await project();
    await acceptQuote(dir);
    expect(await readFile(brief, "utf8")).toBe(ACCEPTED(original));
    // The record is kept in the project's state folder, which keeps itself out of git.
    expect(await readFile(path.join(dir, ".factsheet", ".gitignore"), "utf8")).toMatch(/^\*$/m);
    // Written by a rename: no temp file is left beside it.
    expect((await readdir(path.join(dir, ".factsheet"))).sort()).toEqual([".gitignore", "review-undo.json"]);
    const kept = await readUndoRecord(dir);
    expect(kept && !("problem" in kept) ? [kept.brief, kept.done, kept.before.toString("utf8")] : kept).toEqual([
      "review.yaml",
      "accepted quote `q-reyes-c-1`",
      original,
    ]);
    const again = await open(dir);
    expect(again.undoable).toBe(1);
    expect(again.notice).toMatch(
      /^Undo is offered for the last action \(accepted quote `q-reyes-c-1`, \d{4}-\d\d-\d\d \d\d:\d\d UTC\)\.$/,
    );
    const outcome = await again.undo((await again.current()).hash);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.done).toBe("undid: accepted quote `q-reyes-c-1`");
    expect(await readFile(brief, "utf8")).toBe(original);
    // Nothing left to undo: the record is gone, and a third review offers none.
    expect(await readUndoRecord(dir)).toBeUndefined();
    const third = await open(dir);
    expect([third.undoable, third.notice]).toEqual([0, undefined]);
  });

  it("offers no undo when the brief was changed in between, and says why", async () => {
    const { dir, brief, original } = await project();
    await acceptQuote(dir);
    await writeFile(brief, `${ACCEPTED(original)}# an editor's note\n`);
    const again = await open(dir);
    expect(again.undoable).toBe(0);
    expect(again.notice).toMatch(
      /^No undo of the last action \(accepted quote `q-reyes-c-1`, .*\): the brief changed on disk since that action wrote it\.$/,
    );
    const outcome = await again.undo((await again.current()).hash);
    expect(outcome.ok ? "undone" : outcome.message).toBe("nothing to undo");
    expect(await readFile(brief, "utf8")).toBe(`${ACCEPTED(original)}# an editor's note\n`);
  });

  it("keeps the action before when the last is undone, as the page's undo does", async () => {
    const { dir, brief, original } = await project();
    const session = await open(dir);
    let outcome = await session.act((await session.current()).hash, { action: "accept", draft: "quotes.1" });
    if (!outcome.ok) throw new Error(outcome.message);
    outcome = await session.act(outcome.state.hash, { action: "accept", draft: "timeline.2" });
    if (!outcome.ok) throw new Error(outcome.message);
    outcome = await session.undo(outcome.state.hash);
    if (!outcome.ok) throw new Error(outcome.message);
    const again = await open(dir);
    expect(again.undoable).toBe(1);
    outcome = await again.undo((await again.current()).hash);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(await readFile(brief, "utf8")).toBe(original);
  });

  it("ignores another brief's record, and a corrupt or hostile one (saying so), writing nothing", async () => {
    const { dir, brief, original } = await project();
    await acceptQuote(dir);
    const file = path.join(dir, UNDO_RECORD);
    const good = await readFile(file, "utf8");
    const parsed = JSON.parse(good) as Record<string, unknown>;
    const accepted = await readFile(brief, "utf8");
    // Another brief's record: not this review's business.
    await writeFile(file, JSON.stringify({ ...parsed, brief: "hostile.yaml" }));
    expect([(await open(dir)).undoable, (await open(dir)).notice]).toEqual([0, undefined]);
    for (const [text, why] of [
      ["{ not json", "it is not JSON"],
      [JSON.stringify({ ...parsed, brief: "../review.yaml" }), "it is not a record review wrote"],
      [
        JSON.stringify({ ...parsed, before: Buffer.from("title: pwned\n").toString("base64") }),
        "its bytes do not match their hashes",
      ],
    ] as const) {
      await writeFile(file, text);
      const session = await open(dir);
      expect([session.undoable, session.notice]).toEqual([
        0,
        `No undo of an earlier action: ${UNDO_RECORD} was ignored (${why}).`,
      ]);
    }
    expect(await readFile(brief, "utf8")).toBe(accepted);
    expect(original).not.toBe(accepted);
  });

  it("never reads or writes a record through a state folder that leads out of the project", async () => {
    const { dir, brief, original } = await project();
    const outside = await tempDirForTest("review-undo-outside");
    const project_ = path.join(dir, "project");
    await mkdir(project_);
    await cp(brief, path.join(project_, "review.yaml"));
    await cp(path.join(dir, "sources"), path.join(project_, "sources"), { recursive: true });
    // A record outside, that would undo the brief to other bytes, reached through a link.
    await writeFile(
      path.join(outside, "review-undo.json"),
      formatUndoRecord(record({ before: Buffer.from("title: pwned\n"), after: Buffer.from(original) })),
    );
    await symlink(outside, path.join(project_, ".factsheet"));
    const session = await open(project_);
    expect([session.undoable, session.notice]).toEqual([
      0,
      `No undo of an earlier action: ${UNDO_RECORD} was ignored (.factsheet is a link).`,
    ]);
    const outcome = await session.act((await session.current()).hash, { action: "accept", draft: "quotes.1" });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.done).toBe(
      "accepted quote `q-reyes-c-1` (its undo is kept only while review runs: .factsheet is a link)",
    );
    expect(await readdir(outside)).toEqual(["review-undo.json"]);
    expect(await readFile(path.join(outside, "review-undo.json"), "utf8")).toContain(
      Buffer.from("title: pwned\n").toString("base64"),
    );
    expect((await lstat(path.join(project_, ".factsheet"))).isSymbolicLink()).toBe(true);
  });
});
