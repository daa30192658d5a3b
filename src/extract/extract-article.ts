/**
 * One article read into candidates: actors, quotes with speakers, figures,
 * dated events and positions, each tied to the article by offsets so that
 * its excerpt is the article's own words. A pure function of the text, its
 * publication date and the lines the catalogue marks not citable.
 */
import type * as Chrono from "chrono-node/en";
import { type Attribution, attributeQuotes } from "./attribute-quotes.js";
import { type EventCandidate, findEvents } from "./find-events.js";
import { type FigureCandidate, findFigures } from "./find-figures.js";
import { findNames, type Mention } from "./find-names.js";
import { findPositions, type PositionCandidate } from "./find-positions.js";
import { findQuotes } from "./find-quotes.js";
import { type ActorGroup, groupActors } from "./group-actors.js";
import { type Segmented, segmentArticle } from "./segment.js";
import { tokenize } from "./tokens.js";

export interface ArticleInput {
  readonly text: string;
  /** `YYYY-MM-DD`: relative dates resolve against it. */
  readonly published: string;
  readonly notCitable?: readonly string[];
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

export const extractArticle = (chrono: typeof Chrono, input: ArticleInput): ArticleExtraction => {
  const { text, published } = input;
  const segmented = segmentArticle(text, input.notCitable);
  const mentions: Mention[] = [];
  const tokens = segmented.blocks.flatMap((block) => {
    const blockTokens = tokenize(text, block);
    mentions.push(...findNames(text, blockTokens, block.start));
    return blockTokens;
  });
  const quoteSpans = findQuotes(text, segmented.blocks);
  const actors = groupActors(mentions, {
    before: (mention) => text.slice(Math.max(0, mention.start - 30), mention.start),
    after: (mention) => text.slice(mention.end, mention.end + 30),
    quoted: (mention) => quoteSpans.some((q) => mention.start >= q.start && mention.end <= q.end),
  });
  const quotes = attributeQuotes(text, segmented.sentences, tokens, quoteSpans, actors);
  const outers = quoteSpans.map((q) => q.outer);
  const body = segmented.sentences.filter((s) => !s.headline);
  const figures = findFigures(text, body, outers);
  const groupAt = new Map<Mention, ActorGroup>();
  for (const actor of actors) for (const mention of actor.mentions) groupAt.set(mention, actor);
  const events = findEvents(chrono, text, body, published, outers).map((event) => ({
    ...event,
    actors: [
      ...new Set(
        [...groupAt.entries()]
          .filter(([m]) => m.start >= event.sentence.start && m.end <= event.sentence.end)
          .map(([, group]) => group),
      ),
    ],
  }));
  const positions = findPositions(text, body, actors, outers);
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
