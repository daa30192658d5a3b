import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/factbase/decode-text.js";
import { parseYaml, YamlParseCache } from "../../src/factbase/parse-yaml.js";
import { FactBase } from "../../src/factbase/schema.js";
import { validateSchema } from "../../src/factbase/validate-schema.js";

describe("parseYaml", () => {
  it("keeps scalars as text, so ids and versions keep their exact form", async () => {
    const parsed = await parseYaml("t.yaml", "id: 000\nversion: 3.10\nanswer: NO\nzip: 02134\n");
    expect(parsed.value).toEqual({ id: "000", version: "3.10", answer: "NO", zip: "02134" });
    expect(parsed.diagnostics).toEqual([]);
  });

  it("points at values and keys by path", async () => {
    const parsed = await parseYaml("t.yaml", "actors:\n  - id: a\n    name: Ann\n");
    expect(parsed.locate(["actors", 0, "name"])).toEqual({ file: "t.yaml", line: 3, column: 11 });
    expect(parsed.locateKey(["actors", 0, "name"])).toEqual({ file: "t.yaml", line: 3, column: 5 });
    // A missing path points at its nearest existing ancestor.
    expect(parsed.locate(["actors", 0, "kind"])).toEqual({ file: "t.yaml", line: 2, column: 5 });
  });

  it("places quoted, block and empty values where an editor would look", async () => {
    const parsed = await parseYaml("t.yaml", 'a: "quoted"\nb: |-  # note\n  block\nc:   # empty\nd:\n  - x\n  -\n');
    expect(parsed.value).toEqual({ a: "quoted", b: "block", d: ["x", null] });
    const at = (path: (string | number)[]) => {
      const { line, column } = parsed.locate(path);
      return `${line}:${column}`;
    };
    expect([at(["a"]), at(["b"]), at(["c"]), at(["d", 1])]).toEqual(["1:4", "2:4", "4:6", "7:4"]);
  });

  it("allows the failsafe schema's own tags and refuses every other", async () => {
    expect((await parseYaml("t.yaml", "a: !!str 12\nb: !!seq [x]\nc: ! text\n")).value).toEqual({
      a: "12",
      b: ["x"],
      c: "text",
    });
    const messages = async (text: string) => (await parseYaml("t.yaml", text)).diagnostics.map((d) => d.message);
    expect(await messages("a: !!int 12\n")).toEqual(["unknown tag !!int: tags are not allowed in a fact base"]);
    expect(await messages("a: !local x\n")).toEqual(["unknown tag !local: tags are not allowed in a fact base"]);
    // A %TAG directive can make `!!str` mean something else.
    expect(await messages("%TAG !! tag:example.com,2000:\n---\na: !!str x\n")).toEqual([
      "unknown tag !!str: tags are not allowed in a fact base",
    ]);
  });

  it("refuses keys that are not text, and a second document", async () => {
    const keys = await parseYaml("t.yaml", "? [a, b]\n: x\n");
    expect(keys.value).toBeUndefined();
    expect(keys.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      "1:3 a key must be plain text, not a list, a mapping or an empty value",
    ]);
    const two = await parseYaml("t.yaml", "a: 1\n---\nb: 2\n");
    expect(two.value).toBeUndefined();
    expect(two.diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(["3:1"]);
    expect(two.diagnostics[0]?.message).toMatch(/^a fact base is one YAML document/);
  });

  it("words the first syntax error as yaml does, at its place, and counts those after it in its hint", async () => {
    const parsed = await parseYaml("t.yaml", "a: [1, 2\nb: {c: 1\n");
    expect(parsed.value).toBeUndefined();
    // One mistake sets off a cascade: one message, not one per error yaml finds after it.
    expect(parsed.diagnostics).toHaveLength(1);
    const [d] = parsed.diagnostics;
    expect(d?.rule).toBe("yaml-syntax");
    expect(d?.line).toBeGreaterThan(0);
    expect(d?.message).toMatch(/flow sequence .* end with a \]/);
    expect(d?.hint).toMatch(/^\d+ more syntax errors? after this one, likely caused by it: fix this one first$/);
  });

  it("refuses an alias bomb quickly, with a clear error", async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(
        `${name}: &${name} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`,
      );
    }
    const started = Date.now();
    const parsed = await parseYaml("bomb.yaml", `${lines.join("\n")}\n`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics[0]?.message).toMatch(/too many aliases/);
  });

  it("keeps every YAML error on one line, even when yaml quotes text across a line break", async () => {
    // Found by the property test: yaml's message quoted "\\U\ntitle: ".
    const parsed = await parseYaml("p.yaml", 'title: "\\U\ntitle: [');
    const messages = parsed.diagnostics.map((d) => d.message);
    expect(messages).toContain("invalid escape sequence \\U");
    for (const message of messages) expect(message).not.toContain("\n");
  });

  it("keeps __proto__ keys as plain data and leaves Object.prototype alone", async () => {
    const parsed = await parseYaml("p.yaml", "__proto__:\n  polluted: yes\n");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const checked = validateSchema(FactBase, parsed);
    expect(checked.diagnostics.map((d) => d.message)).toContain("unknown field `__proto__`");
  });
});

