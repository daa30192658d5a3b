/** Words the brief prints for the fact base's enumerations. */
import type { Qualifier, Stance } from "../factbase/schema.js";

export const STANCE_LABEL: Record<Stance, string> = {
  demands: "Demands",
  wants: "Wants",
  supports: "Supports",
  willing: "Willing",
  refuses: "Refuses",
  opposes: "Opposes",
  warns: "Warns",
  reconsidering: "Reconsidering",
  states: "States",
};

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

/** One collation for every sort the reader sees, whatever the machine's locale. */
let collator: Intl.Collator | undefined;
export const compareText = (a: string, b: string): number => {
  collator ??= new Intl.Collator("en", { sensitivity: "base" });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
};

/** Text in a language of its own script, marked up as such (`lang`, `dir`), or plain text. */
export interface ScriptText {
  readonly text: string;
  readonly lang: string | null;
  readonly dir: string | null;
}

const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;

/** Arabic or Hebrew script gets its language and direction; everything else is the brief's language. */
export const scriptText = (text: string): ScriptText =>
  ARABIC.test(text)
    ? { text, lang: "ar", dir: "rtl" }
    : HEBREW.test(text)
      ? { text, lang: "he", dir: "rtl" }
      : { text, lang: null, dir: null };
