/**
 * Appends items to the lists of a YAML document without touching a byte of
 * what is there: comments, folding, quoting and key order stay exactly as
 * the editor wrote them. New items are written in block style at the
 * indentation the list already uses; a list the document lacks is added at
 * its end. Parts are added to the items already there the same way (a role
 * to an actor, a value to a figure, a citation to a quote): at the end of the
 * item's list, inside its brackets when the editor wrote it inline.
 *
 * Every addition is placed from one reading of the document (a brief of a few
 * megabytes takes seconds to parse) and written in one pass.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";

export class AppendError extends Error {}

const stringifyItems = (items: readonly unknown[], indent: number, comment: string | undefined): string => {
  const doc = new Document(items);
  const body = doc.toString({ lineWidth: 0, indentSeq: true }).trimEnd();
  const pad = " ".repeat(indent);
  const lines = body.split("\n").map((line) => (line === "" ? line : pad + line));
  if (comment !== undefined) lines.unshift(`${pad}#${comment}`);
  return `${lines.join("\n")}\n`;
};

/** Entries written inline, as they join a list the editor wrote inline: `{ source: c, excerpt: ... }`. */
const stringifyFlow = (entries: readonly unknown[]): string =>
  entries.map((entry) => new Document(entry).toString({ collectionStyle: "flow", lineWidth: 0 }).trim()).join(", ");

/** Offset just past the end of the line holding `offset`. */
const endOfLine = (text: string, offset: number): number => {
  const at = text.indexOf("\n", Math.max(0, offset - 1));
  return at < 0 ? text.length : at + 1;
};

type Range = [number, number, number];

const rangeOf = (node: unknown): Range | undefined => {
  const range = (node as { range?: Range | null } | undefined)?.range;
  return range === null ? undefined : range;
};

/** The column a node starts at. */
const columnOf = (text: string, offset: number): number => offset - (text.lastIndexOf("\n", offset - 1) + 1);

/** A value left empty (`quotes:`): null, or with the failsafe schema an empty string where nothing is written. */
const isNothing = (node: unknown): boolean => {
  if (!isScalar(node)) return false;
  const range = rangeOf(node);
  return node.value === null || (node.value === "" && range !== undefined && range[0] === range[1]);
};

/** Entries to add to a list of an item already in the document. */
export interface PartAddition {
  /** Where the item (or the part of one) stands in the document: the path the visitor gives. */
  readonly path: readonly (string | number)[];
  /** Its list the entries join: `roles`, `observations`, `cite`. */
  readonly key: string;
  readonly entries: readonly unknown[];
}

/** Items to append to one of the document's top-level lists, after a comment line. */
export interface ListAddition {
  readonly key: string;
  readonly items: readonly unknown[];
  readonly comment?: string | undefined;
}

interface Insert {
  readonly at: number;
  /** Where the text replaced ends (an empty value replaced by a list). */
  readonly end?: number | undefined;
  readonly text: string;
  /** At one offset, inserts go in this order. */
  readonly order: number;
}

const parse = (text: string): Document.Parsed => {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new AppendError(`cannot parse it: ${doc.errors[0]?.message ?? "YAML error"}`);
  return doc;
};

/** Where each part joins its item's list. */
const partInserts = (doc: Document.Parsed, text: string, additions: readonly PartAddition[]): Insert[] => {
  // One addition per list, in the order asked.
  const grouped = new Map<string, { path: readonly (string | number)[]; key: string; entries: unknown[] }>();
  for (const { path, key, entries } of additions) {
    if (entries.length === 0) continue;
    const id = JSON.stringify([path, key]);
    const group = grouped.get(id) ?? { path, key, entries: [] };
    group.entries.push(...entries);
    grouped.set(id, group);
  }
  const inserts: Insert[] = [];
  for (const { path, key, entries } of grouped.values()) {
    const order = inserts.length;
    const where = path.join(".");
    const item = doc.getIn(path, true);
    const itemRange = rangeOf(item);
    if (!isMap(item) || itemRange === undefined) throw new AppendError(`expected an item at ${where}`);
    if ((item as YAMLMap).flow) {
      throw new AppendError(`the item at ${where} is written inline ({...}); write it as a block to add to it`);
    }
    const node = item.get(key, true);
    const pair = item.items.find((p) => isScalar(p.key) && p.key.value === key);
    const keyColumn = columnOf(text, rangeOf(pair?.key ?? item)?.[0] ?? itemRange[0]);
    if (node === undefined || isNothing(node)) {
      if (pair !== undefined) {
        // "roles:" with no value: the list is written in its place.
        const keyEnd = rangeOf(pair.key)?.[1] ?? itemRange[0];
        const colon = text.indexOf(":", keyEnd) + 1;
        inserts.push({ at: colon, text: `\n${stringifyItems(entries, keyColumn + 2, undefined).trimEnd()}`, order });
        continue;
      }
      // No such list: a new key after the item's last line.
      inserts.push({
        at: endOfLine(text, itemRange[1]),
        text: `${" ".repeat(keyColumn)}${key}:\n${stringifyItems(entries, keyColumn + 2, undefined)}`,
        order,
      });
      continue;
    }
    const range = rangeOf(node);
    if (!isSeq(node) || range === undefined) throw new AppendError(`expected a list under \`${key}:\` at ${where}`);
    const seq = node as YAMLSeq;
    if (seq.flow) {
      const close = range[1] - 1;
      if (text[close] !== "]") throw new AppendError(`cannot find the end of \`${key}: [...]\` at ${where}`);
      inserts.push({ at: close, text: `${seq.items.length === 0 ? "" : ", "}${stringifyFlow(entries)}`, order });
      continue;
    }
    const first = rangeOf(seq.items[0]);
    if (first === undefined) throw new AppendError(`cannot find the entries of \`${key}:\` at ${where}`);
    const lineStart = text.lastIndexOf("\n", first[0] - 1) + 1;
    const dash = text.lastIndexOf("-", first[0] - 1);
    inserts.push({
      at: endOfLine(text, range[1]),
      text: stringifyItems(entries, Math.max(0, dash - lineStart), undefined),
      order,
    });
  }
  return inserts;
};