describe("parseYaml on hostile input", () => {
  it("places a run of empty values each at its own dash, in linear time", async () => {
    const parsed = await parseYaml("t.yaml", `a:\n  - x\n${"#\n".repeat(3)}${"  -\n".repeat(3)}`);
    expect([1, 2, 3].map((i) => parsed.locate(["a", i]).line)).toEqual([6, 7, 8]);
    // Found in review: each empty value searched again from the last value with text (82 s for 469 KB).
    const started = Date.now();
    await parseYaml("t.yaml", `a:\n  - x\n${"#\n".repeat(20_000)}${"  -\n".repeat(100_000)}`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("places an empty item after a flow list at its own dash", async () => {
    const parsed = await parseYaml("t.yaml", "a:\n  - [x]\n  -\n");
    expect(parsed.locate(["a", 1])).toEqual({ file: "t.yaml", line: 3, column: 4 });
  });

  it("keeps the nesting limit through aliases", async () => {
    const deep = (n: number) => `${"[".repeat(n)}x${"]".repeat(n)}`;
    const lines = [`a: &a0 ${deep(90)}`];
    for (let i = 1; i <= 3; i += 1)
      lines.push(
        `a${i}: &a${i} [${Array(5)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    lines.push(`b: ${deep(60)}`.replace("x", "*a3"));
    const parsed = await parseYaml("t.yaml", `${lines.join("\n")}\n`);
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.map((d) => d.message)).toContain(
      "this alias nests the document more than 100 levels deep",
    );
  });
});

describe("parseYaml: what the fast path read unlike yaml (found by the property test)", () => {
  const at = (
    parsed: { locate(path: (string | number)[]): { line: number; column: number } },
    path: (string | number)[],
  ) => {
    const { line, column } = parsed.locate(path);
    return `${line}:${column}`;
  };
  const errors = async (text: string) =>
    (await parseYaml("t.yaml", text)).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);

  it("places an empty value with an anchor just after the anchor", async () => {
    expect(at(await parseYaml("t.yaml", "a: &c  # c\nb: 1\n"), ["a"])).toBe("1:8");
  });

  it("places an empty value with no colon where its entry ends, and one after `{}` at its own dash", async () => {
    expect(at(await parseYaml("t.yaml", "{a, b: c}\n"), ["a"])).toBe("1:3");
    expect(at(await parseYaml("t.yaml", "- &b {}\n-\n"), [1])).toBe("2:2");
  });

  it("places a mapping whose first key has an anchor or a tag at that key", async () => {
    expect(at(await parseYaml("t.yaml", "&a x: 1\nb: *a\n"), [])).toBe("1:4");
    expect(at(await parseYaml("t.yaml", "!!str : >\n  x\n"), [])).toBe("1:7");
  });

  it("finds a block scalar's header after the key, and with no content after it", async () => {
    expect(at(await parseYaml("t.yaml", "c>#x: >\n  text\n"), ["c>#x"])).toBe("1:7");
    expect(at(await parseYaml("t.yaml", "a: >"), ["a"])).toBe("1:4");
  });

  it("refuses a mapping on its key's line, and an anchor glued to a bracket, as YAML does", async () => {
    expect(await errors("id: &a x: 1\n")).toEqual([
      "1:8 a mapping cannot start on the line of the key it is the value of: start it on a new line",
    ]);
    expect(await errors("a: &a[x]\n")).toEqual(["1:6 an anchor or a tag must be followed by a space"]);
    expect((await parseYaml("t.yaml", "a: [&b{}]\n")).value).toEqual({ a: [{}] });
  });

  it("reads what js-yaml refuses and YAML allows (a tab before a list in brackets), and `!` on a list", async () => {
    const parsed = await parseYaml("t.yaml", "a:\t[x]\nb: ! [y]\n");
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual({ a: ["x"], b: ["y"] });
  });

  it("refuses control characters and a byte order mark inside the text, in words of its own", async () => {
    expect(await errors('a: "x\u0007"\n')).toEqual(["1:6 control character U+0007: YAML allows none; remove it"]);
    expect(await errors("a: 1\n\uFEFFb: 2\n")).toEqual([
      "2:1 byte order mark (U+FEFF) inside the text: an invisible character; remove it",
    ]);
  });
});

describe("parseYaml with a cache", () => {
  it("reads empty keys named like Object.prototype's members, and deep items, as when reading whole", async () => {
    const cache = new YamlParseCache();
    for (const text of [
      "title: T\nconstructor:\n__proto__:\ntoString:\nhasOwnProperty: ~\n",
      `a:\n  - ${"[".repeat(98)}x${"]".repeat(98)}\n`,
      `a:\n  - ${"[".repeat(97)}x${"]".repeat(97)}\n`,
    ]) {
      const whole = await parseYaml("t.yaml", text);
      const pieces = await parseYaml("t.yaml", text, cache);
      expect(pieces.value).toEqual(whole.value);
      expect(pieces.diagnostics).toEqual(whole.diagnostics);
    }
    expect((await parseYaml("t.yaml", "title: T\nconstructor:\n", cache)).value).toEqual({ title: "T" });
  });

  it("parses again only the pieces that changed, and keeps the pieces it hands out unchanged", async () => {
    const cache = new YamlParseCache();
    const text = "title: T\nactors:\n  - id: a\n    name: Ann\n  - id: b\n    name: Bo\n";
    const first = await parseYaml("t.yaml", text, cache);
    const edited = await parseYaml("t.yaml", text.replace("Bo", "Bob"), cache);
    const actors = (v: unknown) => (v as { actors: unknown[] }).actors;
    expect(edited.value).toEqual({
      title: "T",
      actors: [
        { id: "a", name: "Ann" },
        { id: "b", name: "Bob" },
      ],
    });
    // The unchanged item is the very object read before; the changed one is new.
    expect(actors(edited.value)[0]).toBe(actors(first.value)[0]);
    expect(actors(edited.value)[1]).not.toBe(actors(first.value)[1]);
    expect(Object.isFrozen(actors(edited.value)[0])).toBe(true);
    expect(edited.locate(["actors", 1, "name"])).toEqual({ file: "t.yaml", line: 6, column: 11 });
  });

  it("reads a text whole when a piece does not read on its own (an alias to another piece)", async () => {
    const text = "a: &x one\nb: *x\n";
    expect((await parseYaml("t.yaml", text, new YamlParseCache())).value).toEqual({ a: "one", b: "one" });
  });
});

describe("decodeText", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it("drops a BOM and turns CRLF into LF", () => {
    expect(decodeText("f", bytes("\uFEFFa\r\nb\r\n"))).toEqual({ ok: true, text: "a\nb\n" });
  });

  it("refuses invalid UTF-8 at its line and column", () => {
    const data = new Uint8Array([...bytes("ok\nab"), 0xff, ...bytes("c\n")]);
    const decoded = decodeText("f.yaml", data);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect([decoded.diagnostic.line, decoded.diagnostic.column]).toEqual([2, 3]);
      expect(decoded.diagnostic.rule).toBe("encoding");
    }
  });

  it("refuses NUL and bidirectional override characters", () => {
    const nul = decodeText("f", bytes("a\nb\u0000"));
    const bidi = decodeText("f", bytes("name: \u202Eevil"));
    expect(nul.ok).toBe(false);
    expect(bidi.ok).toBe(false);
    if (!bidi.ok) expect(bidi.diagnostic.message).toMatch(/U\+202E/);
    if (!nul.ok) expect([nul.diagnostic.line, nul.diagnostic.column]).toEqual([2, 2]);
  });
});
