/**
 * `factsheet extract --into` a brief that already holds the story, run as a user runs it (the
 * executable spawned). The brief is the invented harbour fixture; article c below is invented too:
 * it repeats what the brief holds with a new title for Ines Carvalho, a new count of dock workers,
 * her quote and the talks of 4 March.
 */
import { execFile } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FIXTURES, ROOT, useTempDir } from "../helpers.js";

const BIN = path.join(ROOT, "dist", "factsheet.mjs");
const tmp = useTempDir("extract-merge");

const ARTICLE_C = `Harbour dispute drags on
Harbour authority chief executive Ines Carvalho spoke to reporters at the port.
"We cannot keep the channel open for free," Carvalho told reporters. "Someone has to pay for the dredgers."
The union now says more than 1,800 dock workers could lose shifts if fees rise.
Talks between the harbour master and the union stalled on March 4 over dredging fees.
`;

/** Runs the built CLI in `cwd`: its exit code and what it printed. */
const factsheet = async (cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd });
    return { code: 0, out: stdout, err: stderr };
  } catch (failed) {
    const { code, stdout, stderr } = failed as { code: number; stdout: string; stderr: string };
    return { code, out: stdout, err: stderr };
  }
};

const setUp = async (name: string): Promise<string> => {
  const dir = path.join(tmp(), name);
  await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
  await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir, "harbour.yaml"));
  await writeFile(path.join(dir, "c.txt"), ARTICLE_C);
  return dir;
};

type Data = Record<string, Record<string, unknown>[] | undefined>;
const read = async (dir: string): Promise<{ text: string; data: Data }> => {
  const text = await readFile(path.join(dir, "harbour.yaml"), "utf8");
  return { text, data: parse(text, { schema: "failsafe" }) as Data };
};
/** The page built, but for the fingerprint of its input files (which changed). */
const html = async (dir: string) =>
  (await readFile(path.join(dir, "out", "harbour.html"), "utf8")).replace(
    /<code class="fingerprint">\w+<\/code>/,
    "FINGERPRINT",
  );

