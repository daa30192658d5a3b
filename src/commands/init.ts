/**
 * `factsheet init NAME [--from ARTICLE@DATE...]`: starts a brief.
 *
 * It writes `data/NAME.yaml` and the brief's own source catalogue,
 * `data/sources/NAME/sources.yaml` (a folder per brief: the articles extract
 * copies in sit beside their catalogue, apart from every other brief's), both
 * commented, and says what to do next. The brief passes `check` as written.
 * With `--from` it drafts the brief from the articles, through extract's own
 * code (`extract --into` a brief that does not exist starts it the same way).
 * It never overwrites: a brief or catalogue already there is refused.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import type { CleanupRegistry } from "../cleanup-registry.js";
import { CliError, ExitCode } from "../errors.js";
import { slug } from "../extract/draft-fact-base.js";
import { displayPath } from "../factbase/load-fact-base.js";
import { newBriefText, newCatalogText, ownCatalog, titleOf } from "./new-brief.js";
import type { Reporter } from "./report.js";
import { writeOutput } from "./write-output.js";

/** Where `init` puts briefs, from the working folder (the folder `build --all` builds by default). */
export const DATA_DIR = "data";

/** What a brief's name may be: its output files and URLs are named after it. */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NAME = 60;

/** Names a brief cannot take: `index` is the page that lists a batch's briefs. */
const RESERVED = new Set(["index"]);

/** Why `name` cannot name a brief, with the name it likely meant; undefined when it can. */
export function briefNameProblem(name: string): string | undefined {
  if (RESERVED.has(name))
    return `"${name}" cannot name a brief: out/${name}.html is the page that lists the briefs of a batch. Choose another name.`;
  if (NAME.test(name) && name.length <= MAX_NAME) return undefined;
  const meant = slug(name, MAX_NAME);
  const suggestion = meant !== "item" && NAME.test(meant) && !RESERVED.has(meant) ? ` (such as ${meant})` : "";
  return `"${name}" is not a brief's name: use lower-case letters, digits and single hyphens, at most ${MAX_NAME} characters${suggestion}. The brief is data/NAME.yaml, its outputs out/NAME.html and .pdf.`;
}

/** Today as YYYY-MM-DD, in the local calendar. */
function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface InitOptions {
  readonly name: string;
  /** Articles to draft the brief from, each as ARTICLE@YYYY-MM-DD (or catalogued already). */
  readonly from: readonly string[];
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly signal?: AbortSignal | undefined;
  readonly cleanup?: CleanupRegistry | undefined;
  /** The brief's date when it is not drafted from articles (default: today). */
  readonly now?: Date;
}

const existing = async (files: readonly string[]): Promise<string | undefined> => {
  for (const file of files) {
    const there = await stat(file).then(
      () => true,
      (error: NodeJS.ErrnoException) => error.code !== "ENOENT",
    );
    if (there) return file;
  }
  return undefined;
};

export const init = async (options: InitOptions, report: Reporter): Promise<number> => {
  const { cwd, name } = options;
  const problem = briefNameProblem(name);
  if (problem !== undefined) throw new CliError(problem, ExitCode.usage);
  const briefFile = path.resolve(cwd, DATA_DIR, `${name}.yaml`);
  const catalogFile = path.resolve(path.dirname(briefFile), ownCatalog(briefFile));
  const shown = (file: string) => displayPath(file, cwd);
  // Never over a brief or a catalogue already there (nor over data/NAME.yml, which would write the same outputs).
  const taken = await existing([briefFile, briefFile.replace(/\.yaml$/, ".yml"), catalogFile]);
  if (taken !== undefined)
    throw new CliError(
      `${shown(taken)} already exists, and init never overwrites: choose another name, or edit that brief.`,
      ExitCode.usage,
    );

  if (options.from.length > 0) {
    // Drafted from the articles by extract's own code, which starts the brief as below.
    const { extract } = await import("./extract.js");
    const code = await extract(
      {
        articles: options.from,
        into: briefFile,
        cwd,
        out: options.out,
        err: options.err,
        signal: options.signal,
        cleanup: options.cleanup,
      },
      report,
    );
    if (code !== ExitCode.ok) return code;
  } else {
    await writeOutput(catalogFile, newCatalogText(catalogFile));
    await writeOutput(
      briefFile,
      newBriefText({
        file: briefFile,
        title: titleOf(name),
        asOf: today(options.now ?? new Date()),
        summary: "What this brief is about, in two or three sentences: replace this.",
        catalog: ownCatalog(briefFile),
        shown: shown(briefFile),
        started: `factsheet init ${name}`,
      }),
    );
    report.info(`wrote ${shown(briefFile)}, a new brief, and ${shown(catalogFile)}, its source catalogue (empty).`);
  }
  const brief = shown(briefFile);
  report.info(
    [
      "Next:",
      ...(options.from.length > 0
        ? [`  review the drafts in ${brief}: keep an item by deleting its draft: true line, or delete the item;`]
        : [
            `  replace the title and summary in ${brief};`,
            `  add articles: factsheet extract ARTICLE.txt@YYYY-MM-DD --into ${brief}`,
          ]),
      `  check it:     factsheet check ${brief}`,
      `  build it:     factsheet build ${brief}   (out/${name}.html and .pdf)`,
    ].join("\n"),
  );
  return ExitCode.ok;
};
