/**
 * The text of a new brief and of its own source catalogue, as `factsheet init`
 * and `extract --into` a brief that does not exist both write them: commented,
 * passing `check` as written.
 */
import path from "node:path";
import { PACKAGE_ROOT } from "../package-info.js";

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
export function titleOf(name: string): string {
  const words = name.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
