/**
 * A whole and a fraction in words, read alike by `extract` (find-figures) and `check` (mentionsNumber): "two-and-three-
 * quarter percent" is 2.75, "one-and-a-half million" 1,500,000. Invented wordings.
 */
import { describe, expect, it } from "vitest";
import { mentionsNumber, WHOLE_AND_FRACTION, wholeAndFractionValue } from "../../src/text/find-number.js";

const values = (text: string) => [...text.matchAll(WHOLE_AND_FRACTION)].map((m) => wholeAndFractionValue(m));

describe("a whole and a fraction in words", () => {
  it("is one number, with hyphens or spaces, a compound tens word and a scale after it", () => {
    expect(values("around two-and-three-quarter percent")).toEqual([2.75]);
    expect(values("twenty-two-and-a-half percent")).toEqual([22.5]);
    expect(values("one-and-a-half million barrels")).toEqual([1500000]);
    expect(values("3 and a quarter")).toEqual([3.25]);
    expect(values("one-and-a-third times")).toEqual([1.33333333333]);
  });

  it("is no number where the parts make a whole or more ('one-and-three-thirds') or no fraction follows", () => {
    expect(values("one and three halves")).toEqual([]);
    expect(values("one-and-three-thirds")).toEqual([undefined]);
    expect(values("two and three people")).toEqual([]);
  });

  it("is what check reads in a figure's wording", async () => {
    expect(await mentionsNumber("around two-and-three-quarter percent", 2.75)).toBe(true);
    expect(await mentionsNumber("one-and-a-half million", 1500000)).toBe(true);
    expect(await mentionsNumber("one-and-a-half million", 1.5)).toBe(false);
  });
});
