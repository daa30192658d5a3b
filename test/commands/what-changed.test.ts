/**
 * What changed between two editions, for real: a copy of the Qatar fact base
 * is built, then extended from an invented sixth article
 * (test/fixtures/sixth-article), and built again. The new edition must say
 * exactly what changed, and `factsheet diff` must say the same.
 */
import { execFileSync } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { FIXTURES, ROOT, runCli, useTempDir } from "../helpers.js";

const dir = useTempDir("editions");
const brief = () => path.join(dir(), "data", "qatar-mediation.yaml");

beforeAll(async () => {
  await cp(path.join(ROOT, "data"), path.join(dir(), "data"), { recursive: true });
  // Edition 1: the brief as it is.
  const first = await runCli(["build", "data/qatar-mediation.yaml", "--format", "html", "--out", "out"], {
    cwd: dir(),
  });
  expect(first.code).toBe(0);

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
  doc.addIn(["timeline"], {
    id: "talks-resume-in-doha",
    date: "2025-01-15",
    date_wording: "on Wednesday",
    text: "Negotiators return to Doha for a new round of indirect talks.",
    actors: ["israel", "hamas"],
    cite: [{ source: "005", excerpt: "Negotiators returned to Doha on Wednesday for a new round of indirect talks" }],
  });
  const figures = doc.get("figures") as { items: { get(key: string): unknown }[] };
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
  await writeFile(brief(), doc.toString());
});

describe("a new edition", () => {
  it("says exactly what changed since the previous one", async () => {
    const second = await runCli(["build", "data/qatar-mediation.yaml", "--format", "html", "--out", "out"], {
      cwd: dir(),
    });
    expect(second.err).toBe("");
    expect(second.code).toBe(0);
    const html = await readFile(path.join(dir(), "out", "qatar-mediation.html"), "utf8");
    const section = /<section id="changes"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(section).toContain('What changed since <time datetime="2025-01-07">7 January 2025</time>');
    const rows = [...section.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1]);
    expect(rows).toEqual(["figure-captives-held-in-gaza", "event-talks-resume-in-doha"]);
    expect(section).toContain(
      '<td class="before">about 100 people (7 January 2025)</td><td>about 94 people (16 January 2025)</td>',
    );
    expect(section).not.toContain("Removed");
    // The items themselves carry their marks.
    expect(html).toMatch(/id="event-talks-resume-in-doha"[\s\S]{0,900}<span class="mark mark-new">new<\/span>/);
    expect(html).toMatch(
      /id="figure-captives-held-in-gaza"[\s\S]{0,400}<span class="mark mark-updated">updated<\/span>/,
    );
  });

  it("is what `factsheet diff` reports in the terminal", async () => {
    const { code, out } = await runCli(["diff", "data/qatar-mediation.yaml", "--out", "out"], { cwd: dir() });
    expect(code).toBe(0);
    expect(out).toBe(
      [
        "data/qatar-mediation.yaml: changes since 7 January 2025 (1 updated, 1 added, 0 removed)",
        "  updated figure   People held captive in Gaza",
        "            was: about 100 people (7 January 2025)",
        "            now: about 94 people (16 January 2025)",
        "  added   event    Negotiators return to Doha for a new round of indirect talks.",
        "            now: 15 January 2025: Negotiators return to Doha for a new round of indirect talks.",
        "",
      ].join("\n"),
    );
  });

  it("compares with a snapshot named by --since", async () => {
    const snapshot = path.join(dir(), "out", ".factsheet", "qatar-mediation", "2025-01-16.json");
    const { code, out } = await runCli(["diff", "data/qatar-mediation.yaml", "--since", snapshot], { cwd: dir() });
    expect(code).toBe(0);
    expect(out).toBe("data/qatar-mediation.yaml: nothing changed since 16 January 2025\n");
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
    const repo = path.join(dir(), "repo");
    await cp(path.join(FIXTURES, "harbour"), path.join(repo, "harbour"), { recursive: true });
    await cp(path.join(FIXTURES, "harbour.yaml"), path.join(repo, "harbour.yaml"));
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", ...args], { cwd: repo });
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "first edition");
    const text = await readFile(path.join(repo, "harbour.yaml"), "utf8");
    await writeFile(path.join(repo, "harbour.yaml"), text.replace("stance: willing", "stance: refuses"));
    const { code, out } = await runCli(["diff", "harbour.yaml", "--since", "HEAD"], { cwd: repo });
    expect(code).toBe(0);
    expect(out).toMatch(
      /^harbour\.yaml: changes since 8 March 2024 \(1 updated, 0 added, 0 removed\)\n {2}updated position Shipping union on dredging fees\n {12}was: Willing: /,
    );
    const bad = await runCli(["diff", "harbour.yaml", "--since", "no-such-revision"], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/neither a snapshot file nor a git revision/);
  });
});
