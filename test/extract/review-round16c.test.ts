/**
 * A third review's counterexamples to the sixteenth round's rules (issue 18), each seen wrong before its mend. Quotes:
 * a speaker's clause after a quotation may address someone ("Lopez asked the minister"), and may follow a statement's
 * full stop; a quotation after "But" still opens its sentence; an inverted speaker may be "a senior UN official".
 * Figures: a bare aside names the subject only in one word; a share of people keeps them; "a jump in lending" names
 * lending; "one suspect in two shootouts," is two counts; a lead's leader is a name, a win a victory, a tally no
 * margin. Dates: a memory or a participle's date after a relative clause's modal is no future; a day named again
 * soon after its last occurrence is that one. Every passage here is INVENTED; its bodies, people and places are fictional.
 */
import { describe, expect, it } from "vitest";
import { article, datesOf, figureLabels, speakersOf } from "./read-article.js";

describe("a speaker's clause after a quotation (third review)", () => {
  it("may name whom it addresses", () => {
    expect(
      speakersOf(
        article(
          'Senator Maria Lind questioned the budget chief for an hour. "Where did the money go?" Lind asked the minister.',
          '"This is a disgrace!" Senator Ana Ruiz told the Senate floor on Tuesday.',
        ),
      ),
    ).toEqual([
      ["Where did the", "Maria Lind"],
      ["This is a", "Ana Ruiz"],
    ]);
  });

  it("may follow a statement's full stop", () => {
    expect(
      speakersOf(
        article('The company declined to say more. "We will appeal." Company spokesman Tom Hale said on Monday.'),
      ),
    ).toEqual([["We will appeal.", "Tom Hale"]]);
  });

  it("inverts after a quotation that follows 'But', and with 'a' before its speaker", () => {
    expect(
      speakersOf(
        article(
          'But "this is not over," warned union leader Ana Ruiz.',
          '"The worst is yet to come," warned a senior Kesh Union official in Varna.',
        ),
      ),
    ).toEqual([
      ["this is not", "Ana Ruiz"],
      ["The worst is", "Kesh Union"],
    ]);
  });

  it("gives a forum's own declaration to the forum", () => {
    expect(
      speakersOf(
        article(
          'The Varna Economic Forum opened on Monday. The forum\'s final declaration urged governments to "cut red tape."',
        ),
      ),
    ).toEqual([["cut red tape.", "Varna Economic Forum"]]);
  });
});

describe("figures (third review)", () => {
  it("takes a bare aside for the subject only when it is one word", () => {
    expect(
      figureLabels(
        "Turnout -- historically low -- rose to 45 percent in Sunday's vote.",
        "The death toll -- police figures -- rose to 45 on Tuesday.",
      ).map(([wording, counts]) => [wording, counts]),
    ).toEqual([
      ["45 percent", "turnout"],
      ["45", "death toll"],
    ]);
  });

  it("keeps the people a share is of, and a change in a noun in -ing", () => {
    expect(figureLabels("Women as a share of the workforce rose to 48 percent last year.")).toEqual([
      ["48 percent", "share of women", "per cent"],
    ]);
    expect(figureLabels("The bank plans a jump in lending to 40 billion dollars.")).toEqual([
      ["40 billion", "lending", "dollars"],
    ]);
  });

  it("reads 'one suspect in two shootouts,' as two counts, and 'one driver in five was' as a share", () => {
    expect(figureLabels("Police killed one suspect in two shootouts, officials said.")).toEqual([
      ["one", "suspect", "suspect"],
      ["two", "shootouts", "shootouts"],
    ]);
    expect(figureLabels("One driver in five was over the limit, police said.")).toEqual([
      ["One driver in five", "share of drivers", "share"],
    ]);
    // (a word that describes the noun between, and a modal after the second number)
    expect(figureLabels("One Kesh adult in five cannot swim, the survey found.")).toEqual([
      ["One Kesh adult in five", "share of Kesh adults", "share"],
    ]);
  });

  it("names a lead's leader without words of time or title, a win as a victory, and no tally as a margin", () => {
    expect(
      figureLabels(
        "In November Ruiz beat Hale by 9 points, the count showed.",
        "Senate Majority Leader Ivo Brandt led Tom Hale by 300 votes.",
      ).map(([wording, counts]) => [wording, counts]),
    ).toEqual([
      ["9", "margin of Ruiz's victory over Hale"],
      ["300", "margin of Ivo Brandt's lead over Tom Hale"],
    ]);
    expect(figureLabels("Ruiz beat Hale by 52 votes to 46 in the party ballot.")).toEqual([
      ["52", "votes in favour", "votes"],
      ["46", "votes against", "votes"],
    ]);
  });
});

describe("dates (third review)", () => {
  it("keeps a memory or a participle's date after a relative clause's modal behind", () => {
    expect(
      datesOf("Residents who can still recall the blackout in January say the grid is fragile.", "2024-06-10"),
    ).toEqual([["January", "2024-01"]]);
    expect(datesOf("Families who must repay the loans taken out in April say they cannot pay.", "2024-06-10")).toEqual([
      ["April", "2024-04"],
    ]);
  });

  it("reads a day named again soon after its last occurrence as that one, not the year written before", () => {
    expect(
      datesOf(
        "Hale lost the Nov. 5, 2019 mayoral race.\n\nRuiz's campaign said after the Nov. 5 election that she would serve.",
        "2024-11-20",
      ),
    ).toEqual([
      ["Nov. 5, 2019", "2019-11-05"],
      ["Nov. 5", "2024-11-05"],
    ]);
  });
});
