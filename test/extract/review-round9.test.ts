/**
 * The ninth round's review (issue 18): counterexamples a reviewer wrote against this round's rules, each misread by
 * them before they were narrowed, now read as an editor would. Every passage here is INVENTED for these tests
 * (well-known public names stand where the case needs a real-looking one).
 */
import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";

const read = (body: string, published = "2016-06-16") =>
  extractArticle(chrono, { text: `Headline\n\n${body}\n`, published });
const people = (body: string) =>
  read(body)
    .actors.filter((a) => a.kind === "person")
    .map((a) => [a.name, a.titles]);
const speakers = (body: string) =>
  read(body).quotes.map((q) => [q.quote.text.split(" ").slice(0, 3).join(" "), q.speaker?.name ?? null]);
const dates = (body: string, published?: string) => read(body, published).events.map((e) => [e.wording, e.date]);
const figures = (body: string) => read(body).figures.map((f) => [f.wording, f.counts]);

describe("people", () => {
  it("gives no title from a phrase opening the sentence that is no role ('Asked about ..., X')", () => {
    expect(people("Asked about the governor's remarks, Barack Obama laughed.")).toEqual([["Barack Obama", []]]);
    expect(people("In a letter to the president, Paul Ryan urged restraint.")).toEqual([["Paul Ryan", []]]);
    expect(read("Asked about the minister's comments, Gazprom declined to comment.").actors.map((a) => a.kind)).toEqual(
      ["organisation"],
    );
  });

  it("keeps a speaker after reported speech ending in a body's word a person", () => {
    expect(people("The deal would not hurt the bank, Jes Staley said.")).toEqual([["Jes Staley", []]]);
  });

  it("keeps a client after 'the lawyer of' a person", () => {
    expect(people("The lawyer of Dylann Roof asked for a delay.")).toEqual([["Dylann Roof", []]]);
  });

  it("reads no party's bare name as a leader's, nor a body's partner as a person", () => {
    const parties = read(
      "The Syriza government has signaled a change.\n\nAides said that Syriza will propose it. Uber's partner Toyota invested in the firm.",
    );
    expect(parties.actors.filter((a) => a.kind === "person")).toEqual([]);
  });

  it("reads a place after 'shot at' as a place, and a month after a word of time as no name", () => {
    expect(people("Thirty-two people were shot at Virginia Tech in 2007.")).toEqual([]);
    expect(people("Throughout May Trump, the presumptive nominee, attacked the judge.")).not.toContainEqual(
      expect.arrayContaining(["May Trump"]),
    );
  });
});

describe("speakers", () => {
  it("gives 'the businessman', 'the singer', 'the pundit' no one whose title does not fit", () => {
    expect(
      speakers(
        'Secretary of State John Kerry opened the embassy in Havana on Friday.\n\n"This will be good for trade," the businessman said.',
      ),
    ).toEqual([["This will be", null]]);
    expect(
      speakers('Police Chief John Smith said 20 people were arrested.\n\n"We will keep marching," the activist said.'),
    ).toEqual([["We will keep", null]]);
  });

  // (Round 9 gave it to no one rather than to Ryan; since the fifteenth round a quotation standing alone right after a
  // sentence about a named person is that person's, drafted with a note to check.)
  it("gives a quote after another person takes the floor in the paragraph to that person, not the one before", () => {
    expect(
      speakers(
        '"We are ready to vote," Speaker Paul Ryan said on Tuesday. Minority Leader Nancy Pelosi disagreed. "This bill is a disgrace."',
      ),
    ).toEqual([
      ["We are ready", "Paul Ryan"],
      ["This bill is", "Nancy Pelosi"],
    ]);
  });

  it("gives the quote after 'according to X.' to X where that sentence quotes no one", () => {
    expect(
      speakers(
        'The strikes have killed 25,000 militants, according to Defense Secretary Ash Carter. "We are accelerating the campaign."',
      ),
    ).toEqual([["We are accelerating", "Ash Carter"]]);
  });

  it("gives 'the congressman' no one titled only 'Republican' or 'Deputy'", () => {
    expect(
      speakers(
        'Republican presidential candidate Donald Trump held a rally in Ohio.\n\n"He is dividing the party," the congressman said.',
      ),
    ).toEqual([["He is dividing", null]]);
  });
});

describe("dates", () => {
  it("keeps a past vote past when the future verb is about something else", () => {
    expect(dates("The court will hear challenges to the April elections next week.")).toContainEqual([
      "April",
      "2016-04",
    ]);
  });

  it("keeps a month alone in its clause ahead when no place in commas stands before it", () => {
    expect(dates("The company announced 500 job cuts, effective in October.")).toEqual([["October", "2016-10"]]);
  });

  it("reads a noun in -ing or a participle in commas before a weekday as no past verb", () => {
    expect(dates("Officials said a meeting Saturday in Geneva would decide the next steps.")).toEqual([
      ["Saturday", "2016-06-18"],
    ]);
    expect(dates("The strike, planned Monday, will shut the port.")).toEqual([["Monday", "2016-06-20"]]);
  });

  it("dates a future 'in two years' after 'first', and takes no count before its noun as 'that year'", () => {
    expect(dates("The first trains will run on the new line in two years, officials said.")).toEqual([
      ["in two years", "2018~"],
    ]);
    expect(
      dates("In 2012 the army deployed 1900 troops to the border. In May of that year, fighting broke out."),
    ).toContainEqual(["May of that year", "2012-05"]);
  });
});

describe("figures and page furniture", () => {
  it("drafts no length for 'a day of rage' or 'a day trip'", () => {
    expect(figures("Hamas called for a day of rage on Friday. They had left for a day trip to the beach.")).toEqual([]);
  });

  it("keeps a story's sentence that reports what someone said under a photograph's credit", () => {
    const text =
      "Mourners gather at a vigil in Orlando.\n\nCarlos Barria / Reuters\n\nThe gunman who killed 49 people had visited the club, FBI Director James Comey said on Monday.";
    expect(read(text, "2016-06-14").figures.map((f) => f.value)).toEqual([49]);
  });
});
