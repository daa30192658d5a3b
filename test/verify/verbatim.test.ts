import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldFully, foldText, splitElisions } from "../../src/text/fold-text.js";
import { containsVerbatim } from "../../src/verify/find-verbatim.js";
import { nearestPassage } from "../../src/verify/nearest-passage.js";
import { prepareSourceText } from "../../src/verify/source-text.js";

const source = foldText(
  "Qatar’s Foreign Minister said the release of “all civilians” is “possible within a few days” — if “the fighting ends”.\nRead more: Another headline\nHe added: “We are still optimistic.”",
);

describe("foldText", () => {
  it("folds white space, curly quotes, dashes and the ellipsis character", () => {
    expect(foldText("“It’s  a\n  test” – no…")).toBe(`"It's a test" - no...`);
  });

  it("keeps case and other punctuation", () => {
    expect(foldText("Clarity, please!")).toBe("Clarity, please!");
  });

  it("gives what every pass gives, whether or not it takes its shortcut for text already folded", () => {
    // Each of these needs one of the passes; the shortcut must not skip it.
    for (const text of ["`a`", "a  b", " a", "a ", "a\tb", "a\nb", "\u00ADa", "e\u0301", "a\u2014b", "\u2026"]) {
      expect(foldText(text)).toBe(foldFully(text));
      expect(foldText(text)).not.toBe(text);
    }
    // Mostly the characters the passes touch, around the shortcut's edges.
    const char = fc.constantFrom(
      ..."aZ09 `'\"-.~!\t\n\r\u000B\u00A0\u00AD\u00B4\u00AB\u2014\u2019\u201C\u2026\u200B\u3000\u0301\u00E9\u007F\u0000",
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const text = chars.join("");
        expect(foldText(text)).toBe(foldFully(text));
      }),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 30 }), (text) => foldText(text) === foldFully(text)));
  });
});

describe("containsVerbatim", () => {
  it("matches straight quotes against curly ones and dashes against dashes", () => {
    expect(containsVerbatim(source, 'Qatar\'s Foreign Minister said the release of "all civilians"')).toBe(true);
    expect(containsVerbatim(source, 'within a few days" - if')).toBe(true);
  });

  it("does not match a changed word, or a word cut in half", () => {
    expect(containsVerbatim(source, "the release of all civilians")).toBe(false);
    expect(containsVerbatim(source, "oreign Minister")).toBe(false);
    expect(containsVerbatim(source, "Foreign Ministers")).toBe(false);
  });

  it("treats ... and … as elisions whose parts must occur in order", () => {
    expect(containsVerbatim(source, "Qatar's Foreign Minister ... within a few days")).toBe(true);
    expect(containsVerbatim(source, "Qatar's Foreign Minister … We are still optimistic.")).toBe(true);
    expect(containsVerbatim(source, "We are still optimistic ... Qatar's Foreign Minister")).toBe(false);
  });

  it("does not stitch a quote together from parts far apart in the article", () => {
    const filler = "Other news of the day filled the pages. ".repeat(10);
    const article = foldText(`The minister said the talks were hard. ${filler}He added that hope remained.`);
    expect(containsVerbatim(article, "The minister said ... hope remained")).toBe(false);
    const close = foldText("The minister said the talks were hard, but that hope remained.");
    expect(containsVerbatim(close, "The minister said ... hope remained")).toBe(true);
  });

  it("splits elisions", () => {
    expect(splitElisions("a b … c ... d")).toEqual(["a b", "c", "d"]);
  });
});

describe("not-citable lines", () => {
  const entry = {
    id: "x",
    file: "x.txt",
    headline: "h",
    outlet: "o",
    published: "2024-01-01",
    not_citable: ["Read more: Another headline"],
  };
  const prepared = prepareSourceText(entry, "First line.\nRead more: Another headline\nLast line.");

  it("cuts them out of what can be cited, and no match runs across the gap", () => {
    expect(containsVerbatim(prepared.citable, "Read more")).toBe(false);
    expect(containsVerbatim(prepared.citable, "First line. Last line.")).toBe(false);
    expect(containsVerbatim(prepared.full, "Read more: Another headline")).toBe(true);
    expect(prepared.missingNotCitable).toEqual([]);
  });

  it("reports a not-citable line that the text does not have", () => {
    const wrong = prepareSourceText({ ...entry, not_citable: ["Read more: Other"] }, "Text.\n");
    expect(wrong.missingNotCitable).toEqual([0]);
  });
});

describe("nearestPassage", () => {
  it("finds the passage most like a misquote", () => {
    expect(nearestPassage(source, "We are very optimistic")).toBe("We are still optimistic");
  });

  it("gives nothing when no word matches", () => {
    expect(nearestPassage(source, "zebra")).toBeUndefined();
  });
});
