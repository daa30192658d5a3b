/**
 * Speakers and names in the classes of wire writing the real dev articles added in this round showed
 * (issue 18): quotations opened with two apostrophes (''like this''), a rank abbreviated with a full
 * stop after the quote ("Gen. John Abizaid"), a country before a rank, initials in an apposition
 * ("head of U.S. Central Command"), a relative clause before the sentence's verb, and words quoted
 * after a speech verb inside a sentence another person reports. Every passage here is INVENTED for
 * these tests; the people, bodies and places in them are fictional.
 */
import { describe, expect, it } from "vitest";
import { readArticle as read, speakersOf } from "./read-article.js";

const speakers = speakersOf;

describe("wire copy", () => {
  it("reads quotations opened and closed with two apostrophes, and a rank's full stop after the quote", () => {
    // Invented.
    const text = [
      "Troops to stay",
      "KESSING (AP) - ''It had been our hope that the local troops' numbers would rise,'' Gen. Tomas Varga, head of U.S. Harbour Command, said. ''So it is necessary to stay.''",
      "Varga spoke to reporters. But he said they were, ''constantly improving.''",
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["It had been", "Gen. Tomas Varga"],
      ["So it is", "Gen. Tomas Varga"],
      ["constantly improving.", "Gen. Tomas Varga"],
    ]);
    const varga = read(text).actors.find((a) => a.name === "Gen. Tomas Varga");
    expect(varga?.titles).toEqual(["head of U.S. Harbour Command"]);
  });

  it("starts a name at its rank after a country's initials ('U.S. Gen. Ana Ruiz')", () => {
    // Invented.
    const text = ["Troops to stay", '"We will stay," said U.S. Gen. Ana Ruiz, the allied commander.'].join("\n\n");
    expect(speakers(text)).toEqual([["We will stay", "Gen. Ana Ruiz"]]);
  });
});

describe("whose words", () => {
  it("reads past a relative clause to the sentence's subject, for a pronoun after it", () => {
    // Invented.
    const text = [
      "Pact signed",
      "Peruvian President Tomas Inacio Olsen da Varga, whose country is the region's economic powerhouse, vowed integration would go further.",
      '"If in the past, the river divided us, today it unites us," he said.',
    ].join("\n");
    expect(speakers(text)).toEqual([["If in the", "Tomas Inacio Olsen da Varga"]]);
  });

  it("gives words quoted after 'X called it' to X, though another person reports the sentence", () => {
    // Invented.
    const text = [
      "Apology made",
      "Vice Minister Piet Olsen met the ambassador on Tuesday, Chief Secretary Ana Ruiz told reporters.",
      'The vice minister called the incident "regrettable," a remark Kessing reads as an apology, Ruiz said.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([["regrettable", "Piet Olsen"]]);
  });
});

describe("people 'of' a state, and a company's generic noun", () => {
  it("reads 'Sen. X of Nevada' as the person (the state apart), for 'he said' after it", () => {
    // Invented.
    const text = [
      "Leader chosen",
      "KESSING (AP) -- Sen. Tomas Varga of Nevada won election as leader on Tuesday.",
      '"I always would rather talk than fight," he said at a news conference.',
      "Sen. Piet Olsen of West Virginia and Sen. Dick Ruiz of Illinois backed him.",
    ].join("\n");
    const article = read(text);
    expect(article.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual([
      "Tomas Varga",
      "Piet Olsen",
      "Dick Ruiz",
    ]);
    expect(article.actors.filter((a) => a.kind === "state").map((a) => a.name)).toEqual([
      "Nevada",
      "West Virginia",
      "Illinois",
    ]);
    expect(article.quotes.map((q) => q.speaker?.name)).toEqual(["Tomas Varga"]);
  });

  it("gives 'the network said' to the company the text is about, not to a body named '... Network' in passing", () => {
    // Invented.
    const text = [
      "Offer made",
      "The Kessing Broadcasting Co made its offer on Monday. Harbour News Network is owned by another group.",
      'Rules would be eased, Kessing Broadcasting said. The network said the changes it seeks "would reduce costly duplication."',
    ].join("\n");
    expect(speakers(text)).toEqual([["would reduce costly", "Kessing Broadcasting Co"]]);
  });
});

describe("speakers of the fifth batch's classes", () => {
  it("reads 'X, who said:' as X, and an infinitive ('to win') as no sentence's verb", () => {
    // Invented.
    const text = [
      "Prize given",
      "KESSING, Norway - The first African woman to win the Harbour Prize, environmental activist Ana Ruiz, received her award Friday, and she urged her audience \u201cto keep the channel open.\u201d",
      'Piet Olsen asked for the report. This was rejected by Mr Varga, who said: "Firstly, we have not broken the rule."',
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["to keep the", "Ana Ruiz"],
      ["Firstly, we have", "Mr Varga"],
    ]);
  });

  it("keeps a quote of the first paragraph that the body quotes again in a longer quotation", () => {
    // Invented.
    const text = [
      "KESSING - Ana Ruiz received the prize Friday and urged her audience \u201cto keep the channel open.\u201d",
      "\u201cWe are called to work together and, indeed, to keep the channel open,\u201d Ruiz said.",
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["to keep the", "Ana Ruiz"],
      ["We are called", "Ana Ruiz"],
    ]);
  });

  it("reads 'said retired Adm. X of Kessing's private Centre' as X, not the centre", () => {
    // Invented.
    const text = [
      "GULF TALKS STALL",
      "    KESSING, Oct 19 - The talks stalled on Monday, diplomats\nsaid, and no date was set for more.",
      "    \"It's like a Greek tragedy,\" said retired Adm. Tomas Varga\nof Kessing's private Centre for Sea Studies (CSS)\nthink tank.",
      "    Other experts disagreed with him on Monday.",
    ].join("\n");
    expect(speakers(text)).toEqual([["It's like a", "Adm. Tomas Varga"]]);
  });
});

