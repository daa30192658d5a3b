/**
 * Bytes -> text, refusing what would print wrongly: invalid UTF-8 (never a
 * silent U+FFFD), NUL bytes, and bidirectional override characters, which can
 * make printed text read differently from what was checked. A leading BOM is
 * dropped and CRLF line ends become LF (documented clean-ups).
 */
import { type Diagnostic, diagnostic } from "../diagnostics/index.js";

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

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

const firstInvalidByte = (bytes: Uint8Array): number => {
  // Binary search for the longest prefix that decodes.
  let good = 0;
  let bad = bytes.length;
  const lenient = new TextDecoder("utf-8", { fatal: true });
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    try {
      lenient.decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  return good;
};

// U+202A-U+202E embeddings/overrides, U+2066-U+2069 isolates.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export const decodeText = (file: string, bytes: Uint8Array): Decoded => {
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
    };
  }
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    return {
      ok: false,
      diagnostic: diagnostic(
        { file, ...lineColumn(text, nul) },
        "error",
        "encoding",
        "NUL character in text: the file is binary or damaged",
      ),
    };
  }
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) {
    return {
      ok: false,
      diagnostic: diagnostic(
        { file, ...lineColumn(text, bidi.index) },
        "error",
        "encoding",
        `bidirectional control character U+${bidi[0].charCodeAt(0).toString(16).toUpperCase()}: it reorders printed text; remove it`,
      ),
    };
  }
  return { ok: true, text };
};
