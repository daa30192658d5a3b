/**
 * Generated YAML documents (fast-check), invented for the tests: mappings and
 * lists, nested, in block and flow style; plain, quoted and block scalars
 * with hostile characters; comments; multi-line scalars; keys drawn from a
 * few so that duplicates come often; anchors and aliases, some to anchors
 * that do not exist. Some texts are then damaged (a fragment inserted, a
 * stretch cut) so that broken YAML comes too.
 */
import fc from "fast-check";

type Style = "plain" | "single" | "double" | "double-escapes" | "multi-line" | "literal" | "folded";

type Node = { readonly anchor?: string | undefined; readonly comment?: string | undefined } & (
  | { readonly kind: "scalar"; readonly text: string; readonly style: Style }
  | { readonly kind: "alias"; readonly name: string }
  | { readonly kind: "map"; readonly flow: boolean; readonly pairs: readonly (readonly [Node, Node])[] }
  | { readonly kind: "seq"; readonly flow: boolean; readonly items: readonly Node[] }
);

const CHARACTERS = [
  ..."abcxyz ABC019",
  ..." :#-?[]{},&*!|>'\"%@`\\.~=",
  "\t",
  "é",
  "ß",
  "😀",
  "\u00a0",
  "\u0085",
  "\u2028",
  "\u202e",
  "\ufeff",
  "\u0000",
  "\u0007",
];
const WORDS = ["", "null", "Null", "~", "true", "no", "0o12", "1e3", "000", "__proto__", "constructor"];
const WORDS_TOO = ["- a", "a: b", "a:b", "#x", " x", "x ", "*x", "&x", "!x", "---", "...", "? x", "[x]", "'x'", '"'];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS, ...WORDS_TOO) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z][a-z ]{0,10}$/) },
);
const KEYS = [
  "a",
  "b",
  "id",
  "__proto__",
  "constructor",
  "toString",
  "x y",
  "null",
  "~",
  "",
  "-",
  "a:b",
  "#",
  "é",
  "1",
];
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: text });
const NAMES = ["a", "b", "c"];
const anchor = fc.option(fc.constantFrom(...NAMES), { freq: 6, nil: undefined });
const comment = fc.option(
  fc.string({ unit: fc.constantFrom(..."abc #:-'\"[]"), maxLength: 8 }).map((c) => `#${c}`),
  { freq: 5, nil: undefined },
);
const style = fc.constantFrom<Style>(
  "plain",
  "plain",
  "single",
  "double",
  "double-escapes",
  "multi-line",
  "literal",
  "folded",
);

const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ kind: fc.constant("scalar" as const), text, style, anchor, comment }),
    fc.record({ kind: fc.constant("alias" as const), name: fc.constantFrom(...NAMES, "nope"), comment }),
    fc.record({
      kind: fc.constant("map" as const),
      flow: fc.boolean(),
      pairs: fc.array(
        fc.tuple(
          key.map((k): Node => ({ kind: "scalar", text: k, style: "plain" })),
          tie("node") as fc.Arbitrary<Node>,
        ),
        { maxLength: 4 },
      ),
      anchor,
      comment,
    }),
    fc.record({
      kind: fc.constant("seq" as const),
      flow: fc.boolean(),
      items: fc.array(tie("node") as fc.Arbitrary<Node>, { maxLength: 4 }),
      anchor,
      comment,
    }),
  ),
})).node;

const ESCAPES = [
  "\\n",
  "\\t",
  "\\x41",
  "\\u00e9",
  "\\U0001F600",
  "\\0",
  "\\e",
  "\\N",
  "\\_",
  "\\L",
  "\\/",
  "\\ ",
  "\\q",
];

/** A scalar as flow text (any context); block styles fall back to double quotes. */
const flowScalar = (value: string, how: Style, random: () => number): string => {
  switch (how) {
    case "plain":
      return value;
    case "single":
      return `'${value.replaceAll("'", "''")}'`;
    case "double-escapes": {
      const at = Math.floor(random() * (value.length + 1));
      const sequence = ESCAPES[Math.floor(random() * ESCAPES.length)] ?? "";
      const quoted = JSON.stringify(value).slice(1, -1);
      return `"${quoted.slice(0, at)}${sequence}${quoted.slice(at)}"`;
    }
    default:
      return JSON.stringify(value);
  }
};

const props = (n: Node): string => (n.anchor !== undefined ? `&${n.anchor} ` : "");

const flow = (n: Node, random: () => number): string => {
  switch (n.kind) {
    case "alias":
      return `*${n.name}`;
    case "scalar":
      return props(n) + flowScalar(n.text, n.style, random);
    case "map":
      return `${props(n)}{${n.pairs.map(([k, v]) => `${flow(k, random)}: ${flow(v, random)}`).join(", ")}}`;
    case "seq":
      return `${props(n)}[${n.items.map((item) => flow(item, random)).join(", ")}]`;
  }
};

