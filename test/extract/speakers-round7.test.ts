/**
 * Speakers the eighth batch of real dev articles showed drafted wrong (issue 18, seventh round): an attribution
 * glued to the closing mark, a speaker before an apposition that names a held town, a title in quotation marks
 * before a name, words a speaker "attributed" something to, and a one-word name that the next attribution calls
 * "he". Every passage here is INVENTED for these tests; the people, bodies and places in them are fictional.
 */
import { describe, expect, it } from "vitest";
import { readArticle, speakersAndPatterns, speakersOf } from "./read-article.js";

describe("a speaker", () => {
  it("follows a closing mark with no space before the verb", () => {
    expect(speakersOf('Headline\n\nThe port reopened. "Ships can dock from Saturday,"said Tom Hale.')).toEqual([
      ["Ships can dock", "Tom Hale"],
    ]);
  });

  it("opens a sentence whose apposition names a town held by someone", () => {
    const text =
      'Headline\n\nRebel leader Dario Velt spoke first.\n\nVelt, speaking at a news conference in rebel-held Marsova, on the border with Rwanda, said a truce "will prolong the agony of our people."';
    expect(speakersOf(text)).toEqual([["will prolong the", "Dario Velt"]]);
    expect(readArticle(text).actors.map((a) => a.name)).not.toContain("Marsova");
  });

  it("attributes something to the words they use", () => {
    expect(
      speakersAndPatterns(
        'Headline\n\nPort spokesman Tom Hale attributed the delays to "a union that keeps changing its demands."',
      ),
    ).toEqual([["a union that", "Tom Hale", "quote-said-before"]]);
  });

  it("named by one word is a person when the next attribution calls the speaker 'he'", () => {
    const text =
      'Headline\n\nDockers marched on Monday.\n\n"We all thought the minister would listen," Varkani said.\n\n"We are extremely upset by this," he said.';
    expect(speakersOf(text)).toEqual([
      ["We all thought", "Varkani"],
      ["We are extremely", "Varkani"],
    ]);
    expect(readArticle(text).actors.find((a) => a.name === "Varkani")?.kind).toBe("person");
  });
});

describe("a title in quotation marks before a name", () => {
  it("is no speech", () => {
    const text =
      'Headline\n\nRebel "foreign minister" Tom Hale told a news conference that "talks will resume very soon."';
    expect(speakersOf(text)).toEqual([["talks will resume", "Tom Hale"]]);
  });
});

describe("a speaker named by a given name or before 'and said'", () => {
  it("is the one person the text names with that given name, who speaks", () => {
    const text =
      'Headline\n\nKessing\'s Zahrul Varadi sought peace on Monday. Zahrul said he sought to "turn the bay into a lake of peace."';
    expect(speakersOf(text)).toEqual([["turn the bay", "Zahrul Varadi"]]);
  });

  it("is the subject of the verb 'and said' is joined to, not the body after 'said'", () => {
    const text =
      'Headline\n\nThe mayor, Tom Hale, denounced the union\'s "ruinous policies," and said the port authority is "striking a blow for the city."';
    expect(speakersOf(text)).toEqual([
      ["ruinous policies", "Tom Hale"],
      ["striking a blow", "Tom Hale"],
    ]);
  });
});
