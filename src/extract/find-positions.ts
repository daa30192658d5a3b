/**
 * Positions: what a party demands, refuses, wants or is willing to do, read
 * from sentences outside quotation marks whose verb states a stance ("Hamas
 * ... demands a complete cessation of hostilities", "The authority ...
 * refuses to freeze its modernisation plan"). The party is the actor named
 * just before the verb.
 */

import type { Stance } from "../factbase/schema.js";
import type { Drafted } from "./drafted.js";
import type { Mention } from "./find-names.js";
import type { ActorGroup } from "./group-actors.js";
import type { Span } from "./segment.js";

export interface PositionCandidate extends Span {
  /** The pattern that found it, and what the editor should check (see drafted.ts). */
  readonly drafted?: Drafted | undefined;
  readonly party: ActorGroup;
  readonly stance: Stance;
  /** The sentence that states it, verbatim: a clause cut at the party can start mid-bracket ("SUE), began …"). */
  readonly excerpt: Span;
}

const STANCES: readonly [RegExp, Stance][] = [
  [/\b(demands?|demanded|demanding|insists? on|insisted on|is demanding|are demanding)\b/i, "demands"],
  [/\b(refuses?|refused|refusing|rejects?|rejected|rejecting|will not|won't)\b/i, "refuses"],
  [/\b((?:is|are|was|were|remains?) (?:willing|ready|prepared) to|willingness to|offered to|offers to)\b/i, "willing"],
  [/\b(opposes|opposed|is against)\b/i, "opposes"],
  [/\b(supports|supported|backs|backed|welcomed|welcomes|endorsed|endorses)\b/i, "supports"],
  [/\b(wants?|wanted|calls? (?:for|on)|called (?:for|on)|urges?|urged|seeks?|sought|aims? to)\b/i, "wants"],
  [/\b(warns?|warned|threatens?|threatened)\b/i, "warns"],
  [/\b(reevaluat\w+|re-evaluat\w+|reconsider\w*|reviewing its)\b/i, "reconsidering"],
];

export const findPositions = (
  text: string,
  sentences: readonly Span[],
  groups: readonly ActorGroup[],
  quotes: readonly Span[],
): PositionCandidate[] => {
  const groupOf = new Map<Mention, ActorGroup>();
  for (const group of groups) for (const mention of group.mentions) groupOf.set(mention, group);
  const mentions = [...groupOf.keys()].sort((a, b) => a.start - b.start);
  const positions: PositionCandidate[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    for (const [pattern, stance] of STANCES) {
      const match = pattern.exec(body);
      if (!match) continue;
      const verbAt = sentence.start + match.index;
      if (quotes.some((q) => verbAt >= q.start && verbAt < q.end)) continue;
      // The party: the last actor named before the verb, in the same clause.
      const before = mentions.filter((m) => m.start >= sentence.start && m.end <= verbAt);
      const subject = before.at(-1);
      if (!subject) continue;
      const between = text.slice(subject.end, verbAt);
      if (/[;:]/.test(between) || between.length > 90) continue;
      const party = groupOf.get(subject);
      if (!party || party.kind === "media") continue;
      positions.push({
        start: sentence.start,
        end: sentence.end,
        party,
        stance,
        excerpt: { start: sentence.start, end: sentence.end },
      });
      break;
    }
  }
  return positions;
};
