/**
 * Who said each quote. The speaker is the subject of the speech verb next to
 * the quote ("Al-Khulaifi said:", "…,” the top Qatari diplomat told Sky
 * News"), read in the sentences the quote stands in. A pronoun ("he added")
 * stands for the person the sentence, or the sentence before, is about; a
 * role ("the diplomat") for the last person with that title, else the same.
 * A quote with no attribution of its own continues the previous speaker's.
 */

import type { Mention } from "./find-names.js";
import type { QuoteSpan } from "./find-quotes.js";
import type { ActorGroup } from "./group-actors.js";
import { PERSON_PRONOUNS, ROLE_NOUNS, SPEECH_VERBS } from "./lexicon.js";
import type { Sentence, Span } from "./segment.js";
import type { Token } from "./tokens.js";

export interface Attribution {
  readonly quote: QuoteSpan;
  readonly speaker: ActorGroup | undefined;
  /** How the speaker was found: a name, a pronoun, a role, or the previous quote. */
  readonly via: "name" | "pronoun" | "role" | "previous" | "none";
}

interface Cue extends Span {
  readonly kind: "name" | "pronoun" | "role";
  readonly group?: ActorGroup;
  readonly role?: string;
}

const inside = (at: number, spans: readonly Span[]): boolean => spans.some((s) => at >= s.start && at < s.end);

