/**
 * YAML text -> plain data, keeping every node's place in the file so that
 * later stages can point at the offending value.
 *
 * js-yaml's event parser reads the text (it is several times faster than
 * building yaml's document tree, which dominated `check` on a large brief);
 * the composer here turns its events into plain data with the fact base's
 * rules: every scalar is text (the failsafe schema: the fact-base schema
 * converts numbers and booleans where it expects them), and tags, duplicate
 * keys, keys that are not text, unknown aliases and alias bombs are errors.
 * When the text is not YAML at all, the `yaml` package, loaded only then,
 * describes every syntax error it finds, in its clearer words.
 */
import {
  EVENT_ID,
  type Event,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  type ScalarEvent,
  YAMLException,
} from "js-yaml";
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
/** How many values aliases may repeat in all, counting what the aliased values hold. */
const MAX_ALIASED_VALUES = 100_000;
/** How deeply collections may nest (js-yaml refuses deeper ones as it reads). */
const MAX_DEPTH = 100;

/** Plain `~`, `null` and empty values mean "no value". */
const EMPTY = new Set(["", "~", "null", "Null", "NULL"]);

/** Where each node of the document is: a number for a scalar or alias, a branch for a collection. */
type Spot = number | Branch;
interface Branch {
  readonly at: number;
  /** A mapping's pairs by key: the key's offset and the value's spot. */
  readonly pairs?: Map<string, { readonly key: number; readonly value: Spot }>;
  /** A sequence's items. */
  readonly items?: Spot[];
}

const offsetOf = (spot: Spot | undefined): number =>
  spot === undefined ? 0 : typeof spot === "number" ? spot : spot.at;

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

export const parseYaml = async (file: string, text: string): Promise<ParsedYaml> => {
  const position = lineIndex(text);
  const placeAt = (offset: number): Place => {
    const { line, column } = position(offset);
    return { file, line, column };
  };

  let events: Event[] | undefined;
  let syntax: Diagnostic[] = [];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (cause) {
    if (!(cause instanceof YAMLException)) throw cause;
    syntax = await describeSyntaxErrors(text, cause, placeAt);
  }
  const composed = events ? compose(text, events, placeAt) : { value: undefined, root: undefined, diagnostics: [] };
  const diagnostics = [...syntax, ...composed.diagnostics];
  const value = diagnostics.length === 0 ? composed.value : undefined;

  const spotAt = (path: YamlPath): Spot | undefined => {
    // Walk down as far as the path exists; stop at the deepest node found.
    let spot = composed.root;
    for (const segment of path) {
      if (spot === undefined || typeof spot === "number") break;
      const next =
        spot.pairs?.get(String(segment))?.value ?? (typeof segment === "number" ? spot.items?.[segment] : undefined);
      if (next === undefined) break;
      spot = next;
    }
    return spot;
  };
  const locate = (path: YamlPath): Place => placeAt(offsetOf(spotAt(path)));
  const locateKey = (path: YamlPath): Place => {
    const parent = spotAt(path.slice(0, -1));
    const last = path.at(-1);
    const pair = typeof parent === "object" && last !== undefined ? parent.pairs?.get(String(last)) : undefined;
    return pair ? placeAt(pair.key) : locate(path);
  };

  return { file, value, diagnostics, locate, locateKey, strings: composed.strings ?? [] };
};

/** A collection being composed: its data, its spot, and what it has taken in so far. */
interface Frame {
  readonly data: Record<string, unknown> | unknown[];
  readonly branch: Branch;
  /** The anchor named on the collection, recorded once it is complete. */
  readonly anchor: string | undefined;
  /** In a mapping: the key read, waiting for its value (`null` when the key is refused). */
  key: { readonly text: string; readonly at: number } | null | undefined;
}

interface Composed {
  readonly value: unknown;
  readonly root: Spot | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly strings?: readonly { readonly value: string; readonly place: Place }[];
}

