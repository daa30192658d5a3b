import { describe, expect, it } from "vitest";
import { mentionsNumber, numbersInDigits } from "../../src/text/find-number.js";

describe("numbers as texts write them", () => {
  it("reads digits with separators, decimals, ordinals and scale words", () => {
    expect(numbersInDigits("more than 1,400 people, 2.3 million residents, the 11th time, 224 held")).toEqual([
      1400, 2300000, 11, 224,
    ]);
  });

  it("reads a scale word joined by a hyphen, as wire copy writes an amount before its noun", () => {
    // Invented: "a 1.3-billion-dlr loan", "a 400-million-dollar plan".
    expect(numbersInDigits("a 1.3-billion-dlr loan and a 400-million-dollar plan")).toEqual([
      1_300_000_000, 400_000_000,
    ]);
  });

  it("reads a scale word joined to a dollar amount, as USA TODAY writes it ('$64.8million'), and no other", () => {
    // Invented: "$64.8million", "3million votes" (a word joined to a bare number is not read as its scale).
    expect(numbersInDigits("gave $64.8million and $1million")).toEqual([64_800_000, 1_000_000]);
    expect(numbersInDigits("won 3million votes")).toEqual([3]);
  });

  it("reads the first value of a range in the scale its second value carries, and also as written", () => {
    // Invented: "between 200 and 300 mln dlrs", "2 to 3 million people", "5-7 billion".
    expect(numbersInDigits("between 200 and 300 mln dlrs")).toEqual([200_000_000, 200, 300, 300_000_000]);
    expect(numbersInDigits("2 to 3 million people")).toEqual([2_000_000, 2, 3_000_000]);
    expect(numbersInDigits("5-7 billion")).toEqual([5_000_000_000, 5, 7_000_000_000]);
    // No scale after the second value: nothing shared.
    expect(numbersInDigits("between 200 and 300 people, a 3-5 win")).toEqual([200, 300, 3, 5]);
    // Not a range: "and" without "between", a larger first value, a vote.
    expect(numbersInDigits("killed 12 and 2 million were displaced")).toEqual([12, 2_000_000]);
    expect(numbersInDigits("between 500 and 1 million people")).toEqual([500, 1_000_000]);
    expect(numbersInDigits("from 800 to 1.2 million dollars")).toEqual([800, 1_200_000]);
    expect(numbersInDigits("The vote was 52-3 million")).toEqual([52, 3_000_000]);
  });

  it("does not read a number out of the middle of another", () => {
    expect(numbersInDigits("10,300")).toEqual([10300]);
    expect(numbersInDigits("version 3.10")).toEqual([3.1]);
  });

  it("finds a figure written in digits or in words", async () => {
    expect(await mentionsNumber("over 1 million Palestinians", 1_000_000)).toBe(true);
    expect(await mentionsNumber("more than 7,000 people", 7000)).toBe(true);
    expect(await mentionsNumber("the nearly seven-month-long conflict", 7)).toBe(true);
    expect(await mentionsNumber("four informed diplomats", 4)).toBe(true);
    expect(await mentionsNumber("more than 7,000 people", 700)).toBe(false);
  });
});

describe("plain number words", async () => {
  const { numbersInPlainWords } = await import("../../src/text/find-number.js");
  it("reads cardinals, compounds and scales without the language library", () => {
    expect(numbersInPlainWords("the nearly seven-month-long conflict")).toEqual([7]);
    expect(numbersInPlainWords("two hundred and five people, twenty-five boats, a dozen eggs")).toEqual([205, 25, 12]);
    expect(numbersInPlainWords("one thousand")).toEqual([1000]);
  });

  it("reads a number of dozens as their product ('more than two dozen': 24), as the extractor does", () => {
    expect(numbersInPlainWords("more than two dozen police officers")).toEqual([24]);
    expect(numbersInPlainWords("a couple dozen investment bankers")).toContain(24);
    expect(numbersInPlainWords("investigated twice")).toEqual([2]);
    expect(numbersInPlainWords("some three dozen boats and a dozen eggs")).toEqual([36, 12]);
  });

  it("does not make numbers of words English does not compose", () => {
    expect(numbersInPlainWords("twenty twenty-four")).toEqual([20, 24]);
    expect(numbersInPlainWords("one two three")).toEqual([1, 2, 3]);
    expect(numbersInPlainWords("a million reasons")).toEqual([]);
  });
});

describe("fractions in digits", () => {
  it("reads '3/8', '3-1/2' and '3 1/2' as wire copy writes prices and shares", async () => {
    expect(await mentionsNumber("fell 3/8 to 41", 0.375)).toBe(true);
    expect(await mentionsNumber("rose 3-1/2 points", 3.5)).toBe(true);
    expect(await mentionsNumber("rose 3 1/2 points", 3.5)).toBe(true);
    expect(await mentionsNumber("rose 3-1/2 points", 0.5)).toBe(false);
  });

  it("does not read a date as a fraction", async () => {
    expect(await mentionsNumber("on 11/12/2004", 11 / 12)).toBe(false);
  });
});

describe("dozens", () => {
  it('finds six in "a half dozen" and "half a dozen"', async () => {
    expect(await mentionsNumber("a half dozen ships", 6)).toBe(true);
    expect(await mentionsNumber("half a dozen tugs", 6)).toBe(true);
    expect(await mentionsNumber("half-dozen tugs", 6)).toBe(true);
    expect(await mentionsNumber("a dozen tugs", 6)).toBe(false);
  });
});

describe("a decade and a century", () => {
  it("are one unit and its years: 'a decade' 1 or 10, 'half a century' 0.5 or 50", async () => {
    expect(await mentionsNumber("served for a decade", 10)).toBe(true);
    expect(await mentionsNumber("served for a decade", 1)).toBe(true);
    expect(await mentionsNumber("the first vote in half a century", 50)).toBe(true);
    expect(await mentionsNumber("the first vote in a century", 100)).toBe(true);
    expect(await mentionsNumber("served for a decade", 100)).toBe(false);
    expect(await mentionsNumber("served for a year", 10)).toBe(false);
    expect(await mentionsNumber("a surge over the next decade", 10)).toBe(true);
  });

  it("reads 'a half-century' as 50 years and 'a quarter-century' as 25, as `extract` drafts them", async () => {
    expect(await mentionsNumber("after a half-century of military rule", 50)).toBe(true);
    expect(await mentionsNumber("ended a quarter-century of war", 25)).toBe(true);
    expect(await mentionsNumber("ended a quarter-century of war", 50)).toBe(false);
  });

  it("reads a share with its noun between the two numbers, as `extract` drafts it ('one adult in five')", async () => {
    // Invented: "one adult in five", "two voters out of three".
    expect(await mentionsNumber("one adult in five", 0.2)).toBe(true);
    expect(await mentionsNumber("two voters out of three", 0.67)).toBe(true);
    expect(await mentionsNumber("one adult in five", 0.25)).toBe(false);
    expect(await mentionsNumber("One British adult in five", 0.2)).toBe(true);
  });
});

describe("a scaled amount", () => {
  it("matches its value whatever floating-point noise the scale adds: '$17.1bn' is 17,100,000,000", async () => {
    expect(await mentionsNumber("BP gets $17.1bn for its stake", 17_100_000_000)).toBe(true);
    expect(await mentionsNumber("BP gets $17.1bn for its stake", 17_000_000_000)).toBe(false);
  });
});
