/**
 * How much room a chart's text takes: the advance widths of the brief's sans
 * font (Noto Sans, embedded; 1,000 units to the em), regular for tick labels
 * and bold for point labels, as Chromium sets them, and the font's ascent and
 * descent. Charts are laid out with these so that no two labels overlap; a
 * browser test measures the drawn boxes against them.
 */

/** Chart text is 9px (templates/styles: `.chart .tick`, `.chart .point-label`). */
export const FONT_PX = 9;

/** Noto Sans's ascent and descent (hhea), in ems: the height of a line of text's box. */
const ASCENT = 1.069;
const DESCENT = 0.293;

/** Advance widths of the printable ASCII characters, space (32) to tilde (126), in thousandths of an em. */
// biome-ignore format: a table
const REGULAR = [
  260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572, 572, 572, 572, 572, 572,
  572, 572, 268, 268, 572, 572, 572, 434, 899, 639, 650, 614, 730, 556, 519, 728, 741, 339, 273, 619, 524, 907, 760, 781,
  605, 781, 622, 549, 574, 731, 600, 930, 586, 566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615, 564, 344, 615,
  618, 258, 258, 534, 258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380, 551, 380, 572,
];
// biome-ignore format: a table
const BOLD = [
  260, 282, 479, 646, 572, 902, 750, 266, 339, 339, 542, 572, 285, 320, 281, 415, 572, 572, 572, 572, 572, 572, 572, 572,
  572, 572, 281, 285, 572, 572, 572, 477, 898, 692, 665, 624, 732, 560, 549, 724, 765, 389, 331, 664, 559, 943, 813, 791,
  621, 791, 656, 551, 595, 756, 650, 967, 670, 626, 579, 331, 415, 331, 572, 411, 365, 599, 632, 516, 632, 597, 386, 632,
  650, 299, 298, 620, 298, 975, 650, 625, 632, 632, 447, 502, 434, 650, 571, 856, 578, 571, 493, 394, 551, 394, 572,
];
/** A character outside the table (none is expected: labels are digits and English words) counts as wide. */
const WIDEST = 1000;

/** The width in px of `text` in chart type: a tick label (regular) or a point label (bold). */
export const textWidth = (text: string, kind: "tick" | "point"): number => {
  const table = kind === "tick" ? REGULAR : BOLD;
  let units = 0;
  for (const ch of text) units += table[(ch.codePointAt(0) ?? 0) - 32] ?? WIDEST;
  return (units / 1000) * FONT_PX;
};

/** A rectangle in the chart's coordinates. */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The box of a line of chart text `width` wide from `left`, on the alphabetic baseline `y`. */
export const lineBox = (left: number, width: number, y: number): Box => ({
  left,
  right: left + width,
  top: y - ASCENT * FONT_PX,
  bottom: y + DESCENT * FONT_PX,
});

/** Whether two boxes come closer than `gap`. */
export const boxesOverlap = (a: Box, b: Box, gap = 0): boolean =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
