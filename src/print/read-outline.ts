/**
 * Saves about a fifth of `build --format pdf` (Qatar brief, against pdf.js loaded while the browser prints: 1.21x the wall time on a rebuild, 1.28x on a first build, 1.5x the CPU, +85 MB peak).
 *
 * The fast path of `ReadLandings` (landings.ts): the outline and the named
 * destinations of a PDF as Chromium writes it (Skia/PDF: PDF 1.4, classic
 * cross-reference tables, every dictionary in plain text), read straight from
 * the bytes: the title or id and 1-based page of every bookmark or link
 * target. A property test (test/print/read-landings.test.ts) pins it to
 * pdf.js's answer on PDFs Chromium prints from generated headings.
 *
 * Anything it does not expect (object streams, named destinations in a name
 * tree, a broken table) gives `undefined`, and the caller reads the file with
 * pdf.js instead.
 */
import type { Landing, LandingKind } from "./landings.js";

class Unexpected extends Error {}

const fail = (): never => {
  throw new Unexpected();
};

/** Object number -> byte offset, from the last cross-reference section back through `/Prev`. */
const crossReferences = (text: string): { offsets: Map<number, number>; trailer: string } => {
  const offsets = new Map<number, number>();
  let at = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024))?.[1] ?? fail());
  let first: string | undefined;
  for (let sections = 0; sections < 64; sections += 1) {
    if (!text.startsWith("xref", at)) fail();
    const end = text.indexOf("trailer", at);
    if (end < 0) fail();
    const lines = text
      .slice(at + 4, end)
      .trim()
      .split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; ) {
      const [start, count] = (lines[i] ?? "").trim().split(/\s+/).map(Number) as [number, number];
      if (!Number.isInteger(start) || !Number.isInteger(count)) fail();
      for (let k = 0; k < count; k += 1) {
        const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(lines[i + 1 + k] ?? "") ?? fail();
        if (entry[3] === "n" && !offsets.has(start + k)) offsets.set(start + k, Number(entry[1]));
      }
      i += 1 + count;
    }
    const trailer = text.slice(end, text.indexOf(">>", end) + 2);
    first ??= trailer;
    const prev = /\/Prev\s+(\d+)/.exec(trailer)?.[1];
    if (prev === undefined) return { offsets, trailer: first };
    at = Number(prev);
  }
  return fail();
};

/**
 * A dictionary's text with its strings taken out: regular expressions then
 * read keys from `skeleton` (where each string is `()`) and can never be led
 * astray by a title that spells `/Next 9 0 R`. `strings` are the raw bytes of
 * each string, in order.
 */
const splitStrings = (dict: string): { skeleton: string; strings: string[] } => {
  let skeleton = "";
  const strings: string[] = [];
  for (let i = 0; i < dict.length; i += 1) {
    const c = dict[i] as string;
    if (c === "(") {
      let bytes = "";
      let depth = 1;
      for (i += 1; i < dict.length && depth > 0; i += 1) {
        const d = dict[i] as string;
        if (d === "\\") {
          const octal = /^[0-7]{1,3}/.exec(dict.slice(i + 1, i + 4))?.[0];
          const next = dict[i + 1] ?? fail();
          if (octal) {
            bytes += String.fromCharCode(Number.parseInt(octal, 8) & 0xff);
            i += octal.length;
          } else if (next === "\r" || next === "\n") {
            i += next === "\r" && dict[i + 2] === "\n" ? 2 : 1;
          } else {
            bytes += ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" } as Record<string, string>)[next] ?? next;
            i += 1;
          }
        } else if (d === "(") {
          depth += 1;
          bytes += d;
        } else if (d === ")") {
          depth -= 1;
          if (depth > 0) bytes += d;
        } else {
          bytes += d;
        }
      }
      if (depth !== 0) fail();
      i -= 1;
      strings.push(bytes);
      skeleton += "()";
    } else if (c === "<" && dict[i + 1] !== "<") {
      const end = dict.indexOf(">", i);
      const hex = end < 0 ? fail() : dict.slice(i + 1, end).replace(/\s+/g, "");
      if (!/^[0-9A-Fa-f]*$/.test(hex)) fail();
      let bytes = "";
      for (let k = 0; k < hex.length; k += 2)
        bytes += String.fromCharCode(Number.parseInt(hex.slice(k, k + 2).padEnd(2, "0"), 16));
      strings.push(bytes);
      skeleton += "()";
      i = end;
    } else if (c === "<") {
      skeleton += "<<";
      i += 1;
    } else {
      skeleton += c;
    }
  }
  return { skeleton, strings };
};

/** A PDF text string's bytes as text: UTF-16BE after a byte-order mark, else one byte a character. */
const decodeText = (bytes: string): string => {
  if (!bytes.startsWith("\u00fe\u00ff")) return bytes;
  let out = "";
  for (let i = 2; i + 1 < bytes.length; i += 2)
    out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  return out;
};

/** A PDF as Chromium writes it, opened for reading: its catalogue, its pages in order, its objects. */
interface OpenedPdf {
  readonly catalog: { skeleton: string; strings: string[] };
  /** Page object number -> 1-based page number. */
  readonly pageIndex: ReadonlyMap<number, number>;
  object(n: number): { skeleton: string; strings: string[] };
  ref(dict: { skeleton: string }, key: string): number | undefined;
}

