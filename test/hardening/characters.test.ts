/**
 * Characters that would print differently from what was checked, and bytes that are not text:
 * refused at their place. Every input here is invented.
 */
import { describe, expect, it } from "vitest";
import { decodeText, findForbiddenCharacter } from "../../src/factbase/decode-text.js";

const BIDI_CONTROLS = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];

describe("bidirectional controls", () => {
  it("refuses every one of Unicode's Bidi_Control characters, where it stands", () => {
    for (const code of BIDI_CONTROLS) {
      const text = `March 4 - 11${String.fromCodePoint(code)}, fees`;
      const found = findForbiddenCharacter(text);
      expect(found?.index, `U+${code.toString(16)}`).toBe(12);
      expect(found?.message).toMatch(/^bidirectional control character U\+[0-9A-F]{4}: it reorders printed text/);
    }
  });

  it("matches the Unicode property exactly: nothing else is refused as a bidi control", () => {
    const property = /\p{Bidi_Control}/u;
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates: refused, but not as bidi controls
      const text = String.fromCharCode(code);
      const message = findForbiddenCharacter(text)?.message ?? "";
      expect(message.startsWith("bidirectional"), `U+${code.toString(16)}`).toBe(property.test(text));
    }
  });

  it("refuses the issue's reordered title in a file", () => {
    const decoded = decodeText("b.yaml", new TextEncoder().encode("title: March \u200F4 - 11\u200F, fees\n"));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.diagnostic).toMatchObject({ line: 1, column: 14, rule: "encoding" });
  });
});

describe("invalid UTF-8", () => {
  it("points at the lead byte of a sequence cut short, not at the byte after it", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("title: caf"), 0xe9, 0x20, 0x78]);
    const decoded = decodeText("b.yaml", bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.diagnostic.message).toMatch(/^invalid UTF-8 \(byte 0xe9 at offset 10\)/);
      expect(decoded.diagnostic).toMatchObject({ line: 1, column: 11 });
    }
  });

  it("points at the lead byte of a four-byte sequence missing its last byte", () => {
    const bytes = new Uint8Array([0x61, 0xf0, 0x9f, 0x98, 0x61]);
    const decoded = decodeText("b.yaml", bytes);
    if (!decoded.ok) expect(decoded.diagnostic.message).toMatch(/byte 0xf0 at offset 1\)/);
    expect(decoded.ok).toBe(false);
  });

  it("points at a stray continuation byte itself", () => {
    const bytes = new Uint8Array([0x61, 0x62, 0x80, 0x63]);
    const decoded = decodeText("b.yaml", bytes);
    if (!decoded.ok) expect(decoded.diagnostic.message).toMatch(/byte 0x80 at offset 2\)/);
    expect(decoded.ok).toBe(false);
  });
});

describe("control characters", () => {
  it("are refused in what prints, raw in the file or written as an escape, at their place", async () => {
    const { checkBrief } = await import("../../src/commands/check-brief.js");
    const { cp, writeFile } = await import("node:fs/promises");
    const path = await import("node:path");
    const { FIXTURES, tempDirForTest } = await import("../helpers.js");
    const dir = await tempDirForTest("controls");
    await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
    const head = "as_of: 2024-03-08\nsummary: S\nsources: harbour/sources/sources.yaml\n";
    for (const [title, code] of [
      ["T\bx", "U+0008"],
      ['"T\\x7fx"', "U+007F"],
      ['"T\\vx"', "U+000B"],
      ['"T\\x01x"', "U+0001"],
      ['"T\\x85x"', "U+0085"],
    ] as const) {
      await writeFile(path.join(dir, "b.yaml"), `title: ${title}\n${head}`);
      const checked = await checkBrief(path.join(dir, "b.yaml"), dir);
      const errors = checked.diagnostics.filter((d) => d.severity === "error");
      expect(
        errors.map((d) => [d.line, d.message]),
        title,
      ).toEqual([[1, `control character ${code}: it would print as a box or not at all; remove it`]]);
    }
  });

  it("are allowed in a source text, which prints only through the words items cite", () => {
    const decoded = decodeText("a.txt", new TextEncoder().encode("Page one\fPage two\n"), { allowControls: true });
    expect(decoded.ok).toBe(true);
    expect(decodeText("b.yaml", new TextEncoder().encode("title: a\fb\n")).ok).toBe(false);
  });
});

describe("the plain-text shortcut", () => {
  it("finds what the Unicode classes find, on any text", async () => {
    const fc = (await import("fast-check")).default;
    // The refused characters, as Unicode names their classes (the code under test lists ranges); the
    // last two code points of the supplementary private-use planes are noncharacters, refused too.
    const refused =
      /(?![\t\n\r])[\p{Cc}\p{Co}\p{Cs}\p{Bidi_Control}\u2028\u2029\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 40 }),
          fc.string({ maxLength: 40 }),
          fc.string({
            unit: fc.constantFrom("a", " ", "\t", "\n", "\r", "~", "\u0085", "\u200F", "\u2028"),
            maxLength: 20,
          }),
        ),
        (text) => {
          expect(findForbiddenCharacter(text) !== undefined).toBe(refused.test(text));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
