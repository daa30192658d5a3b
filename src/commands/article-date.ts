/**
 * An article named with its publication date, `ARTICLE@YYYY-MM-DD`
 * (`talks.txt@2024-03-08`), as `extract` and `init --from` take it: the date
 * a catalogue does not yet know, given article by article rather than once
 * for all with `--published`. A name without `@` and a date is the article
 * alone.
 */
import { Day } from "../factbase/schema.js";

export interface ArticleArgument {
  readonly file: string;
  /** The date given after `@`; undefined when none was. */
  readonly published: string | undefined;
}

/**
 * Splits `ARTICLE@DATE` at its last `@` when what follows looks like a date. A date that is none
 * (`@2024-02-30`, `@2024-3-8`) is a usage mistake: the message says so. A file whose own name ends
 * in `@` and something else (`notes@home.txt`) is a file name.
 */
export function parseArticleArgument(argument: string): ArticleArgument | { readonly problem: string } {
  const match = /^(.+)@(\d[\d-]*)$/.exec(argument);
  if (match === null) return { file: argument, published: undefined };
  const [, file = "", date = ""] = match;
  if (!Day.safeParse(date).success)
    return { problem: `${argument}: "${date}" is not a date as YYYY-MM-DD (write ARTICLE@YYYY-MM-DD).` };
  return { file, published: date };
}
