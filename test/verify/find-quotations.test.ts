/**
 * The quotations of a text (src/text/find-quotations.ts), and where they stand
 * once the text is folded (foldWithOffsets, prepareSourceText). The texts are
 * invented; the last block generates them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuotations } from "../../src/text/find-quotations.js";
import { foldFully, foldWithOffsets } from "../../src/text/fold-text.js";
import { prepareSourceText } from "../../src/verify/source-text.js";

/** Each quotation's words, with `+` before a paragraph that continues the one before and `…` after one left open. */
const quoted = (text: string): string[] =>
  findQuotations(text).map((q) => `${q.continues ? "+" : ""}${text.slice(q.start, q.end)}${q.closed ? "" : "…"}`);

describe("findQuotations", () => {
  it("finds straight and curly double quotation marks", () => {
    expect(quoted(`He said "we will stay" and left. “We will go,” she said.`)).toEqual(["we will stay", "We will go,"]);
  });

  it("reads a wire's two backticks and two apostrophes as double marks, offsets kept", () => {
    const text =
      "He said ``we will stay,'' and left. ``I told them, 'Now is the time,''' she said. The dockers'' union.";
    expect(quoted(text)).toEqual(["we will stay,", "I told them, 'Now is the time,'"]);
    // Where no quotation opens with backticks, two apostrophes are two apostrophes.
    expect(quoted("The dockers'' union met.")).toEqual([]);
  });

  it("reads two apostrophes that open a quotation as a double mark, as some wire copy writes both", () => {
    const text = "''It had been our hope,'' Gen. Tomas Varga said. But he said they were, ''constantly improving.''";
    expect(quoted(text)).toEqual(["It had been our hope,", "constantly improving."]);
    expect(quoted("The dockers'' union met. ''We stay,'' one said.")).toEqual(["We stay,"]);
  });

  it("finds single quotation marks, and tells them from apostrophes", () => {
    expect(quoted("Qatar's envoy called the talks 'very, very difficult' on Monday.")).toEqual([
      "very, very difficult",
    ]);
    expect(quoted("The players’ union said ‘we don’t agree’ and the dockers' leader left.")).toEqual([
      "we don’t agree",
    ]);
    expect(quoted("It was the ’90s. Rock ’n’ roll, the union's rock.")).toEqual([]);
    // A possessive inside a single quotation is not its end.
    expect(quoted("He hoped for ‘a breakthrough in the kidnappers’ dossier’, he said.")).toEqual([
      "a breakthrough in the kidnappers’ dossier",
    ]);
    // ... but a quotation ending in an s is ended by its mark.
    expect(quoted("They called it ‘yes’ and the players’ union agreed.")).toEqual(["yes"]);
  });

  it("keeps a nested quotation inside the one around it", () => {
    expect(quoted(`"He called it 'absurd' twice," she said.`)).toEqual(["He called it 'absurd' twice,"]);
    expect(quoted("‘They wrote “no” on it,’ he said.")).toEqual(["They wrote “no” on it,"]);
  });

  it("follows a quotation over several paragraphs, each opening with a mark", () => {
    const text = [
      "She said:",
      "“The harbour cannot carry the cost.",
      "“We can spread it over five years.",
      "“That is the offer,” she said.",
      "Then she left.",
    ].join("\n");
    expect(quoted(text)).toEqual([
      "The harbour cannot carry the cost.…",
      "+We can spread it over five years.…",
      "+That is the offer,",
    ]);
    // With blank lines between the paragraphs, and straight marks.
    expect(quoted('"First part.\n\n"Second part."\n\nNarration.')).toEqual(["First part.…", "+Second part."]);
  });

  it("follows one flattened onto a line", () => {
    expect(
      quoted(`Reyes spoke. "Our members will not pay. "We want fees by tonnage. "That is fair," he said.`),
    ).toEqual(["Our members will not pay.…", "+We want fees by tonnage.…", "+That is fair,"]);
    expect(quoted("“It cannot go on. “Something must give,” she said.")).toEqual([
      "It cannot go on.…",
      "+Something must give,",
    ]);
    // Two quotations in a row are two quotations, not one continued.
    expect(quoted(`"He left." "When?" she asked.`)).toEqual(["He left.", "When?"]);
  });

  it("ends a quotation left open at the end of its paragraph, but not at a line broken mid-sentence", () => {
    expect(quoted("He said “we will stay.\nThe next paragraph is narration.")).toEqual(["we will stay.…"]);
    expect(quoted("He said “we will stay\nuntil Friday,” and left.")).toEqual(["we will stay\nuntil Friday,"]);
  });

  it("ignores a mark that opens nothing", () => {
    expect(quoted(`A 12" pipe and a ” stray mark.`)).toEqual([]);
  });

  it("finds the quotations of the harbour fixture's article", () => {
    const text = `Harbour master Ines Carvalho said on Monday that talks had "reached a wall" over fees.\n“We cannot keep the channel open for free,” Carvalho told the Alba Gazette. “Someone has to pay for the dredgers.”\nThe union, led by Tomas Reyes, says more than 1,200 dock workers could lose shifts.`;
    expect(quoted(text)).toEqual([
      "reached a wall",
      "We cannot keep the channel open for free,",
      "Someone has to pay for the dredgers.",
    ]);
  });
});

