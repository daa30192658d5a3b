/**
 * YAML text -> plain data, keeping every node's place in the file so that
 * later stages can point at the offending value.
 *
 * Parsed with the failsafe schema: every scalar is a string, and the fact-base
 * schema converts numbers and booleans where it expects them. Unknown tags,
 * duplicate keys and alias bombs are errors.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from "yaml";
import { type Diagnostic, diagnostic, type Place } from "../diagnostics/index.js";
import { findForbiddenCharacter } from "./decode-text.js";

export type YamlPath = readonly (string | number)[];

export interface ParsedYaml {
  readonly file: string;
  /** The document as plain data; `undefined` when it could not be parsed. */
  readonly value: unknown;
  readonly diagnostics: readonly Diagnostic[];
  /** The place of the value at `path`, or of its nearest existing ancestor. */
  locate(path: YamlPath): Place;
  /** The place of the key at the end of `path` (the value's place if there is no key). */
  locateKey(path: YamlPath): Place;
  /** Every text value of the document with its place, in document order. */
  readonly strings: readonly { readonly value: string; readonly place: Place }[];
}

/** How many aliases a document may use before it counts as an alias bomb. */
const MAX_ALIAS_COUNT = 200;

export const parseYaml = (file: string, text: string): ParsedYaml => {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    schema: "failsafe",
    version: "1.2",
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    keepSourceTokens: false,
    // YAML 1.1 tags (!!binary, !!timestamp, !!set ...) stay unresolved, and so are reported below.
    resolveKnownTags: false,
  });

  const placeAt = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };

  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    diagnostics.push(diagnostic(placeAt(error.pos[0]), "error", "yaml-syntax", yamlMessage(error.code, error.message)));
  }
  for (const warning of doc.warnings) {
    // Warnings from the parser (unresolved tags, mostly) would change what a
    // value means: treat them as errors.
    diagnostics.push(
      diagnostic(placeAt(warning.pos[0]), "error", "yaml-syntax", yamlMessage(warning.code, warning.message)),
    );
  }

  // Plain `~`, `null` and empty values mean "no value"; text may not hide characters that print wrongly.
  const strings: { value: string; place: Place }[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== "string") return;
      if (node.type === "PLAIN" && EMPTY.has(node.value)) {
        node.value = null;
        return;
      }
      if (_key === "value" || typeof _key === "number") {
        strings.push({ value: node.value, place: placeAt(node.range?.[0] ?? 0) });
      }
      const forbidden = findForbiddenCharacter(node.value);
      if (forbidden)
        diagnostics.push(diagnostic(placeAt(node.range?.[0] ?? 0), "error", "encoding", forbidden.message));
    },
    Alias(_key, node) {
      if (node.resolve(doc) === undefined) {
        diagnostics.push(
          diagnostic(
            placeAt(node.range?.[0] ?? 0),
            "error",
            "yaml-syntax",
            `unknown alias *${node.source}: no anchor &${node.source} before it`,
          ),
        );
      }
    },
  });

  let value: unknown;
  if (diagnostics.length === 0) {
    try {
      value = withoutEmpty(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    } catch (cause) {
      // yaml throws a ReferenceError when aliases expand past maxAliasCount.
      const message =
        cause instanceof Error && /alias/i.test(cause.message)
          ? `too many aliases (more than ${MAX_ALIAS_COUNT}): refusing a document that expands without bound`
          : `could not read the document: ${cause instanceof Error ? cause.message : String(cause)}`;
      diagnostics.push(diagnostic(placeAt(0), "error", "yaml-syntax", message));
      value = undefined;
    }
  }

  const nodeAt = (path: YamlPath): YamlNode | undefined => {
    // Walk down as far as the path exists; stop at the deepest node found.
    let node: unknown = doc.contents;
    let found: YamlNode | undefined = (node as YamlNode | null) ?? undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        node = node.items[segment];
      } else {
        break;
      }
      if (node === null || node === undefined) break;
      found = node as YamlNode;
    }
    return found;
  };

  const locate = (path: YamlPath): Place => {
    const node = nodeAt(path);
    return placeAt(node?.range?.[0] ?? 0);
  };

  const locateKey = (path: YamlPath): Place => {
    const parent = nodeAt(path.slice(0, -1));
    const last = path.at(-1);
    if (isMap(parent) && last !== undefined) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(last));
      if (pair && isScalar(pair.key) && pair.key.range) return placeAt(pair.key.range[0]);
    }
    return locate(path);
  };

  return { file, value, diagnostics, locate, locateKey, strings };
};

const EMPTY = new Set(["", "~", "null", "Null", "NULL"]);

/** Drops mapping keys whose value is empty, so an optional field left blank is simply absent. */
const withoutEmpty = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null) continue;
    Object.defineProperty(out, key, {
      value: withoutEmpty(item),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
};

const yamlMessage = (code: string, message: string): string => {
  switch (code) {
    case "RESOURCE_EXHAUSTION":
      return "the document is nested too deeply to read";
    case "DUPLICATE_KEY":
      return "duplicate key: this key is already set earlier in the same mapping";
    case "TAG_RESOLVE_FAILED":
      return `unknown tag ${message
        .replace(/^Unresolved tag: /, "")
        .replace(/\.$/, "")
        .replace("tag:yaml.org,2002:", "!!")}: tags are not allowed in a fact base`;
    default: {
      // yaml quotes the offending text, which can hold a line break ("invalid escape sequence \\U\ntitle:"):
      // a diagnostic is one line.
      const line = message.replace(/\s*\n[\s\S]*$/, "").trim();
      return line.charAt(0).toLowerCase() + line.slice(1);
    }
  }
};
