/**
 * Byte-preserving edits of a brief's YAML: remove a key, remove a list entry,
 * append entries to a list, set a value. Each edit is computed from the
 * source ranges the `yaml` package gives every node (its public Document
 * API), and changes only the lines of the item acted on: comments, order,
 * quoting and folding everywhere else stay as the editor wrote them.
 *
 * Edits are computed on one parse and applied together (`applyEdits`), so
 * an action that touches several places (merge: the target grows, the draft
 * goes, references are renamed) reads the brief once.
 */
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseDocument,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { splitYaml, type YamlSection } from "../factbase/split-yaml.js";

/** A place in the document: keys and list indexes. */
export type EditPath = readonly (string | number)[];

/** Replace `text[from, to)` with `text`. */
export interface Edit {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** An edit that cannot be made byte-preserving (a layout this module does not handle): said, never guessed. */
export class EditError extends Error {
  override readonly name = "EditError";
}

type Range = [number, number, number];

const rangeOf = (node: Node | null | undefined): Range | undefined => {
  const range = (node as { range?: Range | null } | null | undefined)?.range;
  return range ?? undefined;
};

/** Applies edits that do not overlap; edits at one offset keep the order they were given in. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.from - b.edit.from || a.order - b.order);
  let out = "";
  let at = 0;
  for (const { edit } of sorted) {
    if (edit.from < at) throw new Error(`overlapping edits at ${edit.from}`);
    out += text.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return out + text.slice(at);
}

/** A value as one YAML scalar on one line: plain where that reads back the same, else quoted. */
export function renderScalar(value: string, plain = false): string {
  if (plain && /^(?:true|false|-?\d{1,15}(?:\.\d{1,6})?)$/.test(value)) return value;
  const rendered = new Document(value).toString({ lineWidth: 0 }).trimEnd();
  // A block scalar (`|-`) does not fit on one line: a double-quoted string does (JSON's escapes are YAML's).
  return rendered.includes("\n") ? JSON.stringify(value) : rendered;
}

/** A scalar as it stands inside a flow collection (where `,`, `[`, `]`, `{`, `}` must be quoted). */
function renderFlowScalar(value: string | number | boolean, plain = false): string {
  if (typeof value !== "string") return String(value);
  if (plain && /^(?:true|false|-?\d{1,15}(?:\.\d{1,6})?)$/.test(value)) return value;
  const rendered = new Document([value])
    .toString({ lineWidth: 0, collectionStyle: "flow", flowCollectionPadding: false })
    .trim();
  const inner = rendered.slice(1, -1);
  if (inner.includes("\n")) return JSON.stringify(value);
  return inner;
}

/** A value in flow style, on one line: `[a, b]`, `{ source: b, excerpt: "..." }`. */
export function renderFlow(value: unknown): string {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return renderFlowScalar(value);
  if (Array.isArray(value)) return `[${value.map(renderFlow).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => `${renderFlowScalar(k)}: ${renderFlow(v)}`);
    return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
  }
  throw new EditError("an empty value cannot be written");
}

/** Entries of a list in block style, each line indented by `indent` spaces. */
export function renderBlockEntries(values: readonly unknown[], indent: number): string {
  const body = new Document(values).toString({ lineWidth: 0, indentSeq: true });
  return indentLines(body, indent);
}

const indentLines = (body: string, indent: number): string => {
  const pad = " ".repeat(indent);
  return body
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
};

/** One list entry's own lines, dash at column 0, for moving it elsewhere in block style. */
export interface EntryLines {
  readonly text: string;
}

/** Edits of one brief's text, computed on one parse. */
export class YamlEditor {
  readonly doc: ReturnType<typeof parseDocument>;

  constructor(readonly text: string) {
    // Failsafe: every scalar is text, as the loader reads it; keys compare as written.
    this.doc = parseDocument(text, { schema: "failsafe", uniqueKeys: false });
    const [first] = this.doc.errors;
    if (first !== undefined) throw new EditError(`the brief does not read as YAML: ${first.message}`);
  }

  /** The node at `path`, or undefined. */
  node(path: EditPath): Node | undefined {
    let node: unknown = this.doc.contents;
    for (const segment of path) {
      if (typeof segment === "number") {
        if (!isSeq(node)) return undefined;
        node = node.items[segment];
      } else {
        if (!isMap(node)) return undefined;
        node = this.pair(node, segment)?.value;
      }
      if (node === undefined || node === null) return undefined;
    }
    return node as Node;
  }

  /** The deepest path whose node holds `offset` (for pointing a message at a form's field). */
  pathAt(offset: number): EditPath {
    const path: (string | number)[] = [];
    let node: unknown = this.doc.contents;
    for (;;) {
      if (isMap(node)) {
        const pair = node.items.find((p) => {
          const start = rangeOf(p.key as Node)?.[0];
          const end = rangeOf(p.value as Node)?.[1] ?? rangeOf(p.key as Node)?.[1];
          return start !== undefined && end !== undefined && offset >= start && offset <= end;
        });
        if (pair === undefined || !isScalar(pair.key)) return path;
        path.push(String(pair.key.value));
        node = pair.value;
      } else if (isSeq(node)) {
        const index = node.items.findIndex((item) => {
          const range = rangeOf(item as Node);
          return range !== undefined && offset >= range[0] - 2 && offset <= range[1];
        });
        if (index < 0) return path;
        path.push(index);
        node = node.items[index];
      } else {
        return path;
      }
    }
  }

  private pair(map: YAMLMap, key: string): Pair<unknown, unknown> | undefined {
    return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  }

  private map(path: EditPath): YAMLMap {
    const node = path.length === 0 ? this.doc.contents : this.node(path);
    if (!isMap(node)) throw new EditError(`expected a mapping at ${show(path)}`);
    return node;
  }

  private seq(path: EditPath): YAMLSeq {
    const node = this.node(path);
    if (!isSeq(node)) throw new EditError(`expected a list at ${show(path)}`);
    return node;
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf("\n", offset - 1) + 1;
  }

  /** Just past the end of the line holding `offset` (its trailing comment included). */
  private lineEnd(offset: number): number {
    const at = this.text.indexOf("\n", offset);
    return at < 0 ? this.text.length : at + 1;
  }

  /** Where a node's own content ends: trailing line breaks and spaces are not the node's. */
  private end(node: Node | null | undefined): number {
    const range = rangeOf(node);
    if (range === undefined) throw new EditError("a node without a place in the text");
    let end = range[1];
    while (end > range[0] && /\s/.test(this.text[end - 1] ?? "")) end -= 1;
    return end;
  }

  private start(node: Node | null | undefined): number {
    const range = rangeOf(node);
    if (range === undefined) throw new EditError("a node without a place in the text");
    return range[0];
  }

  /** The `:` after a pair's key. */
  private colon(pair: Pair<unknown, unknown>): number {
    const at = this.text.indexOf(":", rangeOf(pair.key as Node)?.[1] ?? 0);
    if (at < 0) throw new EditError("a key without its colon");
    return at;
  }

  /** The dash that opens a block list's entry, checked to stand alone at the start of its line. */
  private dash(item: Node): number {
    const start = this.start(item);
    const dash = this.text.lastIndexOf("-", start - 1);
    if (
      dash < 0 ||
      !/^[ \t]*$/.test(this.text.slice(dash + 1, start)) ||
      !/^[ \t]*$/.test(this.text.slice(this.lineStart(dash), dash))
    ) {
      throw new EditError("a list entry that does not start its own line");
    }
    return dash;
  }

  /** Removes `key` and its value from the mapping at `mapPath` (nothing when it is not there). */
  removeKey(mapPath: EditPath, key: string): Edit[] {
    const map = this.map(mapPath);
    const index = map.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
    const pair = map.items[index];
    if (pair === undefined) return [];
    const keyStart = this.start(pair.key as Node);
    const end =
      pair.value === null || pair.value === undefined ? this.end(pair.key as Node) : this.end(pair.value as Node);
    const next = map.items[index + 1];
    const previous = map.items[index - 1];
    if (map.flow) {
      if (previous !== undefined)
        return [{ from: this.end((previous.value ?? previous.key) as Node), to: end, text: "" }];
      if (next !== undefined) return [{ from: keyStart, to: this.start(next.key as Node), text: "" }];
      return [{ from: keyStart, to: end, text: "" }];
    }
    const lineStart = this.lineStart(keyStart);
    if (/^[ \t]*$/.test(this.text.slice(lineStart, keyStart)))
      return [{ from: lineStart, to: this.lineEnd(end), text: "" }];
    // The key shares its line with the list's dash (`- draft: true`): the next key moves up beside the dash.
    if (next !== undefined) return [{ from: keyStart, to: this.start(next.key as Node), text: "" }];
    throw new EditError(`\`${key}\` is the only key of its entry`);
  }

  /** Removes entry `index` of the list at `seqPath`; a list left empty is written `[]`. */
  removeEntry(seqPath: EditPath, index: number): Edit[] {
    const seq = this.seq(seqPath);
    const item = seq.items[index] as Node | undefined;
    if (item === undefined || item === null) throw new EditError(`no entry ${index} at ${show(seqPath)}`);
    const only = seq.items.length === 1;
    if (seq.flow) {
      if (only) return [{ from: this.start(seq), to: this.end(seq), text: "[]" }];
      const previous = seq.items[index - 1] as Node | undefined;
      if (previous !== undefined) return [{ from: this.end(previous), to: this.end(item), text: "" }];
      return [{ from: this.start(item), to: this.start(seq.items[index + 1] as Node), text: "" }];
    }
    const removed: Edit = { from: this.lineStart(this.dash(item)), to: this.lineEnd(this.end(item)), text: "" };
    if (!only) return [removed];
    // `quotes:` with nothing under it would read as an empty value, not an empty list.
    const parentPath = seqPath.slice(0, -1);
    const key = seqPath.at(-1);
    const pair = typeof key === "string" ? this.pair(this.map(parentPath), key) : undefined;
    if (pair === undefined) throw new EditError(`cannot empty the list at ${show(seqPath)}`);
    const colon = this.colon(pair) + 1;
    return [{ from: colon, to: colon, text: " []" }, removed];
  }

  /** Entry `index` of the block list at `seqPath`: its lines, dash at column 0, with `drop` edits inside it applied. */
  entryLines(seqPath: EditPath, index: number, inside: readonly Edit[] = []): EntryLines | undefined {
    const seq = this.seq(seqPath);
    const item = seq.items[index] as Node | undefined;
    if (seq.flow || item === undefined || item === null) return undefined;
    const dash = this.dash(item);
    const from = this.lineStart(dash);
    const to = this.lineEnd(this.end(item));
    const local = inside.map((e) => {
      if (e.from < from || e.to > to) throw new Error("an edit outside the entry");
      return { from: e.from - from, to: e.to - from, text: e.text };
    });
    const column = dash - from;
    const lines = applyEdits(this.text.slice(from, to), local)
      .split("\n")
      .map((line) => line.slice(Math.min(column, line.length - line.trimStart().length)));
    const text = lines.join("\n");
    return { text: text.endsWith("\n") ? text : `${text}\n` };
  }

  /**
   * Appends entries to the list at `seqPath`: each either the value itself, or (for a block list)
   * lines taken from another entry. A list that is not there yet is added to its mapping.
   */
  appendEntries(
    seqPath: EditPath,
    entries: readonly { readonly value: unknown; readonly lines?: EntryLines | undefined }[],
  ): Edit[] {
    if (entries.length === 0) return [];
    const node = this.node(seqPath);
    if (node === undefined || (isScalar(node) && (node.value === null || node.value === ""))) {
      return this.setValue(
        seqPath,
        entries.map((e) => e.value),
      );
    }
    if (!isSeq(node)) throw new EditError(`expected a list at ${show(seqPath)}`);
    if (node.flow || node.items.length === 0) {
      const close = this.end(node) - 1;
      if (this.text[close] !== "]") throw new EditError(`cannot add to the list at ${show(seqPath)}`);
      const values = entries.map((e) => renderFlow(e.value)).join(", ");
      return [{ from: close, to: close, text: node.items.length === 0 ? values : `, ${values}` }];
    }
    const first = node.items[0] as Node;
    const last = node.items.at(-1) as Node;
    const dash = this.dash(first);
    const column = dash - this.lineStart(dash);
    const at = this.lineEnd(this.end(last));
    const text = entries
      .map((e) => (e.lines === undefined ? renderBlockEntries([e.value], column) : indentLines(e.lines.text, column)))
      .join("");
    return [{ from: at, to: at, text: (at === this.text.length && !this.text.endsWith("\n") ? "\n" : "") + text }];
  }

  /**
   * Sets the value at `path` (a key of a mapping, or an entry of a list): a scalar replaces the
   * scalar in place, anything else replaces the whole value; `undefined` removes the key; a key
   * not there yet is added after the mapping's last key. `plain` writes numbers and booleans bare.
   */
  setValue(path: EditPath, value: unknown, plain = false): Edit[] {
    const parentPath = path.slice(0, -1);
    const last = path.at(-1);
    if (last === undefined) throw new EditError("cannot replace the whole document");
    const parent = parentPath.length === 0 ? this.doc.contents : this.node(parentPath);
    const inFlow = (isSeq(parent) || isMap(parent)) && parent.flow === true;
    const rendered = (inline: boolean) =>
      typeof value === "string"
        ? inFlow
          ? renderFlowScalar(value, plain)
          : renderScalar(value, plain)
        : inline
          ? renderFlow(value)
          : "";
    if (typeof last === "number") {
      const seq = this.seq(parentPath);
      const item = seq.items[last] as Node | undefined;
      if (item === undefined || item === null) return this.appendEntries(parentPath, [{ value }]);
      if (value === undefined) return this.removeEntry(parentPath, last);
      return [{ from: this.start(item), to: this.end(item), text: rendered(true) }];
    }
    const map = this.map(parentPath);
    const pair = this.pair(map, last);
    if (value === undefined) return pair === undefined ? [] : this.removeKey(parentPath, last);
    if (pair !== undefined) {
      const current = pair.value as Node | null;
      if (isScalar(current) && current.value !== null && typeof value === "string") {
        return [{ from: this.start(current), to: this.end(current), text: rendered(true) }];
      }
      const colon = this.colon(pair) + 1;
      const to = current === null || (isScalar(current) && current.value === null) ? colon : this.end(current);
      return [{ from: colon, to, text: this.valueAfterKey(value, map, pair) }];
    }
    return this.insertKey(parentPath, map, last, value, rendered);
  }

  /** What follows `key:` for a value written anew: inline, or a block list on the lines below. */
  private valueAfterKey(value: unknown, map: YAMLMap, pair: Pair<unknown, unknown>): string {
    if (map.flow || !Array.isArray(value) || value.every((v) => typeof v === "string")) return ` ${renderFlow(value)}`;
    const keyStart = this.start(pair.key as Node);
    const column = keyStart - this.lineStart(keyStart);
    return `\n${renderBlockEntries(value, column + 2).trimEnd()}`;
  }

  private insertKey(
    mapPath: EditPath,
    map: YAMLMap,
    key: string,
    value: unknown,
    rendered: (inline: boolean) => string,
  ): Edit[] {
    const last = map.items.at(-1);
    if (last === undefined) throw new EditError(`cannot add \`${key}\` to an empty mapping at ${show(mapPath)}`);
    const name = renderScalar(key);
    if (map.flow) {
      const close = this.end(map) - 1;
      return [
        {
          from: close,
          to: close,
          text: `, ${name}: ${typeof value === "string" ? rendered(true) : renderFlow(value)}`,
        },
      ];
    }
    const firstKey = this.start(map.items[0]?.key as Node);
    const column = firstKey - this.lineStart(firstKey);
    const at = this.lineEnd(this.end((last.value ?? last.key) as Node));
    const body =
      typeof value === "string"
        ? ` ${rendered(true)}`
        : Array.isArray(value) && value.some((v) => typeof v !== "string")
          ? `\n${renderBlockEntries(value, column + 2).trimEnd()}`
          : ` ${renderFlow(value)}`;
    const lead = at === this.text.length && !this.text.endsWith("\n") ? "\n" : "";
    return [{ from: at, to: at, text: `${lead}${" ".repeat(column)}${name}:${body}\n` }];
  }
}

