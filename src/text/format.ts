/**
 * Numbers, qualifiers and figures as the brief prints them: one formatter for every surface (the
 * key-figure cards, the ledgers, the charts, the differences, the changes panel and `diff`), so a
 * figure keeps its scale, unit and qualifier wherever it prints: "up to 1.4 million workers".
 */
import type { Qualifier } from "./qualifiers.js";

/** The words a qualifier prints as, before the number ("more than 7,000"). */
export const QUALIFIER_LABEL: Record<Qualifier, string> = {
  exactly: "",
  more_than: "more than",
  at_least: "at least",
  nearly: "nearly",
  about: "about",
  less_than: "fewer than",
  up_to: "up to",
};

/** A number as the brief prints it everywhere: British grouping, every decimal the source gave. */
// One formatter for every number (toLocaleString builds a new one at each call), made when first
// needed: the first Intl object of a process costs 10-25 ms, which `check` need not pay.
let numberFormat: Intl.NumberFormat | undefined;
export const formatNumber = (n: number): string => {
  numberFormat ??= new Intl.NumberFormat("en-GB", { maximumFractionDigits: 6 });
  return numberFormat.format(n);
};

/**
 * The scales a large number is said in, largest first, always in words: never "m" or "bn" (a unit
 * may mean metres).
 */
export const SCALES = [
  { factor: 1e12, word: "trillion" },
  { factor: 1e9, word: "billion" },
  { factor: 1e6, word: "million" },
] as const;

/**
 * A number as a reader says it: from a million up, in millions, billions or trillions when that
 * loses nothing ("4.5 million", "2.35 billion": a whole number of thousandths of the scale, as
 * sources write them); else in digits ("4,512,345", "7,000", "2.3"). Never rounded: the brief
 * prints every digit the source gave. Beyond nine thousand trillion, in powers of ten ("1e+39").
 */
export const formatAmount = (n: number): string => {
  const size = Math.abs(n);
  // Beyond what the digits of a double hold exactly (2^53), digits would print what no source
  // wrote ("999,999,999,999,999,900,000,000,000 trillion" for 1e39): a power of ten, as the axes do.
  if (size > Number.MAX_SAFE_INTEGER) return n.toExponential().replace(/\.?0+e/, "e");
  const scale = SCALES.find((s) => size >= s.factor);
  if (scale && Number.isInteger(n / (scale.factor / 1000))) return `${formatNumber(n / scale.factor)} ${scale.word}`;
  return formatNumber(n);
};

/** A value with its qualifier and scale: "more than 7,000", "up to 1.4 million". */
export const formatQualified = (value: number, qualifier: Qualifier | undefined): string => {
  const words = QUALIFIER_LABEL[qualifier ?? "exactly"];
  return `${words === "" ? "" : `${words} `}${formatAmount(value)}`;
};

/** A figure's value as printed: the amount (qualifier, number, scale), the unit, and both in one line. */
export interface FigureText {
  /** "up to 1.4 million" */
  readonly amount: string;
  /** "workers" */
  readonly unit: string;
  /** "up to 1.4 million workers" */
  readonly text: string;
}

const SCALE_WORD = /^(thousand|million|billion|trillion)\b\s*/i;

/**
 * A figure's value with its qualifier, scale and unit: "up to 1.4 million workers". A unit that
 * starts with a scale word ("million workers", for a value of 4.5) gives the scale to the amount.
 */
export const formatFigure = (value: number, qualifier: Qualifier | undefined, unit: string): FigureText => {
  const scale = SCALE_WORD.exec(unit);
  const amount = formatQualified(value, qualifier);
  const parts = scale
    ? { amount: `${amount} ${scale[1]?.toLowerCase()}`, unit: unit.slice(scale[0].length) }
    : { amount, unit: unit.trim() };
  return { ...parts, text: parts.unit === "" ? parts.amount : `${parts.amount} ${parts.unit}` };
};

/**
 * A fuzzy date as an HTML `datetime` value: `2024-03-07`, `2024-03`, `2024`, with the `~` of an
 * approximate date dropped (the words beside it say "c.").
 */
export const datetimeOf = (date: string): string => date.replace("~", "");
