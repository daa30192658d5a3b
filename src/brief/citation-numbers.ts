/**
 * Citation numbers in order of first use, and what the source list needs:
 * the excerpts each source was cited for (each with its own anchor, so a
 * citation mark leads to the very words that support the claim) and how
 * many items rely on each source.
 */
import { formatDate } from "../factbase/fuzzy-date.js";
import { citationParts } from "../factbase/items.js";
import type { CitationInput, SourceEntry } from "../factbase/schema.js";
import type { CiteMark, SourceView } from "./brief-view.js";

interface SourceUse {
  readonly number: number;
  readonly excerpts: string[];
  readonly items: Set<string>;
}

/** Excerpts that another, longer excerpt of the same source contains are shown as part of it. */
const containerOf = (excerpt: string, all: readonly string[]): string =>
  all.find((other) => other.length > excerpt.length && other.includes(excerpt)) ?? excerpt;

export class CitationNumbers {
  private readonly uses = new Map<string, SourceUse>();
  /** Marks handed out, patched with their excerpt anchors once every excerpt is known. */
  private readonly pending: { mark: { anchor: string }; source: string; excerpt: string | undefined }[] = [];

  /**
   * Citation marks for one item's citations, numbering sources on first use.
   * `item` identifies the claim, for counting how many items rely on a source;
   * pass nothing for marks that repeat a claim made elsewhere.
   */
  mark(cites: readonly CitationInput[], item?: string): CiteMark[] {
    const marks = new Map<string, { number: number; anchor: string; title: string | null }>();
    for (const c of cites) {
      const { source, excerpt } = citationParts(c);
      let use = this.uses.get(source);
      if (!use) {
        use = { number: this.uses.size + 1, excerpts: [], items: new Set() };
        this.uses.set(source, use);
      }
      if (item !== undefined) use.items.add(item);
      if (excerpt !== undefined && !use.excerpts.includes(excerpt)) use.excerpts.push(excerpt);
      if (marks.has(source)) continue;
      const mark = { number: use.number, anchor: `source-${use.number}`, title: excerpt ?? null };
      marks.set(source, mark);
      this.pending.push({ mark, source, excerpt });
    }
    return [...marks.values()].sort((a, b) => a.number - b.number);
  }

  sources(catalog: ReadonlyMap<string, SourceEntry>): SourceView[] {
    const anchors = new Map<string, Map<string, string>>();
    const views = [...this.uses.entries()].flatMap(([id, use]): SourceView[] => {
      const entry = catalog.get(id);
      if (!entry) return [];
      const shown = use.excerpts.filter((e) => containerOf(e, use.excerpts) === e);
      const byText = new Map(shown.map((text, i) => [text, `source-${use.number}-excerpt-${i + 1}`]));
      anchors.set(id, new Map(use.excerpts.map((e) => [e, byText.get(containerOf(e, use.excerpts)) ?? ""])));
      return [
        {
          number: use.number,
          anchor: `source-${use.number}`,
          id,
          headline: entry.headline,
          outlet: entry.outlet,
          outletBasis: entry.inferred?.outlet ?? null,
          kind: entry.kind ?? null,
          published: formatDate(entry.published),
          publishedIso: entry.published,
          publishedBasis: entry.inferred?.published ?? null,
          translated: entry.translated === true,
          url: entry.url ?? null,
          file: entry.file,
          excerpts: shown.map((text) => ({ text, anchor: byText.get(text) ?? "" })),
          reliedOnBy: use.items.size,
          reliance: `Cited by ${use.items.size} item${use.items.size === 1 ? "" : "s"} of this brief`,
        },
      ];
    });
    // Point every mark that has an excerpt at that excerpt in the list.
    for (const { mark, source, excerpt } of this.pending) {
      const anchor = excerpt === undefined ? undefined : anchors.get(source)?.get(excerpt);
      if (anchor) mark.anchor = anchor;
    }
    return views.sort((a, b) => a.number - b.number);
  }
}
