/**
 * One review of one brief: the brief as it stands on disk (its text, a hash
 * of its bytes, what `check` finds in it, its drafts), and every write the
 * page asks for.
 *
 * A write is made only against the bytes the page loaded (their hash): a
 * brief changed on disk since is refused ("the brief changed on disk:
 * reload"), never overwritten. The new text goes to a temp file in the
 * brief's folder, is checked there with the very loader and checks `check`
 * runs, and replaces the brief by a rename only when it adds no error: a
 * half-written or invalid brief never stands under the brief's name. The
 * last actions can be undone, each only while the brief is still as that
 * action left it.
 */
import { randomBytes } from "node:crypto";
import { lstat, open, readFile, realpath, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { CleanupRegistry } from "../cleanup-registry.js";
import { type CheckedBrief, checkBrief } from "../commands/check-brief.js";
import { loadDeskConfig } from "../config/load-desk-config.js";
import type { Diagnostic } from "../diagnostics/index.js";
import { CliError, ExitCode } from "../errors.js";
import { displayPath, type LoadCache } from "../factbase/load-fact-base.js";
import { isInside } from "../factbase/project-paths.js";
import { trace } from "../trace.js";
import { findDrafts, type ReviewDraft } from "./find-drafts.js";
import { fieldFor, fieldNames, formAt } from "./forms.js";
import type { applyAction, ReviewAction } from "./review-actions.js";
import { readUndoRecord, recordPath, removeUndoRecord, sha256, UNDO_RECORD, writeUndoRecord } from "./undo-record.js";
import type { Editor } from "./yaml-edit.js";

/**
 * The editing code (and the YAML library it parses with) loads with the first action, or while
 * the first page is read: not while the editor waits for the page.
 */
let editing: Promise<[typeof import("./review-actions.js"), typeof import("./yaml-edit.js")]> | undefined;
const loadEditing = () => {
  editing ??= Promise.all([import("./review-actions.js"), import("./yaml-edit.js")]);
  return editing;
};

/** What the page is told when the brief is not what it loaded. */
export const CHANGED_ON_DISK = "the brief changed on disk: reload";

export interface ReviewSessionOptions {
  /** The brief, as named on the command line. */
  readonly file: string;
  readonly cwd: string;
  /** Today's date (YYYY-MM-DD), for the rejections written. */
  readonly today?: () => string;
  readonly cache?: LoadCache | undefined;
  /** Where an interrupt removes a temp file being written. */
  readonly cleanup?: CleanupRegistry | undefined;
}

export interface ReviewState {
  /** sha256 of the brief's bytes: what every write names. */
  readonly hash: string;
  /** The brief's text, line ends as LF, without a byte-order mark. */
  readonly text: string;
  readonly checked: CheckedBrief;
  readonly drafts: readonly ReviewDraft[];
  /** The errors `check` finds, as it prints them (the brief's own name). */
  readonly errors: readonly Diagnostic[];
  /** Why this brief cannot be written here, when it cannot. */
  readonly unwritable: string | undefined;
}

/** A problem with a write, at the form's field where there is one. */
export interface Problem {
  readonly field: string | undefined;
  readonly message: string;
  /** `file:line:col` of the problem in the brief as it would have been written. */
  readonly where: string;
}

export type Outcome =
  | { readonly ok: true; readonly state: ReviewState; readonly done: string }
  | {
      readonly ok: false;
      readonly status: 400 | 409 | 422;
      readonly message: string;
      readonly problems: readonly Problem[];
    };

/** An action that can be undone: the brief's bytes before it and after it. */
interface UndoEntry {
  readonly before: Buffer;
  /** The text before (as `before` decodes). */
  readonly text: string;
  /** sha256 of the bytes it wrote. */
  readonly after: string;
  readonly afterBytes: Buffer;
  readonly done: string;
  /** When it was written (ISO 8601). */
  readonly time: string;
}

/** Today in this machine's time zone. */
const localToday = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** How the brief's bytes hold its text: kept on every write, so that only the lines acted on change. */
interface Encoding {
  readonly bom: boolean;
  readonly crlf: boolean;
}

function decode(bytes: Buffer): { text: string; encoding: Encoding; unwritable: string | undefined } {
  const raw = bytes.toString("utf8");
  const bom = raw.startsWith("\uFEFF");
  const body = bom ? raw.slice(1) : raw;
  const crlf = body.includes("\r\n");
  const text = crlf ? body.replaceAll("\r\n", "\n") : body;
  const unwritable = !Buffer.from(raw, "utf8").equals(bytes)
    ? "it is not valid UTF-8"
    : text.includes("\r")
      ? "its line ends are mixed"
      : crlf && body.split("\n").some((line, i, all) => i < all.length - 1 && !line.endsWith("\r"))
        ? "its line ends are mixed"
        : undefined;
  return { text, encoding: { bom, crlf }, unwritable };
}

const encode = (text: string, { bom, crlf }: Encoding): Buffer =>
  Buffer.from(`${bom ? "\uFEFF" : ""}${crlf ? text.replaceAll("\n", "\r\n") : text}`, "utf8");

/** Errors of `after` that `before` did not have (compared by rule and message, counted). */
function newErrors(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.rule}\u0000${d.message}`;
  const counts = new Map<string, number>();
  for (const d of before) if (d.severity === "error") counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return after.filter((d) => {
    if (d.severity !== "error") return false;
    const left = counts.get(key(d)) ?? 0;
    if (left > 0) counts.set(key(d), left - 1);
    return left === 0;
  });
}

export class ReviewSession {
  /** The brief's absolute path. */
  readonly file: string;
  /** Its name as messages show it. */
  readonly shown: string;
  readonly #options: ReviewSessionOptions;
  #state: ReviewState | undefined;
  /** The project's root (links followed): where the undo record is kept. */
  readonly #root: string;
  readonly #undo: UndoEntry[] = [];
  /** What the page's status says before the first action (about the undo kept from an earlier run). */
  #notice: string | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  /** The brief's text parsed for the next action, while the page is busy showing the last. */
  #editor: Editor | undefined;

  private constructor(file: string, root: string, options: ReviewSessionOptions) {
    this.file = file;
    this.#root = root;
    this.shown = displayPath(file, options.cwd);
    this.#options = options;
  }

  /**
   * A review of the brief `options.file`. Refused (exit 5) when the brief, links followed, lies
   * outside the project (the working folder): a review writes only there. A brief that is no
   * regular file, or cannot be read, is an unreadable input (exit 3).
   */
  static async open(options: ReviewSessionOptions): Promise<ReviewSession> {
    const file = path.resolve(options.cwd, options.file);
    const shown = displayPath(file, options.cwd);
    const info = await lstat(file).catch(() => undefined);
    if (info === undefined) throw new CliError(`Cannot read ${shown}: no such file.`, ExitCode.input);
    const real = await realpath(file);
    const root = await realpath(options.cwd).catch(() => options.cwd);
    if (!isInside(root, real)) {
      throw new CliError(
        `${shown} is outside the project (${real === file ? "" : "its link leads to "}${real}): review writes only inside the working folder. Run it from the brief's project.`,
        ExitCode.output,
      );
    }
    const target = await lstat(real);
    if (!target.isFile()) throw new CliError(`Cannot read ${shown}: not a regular file.`, ExitCode.input);
    const session = new ReviewSession(real, root, options);
    await session.#restoreUndo();
    return session;
  }

  /**
   * The undo of the last action of an earlier run, from the project's undo record: offered when,
   * and only when, the record is this brief's and the brief still has exactly the bytes that action
   * wrote; otherwise the notice says why there is none.
   */
  async #restoreUndo(): Promise<void> {
    const found = await readUndoRecord(this.#root);
    if (found === undefined) return;
    if ("problem" in found) {
      this.#notice = `No undo of an earlier action: ${UNDO_RECORD} was ignored (${found.problem}).`;
      return;
    }
    if (found.brief !== recordPath(this.#root, this.file)) return;
    const when = `${found.done}, ${found.time.slice(0, 16).replace("T", " ")} UTC`;
    const bytes = await readFile(this.file);
    if (!found.after.equals(bytes)) {
      this.#notice = `No undo of the last action (${when}): the brief changed on disk since that action wrote it.`;
      return;
    }
    this.#undo.push({
      before: found.before,
      text: decode(found.before).text,
      after: sha256(found.after),
      afterBytes: found.after,
      done: found.done,
      time: found.time,
    });
    this.#notice = `Undo is offered for the last action (${when}).`;
  }

  /** What the page's status says before the first action of this run, if anything. */
  get notice(): string | undefined {
    return this.#notice;
  }

  /**
   * Keeps the undo of the last action on disk (or removes the record once there is nothing left to
   * undo). Says why, when it could not be kept: the action itself is written all the same.
   */
  async #keepUndo(): Promise<string | undefined> {
    this.#notice = undefined;
    const brief = recordPath(this.#root, this.file);
    const last = this.#undo.at(-1);
    if (last === undefined) {
      await removeUndoRecord(this.#root, brief).catch(() => undefined);
      return undefined;
    }
    const problem = await writeUndoRecord(this.#root, {
      brief,
      time: last.time,
      done: last.done,
      before: last.before,
      after: last.afterBytes,
    });
    return problem === undefined ? undefined : `its undo is kept only while review runs: ${problem}`;
  }

  /** Runs one write (or read) at a time: two tabs' requests never interleave. */
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** The brief as it stands on disk now. */
  current(): Promise<ReviewState> {
    return this.#serial(() => this.#read());
  }

  /** The state of the brief on disk (`read`: its bytes, just read, with their hash). */
  async #read(read?: { readonly bytes: Buffer; readonly hash: string }): Promise<ReviewState> {
    for (let first = read; ; first = undefined) {
      const bytes = first?.bytes ?? (await readFile(this.file));
      const hash = first?.hash ?? sha256(bytes);
      if (this.#state?.hash === hash) return this.#state;
      const checked = await checkBrief(this.file, this.#options.cwd, {
        cache: this.#options.cache,
        desk: await loadDeskConfig(this.#options.cwd),
      });
      // Checked what was read: a save in between is read and checked again.
      if (sha256(await readFile(this.file)) !== hash) continue;
      this.#state = this.#stateOf(bytes, hash, checked, undefined);
      return this.#state;
    }
  }

  #stateOf(bytes: Buffer, hash: string, checked: CheckedBrief, temp: string | undefined): ReviewState {
    const { text, unwritable } = decode(bytes);
    const { factBase, places } = checked.loaded;
    const tempShown = temp === undefined ? undefined : displayPath(temp, this.#options.cwd);
    const errors = checked.diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => (d.file === tempShown ? { ...d, file: this.shown } : d));
    return {
      hash,
      text,
      checked,
      drafts: factBase && places ? findDrafts(factBase, places) : [],
      errors,
      unwritable: unwritable === undefined ? undefined : `${this.shown} cannot be written here: ${unwritable}`,
    };
  }

  /**
   * Parses the brief's text for the next action, in a moment when nothing waits: the server calls
   * it once it has sent a page (an editor takes longer to act than the parse takes).
   */
  prepare(): void {
    const state = this.#state;
    setImmediate(() => {
      void loadEditing().then(([, { SectionedEditor }]) => {
        if (state === undefined || this.#state !== state || this.#editor?.text === state.text) return;
        try {
          this.#editor = SectionedEditor.of(state.text);
        } catch {
          // Said when an action needs it.
        }
      });
    });
  }

  /** Carries out `action` on the brief the page loaded (`version`, the hash of its bytes). */
  act(version: string, action: ReviewAction): Promise<Outcome> {
    return this.#serial(async () => {
      trace("review: action asked");
      const bytes = await readFile(this.file);
      const hash = sha256(bytes);
      if (hash !== version) return refusal(409, CHANGED_ON_DISK);
      const state = await this.#read({ bytes, hash });
      if (state.hash !== version) return refusal(409, CHANGED_ON_DISK);
      if (state.unwritable !== undefined) return refusal(409, state.unwritable);
      const { factBase, places } = state.checked.loaded;
      if (factBase === undefined || places === undefined) {
        return refusal(409, `${this.shown} has errors that keep it from being read: fix them in the YAML first`);
      }
      trace("review: brief read");
      const [{ ActionError, applyAction }, { SectionedEditor }] = await loadEditing();
      let result: ReturnType<typeof applyAction>;
      try {
        result = applyAction(
          {
            text: state.text,
            raw: state.checked.loaded.brief.value,
            factBase,
            places,
            drafts: state.drafts,
            today: (this.#options.today ?? localToday)(),
            editor: this.#editor,
          },
          action,
        );
      } catch (error) {
        if (error instanceof ActionError) return refusal(400, error.message);
        throw error;
      }
      trace("review: edits made");
      const problems = (text: string, found: readonly Diagnostic[]) =>
        this.#problems(SectionedEditor.of(text), found, result.item);
      return this.#kept(await this.#write(state, bytes, result.text, result.done, problems));
    });
  }

  /** Undoes the last action, if the brief is still as it left it. */
  undo(version: string): Promise<Outcome> {
    return this.#serial(async () => {
      const bytes = await readFile(this.file);
      const hash = sha256(bytes);
      const last = this.#undo.at(-1);
      if (hash !== version) return refusal(409, CHANGED_ON_DISK);
      if (last === undefined) return refusal(400, "nothing to undo");
      if (last.after !== hash) return refusal(409, CHANGED_ON_DISK);
      const state = await this.#read({ bytes, hash });
      const outcome = await this.#write(state, bytes, last.text, `undid: ${last.done}`, undefined, last.before);
      if (outcome.ok) {
        // The undo is not itself undone: the action before it is next.
        this.#undo.pop();
        this.#undo.pop();
      }
      return this.#kept(outcome);
    });
  }

  /** A written outcome with its undo kept on disk (and, if it could not be, said in its message). */
  async #kept(outcome: Outcome): Promise<Outcome> {
    if (!outcome.ok) return outcome;
    const problem = await this.#keepUndo();
    return problem === undefined ? outcome : { ...outcome, done: `${outcome.done} (${problem})` };
  }

  /** How many actions can be undone. */
  get undoable(): number {
    return this.#undo.length;
  }

  /**
   * Writes `text` in place of the brief: to a temp file beside it, checked there, renamed over the
   * brief if the brief is still the one acted on. `problems` refuses a text with new errors (an
   * undo, back to what the brief was, refuses nothing).
   */
  async #write(
    state: ReviewState,
    before: Buffer,
    text: string,
    done: string,
    problems: ((text: string, found: readonly Diagnostic[]) => Problem[]) | undefined,
    exact?: Buffer,
  ): Promise<Outcome> {
    const data = exact ?? encode(text, decode(before).encoding);
    const dir = path.dirname(this.file);
    const temp = path.join(
      dir,
      `.${path.basename(this.file)}.review-${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
    );
    const forget = this.#options.cleanup?.add(() => {
      void rm(temp, { force: true });
    });
    let renamed = false;
    try {
      const mode = (await lstat(this.file)).mode & 0o777;
      const handle = await open(temp, "wx", mode);
      const written = handle.writeFile(data);
      // Flushed to disk while it is checked (the check reads it from memory): both before the rename.
      const synced = written.then(() => handle.sync()).finally(() => handle.close());
      // Awaited below, where a failure is thrown; never left unhandled when the write fails first.
      synced.catch(() => undefined);
      await written;
      trace("review: temp file written");
      const checking = checkBrief(temp, this.#options.cwd, {
        cache: this.#options.cache,
        desk: await loadDeskConfig(this.#options.cwd),
      });
      const [checked] = await Promise.all([checking, synced]);
      trace("review: temp file checked");
      if (problems !== undefined) {
        const fresh = newErrors(state.checked.diagnostics, checked.diagnostics);
        if (fresh.length > 0) {
          const found = problems(text, fresh);
          return {
            ok: false,
            status: 422,
            message: `not written: it would add ${fresh.length === 1 ? "an error" : `${fresh.length} errors`} to ${this.shown}`,
            problems: found,
          };
        }
      }
      // The last moment to find the brief changed: from here on the rename replaces it whole.
      if (sha256(await readFile(this.file)) !== state.hash) return refusal(409, CHANGED_ON_DISK);
      await rename(temp, this.file);
      renamed = true;
      trace("review: renamed over the brief");
      const hash = sha256(data);
      this.#state = this.#stateOf(data, hash, checked, temp);
      this.#undo.push({
        before,
        text: state.text,
        after: hash,
        afterBytes: data,
        done,
        time: new Date().toISOString(),
      });
      return { ok: true, state: this.#state, done };
    } finally {
      if (!renamed) await rm(temp, { force: true });
      forget?.();
    }
  }

  /** Each new error at the form field it stands at (a path inside the item acted on), with its place. */
  #problems(editor: Editor, found: readonly Diagnostic[], item: readonly (string | number)[] | undefined): Problem[] {
    const { text } = editor;
    const lineStarts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    const node = item === undefined ? undefined : editor.node(item);
    const raw: unknown = node === undefined ? undefined : (node as { toJSON(): unknown }).toJSON();
    const spec = item === undefined ? undefined : formAt(item);
    const names = spec === undefined ? [] : fieldNames(JSON.parse(JSON.stringify(raw ?? {})), spec);
    return found.map((d) => {
      let at = d.path;
      if (at === undefined && d.line > 0) {
        at = editor.pathAt((lineStarts[d.line - 1] ?? 0) + d.column - 1);
      }
      const inside =
        item !== undefined && at !== undefined && item.every((segment, i) => at?.[i] === segment)
          ? at.slice(item.length)
          : undefined;
      const message =
        d.rule === "draft-reference" ? d.message.replace(/: review it .*$/, ": accept or merge it first") : d.message;
      return {
        field: inside === undefined ? undefined : fieldFor(inside, names),
        message: `${message}${d.hint === undefined ? "" : ` (${d.hint})`}`,
        where: `${this.shown}:${d.line}:${d.column}`,
      };
    });
  }
}

const refusal = (status: 400 | 409 | 422, message: string): Outcome => ({ ok: false, status, message, problems: [] });
