/** Words the brief prints for the fact base's enumerations. */
import type { Stance } from "../factbase/schema.js";
import type { ScriptText, StanceLegendView } from "./brief-view.js";

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

/**
 * The looks of the stance marks (templates/styles/brief.css), each shared by stances that mean
 * alike, and what they mean: the legend under the positions.
 */
const STANCE_LOOKS: readonly { readonly stances: readonly Stance[]; readonly meaning: string }[] = [
  { stances: ["refuses", "opposes"], meaning: "filled: against" },
  { stances: ["demands", "warns"], meaning: "coloured outline: insists or warns" },
  { stances: ["supports", "willing"], meaning: "dashed outline: in favour or open to it" },
  { stances: ["wants", "reconsidering", "states"], meaning: "plain outline: wants, reconsiders or states" },
];

/** The legend of the stance marks, for the stances used (in the order of the looks); empty for none. */
export const stanceLegend = (used: Iterable<Stance>): StanceLegendView[] => {
  const present = new Set(used);
  return STANCE_LOOKS.map(({ stances, meaning }) => ({
    stances: stances
      .filter((s) => present.has(s))
      .map((s) => ({ stance: STANCE_LABEL[s], stanceClass: `stance-${s}` })),
    meaning,
  })).filter((look) => look.stances.length > 0);
};

/** One collation for every sort the reader sees, whatever the machine's locale. */
let collator: Intl.Collator | undefined;
export const compareText = (a: string, b: string): number => {
  collator ??= new Intl.Collator("en", { sensitivity: "base" });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
};

const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;

/** Arabic or Hebrew script gets its language and direction; everything else is the brief's language. */
export const scriptText = (text: string): ScriptText =>
  ARABIC.test(text)
    ? { text, lang: "ar", dir: "rtl" }
    : HEBREW.test(text)
      ? { text, lang: "he", dir: "rtl" }
      : { text, lang: null, dir: null };
