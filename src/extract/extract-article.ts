/**
 * One article read into candidates: actors, quotes with speakers, figures,
 * dated events and positions, each tied to the article by offsets so that
 * its excerpt is the article's own words. A pure function of the text, its
 * publication date and the lines the catalogue marks not citable.
 */
import type * as Chrono from "chrono-node/en";
import { type Attribution, readSpeech } from "./attribute-quotes.js";
import { type EventCandidate, findEvents, type KnownEvent } from "./find-events.js";
import { type FigureCandidate, findFigures } from "./find-figures.js";
import { findNames, type Mention } from "./find-names.js";
import { findPositions, type PositionCandidate } from "./find-positions.js";
import { findQuotes } from "./find-quotes.js";
import { type ActorGroup, groupActors } from "./group-actors.js";
import { presentVerbs, type Segmented, segmentArticle } from "./segment.js";
import { firstStartingAt, indexSpans } from "./span-index.js";
import { tokenize } from "./tokens.js";

export interface ArticleInput {
  readonly text: string;
  /** `YYYY-MM-DD`: relative dates resolve against it. */
  readonly published: string;
  readonly notCitable?: readonly string[];
  /** Dated events the brief already holds: a date named without its year ("the March 11 bombing") may be one. */
  readonly knownEvents?: readonly KnownEvent[];
}

export interface ArticleExtraction {
  readonly segmented: Segmented;
  readonly headline: string | undefined;
  readonly actors: readonly ActorGroup[];
  readonly quotes: readonly Attribution[];
  readonly figures: readonly FigureCandidate[];
  readonly events: readonly (EventCandidate & { readonly actors: readonly ActorGroup[] })[];
  readonly positions: readonly PositionCandidate[];
}

/**
 * Terminal escape sequences (OSC `ESC ] ... BEL`, CSI `ESC [ ... m`) and every other control
 * character but tab and line breaks: none is part of an article's words.
 */
const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b\[[0-?]*[ -/]*[@-~]?|\x1b[@-_]?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/**
 * The text with control characters and escape sequences blanked, one space for each code unit so
 * that offsets still point into the article: an escape can never become part of a name, a quote
 * or any drafted words (the extract command refuses such a file before it gets here).
 */
export const blankControls = (text: string): string => text.replace(CONTROLS, (found) => " ".repeat(found.length));

export const extractArticle = (chrono: typeof Chrono, input: ArticleInput): ArticleExtraction => {
  const text = blankControls(input.text);
  const { published } = input;
  const segmented = segmentArticle(text, input.notCitable);
  const mentions: Mention[] = [];
  const tokens = segmented.blocks.flatMap((block) => {
    const blockTokens = tokenize(text, block);
    // The first line, a headline even when it ends with a full stop, as PolNeAR's do.
    mentions.push(...findNames(text, blockTokens, block.start, block === segmented.blocks[0]));
    return blockTokens;
  });
  const quoteSpans = findQuotes(text, segmented.blocks);
  const inQuotes = indexSpans(quoteSpans);
  const actors = groupActors(mentions, {
    before: (mention) => text.slice(Math.max(0, mention.start - 30), mention.start),
    after: (mention) => text.slice(mention.end, mention.end + 30),
    quoted: (mention) => inQuotes.holdsSpan(mention.start, mention.end),
    following: (mention) => text.slice(mention.end, mention.end + 700),
  });
  const { quotes, reported } = readSpeech(text, segmented.sentences, tokens, quoteSpans, actors);
  const outers = quoteSpans.map((q) => q.outer);
  const body = segmented.sentences.filter((s) => !s.headline);
  const figures = findFigures(text, body, outers, presentVerbs(segmented.blocks));
  // Each event's actors, in the order of the actors (then of their mentions), found by binary
  // search in the mentions sorted by start rather than by a scan of them all per event.
  const groupAt = new Map<Mention, ActorGroup>();
  for (const actor of actors) for (const mention of actor.mentions) groupAt.set(mention, actor);
  const order = new Map([...groupAt.keys()].map((mention, i) => [mention, i]));
  const byStart = [...groupAt.keys()].sort((a, b) => a.start - b.start);
  const events = findEvents(chrono, text, body, published, outers, input.knownEvents, segmented.blocks).map((event) => {
    const within: Mention[] = [];
    for (let i = firstStartingAt(byStart, event.sentence.start); i < byStart.length; i++) {
      const mention = byStart[i] as Mention;
      if (mention.start >= event.sentence.end) break;
      if (mention.end <= event.sentence.end) within.push(mention);
    }
    within.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return { ...event, actors: [...new Set(within.map((m) => groupAt.get(m) as ActorGroup))] };
  });
  const positions = findPositions(text, body, actors, outers, reported);
  const first = segmented.sentences[0];
  return {
    segmented,
    headline: first?.headline ? first.text : undefined,
    actors,
    quotes,
    figures,
    events,
    positions,
  };
};
