/**
 * Finds every citation in a brief. Works on raw parsed data as well as on a
 * validated fact base, so that references can be checked even in a brief that
 * has schema errors elsewhere (every problem reported at once).
 */
import type { YamlPath } from "./parse-yaml.js";
import type { CitationInput } from "./schema.js";

/** A citation in its normal form, with where it stands in the brief. */
export interface CitationSite {
  readonly source: string;
  readonly excerpt: string | undefined;
  readonly note: string | undefined;
  /** Path of the citation in the brief document. */
  readonly path: YamlPath;
}

/** `obj[key]` for plain mappings only (never an inherited property). */
export const field = (obj: unknown, key: string): unknown =>
  obj !== null && typeof obj === "object" && !Array.isArray(obj) && Object.hasOwn(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;

export const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

export const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** A citation written as a bare source id or as a mapping; undefined when it is neither. */
export const normalizeCitation = (c: unknown, path: YamlPath): CitationSite | undefined => {
  if (typeof c === "string") return { source: c, excerpt: undefined, note: undefined, path };
  const source = text(field(c, "source"));
  if (source === undefined) return undefined;
  return { source, excerpt: text(field(c, "excerpt")), note: text(field(c, "note")), path };
};

const sites = (item: unknown, path: YamlPath): CitationSite[] =>
  list(field(item, "cite")).flatMap((c, i) => normalizeCitation(c, [...path, "cite", i]) ?? []);

/** The citations found in each brief already walked: the checks ask for them four times a run. */
const walked = new WeakMap<object, readonly CitationSite[]>();

/** Every citation in the brief, in document order. */
export const collectCitations = (brief: unknown): readonly CitationSite[] => {
  if (brief === null || typeof brief !== "object") return [];
  let out = walked.get(brief);
  if (!out) {
    out = walkCitations(brief);
    walked.set(brief, out);
  }
  return out;
};

const walkCitations = (brief: object): CitationSite[] => {
  const out: CitationSite[] = [];
  const section = (name: string) => list(field(brief, name)).entries();
  for (const [i, k] of section("key_points")) out.push(...sites(k, ["key_points", i]));
  for (const [i, a] of section("actors")) {
    out.push(...sites(a, ["actors", i]));
    for (const [j, r] of list(field(a, "roles")).entries()) out.push(...sites(r, ["actors", i, "roles", j]));
  }
  for (const [i, e] of section("timeline")) out.push(...sites(e, ["timeline", i]));
  for (const [i, p] of section("positions")) out.push(...sites(p, ["positions", i]));
  for (const [i, f] of section("figures")) {
    for (const [j, o] of list(field(f, "observations")).entries()) {
      out.push(...sites(o, ["figures", i, "observations", j]));
    }
  }
  for (const [i, q] of section("quotes")) out.push(...sites(q, ["quotes", i]));
  return out;
};

/** Source and excerpt of a validated citation. */
export const citationParts = (c: CitationInput): { source: string; excerpt: string | undefined } =>
  typeof c === "string" ? { source: c, excerpt: undefined } : { source: c.source, excerpt: c.excerpt };
