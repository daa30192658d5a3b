/**
 * Catalogue entries `factsheet extract` wrote for articles the catalogue did
 * not list still hold its placeholders until an editor fills them in: the
 * brief would print "Not known: added by factsheet extract" as a source's
 * outlet. A warning (placeholder-source), so that --strict refuses to print it.
 */
import { type Diagnostic, diagnostic, type Place } from "../diagnostics/index.js";
import type { YamlPath } from "../factbase/parse-yaml.js";
import { EXTRACT_PLACEHOLDERS, type SourceEntry } from "../factbase/schema.js";

export const checkPlaceholders = (
  catalog: readonly SourceEntry[],
  locateCatalog: (path: YamlPath) => Place,
): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const [i, entry] of catalog.entries()) {
    // One finding per entry: at its outlet while that is the placeholder, else at the basis given for it.
    if (entry.outlet === EXTRACT_PLACEHOLDERS.outlet) {
      out.push(
        diagnostic(
          locateCatalog(["sources", i, "outlet"]),
          "warning",
          "placeholder-source",
          `source ${entry.id} holds the placeholders factsheet extract wrote: give its outlet, check its headline, and say how the outlet is known (inferred.outlet) or delete that line`,
        ),
      );
    } else if (entry.inferred?.outlet === EXTRACT_PLACEHOLDERS.inferredOutlet) {
      out.push(
        diagnostic(
          locateCatalog(["sources", i, "inferred", "outlet"]),
          "warning",
          "placeholder-source",
          `source ${entry.id}: inferred.outlet is still the placeholder factsheet extract wrote: say how the outlet is known, or delete the line`,
        ),
      );
    }
  }
  return out;
};
