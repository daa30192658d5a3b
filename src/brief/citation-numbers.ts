/**
 * Citation numbers, and what the source list needs: the excerpts each source
 * was cited for (each with its own anchor, so a citation mark leads to the
 * very words that support the claim) and how many items rely on each source.
 *
 * Numbers are stable from edition to edition: a source keeps the number the
 * previous edition gave it (a source no longer cited leaves its number
 * unused), and sources new to this edition take the next numbers, in order of
 * first use, as the reader meets them. A first edition numbers every source in
 * order of first use.
 */
import { formatDate } from "../factbase/fuzzy-date.js";
import { citationParts } from "../factbase/items.js";
import type { CitationInput, SourceEntry } from "../factbase/schema.js";
import type { CiteMark, ClaimLink, SourceView } from "./brief-view.js";
import { curlOptional, curlQuotes } from "./curl-quotes.js";

/** How an edition numbers its sources: every number handed out, and the sources it cites. */
export interface Numbering {
  readonly numbers: ReadonlyMap<string, number>;
  /** The sources this edition cites, in number order. */
  readonly cited: readonly string[];
}

/**
 * How the brief and diff name a source: its citation number and its id in the catalogue
 * (`[2] source 004`). The brief's source list prints both, so that `check`, which names a source
 * by its id (`source 004`), points at the same entry.
 */
export const nameSource = (number: number | undefined, id: string): string =>
  number === undefined ? `source ${id}` : `[${number}] source ${id}`;

interface SourceUse {
  readonly number: number;
  readonly excerpts: string[];
  /** The claims that cite the source, by anchor, in the order they cite it. */
  readonly items: Map<string, ClaimLink>;
  /** The claims that cite each excerpt, by anchor. */
  readonly claims: Map<string, Map<string, ClaimLink>>;
}

/** Excerpts that another, longer excerpt of the same source contains are shown as part of it. */
const containerOf = (excerpt: string, all: readonly string[]): string =>
  all.find((other) => other.length > excerpt.length && other.includes(excerpt)) ?? excerpt;

export class CitationNumbers {
  private readonly uses = new Map<string, SourceUse>();
  /** The numbers the previous edition handed out, by source id. */
  private readonly previous: ReadonlyMap<string, number>;
  /** The number the next source new to this edition takes. */
  private next: number;
  /** Marks handed out, patched with their excerpt anchors once every excerpt is known. */
  private readonly pending: { mark: { anchor: string; label: string }; source: string; excerpt: string | undefined }[] =
    [];

  /** `previous`: the numbers of the edition this one follows, by source id (its snapshot's `numbers`). */
  constructor(previous: Readonly<Record<string, number>> = {}) {
    this.previous = new Map(Object.entries(previous));
    this.next = Math.max(0, ...this.previous.values()) + 1;
  }

  /**
   * Citation marks for one item's citations, numbering sources on first use.
   * `item` is the claim: where it stands in the brief and how a link back to it
   * reads, for counting how many items rely on a source and for the links from
   * each excerpt back to the claims that cite it; pass nothing for marks that
   * repeat a claim made elsewhere.
   */
  mark(cites: readonly CitationInput[], item?: ClaimLink): CiteMark[] {
    const marks = new Map<string, CiteMark>();
    // A source cited here only by draft citations (added by `extract --into`, not yet reviewed).
    const reviewed = new Set(
      cites.filter((c) => typeof c === "string" || c.draft === undefined).map((c) => citationParts(c).source),
    );
    for (const c of cites) {
      const { source, excerpt } = citationParts(c);
      let use = this.uses.get(source);
      if (!use) {
        use = { number: this.previous.get(source) ?? this.next++, excerpts: [], items: new Map(), claims: new Map() };
        this.uses.set(source, use);
      }
      if (item !== undefined && !use.items.has(item.anchor)) use.items.set(item.anchor, item);
      if (excerpt !== undefined) {
        if (!use.excerpts.includes(excerpt)) use.excerpts.push(excerpt);
        const claims = use.claims.get(excerpt) ?? new Map<string, ClaimLink>();
        use.claims.set(excerpt, claims);
        if (item !== undefined && !claims.has(item.anchor)) claims.set(item.anchor, item);
      }
      if (marks.has(source)) continue;
      const mark = {
        number: use.number,
        anchor: `source-${use.number}`,
        label: `source ${use.number}`,
        title: curlOptional(excerpt),
        draft: !reviewed.has(source),
      };
      marks.set(source, mark);
      this.pending.push({ mark, source, excerpt });
    }
    return [...marks.values()].sort((a, b) => a.number - b.number);
  }

  /** Every number handed out (the previous edition's included), and the sources this edition cites. */
  numbering(): Numbering {
    const numbers = new Map(this.previous);
    for (const [id, use] of this.uses) numbers.set(id, use.number);
    const cited = [...this.uses].sort((a, b) => a[1].number - b[1].number).map(([id]) => id);
    return { numbers, cited };
  }

  sources(catalog: ReadonlyMap<string, SourceEntry>): SourceView[] {
    const anchors = new Map<string, Map<string, string>>();
    const labels = new Map<string, string>();
    const views = [...this.uses.entries()].flatMap(([id, use]): SourceView[] => {
      const entry = catalog.get(id);
      if (!entry) return [];
      const shown = use.excerpts.filter((e) => containerOf(e, use.excerpts) === e);
      const byText = new Map(shown.map((text, i) => [text, `source-${use.number}-excerpt-${i + 1}`]));
      anchors.set(id, new Map(use.excerpts.map((e) => [e, byText.get(containerOf(e, use.excerpts)) ?? ""])));
      // The claims citing an excerpt shown, or an excerpt it holds, in the order they cite them.
      const claimsOf = new Map(shown.map((text) => [text, new Map<string, ClaimLink>()]));
      for (const [excerpt, claims] of use.claims) {
        const into = claimsOf.get(containerOf(excerpt, use.excerpts));
        for (const [anchor, claim] of claims) if (into && !into.has(anchor)) into.set(anchor, claim);
      }
      labels.set(id, `source ${use.number}: ${curlQuotes(entry.outlet)}`);
      return [
        {
          number: use.number,
          anchor: `source-${use.number}`,
          id,
          name: nameSource(use.number, id),
          headline: curlQuotes(entry.headline),
          outlet: curlQuotes(entry.outlet),
          outletBasis: curlOptional(entry.inferred?.outlet),
          kind: curlOptional(entry.kind),
          published: formatDate(entry.published),
          publishedIso: entry.published,
          publishedBasis: curlOptional(entry.inferred?.published),
          translated: entry.translated === true,
          url: entry.url ?? null,
          file: entry.file,
          excerpts: shown.map((text) => ({
            text: curlQuotes(text, { nested: true }),
            anchor: byText.get(text) ?? "",
            claims: [...(claimsOf.get(text)?.values() ?? [])],
          })),
          reliedOnBy: use.items.size,
          reliance: `Cited by ${use.items.size} item${use.items.size === 1 ? "" : "s"} of this brief`,
        },
      ];
    });
    // Point every mark that has an excerpt at that excerpt in the list, and name its source.
    for (const { mark, source, excerpt } of this.pending) {
      const anchor = excerpt === undefined ? undefined : anchors.get(source)?.get(excerpt);
      if (anchor) mark.anchor = anchor;
      mark.label = labels.get(source) ?? mark.label;
    }
    return views.sort((a, b) => a.number - b.number);
  }
}
