/**
 * The fast path: YAML text -> plain data with places, read with js-yaml's
 * event parser and composed here with the fact base's rules (yaml-composer).
 * Every node keeps its offset in the text, and so does every problem: the
 * caller turns offsets into lines and columns.
 *
 * compose-yaml-document does the same with the `yaml` package's document
 * tree; a property test holds this one to its answers on generated YAML.
 * What it saves: 41% of a whole `factsheet check` of the Qatar brief, 45% at
 * 1,000 items, 57% at 10,000 (CPU, against compose-yaml-document in its place,
 * 12, 10 and 6 alternating runs).
 */
import {
  COLLECTION_STYLE,
  EVENT_ID,
  type Event,
  getScalarValue,
  type MappingEvent,
  parseEvents,
  SCALAR_STYLE,
  type ScalarEvent,
  type SequenceEvent,
  YAMLException,
} from "js-yaml";
import { findForbiddenCharacter } from "./decode-text.js";
import {
  allowedTag,
  type Branch,
  type Composed,
  defineOwn,
  EMPTY_VALUES,
  MAX_ALIAS_COUNT,
  MAX_ALIASED_VALUES,
  MAX_DEPTH,
  MESSAGES,
  notYaml,
  offsetOf,
  oneLine,
  type Problem,
  type Spot,
  shownTag,
  strayByteOrderMark,
  type YamlComposer,
} from "./yaml-composer.js";

/**
 * What the fast path leaves to the reference (which the caller then asks, as
 * for a text js-yaml refuses): a tab anywhere, and an explicit key (`? x`).
 * A fact base written by hand or by factsheet holds neither; the property test
 * found js-yaml and this composer reading both otherwise than the `yaml`
 * package (a tab-only line in a block scalar read; a complex key's empty value
 * placed elsewhere).
 */
const RARE = /\t|(?:^|[\s[{,])\?(?=[\s]|$)/m;

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
  /** In flow style (`[x]`, `{a: x}`, or a pair in brackets `[a: x]`). */
  readonly flow: boolean;
  /** Ends with a `]` or a `}` of its own (a pair in brackets has none). */
  readonly bracketed: boolean;
}

/** The fast path's YamlComposer: js-yaml reads the text (refusing nesting deeper than `maxDepth`), this composes it. */
export const composeYaml: YamlComposer = (text, maxDepth = MAX_DEPTH) => {
  const bom = strayByteOrderMark(text);
  if (bom >= 0) return notYaml(bom, MESSAGES.byteOrderMark);
  const rare = RARE.exec(text);
  if (rare) return notYaml(rare.index, MESSAGES.leftToReference);
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth });
  } catch (cause) {
    if (!(cause instanceof YAMLException)) throw cause;
    return notYaml(cause.mark?.position ?? 0, /maxDepth/.test(cause.reason) ? MESSAGES.tooDeep : oneLine(cause.reason));
  }
  return composeEvents(text, events, maxDepth);
};

