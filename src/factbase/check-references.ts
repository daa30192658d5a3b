/**
 * Ids and references across the brief and its source catalogue: duplicate
 * ids, citations to unknown sources, events and quotes naming unknown actors.
 * Runs on the raw parsed data, so it reports alongside schema errors.
 */
import { type Diagnostic, diagnostic, didYouMean, type Place } from "../diagnostics/index.js";
import type { YamlPath } from "./parse-yaml.js";
import { collectCitations, field, list, text } from "./walk-citations.js";

export type Locate = (path: YamlPath) => Place;

interface Defined {
  readonly kind: string;
  readonly path: YamlPath;
}

const SECTIONS = [
  ["questions", "question"],
  ["actors", "actor"],
  ["timeline", "event"],
  ["positions", "position"],
  ["figures", "figure"],
  ["quotes", "quote"],
] as const;

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
  for (const [section, kind] of SECTIONS) {
    for (const [i, item] of list(field(brief, section)).entries()) {
      const id = text(field(item, "id"));
      if (id === undefined) continue;
      const path = [section, i, "id"];
      const first = ids.get(id);
      if (first) {
        const p = locateBrief(first.path);
        out.push(
          diagnostic(
            locateBrief(path),
            "error",
            "duplicate-id",
            `duplicate id \`${id}\`: already used by the ${first.kind} at ${p.line}:${p.column}`,
          ),
        );
      } else {
        ids.set(id, { kind, path });
      }
    }
  }

  const refersTo = (value: unknown, kind: string, path: YamlPath): void => {
    const id = text(value);
    if (id === undefined) return; // absent or not text: the schema reports it
    const found = ids.get(id);
    if (found?.kind === kind) return;
    const candidates = [...ids.entries()].filter(([, d]) => d.kind === kind).map(([k]) => k);
    const message = found ? `\`${id}\` is a ${found.kind}, not a ${kind}` : `unknown ${kind} \`${id}\``;
    out.push(diagnostic(locateBrief(path), "error", `unknown-${kind}`, message, didYouMean(id, candidates)));
  };

  for (const [i, a] of list(field(brief, "actors")).entries()) {
    refersTo(field(a, "affiliation"), "actor", ["actors", i, "affiliation"]);
  }
  for (const [i, e] of list(field(brief, "timeline")).entries()) {
    for (const [j, id] of list(field(e, "actors")).entries()) refersTo(id, "actor", ["timeline", i, "actors", j]);
  }
  for (const [i, p] of list(field(brief, "positions")).entries()) {
    refersTo(field(p, "party"), "actor", ["positions", i, "party"]);
    refersTo(field(p, "question"), "question", ["positions", i, "question"]);
  }
  for (const [i, q] of list(field(brief, "quotes")).entries()) {
    refersTo(field(q, "speaker"), "actor", ["quotes", i, "speaker"]);
    const variant = field(q, "variant_of");
    if (variant !== undefined && variant === field(q, "id")) {
      out.push(
        diagnostic(
          locateBrief(["quotes", i, "variant_of"]),
          "error",
          "unknown-quote",
          "a quote cannot be a variant of itself",
        ),
      );
    } else {
      refersTo(variant, "quote", ["quotes", i, "variant_of"]);
    }
  }

  // The matrix names actors and questions, each once.
  const matrix = field(brief, "matrix");
  for (const [key, kind] of [
    ["parties", "actor"],
    ["questions", "question"],
  ] as const) {
    const seen = new Set<string>();
    for (const [i, id] of list(field(matrix, key)).entries()) {
      const path = ["matrix", key, i];
      refersTo(id, kind, path);
      const name = text(id);
      if (name === undefined) continue;
      if (seen.has(name)) {
        out.push(
          diagnostic(locateBrief(path), "error", "duplicate-id", `\`${name}\` is listed twice in matrix.${key}`),
        );
      }
      seen.add(name);
    }
  }

  if (locateCatalog) {
    for (const site of collectCitations(brief)) {
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
