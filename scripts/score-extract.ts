/**
 * Scores `factsheet extract` against the hand-made gold files in
 * test/extract/gold/: precision and recall for each kind of candidate, on
 * every gold file there (the five Qatar articles, an invented article in
 * another topic, and any other, such as a dev set of real articles).
 *
 *   npm run score:extract            table
 *   npm run score:extract -- --why   and what was missed or wrongly found
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { extractArticle } from "../src/extract/extract-article.js";
import {
  emptyScore,
  GoldFile,
  KINDS,
  precision,
  recall,
  type Score,
  scoreArticle,
} from "../src/extract/score-extraction.js";
import { PACKAGE_ROOT } from "../src/package-info.js";

const root = PACKAGE_ROOT;

/** The gold files whose targets `npm test` enforces (test/extract/score.test.ts). */
export const GOLD_FILES = { qatar: "test/extract/gold/qatar.yaml", unseen: "test/extract/gold/unseen.yaml" } as const;
/** Gold files that are measured and printed, not held to the test suite's targets. */
export const MEASURED_FILES = { "real-dev": "test/extract/gold/real-dev.yaml" } as const;

/** Every gold file in test/extract/gold/ (the ones above, and any other such as real-dev), by name. */
export const allGoldFiles = async (): Promise<Record<string, string>> => {
  const dir = "test/extract/gold";
  const names = (await readdir(path.join(root, dir))).filter((name) => name.endsWith(".yaml")).sort();
  return Object.fromEntries(names.map((name) => [name.replace(/\.yaml$/, ""), `${dir}/${name}`]));
};

export const scoreGold = async (goldFile: string): Promise<Score> => {
  const chrono = await import("chrono-node/en");
  const gold = GoldFile.parse(parse(await readFile(path.join(root, goldFile), "utf8")));
  const score = emptyScore();
  for (const article of gold.articles) {
    const text = await readFile(path.join(root, article.file), "utf8");
    scoreArticle(score, article, extractArticle(chrono, { text, published: article.published }), text);
  }
  return score;
};

export const scoreRows = (name: string, score: Score) =>
  KINDS.map((kind) => ({
    set: name,
    kind,
    precision: Number(precision(score[kind]).toFixed(3)),
    recall: Number(recall(score[kind]).toFixed(3)),
    found: score[kind].tp,
    wrong: score[kind].fp,
    missed: score[kind].fn,
  }));

const main = async (): Promise<void> => {
  const why = process.argv.includes("--why");
  for (const [name, file] of Object.entries(await allGoldFiles())) {
    const score = await scoreGold(file);
    console.log(`\n${name} (${file})`);
    console.table(scoreRows(name, score).map(({ set: _set, ...row }) => row));
    if (why) {
      for (const kind of KINDS) {
        for (const missed of score[kind].missed) console.log(`  missed ${kind}: ${missed}`);
        for (const wrong of score[kind].wrong) console.log(`  wrong  ${kind}: ${wrong}`);
      }
    }
  }
};

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