describe("foldWithOffsets", () => {
  it("folds as foldFully does, and maps every offset of the text into the folded text", () => {
    const char = fc.constantFrom(..."ab 'Z\"\n\t\u00A0\u00AD\u200B\u2019\u201C\u201D\u2014\u2026.,".split(""));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), fc.nat(), fc.nat(), (chars, x, y) => {
        const text = chars.join("");
        const { normalized, folded, offsets } = foldWithOffsets(text);
        expect(folded).toBe(foldFully(text));
        // Any stretch of the text, folded alone, is what its offsets cut out of the folded text.
        const i = x % (normalized.length + 1);
        const j = i + (y % (normalized.length + 1 - i));
        expect(folded.slice(offsets[i], offsets[j]).trim()).toBe(foldFully(normalized.slice(i, j)));
        for (let k = 1; k < offsets.length; k += 1) expect(offsets[k]).toBeGreaterThanOrEqual(offsets[k - 1] ?? 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("prepareSourceText", () => {
  it("places each quotation in the folded citable text, and each paragraph", () => {
    const source = prepareSourceText(
      { id: "s", file: "s.txt", headline: "H", outlet: "O", published: "2024-01-01", not_citable: ["Read more: x"] },
      "Title\n\nShe said  “we  will … stay”.\nRead more: x\n‘Yes,’ he said.",
    );
    expect(source.citable).toBe(`Title She said "we will ... stay". \uE000 'Yes,' he said.`);
    expect(source.quotations.map((q) => source.citable.slice(q.start, q.end))).toEqual(["we will ... stay", "Yes,"]);
    expect(source.quotations.map((q) => source.citable.slice(q.open, q.close))).toEqual([
      `"we will ... stay"`,
      "'Yes,'",
    ]);
    expect(source.paragraphs.map((p) => source.citable.slice(p, p + 3))).toEqual(["Tit", "She", "\uE000 '", "'Ye"]);
  });
});

// Generated texts ------------------------------------------------------------------------------

/** Words a text is made of: apostrophes inside words and after plurals, digits, capitals. */
const WORDS = ["the", "union's", "Reyes", "don’t", "harbour", "fees", "workers’ pay", "1,200", "we", "will", "go"];
/** Words a quotation ends on (not an s: "they said ‘no to the fees’ and" would read as a possessive). */
const LAST = ["now", "today", "them", "it", "Friday"];

interface Generated {
  readonly text: string;
  /** What `quoted` must give for it. */
  readonly expected: readonly string[];
}

const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(" "));

/** A quotation's words: they start with a word and end with a word or a stop, with a nested quotation at times. */
const quotationWords = (inner: "double" | "single") =>
  fc
    .tuple(
      fc.constantFrom("we", "the", "Reyes"),
      words(0, 3),
      fc.constantFrom(...LAST),
      fc.constantFrom("", ".", ",", "?"),
      fc.boolean(),
    )
    .map(([first, body, last, stop, nest]) => {
      const nested = inner === "double" ? `“${last}”` : `‘${last}’`;
      return `${[first, body, nest ? `${nested} ${last}` : last].filter((w) => w.length > 0).join(" ")}${stop}`;
    });

const MARKS = [
  { open: "“", close: "”", inner: "single" },
  { open: '"', close: '"', inner: "single" },
  { open: "‘", close: "’", inner: "double" },
  { open: "'", close: "'", inner: "double" },
] as const;

/** A paragraph: narration and closed quotations, ending with a stop. */
const paragraph: fc.Arbitrary<Generated> = fc
  .array(
    fc.tuple(
      words(1, 4),
      fc.option(
        fc.constantFrom(...MARKS).chain((m) => quotationWords(m.inner).map((content) => ({ m, content }))),
        { nil: undefined },
      ),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((pieces) => ({
    text: `${pieces.map(([narration, q]) => (q === undefined ? narration : `${narration} ${q.m.open}${q.content}${q.m.close}`)).join(" ")}.`,
    expected: pieces.flatMap(([, q]) => (q === undefined ? [] : [q.content])),
  }));

/** A quotation over several paragraphs: each opens with a mark and ends a sentence, only the last closes. */
const multiParagraph: fc.Arbitrary<Generated[]> = fc
  .tuple(fc.constantFrom(...MARKS), fc.array(words(0, 5), { minLength: 2, maxLength: 4 }), fc.constantFrom(...LAST))
  .map(([m, bodies, last]) =>
    bodies.map((body, k) => {
      const final = k === bodies.length - 1;
      const content = `${["we", body, last].filter((w) => w.length > 0).join(" ")}${final ? "," : "."}`;
      return {
        text: `${m.open}${content}${final ? `${m.close} Reyes said.` : ""}`,
        expected: [`${k === 0 ? "" : "+"}${content}${final ? "" : "…"}`],
      };
    }),
  );

describe("findQuotations on generated texts", () => {
  it("finds exactly the quotations a text was made of, with paragraphs on lines, apart, or flattened", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            paragraph.map((p) => [p]),
            multiParagraph,
          ),
          { minLength: 1, maxLength: 5 },
        ),
        fc.constantFrom("\n", "\n\n", " "),
        (groups, between) => {
          const paragraphs = groups.flat();
          const text = paragraphs.map((p) => p.text).join(between);
          expect(quoted(text)).toEqual(paragraphs.flatMap((p) => p.expected));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never lets a quotation run over a paragraph that does not open again, whatever the marks", () => {
    const char = fc.constantFrom(..."ab s'\"‘’“”.,\n".split(""));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        for (const q of findQuotations(text)) {
          expect(q.start).toBeGreaterThan(q.open);
          expect(q.end).toBeGreaterThanOrEqual(q.start);
          expect(q.close).toBeGreaterThanOrEqual(q.end);
          // Within a quotation, a line break is followed by more of the same sentence, never a new paragraph.
          const inside = text.slice(q.start, q.end);
          if (inside.includes("\n")) expect(inside).not.toMatch(/[.!?]\s*\n/);
        }
        const spans = findQuotations(text);
        for (let k = 1; k < spans.length; k += 1)
          expect(spans[k]?.open).toBeGreaterThanOrEqual(spans[k - 1]?.close ?? 0);
      }),
      { numRuns: 3000 },
    );
  });
});
