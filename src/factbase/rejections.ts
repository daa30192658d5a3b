/**
 * Drafts an editor rejected, remembered in the brief's `rejected:` list so
 * that `factsheet extract` never proposes them again. A rejection names the
 * kind of item and the source words it was drafted from (its first cited
 * excerpt); a candidate of the same kind that cites those words of that source
 * is the same draft, whatever id or wording the extractor gives it next time.
 */
import { foldText } from "../text/fold-text.js";
import type { ListName } from "./item-lists.js";
import { type CitationSite, field, type ItemSite, items, list, type PartSite, parts, text } from "./items.js";
import type { FactBase, Rejection } from "./schema.js";

/** Lists whose items can be rejected (the draftable ones). */
export type RejectableList = Rejection["kind"];

/** How one source's words compare: folded (curly and straight quotes, dashes, spaces alike). */
const key = (kind: string, source: string, excerpt: string): string =>
  `${kind}\u0000${source}\u0000${foldText(excerpt).replace(/\s+/g, " ").trim().toLowerCase()}`;

/**
 * The source words each citing part of an item cites; a quote's own words
 * count as cited from each source it names (a drafted quote cites its source
 * by id alone: its text is the excerpt).
 */
const citedWords = (site: ItemSite): { source: string; excerpt: string }[] => [
  ...quotedWords(site),
  ...parts(site).flatMap((p) =>
    p.cite.flatMap((c) => {
      if (typeof c !== "object" || c === null) return [];
      const { source, excerpt } = c as { source?: unknown; excerpt?: unknown };
      return typeof source === "string" && typeof excerpt === "string" ? [{ source, excerpt }] : [];
    }),
  ),
];

const quotedWords = (site: ItemSite): { source: string; excerpt: string }[] => {
  const words = site.description.kind === "quote" ? text(field(site.item, "text")) : undefined;
  if (words === undefined) return [];
  return list(field(site.item, "cite")).flatMap((c) => {
    const source = typeof c === "string" ? c : text(field(c, "source"));
    return source === undefined ? [] : [{ source, excerpt: words }];
  });
};

/** A rejection of an item of `site`'s kind, by the words of `source` it was drafted from. */
const remembered = (site: ItemSite, source: string, excerpt: string, on: string | undefined): Rejection => ({
  kind: site.description.list as RejectableList,
  source,
  excerpt,
  ...(site.id === undefined ? {} : { id: site.id }),
  ...(on === undefined ? {} : { on }),
});

/**
 * The rejection that remembers an item: its kind and first cited words.
 * Undefined when the item cites no words (nothing to recognise it by).
 */
export function rejectionOf(site: ItemSite, on?: string): Rejection | undefined {
  const first = citedWords(site)[0];
  if (first === undefined) return undefined;
  return remembered(site, first.source, first.excerpt, on);
}

/**
 * The rejection that remembers a draft part of a reviewed item (a role, a value or a citation that
 * `extract --into` added to it): the item's kind and the part's first cited words (for a citation
 * of a quote without an excerpt, the quote's words). Undefined when it cites no words.
 */
export function rejectionOfPart(part: PartSite | CitationSite, on?: string): Rejection | undefined {
  const site = "part" in part ? part.site : part.item;
  const cited =
    "part" in part
      ? part.cite.flatMap((c) => {
          const source = typeof c === "string" ? c : text(field(c, "source"));
          const excerpt = typeof c === "string" ? undefined : text(field(c, "excerpt"));
          return source === undefined ? [] : [{ source, excerpt }];
        })
      : [{ source: part.source, excerpt: part.excerpt }];
  const quoted = site.description.kind === "quote" ? text(field(site.item, "text")) : undefined;
  const first = cited.map((c) => ({ source: c.source, excerpt: c.excerpt ?? quoted })).find((c) => c.excerpt);
  if (first?.excerpt === undefined) return undefined;
  return remembered(site, first.source, first.excerpt, on);
}

/** The rejections of a brief, ready to test candidates against. */
export class Rejections {
  private readonly keys: Set<string>;

  constructor(rejected: readonly Pick<Rejection, "kind" | "source" | "excerpt">[]) {
    this.keys = new Set(rejected.map((r) => key(r.kind, r.source, r.excerpt)));
  }

  static of(fb: Pick<FactBase, "rejected">): Rejections {
    return new Rejections(fb.rejected ?? []);
  }

  /** Remembers one more rejection (one an editor just made, or one recorded for them). */
  add(rejection: Pick<Rejection, "kind" | "source" | "excerpt">): void {
    this.keys.add(key(rejection.kind, rejection.source, rejection.excerpt));
  }

  get size(): number {
    return this.keys.size;
  }

  /** Whether an item of this list, citing these words, was rejected. */
  rejects(kind: ListName, cited: readonly { source: string; excerpt: string }[]): boolean {
    return cited.some((c) => this.keys.has(key(kind, c.source, c.excerpt)));
  }

  /** Whether an item of a (draft) fact base was rejected: any of its cited words was. */
  rejectsSite(site: ItemSite): boolean {
    return this.keys.size > 0 && this.rejects(site.description.list, citedWords(site));
  }

  /** The items of a draft fact base that no rejection names. */
  keep(doc: object): ItemSite[] {
    return items(doc).filter((site) => !this.rejectsSite(site));
  }
}
