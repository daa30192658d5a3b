/**
 * An article cut into the blocks and sentences the extractors read, with
 * character offsets into the original text so that every candidate can carry
 * a verbatim excerpt.
 *
 * Link blurbs ("Read more: ..."), stray headlines and site furniture ("Source
 * link", "Leave a Comment", a wire's "Reuter" sign-off) are set aside: they
 * are not the article's claims. A line broken in mid-sentence ("U.S.
 * President" / "Joe Biden in May") is joined to the next one. A hard-wrapped
 * text (a wire story's lines of some 60 characters, each paragraph indented
 * or after a blank line) is read paragraph by paragraph, not line by line.
 */
import nlp from "compromise";
import { type Line, paragraphsOf, TERMINAL } from "../text/paragraphs.js";

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Span {
  readonly text: string;
  /** The article's first line: a headline, read for names but not for claims. */
  readonly headline: boolean;
}

export interface Block extends Span {
  readonly headline: boolean;
  /** compromise's tags for each term, offsets relative to the whole text. */
  readonly terms: readonly Term[];
  /** Where each of its sentences starts. */
  readonly sentenceStarts: readonly number[];
}

export interface Term extends Span {
  readonly tags: readonly string[];
}

export interface Segmented {
  readonly text: string;
  /** Paragraphs (lines, with broken lines joined), furniture left out. */
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  /** Lines that are not the article's claims, with why. */
  readonly furniture: readonly (Span & { readonly reason: string })[];
}

