/**
 * Shortening never cuts inside a word or a number: over generated texts (words, numbers with
 * separators, hyphenated names, punctuation, no-break spaces, other scripts), whatever is left out
 * starts at a space, after any punctuation that would dangle.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shorten } from "../../src/text/shorten.js";

/** The spaces a text may be cut at (not the no-break ones). */
const SPACE = "[\\t\\n\\v\\f\\r \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000]";

/** True when `short` is `text` whole, or `text` cut between two words followed by the ellipsis. */
const cutBetweenWords = (text: string, short: string): boolean => {
  const whole = text.trim();
  if (short === whole) return true;
  if (!short.endsWith("…")) return false;
  const kept = short.slice(0, -1);
  if (kept === "" || !whole.startsWith(kept)) return false;
  // What follows the kept words: punctuation that would have dangled, then a space. Never a
  // letter, digit or mark that continues the last word ("Doh|a", "1|,400", "Al|-Khulaifi").
  return new RegExp(`^[,;:\\-–—/([{“‘«„]*${SPACE}`, "u").test(whole.slice(kept.length));
};

const word = fc.oneof(
  fc.constantFrom(
    "Doha",
    "Hamas",
    "ceasefire",
    "al-Khulaifi",
    "1,400",
    "46,000",
    "7\u00a0October",
    "U.S.",
    "“no",
    "matter”",
    "(Qatar)",
    "said:",
    "–",
    "قطر",
    "חמאס",
    "😀x",
    "e\u0301te\u0301",
  ),
  fc.stringMatching(/^[A-Za-z0-9'’.,;:!?()-]{1,14}$/),
);
const text = fc
  .array(fc.tuple(word, fc.constantFrom(" ", " ", " ", "  ", "\n", "\t")), { maxLength: 40 })
  .map((parts) => parts.map(([w, space]) => `${w}${space}`).join(""));

describe("shorten", () => {
  it("never cuts inside a word or a number, over generated texts", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 120 }), (t, max) => {
        const short = shorten(t, max);
        expect(cutBetweenWords(t, short), JSON.stringify({ t, max, short })).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it("keeps within the length asked for, unless one word alone is longer", () => {
    const words = (t: string) =>
      t.split(new RegExp(SPACE, "u")).filter((w) => w !== "" && !/^[,;:\-–—/([{“‘«„]*$/u.test(w));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 120 }), (t, max) => {
        const short = shorten(t, max);
        if (short.length > max) expect(words(short.replace(/…$/u, "")).length, short).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2_000 },
    );
  });

  it("gives back a text that fits whole, and the most words that fit otherwise", () => {
    expect(shorten("Talks resume in Doha", 20)).toBe("Talks resume in Doha");
    expect(shorten("  Talks resume in Doha  ", 20)).toBe("Talks resume in Doha");
    expect(shorten("Talks between the harbour master and the union stall over dredging fees.", 70)).toBe(
      "Talks between the harbour master and the union stall over dredging…",
    );
    expect(shorten("More than 1,400 people were killed", 12)).toBe("More than…");
    expect(shorten("Killed: 1,400 people", 12)).toBe("Killed…");
    expect(shorten("Mohammed bin Abdulaziz Al-Khulaifi said", 30)).toBe("Mohammed bin Abdulaziz…");
    expect(shorten("He said “no matter how difficult”", 12)).toBe("He said “no…");
    expect(shorten("He said “no matter how difficult”", 11)).toBe("He said…");
    expect(shorten("the 7\u00a0October attack", 10)).toBe("the…");
    // A first word longer than the room is kept whole.
    expect(shorten("Internationalisation matters", 8)).toBe("Internationalisation…");
    expect(shorten("Internationalisation", 8)).toBe("Internationalisation");
  });
});
