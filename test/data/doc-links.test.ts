/**
 * The user's guide and the documentation link to each other and to files of
 * the repository: every relative link must reach a file that exists, and
 * every `#anchor` a heading of the page it points to (as GitHub names
 * headings).
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, each space a hyphen. */
function anchorOf(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors of a Markdown page's headings (outside fenced code). */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const heading = fenced ? undefined : /^#{1,6}\s+(.*)$/.exec(line)?.[1];
    if (heading !== undefined) anchors.add(anchorOf(heading));
  }
  return anchors;
}

/** The targets of a page's inline links, `[text](target)`, outside fenced code and code spans. */
function linksOf(markdown: string): string[] {
  let fenced = false;
  const links: string[] = [];
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    if (fenced) continue;
    for (const match of line.replace(/`[^`]*`/g, "").matchAll(/\]\(([^)\s]+)\)/g)) links.push(match[1] ?? "");
  }
  return links;
}

/** What is wrong with each relative link of `page` (a path from the root), as `page: link: reason`. */
async function brokenLinks(page: string): Promise<string[]> {
  const broken: string[] = [];
  for (const link of linksOf(await readFile(path.join(ROOT, page), "utf8"))) {
    if (/^[a-z]+:/i.test(link)) continue; // https:, mailto:: not checked here
    const [file = "", anchor] = link.split("#", 2);
    const target = file === "" ? path.join(ROOT, page) : path.resolve(ROOT, path.dirname(page), file);
    if (!target.startsWith(`${ROOT}${path.sep}`)) {
      broken.push(`${page}: ${link}: outside the repository`);
      continue;
    }
    const found = await stat(target).catch(() => undefined);
    if (found === undefined) broken.push(`${page}: ${link}: no such file`);
    else if (anchor !== undefined && !(found.isFile() && anchorsOf(await readFile(target, "utf8")).has(anchor)))
      broken.push(`${page}: ${link}: no heading with that anchor`);
  }
  return broken;
}

describe("links in the README and docs/", () => {
  it("names headings as GitHub does", () => {
    expect(anchorOf("Drafting from articles: `factsheet extract`")).toBe("drafting-from-articles-factsheet-extract");
    expect(anchorOf("The targets, and what bounds those not met")).toBe("the-targets-and-what-bounds-those-not-met");
    expect(
      [...anchorsOf("# A\n```\n# not a heading\n```\n## How good it is\n")].sort((a, b) => a.localeCompare(b)),
    ).toEqual(["a", "how-good-it-is"]);
  });

  it("finds links outside code only", () => {
    expect(linksOf("[a](docs/x.md) `[b](y.md)`\n```\n[c](z.md)\n```\n[d](#e)")).toEqual(["docs/x.md", "#e"]);
  });

  it("reach files that exist and headings that are there", async () => {
    const docs = (await readdir(path.join(ROOT, "docs"))).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`);
    expect(docs.length).toBeGreaterThan(0);
    const broken = (await Promise.all(["README.md", ...docs].map(brokenLinks))).flat();
    expect(broken).toEqual([]);
  });
});