/** Events -> plain data, the spots of its nodes, and what breaks the fact base's rules. */
const compose = (text: string, events: readonly Event[], placeAt: (offset: number) => Place): Composed => {
  const diagnostics: Diagnostic[] = [];
  const error = (offset: number, message: string) =>
    diagnostics.push(diagnostic(placeAt(offset), "error", "yaml-syntax", message));
  const strings: { value: string; place: Place }[] = [];
  const anchors = new Map<string, { readonly value: unknown; readonly spot: Spot; readonly size: number }>();
  const stack: Frame[] = [];
  /** How many values each open collection holds so far, aliases expanded. */
  const sizes: number[] = [];
  let aliases = 0;
  let aliased = 0;
  let documents = 0;
  let tagHandles = new Map<string, string>();
  let root: { value: unknown; spot: Spot } | undefined;

  /** Hands a finished node to the collection it sits in (or makes it the document). */
  const place = (value: unknown, spot: Spot, size: number): void => {
    const frame = stack.at(-1);
    if (!frame) {
      root ??= { value, spot };
      return;
    }
    sizes[sizes.length - 1] = (sizes.at(-1) ?? 0) + size;
    if (Array.isArray(frame.data)) {
      frame.data.push(value);
      frame.branch.items?.push(spot);
      return;
    }
    if (frame.key === undefined) {
      // A key. The fact base's keys are plain text, each once per mapping.
      const at = offsetOf(spot);
      if (typeof value !== "string") {
        error(at, "a key must be plain text, not a list, a mapping or an empty value");
        frame.key = null;
      } else if (frame.branch.pairs?.has(value)) {
        error(at, "duplicate key: this key is already set earlier in the same mapping");
        frame.key = null;
      } else {
        frame.key = { text: value, at };
      }
      return;
    }
    if (frame.key !== null) {
      frame.branch.pairs?.set(frame.key.text, { key: frame.key.at, value: spot });
      // An optional field left blank is simply absent; `__proto__` stays a plain key.
      if (value !== null) {
        Object.defineProperty(frame.data, frame.key.text, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    frame.key = undefined;
  };

  /** Whether the next node completed is a value (a sequence item or a mapping value), not a key. */
  const atValue = (): boolean => {
    const frame = stack.at(-1);
    return frame === undefined || Array.isArray(frame.data) || frame.key !== undefined;
  };

  const checkTag = (event: { tagStart: number; tagEnd: number }, kind: "str" | "seq" | "map"): void => {
    if (event.tagStart < 0) return;
    const written = text.slice(event.tagStart, event.tagEnd);
    const resolved = resolveTag(written, tagHandles);
    // The failsafe schema's own tags (and `!`, "just text") change nothing; any other would change a value's meaning.
    if (resolved === `tag:yaml.org,2002:${kind}` || (written === "!" && kind === "str")) return;
    const shown = resolved?.startsWith("tag:yaml.org,2002:") ? `!!${resolved.slice(18)}` : written;
    error(event.tagStart, `unknown tag ${shown}: tags are not allowed in a fact base`);
  };

  const anchorOf = (event: { anchorStart: number; anchorEnd: number }): string | undefined =>
    event.anchorStart < 0 ? undefined : text.slice(event.anchorStart, event.anchorEnd);

  /** Where the last node with text of its own ended: an empty value has no text, and is placed after it. */
  let lastEnd = 0;

  const scalar = (event: ScalarEvent): void => {
    const raw = getScalarValue(text, event);
    const at = event.valueStart < 0 ? emptyValueStart(text, lastEnd) : scalarStart(text, event);
    if (event.valueEnd >= 0) lastEnd = event.valueEnd + (isQuoted(event) ? 1 : 0);
    checkTag(event, "str");
    const value = event.style === SCALAR_STYLE.PLAIN && EMPTY.has(raw) && event.tagStart < 0 ? null : raw;
    if (value !== null) {
      if (atValue()) strings.push({ value, place: placeAt(at) });
      const forbidden = findForbiddenCharacter(value);
      if (forbidden) diagnostics.push(diagnostic(placeAt(at), "error", "encoding", forbidden.message));
    }
    const anchor = anchorOf(event);
    if (anchor !== undefined) anchors.set(anchor, { value, spot: at, size: 1 });
    place(value, at, 1);
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT: {
        documents += 1;
        tagHandles = new Map(
          event.directives.flatMap((d) => (d.kind === "tag" ? [[d.handle, d.prefix] as const] : [])),
        );
        if (documents === 2) {
          const next = events.find((e, i) => i > events.indexOf(event) && nodeStart(text, e) >= 0);
          error(
            next ? nodeStart(text, next) : text.length,
            "a fact base is one YAML document: remove the `---` or `...` line before this one, or move what follows into another file",
          );
        }
        break;
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        const isMap = event.type === EVENT_ID.MAPPING;
        checkTag(event, isMap ? "map" : "seq");
        const branch: Branch = isMap ? { at: event.start, pairs: new Map() } : { at: event.start, items: [] };
        lastEnd = event.start;
        stack.push({ data: isMap ? {} : [], branch, anchor: anchorOf(event), key: undefined });
        sizes.push(0);
        break;
      }
      case EVENT_ID.SCALAR:
        scalar(event);
        break;
      case EVENT_ID.ALIAS: {
        const name = text.slice(event.anchorStart, event.anchorEnd);
        const at = event.anchorStart - 1;
        lastEnd = event.anchorEnd;
        const target = anchors.get(name);
        aliases += 1;
        if (!target) {
          error(at, `unknown alias *${name}: no anchor &${name} before it`);
          place(null, at, 1);
          break;
        }
        aliased += target.size;
        if (aliases > MAX_ALIAS_COUNT || aliased > MAX_ALIASED_VALUES) {
          const why =
            aliases > MAX_ALIAS_COUNT
              ? `more than ${MAX_ALIAS_COUNT}`
              : `they repeat more than ${MAX_ALIASED_VALUES.toLocaleString("en-GB")} values`;
          error(at, `too many aliases (${why}): refusing a document that expands without bound`);
          return { value: undefined, root: root?.spot, diagnostics };
        }
        place(target.value, at, target.size);
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame) break; // the end of a document
        const size = (sizes.pop() ?? 0) + 1;
        if (frame.anchor !== undefined) anchors.set(frame.anchor, { value: frame.data, spot: frame.branch, size });
        place(frame.data, frame.branch, size);
        break;
      }
    }
  }
  return { value: root?.value ?? null, root: root?.spot, diagnostics, strings };
};

const isQuoted = (event: ScalarEvent): boolean =>
  event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;

/** Where a node's own text starts: the opening quote of a quoted scalar, the `|` or `>` of a block scalar. */
const scalarStart = (text: string, event: ScalarEvent): number => {
  switch (event.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return event.valueStart - 1;
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK: {
      // The header is on the line before the content: `key: |-  # comment`.
      const lineStart = text.lastIndexOf("\n", event.valueStart - 2) + 1;
      const header = /[|>][-+0-9]*[ \t]*(?:#.*)?$/.exec(
        text.slice(lineStart, Math.max(lineStart, event.valueStart - 1)),
      );
      return header ? lineStart + header.index : event.valueStart;
    }
    default:
      return event.valueStart;
  }
};

/**
 * Where an empty value sits: just after the `:`, `-`, `?` or `,` that
 * introduces it, past the blanks, comments and line breaks since `from`.
 */
const emptyValueStart = (text: string, from: number): number => {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "\t" || c === "\n") i += 1;
    else if (c === "#") i = text.indexOf("\n", i) < 0 ? text.length : text.indexOf("\n", i);
    else break;
  }
  if (i < text.length && ":-?,".includes(text[i] ?? "")) {
    i += 1;
    while (text[i] === " " || text[i] === "\t") i += 1;
  }
  return i;
};

