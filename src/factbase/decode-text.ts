/**
 * Bytes -> text, refusing what would print wrongly: invalid UTF-8 (never a
 * silent U+FFFD), NUL bytes, and bidirectional override characters, which can
 * make printed text read differently from what was checked. A leading BOM is
 * dropped and CRLF line ends become LF (documented clean-ups).
 */
import { type Diagnostic, diagnostic } from "../diagnostics/index.js";

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly diagnostic: Diagnostic;
      /** Not text at all (invalid UTF-8, NUL bytes), as opposed to text holding a forbidden character. */
      readonly binary: boolean;
    };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Line and column (1-based, in characters) of a character offset. */
export const lineColumn = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
};

/** How many bytes the UTF-8 sequence a lead byte starts should have (1 for anything else). */
const sequenceLength = (lead: number): number => (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1);

/** The offset of the first byte that is not valid UTF-8 (the lead byte of a sequence cut short). */
const firstInvalidByte = (bytes: Uint8Array): number => {
  // Binary search for the longest prefix that decodes as a stream (it may end inside a sequence).
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    try {
      // A fresh decoder each time: a streaming one would carry bytes over between probes.
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  // The stream accepted a sequence's first bytes and failed on the byte that broke it off: the
  // sequence is what is invalid, so point at its lead byte ("0xE9 at 10", not the space after it).
  for (let back = good - 1; back >= Math.max(0, good - 3); back -= 1) {
    const byte = bytes[back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    return byte >= 0xc0 && sequenceLength(byte) > good - back ? back : good;
  }
  return good;
};

// NUL; every Unicode bidirectional control (Bidi_Control: U+061C, U+200E, U+200F, U+202A-U+202E,
// U+2066-U+2069), which reorder printed text; lone surrogates; private-use characters, in the BMP
// and the supplementary planes (no font has them, and factsheet uses one internally).
const FORBIDDEN =
  /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uE000-\uF8FF]|[\uDB80-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Control characters other than tab and line end: a title holding one prints a box or nothing. And
 * the line and paragraph separators (U+2028, U+2029): editors end a line there, YAML does not.
 * Refused in what prints (the YAML a brief is written in); a source text may hold them, since only
 * the words an item cites from it print, and those are checked as the item's own text.
 */
const CONTROL = /(?![\t\n\r])[\p{Cc}\u2028\u2029]/u;

/** Any character but printable ASCII, tab and the line ends (a plain test, no Unicode classes). */
const BEYOND_PLAIN = /[^\t\n\r\x20-\x7e]/;

/** The first character that must not reach print, with what to say about it. */
export const findForbiddenCharacter = (
  text: string,
  { allowControls = false }: { readonly allowControls?: boolean } = {},
): { index: number; message: string } | undefined => {
  // Printable ASCII, tabs and line ends hold nothing refused: most values are, and skip the scans.
  if (!BEYOND_PLAIN.test(text)) return undefined;
  const nul = text.indexOf("\u0000");
  const before = nul >= 0 ? text.slice(0, nul) : text;
  const match = FORBIDDEN.exec(before);
  const control = allowControls ? undefined : CONTROL.exec(match ? before.slice(0, match.index) : before);
  const index = control ? control.index : match ? match.index : nul;
  if (index < 0) return undefined;
  // A whole character: the supplementary private-use planes (U+F0000-U+10FFFF) are pairs.
  const code = text.codePointAt(index) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const message =
    code === 0
      ? "NUL character in text: the file is binary or damaged"
      : code === 0x2028 || code === 0x2029
        ? `${code === 0x2028 ? "line" : "paragraph"} separator ${hex}: editors break the line there and YAML does not; use a line break`
        : code < 0x20 || (code >= 0x7f && code <= 0x9f)
          ? `control character ${hex}: it would print as a box or not at all; remove it`
          : code >= 0xd800 && code <= 0xdfff
            ? `unpaired surrogate ${hex}: not a character`
            : (code >= 0xe000 && code <= 0xf8ff) || code >= 0xf0000
              ? `private-use character ${hex}: no font prints it; remove it`
              : `bidirectional control character ${hex}: it reorders printed text; remove it`;
  return { index, message };
};

export const decodeText = (
  file: string,
  bytes: Uint8Array,
  options: { readonly allowControls?: boolean } = {},
): Decoded => {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, at));
    const { line, column } = lineColumn(prefix, prefix.length);
    return {
      ok: false,
      diagnostic: diagnostic(
        { file, line, column },
        "error",
        "encoding",
        `invalid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, "0")} at offset ${at}): save the file as UTF-8`,
      ),
      binary: true,
    };
  }
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  const forbidden = findForbiddenCharacter(text, options);
  if (forbidden) {
    return {
      ok: false,
      diagnostic: diagnostic({ file, ...lineColumn(text, forbidden.index) }, "error", "encoding", forbidden.message),
      binary: text.charCodeAt(forbidden.index) === 0,
    };
  }
  return { ok: true, text };
};
