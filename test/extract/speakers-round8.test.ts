/**
 * Speakers the ninth batch of real dev articles showed missed (issue 18, eighth round): a newspaper quoted in a
 * press review, named by what it is or with an adjective before its name; and, from this round's review, words
 * about a person that are not theirs. Every
 * passage here is INVENTED for these tests; the papers and people in it are fictional.
 */
import { describe, expect, it } from "vitest";
import { speakersOf } from "./read-article.js";

describe("a newspaper quoted", () => {
  it("speaks where named before 'daily said', and in the quotation that follows", () => {
    expect(
      speakersOf(
        'Headline\n\nThe mayor played an "important role", Varnia\'s Dorsk Morgenblad daily said in its online edition. "She agreed to pay more, so the deal could go through."',
      ),
    ).toEqual([
      ["important role", "Dorsk Morgenblad"],
      ["She agreed to", "Dorsk Morgenblad"],
    ]);
  });

  it("speaks with an adjective before its name", () => {
    expect(
      speakersOf(
        'Headline\n\nThe conservative Daily Mail said: "The prime minister has given in to all of them."\n\nThe right-wing Morning Chronicle struck a similar note, arguing that "he was set to get virtually nothing."',
      ),
    ).toEqual([
      ["The prime minister", "Daily Mail"],
      ["he was set", "Morning Chronicle"],
    ]);
  });
});

describe("words about a person, not by them", () => {
  it("never gives a quote to the one a passive verb or the sentence before is about", () => {
    const quotes = speakersOf(
      'Headline\n\nAna Ruiz was talking to her lawyer on Monday. "She is exhausted," her husband said.\n\nKim Lee was charged with "reckless disregard for human life", court papers show.\n\nIvo Petrov protested his innocence. "He was framed," his brother told reporters.',
    );
    expect(
      quotes.filter(([, speaker]) => speaker === "Ana Ruiz" || speaker === "Kim Lee" || speaker === "Ivo Petrov"),
    ).toEqual([]);
  });
});

describe("a town and its shortened state in an apposition", () => {
  it("is no end of the sentence nor the apposition's opening", () => {
    expect(
      speakersOf(
        "Headline\n\nThe president freed a spy in exchange for Nick Varlov, a reporter.\n\n''I would have been sitting in prison for a long time,'' Mr. Varlov, now 81 and retired in Cambridge, Mass., said by telephone this week.",
      ),
    ).toEqual([["I would have", "Nick Varlov"]]);
  });
});

describe("a statement someone issued", () => {
  it("gives its words to the one named as issuing it, and to no one earlier when the issuer is unnamed", () => {
    expect(
      speakersOf(
        'Headline\n\nAfter a late meeting, the Security Council issued a statement calling the test "a clear violation" of five resolutions.\n\nThe ministry issued a statement saying "the talks will resume on Monday after the holiday."',
      ),
    ).toEqual([
      ["a clear violation", "Security Council"],
      ["the talks will", null],
    ]);
  });
});