const nodeStart = (text: string, event: Event): number => {
  switch (event.type) {
    case EVENT_ID.SCALAR:
      return scalarStart(text, event);
    case EVENT_ID.SEQUENCE:
    case EVENT_ID.MAPPING:
      return event.start;
    case EVENT_ID.ALIAS:
      return event.anchorStart - 1;
    default:
      return -1;
  }
};

/** A written tag (`!!str`, `!<tag:...>`, `!e!x`) -> its full name, by the document's %TAG handles. */
const resolveTag = (written: string, handles: ReadonlyMap<string, string>): string | undefined => {
  if (written.startsWith("!<") && written.endsWith(">")) return written.slice(2, -1);
  const handle = /^!(?:[\w-]*!)?/.exec(written)?.[0] ?? "!";
  const prefix = handles.get(handle) ?? (handle === "!!" ? "tag:yaml.org,2002:" : undefined);
  return prefix === undefined ? undefined : prefix + decodeURIComponentSafe(written.slice(handle.length));
};

const decodeURIComponentSafe = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * Every syntax error in a text js-yaml could not read, as the `yaml` package
 * words them (it reads on past the first); js-yaml's own error when yaml
 * finds none. Only a broken file pays for loading yaml.
 */
const describeSyntaxErrors = async (
  text: string,
  cause: YAMLException,
  placeAt: (offset: number) => Place,
): Promise<Diagnostic[]> => {
  const { parseDocument } = await import("yaml");
  const doc = parseDocument(text, {
    schema: "failsafe",
    version: "1.2",
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    keepSourceTokens: false,
    resolveKnownTags: false,
  });
  const found = doc.errors.map((e) =>
    diagnostic(placeAt(e.pos[0]), "error", "yaml-syntax", yamlMessage(e.code, e.message)),
  );
  if (found.length > 0) return found;
  const offset = cause.mark?.position ?? 0;
  const message = /maxDepth/.test(cause.reason) ? "the document is nested too deeply to read" : oneLine(cause.reason);
  return [diagnostic(placeAt(offset), "error", "yaml-syntax", message)];
};

const oneLine = (message: string): string => {
  // yaml quotes the offending text, which can hold a line break ("invalid escape sequence \\U\ntitle:"):
  // a diagnostic is one line.
  const line = message.replace(/\s*\n[\s\S]*$/, "").trim();
  return line.charAt(0).toLowerCase() + line.slice(1);
};

const yamlMessage = (code: string, message: string): string => {
  switch (code) {
    case "RESOURCE_EXHAUSTION":
      return "the document is nested too deeply to read";
    case "DUPLICATE_KEY":
      return "duplicate key: this key is already set earlier in the same mapping";
    default:
      return oneLine(message);
  }
};