const show = (path: EditPath): string => (path.length === 0 ? "the top" : path.join("."));

/** What the review's actions ask of an editor: one parse of the whole text, or of its sections. */
export type Editor = Pick<
  YamlEditor,
  "text" | "node" | "pathAt" | "removeKey" | "removeEntry" | "entryLines" | "appendEntries" | "setValue"
>;

const shift = (edits: readonly Edit[], by: number): Edit[] =>
  edits.map((e) => ({ from: e.from + by, to: e.to + by, text: e.text }));

/**
 * An editor that parses a brief one top-level section at a time (`quotes:` and its list), and
 * only the sections an action touches: an action on a quote of a 1,900-line brief parses its
 * quotes, not the whole brief. Each section is valid YAML on its own (split-yaml's cut), so its
 * ranges, shifted by where it starts, are the whole text's. A text that does not cut cleanly is
 * parsed whole.
 */
export class SectionedEditor implements Editor {
  readonly #sections: readonly YamlSection[];
  readonly #parsed = new Map<string, YamlEditor>();

  private constructor(
    readonly text: string,
    sections: readonly YamlSection[],
  ) {
    this.#sections = sections;
  }

  /** An editor of `text`: by sections when the text cuts into them, else of the whole. */
  static of(text: string): Editor {
    const sections = splitYaml(text);
    const keys = new Set(sections?.map((s) => s.key));
    // A key twice is an error the whole parse reports; a section must stand for one key.
    if (sections === undefined || keys.size !== sections.length) return new YamlEditor(text);
    return new SectionedEditor(text, sections);
  }

