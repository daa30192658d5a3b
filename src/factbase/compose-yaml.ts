/**
 * js-yaml's parser events -> plain data, with the fact base's rules: every
 * scalar is text (the failsafe schema: the fact-base schema converts numbers
 * and booleans where it expects them), `~`, `null` and empty values mean no
 * value, and tags, duplicate keys, keys that are not text, unknown aliases
 * and alias bombs are errors. Every node keeps its offset in the text, and
 * so does every problem: the caller turns offsets into lines and columns.
 */
import { EVENT_ID, type Event, getScalarValue, SCALAR_STYLE, type ScalarEvent } from "js-yaml";
import { findForbiddenCharacter } from "./decode-text.js";

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

export const offsetOf = (spot: Spot | undefined): number => {
  if (spot === undefined) return 0;
  if (typeof spot === "number") return spot;
  return "by" in spot ? spot.by + offsetOf(spot.spot) : spot.at;
};

export interface Problem {
  readonly offset: number;
  readonly rule: "yaml-syntax" | "encoding";
  readonly message: string;
}

export interface Composed {
  /** The document as plain data (`null` for an empty one). */
  readonly value: unknown;
  readonly root: Spot | undefined;
  readonly problems: readonly Problem[];
  /** Every text value (not keys) with its offset, in document order. */
  readonly strings: readonly { readonly value: string; readonly offset: number }[];
  /** Whether the text names an anchor or an alias anywhere. */
  readonly usesAliases: boolean;
  /** How many documents the text holds. */
  readonly documents: number;
}

/** How many aliases a document may use before it counts as an alias bomb. */
export const MAX_ALIAS_COUNT = 200;
/** How deeply collections may nest (js-yaml refuses deeper ones as it reads; aliases are counted here). */
export const MAX_DEPTH = 100;
/** How many values aliases may repeat in all, counting what the aliased values hold. */
const MAX_ALIASED_VALUES = 100_000;

/** Plain `~`, `null` and empty values mean "no value". */
const EMPTY = new Set(["", "~", "null", "Null", "NULL"]);

/** A collection being composed: its data, its spot, and what it has taken in so far. */
interface Frame {
  readonly data: Record<string, unknown> | unknown[];
  readonly pairs: Map<string, { readonly key: number; readonly value: Spot }> | undefined;
  readonly items: Spot[] | undefined;
  readonly at: number;
  /** The anchor named on the collection, recorded once it is complete. */
  readonly anchor: string | undefined;
  /** In a mapping: the key read, waiting for its value (`null` when the key is refused). */
  key: { readonly text: string; readonly at: number } | null | undefined;
}

