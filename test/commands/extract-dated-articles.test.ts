/**
 * `factsheet extract ARTICLE@DATE ...`: several articles in one call, each with its own publication
 * date. The articles below are invented for the test.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ExitCode } from "../../src/errors.js";
import { runCli, useTempDir } from "../helpers.js";

const tmp = useTempDir("extract-dated");

/** A brief with an empty catalogue folder, and three invented articles that each date a meeting "last Friday". */
const setUp = async (name: string): Promise<string> => {
  const dir = path.join(tmp(), name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "brief.yaml"), "title: Ferry talks\nas_of: 2024-05-03\nsummary: To write.\n");
  const article = (town: string) =>
    `${town} ferry talks resume\nThe mayor of ${town} met the ferry operators last Friday to discuss the timetable.\n`;
  await writeFile(path.join(dir, "a.txt"), article("Lindow"));
  await writeFile(path.join(dir, "b.txt"), article("Marrow"));
  await writeFile(path.join(dir, "c@home.txt"), article("Sorrel"));
  return dir;
};

const catalogue = async (dir: string): Promise<{ file: string; published: string }[]> =>
  parse(await readFile(path.join(dir, "sources", "sources.yaml"), "utf8"), { schema: "failsafe" }).sources;

describe("extract ARTICLE@DATE", () => {
  it("dates each article by its own operand, the others by --published, and resolves relative dates against each", async () => {
    const dir = await setUp("three");
    const { code, err } = await runCli(
      [
        "extract",
        "a.txt@2024-05-01",
        "b.txt@2024-05-03",
        "c@home.txt",
        "--published",
        "2024-04-20",
        "--into",
        "brief.yaml",
      ],
      { cwd: dir },
    );
    expect(err).toBe("");
    expect(code).toBe(ExitCode.ok);
    expect((await catalogue(dir)).map((s) => [s.file, s.published])).toEqual([
      ["a.txt", "2024-05-01"],
      ["b.txt", "2024-05-03"],
      ["c@home.txt", "2024-04-20"],
    ]);
    const brief = parse(await readFile(path.join(dir, "brief.yaml"), "utf8"), { schema: "failsafe" });
    const dates = brief.timeline.map((e: { date: string; text: string }) => [e.text.split(" ")[3], e.date]);
    // "last Friday" before Wednesday 1 May is 26 April; before Friday 3 May, 26 April too; before Saturday 20 April, 19 April.
    expect(dates).toEqual([
      ["Lindow", "2024-04-26"],
      ["Marrow", "2024-04-26"],
      ["Sorrel", "2024-04-19"],
    ]);
  });

  it("refuses a date that is none, naming the operand, before anything is written", async () => {
    const dir = await setUp("bad");
    for (const operand of ["a.txt@2024-13-01", "a.txt@1 May", "a.txt@"]) {
      const { code, err } = await runCli(["extract", operand, "b.txt@2024-05-03", "--into", "brief.yaml"], {
        cwd: dir,
      });
      expect(code, operand).toBe(ExitCode.usage);
      expect(err, operand).toContain(`${operand}: the date after @ must be a publication date as YYYY-MM-DD`);
      expect(err).not.toMatch(/\n\s+at /);
    }
    expect(await readFile(path.join(dir, "brief.yaml"), "utf8")).toBe(
      "title: Ferry talks\nas_of: 2024-05-03\nsummary: To write.\n",
    );
  });

  it("says which file is missing, and refuses one article given two dates", async () => {
    const dir = await setUp("missing");
    const missing = await runCli(["extract", "d.txt@2024-05-01", "--into", "brief.yaml"], { cwd: dir });
    expect(missing.code).toBe(ExitCode.input);
    expect(missing.err).toContain("d.txt: cannot read file: no such file");
    const twice = await runCli(["extract", "a.txt@2024-05-01", "a.txt@2024-05-02"], { cwd: dir });
    expect(twice.code).toBe(ExitCode.usage);
    expect(twice.err).toContain("a.txt is named twice, published 2024-05-01 and 2024-05-02");
    const undated = await runCli(["extract", "a.txt"], { cwd: dir });
    expect(undated.err).toContain("give its publication date with --published YYYY-MM-DD or as a.txt@YYYY-MM-DD");
  });
});
