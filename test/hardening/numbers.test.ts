/**
 * Negative numbers and abbreviated scales without a currency sign, as a figure's wording writes
 * them. The texts and the figure are invented (the brief is the harbour fixture, one value changed).
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { mentionsNumber, numbersInDigits } from "../../src/text/find-number.js";
import { FIXTURES, runCli, useTempDir } from "../helpers.js";

describe("negative numbers", () => {
  it("reads a hyphen-minus or a minus sign directly before digits as a minus", () => {
    expect(numbersInDigits("-5")).toEqual([-5]);
    expect(numbersInDigits("\u22125")).toEqual([-5]);
    expect(numbersInDigits("fell to -5 degrees (-2.5 on average), a loss of -$5m")).toEqual([-5, -2.5, -5_000_000]);
  });

  it("does not read a range, a date or a name's number as negative", () => {
    expect(numbersInDigits("aged 18-25")).toEqual([18, 25]);
    expect(numbersInDigits("3 - 5")).toEqual([3, 5]);
    expect(numbersInDigits("2024-03-08")).toEqual([2024, 3, 8]);
    expect(numbersInDigits("COVID-19")).toEqual([19]);
    expect(numbersInDigits("a--5")).toEqual([5]);
  });

  it("finds -5 written as -5 or \u22125, and not where the text says 5", async () => {
    expect(await mentionsNumber("-5", -5)).toBe(true);
    expect(await mentionsNumber("a low of \u22125", -5)).toBe(true);
    expect(await mentionsNumber("a low of 5", -5)).toBe(false);
  });
});

describe("abbreviated scales without a currency sign", () => {
  it("reads 2.7m both as 2.7 (it may be metres) and as 2.7 million", async () => {
    expect(numbersInDigits("2.7m people")).toEqual([2.7, 2_700_000]);
    expect(numbersInDigits("5bn")).toEqual([5, 5_000_000_000]);
    expect(await mentionsNumber("2.7m people", 2_700_000)).toBe(true);
    expect(await mentionsNumber("a 5m wall", 5)).toBe(true);
  });

  it("keeps the currency rule: after a sign the abbreviation is a scale only", () => {
    expect(numbersInDigits("£31m and $2bn")).toEqual([31_000_000, 2_000_000_000]);
  });
});

describe("a figure whose value is negative", () => {
  const dir = useTempDir("negative");
  beforeAll(async () => {
    await cp(path.join(FIXTURES, "harbour"), path.join(dir(), "harbour"), { recursive: true });
    const brief = await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8");
    const changed = brief.replace(
      "      - value: 1500\n        qualifier: nearly\n        wording: nearly 1,500 workers\n",
      '      - value: "-5"\n        wording: "-5"\n',
    );
    expect(changed).not.toBe(brief);
    await writeFile(path.join(dir(), "negative.yaml"), changed);
    // The invented sentence the wording quotes, added to the copy of source b.
    const b = path.join(dir(), "harbour", "sources", "b.txt");
    await writeFile(b, `${await readFile(b, "utf8")}\nThe union's balance stood at -5 on Friday.\n`);
  });

  it("passes check when its wording says -5, at exit 0", async () => {
    const cli = await runCli(["check", "negative.yaml"], { cwd: dir() });
    expect(cli.err).not.toMatch(/figure-number/);
    expect(cli.code).toBe(0);
  });
});
