/**
 * How good extraction is, measured against the hand-made gold files: the
 * five Qatar articles, and an invented article in another topic that the
 * extractor was not written against (test/fixtures/extract/unseen/).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GOLD_FILES, scoreGold } from "../../scripts/score-extract.js";
import { GoldFile, precision, recall } from "../../src/extract/score-extraction.js";
import { ROOT } from "../helpers.js";

describe.each(Object.entries(GOLD_FILES))("the %s gold file", (_name, file) => {
  it("quotes every quote, wording and excerpt word for word from its article", async () => {
    const gold = GoldFile.parse(parse(await readFile(path.join(ROOT, file), "utf8")));
    for (const article of gold.articles) {
      const text = await readFile(path.join(ROOT, article.file), "utf8");
      const names = new Set([...article.people, ...article.organisations].map((n) => n.name));
      for (const q of article.quotes) {
        expect(text, article.file).toContain(q.text);
        if (q.speaker !== "unknown") expect(names, q.text).toContain(q.speaker);
      }
      for (const f of [...article.figures, ...article.events]) {
        expect(text, article.file).toContain(f.excerpt);
        expect(f.excerpt).toContain(f.wording);
      }
    }
  });

  it("meets the targets: quotes with the right speaker, figures and people found at 0.9, 0.9 and 0.95, each at precision 0.8", async () => {
    const score = await scoreGold(file);
    expect(recall(score.quotes)).toBeGreaterThanOrEqual(0.9);
    expect(recall(score.figures)).toBeGreaterThanOrEqual(0.9);
    expect(recall(score.people)).toBeGreaterThanOrEqual(0.95);
    for (const kind of ["quotes", "figures", "people"] as const)
      expect(precision(score[kind]), kind).toBeGreaterThanOrEqual(0.8);
  });
});
