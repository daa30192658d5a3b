/**
 * Dated happenings: every sentence that ties something to a date, explicit
 * ("on October 7, 2023") or relative ("last Friday", "next Sunday",
 * "mid-October", "in November last year"), with the date resolved against
 * the publication date by chrono-node and the source's own words kept.
 * A sentence about the future ("will go to Doha next Sunday") reads its
 * weekdays forward and marks the event planned.
 */
// English only: the package's main entry builds the parsers of every language it knows.

import type * as Chrono from "chrono-node/en";
import type { Drafted } from "./drafted.js";
import { joinBrokenSentences } from "./join-sentences.js";
import type { Span } from "./segment.js";

export interface EventCandidate extends Span {
  /** The pattern that found it, and what the editor should check (see drafted.ts). */
  readonly drafted?: Drafted | undefined;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, with `~` when approximate. */
  readonly date: string;
  /** The article's words for the date, verbatim. */
  readonly wording: string;
  readonly status: "happened" | "planned";
  /** The sentence, verbatim. */
  readonly sentence: Span;
}

const FUTURE =
  /\b(will|would|shall|is set to|are set to|is due|are due|is expected|are expected|plans? to|is scheduled|are scheduled|next|coming|upcoming|later this)\b/i;
const pad = (n: number): string => String(n).padStart(2, "0");

const inside = (span: Span, spans: readonly Span[]): boolean =>
  spans.some((s) => span.start >= s.start && span.end <= s.end);

export const findEvents = (
  chrono: typeof Chrono,
  text: string,
  sentences: readonly Span[],
  published: string,
  quotes: readonly Span[] = [],
): EventCandidate[] => {
  const instant = new Date(`${published}T12:00:00Z`);
  const publishedYear = Number(published.slice(0, 4));
  const events: EventCandidate[] = [];
  for (const sentence of joinBrokenSentences(text, sentences)) {
    const body = text.slice(sentence.start, sentence.end);
    const found: { start: number; end: number; date: string; future: boolean }[] = [];
    const unquoted = body.replace(/“[^”]*”|"[^"]*"/g, (q) => " ".repeat(q.length));
    for (const result of chrono.parse(body, { instant, timezone: 0 })) {
      // The tense of the clause the date stands in: "will go to Doha next Sunday", "told reporters on Wednesday".
      const clauseStart = Math.max(
        0,
        ...[",", ";", " that ", " but ", " and "].map((p) => unquoted.lastIndexOf(p, result.index)),
      );
      const future = FUTURE.test(unquoted.slice(clauseStart, result.index + result.text.length));
      const forward = future
        ? chrono.parse(result.text, { instant, timezone: 0 }, { forwardDate: true })[0]
        : undefined;
      const start = forward?.start ?? result.start;
      let wordStart = sentence.start + result.index;
      let wordEnd = wordStart + result.text.replace(/[,.\s]+$/, "").length;
      const date = start.date();
      // A weekday alone ("said on Monday") lies on the side of publication its clause's tense says.
      if (start.isCertain("weekday") && !start.isCertain("day")) {
        if (!future && date > instant) date.setUTCDate(date.getUTCDate() - 7);
        if (future && date < instant) date.setUTCDate(date.getUTCDate() + 7);
      }
      let year = date.getUTCFullYear();
      let month = date.getUTCMonth() + 1;
      const knowsDay = start.isCertain("day") || start.isCertain("weekday");
      const knowsMonth = start.isCertain("month") || knowsDay;
      if (!knowsMonth) continue; // "a year", "now": not a date
      if (
        /^(now|today|tonight|this (morning|afternoon|evening))$/i.test(result.text.trim()) &&
        !/,\s*\p{L}+day/u.test(body.slice(result.index))
      ) {
        continue;
      }
      const after = text.slice(wordEnd, sentence.end);
      const before = text.slice(sentence.start, wordStart);
      // "in November last year", "last August": a month named with "last" is before publication.
      const lastYear = /^\s+last year\b/i.exec(after);
      if (lastYear) {
        year = publishedYear - 1;
        wordEnd += lastYear[0].length;
      } else if (!knowsDay && !start.isCertain("year") && !future && new Date(Date.UTC(year, month - 1, 1)) > instant) {
        year -= 1;
      }
      let day = date.getUTCDate();
      // "next Sunday" said on a Thursday: the coming Sunday, as most writers mean it.
      const next = /^next\s+(\p{L}+day)\b/iu.exec(result.text);
      if (next && start.isCertain("weekday") && !start.isCertain("day")) {
        const weekday = start.get("weekday") ?? 0;
        const coming = new Date(instant);
        do coming.setUTCDate(coming.getUTCDate() + 1);
        while (coming.getUTCDay() !== weekday);
        year = coming.getUTCFullYear();
        day = coming.getUTCDate();
        month = coming.getUTCMonth() + 1;
      }
      let approximate = false;
      let precision: "day" | "month" = knowsDay ? "day" : "month";
      const part = /\b(mid|early|late)[-\s]$/i.exec(before);
      if (part && precision === "month") {
        day = { mid: 15, early: 5, late: 25 }[(part[1] as string).toLowerCase() as "mid"] ?? 15;
        approximate = true;
        precision = "day";
        wordStart -= part[0].length;
      }
      if (/\blast\s$/i.test(before) && !/^last/i.test(result.text)) wordStart -= 5;
      const iso =
        precision === "day" ? `${year}-${pad(month)}-${pad(day)}${approximate ? "~" : ""}` : `${year}-${pad(month)}`;
      found.push({ start: wordStart, end: wordEnd, date: iso, future });
    }
    // A year alone after a preposition ("by 2028", "in 2019"), which chrono leaves.
    for (const match of body.matchAll(/\b(?:in|by|until|since|from|before|after)\s+((?:19|20)\d{2})\b(?![,\s]*\d)/g)) {
      const at = sentence.start + (match.index ?? 0);
      if (found.some((f) => at < f.end && at + match[0].length > f.start)) continue;
      found.push({ start: at, end: at + match[0].length, date: match[1] as string, future: false });
    }
    for (const date of found) {
      if (inside(date, quotes)) continue;
      if (events.some((e) => e.sentence.start === sentence.start && e.date === date.date)) continue;
      const planned = date.future || date.date.replace("~", "") > published;
      events.push({
        start: date.start,
        end: date.end,
        date: date.date,
        wording: text.slice(date.start, date.end),
        status: planned ? "planned" : "happened",
        sentence,
      });
    }
  }
  return events;
};
