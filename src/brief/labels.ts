/** Words the brief prints for the fact base's enumerations. */
import type { Stance } from "../factbase/schema.js";

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
