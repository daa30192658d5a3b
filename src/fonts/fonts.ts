/**
 * The brief's fonts, from npm packages (@fontsource), embedded in the HTML as
 * data: URLs so that the HTML and the PDF look the same on every machine and
 * never depend on system fonts. Only the Unicode subsets the brief's text
 * uses are embedded (Arabic only when there is Arabic, and so on).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

export interface FontFamily {
  /** The CSS family name. */
  readonly family: string;
  /** The @fontsource package. */
  readonly packageName: string;
  readonly faces: readonly { readonly weight: number; readonly style: "normal" | "italic" }[];
}

/** Text serif, label sans, and Arabic script: what the templates' CSS asks for. */
export const BRIEF_FONTS: readonly FontFamily[] = [
  {
    family: "Noto Serif",
    packageName: "@fontsource/noto-serif",
    faces: [
      { weight: 400, style: "normal" },
      { weight: 400, style: "italic" },
      { weight: 700, style: "normal" },
    ],
  },
  {
    family: "Noto Sans",
    packageName: "@fontsource/noto-sans",
    faces: [
      { weight: 400, style: "normal" },
      { weight: 400, style: "italic" },
      { weight: 600, style: "normal" },
      { weight: 700, style: "normal" },
    ],
  },
  {
    family: "Noto Naskh Arabic",
    packageName: "@fontsource/noto-naskh-arabic",
    faces: [
      { weight: 400, style: "normal" },
      { weight: 700, style: "normal" },
    ],
  },
  {
    family: "Noto Serif Hebrew",
    packageName: "@fontsource/noto-serif-hebrew",
    faces: [
      { weight: 400, style: "normal" },
      { weight: 700, style: "normal" },
    ],
  },
];

/** Families embedded for one script only, and the subset that script is in. */
export const SCRIPT_ONLY: Readonly<Record<string, string>> = {
  "Noto Naskh Arabic": "arabic",
  "Noto Serif Hebrew": "hebrew",
};

/** A family's subsets and the code points each covers. */
export interface FontIndex {
  readonly font: FontFamily;
  readonly directory: string;
  readonly subsets: readonly { readonly name: string; readonly range: string; readonly ranges: [number, number][] }[];
}

export interface FontFace {
  readonly family: string;
  readonly weight: number;
  readonly style: string;
  readonly subset: string;
  readonly range: string;
  readonly file: string;
}

const parseRanges = (range: string): [number, number][] =>
  range.split(",").map((part) => {
    const [from = "0", to] = part.trim().replace(/^U\+/i, "").split("-");
    const start = Number.parseInt(from, 16);
    return [start, to === undefined ? start : Number.parseInt(to, 16)];
  });

const require = createRequire(import.meta.url);

const indexCache = new Map<readonly FontFamily[], Promise<FontIndex[]>>();

/** Reads each family's subset table from its package (small JSON files), once per process. */
export const loadFontIndex = (fonts: readonly FontFamily[] = BRIEF_FONTS): Promise<FontIndex[]> => {
  let index = indexCache.get(fonts);
  if (!index) {
    index = readFontIndex(fonts);
    indexCache.set(fonts, index);
  }
  return index;
};

const readFontIndex = async (fonts: readonly FontFamily[]): Promise<FontIndex[]> =>
  Promise.all(
    fonts.map(async (font) => {
      const directory = path.dirname(require.resolve(`${font.packageName}/package.json`));
      const table = JSON.parse(await readFile(path.join(directory, "unicode.json"), "utf8")) as Record<string, string>;
      return {
        font,
        directory,
        subsets: Object.entries(table).map(([name, range]) => ({ name, range, ranges: parseRanges(range) })),
      };
    }),
  );

/** The font faces a text needs: for each family, the subsets that cover any of its characters. */
export const chooseFontFaces = (text: string, index: readonly FontIndex[]): FontFace[] => {
  // This reads the whole view (megabytes for a large brief): a flag per character of the Basic
  // Multilingual Plane rather than a Set lookup for each, and a Set for the few beyond it.
  const basic = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (let i = 0; i < text.length; i += 1) {
    const point = text.codePointAt(i) ?? 0;
    if (point > 0xffff) {
      astral.add(point);
      i += 1;
    } else {
      basic[point] = 1;
    }
  }
  // Whether the text uses a character of the range (control characters and the space need no face).
  const uses = ([a, b]: readonly [number, number]): boolean => {
    for (let p = Math.max(a, 0x21); p <= Math.min(b, 0xffff); p += 1) if (basic[p] === 1) return true;
    if (b > 0xffff) for (const p of astral) if (p >= a && p <= b) return true;
    return false;
  };
  const out: FontFace[] = [];
  for (const { font, directory, subsets } of index) {
    for (const subset of subsets) {
      const used = subset.ranges.some(uses);
      // Script families serve their own script only: their Latin would never be used.
      const only = SCRIPT_ONLY[font.family];
      if (!used || (only !== undefined && subset.name !== only)) continue;
      const slug = path.basename(font.packageName);
      for (const face of font.faces) {
        out.push({
          family: font.family,
          weight: face.weight,
          style: face.style,
          subset: subset.name,
          range: subset.range,
          file: path.join(directory, "files", `${slug}-${subset.name}-${face.weight}-${face.style}.woff2`),
        });
      }
    }
  }
  return out;
};

const cache = new Map<string, string>();

/** `@font-face` rules with the font files inlined as base64 data: URLs. */
export const fontFaceCss = async (faces: readonly FontFace[]): Promise<string> => {
  const rules = await Promise.all(
    faces.map(async (face) => {
      let data = cache.get(face.file);
      if (data === undefined) {
        data = (await readFile(face.file)).toString("base64");
        cache.set(face.file, data);
      }
      return `@font-face{font-family:"${face.family}";font-style:${face.style};font-weight:${face.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${face.range};}`;
    }),
  );
  return rules.join("\n");
};