  #section(key: string | number | undefined): { editor: YamlEditor; start: number } | undefined {
    const section = this.#sections.find((s) => s.key === key);
    if (section === undefined) return undefined;
    let editor = this.#parsed.get(section.key);
    if (editor === undefined) {
      editor = new YamlEditor(this.text.slice(section.start, section.end));
      if (!isMap(editor.doc.contents) || editor.doc.contents.items.length !== 1) {
        throw new EditError(`the section \`${section.key}\` does not read on its own`);
      }
      this.#parsed.set(section.key, editor);
    }
    return { editor, start: section.start };
  }

  #in(path: EditPath): { editor: YamlEditor; start: number } {
    const found = this.#section(path[0]);
    if (found === undefined) throw new EditError(`no \`${String(path[0])}\` in the brief`);
    return found;
  }

  node(path: EditPath): Node | undefined {
    return this.#section(path[0])?.editor.node(path);
  }

  pathAt(offset: number): EditPath {
    const section = this.#sections.find((s) => offset >= s.start && offset < s.end);
    const found = section && this.#section(section.key);
    return found === undefined ? [] : found.editor.pathAt(offset - found.start);
  }

  removeKey(mapPath: EditPath, key: string): Edit[] {
    if (mapPath.length === 0) throw new EditError("cannot remove a top-level key here");
    const { editor, start } = this.#in(mapPath);
    return shift(editor.removeKey(mapPath, key), start);
  }

  removeEntry(seqPath: EditPath, index: number): Edit[] {
    const { editor, start } = this.#in(seqPath);
    return shift(editor.removeEntry(seqPath, index), start);
  }

  entryLines(seqPath: EditPath, index: number, inside: readonly Edit[] = []): EntryLines | undefined {
    const { editor, start } = this.#in(seqPath);
    return editor.entryLines(seqPath, index, shift(inside, -start));
  }

  appendEntries(
    seqPath: EditPath,
    entries: readonly { readonly value: unknown; readonly lines?: EntryLines | undefined }[],
  ): Edit[] {
    if (seqPath.length === 1 && this.#section(seqPath[0]) === undefined) {
      // A list the brief does not have yet: added at its end.
      if (entries.length === 0) return [];
      const at = this.text.length;
      const lead = this.text === "" || this.text.endsWith("\n") ? "" : "\n";
      const body = renderBlockEntries(
        entries.map((e) => e.value),
        2,
      );
      return [{ from: at, to: at, text: `${lead}${renderScalar(String(seqPath[0]))}:\n${body}` }];
    }
    const { editor, start } = this.#in(seqPath);
    return shift(editor.appendEntries(seqPath, entries), start);
  }

  setValue(path: EditPath, value: unknown, plain = false): Edit[] {
    if (path.length < 2) throw new EditError("cannot replace a whole section here");
    const { editor, start } = this.#in(path);
    return shift(editor.setValue(path, value, plain), start);
  }
}
