/**
 * Dated events of the classes issue 18 found on real articles, on small
 * passages invented for these tests (the towns, bodies and happenings in them
 * are fictional): vague dates written the way wire copy writes them
 * ("in the coming days", "overnight"; never "recently"), a weekday in a report filed
 * late the day before, a year naming a past plan or event ("the council's
 * 2019 plan"), and a happening dated by the sentence before it ("This came
 * as ...").
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

/** Tuesday 12 March 2024, unless said. */
const eventsOf = (lines: string[], published = "2024-03-12") => {
  const text = ["Headline", ...lines].join("\n");
  return extractArticle(chrono, { text, published }).events.map((e) => ({
    date: e.date,
    wording: e.wording,
    status: e.status,
    pattern: e.drafted?.pattern,
    note: e.drafted?.note,
    sentence: text.slice(e.sentence.start, e.sentence.end),
  }));
};
const brief = (events: ReturnType<typeof eventsOf>) => events.map((e) => [e.date, e.wording, e.status]);

describe("vague dates", () => {
  it('dates no "recently", "a recent meeting", "until recently", "in recent years" or "the most recent figures"', () => {
    expect(
      eventsOf([
        "The harbour board recently announced that it was reviewing its role.",
        "The plan was agreed during a recent meeting in Lorvik between the two mayors.",
        "Until recently the ferry ran twice a day.",
        "Traffic has grown in recent years.",
        "The most recent figures show a fall.",
      ]),
    ).toEqual([]);
  });

  it('reads "in the coming days" as two days after publication, approximate', () => {
    const events = eventsOf([
      "A delegation is expected to arrive in Lorvik in the coming days to discuss the offer.",
      "Inspectors will visit the site over the next few days.",
    ]);
    expect(brief(events)).toEqual([
      ["2024-03-14~", "in the coming days", "planned"],
      ["2024-03-14~", "over the next few days", "planned"],
    ]);
    expect(events.map((e) => e.pattern)).toEqual(["event-coming-days", "event-coming-days"]);
  });

  it('reads "overnight" as the night running into the publication day, dated the day it began, approximate, with a note', () => {
    const [event] = eventsOf(["Shelling hit the northern suburbs overnight, the army said."]);
    expect(event).toMatchObject({ date: "2024-03-11~", wording: "overnight", status: "happened" });
    expect(event?.note).toMatch(/night before publication/);
  });

  it('keeps "earlier" in the words of "earlier this month"', () => {
    expect(brief(eventsOf(["The mayor resigned earlier this month."]))).toEqual([
      ["2024-03", "earlier this month", "happened"],
    ]);
  });
});

describe("a weekday in a report filed late the day before", () => {
  it("is the next day when its clause shows no past or future and that weekday is the day after publication", () => {
    // Friday 23 February 2007: a report updated after midnight.
    const [event] = eventsOf(["Hospital reports early on Saturday morning indicate one death."], "2007-02-23");
    expect(event).toMatchObject({ date: "2007-02-24", pattern: "event-weekday-next-day" });
    expect(event?.note).toMatch(/day after publication/);
  });

  it("is still the one before in a past clause", () => {
    expect(eventsOf(["Hospital reports on Saturday said one man died."], "2007-02-23")[0]?.date).toBe("2007-02-17");
  });
});

describe("a year naming a past plan or happening", () => {
  it('dates "the council\'s 2019 plan" and "the 2013 ruling" by their year', () => {
    expect(
      brief(
        eventsOf([
          "The court found the firm unlawfully interfered with the council's 2019 plan to expand the port.",
          "Lawyers cited the 2013 ruling in their appeal.",
        ]),
      ),
    ).toEqual([
      ["2019", "2019", "happened"],
      ["2013", "2013", "happened"],
    ]);
  });

  it("leaves a count that looks like a year alone", () => {
    expect(eventsOf(["The 2000 workers at the plant were laid off."])).toEqual([]);
  });

  it('reads "go back to 2013", "in early 2013" and "since late 2019"', () => {
    expect(
      brief(
        eventsOf([
          "Disputes over the reef go back to 2013.",
          "The board was set up in early 2011.",
          "Fares have been frozen since late 2019.",
        ]),
      ),
    ).toEqual([
      ["2013", "back to 2013", "happened"],
      ["2011", "in early 2011", "happened"],
      ["2019", "since late 2019", "happened"],
    ]);
  });
});

describe("a happening dated by the sentence before", () => {
  it('takes the date of the sentence before in "This occurred as ...", approximate, with both sentences cited', () => {
    // Sunday 28 April 2024.
    const events = eventsOf(
      [
        "The mayor was interviewed by two stations, with the interviews aired on Saturday evening. This occurred as the army announced plans to close the border.",
      ],
      "2024-04-28",
    );
    expect(brief(events)).toEqual([
      ["2024-04-27", "on Saturday evening", "happened"],
      ["2024-04-27~", "on Saturday evening", "happened"],
    ]);
    expect(events[1]?.pattern).toBe("event-same-time");
    expect(events[1]?.sentence).toMatch(/^The mayor was .* close the border\.$/);
    expect(events[1]?.note).toMatch(/sentence before/);
  });

  it('does not in "This came after ..." or when the sentence before has no date or two', () => {
    expect(
      eventsOf(
        [
          "The port closed on Monday. This came after the union called a strike.",
          "Ferries were cancelled. This came as storms hit the coast.",
          "Talks opened on Monday and ended on Friday. This came as prices rose.",
        ],
        "2024-04-28",
      ).map((e) => e.pattern),
    ).toEqual(["event-weekday-past", "event-weekday-past", "event-weekday-past"]);
  });
});
