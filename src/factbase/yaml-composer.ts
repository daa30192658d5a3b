/**
 * What reading a fact base's YAML gives, and the rules every reader keeps.
 *
 * A `YamlComposer` turns a text into plain data that keeps every node's place
 * in the text. Two implement it: compose-yaml (js-yaml's event parser, the
 * fast path the loader uses) and compose-yaml-document (the `yaml` package's
 * document tree, the reference a property test holds the fast path to).
 *
 * The rules: every scalar is text (the failsafe schema: the fact-base schema
 * converts numbers and booleans where it expects them); plain `~`, `null` and
 * empty values mean no value, and an optional field left blank is absent;
 * keys are text, each once per mapping; tags other than the failsafe
 * schema's own, unknown aliases, alias bombs and documents nested too deeply
 * are errors; a second document is an error; `__proto__` is a plain key; a
 * byte order mark anywhere but at the very start is an error (js-yaml reads
 * it as part of a key or value, yaml skips it at a line's start).
 */

/** Where a node is: an offset for a scalar or an alias, a branch for a collection, or a spot moved by an offset. */
export type Spot = number | Branch | Moved;
export interface Branch {
  readonly at: number;
  /** A mapping's pairs by key: the key's offset and the value's spot. */
  readonly pairs?: ReadonlyMap<string, { readonly key: number; readonly value: Spot }>;
  /** A sequence's items. */
  readonly items?: readonly Spot[];
}
/** A spot composed from a piece of the text on its own, whose offsets start at `by`. */
export interface Moved {
  readonly by: number;
  readonly spot: Spot;
}

export function offsetOf(spot: Spot | undefined): number {
  if (spot === undefined) return 0;
  if (typeof spot === "number") return spot;
  return "by" in spot ? spot.by + offsetOf(spot.spot) : spot.at;
}

export interface Problem {
  readonly offset: number;
  readonly rule: "yaml-syntax" | "encoding";
  readonly message: string;
}

export interface Composed {
  /** The document as plain data (`null` for an empty one); `undefined` when the text is not YAML. */
  readonly value: unknown;
  readonly root: Spot | undefined;
  /** What breaks the fact base's rules; the value is not to be used when there is any. */
  readonly problems: readonly Problem[];
  /**
   * Set when the text is not YAML at all: where the reader stopped, and why.
   * The value is then `undefined` and there are no other problems.
   */
  readonly syntax?: { readonly offset: number; readonly message: string };
  /** Every text value (not keys) with its offset, in document order. */
  readonly strings: readonly { readonly value: string; readonly offset: number }[];
  /** Whether the text names an anchor or an alias anywhere. */
  readonly usesAliases: boolean;
  /** How many documents the text holds. */
  readonly documents: number;
}

/**
 * Text -> plain data with places. `maxDepth` is how deeply collections may
 * nest (a piece of a brief read on its own sits higher than in its brief).
 */
export type YamlComposer = (text: string, maxDepth?: number) => Composed;

/** How many aliases a document may use before it counts as an alias bomb. */
export const MAX_ALIAS_COUNT = 200;
/** How deeply collections may nest, aliases expanded. */
export const MAX_DEPTH = 100;
/** How many values aliases may repeat in all, counting what the aliased values hold. */
export const MAX_ALIASED_VALUES = 100_000;

/** Characters outside YAML 1.2's printable set (c-printable), lone surrogates included: no YAML text holds them. */
export const NON_PRINTABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it looks for.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Plain `~`, `null` and empty values mean "no value". */
export const EMPTY_VALUES: ReadonlySet<string> = new Set(["", "~", "null", "Null", "NULL"]);

export const MESSAGES = {
  nonTextKey: "a key must be plain text, not a list, a mapping or an empty value",
  duplicateKey: "duplicate key: this key is already set earlier in the same mapping",
  secondDocument:
    "a fact base is one YAML document: remove the `---` or `...` line before this one, or move what follows into another file",
  tooDeep: "the document is nested too deeply to read",
  /** Never shown: the caller reads such a text again with the reference, whose answer stands. */
  leftToReference: "a tab or an explicit key: read by the reference reader",
  compactMapping: "a mapping cannot start on the line of the key it is the value of: start it on a new line",
  propsNeedSpace: "an anchor or a tag must be followed by a space",
  byteOrderMark: "byte order mark (U+FEFF) inside the text: an invisible character; remove it",
  nonPrintable: (code: number) =>
    `control character U+${code.toString(16).toUpperCase().padStart(4, "0")}: YAML allows none; remove it`,
  unknownAlias: (name: string) => `unknown alias *${name}: no anchor &${name} before it`,
  aliasTooDeep: (depth: number) => `this alias nests the document more than ${depth} levels deep`,
  /** `count` aliases so far: more than MAX_ALIAS_COUNT, or repeating more than MAX_ALIASED_VALUES values. */
  tooManyAliases: (count: number) => {
    const why =
      count > MAX_ALIAS_COUNT
        ? `more than ${MAX_ALIAS_COUNT}`
        : `they repeat more than ${MAX_ALIASED_VALUES.toLocaleString("en-GB")} values`;
    return `too many aliases (${why}): refusing a document that expands without bound`;
  },
  unknownTag: (shown: string) => `unknown tag ${shown}: tags are not allowed in a fact base`,
} as const;

const CORE_TAG = "tag:yaml.org,2002:";

/**
 * Whether a tag, resolved to its full name, may stand on a node of this kind:
 * the failsafe schema's own tag for it, or `!` ("no particular tag").
 */
export function allowedTag(resolved: string | undefined, kind: "str" | "seq" | "map"): boolean {
  return resolved === `${CORE_TAG}${kind}` || resolved === "!";
}

/** A refused tag as an editor wrote it, or by its short name when it is one of YAML's own. */
export function shownTag(resolved: string | undefined, written: string): string {
  return resolved?.startsWith(CORE_TAG) ? `!!${resolved.slice(CORE_TAG.length)}` : written;
}

/** Sets a mapping's key as plain data: defined, never assigned, so that `__proto__` stays a plain key. */
export function defineOwn(data: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A message on one line, starting in lower case, as diagnostics are written. */
export function oneLine(message: string): string {
  // yaml quotes the offending text, which can hold a line break ("invalid escape sequence \\U\ntitle:"):
  // a diagnostic is one line.
  const line = message.replace(/\s*\n[\s\S]*$/, "").trim();
  return line.charAt(0).toLowerCase() + line.slice(1);
}

/** The reading of a text that is not YAML (or not one a fact base may hold). */
export function notYaml(offset: number, message: string): Composed {
  return {
    value: undefined,
    root: undefined,
    problems: [],
    syntax: { offset, message },
    strings: [],
    usesAliases: false,
    documents: 0,
  };
}

/** Where a byte order mark stands anywhere but at the very start, or -1. */
export function strayByteOrderMark(text: string): number {
  return text.indexOf("\uFEFF", 1);
}
