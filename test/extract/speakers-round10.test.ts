/**
 * Speakers the tenth round found left unnamed (issue 18): a document's words given to the body that issued it
 * in an earlier sentence, the analysts who wrote a note a bank issued, "they" for the body just named, and
 * "branded" as a way to say words. Every passage here is INVENTED for these tests; the people, bodies and
 * places in it are fictional or used fictionally.
 */
import { describe, expect, it } from "vitest";
import { speakersOf } from "./read-article.js";

describe("a document named again", () => {
  it("is the words of the body that issued it in the sentence before", () => {
    expect(
      speakersOf(
        'Headline\n\nThe Varnian Red Cross released a report on the camps on Monday. "Conditions are dire," the report said.',
      ),
    ).toEqual([["Conditions are dire", "Varnian Red Cross"]]);
  });

  it("stays unnamed when the body that issued it is not named", () => {
    expect(
      speakersOf('Headline\n\nThe ministry issued a statement on Monday. "The talks failed," the statement said.'),
    ).toEqual([["The talks failed", null]]);
  });
});

describe("the analysts who wrote a note", () => {
  it("speak for the bank that issued it", () => {
    expect(
      speakersOf(
        'Headline\n\nOn Friday, Morvan Bank released an analysts\' note on the economy. "Growth will slow sharply this year," the analysts said.',
      ),
    ).toEqual([["Growth will slow", "Morvan Bank"]]);
  });

  it("stay unnamed when no body issued a document in the sentence before", () => {
    expect(
      speakersOf(
        'Headline\n\nMorvan Bank cut its rates on Friday. Markets rose. "Growth will slow sharply this year," the analysts said.',
      ),
    ).toEqual([["Growth will slow", null]]);
  });
});

describe("“they” after a body", () => {
  it("is the body named just before, when no people were named since", () => {
    expect(
      speakersOf(
        'Headline\n\nThe Varnian Council issued its ruling on Tuesday. "The law stands as written," they said.',
      ),
    ).toEqual([["The law stands", "Varnian Council"]]);
  });

  it("is no one when people were named between", () => {
    expect(
      speakersOf(
        'Headline\n\nThe carmaker Volta Motors fired 20 workers on Monday. "We were given no warning," they said.',
      ),
    ).toEqual([["We were given", null]]);
  });
});

describe("a person, a role and a relative clause in commas before 'said'", () => {
  it("is the person who opens the clause", () => {
    expect(
      speakersOf(
        "Headline\n\nTom Vardan, president of the Federation of Varnian Teachers, which represents Osten City educators, said he hopes the day sends a message that “parents are standing up for their schools.”",
      ),
    ).toEqual([["parents are standing", "Tom Vardan"]]);
  });

  it("is the person opening the clause, not one named in the sentence before", () => {
    expect(
      speakersOf(
        "Headline\n\nTom Vardan, president of the union, was there. Ana Ruiz, mayor of Osten, which hosts the talks, said the talks were “going nowhere.”",
      ),
    ).toEqual([["going nowhere.", "Ana Ruiz"]]);
  });
});

describe("a name someone gives a thing", () => {
  it("is words said by whoever branded, dubbed or labelled it", () => {
    expect(
      speakersOf(
        'Headline\n\nNorway branded the move a "reckless gamble." Sweden dubbed it a "costly error," and Finland labelled it "deeply regrettable."',
      ),
    ).toEqual([
      ["reckless gamble.", "Norway"],
      ["costly error", "Sweden"],
      ["deeply regrettable.", "Finland"],
    ]);
  });
});
