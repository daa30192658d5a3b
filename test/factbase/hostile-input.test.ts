/**
 * Inputs that once slipped past the loader or the checks (found in review):
 * each now gives a diagnostic at its place. All briefs here are invented.
 */

import { execFileSync } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBrief } from "../../src/commands/check-brief.js";
import { formatDiagnostic } from "../../src/diagnostics/index.js";
import { decodeText } from "../../src/factbase/decode-text.js";
import { MAX_FILE_BYTES, readBounded } from "../../src/factbase/load-fact-base.js";
import { FIXTURES, runCli, useTempDir } from "../helpers.js";

const dir = useTempDir("hostile");
beforeAll(async () => {
  await cp(path.join(FIXTURES, "harbour"), path.join(dir(), "harbour"), { recursive: true });
});
const HEAD = "title: T\nas_of: 2024-03-08\nsummary: S\nsources: harbour/sources/sources.yaml\n";

/** Writes a brief next to the harbour fixture and returns its messages. */
const check = async (body: string, name = "b.yaml"): Promise<string[]> => {
  await writeFile(path.join(dir(), name), HEAD + body);
  const checked = await checkBrief(path.join(dir(), name), dir());
  return checked.diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(d));
};

const figure = (observation: string) =>
  `figures:\n  - id: w\n    label: Workers\n    counts: Dock workers\n    unit: workers\n    observations:\n${observation}`;

describe("figures", () => {
  it("must take their number from their own wording, not from elsewhere in the source", async () => {
    const errors = await check(
      figure(
        "      - value: 8\n        qualifier: nearly\n        wording: nearly 1,500 workers\n        as_of: 2024-03-08\n        cite: [b]\n",
      ),
    );
    expect(errors).toEqual([
      'b.yaml:11:16: error: 8 is not written in its wording "nearly 1,500 workers" [figure-number]\n  the text says: 1,500',
    ]);
  });

  it("must keep the source's qualifier", async () => {
    const errors = await check(
      figure(
        "      - value: 1500\n        qualifier: more_than\n        wording: nearly 1,500 workers\n        as_of: 2024-03-08\n        cite: [b]\n",
      ),
    );
    expect(errors).toEqual([
      "b.yaml:12:20: error: the qualifier is more_than but the wording says nearly [figure-qualifier]\n  set `qualifier: nearly` to keep the source's words",
    ]);
  });

  it("refuse numbers too large to be written in a source", async () => {
    const errors = await check(
      figure(`      - value: 1${"0".repeat(400)}\n        as_of: 2024-03-08\n        cite: [b]\n`),
    );
    expect(errors[0]).toMatch(
      /^b\.yaml:11:16: error: `value`: expected a plain number like 7000 or 2\.3 \(at most 15 digits\)/,
    );
  });
});

describe("quotes", () => {
  const quote = (text: string) =>
    `actors:\n  - id: reyes\n    name: Tomas Reyes\n    kind: person\n    cite: [b]\nquotes:\n  - id: q\n    speaker: reyes\n    text: ${text}\n    date: 2024-03-07\n    cite: [b]\n`;

  it("must have words, not only an elision", async () => {
    expect(await check(quote('"..."'))).toEqual([
      "b.yaml:13:11: error: quote has no words, only an elision [quote-verbatim]",
    ]);
  });
});

describe("YAML values", () => {
  it("may not hide bidirectional controls, NUL or private-use characters in escapes", async () => {
    expect(await check('desk: "a \\u202E b"\n')).toEqual([
      "b.yaml:5:7: error: bidirectional control character U+202E: it reorders printed text; remove it [encoding]",
    ]);
    expect(await check('desk: "a \\0 b"\n')).toEqual([
      "b.yaml:5:7: error: NUL character in text: the file is binary or damaged [encoding]",
    ]);
    expect(await check('desk: "\\uE000"\n')).toEqual([
      "b.yaml:5:7: error: private-use character U+E000: no font prints it; remove it [encoding]",
    ]);
  });

  it("refuse YAML 1.1 tags and name unknown aliases", async () => {
    expect(await check("desk: !!binary aGVsbG8=\n")).toEqual([
      "b.yaml:5:7: error: unknown tag !!binary: tags are not allowed in a fact base [yaml-syntax]",
    ]);
    expect(await check("desk: *nope\n")).toEqual([
      "b.yaml:5:7: error: unknown alias *nope: no anchor &nope before it [yaml-syntax]",
    ]);
  });

  it("read ~, null and an empty value as no value", async () => {
    expect(await check("desk: ~\nedition: null\nquotes:\n")).toEqual([]);
    const checked = await checkBrief(path.join(dir(), "b.yaml"), dir());
    expect(checked.factBase?.desk).toBeUndefined();
  });

  it("say that a brief must be a mapping", async () => {
    await writeFile(path.join(dir(), "list.yaml"), "- a\n- b\n");
    const checked = await checkBrief(path.join(dir(), "list.yaml"), dir());
    expect(checked.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      "list.yaml:1:1: error: document should be a mapping (key: value), not a list [schema]",
    ]);
  });
});

