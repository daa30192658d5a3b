/**
 * Snapshots and `--since` are checked like a fact base: shape, calendar dates, characters, size.
 * Every snapshot file here is invented: the harbour fixture's own snapshot, edited in a temp folder.
 */
import { cp, mkdir, open, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readSnapshot } from "../../src/brief/snapshot.js";
import { FIXTURES, runCli, useTempDir } from "../helpers.js";

const dir = useTempDir("snapshots");
let snapshot: Record<string, unknown>;

/** A snapshot file in the project, written from `edit` applied to the harbour's own snapshot. */
const writeSnapshot = async (name: string, edit: (s: Record<string, unknown>) => void): Promise<string> => {
  const copy = structuredClone(snapshot);
  edit(copy);
  await writeFile(path.join(dir(), name), JSON.stringify(copy));
  return name;
};

/** A sparse file of `size` bytes: its length is set, nothing is written. */
const sparse = async (name: string, size: number): Promise<string> => {
  const handle = await open(path.join(dir(), name), "w");
  await handle.truncate(size);
  await handle.close();
  return name;
};

const since = (file: string) => runCli(["diff", "harbour.yaml", "--since", file], { cwd: dir() });

beforeAll(async () => {
  await cp(path.join(FIXTURES, "harbour"), path.join(dir(), "harbour"), { recursive: true });
  await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir(), "harbour.yaml"));
  const built = await runCli(["build", "harbour.yaml", "--format", "html", "--out", "out"], { cwd: dir() });
  expect(built.code).toBe(0);
  snapshot = JSON.parse(await readFile(path.join(dir(), "out", ".factsheet", "harbour", "2024-03-08.json"), "utf8"));
  snapshot.as_of = "2024-03-01";
}, 120_000);

