/**
 * What changed between two editions, for real: a copy of the Qatar fact base
 * is built, then extended from an invented sixth article
 * (test/fixtures/sixth-article) and edited as an editor would (a key point
 * removed, another added that cites the new source first, the title, an
 * attribution and a short form changed), and built again. The new edition must
 * say exactly what changed, keep every source's number, and `factsheet diff`
 * must say the same.
 */
import { execFileSync } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { loadSince } from "../../src/commands/since.js";
import { FIXTURES, ROOT, runCli, tempDirForTest, useTempDir } from "../helpers.js";

const dir = useTempDir("editions");
const brief = () => path.join(dir(), "data", "qatar-mediation.yaml");

/** The sources list of a brief's HTML: each source's id and number. */
const sourceNumbers = (html: string): Record<string, number> =>
  Object.fromEntries(
    [
      ...html.matchAll(/<li id="source-(\d+)" value="\d+">[\s\S]*?<span class="source-id">\(source ([^)]+)\)<\/span>/g),
    ].map((m) => [m[2], Number(m[1])]),
  );

const changesPanel = (html: string): string => /<section id="changes"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";

let firstNumbers: Record<string, number> = {};

beforeAll(async () => {
  await cp(path.join(ROOT, "data"), path.join(dir(), "data"), { recursive: true });
  // Edition 1: the brief as it is.
  const first = await runCli(["build", "data/qatar-mediation.yaml", "--format", "html", "--out", "out"], {
    cwd: dir(),
  });
  expect(first.code).toBe(0);
  firstNumbers = sourceNumbers(await readFile(path.join(dir(), "out", "qatar-mediation.html"), "utf8"));

  // Edition 2: the invented sixth article, and what it adds.
  await cp(
    path.join(FIXTURES, "sixth-article", "005_invented.txt"),
    path.join(dir(), "data", "sources", "005_invented.txt"),
  );
  const catalog = parseDocument(await readFile(path.join(dir(), "data", "sources", "sources.yaml"), "utf8"));
  catalog.addIn(["sources"], {
    id: "005",
    file: "005_invented.txt",
    headline: "Talks resume in Doha as captive count is revised (invented test fixture)",
    outlet: "Invented for factsheet's tests",
    published: "2025-01-16",
  });
  await writeFile(path.join(dir(), "data", "sources", "sources.yaml"), catalog.toString());

  const doc = parseDocument(await readFile(brief(), "utf8"));
  doc.set("as_of", "2025-01-16");
  // The editor's own capitals.
  doc.set("title", "Qatar's Mediation between Israel and Hamas");
  // A key point removed (the second), and one added first that cites the new source first.
  const keyPoints = doc.get("key_points") as YAMLSeq;
  keyPoints.delete(1);
  keyPoints.items.unshift(
    doc.createNode({
      text: "Negotiators returned to Doha on 15 January 2025 for a new round of indirect talks.",
      cite: [{ source: "005", excerpt: "Negotiators returned to Doha on Wednesday for a new round of indirect talks" }],
    }),
  );
  doc.addIn(["timeline"], {
    id: "talks-resume-in-doha",
    date: "2025-01-15",
    date_wording: "on Wednesday",
    text: "Negotiators return to Doha for a new round of indirect talks.",
    actors: ["israel", "hamas"],
    cite: [{ source: "005", excerpt: "Negotiators returned to Doha on Wednesday for a new round of indirect talks" }],
  });
  const figures = doc.get("figures") as YAMLSeq<YAMLMap>;
  const captives = figures.items.findIndex((f) => f.get("id") === "captives-held-in-gaza");
  expect(captives).toBeGreaterThanOrEqual(0);
  doc.addIn(["figures", captives, "observations"], {
    value: 94,
    qualifier: "about",
    wording: "about 94 Israeli captives",
    as_of: "2025-01-16",
    according_to: "Qatar's Foreign Ministry",
    cite: ["005"],
  });
  // An attribution (printed in the figure's ledger; check holds it to the source's words) and a
  // short form (printed in the matrix).
  doc.setIn(["figures", captives, "observations", 0, "according_to"], "the Israeli authorities");
  const positions = doc.get("positions") as YAMLSeq<YAMLMap>;
  const calm = positions.items.findIndex((p) => p.get("id") === "qatar-needs-calm");
  doc.setIn(["positions", calm, "short"], "A period of Calm for the Mediation to work");
  await writeFile(brief(), doc.toString());
});

