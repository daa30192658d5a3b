/**
 * Numbers as a text writes them: `1,400`, `1400`, `2.3 million`, `11th`, and
 * in words (`seven-month`, `four`, `twenty-five`, `two hundred`). Digits and
 * plain number words are read here; anything else is left to compromise, a
 * language library loaded (about 0.4 s) only when a figure is found no other way.
 */

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ABBREVIATED: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12 };

/**
 * Digits, with a scale word ("2.3 million", "a 1.3-billion-dlr loan") or an abbreviation ("£31m", "2.7m", "$2bn", "Rs 4.5mn",
 * "3 mln"), and a
 * minus sign (hyphen-minus or U+2212) directly before them where no letter, digit or dash stands
 * before the sign: "-5" and "−5" are negative; "3-5" (a range), "2024-03" and "COVID-19" are not.
 */
const DIGITS =
  /(?<![\d.,])(?:(?<![\p{L}\p{N}_\-\u2212])([-\u2212]))?([€$£¥]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:st|nd|rd|th)?(?:(?:\s+|-|(?<=\$\s?[\d.,]+))(thousand|million|billion|trillion)\b|(k|m|mn|bn|tn)\b|\s?(mln|bln)\b)?/giu;

/** What follows the first value of a range whose second value carries the scale: " and 300 mln", "-3 million". */
const SHARED_SCALE =
  /\s*(-|–|to|or|and)\s*[€$£¥]?\s?(\d[\d,]*(?:\.\d+)?)(?:(?:\s+|-)(thousand|million|billion|trillion)\b|\s?(mln|bln|bn|m|mn|tn)\b)/iuy;

/**
 * Every number written in digits in `text`, with its scale word applied ("2.3 million" is
 * 2,300,000 only). An abbreviated scale after a currency sign is sure ("£31m" is 31 million only);
 * without one it may be a unit ("5m" may be metres) or the figure may be given in its scale's unit
 * (value 5, unit "billion dollars" for "5bn"), so "2.7m" gives both 2.7 and 2,700,000.
 */
export const numbersInDigits = (text: string): number[] => {
  const out: number[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const sign = match[1] === undefined ? 1 : -1;
    const whole = (match[3] ?? "").replaceAll(",", "");
    const value = sign * Number(match[4] === undefined ? whole : `${whole}.${match[4]}`);
    const scaled = (scale: number) => Math.round(value * scale * 1e6) / 1e6;
    const word = match[5] === undefined ? undefined : SCALE[match[5].toLowerCase()];
    const abbreviation = match[6] ?? match[7];
    const abbreviated = abbreviation === undefined ? undefined : ABBREVIATED[abbreviation.toLowerCase()];
    // "between 200 and 300 mln", "2 to 3 million": the first value of a range shares the second's scale, read
    // first (then as written); only a smaller value joined by "to", a dash, "or", or "and" after "between".
    // (Read where the number ends, never by copying the rest of the text: `check` reads whole articles.)
    SHARED_SCALE.lastIndex = (match.index ?? 0) + match[0].length;
    const shared = word === undefined && abbreviation === undefined ? SHARED_SCALE.exec(text) : null;
    const at = match.index ?? 0;
    const joinedRange =
      shared !== null &&
      Number((shared[2] ?? "").replaceAll(",", "")) > value &&
      (shared[1] !== "and" || /\bbetween\s+[€$£¥]?\s?$/i.test(text.slice(Math.max(0, at - 40), at)));
    const sharedScale = joinedRange
      ? (SCALE[(shared?.[3] ?? "").toLowerCase()] ?? ABBREVIATED[(shared?.[4] ?? "").toLowerCase()])
      : undefined;
    if (sharedScale !== undefined) out.push(scaled(sharedScale), value);
    else if (word !== undefined) out.push(scaled(word));
    else if (abbreviated === undefined) out.push(value);
    else if (match[2] !== undefined) out.push(scaled(abbreviated));
    else out.push(value, scaled(abbreviated));
  }
  return out;
};

export const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const WORDS = [...Object.keys(UNITS), ...Object.keys(TENS), "hundred", ...Object.keys(SCALE)];
const NUMBER_WORDS = new RegExp(`\\b(?:${WORDS.join("|")})(?:(?:[\\s-]+|\\s+and\\s+)(?:${WORDS.join("|")}))*\\b`, "gi");

/** Words that count times: "twice", "thrice". */
export const TIMES_WORDS: Readonly<Record<string, number>> = { twice: 2, thrice: 3 };

/**
 * Numbers in plain English words. A run of words makes one number only where
 * English composes them ("twenty-five", "two hundred and five", "three
 * thousand"); "twenty twenty-four" is two numbers, and a scale word with no
 * number before it ("million") is no number at all.
 */
