/**
 * Speakers the ninth batch of real dev articles showed missed (issue 18, eighth round): a newspaper quoted in a
 * press review, named by what it is or with an adjective before its name, and an inverted "charged". Every
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
        'Headline\n\nThe conservative Daily Mail said: "The prime minister has given in to all of them."\n\nThe right-wing Morning Courier struck a similar note, arguing that "he was set to get virtually nothing."',
      ),
    ).toEqual([
      ["The prime minister", "Daily Mail"],
      ["he was set", "Morning Courier"],
    ]);
  });
});

describe("an inverted attribution", () => {
  it("reads 'charged' after the quotation as a verb of speech", () => {
    expect(
      speakersOf(
        'Headline\n\n"The other parties have more seats than they deserve," charged Omar Latif, an election observer.',
      ),
    ).toEqual([["The other parties", "Omar Latif"]]);
  });
});
