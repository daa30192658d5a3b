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
import { PACKAGE_ROOT } from "../package-info.js";
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

/** A brief's own catalogue, relative to the brief: `sources/<name>/sources.yaml`. */
export function ownCatalog(briefFile: string): string {
  const name = path.basename(briefFile).replace(/\.ya?ml$/i, "");
  return path.posix.join("sources", name, "sources.yaml");
}

/** The path from a file's folder to one of factsheet's JSON Schemas, for editors' YAML tooling. */
function schemaFrom(file: string, schema: string): string {
  return path
    .relative(path.dirname(file), path.join(PACKAGE_ROOT, "schema", schema))
    .split(path.sep)
    .join("/");
}

/** A YAML scalar for a line of text: plain when it reads back as the same text, else double-quoted. */
function scalar(text: string): string {
  return /^[A-Za-z0-9][^:#\n]*$/.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}

export interface NewBrief {
  /** Where the brief will be written (for the schema's path). */
  readonly file: string;
  readonly title: string;
  readonly asOf: string;
  readonly summary: string;
  /** The catalogue, relative to the brief. */
  readonly catalog: string;
  /** The brief as the terminal names it (data/x.yaml), for the commands in its comments. */
  readonly shown: string;
  /** The command that started it, for its first comment. */
  readonly started: string;
}

/** A new brief's text: the fields check requires, commented, and what to add next. */
export function newBriefText(brief: NewBrief): string {
  return `# yaml-language-server: $schema=${schemaFrom(brief.file, "factbase.schema.json")}
# Started by ${brief.started}. Each field is described in the README ("Writing a brief");
# the schema above gives an editor's YAML tooling completion and instant feedback.
title: ${scalar(brief.title)} # up to 80 characters hold on page one
as_of: ${brief.asOf} # the brief's date, YYYY-MM-DD: printed "Updated ..."
summary: ${scalar(brief.summary)}
# desk: Harbour desk # the desk's name (else the desk config's desk:)
# edition: Morning edition
sources: ${brief.catalog} # this brief's own source catalogue

# Next: add articles (each is copied beside the catalogue and drafted from), then review the drafts:
#   factsheet extract ARTICLE.txt@YYYY-MM-DD --into ${brief.shown}
# or write items by hand, each citing a source of the catalogue word for word:
#
# key_points:
#   - text: The union offered to split dredging costs.
#     cite:
#       - source: union-offer # a source id from the catalogue ...
#         excerpt: proposed on Thursday to split dredging costs # ... and its exact words
#
# Then questions, actors, timeline, positions, figures and quotes, as the README shows.
`;
}

/** A new, empty source catalogue, commented. */
export function newCatalogText(file: string): string {
  return `# yaml-language-server: $schema=${schemaFrom(file, "sources.schema.json")}
# The articles this brief cites: factsheet extract adds each article it copies beside this file.
# An entry by hand:
#   - id: union-offer
#     file: union-offer.txt # the article's text, unchanged, in this folder
#     headline: Union offers compromise on Port Alba fees
#     outlet: Harbour Weekly
#     published: 2024-03-08
sources: []
`;
}

/** "gaza-talks" -> "Gaza talks" */
function titleOf(name: string): string {
  const words = name.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
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
