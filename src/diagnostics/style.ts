/**
 * How findings look: plain text, or ANSI colour on a terminal (errors red,
 * warnings yellow, the place bold, the rule and the gutter dim). Whether a
 * stream gets colour follows https://no-color.org and https://force-color.org.
 */
import type { Severity } from "./diagnostic.js";

export interface Style {
  /** The severity word, and the caret under the place. */
  severity(severity: Severity | "accepted", text: string): string;
  /** `file:line:col` */
  place(text: string): string;
  /** The rule id, the line-number gutter. */
  dim(text: string): string;
  /** Words of the brief its source does not have. */
  removed(text: string): string;
  /** The source's words in their place. */
  added(text: string): string;
}

const same = (text: string): string => text;

/** No colour: what a pipe, a file or NO_COLOR gets. Changed words are marked as `diff` marks them. */
export const PLAIN: Style = {
  severity: (_severity, text) => text,
  place: same,
  dim: same,
  removed: (text) => `[-${text}-]`,
  added: (text) => `{+${text}+}`,
};

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    text === "" ? text : `\u001b[${open}m${text}\u001b[${close}m`;
const bold = sgr(1, 22);
const dim = sgr(2, 22);
const red = sgr(31, 39);
const yellow = sgr(33, 39);
const cyan = sgr(36, 39);
const green = sgr(32, 39);

const SEVERITY_COLOUR: Readonly<Record<Severity | "accepted", (text: string) => string>> = {
  error: (text) => bold(red(text)),
  warning: (text) => bold(yellow(text)),
  note: cyan,
  accepted: dim,
};

export const ANSI: Style = {
  severity: (severity, text) => SEVERITY_COLOUR[severity](text),
  place: bold,
  dim,
  // Struck through as well as red: the difference shows without colour vision too.
  removed: (text) => red(sgr(9, 29)(text)),
  added: (text) => green(sgr(4, 24)(text)),
};

const set = (value: string | undefined): boolean => value !== undefined && value !== "";

/**
 * Whether a stream gets colour: FORCE_COLOR set (to anything but the empty string) forces it,
 * even into a pipe; else NO_COLOR set (likewise) turns it off; else a terminal gets it unless
 * TERM is `dumb`.
 */
export function wantsColour(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  if (set(env.FORCE_COLOR)) return true;
  if (set(env.NO_COLOR)) return false;
  return isTerminal && env.TERM !== "dumb";
}
