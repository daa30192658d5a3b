/**
 * Appends items to the lists of a YAML document without touching a byte of
 * what is there: comments, folding, quoting and key order stay exactly as
 * the editor wrote them. New items are written in block style at the
 * indentation the list already uses; a list the document lacks is added at
 * its end.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type YAMLSeq } from "yaml";

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
