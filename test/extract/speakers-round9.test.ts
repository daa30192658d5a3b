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

describe("a quote of its own after a quote", () => {
  it("goes on with the speaker in the same paragraph, whoever the sentence between names", () => {
    expect(
      speakersOf(
        "Headline\n\n“We have had problems with intrusions in the past,” Tom Vardan said after meeting with President Karl Osten of Varnia. He did not suggest retaliation. “Our goal is not to start a cycle of escalation.”",
      ),
    ).toEqual([
      ["We have had", "Tom Vardan"],
      ["Our goal is", "Tom Vardan"],
    ]);
  });

  it("is the speaker's, not a report's the last sentence cites with 'according to'", () => {
    expect(
      speakersOf(
        "Headline\n\n“They don’t care about politics,” Mayor Ana Reyes said of the families, according to a pool report. “Neither do I. This debate needs to change.”",
      ),
    ).toEqual([
      ["They don’t care", "Ana Reyes"],
      ["Neither do I.", "Ana Reyes"],
    ]);
  });
});

describe("a person the text calls by a description", () => {
  it("is the person named before for a word no office holds ('the gambling tycoon', 'the 30-year-old')", () => {
    expect(
      speakersOf(
        "Headline\n\nTop party donor Tom Vardan met the candidates on Friday.\n\n“It was nice,” the gambling tycoon told reporters.\n\nKarim Dassouf fled to France.\n\n“Here, I am besieged in my head,” says the 30-year-old.",
      ),
    ).toEqual([
      ["It was nice", "Tom Vardan"],
      ["Here, I am", "Karim Dassouf"],
    ]);
  });

  it("is a member of Congress for 'the California congressman'", () => {
    expect(
      speakersOf(
        'Headline\n\nRep. Adam Vardan, the top Democrat on the House panel, called for action over meddling the California congressman said is designed to "sow discord" in politics and to help elect Ana Reyes.',
      ),
    ).toEqual([["sow discord", "Adam Vardan"]]);
  });

  it("never gives 'he' to the unnamed many", () => {
    expect(
      speakersOf(
        'Headline\n\nTom Vardan met the party on Friday. The Republican candidates said he may wait until February. He described the field as "all very good".',
      ),
    ).toEqual([["all very good", "Tom Vardan"]]);
  });

  it("reads the subject after an opening participle's phrase", () => {
    expect(
      speakersOf(
        'Headline\n\nAna Reyes spoke first.\n\nCourted by most of the candidates and widely expected to be the top donor, Tom Vardan said he may wait. He described the field as "all very good".',
      ),
    ).toEqual([["all very good", "Tom Vardan"]]);
  });
});

describe("a subject with a participle's phrase in commas", () => {
  it("is the subject a 'he' after it stands for, not a name inside the phrase", () => {
    expect(
      speakersOf(
        "Headline\n\nSo far Tim Kanova, a law professor, has echoed Ana Reyes online.\n\nFlorida delegate John Archer, wearing a Kanova T-Shirt covered in Reyes buttons, said he is proud. “He’s doing it the Reyes way,” he said.",
      ),
    ).toEqual([["He’s doing it", "John Archer"]]);
  });
});

describe("a company's word for the body the text is about", () => {
  it("is that body, though its name says nothing of a company ('the oil giant' after 'BXP'), never a public body", () => {
    expect(
      speakersOf(
        'Headline\n\nThe oil group BXP said the buyback was "expected to return money to shareholders".\n\nBXP chairman Tom Reed said: "We expect our stake will generate value."\n\nBXP expects the programme to take 12 months.\n\n"In 2003 BXP invested around $8bn in the venture," the oil giant said.',
      ),
    ).toEqual([
      ["expected to return", "BXP"],
      ["We expect our", "Tom Reed"],
      ["In 2003 BXP", "BXP"],
    ]);
    expect(
      speakersOf(
        'Headline\n\nThe Energy Ministry announced new rules on Friday.\n\n"Prices will rise," the oil giant said.',
      ),
    ).toEqual([["Prices will rise", null]]);
  });
});
