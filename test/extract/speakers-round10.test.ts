/**
 * Speakers the tenth round found left unnamed (issue 18): a document's words given to the body that issued it
 * in an earlier sentence, the analysts who wrote a note a bank issued, "they" for the body just named, and
 * "branded" as a way to say words. Every passage here is INVENTED for these tests; the people, bodies and
 * places in it are fictional or used fictionally.
 */
import { describe, expect, it } from "vitest";
import { readArticle, speakersOf } from "./read-article.js";

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
  it("is left for the editor: a body's members, or people named in passing, are as likely", () => {
    expect(
      speakersOf(
        'Headline\n\nThe Interior Ministry said on Monday that the hostages had been moved to a camp. "We lost everything we had," they said.',
      ),
    ).toEqual([["We lost everything", null]]);
  });
});

describe("a document's writer named after it", () => {
  it("is no issuer's words: 'released a letter written by', 'published an email sent by', 'put a letter from'", () => {
    expect(
      speakersOf(
        'Headline\n\nThe Varnian Police on Tuesday released a letter written by the gunman\'s mother. "My son is sick and nobody will help him," the letter said.',
      ),
    ).toEqual([["My son is", null]]);
    expect(
      speakersOf(
        'Headline\n\nSenator Tom Vardan put a letter from the inspector general into the record on Tuesday. "The agency misled Congress," the letter said.',
      ),
    ).toEqual([["The agency misled", null]]);
  });

  it("is no bank's note when other analysts are named between", () => {
    expect(
      speakersOf(
        'Headline\n\nMorvan Bank released a note on Tuesday predicting a rebound, but analysts at Osten Capital disagreed. "The glut is far from over," the analysts said.',
      ),
    ).toEqual([["The glut is", null]]);
  });
});

describe("a passive name-giving verb", () => {
  it("gives no one the words by the name given ('was branded \"…\" by')", () => {
    expect(
      speakersOf(
        'Headline\n\nAna Ruiz was branded "a liar who cannot be trusted with secrets" by Tom Vardan at a rally in Varno on Tuesday.',
      ).filter(([, speaker]) => speaker === "Ana Ruiz"),
    ).toEqual([]);
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

describe("a paragraph that is all quotation", () => {
  it("is the words of the speaker the paragraph before reports", () => {
    expect(
      speakersOf(
        'Headline\n\nVardan won 91 percent of ballots cast, said election chief Ana Ruiz in the capital.\n\n"He won. Congratulations to the candidate."',
      ),
    ).toEqual([["He won. Congratulations", "Ana Ruiz"]]);
  });

  it("is no one's when the paragraph before reports no one", () => {
    expect(
      speakersOf(
        'Headline\n\nVardan won 91 percent of ballots cast in the capital.\n\n"He won. Congratulations to him."',
      ),
    ).toEqual([["He won. Congratulations", null]]);
  });
});

describe("a body's people speaking together", () => {
  it("is the body: its ministers and negotiators, as its officials", () => {
    const text =
      'Headline\n\nThe talks went on. Varnian Union foreign ministers said the embargo was "a relic of the past". NATO officials said the alliance was "deeply concerned" by the move.';
    expect(speakersOf(text)).toEqual([
      ["a relic of", "Varnian Union"],
      ["deeply concerned", "NATO"],
    ]);
  });

  it("names them by their own sentence's words in the note, not the last word of the sentence before", () => {
    const notes = readArticle(
      'Headline\n\nThe talks went on into the night. NATO officials said the alliance was "deeply concerned" by the move.',
    ).quotes.map((q) => q.drafted?.note);
    expect(notes).toEqual(["said by “NATO officials”, not named: given to NATO"]);
  });

  it("is no one for a state's ministers, who speak for no body named", () => {
    expect(speakersOf('Headline\n\nIraqi ministers said the vote was "a triumph".')).toEqual([["a triumph", null]]);
  });
});

describe("a spokesman named at the end of a sentence with no quotation", () => {
  it("is the one 'he' stands for next, and his surname alone is him though it is a plural word", () => {
    expect(
      speakersOf(
        'Headline\n\nThe new aid is targeted at children, State Department spokesman Nicholas Burns said.\n\n"I think we are talking about food arriving within months," he said. "The situation is critical," Burns said.',
      ),
    ).toEqual([
      ["I think we", "Nicholas Burns"],
      ["The situation is", "Nicholas Burns"],
    ]);
  });

  it("is the reporting speaker, not one whose words he reports", () => {
    expect(
      speakersOf(
        'Headline\n\nThe talks were over, Tom Vardan said Ana Ruiz had told him.\n\n"It is finished," he said.',
      ),
    ).toEqual([["It is finished", "Tom Vardan"]]);
  });
});