export const attributeQuotes = (
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  quotes: readonly QuoteSpan[],
  groups: readonly ActorGroup[],
): Attribution[] => {
  const outers = quotes.map((q) => q.outer);
  const groupOf = new Map<Mention, ActorGroup>();
  for (const group of groups) for (const mention of group.mentions) groupOf.set(mention, group);
  const mentions = [...groupOf.keys()].filter((m) => !inside(m.start, outers)).sort((a, b) => a.start - b.start);

  const sentenceAt = (at: number): number => {
    const index = sentences.findIndex((s) => at >= s.start && at < s.end);
    if (index >= 0) return index;
    return Math.max(0, sentences.findIndex((s) => s.start > at) - 1);
  };

  /** The person a sentence is about: its first named person outside quotes. */
  const topicOf = (index: number, before = Number.POSITIVE_INFINITY): ActorGroup | undefined => {
    const sentence = sentences[index];
    if (!sentence) return undefined;
    const first = mentions.find(
      (m) => m.start >= sentence.start && m.start < Math.min(sentence.end, before) && groupOf.get(m)?.kind === "person",
    );
    return first ? groupOf.get(first) : undefined;
  };
  const recentTopic = (at: number): ActorGroup | undefined => {
    const index = sentenceAt(at);
    const here = topicOf(index, at);
    if (here) return here;
    for (let i = index - 1; i >= Math.max(0, index - 4); i--) {
      const topic = topicOf(i);
      if (topic) return topic;
    }
    return undefined;
  };
  const lastWithRole = (role: string, at: number): ActorGroup | undefined => {
    const before = mentions.filter((m) => m.start < at).reverse();
    for (const mention of before) {
      const group = groupOf.get(mention);
      if (group?.kind === "person" && group.titles.some((t) => t.toLowerCase().includes(role))) return group;
    }
    return undefined;
  };

  const cuesIn = (span: Span): { verbs: Span[]; cues: Cue[] } => {
    const verbs: Span[] = [];
    const cues: Cue[] = [];
    for (const mention of mentions) {
      if (mention.start >= span.start && mention.end <= span.end) {
        const group = groupOf.get(mention);
        if (group) cues.push({ start: mention.start, end: mention.end, kind: "name", group });
      }
    }
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.start < span.start || token.end > span.end || inside(token.start, outers)) continue;
      if (SPEECH_VERBS.test(token.text)) verbs.push(token);
      else if (PERSON_PRONOUNS.test(token.text) && token.text.toLowerCase() !== "they") {
        cues.push({ start: token.start, end: token.end, kind: "pronoun" });
      } else if (/^(the|this)$/i.test(token.text)) {
        // "the top Qatari diplomat", "the minister"
        for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
          const word = (tokens[j] as Token).text.toLowerCase();
          if (ROLE_NOUNS.has(word) || word === "office" || word === "ministry") {
            cues.push({ start: token.start, end: (tokens[j] as Token).end, kind: "role", role: word });
            break;
          }
          if (/^(of|and|to|in|at|that|which)$/.test(word)) break;
        }
      }
    }
    return { verbs, cues: cues.sort((a, b) => a.start - b.start) };
  };

  const resolve = (cue: Cue): ActorGroup | undefined => {
    if (cue.kind === "name") return cue.group;
    if (cue.kind === "role" && cue.role) return lastWithRole(cue.role, cue.start) ?? recentTopic(cue.start);
    return recentTopic(cue.start);
  };

  const results: Attribution[] = [];
  let previous: Attribution | undefined;
  for (const quote of quotes) {
    const first = sentences[sentenceAt(quote.outer.start)];
    const last = sentences[sentenceAt(Math.max(quote.outer.start, quote.outer.end - 1))];
    const context = {
      start: first?.start ?? quote.outer.start,
      end: Math.max(last?.end ?? quote.outer.end, quote.outer.end),
    };
    const { verbs, cues } = cuesIn(context);
    const distanceTo = (span: Span): number =>
      span.end <= quote.outer.start ? quote.outer.start - span.end : Math.max(0, span.start - quote.outer.end);
    let attribution: Attribution | undefined;
    // A speaker cue right after "told" or "to" is the one spoken to ("told Sky News").
    const spoken = cues.filter(
      (c) => !/\b(told|to|with|from)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start)),
    );
    const preferPerson = (list: readonly Cue[]): Cue | undefined => {
      const people = list.filter((c) => c.kind !== "name" || c.group?.kind === "person");
      return people.at(-1) ?? list.at(-1);
    };
    const between = (a: number, b: number): boolean => outers.some((o) => o.start >= a && o.end <= b);
    const verbsAfter = verbs.filter((v) => v.start >= quote.outer.end).sort((a, b) => a.start - b.start);
    const verbsBefore = verbs.filter((v) => v.end <= quote.outer.start).sort((a, b) => b.start - a.start);
    // "…," X said: the subject stands between the quote and the verb.
    const afterVerb = verbsAfter[0];
    const inverted =
      afterVerb && !between(quote.outer.end, afterVerb.start)
        ? spoken.filter((c) => c.start >= quote.outer.end && c.end <= afterVerb.start)
        : [];
    const according = (v: Span) => /^according$/i.test(text.slice(v.start, v.end));
    if (afterVerb && inverted.length > 0 && !according(afterVerb)) {
      const subject = preferPerson(inverted) as Cue;
      attribution = { quote, speaker: resolve(subject), via: subject.kind };
    }
    // X said: "…": the subject stands before the verb.
    for (const verb of [...verbsBefore, ...verbsAfter]) {
      if (attribution?.speaker) break;
      const after = spoken.filter((c) => c.start >= verb.end && !between(verb.end, c.start));
      const before = spoken.filter((c) => c.end <= verb.start && !between(c.end, verb.start));
      const subject = according(verb) ? after[0] : (preferPerson(before) ?? after[0]);
      if (subject) attribution = { quote, speaker: resolve(subject), via: subject.kind };
    }
    // A speech verb but no subject next to it: the nearest speaker named in the sentence.
    if ((attribution === undefined || attribution.speaker === undefined) && verbs.length > 0) {
      const nearest = [...spoken].sort((a, b) => distanceTo(a) - distanceTo(b))[0];
      if (nearest) attribution = { quote, speaker: resolve(nearest), via: nearest.kind };
    }
    if (
      (attribution === undefined || attribution.speaker === undefined) &&
      previous?.speaker &&
      quote.outer.start - previous.quote.outer.end < 400
    ) {
      attribution = { quote, speaker: previous.speaker, via: "previous" };
    }
    attribution ??= { quote, speaker: undefined, via: "none" };
    results.push(attribution);
    previous = attribution;
  }
  return results;
};
