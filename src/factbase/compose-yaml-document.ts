/**
 * The reference reader: YAML text -> plain data with places, read with the
 * `yaml` package's public API (`parseAllDocuments` with the failsafe schema,
 * places from its nodes' ranges) and composed with the fact base's rules
 * (yaml-composer). It is what compose-yaml, the fast path, is held to by a
 * property test, and what parseYaml asks when js-yaml refuses a text (some
 * of which YAML allows); a text that reads is never read by it.
 */
import { isAlias, isMap, isScalar, isSeq, type ParsedNode, parseAllDocuments } from "yaml";
import { findForbiddenCharacter } from "./decode-text.js";
import {
  allowedTag,
  type Branch,
  defineOwn,
  EMPTY_VALUES,
  MAX_ALIAS_COUNT,
  MAX_ALIASED_VALUES,
  MAX_DEPTH,
  MESSAGES,
  NON_PRINTABLE,
  notYaml,
  offsetOf,
  oneLine,
  type Problem,
  type Spot,
  shownTag,
  strayByteOrderMark,
  type YamlComposer,
} from "./yaml-composer.js";

const OPTIONS = {
  schema: "failsafe",
  version: "1.2",
  // Duplicate keys are the composer's to find: it keeps the first and says so at the second.
  uniqueKeys: false,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false,
  resolveKnownTags: false,
} as const;

/** A node composed: its value, its place, how many values it holds and how deep it nests, aliases expanded. */
interface Node {
  readonly value: unknown;
  readonly spot: Spot;
  readonly size: number;
  readonly depth: number;
}

/** Thrown to stop composing a document that nests too deeply or expands without bound. */
class Refused extends Error {}

