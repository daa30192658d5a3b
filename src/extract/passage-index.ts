/**
 * Passages (a brief's quotes) indexed by their words, to find in time that
 * grows with the words looked up, not with the brief, which passage contains
 * some words or is contained in them. Words are folded (curly and straight
 * quotes, dashes, case alike) and compared whole; a passage with elisions
 * ("We cannot ... Someone has to pay") is indexed part by part. Words in
 * common make a match when they are all the words of one side, and at least
 * three words or the whole of both (a word or two in common is no repeat).
 */
import { splitElisions } from "../text/fold-text.js";

/** Words of at most this many make an index key. */
const GRAM = 3;

/** The folded words of a text, punctuation dropped. */
export const passageWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

const gram = (words: readonly string[], at: number): string => words.slice(at, at + GRAM).join(" ");

/**
 * Whether `part` is a run of consecutive words of `whole`. Callers look only where `part` is the
 * whole of `whole` or has at least GRAM words: a word or two in common ("No", "terrorists") is no
 * repeated quote.
 */
const holdsRun = (whole: string, part: string): boolean => whole === part || ` ${whole} `.includes(` ${part} `);

const note = (map: Map<string, number[]>, key: string, index: number): void => {
  const found = map.get(key);
  if (found === undefined) map.set(key, [index]);
  else if (found.at(-1) !== index) found.push(index);
};

export class PassageIndex<T> {
  /** Every run of GRAM words of every passage part: where to look for a part that holds some words. */
  private readonly grams = new Map<string, number[]>();
  /** The first GRAM words of every part: where to look for a part that some words hold. */
  private readonly starts = new Map<string, number[]>();
  /** Parts shorter than GRAM words, whole: they match only the same words. */
  private readonly short = new Map<string, number[]>();
  private readonly parts: { readonly words: string; readonly value: T }[] = [];

  add(text: string, value: T): void {
    for (const part of splitElisions(text)) {
      const words = passageWords(part);
      if (words.length === 0) continue;
      const index = this.parts.length;
      this.parts.push({ words: words.join(" "), value });
      if (words.length < GRAM) {
        note(this.short, words.join(" "), index);
        continue;
      }
      note(this.starts, gram(words, 0), index);
      for (let at = 0; at + GRAM <= words.length; at++) note(this.grams, gram(words, at), index);
    }
  }

  /**
   * The passages that share a run of words with `text` either way: a part of one holds every word
   * of `text` in order, or `text` holds every word of a part of one. In the order they were added.
   */
  find(text: string): T[] {
    const words = passageWords(text);
    if (words.length === 0) return [];
    const joined = words.join(" ");
    const found = new Set<number>();
    const check = (
      indices: readonly number[] | undefined,
      whole: (part: string) => string,
      part: (p: string) => string,
    ) => {
      for (const index of indices ?? []) {
        const words = (this.parts[index] as { words: string }).words;
        if (holdsRun(whole(words), part(words))) found.add(index);
      }
    };
    if (words.length < GRAM) {
      check(
        this.short.get(joined),
        (p) => p,
        () => joined,
      );
    } else {
      // Parts holding the words hold their first run of GRAM words too.
      check(
        this.grams.get(gram(words, 0)),
        (p) => p,
        () => joined,
      );
      // Parts the words hold each start where some run of GRAM words does.
      for (let at = 0; at + GRAM <= words.length; at++) {
        check(
          this.starts.get(gram(words, at)),
          () => joined,
          (p) => p,
        );
      }
    }
    return [...new Set([...found].sort((a, b) => a - b).map((i) => (this.parts[i] as { value: T }).value))];
  }
}