export const numbersInPlainWords = (text: string): number[] => {
  const out: number[] = [];
  // "a half dozen", "half a dozen", "half-dozen": six.
  for (const _ of text.matchAll(/\bhalf(?:\s+a)?[\s-]+dozen\b/gi)) out.push(6);
  // "twice", "thrice": a count of times, 2 and 3.
  for (const found of text.matchAll(/\b(twice|thrice)\b/gi))
    out.push(TIMES_WORDS[found[1]?.toLowerCase() ?? ""] as number);
  // "a couple dozen", "a couple of dozen": 24.
  for (const _ of text.matchAll(/\ba\s+couple(?:\s+of)?\s+dozen\b/gi)) out.push(24);
  for (const match of text.matchAll(NUMBER_WORDS)) {
    let total = 0;
    let small = 0; // the part below the last scale word
    let last: "none" | "unit" | "ten" | "hundred" | "scale" = "none";
    const flush = () => {
      if (last !== "none") out.push(total + small);
      total = 0;
      small = 0;
      last = "none";
    };
    for (const word of match[0].toLowerCase().split(/[\s-]+/)) {
      if (word === "and") continue;
      // "two dozen": 24, as "two hundred" is 200.
      if (word === "dozen" && (last === "unit" || last === "ten")) {
        small *= 12;
        last = "hundred";
        continue;
      }
      const unit = UNITS[word];
      const ten = TENS[word];
      const scale = SCALE[word];
      if (unit !== undefined) {
        if (last === "unit" || (last === "ten" && small % 10 !== 0)) flush();
        small += unit;
        last = "unit";
      } else if (ten !== undefined) {
        if (last === "unit" || last === "ten") flush();
        small += ten;
        last = "ten";
      } else if (word === "hundred") {
        if (last !== "unit") {
          flush();
          continue;
        }
        small *= 100;
        last = "hundred";
      } else if (scale !== undefined) {
        if (last === "none" || last === "scale") continue;
        total += small * scale;
        small = 0;
        last = "scale";
      }
    }
    flush();
  }
  return out;
};

/** The ordinal words that name a share's denominator ("a third", "one sixtieth", "three quarters"). */
const ORDINAL_UNITS: Record<string, number> = {
  half: 2,
  third: 3,
  quarter: 4,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
};

/** The denominator each share word stands for, singular and plural ("third", "thirds", "halves"). */
export const FRACTIONS: Record<string, number> = Object.fromEntries(
  Object.entries(ORDINAL_UNITS).flatMap(([word, n]) => [
    [word, n],
    [word === "half" ? "halves" : `${word}s`, n],
  ]),
);

/** The denominator of a share word, compounds included ("twenty-fifth" is 25); undefined for another word. */
export const denominatorOf = (word: string): number | undefined => {
  const lower = word.toLowerCase();
  const direct = FRACTIONS[lower];
  if (direct !== undefined) return direct;
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](\p{L}+)$/u.exec(lower);
  if (!compound || /^(half|halves|quarters?)$/.test(compound[2] as string)) return undefined;
  const unit = FRACTIONS[compound[2] as string];
  return unit !== undefined && unit < 10 ? (TENS[compound[1] as string] ?? 0) + unit : undefined;
};

