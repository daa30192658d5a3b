/**
 * What the project ships and documents carries no path of the machine it was
 * written on: a brief, a catalogue, a schema, a template or a page of the
 * documentation that says "/home/someone/..." tells a reader nothing and
 * leaks where it was made. Where an article came from is said in portable
 * words ("the five articles supplied with the brief").
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

/** Folders scanned, and files, relative to the repository's root. */
const FOLDERS = ["data", "schema", "templates", "docs", "test/fixtures", "test/extract/gold"];
const FILES = ["README.md", "CHANGELOG.md"];

/**
 * An absolute path of a machine: a Unix home, root's home, a temporary or a
 * work folder (also inside a file URL, `file:///home/...`), a macOS home or
 * temporary folder, or a Windows drive. A path inside a URL's host
 * (`https://example.org/home/`) or a relative one (`docs/tmp/`, `../work/`)
 * is not one.
 */
const MACHINE_PATH = /(?<![\w.-])\/(?:work|root|home|tmp|Users|var\/folders)\/|(?<![\w])[A-Za-z]:\\/g;

/** Every place in `text` that names a machine path, as `file:line:col: ...`. */
function findMachinePaths(file: string, text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(MACHINE_PATH)) {
      const rest = line.slice(match.index).split(/[\s"'`),]/, 1)[0];
      found.push(`${file}:${index + 1}:${match.index + 1}: machine path ${rest}`);
    }
  });
  return found;
}

/** The files under `folder`, relative to the root, with forward slashes. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

describe("machine paths", () => {
  it("finds the absolute paths of a machine, and nothing else", () => {
    // Invented paths, on no machine.
    const lines = [
      "# see /work/example/notes.md",
      "file: /home/example/brief.yaml",
      "copied from /root/example and /tmp/example.txt",
      "<img src='file:///tmp/example.png'>",
      "on a Mac: /Users/example/x, /var/folders/example/y",
      'windows: "C:\\\\Users\\\\example", or C:\\Temp',
      "fine: https://example.org/home/x, docs/tmp/x, ../work/y, and/or, 3/4, 'a/root/b', ./tmp/x",
    ];
    expect(findMachinePaths("x.yaml", lines.join("\n"))).toEqual([
      "x.yaml:1:7: machine path /work/example/notes.md",
      "x.yaml:2:7: machine path /home/example/brief.yaml",
      "x.yaml:3:13: machine path /root/example",
      "x.yaml:3:31: machine path /tmp/example.txt",
      "x.yaml:4:18: machine path /tmp/example.png",
      "x.yaml:5:11: machine path /Users/example/x",
      "x.yaml:5:29: machine path /var/folders/example/y",
      "x.yaml:6:11: machine path C:\\\\Users\\\\example",
      "x.yaml:6:35: machine path C:\\Temp",
    ]);
  });

  it("appear in no brief, catalogue, source, schema, template, fixture or page of the documentation", async () => {
    const files = [...FILES];
    for (const folder of FOLDERS) {
      const under = await filesUnder(folder);
      expect(under.length, `files under ${folder}`).toBeGreaterThan(0);
      files.push(...under);
    }
    const found: string[] = [];
    for (const file of files) {
      const bytes = await readFile(path.join(ROOT, file));
      if (bytes.includes(0)) continue; // a binary file (a font): no text to read
      found.push(...findMachinePaths(file, bytes.toString("utf8")));
    }
    expect(found).toEqual([]);
  });
});
