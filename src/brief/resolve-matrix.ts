/**
 * The positions matrix: questions against parties. Each cell holds the
 * party's latest stated position with its date and citation, marks when it
 * changed over time (the earlier positions kept), or says plainly that the
 * sources give no position: never an empty cell that could be misread.
 */
import { compareDates, formatDate } from "../factbase/fuzzy-date.js";
import type { FactBase, Position } from "../factbase/schema.js";
import type { MatrixCellView, MatrixEntryView, MatrixView } from "./brief-view.js";
import type { CitationNumbers } from "./citation-numbers.js";
import { curlQuotes } from "./curl-quotes.js";
import { compareText, STANCE_LABEL } from "./labels.js";

/** Columns when the brief does not choose its parties. */
const DEFAULT_PARTIES = 6;

const defaultParties = (positions: readonly Position[]): string[] => {
  const counts = new Map<string, number>();
  for (const p of positions) counts.set(p.party, (counts.get(p.party) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, DEFAULT_PARTIES)
    .map(([id]) => id);
};

const entry = (p: Position, numbers: CitationNumbers): MatrixEntryView => ({
  stance: STANCE_LABEL[p.stance],
  text: curlQuotes(p.short ?? p.text),
  asOf: formatDate(p.as_of),
  cites: numbers.mark(p.cite),
  draft: p.draft !== undefined,
});

export const resolveMatrix = (
  fb: FactBase,
  numbers: CitationNumbers,
  nameOf: (id: string) => string,
): MatrixView | null => {
  const positions = fb.positions ?? [];
  const questions = fb.questions ?? [];
  if (positions.length === 0 || questions.length === 0) return null;
  const parties = fb.matrix?.parties ?? defaultParties(positions);
  const wanted = fb.matrix?.questions ?? questions.map((q) => q.id);
  const label = new Map(questions.map((q) => [q.id, q.label]));

  const rows = wanted.map((questionId) => ({
    question: curlQuotes(label.get(questionId) ?? questionId),
    cells: parties.map((party): MatrixCellView => {
      const held = positions
        .filter((p) => p.party === party && p.question === questionId)
        .sort((a, b) => compareDates(a.as_of, b.as_of));
      const latest = held.at(-1);
      if (!latest) {
        return {
          party: nameOf(party),
          empty: true,
          stance: null,
          stanceClass: null,
          text: null,
          asOf: null,
          cites: [],
          draft: false,
          changed: false,
          also: [],
          earlier: [],
        };
      }
      // Several positions on the same latest date are all current: only older ones make a change.
      const current = held.filter((p) => compareDates(p.as_of, latest.as_of) === 0);
      const earlier = held.filter((p) => compareDates(p.as_of, latest.as_of) < 0);
      const say = (p: Position) => `${p.stance}|${p.short ?? p.text}`;
      const also = current.slice(0, -1);
      return {
        party: nameOf(party),
        empty: false,
        stance: STANCE_LABEL[latest.stance],
        stanceClass: `stance-${latest.stance}`,
        text: curlQuotes(latest.short ?? latest.text),
        asOf: formatDate(latest.as_of),
        cites: numbers.mark(latest.cite),
        draft: latest.draft !== undefined,
        changed: earlier.some((p) => !current.some((c) => say(c) === say(p))),
        also: also.map((p) => entry(p, numbers)),
        earlier: earlier.map((p) => entry(p, numbers)),
      };
    }),
  }));
  // Questions the brief did not choose explicitly are left out when no chosen party speaks to them.
  const shown = fb.matrix?.questions ? rows : rows.filter((row) => row.cells.some((cell) => !cell.empty));
  return { parties: parties.map((id) => ({ name: nameOf(id), anchor: `actor-${id}` })), rows: shown };
};
