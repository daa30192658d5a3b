/**
 * Files a brief names are read only from inside the project, links followed; a brief that cannot
 * be read, or is not text, is an unreadable input (exit 3). The project and the "secret" here are
 * invented, in temp folders.
 */
import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { checkBrief } from "../../src/commands/check-brief.js";
import { formatDiagnostic } from "../../src/diagnostics/index.js";
import { FIXTURES, runCli, tempDirForTest } from "../helpers.js";

const SECRET = "The launch codes are 0000 and the dock workers are paid in cash";

/** A copy of the harbour fixture in a project folder, and a secret file outside the project. */
const setUp = async (): Promise<{ project: string; outside: string }> => {
  const root = await tempDirForTest("links");
  const project = path.join(root, "project");
  const outside = path.join(root, "outside");
  await mkdir(outside, { recursive: true });
  await cp(path.join(FIXTURES, "harbour"), path.join(project, "harbour"), { recursive: true });
  await cp(path.join(FIXTURES, "harbour.yaml"), path.join(project, "harbour.yaml"));
  await writeFile(path.join(outside, "secret.txt"), `${SECRET}.\n`);
  return { project, outside };
};

const everythingSaid = (checked: Awaited<ReturnType<typeof checkBrief>>): string =>
  checked.diagnostics.map((d) => `${formatDiagnostic(d)}\n${d.hint ?? ""}`).join("\n");

describe("links to files outside the project", () => {
  let project: string;
  let outside: string;
  beforeEach(async () => {
    ({ project, outside } = await setUp());
  });

  it("refuses a source text that is a link to a file outside, and never shows what it holds", async () => {
    const catalog = path.join(project, "harbour", "sources", "sources.yaml");
    const text = await readFile(catalog, "utf8");
    const [first] = /file: (\S+)/.exec(text)?.slice(1) ?? [];
    expect(first).toBeDefined();
    const target = path.join(project, "harbour", "sources", first as string);
    await rm(target);
    await symlink(path.join(outside, "secret.txt"), target);
    const checked = await checkBrief(path.join(project, "harbour.yaml"), project);
    expect(checked.errors).toBeGreaterThan(0);
    expect(everythingSaid(checked)).toContain("it is a link to a file outside the project");
    expect(everythingSaid(checked)).not.toContain("launch codes");
  });

  it("refuses a catalogue that is a link to a file outside", async () => {
    const catalog = path.join(project, "harbour", "sources", "sources.yaml");
    await cp(catalog, path.join(outside, "sources.yaml"));
    await rm(catalog);
    await symlink(path.join(outside, "sources.yaml"), catalog);
    const checked = await checkBrief(path.join(project, "harbour.yaml"), project);
    expect(checked.diagnostics.map((d) => d.message)).toEqual([
      "the source catalogue harbour/sources/sources.yaml is a link to a file outside the project: copy the file into the project",
    ]);
  });

  it("refuses a sources folder that is a link to a folder outside", async () => {
    const folder = path.join(project, "harbour", "sources");
    await cp(folder, path.join(outside, "sources"), { recursive: true });
    await rm(folder, { recursive: true });
    await symlink(path.join(outside, "sources"), folder);
    const checked = await checkBrief(path.join(project, "harbour.yaml"), project);
    expect(checked.errors).toBe(1);
    expect(everythingSaid(checked)).toContain("is a link to a file outside the project");
  });

  it("follows a link that stays inside the project", async () => {
    const folder = path.join(project, "harbour", "sources");
    await cp(folder, path.join(project, "elsewhere"), { recursive: true });
    await rm(folder, { recursive: true });
    await symlink(path.join(project, "elsewhere"), folder);
    const checked = await checkBrief(path.join(project, "harbour.yaml"), project);
    expect(checked.errors).toBe(0);
  });
});

describe("a brief that cannot be checked at all", () => {
  it("exits 3 with the place of invalid UTF-8 in the brief", async () => {
    const dir = await tempDirForTest("unreadable");
    await writeFile(path.join(dir, "b.yaml"), Buffer.from([...Buffer.from("title: caf"), 0xe9, 0x20, 0x0a]));
    const result = await runCli(["check", "b.yaml"], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.err).toContain("b.yaml:1:11: invalid UTF-8 (byte 0xe9 at offset 10)");
  });

  it("exits 1, not 3, for a readable brief holding a forbidden character", async () => {
    const dir = await tempDirForTest("forbidden");
    await writeFile(path.join(dir, "b.yaml"), "title: March \u200F4\n");
    const result = await runCli(["check", "b.yaml"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.err).toContain("b.yaml:1:14: error: bidirectional control character U+200F");
  });
});

describe("messages", () => {
  it("says an actor, not a actor", async () => {
    const dir = await tempDirForTest("article");
    await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
    const brief = await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8");
    const quote = /quotes:\n {2}- id: (\S+)/.exec(brief)?.[1];
    expect(quote).toBeDefined();
    // A position whose party is a quote's id: the message names both kinds with their articles.
    await writeFile(path.join(dir, "b.yaml"), brief.replace(/party: \S+/, `party: ${quote}`));
    const checked = await checkBrief(path.join(dir, "b.yaml"), dir);
    expect(checked.diagnostics.map((d) => d.message)).toContain(`\`${quote}\` is a quote, not an actor`);
  });
});

describe("extract --into", () => {
  const article = path.join(FIXTURES, "extract", "unseen", "harbour-strike.txt");

  it("refuses to write through a catalogue linked to a file outside the project, and writes nothing", async () => {
    const { project, outside } = await setUp();
    const catalog = path.join(project, "harbour", "sources", "sources.yaml");
    await cp(catalog, path.join(outside, "sources.yaml"));
    await rm(catalog);
    await symlink(path.join(outside, "sources.yaml"), catalog);
    const outsideBefore = await readFile(path.join(outside, "sources.yaml"), "utf8");
    const briefBefore = await readFile(path.join(project, "harbour.yaml"), "utf8");
    const result = await runCli(["extract", article, "--published", "2026-03-19", "--into", "harbour.yaml"], {
      cwd: project,
    });
    expect(result.code).toBe(5);
    expect(result.err).toContain("is a link to a place outside the project");
    expect(await readFile(path.join(outside, "sources.yaml"), "utf8")).toBe(outsideBefore);
    expect(await readFile(path.join(project, "harbour.yaml"), "utf8")).toBe(briefBefore);
  });

  it("refuses to copy an article into a sources folder linked to a folder outside", async () => {
    const { project, outside } = await setUp();
    const folder = path.join(project, "harbour", "sources");
    await cp(folder, path.join(outside, "sources"), { recursive: true });
    await rm(folder, { recursive: true });
    await symlink(path.join(outside, "sources"), folder);
    const result = await runCli(["extract", article, "--published", "2026-03-19", "--into", "harbour.yaml"], {
      cwd: project,
    });
    expect(result.code).toBe(5);
    await expect(readFile(path.join(outside, "sources", "harbour-strike.txt"))).rejects.toMatchObject({
      code: "ENOENT",
    });
  });
});