/** Runs `read` on the opened PDF; `undefined` when the file is not as Chromium writes it. */
const readPdf = <T>(pdf: Uint8Array, read: (opened: OpenedPdf) => T): T | undefined => {
  try {
    const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
    const { offsets, trailer } = crossReferences(text);
    // Each object is read once: a page tree or an outline that comes back on itself is a broken file.
    const seen = new Set<number>();
    // An object ends where the next one in the file begins (a title may hold "endobj").
    const starts = [...new Set(offsets.values())].sort((a, b) => a - b);
    const nextStart = (at: number): number => {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] as number) <= at) lo = mid + 1;
        else hi = mid;
      }
      return starts[lo] ?? text.lastIndexOf("xref");
    };
    /** Object `n`: its text with strings taken out, and the strings. */
    const object = (n: number): { skeleton: string; strings: string[] } => {
      if (seen.has(n)) fail();
      seen.add(n);
      const at = offsets.get(n) ?? fail();
      const head = new RegExp(`^${n}\\s+\\d+\\s+obj\\b`).exec(text.slice(at, at + 32)) ?? fail();
      const body = text.slice(at + head[0].length, nextStart(at));
      // Page-tree and outline objects are dictionaries; a stream's data is never read.
      const stream = /^\s*<<[\s\S]*?>>\s*stream\r?\n/.exec(body);
      return splitStrings(stream ? stream[0] : body);
    };
    const ref = (dict: { skeleton: string }, key: string): number | undefined => {
      const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict.skeleton);
      return m ? Number(m[1]) : undefined;
    };

    const catalog = object(ref(splitStrings(trailer), "Root") ?? fail());
    // Pages in order, from the page tree.
    const pageIndex = new Map<number, number>();
    const walkPages = (n: number, depth: number): void => {
      if (depth > 64) fail();
      const node = object(n);
      if (/\/Type\s*\/Page(?![A-Za-z])/.test(node.skeleton)) {
        pageIndex.set(n, pageIndex.size + 1);
        return;
      }
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.skeleton)?.[1] ?? fail();
      for (const kid of kids.matchAll(/(\d+)\s+\d+\s+R/g)) walkPages(Number(kid[1]), depth + 1);
    };
    walkPages(ref(catalog, "Pages") ?? fail(), 0);
    return read({ catalog, pageIndex, object, ref });
  } catch (error) {
    if (error instanceof Unexpected || error instanceof RangeError) return undefined;
    throw error;
  }
};

export const readOutline = (pdf: Uint8Array): Landing[] | undefined =>
  readPdf(pdf, ({ catalog, pageIndex, object, ref }) => {
    const out: Landing[] = [];
    const outlines = ref(catalog, "Outlines");
    if (outlines === undefined) return out;
    const walkItems = (first: number | undefined, depth: number): void => {
      if (depth > 64) fail();
      for (let n = first; n !== undefined; ) {
        const item = object(n);
        // `/Title ()`: which of the dictionary's strings is the title.
        const title = /\/Title\s*\(\)/.exec(item.skeleton) ?? fail();
        const nth = (item.skeleton.slice(0, title.index).match(/\(\)/g) ?? []).length;
        const dest = /\/Dest\s*\[\s*(\d+)\s+\d+\s+R/.exec(item.skeleton) ?? fail();
        const page = pageIndex.get(Number(dest[1])) ?? fail();
        out.push({ name: decodeText(item.strings[nth] ?? fail()), page });
        walkItems(ref(item, "First"), depth + 1);
        n = ref(item, "Next");
      }
    };
    walkItems(ref(object(outlines), "First"), 0);
    return out;
  });

/**
 * The page of every named destination (the target of every internal link:
 * `#actors` is `/actors`), from the catalogue's `/Dests` dictionary. Chromium
 * writes them in untagged PDFs too, which have no outline.
 */
export const readDestinations = (pdf: Uint8Array): Map<string, number> | undefined =>
  readPdf(pdf, ({ catalog, pageIndex, object, ref }) => {
    const out = new Map<string, number>();
    // Destinations in a name tree (the catalogue's /Names) are pdf.js's to read: none missed silently.
    if (/\/Names(?![A-Za-z])/.test(catalog.skeleton)) fail();
    const dests = ref(catalog, "Dests");
    if (dests === undefined) return out;
    const dict = object(dests);
    for (const m of dict.skeleton.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
      // Names escape other bytes as #xx; the bytes are UTF-8.
      const bytes = (m[1] ?? "").replace(/#([0-9A-Fa-f]{2})/g, (_x, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
      const name = Buffer.from(bytes, "latin1").toString("utf8");
      out.set(name, pageIndex.get(Number(m[2])) ?? fail());
    }
    return out;
  });

/** Where things landed, read from the bytes; `undefined` when the file is not as Chromium writes it. */
export const readLandingsFast = (pdf: Uint8Array, kind: LandingKind): Landing[] | undefined => {
  if (kind === "outline") return readOutline(pdf);
  const targets = readDestinations(pdf);
  return targets && [...targets].map(([name, page]) => ({ name, page }));
};
