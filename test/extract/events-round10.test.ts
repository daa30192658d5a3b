/**
 * Dates the eleventh dev batch showed drafted on the wrong side of publication (issue 18, tenth round): a condition
 * still to be met, a sentence still to be carried out, a likelihood, a saying still to come. Every passage here is
 * INVENTED for these tests; 2005-12-11 was a Sunday.
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const eventsOf = (body: string, published: string) =>
  extractArticle(chrono, { text: `Headline\n\n${body}\n`, published }).events.map((e) => [e.wording, e.date]);

describe("a weekday in a clause with no past tense", () => {
  it("lies ahead when the clause is a condition still to be met", () => {
    expect(eventsOf("Tom Vardan faces prison unless the governor intervenes before Tuesday.", "2005-12-11")).toEqual([
      ["Tuesday", "2005-12-13"],
    ]);
  });

  it("lies ahead when a sentence or a duty is still to be carried out", () => {
    expect(eventsOf("Tom Vardan is sentenced to die by lethal injection at 00:01 Tuesday.", "2005-12-11")).toEqual([
      ["at 00:01 Tuesday", "2005-12-13"],
    ]);
  });

  it("stays behind when the clause has a past tense", () => {
    expect(eventsOf("Tom Vardan walked free unless he was lying on Tuesday.", "2005-12-11")).toEqual([
      ["on Tuesday", "2005-12-06"],
    ]);
  });
});

describe("a likelihood before the date", () => {
  it("puts a weekday ahead ('was likely to be announced on Monday')", () => {
    expect(
      eventsOf("The office said no decision was expected, but was likely to be announced on Monday.", "2005-12-11"),
    ).toEqual([["on Monday", "2005-12-12"]]);
  });

  it("leaves a date that opens the clause to its own verb ('On Friday, he said it was unlikely to')", () => {
    expect(eventsOf("On Friday, Tom Vardan said the meeting was unlikely to decide.", "2005-12-11")).toEqual([
      ["On Friday", "2005-12-09"],
    ]);
  });
});

describe("what a review found the rules above must not reach", () => {
  it("leaves a past clause with 'was about to' in the past", () => {
    expect(eventsOf("Police arrested the man on Monday as he was about to board a flight.", "2016-03-09")).toEqual([
      ["on Monday", "2016-03-07"],
    ]);
  });

  it("leaves 'likely to have' and a date after 'since' in the past", () => {
    expect(eventsOf("The hikers were likely to have died on Sunday, the coroner said.", "2016-03-09")).toEqual([
      ["on Sunday", "2016-03-06"],
    ]);
    expect(
      eventsOf("Since Monday, drivers in the capital are required to carry proof of insurance.", "2016-03-09"),
    ).toEqual([["Monday", "2016-03-07"]]);
  });
});

describe("dates the twelfth batch showed on the wrong side", () => {
  it("keeps a participle's tense before 'in' a month, whatever the clause's own verb ('pledged in February would arrive')", () => {
    expect(eventsOf("The first ships bearing aid pledged in February would arrive in May.", "1997-04-15")).toEqual([
      ["February", "1997-02"],
      ["May", "1997-05"],
    ]);
  });

  it("puts an undertaking's date ahead ('has agreed to meet ... from May 12-13'), and a plan named by a noun no future", () => {
    expect(
      eventsOf("Varnia has agreed to meet Osten officials in Varno from May 12-13 for talks.", "1997-04-15"),
    ).toEqual([["May 12-13", "1997-05-12"]]);
    expect(
      eventsOf("In April, Tom Vardan called Osten Motors' plans to open a plant a disgrace.", "2016-05-18"),
    ).toEqual([["April", "2016-04"]]);
  });

  it("reads 'scheduled' before a date as ahead, not as a past verb", () => {
    expect(eventsOf("Insurgents have stepped up attacks ahead of scheduled Jan. 30 elections.", "2004-11-12")).toEqual([
      ["Jan. 30", "2005-01-30"],
    ]);
  });
});

describe("the third review's dates", () => {
  it("puts a date 'in' a month before 'will' ahead, and a bare date before a modal its subject", () => {
    expect(eventsOf("Students admitted in September will pay the higher fees.", "2016-06-16")).toEqual([
      ["September", "2016-09"],
    ]);
    expect(eventsOf("Organisers hoped Friday would bring calmer weather.", "2016-06-16")).toEqual([
      ["Friday", "2016-06-17"],
    ]);
  });

  it("dates an undertaking given at a rally on the rally's day, and a plan's noun before the date ahead", () => {
    expect(eventsOf("Ana Ruiz promised to raise the minimum wage at a rally on June 6.", "2016-06-16")).toEqual([
      ["June 6", "2016-06-06"],
    ]);
    expect(eventsOf("The company announced its plans to close the plant on September 30.", "2016-06-16")).toEqual([
      ["September 30", "2016-09-30"],
    ]);
  });
});