const isBlockCollection = (n: Node): boolean =>
  (n.kind === "map" || n.kind === "seq") && !n.flow && (n.kind === "map" ? n.pairs.length : n.items.length) > 0;

/** A node in block context: the text that follows `key:` or `-` (its own line breaks included). */
const block = (n: Node, indent: number, random: () => number): string => {
  const pad = " ".repeat(indent);
  const after = n.comment !== undefined ? ` ${n.comment}` : "";
  if (n.kind === "scalar" && (n.style === "literal" || n.style === "folded" || n.style === "multi-line")) {
    const lines = n.text.split(/(?<=[ .])/).map((line) => line.replace(/^[ \t]+/, ""));
    if (n.style === "multi-line") {
      const quoted = random() < 0.5;
      const body = lines.map((line, i) => (i === 0 ? line : `\n${pad}${line}`)).join("");
      return ` ${props(n)}${quoted ? `"${body.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"` : body}${after}`;
    }
    const chomp = ["", "-", "+"][Math.floor(random() * 3)] ?? "";
    const header = `${n.style === "literal" ? "|" : ">"}${chomp}`;
    return ` ${props(n)}${header}${after}\n${lines.map((line) => (line === "" ? "" : `${pad}${line}`)).join("\n")}`;
  }
  if (!isBlockCollection(n)) return ` ${flow(n, random)}${after}`;
  const head = `${n.anchor !== undefined ? ` &${n.anchor}` : ""}${after}`;
  if (n.kind === "map") {
    const lines = n.pairs.map(([k, v]) => `${pad}${flow(k, random)}:${block(v, indent + 2, random)}`);
    return `${head}\n${lines.join("\n")}`;
  }
  if (n.kind === "seq") {
    const lines = n.items.map((item) => {
      // A mapping item is usually written on the dash's line (`- id: a`).
      if (item.kind === "map" && isBlockCollection(item) && item.anchor === undefined && item.comment === undefined) {
        const inner = block(item, indent + 2, random).slice(1 + indent + 2);
        return `${pad}- ${inner}`;
      }
      return `${pad}-${block(item, indent + 2, random)}`;
    });
    return `${head}\n${lines.join("\n")}`;
  }
  return ` ${flow(n, random)}${after}`;
};

const render = (root: Node, seed: number): string => {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state / 2 ** 32;
  };
  if (isBlockCollection(root)) return `${block(root, 0, random).replace(/^[^\n]*\n/, "")}\n`;
  return `${flow(root, random)}\n`;
};

const FRAGMENTS = [
  ":",
  ": ",
  " ",
  "\n",
  "\t",
  "- ",
  "#",
  " #",
  "[",
  "]",
  "{",
  "}",
  ",",
  "&a ",
  "*a",
  "!!str ",
  "!x ",
  "! ",
  "---\n",
  "...\n",
  "? ",
  "|",
  ">",
  "'",
  '"',
  "\\",
  "%TAG ! tag:x,2000:\n",
  "\u202e",
  "  ",
];

/** Damages a text: a fragment inserted, a stretch cut, or a line repeated. */
const damage = (value: string, how: number, at: number, length: number, fragment: string): string => {
  const i = at % (value.length + 1);
  if (how === 0) return value.slice(0, i) + fragment + value.slice(i);
  if (how === 1) return value.slice(0, i) + value.slice(i + length);
  const lines = value.split("\n");
  const l = at % lines.length;
  return [...lines.slice(0, l + 1), ...lines.slice(l)].join("\n");
};

/** A generated YAML document: a rendered tree, top-level mappings most often, sometimes damaged. */
export const yamlDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant("map" as const),
          flow: fc.constant(false),
          pairs: fc.array(
            fc.tuple(
              key.map((k): Node => ({ kind: "scalar", text: k, style: "plain" })),
              node,
            ),
            { minLength: 1, maxLength: 5 },
          ),
        }),
      },
      { weight: 1, arbitrary: node },
    ),
    fc.nat(),
    fc.array(fc.tuple(fc.nat({ max: 2 }), fc.nat(), fc.nat({ max: 4 }), fc.constantFrom(...FRAGMENTS)), {
      maxLength: 2,
    }),
    fc.boolean(),
  )
  .map(([root, seed, damages, damaged]) => {
    let value = render(root, seed);
    if (damaged) for (const [how, at, length, fragment] of damages) value = damage(value, how, at, length, fragment);
    return value;
  });