describe("speakers read after the third blind set was scored (invented sentences of its classes)", () => {
  it("reads 'Radio quoted X as saying ... \"…\"' as X", () => {
    const text = [
      "Gulf talks",
      'Kessing Radio quoted the navy spokesman Tomas Varga as saying yesterday that the fleet was "moving to the brink of a clash."',
    ].join("\n");
    expect(speakers(text)).toEqual([["moving to the", "Tomas Varga"]]);
  });

  it("reads the subject after an opening phrase ('But despite ..., Howard said') for 'He said' after it", () => {
    const text = [
      "Trade row",
      "Experts believe Kessing would lose out by acting against Japanese banks. But despite the danger of Japanese firms taking their trade elsewhere in Europe, Tomas Varga said he did not expect the move to backfire.",
      'He said in a radio interview today "it is true that we gain from their presence."',
    ].join("\n");
    expect(speakers(text)).toEqual([["it is true", "Tomas Varga"]]);
  });

  it("reads past 'this week' and 'on Monday' between a subject and its verb", () => {
    const text = [
      "Summit",
      'The mayor will miss an address from harbour chief Ana Ruiz, who this week criticised boats which took a "spectator" role. Tomas Varga on Monday said: "We will go."',
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["spectator", "Ana Ruiz"],
      ["We will go.", "Tomas Varga"],
    ]);
  });

  it("reads 'the prime minister said' as the person just named whose office the text had not given, with a note", () => {
    const text = [
      "Harbour row",
      'Tomas Varga is urging the board to act. "The port has spoken. The rest should listen," the prime minister said.',
    ].join("\n");
    const article = read(text);
    expect(article.quotes.map((q) => [q.speaker?.name, q.drafted?.pattern])).toEqual([
      ["Tomas Varga", "quote-role-speaker"],
    ]);
    expect(article.quotes[0]?.drafted?.note).toMatch(/does not give: check/);
  });

  it("joins 'Mr Bush' and 'Bush' when the text gives no first name", () => {
    const text = ["Summit", 'President Varga won. Mr Varga said: "We won." Varga left on Friday.'].join("\n");
    const article = read(text);
    expect(article.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual(["Varga"]);
  });
});

describe("a 'he' after a sentence that opens with no one", () => {
  it("stands for the last person that sentence names ('This was despite denials by Secretary X ... He told')", () => {
    const text = [
      "TRADE ROW",
      "    KESSING, April 3 - Talks with Norvia stalled on Monday, and\nofficials of both sides met again.",
      "    Harbour Minister Piet Olsen said the port would stay open.",
      "    This was despite denials by Trade Secretary Tomas Varga that\nKessing was on the verge of a trade war.",
      '    He told a meeting of brokers today that Kessing believed a\n"sensible solution" could be found.',
    ].join("\n");
    expect(speakers(text)).toEqual([["sensible solution", "Tomas Varga"]]);
  });

  it("but not after a sentence whose subject is someone's ('Vohor's bodyguards stopped him, Bao added')", () => {
    const text = [
      "Envoy pushed",
      "Ambassador Bao Lin said he stepped forward to ask Prime Minister Piet Varga why he left.",
      'Varga\'s two bodyguards stopped the ambassador, Bao added, as Varga left in the car. He did not regard the "push" by Varga as "an attack."',
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Bao Lin", "Bao Lin"]);
  });
});
