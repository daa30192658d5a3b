/**
 * Quotes are quotes: a quote's words must stand inside the cited source's
 * quotation marks (all the parts of an elided quote inside one quotation),
 * unless it is marked `paraphrase: true`; the source must say who spoke, in
 * the sentence of the quotation or the one before; and words in quotation
 * marks in the brief's own prose (summary, key points, events, positions)
 * must be quoted by a source the item cites.
 */
import { type Diagnostic, diagnostic, type Place } from "../diagnostics/index.js";
import { field, type ItemKind, items, type Places, parts, sourcesOf, text } from "../factbase/items.js";
import type { YamlPath } from "../factbase/parse-yaml.js";
import type { Actor, CitationInput, FactBase, Quote } from "../factbase/schema.js";
import { isDigit, isUpper, wordsOf } from "../text/characters.js";
import { findQuotations } from "../text/find-quotations.js";
import { foldText, splitElisions } from "../text/fold-text.js";
import { attributes, brokenByAttribution, sentenceAt, sentencesOf } from "./attribution.js";
import { findVerbatim } from "./find-verbatim.js";
import { locateQuotation, type QuotationFound } from "./locate-quotation.js";
import { nearestPassage } from "./nearest-passage.js";
import { GAP, type SourceText } from "./source-text.js";

const shorten = (text: string, max = 120): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

const PARAPHRASE_HINT =
  "quote only words the source puts in quotation marks; if the source reports them in its own words, set `paraphrase: true` (printed as reported speech, without quotation marks)";

export interface QuoteCheck {
  readonly quote: Quote;
  readonly source: SourceText;
  /** The quote's speaker, when it has one the brief knows. */
  readonly speaker: Actor | undefined;
  readonly places: Places;
  readonly locateBrief: (path: YamlPath) => Place;
}

/** The words of the sentence that holds `at`, as the source has them. */
const sentenceText = (source: SourceText, at: number): string => {
  const sentences = sentencesOf(source);
  const k = sentenceAt(sentences, at);
  const start = sentences.starts[k] ?? 0;
  const end = sentences.starts[k + 1] ?? source.citable.length;
  return source.citable.slice(start, end).replaceAll(GAP, " / ").trim();
};

/** The first quotation of the one `k` belongs to (going back over the paragraphs it continues). */
const firstParagraph = (source: SourceText, k: number): number => {
  let first = k;
  while (first > 0 && source.quotations[first]?.continues === true) first -= 1;
  return first;
};

/**
 * A quote whose words are in `source` (checked before): inside one of its quotations, unless a
 * paraphrase, and attributed by the source to its speaker.
 */
export function checkQuotation(check: QuoteCheck): Diagnostic[] {
  const { quote, source, speaker, places, locateBrief } = check;
  const out: Diagnostic[] = [];
  const at = () => locateBrief(places.path(quote, "text"));
  const unattributed = (from: number, to: number) => {
    if (speaker === undefined || attributes(source, speaker, from, to)) return;
    out.push(
      diagnostic(
        locateBrief(places.path(quote, "speaker")),
        "warning",
        "quote-speaker-unattributed",
        `source ${source.id} does not name ${speaker.name} as the speaker of quote \`${quote.id}\`: neither the sentence of the quotation nor the one before names or refers to the speaker`,
        `the sentence: "${shorten(sentenceText(source, from), 200)}"`,
      ),
    );
  };

  if (quote.paraphrase === true) {
    const found = findVerbatim(source.citable, quote.text);
    const first = found?.[0];
    const last = found?.at(-1);
    if (first && last) unattributed(first.start, last.end);
    return out;
  }

  const found: QuotationFound = locateQuotation(source, quote.text, (a, b) =>
    brokenByAttribution(source, a, b, speaker),
  );
  const quoted = (k: number | undefined): string => {
    const span = k === undefined ? undefined : source.quotations[k];
    return span === undefined ? "" : `"${shorten(source.citable.slice(span.start, span.end).trim())}"`;
  };
  switch (found.kind) {
    case "quoted": {
      const first = source.quotations[firstParagraph(source, found.spans[0] ?? 0)];
      const last = source.quotations[found.spans.at(-1) ?? 0];
      if (first && last) unattributed(first.open, last.close);
      break;
    }
    case "spliced": {
      const distinct = [...new Set(found.spans)];
      out.push(
        diagnostic(
          at(),
          "error",
          "quote-spliced",
          `quote joins words from ${distinct.length} separate quotations in source ${source.id}: ${distinct.map(quoted).join(" and ")}`,
          "the parts of an elided quote must come from one quotation: make each quotation a quote of its own, or set `paraphrase: true` (printed as reported speech, without quotation marks)",
        ),
      );
      break;
    }
    case "outside": {
      const part = found.parts[found.part];
      const words = part === undefined ? "" : source.citable.slice(part.start, part.end);
      const overlapping =
        part === undefined ? -1 : source.quotations.findIndex((s) => s.start < part.end && s.end > part.start);
      const which = found.parts.length > 1 ? `the words "${shorten(words)}" of the quote are` : "quote is";
      const message =
        overlapping >= 0
          ? `${which} not all inside quotation marks in source ${source.id}: the quotation there is ${quoted(overlapping)}`
          : `${which} not inside quotation marks in source ${source.id}: the source says ${found.parts.length > 1 ? "them" : "these words"} itself, it does not quote ${speaker?.name ?? "anyone"}`;
      out.push(diagnostic(at(), "error", "quote-not-quoted", message, PARAPHRASE_HINT));
      break;
    }
    case "absent":
      break; // reported by the word-for-word check
  }
  return out;
}