describe("a new edition", () => {
  it("says exactly what changed since the previous one, in the editor's own words", async () => {
    const second = await runCli(["build", "data/qatar-mediation.yaml", "--format", "html", "--out", "out"], {
      cwd: dir(),
    });
    expect(second.err).toBe("");
    expect(second.code).toBe(0);
    const html = await readFile(path.join(dir(), "out", "qatar-mediation.html"), "utf8");
    const section = changesPanel(html);
    expect(section).toContain('What changed since the edition of <time datetime="2025-01-07">7 January 2025</time>');
    const rows = [...section.matchAll(/<tr><th scope="row">([\s\S]*?)<\/th>/g)].map((m) =>
      (m[1] ?? "").replace(/<[^>]+>/g, ""),
    );
    expect(rows).toEqual([
      "Brief Title",
      "Figure People held captive in Gaza: value as of 26 October 2023: according to",
      "Figure People held captive in Gaza: value as of 16 January 2025",
      "Position Qatar on “Qatar&#x27;s role as mediator”: short",
    ]);
    // The changed words marked, in the editor's own capitals.
    expect(section).toContain(
      '<td class="before">Qatar&#x27;s <del>mediation</del> between Israel and Hamas</td><td class="after">Qatar&#x27;s <ins>Mediation</ins> between Israel and Hamas</td>',
    );
    expect(section).toContain(
      '<td class="before">Israeli authorities</td><td class="after"><ins>the</ins> Israeli authorities</td>',
    );
    expect(section).toContain(
      '<td class="before"><del>Period of calm needed</del> for <del>mediation</del> to work</td><td class="after"><ins>A period of Calm</ins> for <ins>the Mediation</ins> to work</td>',
    );
    expect(section).toMatch(
      /<h3 class="changes-heading">New<\/h3>[\s\S]*Key point<\/span> Negotiators returned to Doha on 15 January 2025[\s\S]*<a href="#event-talks-resume-in-doha">[\s\S]*<a href="#source-6">\[6\] source 005<\/a>/,
    );
    expect(section).toMatch(
      /<h3 class="changes-heading">Removed<\/h3>[\s\S]*Key point<\/span> Mediation by Qatar, the US and Egypt brought a brief halt[^<]*: <span class="before removed">Mediation by Qatar, the US and Egypt brought a brief halt to hostilities and the release of numerous hostages in November 2023; the negotiations stopped in August 2024 without an agreement\.<\/span>/,
    );
    // The items themselves carry their marks.
    expect(html).toMatch(/id="event-talks-resume-in-doha"[\s\S]{0,900}<span class="mark mark-new">new<\/span>/);
    expect(html).toMatch(
      /id="figure-captives-held-in-gaza"[\s\S]{0,400}<span class="mark mark-updated">updated<\/span>/,
    );
  });

  it("keeps every source's number, and gives the new source cited first the next one", async () => {
    const html = await readFile(path.join(dir(), "out", "qatar-mediation.html"), "utf8");
    expect(Object.keys(firstNumbers)).toHaveLength(5);
    expect(sourceNumbers(html)).toEqual({ ...firstNumbers, "005": 6 });
    // The first citation mark of the brief is the new source's.
    expect(
      /<ul class="key-points">\s*<li[^>]*>[^<]*<sup class="cites"><a href="#[^"]+"[^>]*>(\d+)<\/a>/.exec(html)?.[1],
    ).toBe("6");
  });

  it("is what `factsheet diff` reports in the terminal", async () => {
    const { code, out } = await runCli(["diff", "data/qatar-mediation.yaml", "--out", "out"], { cwd: dir() });
    expect(code).toBe(0);
    expect(out).toBe(
      [
        "data/qatar-mediation.yaml: changes since the edition of 7 January 2025 (4 updated, 3 added, 1 removed)",
        "  updated brief     Title",
        "            was: Qatar's [-mediation-] between Israel and Hamas",
        "            now: Qatar's {+Mediation+} between Israel and Hamas",
        "  updated figure    People held captive in Gaza: value as of 26 October 2023: according to",
        "            was: Israeli authorities",
        "            now: {+the+} Israeli authorities",
        "  updated figure    People held captive in Gaza: value as of 16 January 2025: added",
        "            now: about 94 people (“about 94 Israeli captives”), according to Qatar's Foreign Ministry",
        "  updated position  Qatar on “Qatar's role as mediator”: short",
        "            was: [-Period of calm needed-] for [-mediation-] to work",
        "            now: {+A period of Calm+} for {+the Mediation+} to work",
        "  added   key point Negotiators returned to Doha on 15 January 2025 for a new round of…",
        "            now: Negotiators returned to Doha on 15 January 2025 for a new round of indirect talks.",
        "  added   event     Negotiators return to Doha for a new round of indirect talks",
        "            now: 15 January 2025: Negotiators return to Doha for a new round of indirect talks.",
        "  added   source    [6] source 005",
        "            now: Invented for factsheet's tests, 16 January 2025: Talks resume in Doha as captive count is revised (invented test fixture)",
        "  removed key point Mediation by Qatar, the US and Egypt brought a brief halt to…",
        "            was: Mediation by Qatar, the US and Egypt brought a brief halt to hostilities and the release of numerous hostages in November 2023; the negotiations stopped in August 2024 without an agreement.",
        "",
      ].join("\n"),
    );
  });

  it("compares with a snapshot named by --since", async () => {
    const snapshot = path.join(dir(), "out", ".factsheet", "qatar-mediation", "2025-01-16.json");
    const { code, out } = await runCli(["diff", "data/qatar-mediation.yaml", "--since", snapshot], { cwd: dir() });
    expect(code).toBe(0);
    expect(out).toBe("data/qatar-mediation.yaml: nothing printed has changed since the edition of 16 January 2025\n");
  });

  it("is skipped when rebuilt with unchanged inputs, unless forced", async () => {
    const again = await runCli(["build", "data/qatar-mediation.yaml", "--format", "html", "--out", "out"], {
      cwd: dir(),
    });
    expect(again.out).toMatch(/unchanged since last built \(fingerprint [0-9a-f]{12}\); --force rebuilds/);
    const forced = await runCli(["build", "data/qatar-mediation.yaml", "--format", "html", "--out", "out", "--force"], {
      cwd: dir(),
    });
    expect(forced.out).toMatch(/wrote out\/qatar-mediation\.html/);
  });
});

