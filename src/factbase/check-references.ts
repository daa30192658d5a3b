/**
 * Ids and references across the brief and its source catalogue: duplicate
 * ids, citations to unknown sources, events and quotes naming unknown actors.
 * Runs on the raw parsed data, so it reports alongside schema errors.
 */
import { type Diagnostic, diagnostic, didYouMean, type Place } from "../diagnostics/index.js";
import { citations, documentReferences, field, items, list, type ReferenceSite, references, text } from "./items.js";
import type { YamlPath } from "./parse-yaml.js";

export type Locate = (path: YamlPath) => Place;

interface Defined {
  readonly kind: string;
  readonly path: YamlPath;
}

/** "an actor", "a quote". */
const withArticle = (noun: string): string => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;

export const checkReferences = (
  brief: unknown,
  catalog: unknown,
  locateBrief: Locate,
  locateCatalog: Locate | undefined,
): Diagnostic[] => {
  const out: Diagnostic[] = [];

  // Source ids, unique within the catalogue.
  const sources = new Map<string, YamlPath>();
  for (const [i, s] of list(field(catalog, "sources")).entries()) {
    const id = text(field(s, "id"));
    if (id === undefined) continue;
    const path = ["sources", i, "id"];
    const first = sources.get(id);
    if (first && locateCatalog) {
      const p = locateCatalog(first);
      out.push(
        diagnostic(
          locateCatalog(path),
          "error",
          "duplicate-id",
          `duplicate source id \`${id}\`: already used at ${p.line}:${p.column}`,
        ),
      );
    } else if (!first) {
      sources.set(id, path);
    }
  }

  // Item ids: one namespace for the whole brief, so a reference is never ambiguous.
  const ids = new Map<string, Defined>();
  const sites = [...items(brief)];
  for (const site of sites) {
    if (site.id === undefined) continue;
    const path = [...site.path, "id"];
    const first = ids.get(site.id);
    if (first) {
      const p = locateBrief(first.path);
      out.push(
        diagnostic(
          locateBrief(path),
          "error",
          "duplicate-id",
          `duplicate id \`${site.id}\`: already used by the ${first.kind} at ${p.line}:${p.column}`,
        ),
      );
    } else {
      ids.set(site.id, { kind: site.description.kind, path });
    }
  }

  const refersTo = ({ id: value, reference, path }: ReferenceSite): void => {
    const id = text(value);
    if (id === undefined) return; // absent or not text: the schema reports it
    const { kind } = reference;
    const found = ids.get(id);
    if (found?.kind === kind) return;
    const candidates = [...ids.entries()].filter(([, d]) => d.kind === kind).map(([k]) => k);
    const message = found
      ? `\`${id}\` is ${withArticle(found.kind)}, not ${withArticle(kind)}`
      : `unknown ${kind} \`${id}\``;
    out.push(diagnostic(locateBrief(path), "error", `unknown-${kind}`, message, didYouMean(id, candidates)));
  };

  for (const site of sites) {
    for (const named of references(site)) {
      // An item cannot stand in for itself (a quote as a variant of itself).
      if (named.reference.kind === site.description.kind && named.id !== undefined && named.id === site.id) {
        out.push(
          diagnostic(
            locateBrief(named.path),
            "error",
            `unknown-${named.reference.kind}`,
            named.reference.field === "variant_of"
              ? "a quote cannot be a variant of itself"
              : `${withArticle(site.description.kind)} cannot be its own ${named.reference.name}`,
          ),
        );
      } else {
        refersTo(named);
      }
    }
  }

  // The matrix names actors and questions, each once.
  const listed = new Map<string, Set<string>>();
  for (const named of documentReferences(brief)) {
    refersTo(named);
    const name = text(named.id);
    if (name === undefined) continue;
    const key = named.reference.field;
    const seen = listed.get(key) ?? new Set<string>();
    listed.set(key, seen);
    if (seen.has(name)) {
      out.push(
        diagnostic(locateBrief(named.path), "error", "duplicate-id", `\`${name}\` is listed twice in matrix.${key}`),
      );
    }
    seen.add(name);
  }

  if (locateCatalog) {
    for (const site of citations(brief)) {
      if (sources.has(site.source)) continue;
      out.push(
        diagnostic(
          locateBrief([...site.path, "source"]),
          "error",
          "unknown-source",
          `unknown source \`${site.source}\``,
          didYouMean(site.source, sources.keys()),
        ),
      );
    }
  }
  return out;
};
