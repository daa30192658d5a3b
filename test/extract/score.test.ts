/**
 * How good extraction is, measured against the hand-made gold files: the
 * five Qatar articles, and an invented article in another topic that the
 * extractor was not written against (test/fixtures/extract/unseen/).
 * Also that the answer keys of the real-article sets (test/extract/real/,
 * and the blind set when it has been copied in) hold word for word.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import * as z from "zod";
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

/** An answer key for real articles: the gold format, with every field an editor needs filled in. */
const Named = z.strictObject({ name: z.string().min(1), variants: z.array(z.string().min(1)) });
const RealKey = z.strictObject({
  articles: z.array(
    z.strictObject({
      file: z.string(),
      published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      people: z.array(Named.extend({ titles: z.array(z.string().min(1)) })),
      organisations: z.array(Named),
      states: z.array(Named),
      quotes: z.array(z.strictObject({ text: z.string().min(1), speaker: z.string().min(1) })),
      figures: z.array(
        z.strictObject({
          value: z.number(),
          wording: z.string().min(1),
          counts: z.string().min(1),
          unit: z.string().min(1),
          excerpt: z.string().max(200),
        }),
      ),
      events: z.array(
        z.strictObject({
          date: z
            .union([z.string(), z.number()])
            .transform(String)
            .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?~?$/)),
          wording: z.string().min(1),
          text: z.string().min(1),
          excerpt: z.string().max(250),
        }),
      ),
    }),
  ),
});

/** The dev set, and each blind set once it has been copied into the repository. */
const REAL_SETS = [
  { name: "dev", key: "test/extract/gold/real-dev.yaml", folder: "test/extract/real" },
  { name: "blind", key: "test/extract/gold/real-blind.yaml", folder: "test/extract/real-blind" },
  { name: "blind2", key: "test/extract/gold/real-blind2.yaml", folder: "test/extract/real-blind2" },
  { name: "blind3", key: "test/extract/gold/real-blind3.yaml", folder: "test/extract/real-blind3" },
  { name: "blind4", key: "test/extract/gold/real-blind4.yaml", folder: "test/extract/real-blind4" },
  { name: "blind5", key: "test/extract/gold/real-blind5.yaml", folder: "test/extract/real-blind5" },
  { name: "blind6", key: "test/extract/gold/real-blind6.yaml", folder: "test/extract/real-blind6" },
  { name: "blind7", key: "test/extract/gold/real-blind7.yaml", folder: "test/extract/real-blind7" },
  { name: "blind8", key: "test/extract/gold/real-blind8.yaml", folder: "test/extract/real-blind8" },
  { name: "blind9", key: "test/extract/gold/real-blind9.yaml", folder: "test/extract/real-blind9" },
  { name: "blind10", key: "test/extract/gold/real-blind10.yaml", folder: "test/extract/real-blind10" },
  { name: "blind11", key: "test/extract/gold/real-blind11.yaml", folder: "test/extract/real-blind11" },
  { name: "blind12", key: "test/extract/gold/real-blind12.yaml", folder: "test/extract/real-blind12" },
  { name: "blind13", key: "test/extract/gold/real-blind13.yaml", folder: "test/extract/real-blind13" },
  { name: "blind14", key: "test/extract/gold/real-blind14.yaml", folder: "test/extract/real-blind14" },
  { name: "blind15", key: "test/extract/gold/real-blind15.yaml", folder: "test/extract/real-blind15" },
  { name: "blind16", key: "test/extract/gold/real-blind16.yaml", folder: "test/extract/real-blind16" },
].filter((set) => set.name === "dev" || existsSync(path.join(ROOT, set.key)));

/** Opening quotation marks; a grave accent too: wire copy of the 2000s opens quotations with two (``like this''). */
const OPENING_QUOTES = new Set(['"', "'", "`", "\u201c", "\u2018"]);
/** (A space the source leaves after the mark, `" sooner, not later,"`, stands outside the quote.) */
const opensAfterQuotationMark = (text: string, quote: string): boolean => {
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
    if (OPENING_QUOTES.has(text[at - 1] ?? "") || (text[at - 1] === " " && OPENING_QUOTES.has(text[at - 2] ?? "")))
      return true;
  return false;
};

describe.each(REAL_SETS)("the real $name set", ({ key, folder }) => {
  const load = async () => RealKey.parse(parse(await readFile(path.join(ROOT, key), "utf8")));

  it("has an answer key for every article in its folder, and an article for every key", async () => {
    const keyed = (await load()).articles.map((a) => a.file).sort();
    const files = (await readdir(path.join(ROOT, folder)))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => `${folder}/${f}`)
      .sort();
    expect(keyed).toEqual(files);
  });

  it("copies every quote, wording and excerpt word for word, and names every speaker", async () => {
    for (const article of (await load()).articles) {
      const text = await readFile(path.join(ROOT, article.file), "utf8");
      const names = new Set([...article.people, ...article.organisations].map((n) => n.name));
      for (const q of article.quotes) {
        expect(text, article.file).toContain(q.text);
        if (q.speaker !== "unknown") expect(names, q.text).toContain(q.speaker);
        // A quote is what stands inside quotation marks: it opens right after one.
        expect(opensAfterQuotationMark(text, q.text), `${article.file}: ${q.text}`).toBe(true);
      }
      for (const f of [...article.figures, ...article.events]) {
        expect(text, article.file).toContain(f.excerpt);
        expect(f.excerpt, article.file).toContain(f.wording);
      }
      // Names may be broken over a line of a wire story ("Sen. John\nTower").
      const flat = text.replace(/\s+/g, " ");
      for (const named of [...article.people, ...article.organisations])
        for (const form of [named.name, ...named.variants]) expect(flat, article.file).toContain(form);
      // A state may stand in its article only as a demonym ("Belgian authorities").
      for (const state of article.states)
        expect(
          [state.name, ...state.variants].filter((form) => flat.includes(form)),
          `${article.file}: ${state.name}`,
        ).not.toEqual([]);
    }
  });
});