const composeEvents = (text: string, events: readonly Event[], maxDepth: number): Composed => {
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
  /** How many collections in brackets ended since then: an empty value is placed after their brackets. */
  let closed = 0;

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
        error(at, MESSAGES.nonTextKey);
        frame.key = null;
      } else if (frame.pairs?.has(value)) {
        error(at, MESSAGES.duplicateKey);
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
    // `!` is no particular tag, whatever the %TAG directives say.
    const resolved = written === "!" ? "!" : resolveTag(written, tagHandles);
    // The failsafe schema's own tags (and `!`) change nothing; any other would change a value's meaning.
    if (allowedTag(resolved, kind)) return;
    error(event.tagStart, MESSAGES.unknownTag(shownTag(resolved, written)));
  };

  const anchorOf = (event: { anchorStart: number; anchorEnd: number }): string | undefined => {
    if (event.anchorStart < 0) return undefined;
    usesAliases = true;
    return text.slice(event.anchorStart, event.anchorEnd);
  };

  const scalar = (event: ScalarEvent): void => {
    const raw = getScalarValue(text, event);
    // An empty value with an anchor or a tag sits just after them.
    const propsEnd = Math.max(event.anchorEnd, event.tagEnd);
    const at =
      event.valueStart >= 0
        ? scalarStart(text, event)
        : propsEnd >= 0
          ? skipBlanks(text, propsEnd)
          : emptyValueStart(text, lastEnd, closed, atValue());
    // An empty value ends where it is placed: the next one is looked for after it, not again from
    // the last value with text (which made a run of empty values quadratic, and misplaced them).
    lastEnd = event.valueEnd >= 0 ? event.valueEnd + (isQuoted(event) ? 1 : 0) : at;
    closed = 0;
    checkTag(event, "str");
    const value = event.style === SCALAR_STYLE.PLAIN && EMPTY_VALUES.has(raw) && event.tagStart < 0 ? null : raw;
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
          error(next ? nodeStart(text, next) : text.length, MESSAGES.secondDocument);
        }
        break;
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        const isMap = event.type === EVENT_ID.MAPPING;
        checkTag(event, isMap ? "map" : "seq");
        // js-yaml reads `a: &a[x]`; YAML wants a space between an anchor or a tag and what it
        // stands on (yaml asks for it outside brackets only, and so do we).
        const propsEnd = Math.max(event.anchorEnd, event.tagEnd);
        const inFlow = stack.at(-1)?.flow === true;
        if (!inFlow && propsEnd >= 0 && (text[propsEnd] === "[" || text[propsEnd] === "{")) {
          error(propsEnd, MESSAGES.propsNeedSpace);
        }
        const flow = event.style === COLLECTION_STYLE.FLOW;
        const bracketed = flow && text[event.start] === (isMap ? "{" : "[");
        if (isMap && event.style === COLLECTION_STYLE.BLOCK) {
          // js-yaml reads `id: &a x: 1` as a mapping; YAML does not (nor `id: x: 1`, which js-yaml refuses).
          const parentKey = stack.at(-1)?.key;
          const first = events[index + 1];
          const firstAt = first ? nodeStart(text, first) : -1;
          if (parentKey && firstAt >= 0 && text.lastIndexOf("\n", firstAt - 1) < parentKey.at) {
            error(firstAt, MESSAGES.compactMapping);
          }
        }
        stack.push({
          data: isMap ? {} : [],
          pairs: isMap ? new Map() : undefined,
          items: isMap ? undefined : [],
          at: collectionStart(text, event, events[index + 1]),
          anchor: anchorOf(event),
          key: undefined,
          flow,
          bracketed,
        });
        sizes.push(0);
        depths.push(0);
        // An empty value after `[]` is looked for inside the brackets, then past them.
        lastEnd = bracketed ? event.start + 1 : event.start;
        closed = 0;
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
        closed = 0;
        const target = anchors.get(name);
        aliases += 1;
        if (!target) {
          error(at, MESSAGES.unknownAlias(name));
          place(null, at, 1, 0);
          break;
        }
        aliased += target.size;
        // An alias puts its value's whole depth where it stands: the nesting limit holds through it.
        if (stack.length + target.depth > maxDepth) {
          error(at, MESSAGES.aliasTooDeep(maxDepth));
          return { value: undefined, root: root?.spot, problems, strings, usesAliases, documents };
        }
        if (aliases > MAX_ALIAS_COUNT || aliased > MAX_ALIASED_VALUES) {
          error(at, MESSAGES.tooManyAliases(aliases));
          return { value: undefined, root: root?.spot, problems, strings, usesAliases, documents };
        }
        place(target.value, at, target.size, target.depth);
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame) break; // the end of a document
        if (frame.bracketed) closed += 1;
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
      // The header is on the line before the content (`key: |-  # comment`), or on the content's
      // own line when the text ends before any content (`key: >`).
      const atLineStart = text[event.valueStart - 1] === "\n";
      const lineEnd = atLineStart ? event.valueStart - 1 : event.valueStart;
      const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
      // A comment follows a blank: the `>` of a key `c>#x: >` is no header.
      const header = /[|>][-+0-9]*(?:[ \t]+#.*|[ \t]*)$/.exec(text.slice(lineStart, Math.max(lineStart, lineEnd)));
      return header ? lineStart + header.index : event.valueStart;
    }
    default:
      return event.valueStart;
  }
};

const skipBlanks = (text: string, from: number): number => {
  let i = from;
  while (text[i] === " " || text[i] === "\t") i += 1;
  return i;
};

/**
 * Where an empty node sits: just after the `:`, `-` or `?` that introduces
 * it (or the `,` before an empty key), past the blanks, comments and line
 * breaks since `from`, and past the brackets of the `closed` collections in
 * brackets that ended there (`- [x]` before an empty item). A value with
 * none of these before it (`{a}`, `{a, b}`) sits where its entry ends.
 */
const emptyValueStart = (text: string, from: number, closed: number, isValue: boolean): number => {
  let i = from;
  let brackets = closed;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "\t" || c === "\n") i += 1;
    else if ((c === "]" || c === "}") && brackets > 0) {
      brackets -= 1;
      i += 1;
    } else if (c === "#") i = text.indexOf("\n", i) < 0 ? text.length : text.indexOf("\n", i);
    else break;
  }
  const c = text[i] ?? "";
  if (c === ":" || c === "-" || c === "?" || (c === "," && !isValue)) return skipBlanks(text, i + 1);
  return i;
};

/**
 * Where a collection's own text starts: js-yaml starts a mapping at its first
 * key's anchor or tag (`&a x: 1`); its place is the key itself, as for any mapping.
 */
const collectionStart = (text: string, event: SequenceEvent | MappingEvent, first: Event | undefined): number => {
  if (event.type !== EVENT_ID.MAPPING || first === undefined) return event.start;
  if (first.type !== EVENT_ID.SCALAR && first.type !== EVENT_ID.SEQUENCE && first.type !== EVENT_ID.MAPPING) {
    return event.start;
  }
  const propsStart = Math.min(
    first.anchorStart >= 0 ? first.anchorStart - 1 : Number.POSITIVE_INFINITY,
    first.tagStart >= 0 ? first.tagStart : Number.POSITIVE_INFINITY,
  );
  if (propsStart !== event.start) return event.start;
  // The first key's place: its text, or just after its anchor or tag when it has none.
  const firstAt = nodeStart(text, first);
  return firstAt >= 0 ? firstAt : skipBlanks(text, Math.max(first.anchorEnd, first.tagEnd));
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
