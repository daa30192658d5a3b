/**
 * YAML text -> plain data, keeping every node's place in the file so that
 * later stages can point at the offending value.
 *
 * compose-yaml reads the text (js-yaml's event parser, the fast path; the
 * rules are in yaml-composer, and compose-yaml-document is the reference it
 * is held to). When js-yaml cannot read the text, the reference, loaded only
 * then, reads it again; when that cannot either, the `yaml` package
 * describes every syntax error it finds, in its clearer words.
 *
 * A long-running process (watch, a batch, the benchmark) passes a
 * YamlParseCache: the text is then read piece by piece (split-yaml), and only
 * the pieces that changed since the last build are parsed again.
 */
import { type Diagnostic, diagnostic, type Place } from "../diagnostics/index.js";
import { composeYaml } from "./compose-yaml.js";
import { splitYaml } from "./split-yaml.js";
import {
  type Branch,
  type Composed,
  defineOwn,
  MAX_DEPTH,
  MESSAGES,
  offsetOf,
  oneLine,
  type Spot,
  type YamlComposer,
} from "./yaml-composer.js";

/** The reader every parse uses. */
const compose: YamlComposer = composeYaml;

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
  /** Every text value of the document with its offset (placeAt gives its place), in document order. */
  readonly strings: readonly { readonly value: string; readonly offset: number }[];
  /** The place of an offset in the text. */
  placeAt(offset: number): Place;
}

/** Offset -> 1-based line and column, by binary search over the line starts. */
const lineIndex = (text: string) => {
  let starts: number[] | undefined;
  return (offset: number): { line: number; column: number } => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
};

/**
 * Pieces of YAML already composed, by their text: what a long-running process
 * keeps between builds. Least recently used pieces go first once the pieces
 * kept hold more than `maxChars` characters of text in all.
 */
export class YamlParseCache {
  readonly #pieces = new Map<string, { readonly depth: number; readonly composed: Composed | null }>();
  #chars = 0;
  constructor(readonly maxChars = 32 * 1024 * 1024) {}

