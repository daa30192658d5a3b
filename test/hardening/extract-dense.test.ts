/**
 * Extraction on quote-dense text does work in proportion to the article, not to its square; and
 * control characters (a terminal escape in a headline) never reach a name or any drafted words.
 * Every article here is invented.
 */
import * as chrono from "chrono-node/en";
import { afterEach, describe, expect, it, vi } from "vitest";
import { attributeQuotes } from "../../src/extract/attribute-quotes.js";
import { draftItems } from "../../src/extract/draft-fact-base.js";
import { blankControls, extractArticle } from "../../src/extract/extract-article.js";
import { findNames, type Mention } from "../../src/extract/find-names.js";
import { findQuotes } from "../../src/extract/find-quotes.js";
import { groupActors } from "../../src/extract/group-actors.js";
import { segmentArticle } from "../../src/extract/segment.js";
import { indexSpans } from "../../src/extract/span-index.js";
import { tokenize } from "../../src/extract/tokens.js";

const FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irene", "Jonas"];
const LAST = ["Almeida", "Brandt", "Castillo", "Dimitrov", "Eriksen", "Fontaine", "Garcia", "Haddad", "Ivanova"];

/** An invented article of `n` paragraphs, each with three different quotes and two speakers. */
const denseArticle = (n: number): string => {
  let out = "Harbour council debates the dredging budget\n\n";
  for (let i = 0; i < n; i++) {
    const a = `${FIRST[i % 10]} ${LAST[(i * 7) % 9]}`;
    const b = `${FIRST[(i + 3) % 10]} ${LAST[(i * 5 + 2) % 9]}`;
    out += `${a} said: "We will not accept a budget of ${100 + i} million for the channel." ${b}, a council member, replied that "the harbour needs ${i + 2} more dredgers."\n\n`;
    out += `"The talks on item ${i} resume on Monday," ${a.split(" ")[1]} told reporters.\n\n`;
  }
  return out;
};

/** Counts reads of an array's items. */
const counted = <T>(items: readonly T[], counter: { reads: number }): readonly T[] =>
  new Proxy(items as T[], {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) counter.reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });

/** How many items of the sentences and tokens attributing the quotes of an article reads. */
const attributionReads = (text: string): { reads: number; quotes: number } => {
  const segmented = segmentArticle(text);
  const mentions: Mention[] = [];
  const tokens = segmented.blocks.flatMap((block) => {
    const blockTokens = tokenize(text, block);
    mentions.push(...findNames(text, blockTokens, block.start));
    return blockTokens;
  });
  const quotes = findQuotes(text, segmented.blocks);
  const inQuotes = indexSpans(quotes);
  const actors = groupActors(mentions, {
    before: (m) => text.slice(Math.max(0, m.start - 30), m.start),
    after: (m) => text.slice(m.end, m.end + 30),
    quoted: (m) => inQuotes.holdsSpan(m.start, m.end),
    following: (m) => text.slice(m.end, m.end + 700),
  });
  const counter = { reads: 0 };
  attributeQuotes(text, counted(segmented.sentences, counter), counted(tokens, counter), quotes, actors);
  return { reads: counter.reads, quotes: quotes.length };
};

describe("extraction on quote-dense text", () => {
  afterEach(() => vi.restoreAllMocks());

  it("attributes quotes reading sentences and tokens near each quote, not the whole article per quote", () => {
    const small = attributionReads(denseArticle(20));
    const large = attributionReads(denseArticle(80));
    expect(large.quotes).toBe(4 * small.quotes);
    // Four times the article: about four times the reads (a scan per quote made it sixteen).
    expect(large.reads / small.reads).toBeLessThan(6);
  }, 60_000);

  it("makes each quote's comparison key once, not once per pair of quotes", () => {
    const text = denseArticle(100);
    const { blocks } = segmentArticle(text);
    const replace = vi.spyOn(String.prototype, "replace");
    const quotes = findQuotes(text, blocks);
    // One key and one scare-quote test per quote found (a key per pair of quotes was 90,000 calls here).
    expect(quotes.length).toBe(300);
    expect(replace.mock.calls.length).toBeLessThan(4 * quotes.length);
  }, 60_000);

  it("still lists a passage quoted twice once, where it is quoted in full", () => {
    const text =
      'Mayor says "we will pay" for the dredgers\n\nMayor Anna Almeida said: "We will pay for the dredgers, and more." She said it twice.\n\n"We will pay for the dredgers, and more," Almeida repeated.\n';
    const quotes = findQuotes(text, segmentArticle(text).blocks).map((q) => q.text);
    expect(quotes).toEqual(["We will pay for the dredgers, and more"]);
  });
});

describe("control characters in an article", () => {
  const OSC = "Harbour talks \u001b]0;PWN\u0007stall \u001b[1;32mover\u001b[0m fees\u0008\n\n";
  const BODY =
    'Harbour master Ines Carvalho said: "We cannot keep the channel open for free." The union met the council on Monday, March 4, 2024.\n';

  it("are blanked, one space per character, so that offsets still hold", () => {
    const blanked = blankControls(OSC);
    expect(blanked.length).toBe(OSC.length);
    expect(blanked).toBe(`Harbour talks ${" ".repeat(8)}stall ${" ".repeat(7)}over${" ".repeat(4)} fees \n\n`);
  });

  it("never become an actor's name or any drafted words", () => {
    const text = OSC + BODY;
    const extraction = extractArticle(chrono, { text, published: "2024-03-08" });
    const names = extraction.actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(names).toContain("Ines Carvalho");
    expect(names.some((n) => /PWN/.test(n))).toBe(false);
    const items = draftItems([{ sourceId: "a", published: "2024-03-08", text, extraction }]);
    const drafted = JSON.stringify(items);
    expect(drafted).toContain("We cannot keep the channel open for free.");
    expect(drafted).not.toMatch(/PWN/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    expect(JSON.stringify(extraction.headline) + drafted).not.toMatch(/\\u00[01][0-9a-f]|\\u007f|[\u0000-\u0008]/);
  });
});

describe("a speech verb at the text's very end", () => {
  // Invented: a quote whose verb and a weekday after it are the last words of the text ran past the last token.
  it("drafts the quote with no speaker, and never throws", () => {
    for (const text of [
      'Headline\n\n"It is over," said on Monday.',
      'Headline\n\nThe death of "a young mother" was reported on Monday.',
      'Headline\n\n"It is over," reported',
    ]) {
      const ex = extractArticle(chrono, { text, published: "2026-03-19" });
      expect(
        ex.quotes.every((q) => q.speaker === undefined),
        text,
      ).toBe(true);
    }
  });
});
