/**
 * Text from the command line shown in a message, with its control characters
 * escaped: an argument can carry an escape sequence or a bidirectional
 * override that would repaint or reorder the terminal. Newlines, tabs and
 * escapes become `\n`, `\t`, `\x1b`; others `\xHH` or `\uHHHH`.
 */
const CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;
const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const named = NAMED[c];
    if (named !== undefined) return named;
    const code = c.codePointAt(0) ?? 0;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