describe("--since a snapshot file", () => {
  it("reads a valid one", async () => {
    const { code, out } = await since(await writeSnapshot("good.json", () => {}));
    expect(code).toBe(0);
    expect(out).toContain("since the edition of 1 March 2024");
  });

  it("refuses an as_of that is not a date, with the file and the field (exit 3, no stack trace)", async () => {
    const file = await writeSnapshot("garbage.json", (s) => {
      s.as_of = "garbage";
    });
    const { code, err } = await since(file);
    expect(code).toBe(3);
    expect(err).toBe("factsheet: garbage.json: as_of: expected a full date as YYYY-MM-DD.\n");
  });

  it("refuses a date that is not on the calendar", async () => {
    for (const date of ["9999-99-99", "2024-02-30", "2023-13-01"]) {
      const file = await writeSnapshot("not-a-day.json", (s) => {
        s.as_of = date;
      });
      const { code, err, out } = await since(file);
      expect(code).toBe(3);
      expect(err).toBe("factsheet: not-a-day.json: as_of: not a calendar date.\n");
      expect(out).toBe("");
    }
  });

  it("refuses a file over the size cap by its size, without reading it (600 MB, 3 GB sparse files)", async () => {
    for (const [name, size, shown] of [
      ["big.json", 600 * 1024 * 1024, "600 MB"],
      ["huge.json", 3 * 1024 * 1024 * 1024, "3072 MB"],
    ] as const) {
      const started = Date.now();
      const { code, err } = await since(await sparse(name, size));
      expect(code).toBe(3);
      expect(err).toBe(`factsheet: ${name}: ${shown}, larger than the 10 MB a snapshot may hold.\n`);
      // Refused by its size: reading 600 MB of zeros would take far longer.
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  });

  it("refuses a bidirectional control or an escape sequence anywhere in it, naming where", async () => {
    const rlo = await writeSnapshot("rlo.json", (s) => {
      s.title = "Harbour \u202Eetirw\u202C";
    });
    const bidi = await since(rlo);
    expect(bidi.code).toBe(3);
    expect(bidi.err).toBe(
      "factsheet: rlo.json: title: bidirectional control character U+202E: it reorders printed text; remove it.\n",
    );
    const esc = await writeSnapshot("esc.json", (s) => {
      const items = s.items as Record<string, { fields: Record<string, string> }>;
      const [id, first] = Object.entries(items)[0] ?? [];
      if (!first || !id) throw new Error("the harbour snapshot has items");
      first.fields.zz = "\u001b]0;X\u0007\u001b[2Kok";
    });
    const escaped = await since(esc);
    expect(escaped.code).toBe(3);
    expect(escaped.err).toMatch(/^factsheet: esc\.json: items\.[a-z0-9-]+\.fields\.zz: control character U\+001B: /);
    expect(escaped.err).not.toContain("\u001b");
    const key = await writeSnapshot("key.json", (s) => {
      (s.sources as Record<string, unknown>)["a\u202Eb"] = { headline: "x" };
    });
    expect((await since(key)).err).toBe(
      "factsheet: key.json: sources: a key holds a bidirectional control character U+202E: it reorders printed text; remove it.\n",
    );
  });

  it("refuses what is not a snapshot: not JSON, not UTF-8, another format, a wrong shape", async () => {
    await writeFile(path.join(dir(), "text.json"), "not json");
    expect((await since("text.json")).err).toBe(
      "factsheet: text.json: not a snapshot written by factsheet: not JSON.\n",
    );
    await writeFile(path.join(dir(), "latin1.json"), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    expect((await since("latin1.json")).err).toBe(
      "factsheet: latin1.json: not a snapshot written by factsheet: not UTF-8 text.\n",
    );
    const other = await writeSnapshot("other.json", (s) => {
      s.format = "something-else";
    });
    expect((await since(other)).err).toBe(
      'factsheet: other.json: not a snapshot written by factsheet: its format is "something-else", not factsheet-snapshot-2.\n',
    );
    const shape = await writeSnapshot("shape.json", (s) => {
      (s.numbers as Record<string, unknown>).x = -1;
    });
    const { code, err } = await since(shape);
    expect(code).toBe(3);
    expect(err).toMatch(/^factsheet: shape\.json: numbers\.x: .+\.\n$/);
  });
});

describe("a snapshot a build left in out/.factsheet", () => {
  it("is skipped with one line when invalid, and the latest valid one before it is compared with", async () => {
    const kept = path.join(dir(), "out", ".factsheet", "harbour");
    await mkdir(kept, { recursive: true });
    await writeSnapshot(path.join("out", ".factsheet", "harbour", "2024-03-01.json"), () => {});
    await writeSnapshot(path.join("out", ".factsheet", "harbour", "2024-03-05.json"), (s) => {
      s.as_of = "9999-99-99";
    });
    await sparse(path.join("out", ".factsheet", "harbour", "2024-03-06.json"), 600 * 1024 * 1024);
    const { code, out, err } = await runCli(["diff", "harbour.yaml", "--out", "out"], { cwd: dir() });
    expect(err).toBe("");
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines.slice(0, 2)).toEqual([
      `${path.join("out", ".factsheet", "harbour", "2024-03-06.json")}: skipped, not an edition to compare with: 600 MB, larger than the 10 MB a snapshot may hold`,
      `${path.join("out", ".factsheet", "harbour", "2024-03-05.json")}: skipped, not an edition to compare with: as_of: not a calendar date`,
    ]);
    expect(out).toContain("since the edition of 1 March 2024");
    expect(out).not.toContain("99 9999");
    // The build says the same, and prints its changes since the valid one.
    const built = await runCli(["build", "harbour.yaml", "--format", "html", "--out", "out", "--force"], {
      cwd: dir(),
    });
    expect(built.code).toBe(0);
    expect(built.out).toContain("2024-03-05.json: skipped, not an edition to compare with: as_of: not a calendar date");
    const html = await readFile(path.join(dir(), "out", "harbour.html"), "utf8");
    expect(html).toContain('What changed since the edition of <time datetime="2024-03-01">');
  });

  it("reads back a snapshot as written, a key such as __proto__ kept as plain data", () => {
    const text = JSON.stringify(snapshot).replace(
      '"items":{',
      '"items":{"__proto__":{"kind":"actor","fields":{"name":"P"},"lists":{}},',
    );
    const read = readSnapshot(text);
    expect(read.ok && Object.hasOwn(read.snapshot.items, "__proto__")).toBe(true);
  });
});