const SHARE_WORD = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s])?(?:${Object.keys(FRACTIONS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
const NUMERATOR = `(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)`;
const FRACTION_WORDS = new RegExp(`\\b(?:(${NUMERATOR})[\\s-]+)?(${SHARE_WORD})\\b`, "giu");
/** "one in five", "three out of every four", and with the noun between: "one adult in five", "one British adult in five". */
const ONE_IN =
  /\b(one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:\p{L}[\p{L}'’-]*\s+){0,2}(?:in|out of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a hundred|\d+)\b/giu;
const ONE_UNIT =
  /\b(half\s+)?(?:a|an|one|the\s+(?:next|past|last|following|previous|coming))\s+(day|week|month|year|decade|half-century|quarter-century|century)\b/gi;
/**
 * The years in a decade and a century: "a decade" is 1 decade and 10 years, "half a century" 50 years, as is "a
 * half-century"; "a quarter-century" 25.
 */
export const YEARS_IN: Readonly<Record<string, number>> = {
  decade: 10,
  century: 100,
  "half-century": 50,
  "quarter-century": 25,
};

/** A number word or digits as a number: "three" 3, "a hundred" 100, "12" 12. */
const smallNumber = (word: string): number | undefined => {
  const lower = word.toLowerCase().replace(/^a /, "");
  if (/^\d+$/.test(lower)) return Number(lower);
  return lower === "hundred" ? 100 : (UNITS[lower] ?? TENS[lower]);
};

/**
 * Shares and single units in words: "half" (0.5), "two thirds" (2/3),
 * "a quarter" (0.25), "one sixtieth" (1/60), "one in five" (0.2); "a year" (1); "a decade" and "the next
 * decade" (1, or 10 years), "half a century" (0.5, or 50 years).
 * A share is returned unrounded: it matches a value written to however many
 * decimals the value has (0.67, 0.017).
 */
export const fractionsInWords = (text: string): number[] => {
  const out: number[] = [];
  for (const match of text.matchAll(FRACTION_WORDS)) {
    // "the third day", "a fifth time" are ordinals, but a share is still read: the caller's value decides.
    const count = match[1] === undefined || /^an?$/i.test(match[1]) ? 1 : (UNITS[match[1].toLowerCase()] ?? 1);
    const denominator = denominatorOf(match[2] as string);
    if (denominator !== undefined) out.push(count / denominator);
  }
  for (const match of text.matchAll(ONE_IN)) {
    const part = smallNumber(match[1] as string);
    const whole = smallNumber(match[2] as string);
    if (part !== undefined && whole !== undefined && whole > part) out.push(part / whole);
  }
  for (const match of text.matchAll(ONE_UNIT)) {
    const half = match[1] === undefined ? 1 : 0.5;
    out.push(half);
    const years = YEARS_IN[(match[2] as string).toLowerCase()];
    if (years !== undefined) out.push(years * half);
  }
  return out;
};

/** A share written in words equals a value given to fewer decimals when it rounds to it: 2/3 and 0.67. */
const sameRounded = (share: number, value: number): boolean => {
  const decimals = (String(value).split(".")[1] ?? "").length;
  const factor = 10 ** decimals;
  return Math.abs(Math.round(share * factor) / factor - value) < 1e-9;
};

type Nlp = (text: string) => { numbers(): { json(): { number?: { num?: number } }[] } };
let nlpModule: Promise<Nlp> | undefined;

const loadNlp = (): Promise<Nlp> => {
  nlpModule ??= import("compromise").then((m) => m.default as unknown as Nlp);
  return nlpModule;
};

/** Every number in `text` as compromise reads it. Loads the language library on first use. */
export const numbersInWords = async (text: string): Promise<number[]> => {
  const nlp = await loadNlp();
  return nlp(text)
    .numbers()
    .json()
    .map((n) => n.number?.num)
    .filter((n): n is number => typeof n === "number" && Number.isFinite(n));
};

/**
 * Fractions written in digits, as wire copy prices and shares are: "3/8" (0.375), "3-1/2" and
 * "3 1/2" (3.5). Not a date ("11/12/2004") nor a run of slashes.
 */
export const fractionsInDigits = (text: string): number[] => {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<![\d/])(?:(\d+)[-\s])?(\d+)\/(\d+)(?![\d/])/g)) {
    const whole = m[1] === undefined ? 0 : Number(m[1]);
    const denominator = Number(m[3]);
    if (denominator === 0) continue;
    out.push(whole + Number(m[2]) / denominator);
  }
  return out;
};

/**
 * A whole and a fraction in words, with hyphens or spaces: "two-and-three-quarter" (2.75), "twenty-two-and-a-half"
 * (22.5), "one-and-a-half million" (1,500,000 with its scale). Groups: the whole (digits or words), how many parts,
 * the part, the scale word after it if any.
 */
export const WHOLE_AND_FRACTION = new RegExp(
  `(?<![\\p{L}\\d-])(\\d{1,3}|(?:(?:${Object.keys(TENS).join("|")})-)?(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join("|")}))[-\\s]and[-\\s](a|an|one|two|three)[-\\s](halfs?|thirds?|quarters?)(?![\\p{L}])(?:\\s+(thousand|million|billion|trillion)\\b)?`,
  "giu",
);

/** The value of a `WHOLE_AND_FRACTION` match, scale included; undefined for no such number ("one and three halves"). */
export const wholeAndFractionValue = (match: RegExpMatchArray): number | undefined => {
  const [, whole, count, part, scale] = match;
  const base = /^\d+$/.test(whole as string) ? Number(whole) : numbersInPlainWords(whole as string)[0];
  const of = (part as string).toLowerCase().replace(/s$/, "");
  const many = /^(?:a|an|one)$/i.test(count as string) ? 1 : (UNITS[(count as string).toLowerCase()] ?? 1);
  const fraction = (of === "half" ? 0.5 : of === "third" ? 1 / 3 : 0.25) * many;
  if (base === undefined || fraction >= 1) return undefined;
  const value = (base + fraction) * (scale === undefined ? 1 : (SCALE[scale.toLowerCase()] ?? 1));
  return Number(value.toPrecision(12));
};

/** Equal as written numbers are: exactly, but for floating-point noise, which grows with the number ("$17.1bn"). */
const same = (a: number, b: number): boolean =>
  Number.isFinite(a) && Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether `value` is written in `text` in some form. */
export const mentionsNumber = async (text: string, value: number): Promise<boolean> => {
  if (!Number.isFinite(value)) return false;
  if (numbersInDigits(text).some((n) => same(n, value))) return true;
  if (numbersInPlainWords(text).some((n) => same(n, value))) return true;
  if (fractionsInWords(text).some((n) => sameRounded(n, value))) return true;
  if (fractionsInDigits(text).some((n) => same(n, value))) return true;
  if ([...text.matchAll(WHOLE_AND_FRACTION)].some((m) => sameRounded(wholeAndFractionValue(m) ?? Number.NaN, value)))
    return true;
  return (await numbersInWords(text)).some((n) => same(n, value));
};
