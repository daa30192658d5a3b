/**
 * The sentences extraction reads end where the text's sentences end, whatever
 * quotation marks open them: straight, curly, single, or a wire's ``double
 * backticks''. The sentences are invented.
 */
import { describe, expect, it } from "vitest";
import { segmentArticle } from "../../src/extract/segment.js";

const sentencesOf = (body: string): string[] =>
  segmentArticle(`Harbour talks\n${body}\n`)
    .sentences.filter((s) => !s.headline)
    .map((s) => s.text);

describe("sentences", () => {
  it.each([
    ["``", "''"],
    ["“", "”"],
    ['"', '"'],
    ["'", "'"],
  ])("opening with %s end at their own stop, never a letter into the next", (open, close) => {
    const sentences = sentencesOf(`He left. ${open}I think so,${close} he said. But then it rained.`);
    expect(sentences.at(-1)).toBe("But then it rained.");
    for (const s of sentences) expect(s).toMatch(/[.!?]$/);
  });
});