describe("build --all", () => {
  it("builds every brief in a folder, with a progress line each, and an index page", async () => {
    const data = path.join(dir(), "many");
    await cp(path.join(FIXTURES, "harbour"), path.join(data, "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "provenance"), path.join(data, "provenance"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), path.join(data, "harbour.yaml"));
    await cp(path.join(FIXTURES, "provenance.yaml"), path.join(data, "provenance.yaml"));
    const { code, out } = await runCli(["build", "--all", "many", "--format", "html", "--out", "site"], { cwd: dir() });
    expect(code).toBe(0);
    expect(out).toMatch(/^\[1\/2\] many\/harbour\.yaml\n/);
    expect(out).toContain("[2/2] many/provenance.yaml\n");
    expect(out).toContain("wrote site/index.html (2 of 2 briefs)");
    const index = await readFile(path.join(dir(), "site", "index.html"), "utf8");
    // Newest first, each linked to its edition.
    const titles = [...index.matchAll(/<th scope="row"><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(titles).toEqual([
      ["provenance.html", "The Riverside bridge vote"],
      ["harbour.html", "The Port Alba dredging dispute"],
    ]);
    expect(index).not.toMatch(/<script/);
  });
});

describe("--since a git revision", () => {
  it("compares with the brief as committed at that revision", async () => {
    const repo = await tempDirForTest("since-revision");
    await cp(path.join(FIXTURES, "harbour"), path.join(repo, "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), path.join(repo, "harbour.yaml"));
    const git = gitIn(repo);
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "first edition");
    const commit = git("rev-parse", "--short", "HEAD").trim();
    const text = await readFile(path.join(repo, "harbour.yaml"), "utf8");
    await writeFile(path.join(repo, "harbour.yaml"), text.replace("stance: willing", "stance: refuses"));
    const { code, out } = await runCli(["diff", "harbour.yaml", "--since", "HEAD"], { cwd: repo });
    expect(code).toBe(0);
    expect(out).toBe(
      [
        `harbour.yaml: changes since the edition of 8 March 2024, from git commit ${commit} (1 updated, 0 added, 0 removed)`,
        "  updated position  Shipping union on “Dredging fees”: stance",
        "            was: [-Willing-]",
        "            now: {+Refuses+}",
        "",
      ].join("\n"),
    );
    const bad = await runCli(["diff", "harbour.yaml", "--since", "no-such-revision"], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/neither a snapshot file nor a git revision/);
  });
});

/** git in a folder, with an identity of its own (never the machine's). */
const gitIn =
  (repo: string) =>
  (...args: string[]): string =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", ...args], {
      cwd: repo,
      encoding: "utf8",
    });

describe("no snapshot: the brief's git history", () => {
  /** The invented harbour brief in a new git repository (or a plain folder), and no out/ folder. */
  const harbourIn = async (name: string, withGit: boolean) => {
    const repo = await tempDirForTest(name);
    await cp(path.join(FIXTURES, "harbour"), path.join(repo, "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), path.join(repo, "harbour.yaml"));
    const git = gitIn(repo);
    if (withGit) {
      git("init", "-q");
      git("add", ".");
      git("commit", "-qm", "edition of 8 March 2024");
    }
    return { repo, git };
  };
  const build = (repo: string) => runCli(["build", "harbour.yaml", "--format", "html", "--out", "out"], { cwd: repo });
  const html = (repo: string) => readFile(path.join(repo, "out", "harbour.html"), "utf8");

  it("says a brief with no earlier edition anywhere is a first edition", async () => {
    for (const withGit of [true, false]) {
      const { repo } = await harbourIn(withGit ? "first-in-git" : "first-no-git", withGit);
      const diff = await runCli(["diff", "harbour.yaml"], { cwd: repo });
      expect(diff.code).toBe(0);
      expect(diff.out).toMatch(/^harbour\.yaml: a first edition: no earlier edition to compare with \(no snapshot in /);
      expect((await build(repo)).code).toBe(0);
      const page = await html(repo);
      expect(page).toContain('<p class="edition-note">First edition: there is no earlier edition to compare with.</p>');
      expect(page).not.toContain('id="changes"');
    }
  });

  it("compares with the last commit whose brief has an earlier as_of, and names it", async () => {
    const { repo, git } = await harbourIn("history", true);
    // A correction to edition 1, committed with the same as_of: the edition compared with is the last one.
    const text = await readFile(path.join(repo, "harbour.yaml"), "utf8");
    await writeFile(
      path.join(repo, "harbour.yaml"),
      text.replace("Ready to pay a share, not all.", "Ready to pay a share."),
    );
    git("commit", "-qam", "edition of 8 March 2024, corrected");
    const first = git("rev-parse", "--short", "HEAD").trim();
    // Edition 2, not yet committed: a new source cited first, a short form, a key point removed.
    const catalog = await readFile(path.join(repo, "harbour", "sources", "sources.yaml"), "utf8");
    await writeFile(
      path.join(repo, "harbour", "sources", "sources.yaml"),
      `${catalog}  - id: c\n    file: c.txt\n    headline: Harbour authority restates its position\n    outlet: Alba Radio\n    published: 2024-03-12\n`,
    );
    await writeFile(
      path.join(repo, "harbour", "sources", "c.txt"),
      "Harbour authority restates its position\nThe harbour authority said users must pay for dredging.\n",
    );
    const doc = parseDocument(await readFile(path.join(repo, "harbour.yaml"), "utf8"));
    doc.set("as_of", "2024-03-12");
    doc.set("key_points", [
      {
        text: "The harbour authority says users must pay for dredging.",
        cite: [{ source: "c", excerpt: "users must pay for dredging" }],
      },
    ]);
    const positions = doc.get("positions") as YAMLSeq<YAMLMap>;
    const union = positions.items.findIndex((p) => p.get("id") === "union-fees");
    doc.setIn(["positions", union, "short"], "A Share, not all");
    await writeFile(path.join(repo, "harbour.yaml"), doc.toString());

    const expected = [
      `harbour.yaml: changes since the edition of 8 March 2024, from git commit ${first} (1 updated, 2 added, 1 removed)`,
      "  updated position  Shipping union on “Dredging fees”: short",
      "            now: A Share, not all",
      "  added   key point The harbour authority says users must pay for dredging",
      "            now: The harbour authority says users must pay for dredging.",
      "  added   source    [3] source c",
      "            now: Alba Radio, 12 March 2024: Harbour authority restates its position",
      "  removed key point The union offered to split dredging costs",
      "            was: The union offered to split dredging costs.",
      "",
    ].join("\n");
    expect((await runCli(["diff", "harbour.yaml"], { cwd: repo })).out).toBe(expected);

    expect((await build(repo)).code).toBe(0);
    const page = await html(repo);
    expect(changesPanel(page)).toContain(
      `What changed since the edition of <time datetime="2024-03-08">8 March 2024</time> <span class="changes-commit">(from git commit ${first})</span>`,
    );
    expect(changesPanel(page)).toContain('<span class="change-where">: short</span>');
    // The numbers of the committed edition are kept: the new source, cited first, is 3.
    expect(sourceNumbers(page)).toEqual({ b: 1, a: 2, c: 3 });

    // Edition 2 committed too: its own commit has the same as_of, so the comparison is still with the first.
    git("add", ".");
    git("commit", "-qm", "edition of 12 March 2024");
    const diff = await runCli(["diff", "harbour.yaml", "--out", "elsewhere"], { cwd: repo });
    expect(diff.out).toBe(expected);

    // Edition 3, on a fresh clone (no snapshot at all): compared with edition 2 from git, whose
    // numbers are those its build gave (from edition 1), not its own order of first use (c first).
    const second = git("rev-parse", "--short", "HEAD").trim();
    const third = parseDocument(await readFile(path.join(repo, "harbour.yaml"), "utf8"));
    third.set("as_of", "2024-03-15");
    third.set("summary", "Port Alba's harbour authority and the Shipping Union disagree over who pays.");
    await writeFile(path.join(repo, "harbour.yaml"), third.toString());
    const fresh = path.join(repo, "fresh-out");
    expect((await runCli(["build", "harbour.yaml", "--format", "html", "--out", fresh], { cwd: repo })).code).toBe(0);
    const page3 = await readFile(path.join(fresh, "harbour.html"), "utf8");
    expect(changesPanel(page3)).toContain(`(from git commit ${second})`);
    expect(sourceNumbers(page3)).toEqual({ b: 1, a: 2, c: 3 });
    // --since names a revision: numbered the same way.
    const named = await loadSince("HEAD", "harbour.yaml", repo);
    expect(named.format === "factsheet-snapshot-2" && named.numbers).toEqual({ b: 1, a: 2, c: 3 });
    expect(named.commit).toBe(second);
  });
});
