/**
 * Nothing from the data repaints the terminal: control characters in what factsheet echoes (a key,
 * a value, a source's text in a hint, a file name) are shown escaped. Briefs here are invented.
 */
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli, tempDirForTest } from "../helpers.js";

const ESC = "\u001b";

const harbour = async (): Promise<string> => {
  const dir = await tempDirForTest("terminal");
  await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
  await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir, "harbour.yaml"));
  return dir;
};

/** Every character below U+0020 but the line end, and DEL: none may reach the terminal raw. */
const rawControls = (text: string): string[] => [...text].filter((c) => /(?!\n)\p{Cc}/u.test(c));

describe("the terminal", () => {
  it("shows a file name's escape sequence escaped", async () => {
    const dir = await harbour();
    const name = `a${ESC}[2K${ESC}[1;32mok.yaml`;
    await writeFile(path.join(dir, name), "title: [unclosed\n");
    const result = await runCli(["check", name], { cwd: dir });
    expect(result.code).toBe(1);
    expect(rawControls(result.err + result.out)).toEqual([]);
    expect(result.err).toContain("a\\x1b[2K\\x1b[1;32mok.yaml:");
  });

  it("shows an escape sequence in a key escaped, so it cannot erase the line and print a false ok", async () => {
    const dir = await harbour();
    const brief = await readFile(path.join(dir, "harbour.yaml"), "utf8");
    const key = `"\\e]0;X\\a\\e[2K\\r\\e[1;32mharbour.yaml: ok\\e[0m": x\n`;
    await writeFile(path.join(dir, "harbour.yaml"), `${brief}${key}`);
    const result = await runCli(["check", "harbour.yaml"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(rawControls(result.err + result.out)).toEqual([]);
    // A key is a YAML value like any other: its control characters are refused at their place.
    expect(result.err).toMatch(/^harbour\.yaml:122:1: error: control character U\+001B/m);
    expect(result.err).not.toMatch(/\bok\b/);
  });

  it("shows a source's escape sequence escaped in the nearest-passage hint", async () => {
    const dir = await harbour();
    const sources = path.join(dir, "harbour", "sources");
    // A title-setting sequence inside the words an excerpt of the brief cites: the excerpt no
    // longer matches, and the hint shows the source's passage, sequence and all.
    for (const file of await readdir(sources)) {
      if (!file.endsWith(".txt")) continue;
      const text = await readFile(path.join(sources, file), "utf8");
      await writeFile(path.join(sources, file), text.replace("split dredging", `split${ESC}]0;pwned\u0007 dredging`));
    }
    const result = await runCli(["check", "harbour.yaml"], { cwd: dir });
    expect(result.err).toContain("nearest passage in the source");
    expect(result.err).toContain("split\\x1b]0;pwned\\x07 dredging");
    expect(rawControls(result.err + result.out)).toEqual([]);
  });
});

describe("extract without a brief", () => {
  it("refuses a catalogue's date that is none, escaped, with exit 1 and no stack trace", async () => {
    const dir = await tempDirForTest("extract-catalogue");
    await writeFile(
      path.join(dir, "a.txt"),
      "Doha, 3 March (Invented Wire) - Talks resumed on Monday, officials said.\n",
    );
    // An invented catalogue whose date holds a title-setting escape sequence.
    await writeFile(
      path.join(dir, "sources.yaml"),
      'sources:\n  - id: a\n    file: a.txt\n    headline: H\n    outlet: O\n    published: "2024-03-03\\e]0;PWN\\a"\n',
    );
    const result = await runCli(["extract", "a.txt", "--published", "2024-03-04"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.err).not.toContain("internal error");
    expect(result.err).toContain("source a has no publication date as YYYY-MM-DD");
    expect(rawControls(result.err + result.out)).toEqual([]);
  });
});
