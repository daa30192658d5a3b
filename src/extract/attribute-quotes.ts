/**
 * Who said each quote. The speaker is the subject of the speech verb next to
 * the quote ("Al-Khulaifi said:", "…,” the top Qatari diplomat told Sky
 * News"), read in the sentences the quote stands in. A pronoun ("he added")
 * stands for the person the sentence, or the sentence before, is about; a
 * role ("the diplomat") for the last person with that title, else the same.
 * A quote with no attribution of its own continues the previous speaker's.
 */

import type { Drafted } from "./drafted.js";
import type { Mention } from "./find-names.js";
import type { QuoteSpan } from "./find-quotes.js";
import type { ActorGroup } from "./group-actors.js";
import { PERSON_PRONOUNS, ROLE_NOUNS, SPEECH_VERBS } from "./lexicon.js";
import type { Sentence, Span } from "./segment.js";
import { firstStartingAfter, firstStartingAt, indexSpans } from "./span-index.js";
import type { Token } from "./tokens.js";

export interface Attribution {
  /** The pattern that found it, and what the editor should check (see drafted.ts). */
  readonly drafted?: Drafted | undefined;
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

export const attributeQuotes = (
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  quotes: readonly QuoteSpan[],
  groups: readonly ActorGroup[],
): Attribution[] => {
  // Every lookup below is a binary search in items sorted by start (sentences, tokens, mentions
  // and quotes come in text order): no scan of the whole article per quote.
  const outers = quotes.map((q) => q.outer).sort((a, b) => a.start - b.start);
  const quoted = indexSpans(outers);
  const groupOf = new Map<Mention, ActorGroup>();
  for (const group of groups) for (const mention of group.mentions) groupOf.set(mention, group);
  const mentions = [...groupOf.keys()].filter((m) => !quoted.holdsPlace(m.start)).sort((a, b) => a.start - b.start);

  /** The sentence that holds `at`, else the one before it (the first when none starts after it). */
  const sentenceAt = (at: number): number => {
    const next = firstStartingAfter(sentences, at);
    const holding = sentences[next - 1];
    if (holding !== undefined && at < holding.end) return next - 1;
    return next === sentences.length ? 0 : Math.max(0, next - 1);
  };

  /** The person a sentence is about: its first named person outside quotes. */
  const topicOf = (index: number, before = Number.POSITIVE_INFINITY): ActorGroup | undefined => {
    const sentence = sentences[index];
    if (!sentence) return undefined;
    const end = Math.min(sentence.end, before);
    for (let i = firstStartingAt(mentions, sentence.start); i < mentions.length; i++) {
      const mention = mentions[i] as Mention;
      if (mention.start >= end) break;
      const group = groupOf.get(mention);
      if (group?.kind === "person") return group;
    }
    return undefined;
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
  // The mentions of people with a title holding each role word, made once per role word.
  const withRole = new Map<string, Mention[]>();
  const lastWithRole = (role: string, at: number): ActorGroup | undefined => {
    let list = withRole.get(role);
    if (list === undefined) {
      list = mentions.filter((m) => {
        const group = groupOf.get(m);
        return group?.kind === "person" && group.titles.some((t) => t.toLowerCase().includes(role));
      });
      withRole.set(role, list);
    }
    const last = list[firstStartingAt(list, at) - 1];
    return last === undefined ? undefined : groupOf.get(last);
  };

  const cuesIn = (span: Span): { verbs: Span[]; cues: Cue[] } => {
    const verbs: Span[] = [];
    const cues: Cue[] = [];
    for (let i = firstStartingAt(mentions, span.start); i < mentions.length; i++) {
      const mention = mentions[i] as Mention;
      if (mention.start >= span.end) break;
      if (mention.end <= span.end) {
        const group = groupOf.get(mention);
        if (group) cues.push({ start: mention.start, end: mention.end, kind: "name", group });
      }
    }
    for (let i = firstStartingAt(tokens, span.start); i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.start >= span.end) break;
      if (token.end > span.end || quoted.holdsPlace(token.start)) continue;
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
    const between = (a: number, b: number): boolean => {
      for (let i = firstStartingAt(outers, a); i < outers.length; i++) {
        const o = outers[i] as Span;
        if (o.start >= b) return false;
        if (o.end <= b) return true;
      }
      return false;
    };
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