describe("files", () => {
  it("reads no pipe, device or file outside the project", async () => {
    execFileSync("mkfifo", [path.join(dir(), "fifo")]);
    const fifo = await checkBrief(path.join(dir(), "f.yaml"), dir()).catch(() => undefined);
    expect(fifo).toBeUndefined(); // f.yaml does not exist yet: a CliError, not a hang
    await writeFile(path.join(dir(), "f.yaml"), "title: T\nas_of: 2024-03-08\nsummary: S\nsources: fifo\n");
    const checked = await checkBrief(path.join(dir(), "f.yaml"), dir());
    expect(checked.diagnostics.map((d) => d.message)).toEqual([
      "cannot read the source catalogue fifo: not a regular file",
    ]);
    await writeFile(path.join(dir(), "g.yaml"), "title: T\nas_of: 2024-03-08\nsummary: S\nsources: /etc/passwd\n");
    const outside = await checkBrief(path.join(dir(), "g.yaml"), dir());
    expect(outside.diagnostics.map((d) => d.message)).toEqual([
      "the source catalogue must be given by a relative path inside the project (such as sources/sources.yaml)",
    ]);
  });

  it("reads a file that grew after it was looked at, up to the size limit and no further", async () => {
    const file = path.join(dir(), "growing.txt");
    await writeFile(file, "0123456789".repeat(1000));
    // Told it was 3 bytes (as stat said before the file grew): the buffer grows to hold it all.
    expect((await readBounded(file, 3)).toString()).toBe("0123456789".repeat(1000));
    await writeFile(file, Buffer.alloc(MAX_FILE_BYTES + 10, 0x61));
    await expect(readBounded(file, 3)).rejects.toMatchObject({ code: "EFBIG" });
  });

  it("reports the first invalid UTF-8 byte where it is", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("xxxé\n€€€€€€€ "), 0xff]);
    const decoded = decodeText("f", bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.diagnostic.message).toMatch(/^invalid UTF-8 \(byte 0xff at offset 28\)/);
  });
});

describe("the matrix", () => {
  it("names only known actors and questions, each once", async () => {
    const errors = await check(
      "questions:\n  - id: fees\n    label: Fees\nactors:\n  - id: union\n    name: Union\n    kind: organisation\n    cite: [b]\nmatrix:\n  parties: [unoin, union, union]\n  questions: [fess]\n",
    );
    expect(errors).toEqual([
      "b.yaml:14:13: error: unknown actor `unoin` [unknown-actor]\n  did you mean `union`?",
      "b.yaml:14:27: error: `union` is listed twice in matrix.parties [duplicate-id]",
      "b.yaml:15:15: error: unknown question `fess` [unknown-question]\n  did you mean `fees`?",
    ]);
  });
});

describe("the command line", () => {
  it("names an unknown command before looking for a brief", async () => {
    const { code, err } = await runCli(["frobnicate"], { cwd: os.tmpdir() });
    expect(code).toBe(2);
    expect(err).toMatch(/^factsheet: Unknown command "frobnicate"\./);
  });
});

describe("more YAML from SECURITY.md", () => {
  it("refuses 5,000 nested brackets with a clear error, not a crash", async () => {
    const errors = await check(`desk: ${"[".repeat(5000)}\n`);
    expect(errors[0]).toMatch(/^b\.yaml:\d+:\d+: error: .* \[yaml-syntax\]$/m);
    expect(errors.join("\n")).not.toMatch(/Maximum call stack/);
  });

  it("keeps YAML 1.1 values as the schema reads them, even under a %YAML 1.1 header", async () => {
    await writeFile(path.join(dir(), "v11.yaml"), `%YAML 1.1\n---\n${HEAD}edition: 02134\ndesk: NO\n`);
    const checked = await checkBrief(path.join(dir(), "v11.yaml"), dir());
    expect(checked.factBase?.edition).toBe("02134");
    expect(checked.factBase?.desk).toBe("NO");
  });

  it("refuses an oversized file before parsing it", async () => {
    const big = path.join(dir(), "big.yaml");
    await writeFile(big, `${HEAD}summary: "${"x".repeat(6 * 1024 * 1024)}"\n`);
    // Nothing to check: an unreadable input (exit 3), named with its size.
    await expect(checkBrief(big, dir())).rejects.toMatchObject({
      message: "big.yaml: file is 6.0 MB; the limit is 5 MB",
      exitCode: 3,
    });
  });
});

describe("glyph coverage", () => {
  it("flags characters no embedded font covers, in the brief and in the catalogue", async () => {
    const catalog = path.join(dir(), "harbour", "sources", "sources.yaml");
    const original = await readFile(catalog, "utf8");
    await writeFile(
      catalog,
      original.replace("headline: Port Alba talks stall over dredging fees", "headline: 港 talks stall"),
    );
    try {
      await writeFile(path.join(dir(), "g.yaml"), `${HEAD}desk: "Desk 😀"\n`);
      const checked = await checkBrief(path.join(dir(), "g.yaml"), dir());
      const glyphs = checked.diagnostics.filter((d) => d.rule === "no-glyph").map((d) => formatDiagnostic(d));
      expect(glyphs).toEqual([
        'g.yaml:5:7: error: "😀" (U+1F600) is in no font of the brief and would print as a box: write it in a script the brief prints, or leave it out [no-glyph]',
        'harbour/sources/sources.yaml:5:15: error: "港" (U+6E2F) is in no font of the brief and would print as a box: write it in a script the brief prints, or leave it out [no-glyph]',
      ]);
    } finally {
      await writeFile(catalog, original);
    }
  });
});
