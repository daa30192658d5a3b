/** The word index of a brief's quotes finds what a scan of every quote finds. Passages are generated. */
import { describe, expect, it } from "vitest";
import { PassageIndex, passageWords } from "../../src/extract/passage-index.js";
import { splitElisions } from "../../src/text/fold-text.js";

/** What the index stands for: every passage, every part, compared with every query. */
const scan = (passages: readonly string[], query: string): number[] => {
  const q = passageWords(query).join(" ");
  const holds = (whole: string, part: string) => whole === part || ` ${whole} `.includes(` ${part} `);
  return passages.flatMap((passage, i) =>
    splitElisions(passage).some((part) => {
      const p = passageWords(part).join(" ");
      return (
        p !== "" &&
        q !== "" &&
        (p === q || (q.split(" ").length >= 3 && holds(p, q)) || (p.split(" ").length >= 3 && holds(q, p)))
      );
    })
      ? [i]
      : [],
  );
};

describe("PassageIndex", () => {
  it("finds the passages holding some words, and those the words hold, as a scan of them all does", () => {
    // A small vocabulary, so that runs of words repeat across passages.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return (seed >>> 16) % n;
    };
    const vocabulary = ["the", "port", "will", "not", "pay", "for", "dredgers", "we", "cannot", "keep", "open"];
    const sentence = (n: number) => Array.from({ length: n }, () => vocabulary[random(vocabulary.length)]).join(" ");
    const passages = Array.from({ length: 300 }, (_, i) =>
      i % 5 === 0 ? `“${sentence(2 + random(6))} ... ${sentence(1 + random(6))}”` : sentence(1 + random(12)),
    );
    const index = new PassageIndex<number>();
    for (const [i, p] of passages.entries()) index.add(p, i);
    for (let k = 0; k < 400; k++) {
      const passage = passages[random(passages.length)] as string;
      const words = passageWords(passage);
      const from = random(words.length);
      // A passage as it is, with words around it, a run of its words, or other words.
      const query = [
        passage,
        `${sentence(random(3))} ${splitElisions(passage)[0]} ${sentence(random(3))}`,
        words.slice(from, from + 1 + random(words.length)).join(" "),
        sentence(1 + random(8)),
      ][k % 4] as string;
      expect(index.find(query), query).toEqual(scan(passages, query));
    }
  });

  it("matches words however they are written: case, curly quotes, punctuation", () => {
    const index = new PassageIndex<string>();
    index.add("We cannot keep the channel open for free ... Someone has to pay", "q");
    expect(index.find("“we CANNOT keep the channel open,” she said")).toEqual([]);
    expect(index.find("We cannot keep the channel open")).toEqual(["q"]);
    expect(index.find("‘Someone has to pay’, and more")).toEqual(["q"]);
    expect(index.find("open for")).toEqual([]);
  });
});