describe("extract --into a brief that holds the story", () => {
  it("adds exactly the draft parts; check passes; the brief prints nothing new; a second run adds nothing", async () => {
    const dir = await setUp("round-trip");
    expect((await factsheet(dir, "build", "harbour.yaml", "--format", "html", "--out", "out")).code).toBe(0);
    const printedBefore = await html(dir);
    const before = await read(dir);

    const run = await factsheet(dir, "extract", "c.txt@2024-03-10", "--into", "harbour.yaml");
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      "harbour.yaml: added 0 actors, 0 events, 0 positions, 0 figures, 0 quotes as drafts, and 1 role, 1 value, 2 citations added to items it holds, from source c.",
    );
    const after = await read(dir);
    // Only additions: with the citation added inside the quote's inline list taken out, every line
    // the editor wrote is still there, in order.
    const lines = after.text.replace(", { source: c, draft: { by: quote-repeated } }]", "]").split("\n");
    let at = 0;
    for (const line of before.text.split("\n")) {
      at = lines.indexOf(line, at);
      expect(at, line).toBeGreaterThanOrEqual(0);
      at++;
    }
    // No item more in any list; the parts, each marked with the pattern that drafted it.
    for (const list of ["actors", "timeline", "positions", "figures", "quotes"]) {
      expect(after.data[list]?.length, list).toBe(before.data[list]?.length);
    }
    const [carvalho] = after.data.actors as { roles: unknown[] }[];
    expect(carvalho?.roles.at(-1)).toEqual({
      title: "Harbour authority chief executive",
      as_of: "2024-03-10",
      cite: [{ source: "c", excerpt: "Harbour authority chief executive" }],
      draft: { by: "actor-new-role" },
    });
    const [workers] = after.data.figures as { observations: unknown[] }[];
    expect(workers?.observations.at(-1)).toEqual(
      expect.objectContaining({ value: "1800", qualifier: "more_than", draft: { by: "figure-new-value" } }),
    );
    const [quote] = after.data.quotes as { cite: unknown[] }[];
    expect(quote?.cite).toEqual(["a", { source: "c", draft: { by: "quote-repeated" } }]);
    const [talks] = after.data.timeline as { cite: unknown[] }[];
    expect(talks?.cite.at(-1)).toEqual({
      source: "c",
      excerpt: "Talks between the harbour master and the union stalled on March 4 over dredging fees.",
      draft: { by: "event-confirmed" },
    });
    expect(after.data.drafted).toEqual([{ source: "c", on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);

    // check passes with the drafts and without them (where it counts the four drafts left out).
    const withDrafts = await factsheet(dir, "check", "--include-drafts", "harbour.yaml");
    expect(withDrafts.err).not.toContain("error");
    expect(withDrafts.code).toBe(0);
    const without = await factsheet(dir, "check", "harbour.yaml");
    expect(without.code).toBe(0);
    expect(without.err).toMatch(/4 draft items are left out of the brief/);

    // Built without --include-drafts, the brief prints nothing new: the same page, byte for byte
    // (but the fingerprint of its inputs).
    expect((await factsheet(dir, "build", "harbour.yaml", "--format", "html", "--out", "out")).code).toBe(0);
    expect(await html(dir)).toBe(printedBefore);

    // A second run drafts nothing and changes nothing.
    const again = await factsheet(dir, "extract", "c.txt", "--into", "harbour.yaml");
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      "harbour.yaml: added 0 actors, 0 events, 0 positions, 0 figures, 0 quotes as drafts, from source c.",
    );
    expect((await read(dir)).text).toBe(after.text);
  });

  it("remembers a draft deleted by hand as rejected: never re-added, not even by --redraft", async () => {
    const dir = await setUp("deleted");
    await factsheet(dir, "extract", "c.txt@2024-03-10", "--into", "harbour.yaml");
    // The editor deletes the drafted role by hand.
    const drafted = (await read(dir)).text;
    const role = `      - title: Harbour authority chief executive
        as_of: 2024-03-10
        cite:
          - source: c
            excerpt: Harbour authority chief executive
        draft:
          by: actor-new-role
`;
    expect(drafted).toContain(role);
    await writeFile(path.join(dir, "harbour.yaml"), drafted.replace(role, ""));

    const again = await factsheet(dir, "extract", "c.txt", "--into", "harbour.yaml");
    expect(again.code).toBe(0);
    expect(again.out).toContain("1 draft of source c deleted since it was drafted is recorded under rejected:");
    const { text, data } = await read(dir);
    expect(text).not.toContain("title: Harbour authority chief executive");
    expect(data.rejected).toEqual([
      {
        kind: "actors",
        source: "c",
        excerpt: "Harbour authority chief executive",
        id: "carvalho",
        on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
    expect((await factsheet(dir, "check", "harbour.yaml")).code).toBe(0);

    const redraft = await factsheet(dir, "extract", "c.txt", "--into", "harbour.yaml", "--redraft");
    expect(redraft.code).toBe(0);
    expect((await read(dir)).text).toBe(text);
  });

  it("with --redraft, proposes again a draft deleted by hand that is not recorded as rejected", async () => {
    const dir = await setUp("redraft");
    await factsheet(dir, "extract", "c.txt@2024-03-10", "--into", "harbour.yaml");
    const drafted = (await read(dir)).text;
    const citation = "cite: [a, { source: c, draft: { by: quote-repeated } }]";
    expect(drafted).toContain(citation);
    await writeFile(path.join(dir, "harbour.yaml"), drafted.replace(citation, "cite: [a]"));
    const redraft = await factsheet(dir, "extract", "c.txt", "--into", "harbour.yaml", "--redraft");
    expect(redraft.code).toBe(0);
    expect((await read(dir)).text).toBe(drafted);
  });

  it("drafts a new spelling as a citation with a note; once reviewed, the brief shows where sources differ", async () => {
    const dir = await setUp("spelling");
    // Invented: article d spells Ines Carvalho's name another way.
    await writeFile(path.join(dir, "d.txt"), "Harbour talks go on\nInes Carvallo met the union leaders again.\n");
    const run = await factsheet(dir, "extract", "d.txt@2024-03-10", "--into", "harbour.yaml");
    expect(run.code).toBe(0);
    const { text, data } = await read(dir);
    const [carvalho] = data.actors as { aliases?: unknown; cite: unknown[] }[];
    expect(carvalho?.aliases).toBeUndefined();
    expect(carvalho?.cite.at(-1)).toEqual({
      source: "d",
      excerpt: "Ines Carvallo",
      draft: { by: "actor-new-spelling", note: expect.stringContaining("add the spelling to aliases") },
    });
    expect((await factsheet(dir, "check", "--include-drafts", "harbour.yaml")).code).toBe(0);
    // The editor accepts the citation as it stands (deletes its draft mark).
    const reviewed = text.replace(/, draft: \{ by: actor-new-spelling, note: '[^']*' \}/, "");
    expect(reviewed).toContain("cite: [a, { source: d, excerpt: Ines Carvallo }]");
    await writeFile(path.join(dir, "harbour.yaml"), reviewed);
    const check = await factsheet(dir, "check", "harbour.yaml");
    expect(check.code).toBe(0);
    expect(check.err).toContain(
      'sources differ on the spelling of Ines Carvalho: "Ines Carvalho" (a) vs "Ines Carvallo" (d)',
    );
    expect((await factsheet(dir, "build", "harbour.yaml", "--format", "html", "--out", "out")).code).toBe(0);
    const page = await html(dir);
    const differences = page.slice(page.indexOf('<section id="differences"'));
    expect(differences.slice(0, differences.indexOf("</section>"))).toContain("Ines Carvallo");
  });
});