/** Where each list's new items go, and the lists the document lacks (written at its end). */
const listInserts = (
  doc: Document.Parsed,
  text: string,
  additions: readonly ListAddition[],
  order: number,
): { inserts: Insert[]; tail: string } => {
  if (doc.contents !== null && !isMap(doc.contents)) throw new AppendError("expected a mapping at the top");
  const inserts: Insert[] = [];
  let tail = "";
  for (const { key, items, comment } of additions) {
    if (items.length === 0) continue;
    const node = doc.get(key, true);
    if (node === undefined) {
      tail += `${key}:\n${stringifyItems(items, 2, comment)}`;
      continue;
    }
    // "quotes:" with no value, or "quotes: []": the list is written in place of the empty value.
    const empty = isScalar(node) ? isNothing(node) : isSeq(node) && node.items.length === 0;
    if (empty) {
      const range = rangeOf(node);
      const keyNode = isMap(doc.contents)
        ? doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key)
        : undefined;
      const keyStart = rangeOf(keyNode?.key)?.[0];
      if (keyStart === undefined) throw new AppendError(`cannot find \`${key}:\``);
      const keyIndent = keyStart - (text.lastIndexOf("\n", keyStart - 1) + 1);
      const from = range && range[0] < range[1] ? range[0] : text.indexOf(":", keyStart) + 1;
      const to = range && range[0] < range[1] ? range[1] : from;
      inserts.push({ at: from, end: to, text: `\n${stringifyItems(items, keyIndent + 2, comment).trimEnd()}`, order });
      continue;
    }
    if (!isSeq(node)) throw new AppendError(`expected a list under \`${key}:\``);
    const seq = node as YAMLSeq;
    const first = rangeOf(seq.items[0]);
    const range = rangeOf(seq);
    if (seq.flow || first === undefined || range === undefined) {
      throw new AppendError(`\`${key}:\` is written inline ([...]); write it as a block list to add to it`);
    }
    const lineStart = text.lastIndexOf("\n", first[0] - 1) + 1;
    const dash = text.lastIndexOf("-", first[0] - 1);
    const indent = Math.max(0, dash - lineStart);
    inserts.push({ at: endOfLine(text, range[1]), text: stringifyItems(items, indent, comment), order });
  }
  return { inserts, tail };
};

/** The text with every insert made, from the end so that every offset still holds, then the tail. */
const applyInserts = (text: string, inserts: readonly Insert[], tail: string): string => {
  let result = text;
  for (const insert of [...inserts].sort((a, b) => b.at - a.at || b.order - a.order)) {
    const before = result.slice(0, insert.at);
    if (insert.end !== undefined) {
      result = before.replace(/[ \t]+$/, "") + insert.text + result.slice(insert.end);
      continue;
    }
    const inLine = insert.text.startsWith("\n") || !insert.text.endsWith("\n");
    result =
      (inLine || before.endsWith("\n") || before === "" ? before : `${before}\n`) +
      insert.text +
      result.slice(insert.at);
  }
  if (tail !== "") {
    // Before a document-end marker ("..."), so that the lists stay in the one document.
    const end = /^\.\.\.[ \t]*(?:#.*)?$/m.exec(result);
    if (end) result = result.slice(0, end.index) + tail + result.slice(end.index);
    else result = (result.endsWith("\n") || result === "" ? result : `${result}\n`) + tail;
  }
  return result;
};

export interface YamlAdditions {
  /** Parts of items already in the document. */
  readonly parts?: readonly PartAddition[];
  /** Items at the end of top-level lists, in this order (lists the document lacks are added in it). */
  readonly lists?: readonly ListAddition[];
}

/**
 * Adds parts to the items of a YAML document and items to its lists, reading it once: `doc` is
 * the document already parsed from `text` when the caller has it (any schema: only where its
 * nodes stand is read).
 */
export const addToYaml = (text: string, additions: YamlAdditions, doc: Document.Parsed = parse(text)): string => {
  if (doc.errors.length > 0) throw new AppendError(`cannot parse it: ${doc.errors[0]?.message ?? "YAML error"}`);
  const parts = partInserts(doc, text, additions.parts ?? []);
  // At the end of a list's last item, its parts go before the list's new items.
  const lists = listInserts(doc, text, additions.lists ?? [], parts.length);
  return applyInserts(text, [...parts, ...lists.inserts], lists.tail);
};

/** Appends items to the document's lists, each list's new items after `comment`. */
export const appendToLists = (
  text: string,
  additions: Readonly<Record<string, readonly unknown[]>>,
  comment?: string,
): string => addToYaml(text, { lists: Object.entries(additions).map(([key, items]) => ({ key, items, comment })) });

/**
 * Adds entries to the lists of items already in a YAML document, changing no byte of what is
 * there: after the list's last entry at its indentation, inside its brackets when it is inline
 * (`cite: [a]` becomes `cite: [a, { source: c, ... }]`), or as a new key at the end of the item
 * when it has no such list.
 */
export const addToItems = (text: string, additions: readonly PartAddition[]): string =>
  additions.length === 0 ? text : addToYaml(text, { parts: additions });
