/**
 * Sentences as the figure and date finders read them: a sentence that stops
 * at a line break without a full stop (a wire story's hard-wrapped line:
 * "cumulative losses would reach 7.7" / "billion, implying ...") is joined
 * to the one that follows it, so that a number keeps its scale and a date
 * its clause. A blank line still ends a sentence.
 */
import type { Span } from "./segment.js";

/** Ends a sentence: a full stop, question or exclamation mark, maybe inside a closing quotation mark or bracket. */
const ENDED = /[.!?:][”"’')\]]*\s*$/u;

export const joinBrokenSentences = <S extends Span>(text: string, sentences: readonly S[]): Span[] => {
  const out: Span[] = [];
  for (const sentence of sentences) {
    const last = out.at(-1);
    if (
      last !== undefined &&
      !ENDED.test(text.slice(last.start, last.end)) &&
      /^[ \t]*\r?\n[ \t]*$/.test(text.slice(last.end, sentence.start))
    ) {
      out[out.length - 1] = { start: last.start, end: sentence.end };
    } else out.push({ start: sentence.start, end: sentence.end });
  }
  return out;
};
