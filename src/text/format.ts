/** Numbers and qualifiers as the brief and its diagnostics print them. */
import type { Qualifier } from "../factbase/schema.js";

/** The words a qualifier prints as, before the number ("more than 7,000"). */
export const QUALIFIER_LABEL: Record<Qualifier, string> = {
  exactly: "",
  more_than: "more than",
  at_least: "at least",
  nearly: "nearly",
  about: "about",
  less_than: "fewer than",
};

/** A number as the brief prints it everywhere: British grouping, every decimal the source gave. */
// One formatter for every number (toLocaleString builds a new one at each call), made when first
// needed: the first Intl object of a process costs 10-25 ms, which `check` need not pay.
let numberFormat: Intl.NumberFormat | undefined;
export const formatNumber = (n: number): string => {
  numberFormat ??= new Intl.NumberFormat("en-GB", { maximumFractionDigits: 6 });
  return numberFormat.format(n);
};

/** A value with its qualifier: "more than 7,000". */
export const formatQualified = (value: number, qualifier: Qualifier | undefined): string => {
  const words = QUALIFIER_LABEL[qualifier ?? "exactly"];
  return `${words === "" ? "" : `${words} `}${formatNumber(value)}`;
};

/**
 * A fuzzy date as an HTML `datetime` value: `2024-03-07`, `2024-03`, `2024`, with the `~` of an
 * approximate date dropped (the words beside it say "c.").
 */
export const datetimeOf = (date: string): string => date.replace("~", "");