export const composeYaml = (text: string, events: readonly Event[]): Composed => {
  const problems: Problem[] = [];
  const error = (offset: number, message: string) => problems.push({ offset, rule: "yaml-syntax", message });
  const strings: { value: string; offset: number }[] = [];
  const anchors = new Map<
    string,
    { readonly value: unknown; readonly spot: Spot; readonly size: number; readonly depth: number }
  >();
  const stack: Frame[] = [];
  /** How many values each open collection holds so far, aliases expanded. */
  const sizes: number[] = [];
  /** How deep each open collection's contents nest so far, aliases expanded. */
  const depths: number[] = [];
  let aliases = 0;
  let aliased = 0;
  let usesAliases = false;
  let documents = 0;
  let tagHandles = new Map<string, string>();
  let root: { value: unknown; spot: Spot } | undefined;
  /** Where the last node with text of its own ended: an empty value has no text, and is placed after it. */
  let lastEnd = 0;

  /** Hands a finished node to the collection it sits in (or makes it the document). */
  const place = (value: unknown, spot: Spot, size: number, depth: number): void => {
    const frame = stack.at(-1);
    if (!frame) {
      root ??= { value, spot };
      return;
    }
    sizes[sizes.length - 1] = (sizes.at(-1) ?? 0) + size;
    depths[depths.length - 1] = Math.max(depths.at(-1) ?? 0, depth);
    if (Array.isArray(frame.data)) {
      frame.data.push(value);
      frame.items?.push(spot);
      return;
    }
    if (frame.key === undefined) {
      // A key. The fact base's keys are plain text, each once per mapping.
      const at = offsetOf(spot);
      if (typeof value !== "string") {
        error(at, "a key must be plain text, not a list, a mapping or an empty value");
        frame.key = null;
      } else if (frame.pairs?.has(value)) {
        error(at, "duplicate key: this key is already set earlier in the same mapping");
        frame.key = null;
      } else {
        frame.key = { text: value, at };
      }
      return;
    }
    if (frame.key !== null) {
      frame.pairs?.set(frame.key.text, { key: frame.key.at, value: spot });
      // An optional field left blank is simply absent.
      if (value !== null) defineOwn(frame.data as Record<string, unknown>, frame.key.text, value);
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

  const anchorOf = (event: { anchorStart: number; anchorEnd: number }): string | undefined => {
    if (event.anchorStart < 0) return undefined;
    usesAliases = true;
    return text.slice(event.anchorStart, event.anchorEnd);
  };

  const scalar = (event: ScalarEvent): void => {
    const raw = getScalarValue(text, event);
    const at = event.valueStart < 0 ? emptyValueStart(text, lastEnd) : scalarStart(text, event);
    // An empty value ends where it is placed: the next one is looked for after it, not again from
    // the last value with text (which made a run of empty values quadratic, and misplaced them).
    lastEnd = event.valueEnd >= 0 ? event.valueEnd + (isQuoted(event) ? 1 : 0) : at;
    checkTag(event, "str");
    const value = event.style === SCALAR_STYLE.PLAIN && EMPTY.has(raw) && event.tagStart < 0 ? null : raw;
    if (value !== null) {
      if (atValue()) strings.push({ value, offset: at });
      const forbidden = findForbiddenCharacter(value);
      if (forbidden) problems.push({ offset: at, rule: "encoding", message: forbidden.message });
    }
    const anchor = anchorOf(event);
    if (anchor !== undefined) anchors.set(anchor, { value, spot: at, size: 1, depth: 0 });
    place(value, at, 1, 0);
  };

  for (let index = 0; index < events.length; index += 1) {
    const event = events[index] as Event;
    switch (event.type) {
      case EVENT_ID.DOCUMENT: {
        documents += 1;
        tagHandles = new Map(
          event.directives.flatMap((d) => (d.kind === "tag" ? [[d.handle, d.prefix] as const] : [])),
        );
        if (documents === 2) {
          const next = events.slice(index + 1).find((e) => nodeStart(text, e) >= 0);
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
        stack.push({
          data: isMap ? {} : [],
          pairs: isMap ? new Map() : undefined,
          items: isMap ? undefined : [],
          at: event.start,
          anchor: anchorOf(event),
          key: undefined,
        });
        sizes.push(0);
        depths.push(0);
        lastEnd = event.start;
        break;
      }
      case EVENT_ID.SCALAR:
        scalar(event);
        break;
      case EVENT_ID.ALIAS: {
        usesAliases = true;
        const name = text.slice(event.anchorStart, event.anchorEnd);
        const at = event.anchorStart - 1;
        lastEnd = event.anchorEnd;
        const target = anchors.get(name);
        aliases += 1;
        if (!target) {
          error(at, `unknown alias *${name}: no anchor &${name} before it`);
          place(null, at, 1, 0);
          break;
        }
        aliased += target.size;
        // An alias puts its value's whole depth where it stands: the nesting limit holds through it.
        if (stack.length + target.depth > MAX_DEPTH) {
          error(at, `this alias nests the document more than ${MAX_DEPTH} levels deep`);
          return { value: undefined, root: root?.spot, problems, strings, usesAliases, documents };
        }
        if (aliases > MAX_ALIAS_COUNT || aliased > MAX_ALIASED_VALUES) {
          const why =
            aliases > MAX_ALIAS_COUNT
              ? `more than ${MAX_ALIAS_COUNT}`
              : `they repeat more than ${MAX_ALIASED_VALUES.toLocaleString("en-GB")} values`;
          error(at, `too many aliases (${why}): refusing a document that expands without bound`);
          return { value: undefined, root: root?.spot, problems, strings, usesAliases, documents };
        }
        place(target.value, at, target.size, target.depth);
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame) break; // the end of a document
        const size = (sizes.pop() ?? 0) + 1;
        const depth = (depths.pop() ?? 0) + 1;
        const branch: Branch = frame.pairs
          ? { at: frame.at, pairs: frame.pairs }
          : { at: frame.at, items: frame.items ?? [] };
        if (frame.anchor !== undefined) anchors.set(frame.anchor, { value: frame.data, spot: branch, size, depth });
        place(frame.data, branch, size, depth);
        break;
      }
    }
  }
  return { value: root?.value ?? null, root: root?.spot, problems, strings, usesAliases, documents };
};

/** Sets a mapping's key as plain data: defined, never assigned, so that `__proto__` stays a plain key. */
export const defineOwn = (data: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });
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
    // Past blanks, line breaks, and the end of a flow collection just closed (`[x]`).
    if (c === " " || c === "\t" || c === "\n" || c === "]" || c === "}") i += 1;
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
