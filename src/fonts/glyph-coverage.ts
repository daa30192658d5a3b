/**
 * What the brief's embedded fonts can print: the code point ranges their
 * subsets cover, for check to flag characters that would print as boxes.
 */
import { type FontIndex, SCRIPT_ONLY } from "./fonts.js";

/** Code point ranges the brief's embedded fonts cover. */
export const coveredRanges = (index: readonly FontIndex[]): readonly [number, number][] => {
  let ranges = rangesOf.get(index);
  if (!ranges) {
    ranges = index.flatMap(({ font, subsets }) =>
      subsets
        // Script families are embedded for their own script only.
        .filter((s) => SCRIPT_ONLY[font.family] === undefined || s.name === SCRIPT_ONLY[font.family])
        .flatMap((s) => s.ranges),
    );
    rangesOf.set(index, ranges);
  }
  return ranges;
};
const rangesOf = new WeakMap<readonly FontIndex[], [number, number][]>();
