/**
 * Passages (a brief's quotes) indexed by their words, to find in time that
 * grows with the words looked up, not with the brief, which passage contains
 * some words or is contained in them. Words are folded (curly and straight
 * quotes, dashes, case alike) and compared whole; a passage with elisions
 * ("We cannot ... Someone has to pay") is indexed part by part.
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

const gram = (words: readonly string[], at: number, n: number): string => words.slice(at, at + n).join(" ");

/**
 * Whether `part` is a run of consecutive words of `whole`: the same words, or at least GRAM of them
 * (a word or two in common, "No" or "terrorists", is no repeated quote).
 */
const holdsRun = (whole: string, part: string): boolean =>
  whole === part || (part.split(" ").length >= GRAM && ` ${whole} `.includes(` ${part} `));

export class PassageIndex<T> {
  /** Every run of 1 to GRAM words of every passage part: where to look for a passage containing some words. */
  private readonly grams = new Map<string, Set<number>>();
  /** The first GRAM words (or fewer) of every passage part: where to look for a part that some words contain. */
  private readonly starts = new Map<string, Set<number>>();
  private readonly parts: { readonly words: string; readonly value: T }[] = [];

  add(text: string, value: T): void {
    for (const part of splitElisions(text)) {
      const words = passageWords(part);
      if (words.length === 0) continue;
      const index = this.parts.length;
      this.parts.push({ words: words.join(" "), value });
      const note = (map: Map<string, Set<number>>, key: string) => {
        const found = map.get(key) ?? new Set<number>();
        found.add(index);
        map.set(key, found);
      };
      note(this.starts, gram(words, 0, GRAM));
      for (let at = 0; at < words.length; at++) {
        for (let n = 1; n <= GRAM && at + n <= words.length; n++) note(this.grams, gram(words, at, n));
      }
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
    // Passages holding the words: they hold the words' first run too.
    for (const index of this.grams.get(gram(words, 0, GRAM)) ?? []) {
      if (holdsRun((this.parts[index] as { words: string }).words, joined)) found.add(index);
    }
    // Passages the words hold: each starts where some run of the words does.
    for (let at = 0; at < words.length; at++) {
      for (let n = 1; n <= GRAM && at + n <= words.length; n++) {
        for (const index of this.starts.get(gram(words, at, n)) ?? []) {
          if (holdsRun(joined, (this.parts[index] as { words: string }).words)) found.add(index);
        }
      }
    }
    return [...new Set([...found].sort((a, b) => a - b).map((i) => (this.parts[i] as { value: T }).value))];
  }
}