/** Opening quotation marks (and brackets) directly before a word. */
const OPENING_MARKS = /[`"“‘'([]+$/u;
/** A sentence's end inside a quotation, its closing mark, the space after, and a capital: another sentence starts. */
const QUOTE_CLOSES_SENTENCE = /(\p{L}[.!?]["”])\s+(?=\p{Lu})/gu;
/** Abbreviated titles compromise takes for a sentence's end, before a name: "Del." (a delegate), "Pres.", "Insp.". */
const TITLE_POINTS = /(?<!,\s|\bin\s)\b(Del|Pres|Insp)\.(?=\s+\p{Lu})/gu;
/**
 * Who spoke a quotation, just after it, ending the sentence: "Mr Tan said.", "Lee Buchheit told reporters.", "Trump
 * asked, turning the question into an audience participation project." (not "Peskov said, speaking to reporters,
 * that ...": a clause of its own).
 */
export const ATTRIBUTION_AFTER =
  /^(?:(?:\p{Lu}[\p{L}.'’-]*|the|a|an|of|\p{Ll}+)\s+){0,6}?(?:said|says|added|adds|told|tells|replied|asked|wrote|explained|insisted|declared|stated|shouted|yelled|screamed|cried|tweeted|demanded|exclaimed)\b(?:(?:(?!\s(?:that|is|are|was|were|will|would|should|could|has|have|had|must|can|may|might)\b)[^.!?"“”]){0,40}|,\s+\p{Ll}+ing\b(?:(?!,\s+that\b)[^.!?"“”]){0,120})[.!?]/u;
const LINK_BLURB = /^\s*(read more|see also|related|watch|listen|also read)\s*:/i;
const FURNITURE =
  /^\s*(source link|leave a comment|share( this)?|advertisement|subscribe.*|click here.*|reuters?)\s*$/i;
/** A page's footer: "The Japan Times Ltd. All rights reserved.", "This site is optimized for viewing with ...". */
const FOOTER =
  /\b(?:all rights reserved|this (?:site|page) is (?:best viewed|optimi[sz]ed)|terms of (?:use|service)\b.*\bprivacy policy)\b|(?:copyright|©)\s*(?:\(c\)\s*)?(?:19|20)\d{2}\b/i;
/** A byline names the writer: a line of its own that is no headline. */
const BYLINE = /^\s*by\s+\p{Lu}/iu;

const wordCount = (line: string): number => line.split(/\s+/).filter(Boolean).length;

/** An agency's credit line: "(Additional reporting by A in Orlando; Writing by B; Editing by C)", and a carrying page's
 * editor's note run on after it. */
const CREDIT_LINE =
  /^\s*\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\b[^()]*\bby\b[^()]*\)\.?\s*(?:$|Editor['’]s\s+note\b)/iu;
/** A promotion of the writer at the end of a story: "Follow Jeff Horwitz on Twitter at ...", "On Twitter follow
 * Ken Thomas https://twitter.com/... and ...", "On X, follow Ivo Kern at @ivokern". */
const FOLLOW_LINE =
  /^\s*(?:Follow\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})?on\s+(?:Twitter|Facebook|Instagram|X)\b|On\s+(?:Twitter|Facebook|Instagram|X),?\s+follow\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:at\s+)?(?:https?:\/\/|@))/u;
/** Words, each in either case at its start, as one group: "(?:[Ww]riters?|[Rr]eporters?)". */
const eitherCase = (words: string): string => `(?:${words.replace(/\b\p{Ll}/gu, (c) => `[${c.toUpperCase()}${c}]`)})`;
/** A writer's name; a place after "in" or "from" ("Lima", "Quito, Ecuador"). */
const WRITER = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const CREDIT_PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?`;
/** Writers in a credit, each maybe with where: "Jill Colvin", "Ana Ruiz in Lima, Peru, and Ivo Kern in Quito". */
const CREDITED = String.raw`${WRITER}(?:\s+in\s+${CREDIT_PLACE})?(?:,\s*${WRITER}(?:\s+in\s+${CREDIT_PLACE})?)*(?:,?\s+and\s+${WRITER}(?:\s+in\s+${CREDIT_PLACE})?)?`;
/** What the credit calls them: "Associated Press writer", "AP Business Writer", "Knight Ridder Newspapers correspondents". */
const CREDIT_ROLE = String.raw`(?:(?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}(?:${eitherCase("business|political|diplomatic|economics|science|medical|legal|sports|foreign|national|staff|senior|chief|special")}\s+)?${eitherCase("writers?|reporters?|correspondents?|journalists?")}\s+)?`;
/** One credit: who helped and how ("contributed to this report", "contributed reporting from Lima", "contributed from
 * Albuquerque"), nothing after the place. */
const CREDIT = String.raw`\(?\s*${CREDIT_ROLE}${CREDITED},?\s+(?:also\s+)?contributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article)|\s+from\s+${CREDIT_PLACE})\s*\.?\s*\)?\.?`;
/** The writers who helped, at a story's end: "Lerer reported from Los Angeles. Associated Press writer Jill Colvin
 * contributed from Albuquerque.", "(Knight Ridder correspondents A and B contributed to this report.)". */
const CONTRIBUTOR_LINE = new RegExp(
  String.raw`^\s*(?:${WRITER}\s+reported\s+from\s+${CREDIT_PLACE}\.\s+)?${CREDIT}(?:\s+${CREDIT})?\s*$`,
  "u",
);
/** USA TODAY's credit at a story's end: "Contributing: Ray Locker.", "Contributing: Ana Ruiz and Ivo Kern in Quito". */
const CONTRIBUTING_LINE = new RegExp(String.raw`^\s*Contributing:\s+${CREDITED}\.?\s*$`, "u");
/** A head inside the story: "– ‘Besieged in my head’ –.", "REGIONAL WORRIES.", "Recovering from a mistep." is no head. */
const SECTION_HEAD = /^\s*(?:[–—-]\s*[^–—]{1,60}?\s*[–—-]\.?|(?=[^\p{Ll}]*$)\p{Lu}[\p{Lu}\s'’&-]{2,50}\.)\s*$/u;
/** A photograph's credit: "Carlos Barria / Reuters.", "Orlando Sentinel via Getty Images." */
const PHOTO_CREDIT =
  /^\s*(?:photo(?:graph)?:?\s+)?\p{Lu}[\p{L}.’' -]{1,60}?\s*(?:\/|\bvia\b)\s*(?:Reuters|AP(?: Photo)?|AFP|Getty Images|Associated Press|EPA|Bloomberg|Xinhua)\.?\s*$/u;
/** A note from the page that carries an agency's story: "The Post has supplemented this Reuters article with ...". */
const EDITORS_NOTE = /\bhas\s+(?:supplemented|updated|added\s+to)\s+this\s+(?:\p{L}+\s+)?(?:article|story|report)\b/iu;

/** Why a line is not part of the article's own text, or undefined when it is. */
export const furnitureReason = (line: string, first: boolean, notCitable: ReadonlySet<string>): string | undefined => {
  if (notCitable.has(line.trim())) return "marked not citable in the catalogue";
  if (LINK_BLURB.test(line)) return "link to another article";
  if (FURNITURE.test(line)) return "site furniture";
  // "(01 Aug 04 | Business )": a related link's date and section.
  if (/^\s*\([^()]*\|[^()]*\)\s*$/.test(line) && wordCount(line) <= 10) return "a link's date and section";
  if (FOOTER.test(line) && wordCount(line) <= 80) return "the page's footer";
  if (CREDIT_LINE.test(line)) return "the agency's credit line";
  if (FOLLOW_LINE.test(line) && wordCount(line) <= 30) return "the writer's promotion";
  if ((CONTRIBUTOR_LINE.test(line) || CONTRIBUTING_LINE.test(line)) && wordCount(line) <= 40)
    return "the writers' credit line";
  if (SECTION_HEAD.test(line) && wordCount(line) <= 8) return "a section head";
  if (PHOTO_CREDIT.test(line) && wordCount(line) <= 10) return "a photograph's credit";
  if (EDITORS_NOTE.test(line) && wordCount(line) <= 40) return "an editor's note";
  if (!first && !TERMINAL.test(line) && wordCount(line) <= 16 && !BYLINE.test(line)) {
    return "a headline or link line inside the text";
  }
  return undefined;
};

/** Words of a report, which no caption holds. */
const REPORTED = /\b(?:said|says|told|tells|according to|reported|announced)\b/i;
/** One sentence of at most 60 words: a caption's shape ("U.S." and "Mr." end none). */
const oneSentence = (words: string | undefined): boolean =>
  words !== undefined &&
  wordCount(words) <= 60 &&
  /^[^.!?]+[.!?]["”’]?\s*$/u.test(
    words.replace(/\b(?:\p{Lu}\.)+|\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\./gu, "x"),
  );

export const segmentArticle = (text: string, notCitable: readonly string[] = []): Segmented => {
  const skip = new Set(notCitable.map((line) => line.trim()));
  const lines = paragraphsOf(text);
  const furniture: (Span & { reason: string })[] = [];
  const blocks: (Line & { headline: boolean })[] = [];
  lines.forEach((line, index) => {
    // The one sentence under a photograph's credit is its caption, unless it reports what someone said (the caption
    // stood above the credit, and the story goes on under it).
    const caption =
      furniture.at(-1)?.reason === "a photograph's credit" &&
      furniture.at(-1)?.end === lines[index - 1]?.end &&
      oneSentence(line.text) &&
      !REPORTED.test(line.text)
        ? "a photograph's caption"
        : undefined;
    const reason = caption ?? furnitureReason(line.text, index === 0, skip);
    if (reason !== undefined) {
      furniture.push({ start: line.start, end: line.end, reason });
      return;
    }
    const previous = blocks.at(-1);
    if (previous && !previous.headline && !TERMINAL.test(previous.text) && wordCount(previous.text) > 16) {
      blocks[blocks.length - 1] = {
        start: previous.start,
        end: line.end,
        text: text.slice(previous.start, line.end),
        headline: false,
      };
      return;
    }
    blocks.push({ ...line, headline: index === 0 && lines.length > 1 && !TERMINAL.test(line.text) });
  });

  const sentences: Sentence[] = [];
  const tagged: Block[] = [];
  for (const block of blocks) {
    // One pass of compromise per block gives both the sentences and the tags of their words.
    // A line break inside a paragraph (a wrapped line) is a space to compromise: it ends no sentence.
    // A closing mark glued to the next word (`a day,"said Abu Rudeineh`) is a space to it too, so that the
    // word is read alone: the copy keeps every offset.
    // A title's point compromise does not know ("said Del. Stacey Plaskett") is a space to it too: it ends no
    // sentence before the name (a state's "Del." after a town and its comma, or after "in", still does).
    const read = block.text
      .replace(/\n/g, " ")
      .replace(/([,.!?])["”](?=\p{L})/gu, "$1 ")
      .replace(TITLE_POINTS, "$1 ");
    const parts = nlp(read).json({ offset: true, terms: { offset: true } }) as {
      offset: { start: number; length: number };
      terms: { offset: { start: number; length: number }; tags: string[] }[];
    }[];
    const terms: Term[] = [];
    const sentenceStarts: number[] = [];
    for (const part of parts) {
      // compromise starts a sentence after its opening quotation marks but counts them in its length:
      // the sentence ends where its length, less those marks, does ("I think so,'' he said.", not
      // "I think so,'' he said. B"). Its start stays after the marks, where the quotes' readers expect it.
      const start = block.start + part.offset.start;
      const marks = OPENING_MARKS.exec(text.slice(Math.max(block.start, start - 8), start))?.[0].length ?? 0;
      const end = Math.min(start + part.offset.length - marks, block.end);
      // compromise runs on past a quotation that closes a sentence ('He added: "... punished." Louise Brennan
      // said ...'): a sentence ends there, unless what follows is the speaker's attribution ("Mr Tan said.").
      let from = start;
      for (const close of text.slice(start, end).matchAll(QUOTE_CLOSES_SENTENCE)) {
        const at = start + (close.index ?? 0) + close[0].length;
        if (ATTRIBUTION_AFTER.test(text.slice(at, end))) continue;
        const piece = start + (close.index ?? 0) + (close[1] as string).length;
        sentences.push({ start: from, end: piece, text: text.slice(from, piece), headline: block.headline });
        sentenceStarts.push(from);
        from = at;
      }
      const raw = text.slice(from, end);
      const trimmedEnd = from + raw.trimEnd().length;
      sentences.push({ start: from, end: trimmedEnd, text: text.slice(from, trimmedEnd), headline: block.headline });
      sentenceStarts.push(from);
      for (const term of part.terms) {
        const at = block.start + term.offset.start;
        terms.push({ start: at, end: at + term.offset.length, tags: term.tags });
      }
    }
    tagged.push({ start: block.start, end: block.end, headline: block.headline, terms, sentenceStarts });
  }
  return {
    text,
    blocks: tagged,
    sentences,
    furniture,
  };
};

/**
 * Where the words stand that the reading of their sentences takes for verbs in the present or their base form, and for
 * nothing else: "support" in "72 percent of Republicans support Trump", "call" in "31 percent call them" (not "a $5
 * billion arms deal", not "killed", not "rising").
 */
export const presentVerbs = (blocks: readonly Block[]): ReadonlySet<number> => {
  const starts = new Set<number>();
  for (const block of blocks)
    for (const term of block.terms)
      if (
        term.tags.includes("Verb") &&
        (term.tags.includes("PresentTense") || term.tags.includes("Infinitive")) &&
        !term.tags.some((tag) => tag === "Noun" || tag === "Gerund" || tag === "Participle" || tag === "PastTense")
      )
        starts.add(term.start);
  return starts;
};
