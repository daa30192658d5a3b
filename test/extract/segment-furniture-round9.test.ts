/**
 * Page furniture the tenth dev batch showed (issue 18, ninth round): an agency's credit line, a photograph's credit
 * and its caption, the carrying page's editor's note. The lines here are INVENTED for these tests; the people in
 * them are fictional.
 */
import { describe, expect, it } from "vitest";
import { segmentArticle } from "../../src/extract/segment.js";
import { readArticle } from "./read-article.js";

const page = [
  "Mayor visits flood town",
  "",
  "ORLANDO, Fla. (Reuters) - Mayor Ana Reyes visited the town on Thursday and said it would be rebuilt.",
  "",
  "Tom Vardan / Reuters.",
  "",
  "Mayor Ana Reyes hugs resident Kim Sorel as Governor Piet Anders watches on Thursday, June 16, 2016.",
  "",
  "The town flooded on Sunday after days of rain.",
  "",
  "(Additional reporting by Julia Marsh and Peter Ilse in Orlando; Writing by Scott Mallard; Editing by Frances Kell.)",
  "",
  "The Daily Post has supplemented this Reuters article with additional quotes from a pool report.",
  "",
].join("\n");

describe("page furniture", () => {
  it("sets aside a credit line, a photograph's credit and caption, and an editor's note", () => {
    const reasons = segmentArticle(page).furniture.map((f) => f.reason);
    expect(reasons).toEqual([
      "a photograph's credit",
      "a photograph's caption",
      "the agency's credit line",
      "an editor's note",
    ]);
  });

  it("drafts none of the names in them as people", () => {
    const people = readArticle(page)
      .actors.filter((a) => a.kind === "person")
      .map((a) => a.name);
    expect(people).toEqual(["Ana Reyes"]);
  });

  it("keeps a paragraph of the story after a photograph's credit when it is more than one sentence", () => {
    const text = "Headline\n\nTom Vardan / Reuters.\n\nThe town flooded. Ana Reyes said it would be rebuilt.\n";
    expect(segmentArticle(text).furniture.map((f) => f.reason)).toEqual(["a photograph's credit"]);
  });
});

describe("a head inside the story", () => {
  it("is furniture between dashes or in capitals with a full stop, and its quoted words are no quote", () => {
    const text =
      "Headline\n\nTom Vardan fled in 2014.\n\n– ‘Besieged in my head’ –.\n\nREGIONAL WORRIES.\n\nRecovering from a loss.\n\nHe spoke.\n";
    expect(segmentArticle(text).furniture.map((f) => [text.slice(f.start, f.end), f.reason])).toEqual([
      ["– ‘Besieged in my head’ –.", "a section head"],
      ["REGIONAL WORRIES.", "a section head"],
    ]);
    expect(readArticle(text).quotes).toEqual([]);
  });
});
