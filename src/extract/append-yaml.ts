/**
 * Appends items to the lists of a YAML document without touching a byte of
 * what is there: comments, folding, quoting and key order stay exactly as
 * the editor wrote them. New items are written in block style at the
 * indentation the list already uses; a list the document lacks is added at
 * its end. Parts are added to the items already there the same way (a role
 * to an actor, a value to a figure, a citation to a quote): at the end of the
 * item's list, inside its brackets when the editor wrote it inline.
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

/** Offset just past the end of the line holding `offset`. */
const endOfLine = (text: string, offset: number): number => {
  const at = text.indexOf("\n", Math.max(0, offset - 1));
  return at < 0 ? text.length : at + 1;
};

export const appendToLists = (
  text: string,
  additions: Readonly<Record<string, readonly unknown[]>>,
  comment?: string,
): string => {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new AppendError(`cannot parse it: ${doc.errors[0]?.message ?? "YAML error"}`);
  if (doc.contents !== null && !isMap(doc.contents)) throw new AppendError("expected a mapping at the top");
  const inserts: { at: number; end?: number; text: string }[] = [];
  let tail = "";
  for (const [key, items] of Object.entries(additions)) {
    if (items.length === 0) continue;
    const node = doc.get(key, true);
    if (node === undefined) {
      tail += `${key}:\n${stringifyItems(items, 2, comment)}`;
      continue;
    }
    // "quotes:" with no value, or "quotes: []": the list is written in place of the empty value.
    const empty = isScalar(node) ? node.value === null : isSeq(node) && node.items.length === 0;
    if (empty) {
      const range = (node as { range?: [number, number, number] | null }).range;
      const keyNode = isMap(doc.contents)
        ? doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key)
        : undefined;
      const keyStart = (keyNode?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
      if (keyStart === undefined) throw new AppendError(`cannot find \`${key}:\``);
      const keyIndent = keyStart - (text.lastIndexOf("\n", keyStart - 1) + 1);
      const from = range && range[0] < range[1] ? range[0] : text.indexOf(":", keyStart) + 1;
      const to = range && range[0] < range[1] ? range[1] : from;
      inserts.push({ at: from, end: to, text: `\n${stringifyItems(items, keyIndent + 2, comment).trimEnd()}` });
      continue;
    }
    if (!isSeq(node)) throw new AppendError(`expected a list under \`${key}:\``);
    const seq = node as YAMLSeq;
    const first = seq.items[0] as { range?: [number, number, number] } | undefined;
    if (seq.flow || first?.range === undefined || seq.range === undefined || seq.range === null) {
      throw new AppendError(`\`${key}:\` is written inline ([...]); write it as a block list to add to it`);
    }
    const lineStart = text.lastIndexOf("\n", first.range[0] - 1) + 1;
    const dash = text.lastIndexOf("-", first.range[0] - 1);
    const indent = Math.max(0, dash - lineStart);
    inserts.push({ at: endOfLine(text, seq.range[1]), text: stringifyItems(items, indent, comment) });
  }
  let result = text;
  for (const insert of inserts.sort((a, b) => b.at - a.at)) {
    const before = result.slice(0, insert.at);
    if (insert.end !== undefined) {
      result = before.replace(/[ \t]+$/, "") + insert.text + result.slice(insert.end);
      continue;
    }
    result = (before.endsWith("\n") || before === "" ? before : `${before}\n`) + insert.text + result.slice(insert.at);
  }
  if (tail !== "") {
    // Before a document-end marker ("..."), so that the lists stay in the one document.
    const end = /^\.\.\.[ \t]*(?:#.*)?$/m.exec(result);
    if (end) result = result.slice(0, end.index) + tail + result.slice(end.index);
    else result = (result.endsWith("\n") || result === "" ? result : `${result}\n`) + tail;
  }
  return result;
};

/** Entries to add to a list of an item already in the document. */
export interface PartAddition {
  /** Where the item (or the part of one) stands in the document: the path the visitor gives. */
  readonly path: readonly (string | number)[];
  /** Its list the entries join: `roles`, `observations`, `cite`. */
  readonly key: string;
  readonly entries: readonly unknown[];
}

type Range = [number, number, number];

const rangeOf = (node: unknown): Range | undefined => {
  const range = (node as { range?: Range | null } | undefined)?.range;
  return range === null ? undefined : range;
};

/** The column a node starts at. */
const columnOf = (text: string, offset: number): number => offset - (text.lastIndexOf("\n", offset - 1) + 1);

/** Entries written inline, as they join a list the editor wrote inline: `{ source: c, excerpt: ... }`. */
const stringifyFlow = (entries: readonly unknown[]): string =>
  entries.map((entry) => new Document(entry).toString({ collectionStyle: "flow", lineWidth: 0 }).trim()).join(", ");

/**
 * Adds entries to the lists of items already in a YAML document, changing no byte of what is
 * there: after the list's last entry at its indentation, inside its brackets when it is inline
 * (`cite: [a]` becomes `cite: [a, { source: c, ... }]`), or as a new key at the end of the item
 * when it has no such list.
 */
export const addToItems = (text: string, additions: readonly PartAddition[]): string => {
  if (additions.length === 0) return text;
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new AppendError(`cannot parse it: ${doc.errors[0]?.message ?? "YAML error"}`);
  // One addition per list, in the order asked.
  const grouped = new Map<string, { path: readonly (string | number)[]; key: string; entries: unknown[] }>();
  for (const { path, key, entries } of additions) {
    if (entries.length === 0) continue;
    const id = JSON.stringify([path, key]);
    const group = grouped.get(id) ?? { path, key, entries: [] };
    group.entries.push(...entries);
    grouped.set(id, group);
  }
  const inserts: { at: number; text: string; order: number }[] = [];
  for (const { path, key, entries } of grouped.values()) {
    const order = inserts.length;
    const where = `${path.join(".")}`;
    const item = doc.getIn(path, true);
    const itemRange = rangeOf(item);
    if (!isMap(item) || itemRange === undefined) throw new AppendError(`expected an item at ${where}`);
    if ((item as YAMLMap).flow) {
      throw new AppendError(`the item at ${where} is written inline ({...}); write it as a block to add to it`);
    }
    const node = item.get(key, true);
    const pair = item.items.find((p) => isScalar(p.key) && p.key.value === key);
    const keyColumn = columnOf(text, rangeOf(pair?.key ?? item)?.[0] ?? itemRange[0]);
    if (node === undefined || (isScalar(node) && node.value === null)) {
      if (pair !== undefined) {
        // "roles:" with no value: the list is written in its place.
        const keyEnd = rangeOf(pair.key)?.[1] ?? itemRange[0];
        const colon = text.indexOf(":", keyEnd) + 1;
        inserts.push({ at: colon, text: `\n${stringifyItems(entries, keyColumn + 2, undefined).trimEnd()}`, order });
        continue;
      }
      // No such list: a new key after the item's last line.
      const at = endOfLine(text, itemRange[1]);
      inserts.push({
        at,
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
  let result = text;
  // From the end, so that every offset still holds; at one offset, the first asked ends up first.
  for (const insert of inserts.sort((a, b) => b.at - a.at || b.order - a.order)) {
    const before = result.slice(0, insert.at);
    const lineEnd = insert.text.startsWith("\n") || !insert.text.endsWith("\n");
    result =
      (lineEnd || before.endsWith("\n") || before === "" ? before : `${before}\n`) +
      insert.text +
      result.slice(insert.at);
  }
  return result;
};