  /**
   * The piece composed on its own, or `null` when it does not read on its own.
   * `depth` is how deep its collections may nest: a list item read on its own
   * sits one level higher than in its brief, and gets one level less.
   */
  compose(text: string, depth = MAX_DEPTH): Composed | null {
    const kept = this.#pieces.get(text);
    if (kept !== undefined && kept.depth === depth) {
      this.#pieces.delete(text);
      this.#pieces.set(text, kept);
      return kept.composed;
    }
    // A copy of its own: a slice of the brief's text would keep every earlier version of the whole
    // brief alive, through the piece and every value read from it, as long as the piece is kept.
    const own = Buffer.from(text, "utf16le").toString("utf16le");
    const composed = composeAlone(own, depth);
    if (kept !== undefined) this.#pieces.delete(text);
    else this.#chars += own.length;
    this.#pieces.set(own, { depth, composed });
    for (const [old] of this.#pieces) {
      if (this.#chars <= this.maxChars) break;
      this.#pieces.delete(old);
      this.#chars -= old.length;
    }
    return composed;
  }
}

/** A piece of a fact base read on its own: `null` if it does not read, or reads as something to check whole. */
const composeAlone = (text: string, depth: number): Composed | null => {
  const composed = compose(text, depth);
  if (composed.syntax || composed.usesAliases || composed.documents > 1) return null;
  // Kept for later builds: nobody may change it in between.
  deepFreeze(composed.value);
  return composed;
};

const deepFreeze = (value: unknown): void => {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
};

export const parseYaml = async (file: string, text: string, cache?: YamlParseCache): Promise<ParsedYaml> => {
  const position = lineIndex(text);
  const placeAt = (offset: number): Place => {
    const { line, column } = position(offset);
    return { file, line, column };
  };

  let composed = (cache ? composeInPieces(text, cache) : undefined) ?? compose(text, MAX_DEPTH);
  if (composed.syntax) composed = await composeRefused(text);
  const diagnostics = composed.syntax
    ? await describeSyntaxErrors(text, composed.syntax, placeAt)
    : composed.problems.map((p) => diagnostic(placeAt(p.offset), "error", p.rule, p.message));
  const value = diagnostics.length === 0 ? composed.value : undefined;

  /** The deepest spot on `path` that exists, and the offset its offsets count from. */
  const spotAt = (path: YamlPath): { spot: Spot | undefined; by: number } => {
    let spot = composed.root;
    let by = 0;
    const unmove = () => {
      while (spot !== undefined && typeof spot === "object" && "by" in spot) {
        by += spot.by;
        spot = spot.spot;
      }
    };
    unmove();
    for (const segment of path) {
      if (spot === undefined || typeof spot === "number" || "by" in spot) break;
      const next: Spot | undefined =
        spot.pairs?.get(String(segment))?.value ?? (typeof segment === "number" ? spot.items?.[segment] : undefined);
      if (next === undefined) break;
      spot = next;
      unmove();
    }
    return { spot, by };
  };
  const locate = (path: YamlPath): Place => {
    const { spot, by } = spotAt(path);
    return placeAt(by + offsetOf(spot));
  };
  const locateKey = (path: YamlPath): Place => {
    const { spot: parent, by } = spotAt(path.slice(0, -1));
    const last = path.at(-1);
    const pair =
      typeof parent === "object" && !("by" in parent) && last !== undefined
        ? parent.pairs?.get(String(last))
        : undefined;
    return pair ? placeAt(by + pair.key) : locate(path);
  };
  return { file, value, diagnostics, locate, locateKey, strings: composed.strings, placeAt };
};

/**
 * The text composed from its pieces, each parsed once and kept in `cache`:
 * the same data, places and problems as composing it whole, or `undefined`
 * when some piece does not read on its own as the key or item it should be.
 */
const composeInPieces = (text: string, cache: YamlParseCache): Composed | undefined => {
  const sections = splitYaml(text);
  if (!sections) return undefined;
  const data: Record<string, unknown> = {};
  const pairs = new Map<string, { key: number; value: Spot }>();
  const problems: Composed["problems"][number][] = [];
  const strings: Composed["strings"][number][] = [];
  const take = (piece: Composed, by: number) => {
    for (const p of piece.problems) problems.push({ ...p, offset: by + p.offset });
    for (const s of piece.strings) strings.push({ value: s.value, offset: by + s.offset });
  };
  let rootAt: number | undefined;

  for (const section of sections) {
    const ownEnd = section.items?.[0]?.[0] ?? section.end;
    const own = cache.compose(text.slice(section.start, ownEnd));
    const ownRoot = own?.root;
    if (!own || typeof ownRoot !== "object" || "by" in ownRoot) return undefined;
    const pair = ownRoot.pairs?.get(section.key);
    if (!pair || ownRoot.pairs?.size !== 1 || pairs.has(section.key)) return undefined;
    take(own, section.start);
    rootAt ??= section.start + ownRoot.at;
    if (!section.items) {
      pairs.set(section.key, { key: section.start + pair.key, value: { by: section.start, spot: pair.value } });
      // Own keys only: an empty `constructor:` must not read Object.prototype's.
      const value = Object.hasOwn(own.value as object, section.key)
        ? (own.value as Record<string, unknown>)[section.key]
        : undefined;
      if (value !== undefined) defineOwn(data, section.key, value);
      continue;
    }
    // A list cut into its items: the key's own piece holds no value, each item's piece one item.
    if (Object.keys(own.value as object).length > 0) return undefined;
    const values: unknown[] = [];
    const spots: Spot[] = [];
    let listAt: number | undefined;
    for (const [start, end] of section.items) {
      const item = cache.compose(text.slice(start, end), MAX_DEPTH - 1);
      const itemRoot = item?.root;
      if (!item || typeof itemRoot !== "object" || "by" in itemRoot) return undefined;
      const spot = itemRoot.items?.[0];
      if (spot === undefined || itemRoot.items?.length !== 1 || !Array.isArray(item.value)) return undefined;
      take(item, start);
      listAt ??= start + itemRoot.at;
      values.push(item.value[0]);
      spots.push({ by: start, spot });
    }
    const list: Branch = { at: listAt ?? section.start, items: spots };
    pairs.set(section.key, { key: section.start + pair.key, value: list });
    defineOwn(data, section.key, values);
  }
  const root: Branch = { at: rootAt ?? 0, pairs };
  return { value: data, root, problems, strings, usesAliases: false, documents: 1 };
};

/**
 * js-yaml refuses a few texts YAML allows (a tab before a list in brackets:
 * `a:\t[x]`): a text it cannot read is read again by the reference, loaded
 * only then, and the reference's answer stands.
 */
const composeRefused = async (text: string): Promise<Composed> => {
  const { composeYamlDocument } = await import("./compose-yaml-document.js");
  return composeYamlDocument(text, MAX_DEPTH);
};

/**
 * The first syntax error in a text the reader could not read, as the `yaml`
 * package words it; the reader's own error when yaml finds none. One mistake
 * (a line indented one space too far) sets off a cascade of errors after it:
 * they are counted in its hint, not listed. Only a broken file pays for
 * loading yaml.
 */
const describeSyntaxErrors = async (
  text: string,
  syntax: NonNullable<Composed["syntax"]>,
  placeAt: (offset: number) => Place,
): Promise<Diagnostic[]> => {
  const yaml = await import("yaml");
  // The CLI's bundle loads yaml's CommonJS build as Node itself would: its exports are then `default`.
  const { parseDocument } = "parseDocument" in yaml ? yaml : (yaml as unknown as { default: typeof yaml }).default;
  const doc = parseDocument(text, {
    schema: "failsafe",
    version: "1.2",
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    keepSourceTokens: false,
    resolveKnownTags: false,
  });
  const [first, ...after] = doc.errors;
  if (first !== undefined) {
    const more = after.length;
    const hint =
      more === 0
        ? undefined
        : `${more} more syntax error${more === 1 ? "" : "s"} after this one, likely caused by it: fix this one first`;
    return [diagnostic(placeAt(first.pos[0]), "error", "yaml-syntax", yamlMessage(first.code, first.message), hint)];
  }
  return [diagnostic(placeAt(syntax.offset), "error", "yaml-syntax", syntax.message)];
};

const yamlMessage = (code: string, message: string): string => {
  switch (code) {
    case "RESOURCE_EXHAUSTION":
      return MESSAGES.tooDeep;
    case "DUPLICATE_KEY":
      return MESSAGES.duplicateKey;
    default:
      return oneLine(message);
  }
};
