/**
 * The outline read straight from a PDF's bytes. The files here are written
 * by hand for the test (invented), in the shape Chromium writes: classic
 * cross-reference tables, plain-text dictionaries.
 */
import { describe, expect, it } from "vitest";
import { readDestinations, readOutline } from "../../src/print/read-outline.js";

/** A PDF from numbered object bodies, with a correct cross-reference table; optionally an incremental update. */
const makePdf = (objects: Record<number, string>, root: number, update?: Record<number, string>): Uint8Array => {
  let text = "%PDF-1.4\n%\xd3\xeb\xe9\xe1\n";
  const offsets = new Map<number, number>();
  const size = Math.max(...Object.keys({ ...objects, ...update }).map(Number)) + 1;
  const section = (objs: Record<number, string>, prev?: number): void => {
    const numbers = Object.keys(objs).map(Number);
    for (const n of numbers) {
      offsets.set(n, text.length);
      text += `${n} 0 obj\n${objs[n]}\nendobj\n`;
    }
    const at = text.length;
    text += "xref\n0 1\n0000000000 65535 f \n";
    for (const n of numbers) text += `${n} 1\n${String(offsets.get(n)).padStart(10, "0")} 00000 n \n`;
    text += `trailer\n<</Size ${size}\n/Root ${root} 0 R${prev === undefined ? "" : `\n/Prev ${prev}`}>>\nstartxref\n${at}\n%%EOF\n`;
  };
  section(objects);
  if (update) section(update, Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]));
  return new Uint8Array(Buffer.from(text, "latin1"));
};

const hex = (s: string): string =>
  `<FEFF${[...s].map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")).join("")}>`;

// Three pages in a nested tree; bookmarks with awkward titles, one with a child.
const base: Record<number, string> = {
  1: "<</Type /Catalog\n/Pages 2 0 R\n/Outlines 10 0 R>>",
  2: "<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R]>>",
  3: "<</Type /Page\n/Parent 2 0 R>>",
  4: "<</Type /Pages\n/Count 2\n/Kids [5 0 R 6 0 R]\n/Parent 2 0 R>>",
  5: "<</Type /Page\n/Parent 4 0 R>>",
  6: "<</Type /Page\n/Parent 4 0 R>>",
  10: "<</Type /Outlines\n/First 11 0 R\n/Last 13 0 R\n/Count 3>>",
  11: "<</Title (Talks \\(round two\\) \\\\ end \\351t\\351)\n/Dest [3 0 R /XYZ 0 800 0]\n/Next 12 0 R\n/First 14 0 R>>",
  12: "<</Title (Says /Next 99 0 R and endobj stream)\n/Dest [6 0 R /XYZ 0 700 0]\n/Prev 11 0 R\n/Next 13 0 R>>",
  13: `<</Title ${hex("Où sont les négociateurs — قطر")}\n/Dest [5 0 R /XYZ 0 600 0]\n/Prev 12 0 R>>`,
  14: "<</Title (Child)\n/Dest [6 0 R /XYZ 0 500 0]\n/Parent 11 0 R>>",
};

describe("readOutline", () => {
  it("reads titles (escapes, octal, UTF-16) and pages through a nested page tree, in order", () => {
    expect(readOutline(makePdf(base, 1))).toEqual([
      { name: "Talks (round two) \\ end été", page: 1 },
      { name: "Child", page: 3 },
      { name: "Says /Next 99 0 R and endobj stream", page: 3 },
      { name: "Où sont les négociateurs — قطر", page: 2 },
    ]);
  });

  it("follows an incremental update: the newer object wins", () => {
    const pdf = makePdf(base, 1, { 14: "<</Title (Child, revised)\n/Dest [3 0 R /XYZ 0 500 0]\n/Parent 11 0 R>>" });
    expect(readOutline(pdf)?.[1]).toEqual({ name: "Child, revised", page: 1 });
  });

  it("a PDF without an outline has no bookmarks", () => {
    expect(readOutline(makePdf({ ...base, 1: "<</Type /Catalog\n/Pages 2 0 R>>" }, 1))).toEqual([]);
  });

  it("gives up (so that pdf.js reads the file) on what it does not expect, and never loops", () => {
    const cases: Uint8Array[] = [
      // A named destination.
      makePdf({ ...base, 14: "<</Title (Child)\n/Dest (child)\n/Parent 11 0 R>>" }, 1),
      // A destination that is no page.
      makePdf({ ...base, 14: "<</Title (Child)\n/Dest [10 0 R /XYZ 0 0 0]\n/Parent 11 0 R>>" }, 1),
      // A bookmark that points back at itself.
      makePdf({ ...base, 12: "<</Title (Loop)\n/Dest [6 0 R /XYZ 0 700 0]\n/Next 12 0 R>>" }, 1),
      // A page tree that contains itself.
      makePdf({ ...base, 4: "<</Type /Pages\n/Kids [4 0 R]>>" }, 1),
      // An unterminated title.
      makePdf({ ...base, 14: "<</Title (Child\n/Dest [6 0 R /XYZ 0 500 0]>>" }, 1),
      // A cross-reference stream instead of a table, and plain garbage.
      new Uint8Array(
        Buffer.from("%PDF-1.7\n1 0 obj\n<</Type /XRef>>\nstream\nx\nendstream\nendobj\nstartxref\n9\n%%EOF\n"),
      ),
      new Uint8Array(Buffer.from("not a pdf at all")),
      new Uint8Array(0),
    ];
    for (const pdf of cases) expect(readOutline(pdf)).toBeUndefined();
  });
});

describe("readDestinations", () => {
  it("reads each link target's page, names escaped as #xx in UTF-8", () => {
    const pdf = makePdf(
      {
        ...base,
        1: "<</Type /Catalog\n/Pages 2 0 R\n/Dests 20 0 R>>",
        20: "<</actors [3 0 R /XYZ 0 792 0]\n/quote-d#C3#A9but [6 0 R /XYZ 0 400 0]\n/timeline [5 0 R /XYZ 286.5 152.25 0]>>",
      },
      1,
    );
    expect(readDestinations(pdf)).toEqual(
      new Map([
        ["actors", 1],
        ["quote-début", 3],
        ["timeline", 2],
      ]),
    );
  });

  it("finds none in a PDF without them, and gives up on a target that is no page", () => {
    expect(readDestinations(makePdf(base, 1))).toEqual(new Map());
    const broken = makePdf(
      { ...base, 1: "<</Type /Catalog\n/Pages 2 0 R\n/Dests 20 0 R>>", 20: "<</actors [10 0 R /XYZ 0 0 0]>>" },
      1,
    );
    expect(readDestinations(broken)).toBeUndefined();
    // Targets in a name tree are not read from the bytes (pdf.js reads them): not an empty answer.
    const tree = makePdf(
      {
        ...base,
        1: "<</Type /Catalog\n/Pages 2 0 R\n/Names 21 0 R>>",
        21: "<</Dests 22 0 R>>",
        22: "<</Names [(actors) [3 0 R /XYZ 0 792 0]]>>",
      },
      1,
    );
    expect(readDestinations(tree)).toBeUndefined();
  });
});
