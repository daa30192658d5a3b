/**
 * Numbers as a text writes them: `1,400`, `1400`, `2.3 million`, `11th`, and
 * in words (`seven-month`, `four`). Digits are read here; numbers in words are
 * read by compromise, loaded only when a figure is not found in digits.
 */

const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const DIGITS =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:st|nd|rd|th)?(?:\s+(thousand|million|billion|trillion)\b)?/gi;

/** Every number written in digits in `text`, with its scale word applied. */
export const numbersInDigits = (text: string): number[] => {
  const out: number[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const whole = (match[1] ?? "").replaceAll(",", "");
    const value = Number(match[2] === undefined ? whole : `${whole}.${match[2]}`);
    const scale = match[3] === undefined ? 1 : (SCALE[match[3].toLowerCase()] ?? 1);
    out.push(value);
    if (scale !== 1) out.push(Math.round(value * scale * 1e6) / 1e6);
  }
  return out;
};

type Nlp = (text: string) => { numbers(): { json(): { number?: { num?: number } }[] } };
let nlpModule: Promise<Nlp> | undefined;

const loadNlp = (): Promise<Nlp> => {
  nlpModule ??= import("compromise").then((m) => m.default as unknown as Nlp);
  return nlpModule;
};

/** Every number in `text`, digits and words. Loads the language library on first use. */
export const numbersInWords = async (text: string): Promise<number[]> => {
  const nlp = await loadNlp();
  return nlp(text)
    .numbers()
    .json()
    .map((n) => n.number?.num)
    .filter((n): n is number => typeof n === "number" && Number.isFinite(n));
};

const same = (a: number, b: number): boolean => Math.abs(a - b) <= Math.abs(b) * 1e-9;

/** Whether `value` is written in `text` in some form. */
export const mentionsNumber = async (text: string, value: number): Promise<boolean> => {
  if (numbersInDigits(text).some((n) => same(n, value))) return true;
  return (await numbersInWords(text)).some((n) => same(n, value));
};
