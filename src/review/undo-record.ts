/**
 * The last review action's undo record, kept on disk so that `factsheet
 * review` started again can still undo it: the brief's bytes before and
 * after the action, the brief's path from the project's root, when, and what
 * the action was. It lives in the project's state folder,
 * `.factsheet/review-undo.json` (the folder made with a `.gitignore` of its
 * own, so that git leaves it out), is written atomically (a temp file beside
 * it, flushed, renamed over it), and never outside the project: a state
 * folder that is a link, or leads out of the project, is neither read nor
 * written. A record that is not one this module wrote (corrupt, too large,
 * naming a path outside the project, bytes that do not match their hash) is
 * ignored.
 */
import { createHash, randomBytes } from "node:crypto";
import { lstat, mkdir, open, readFile, realpath, rename, rm } from "node:fs/promises";
import path from "node:path";
import * as z from "zod";
import { MAX_FILE_BYTES } from "../factbase/load-fact-base.js";
import { isInside } from "../factbase/project-paths.js";
import { escapeControls } from "../text/escape-controls.js";

/** The project's state folder, at its root. */
export const STATE_DIR = ".factsheet";
export const UNDO_FILE = "review-undo.json";
/** The record's place, as messages name it. */
export const UNDO_RECORD = `${STATE_DIR}/${UNDO_FILE}`;

export interface UndoRecord {
  /** The brief, relative to the project's root, with forward slashes. */
  readonly brief: string;
  /** When the action was written (ISO 8601). */
  readonly time: string;
  /** What the action was: "accepted quote `x`". */
  readonly done: string;
  readonly before: Buffer;
  readonly after: Buffer;
}

/** Two briefs in base64, and room for the rest: a larger file is no record of ours. */
const MAX_RECORD_BYTES = 2 * Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024;

const Base64 = z
  .string()
  .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const RecordFile = z.strictObject({
  version: z.literal(1),
  brief: z
    .string()
    .min(1)
    .max(1000)
    .refine(
      (p) =>
        !p.startsWith("/") &&
        !/^[A-Za-z]:/.test(p) &&
        !p.includes("\\") &&
        !p.includes("\u0000") &&
        p.split("/").every((segment) => segment !== "" && segment !== "." && segment !== ".."),
      "not a path inside the project",
    ),
  time: z.iso.datetime(),
  // Shown in the page and printed to the terminal: no control characters (no terminal escapes).
  done: z
    .string()
    .max(500)
    .refine((s) => escapeControls(s) === s),
  before: Base64,
  before_sha256: Sha256,
  after: Base64,
  after_sha256: Sha256,
});

/** The sha256 of some bytes, in hex: what the session names a brief's bytes by, and the record checks. */
export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** The record a file's text holds, or why it holds none (pure). */
export function parseUndoRecord(json: string): UndoRecord | { readonly problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { problem: "it is not JSON" };
  }
  const parsed = RecordFile.safeParse(data);
  if (!parsed.success) return { problem: "it is not a record review wrote" };
  const { brief, time, done } = parsed.data;
  const before = Buffer.from(parsed.data.before, "base64");
  const after = Buffer.from(parsed.data.after, "base64");
  if (sha256(before) !== parsed.data.before_sha256 || sha256(after) !== parsed.data.after_sha256) {
    return { problem: "its bytes do not match their hashes" };
  }
  return { brief, time, done, before, after };
}

/** A record as the file holds it (pure). */
export function formatUndoRecord(record: UndoRecord): string {
  return `${JSON.stringify({
    version: 1,
    brief: record.brief,
    time: record.time,
    done: record.done,
    before: record.before.toString("base64"),
    before_sha256: sha256(record.before),
    after: record.after.toString("base64"),
    after_sha256: sha256(record.after),
  })}\n`;
}

/** The brief's path as a record names it: relative to the root, forward slashes. */
export const recordPath = (root: string, file: string): string => path.relative(root, file).split(path.sep).join("/");

/**
 * The state folder, if it is a folder of the project's own: not a link, and (links above it
 * followed) inside the project's root. `undefined` when it is not there; a string saying why when
 * it cannot be used.
 */
async function stateDir(root: string): Promise<{ dir: string } | { problem: string } | undefined> {
  const dir = path.join(root, STATE_DIR);
  const info = await lstat(dir).catch(() => undefined);
  if (info === undefined) return undefined;
  if (info.isSymbolicLink()) return { problem: `${STATE_DIR} is a link` };
  if (!info.isDirectory()) return { problem: `${STATE_DIR} is not a folder` };
  const real = await realpath(dir).catch(() => undefined);
  if (real === undefined || !isInside(root, real)) return { problem: `${STATE_DIR} leads out of the project` };
  return { dir };
}

/** The project's undo record; `undefined` when there is none, a problem when there is one review cannot use. */
export async function readUndoRecord(root: string): Promise<UndoRecord | { readonly problem: string } | undefined> {
  const state = await stateDir(root);
  if (state === undefined) return undefined;
  if ("problem" in state) return state;
  const file = path.join(state.dir, UNDO_FILE);
  const info = await lstat(file).catch(() => undefined);
  if (info === undefined) return undefined;
  if (!info.isFile()) return { problem: "it is not a regular file" };
  if (info.size > MAX_RECORD_BYTES) return { problem: "it is too large" };
  const bytes = await readFile(file).catch(() => undefined);
  if (bytes === undefined || bytes.length > MAX_RECORD_BYTES) return { problem: "it cannot be read" };
  return parseUndoRecord(bytes.toString("utf8"));
}

/**
 * Writes `record` as the project's undo record (atomically: a temp file beside it, flushed, then
 * renamed over it), making the state folder if it is not there. Returns why it was not written,
 * when it was not.
 */
export async function writeUndoRecord(root: string, record: UndoRecord): Promise<string | undefined> {
  let state = await stateDir(root);
  if (state === undefined) {
    const dir = path.join(root, STATE_DIR);
    try {
      await mkdir(dir);
      // The folder keeps itself out of git: the project's own .gitignore need not know it.
      await writeNew(path.join(dir, ".gitignore"), "# Made by factsheet review: its state, not the project's.\n*\n");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") return `${STATE_DIR} cannot be made`;
    }
    state = await stateDir(root);
  }
  if (state === undefined) return `${STATE_DIR} cannot be made`;
  if ("problem" in state) return state.problem;
  const file = path.join(state.dir, UNDO_FILE);
  const temp = path.join(state.dir, `.${UNDO_FILE}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeNew(temp, formatUndoRecord(record));
    await rename(temp, file);
    return undefined;
  } catch (error) {
    await rm(temp, { force: true });
    return `${UNDO_RECORD} cannot be written (${(error as NodeJS.ErrnoException).code ?? "error"})`;
  }
}

/** Removes the project's undo record, if it is the record of `brief` (another brief's is left). */
export async function removeUndoRecord(root: string, brief: string): Promise<void> {
  const found = await readUndoRecord(root);
  if (found === undefined || "problem" in found || found.brief !== brief) return;
  await rm(path.join(root, STATE_DIR, UNDO_FILE), { force: true });
}

/** Writes a file that must not be there yet (never through a link), flushed to disk. */
async function writeNew(file: string, text: string): Promise<void> {
  const handle = await open(file, "wx", 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