/** The reference YamlComposer, on `yaml`'s document tree. */
export const composeYamlDocument: YamlComposer = (text, maxDepth = MAX_DEPTH) => {
  // YAML allows no control characters (js-yaml refuses them; yaml reads them).
  const nonPrintable = NON_PRINTABLE.exec(text);
  if (nonPrintable) return notYaml(nonPrintable.index, MESSAGES.nonPrintable(text.charCodeAt(nonPrintable.index)));
  const bom = strayByteOrderMark(text);
  if (bom >= 0) return notYaml(bom, MESSAGES.byteOrderMark);
  const stream = parseAllDocuments(text, OPTIONS);
  const firstError = [...("empty" in stream ? stream.errors : []), ...stream.flatMap((doc) => doc.errors)][0];
  if (firstError) {
    return notYaml(
      firstError.pos[0],
      firstError.code === "RESOURCE_EXHAUSTION" ? MESSAGES.tooDeep : oneLine(firstError.message),
    );
  }
  // Directives with no document after them: yaml warns at most; YAML wants a document (`---`) after them.
  const directive = stream.length === 0 ? /^%/m.exec(text) : null;
  if (directive) return notYaml(directive.index, "directives must be followed by a document, after a `---` line");
  // A `...` line with nothing before it ends no document: yaml counts one there, empty; YAML does not.
  const documents = stream.filter((doc) => doc.directives.docStart || !isEmpty(doc.contents));
  const problems: Problem[] = [];
  const error = (offset: number, message: string) => problems.push({ offset, rule: "yaml-syntax", message });
  const strings: { value: string; offset: number }[] = [];
  const anchors = new Map<string, Node>();
  let aliases = 0;
  let aliased = 0;
  let usesAliases = false;
  let tooDeep: number | undefined;

  const checkTag = (node: { tag?: string | undefined }, at: number, kind: "str" | "seq" | "map"): void => {
    if (node.tag === undefined || allowedTag(node.tag, kind)) return;
    error(at, MESSAGES.unknownTag(shownTag(node.tag, node.tag)));
  };

  /** Composes `node`, which sits inside `level` collections; `isValue` is false for keys. */
  const compose = (node: ParsedNode | null, level: number, isValue: boolean, emptyAt: number): Node => {
    if (node === null) return { value: null, spot: emptyAt, size: 1, depth: 0 };
    const at = node.range[0];
    let composed: Node;
    if (isAlias(node)) {
      usesAliases = true;
      const target = anchors.get(node.source);
      aliases += 1;
      if (!target) {
        error(at, MESSAGES.unknownAlias(node.source));
        return { value: null, spot: at, size: 1, depth: 0 };
      }
      aliased += target.size;
      if (level + target.depth > maxDepth) {
        error(at, MESSAGES.aliasTooDeep(maxDepth));
        throw new Refused();
      }
      if (aliases > MAX_ALIAS_COUNT || aliased > MAX_ALIASED_VALUES) {
        error(at, MESSAGES.tooManyAliases(aliases));
        throw new Refused();
      }
      return { value: target.value, spot: at, size: target.size, depth: target.depth };
    }
    if (isScalar(node)) {
      checkTag(node, at, "str");
      const raw = node.source;
      const value = node.type === "PLAIN" && EMPTY_VALUES.has(raw) && node.tag === undefined ? null : raw;
      if (value !== null) {
        if (isValue) strings.push({ value, offset: at });
        const forbidden = findForbiddenCharacter(value);
        if (forbidden) problems.push({ offset: at, rule: "encoding", message: forbidden.message });
      }
      composed = { value, spot: at, size: 1, depth: 0 };
    } else {
      if (level + 1 > maxDepth) {
        tooDeep ??= at;
        throw new Refused();
      }
      let size = 0;
      let depth = 0;
      const take = (item: Node) => {
        size += item.size;
        depth = Math.max(depth, item.depth);
      };
      if (isMap(node)) {
        checkTag(node, at, "map");
        const data: Record<string, unknown> = {};
        const pairs = new Map<string, { key: number; value: Spot }>();
        for (const pair of node.items) {
          const keyNode = pair.key as ParsedNode | null;
          const key = compose(keyNode, level + 1, false, at);
          take(key);
          const keyAt = offsetOf(key.spot);
          // yaml has no node for the value of `{a}`: it sits where its entry ends.
          const value = compose(pair.value, level + 1, true, keyNode ? pastSpace(text, keyNode.range[1]) : at);
          take(value);
          if (typeof key.value !== "string") {
            error(keyAt, MESSAGES.nonTextKey);
          } else if (pairs.has(key.value)) {
            error(keyAt, MESSAGES.duplicateKey);
          } else {
            pairs.set(key.value, { key: keyAt, value: value.spot });
            // An optional field left blank is simply absent.
            if (value.value !== null) defineOwn(data, key.value, value.value);
          }
        }
        composed = { value: data, spot: { at, pairs }, size: size + 1, depth: depth + 1 };
      } else if (isSeq(node)) {
        checkTag(node, at, "seq");
        const data: unknown[] = [];
        const items: Spot[] = [];
        for (const item of node.items as (ParsedNode | null)[]) {
          const composedItem = compose(item, level + 1, true, at);
          take(composedItem);
          data.push(composedItem.value);
          items.push(composedItem.spot);
        }
        const branch: Branch = { at, items };
        composed = { value: data, spot: branch, size: size + 1, depth: depth + 1 };
      } else {
        throw new Error("yaml gave a node that is neither a scalar, a collection nor an alias");
      }
    }
    if (node.anchor !== undefined) {
      usesAliases = true;
      anchors.set(node.anchor, composed);
    }
    return composed;
  };

  let root: Node | undefined;
  try {
    const first = documents[0];
    root = first ? compose(first.contents, 0, true, first.range[0]) : undefined;
  } catch (cause) {
    if (!(cause instanceof Refused)) throw cause;
    if (tooDeep !== undefined) return notYaml(tooDeep, MESSAGES.tooDeep);
    return { value: undefined, root: undefined, problems, strings, usesAliases, documents: documents.length };
  }
  const second = documents[1];
  if (second) {
    const contents = second.contents;
    error(isEmpty(contents) ? text.length : (contents?.range[0] ?? text.length), MESSAGES.secondDocument);
  }
  return { value: root?.value ?? null, root: root?.spot, problems, strings, usesAliases, documents: documents.length };
};

/** A node that is nothing at all: no text, no anchor, no tag. */
const isEmpty = (node: ParsedNode | null): boolean =>
  node === null ||
  (isScalar(node) &&
    node.source === "" &&
    node.type === "PLAIN" &&
    node.anchor === undefined &&
    node.tag === undefined);

/** The first offset from `from` that is not a blank, a line break or a comment. */
const pastSpace = (text: string, from: number): number => {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "\t" || c === "\n") i += 1;
    else if (c === "#") i = text.indexOf("\n", i) < 0 ? text.length : text.indexOf("\n", i);
    else break;
  }
  return i;
};
