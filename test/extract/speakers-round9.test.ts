/**
 * Speakers the ninth round showed given to the wrong person (issue 18): words a speaker uses to describe someone
 * named after "describing", "branding", "dubbing" are the speaker's. Every passage here is INVENTED for these
 * tests; the people in it are fictional.
 */
import { describe, expect, it } from "vitest";
import { speakersOf } from "./read-article.js";

describe("a description of someone in the speaker's words", () => {
  it("is the speaker's, not the words of the one described", () => {
    expect(
      speakersOf(
        'Headline\n\nThe bomb blew up near Karim Dassouf\'s car. President Emil Varo said he was "outraged" by the killing, describing Dassouf as the country\'s "symbol of freedom". Defence Minister Ana Reyes said Tuesday she was shocked, branding Dassouf a "true patriot" of the land.',
      ),
    ).toEqual([
      ["outraged", "Emil Varo"],
      ["symbol of freedom", "Emil Varo"],
      ["true patriot", "Ana Reyes"],
    ]);
  });
});