/** The fields of the brief's own prose, by kind of item, whose quoted words are checked. */
const PROSE_FIELDS: Partial<Record<ItemKind, readonly string[]>> = {
  "key point": ["text"],
  event: ["text"],
  position: ["text", "short"],
};

/** Words a quotation in prose may have at either end that belong to the prose: `"urgency,"`. */
const EDGE_PUNCTUATION = /^[\s,;:.!?]+|[\s,;:.!?]+$/g;

const wordCount = (text: string): number => wordsOf(text).length;

/** Small words a name may hold in lower case: "Office of the Prime Minister", "Mohammed bin Salman". */
const NAME_PARTICLES = new Set("of the and for on in de du del la le al el bin ibn von van der".split(" "));

/**
 * A name, as a source writes it ("Operation Al-Aqsa Flood"): every word capitalised (or a number),
 * but small particles, first and last word capitalised.
 */
const isName = (text: string): boolean => {
  const words = wordsOf(text);
  const capital = (w: string | undefined) => isUpper(w?.[0]) || isDigit(w?.[0]);
  return (
    capital(words[0]) && capital(words.at(-1)) && words.every((w) => capital(w) || NAME_PARTICLES.has(w.toLowerCase()))
  );
};

/** How many of the needle's words a passage shares: which source's nearest passage to show. */
const overlap = (passage: string, needle: string): number => {
  const words = new Set(wordsOf(passage.toLowerCase()));
  return wordsOf(needle.toLowerCase()).filter((w) => words.has(w)).length;
};

export interface ProseCheck {
  readonly factBase: FactBase;
  readonly places: Places;
  readonly texts: ReadonlyMap<string, SourceText>;
  readonly locateBrief: (path: YamlPath) => Place;
}

/**
 * Words in quotation marks in the summary, a key point, an event or a position (its text and its
 * short form) must be a quotation of a source the item cites (the summary: any source): inside its
 * quotation marks, all parts of an elision inside one quotation. One or two words in quotation
 * marks (a scare quote, a term: the so-called "smart quay"), or a name ("Operation Al-Aqsa Flood"),
 * are mentions rather than quotations: they need only be the source's words.
 */
export function checkProseQuotations(input: ProseCheck): Diagnostic[] {
  const { factBase: fb, places, texts, locateBrief } = input;
  const out: Diagnostic[] = [];

  const check = (value: string, sourceIds: readonly string[], path: YamlPath, scope: string) => {
    const sources = sourceIds.map((id) => texts.get(id));
    if (sources.length === 0 || sources.some((s) => s === undefined)) return; // unreadable: reported elsewhere
    const readable = sources as SourceText[];
    for (const q of findQuotations(value)) {
      const needle = foldText(value.slice(q.start, q.end)).replace(EDGE_PUNCTUATION, "");
      const pieces = splitElisions(needle);
      if (pieces.length === 0 || pieces.every((p) => wordCount(p) === 0)) continue;
      const found = readable.map((s) => locateQuotation(s, needle));
      if (found.some((f) => f.kind === "quoted")) continue;
      const mention = pieces.length === 1 && (wordCount(needle) <= 2 || isName(needle));
      if (mention && found.some((f) => f.kind !== "absent")) continue;
      if (found.every((f) => f.kind === "absent")) {
        const near = readable
          .map((s) => nearestPassage(s.citable, needle))
          .filter((p): p is string => p !== undefined)
          .sort((a, b) => overlap(b, needle) - overlap(a, needle))[0];
        out.push(
          diagnostic(
            locateBrief(path),
            "error",
            "prose-quote-verbatim",
            `the words in quotation marks "${shorten(needle)}" are not in ${scope}`,
            near === undefined ? undefined : `nearest passage in the source: "${shorten(near, 240)}"`,
            near === undefined ? {} : { mismatch: { written: needle, nearest: near } },
          ),
        );
        continue;
      }
      const spliced = found.some((f) => f.kind === "spliced");
      out.push(
        diagnostic(
          locateBrief(path),
          "error",
          "prose-quote-not-quoted",
          spliced
            ? `the words in quotation marks "${shorten(needle)}" join words from separate quotations in ${scope}`
            : `the words in quotation marks "${shorten(needle)}" stand outside quotation marks in ${scope}: they are the source's own words, not a quotation`,
          "put in quotation marks only what a cited source quotes, word for word; otherwise drop the marks",
        ),
      );
    }
  };

  const all = [...texts.keys()];
  check(fb.summary, all, ["summary"], "any source of the brief");
  for (const site of items(fb, places)) {
    const fields = PROSE_FIELDS[site.description.kind];
    if (fields === undefined) continue;
    const cites = sourcesOf([...parts(site)].flatMap((p) => p.cite as readonly CitationInput[]));
    const what =
      site.id === undefined ? `${site.description.kind} ${site.index + 1}` : `${site.description.kind} \`${site.id}\``;
    const scope = `${cites.length === 1 ? "the source" : "any source"} ${what} cites (${cites.join(", ")})`;
    for (const name of fields) {
      const value = text(field(site.item, name));
      if (value !== undefined) check(value, cites, [...site.path, name], scope);
    }
  }
  return out;
}
