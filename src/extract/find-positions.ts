/**
 * Positions: what a party demands, refuses, wants or is willing to do, read
 * from sentences outside quotation marks whose verb states a stance ("Hamas
 * ... demands a complete cessation of hostilities", "The authority ...
 * refuses to freeze its modernisation plan"); the party is the actor named
 * just before the verb (pattern `position-stance-verb`). A sentence with no
 * such verb that reports what a named actor said ("the minister said the
 * truce would hold", "the office of the president said talks were
 * continuing") states that actor's position (`position-reported-speech`,
 * stance `states`). A question left open is no stance: "declined to say
 * whether she supported the offer" supports nothing.
 */

import type { Stance } from "../factbase/schema.js";
import type { ReportedSpeech } from "./attribute-quotes.js";
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

/** "declined to say", "would not comment": no answer, so no stance. */
const NON_ANSWER =
  /\b(declined|refused|refuses|declines|would not|will not|did not|does not|could not|was unable|were unable)\s+(to\s+)?(say|comment|confirm|disclose|discuss|elaborate|specify|reveal|answer)\b/i;
/** A stance verb inside an open question ("whether she supported it") is no stance. */
const QUESTION_BEFORE = /\b(whether|if)\b[^,;.]*$/i;

export const findPositions = (
  text: string,
  sentences: readonly Span[],
  groups: readonly ActorGroup[],
  quotes: readonly Span[],
  reported: readonly ReportedSpeech[] = [],
): PositionCandidate[] => {
  const groupOf = new Map<Mention, ActorGroup>();
  for (const group of groups) for (const mention of group.mentions) groupOf.set(mention, group);
  const mentions = [...groupOf.keys()].sort((a, b) => a.start - b.start);
  const reports = new Map(reported.map((r) => [r.sentence.start, r]));
  const positions: PositionCandidate[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const report = reports.get(sentence.start);
    let found = false;
    for (const [pattern, stance] of STANCES) {
      const match = pattern.exec(body);
      if (!match) continue;
      const verbAt = sentence.start + match.index;
      if (quotes.some((q) => verbAt >= q.start && verbAt < q.end)) continue;
      // "declined to say whether she supported the offer": a question left open.
      if (NON_ANSWER.test(body) || QUESTION_BEFORE.test(body.slice(0, match.index))) continue;
      // The party: the last actor named before the verb, in the same clause; in a clause reported
      // after a speech verb ("Brand told Radio Norvia he opposes …"), the one it names after the
      // verb and whom it is told to, else the speaker.
      const reportedClause = report !== undefined && report.verb.end <= verbAt;
      const told = reportedClause && /^(told|tells)$/i.test(text.slice(report.verb.start, report.verb.end));
      const before = mentions.filter(
        (m) =>
          m.start >= (reportedClause ? report.verb.end : sentence.start) &&
          m.end <= verbAt &&
          !(told && /^\s*(the\s+)?$/i.test(text.slice(report.verb.end, m.start))) &&
          groupOf.get(m)?.kind !== "media",
      );
      const subject = before.at(-1);
      const between = subject ? text.slice(subject.end, verbAt) : "";
      if (subject && (/[;:]/.test(between) || between.length > 90)) continue;
      const party = subject ? groupOf.get(subject) : reportedClause ? report.party : undefined;
      if (!party || party.kind === "media") continue;
      positions.push({
        start: sentence.start,
        end: sentence.end,
        party,
        stance,
        excerpt: { start: sentence.start, end: sentence.end },
        drafted: subject
          ? { pattern: "position-stance-verb" }
          : { pattern: "position-stance-verb", note: report?.drafted.note },
      });
      found = true;
      break;
    }
    // No stance verb: what a named actor is reported to have said is what it states.
    if (!found && report !== undefined && !NON_ANSWER.test(body)) {
      positions.push({
        start: sentence.start,
        end: sentence.end,
        party: report.party,
        stance: "states",
        excerpt: { start: sentence.start, end: sentence.end },
        drafted: report.drafted,
      });
    }
  }
  return positions;
};
