/**
 * How the YAML fast path (compose-yaml) reads a text differently from the
 * reference (compose-yaml-document): the verdict (an error or not), then the
 * data, the text values and the places.
 */
import { composeYaml } from "../../src/factbase/compose-yaml.js";
import { composeYamlDocument } from "../../src/factbase/compose-yaml-document.js";
import { type Composed, NON_PRINTABLE, offsetOf, type Spot } from "../../src/factbase/yaml-composer.js";

/** Every place in a composed document, by path: each value's, and each key's (`path:key`). */
const places = (spot: Spot | undefined, path = "", out = new Map<string, number>()): Map<string, number> => {
  out.set(path, offsetOf(spot));
  if (spot !== undefined && typeof spot === "object" && !("by" in spot)) {
    for (const [key, pair] of spot.pairs ?? []) {
      out.set(`${path}/${key}:key`, pair.key);
      places(pair.value, `${path}/${key}`, out);
    }
    for (const [index, item] of (spot.items ?? []).entries()) places(item, `${path}/${index}`, out);
  }
  return out;
};

const fails = (composed: Composed): boolean => composed.syntax !== undefined || composed.problems.length > 0;

/** Line:column of an offset, for messages a reader can check against the text. */
const lineColumn = (text: string, offset: number): string => {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
};

/**
 * How the fast path's reading of `text` differs from the reference's, or
 * `undefined` when it does not. Left out, each on purpose:
 * - texts js-yaml refuses and yaml reads (`a:\t[x]`): parseYaml then takes
 *   the reference's reading, so the two cannot differ;
 * - control characters in comments: YAML allows none anywhere and the
 *   reference refuses them, js-yaml does not look into comments. The fast
 *   path's reading is compared with the reference's reading of the text with
 *   them replaced by `?`;
 * - a comment at the start of a line with no blank after its `#` (`#x`),
 *   between a key and its value on the next lines, before another key:
 *   yaml then says "implicit keys need to be on a single line" (a yaml bug:
 *   `a:\n#x\n x\nb: 1` is `{a: x, b: 1}`): compared with the reference's
 *   reading with a blank after each such `#`;
 * - tabs yaml takes for indentation where YAML does not: after a list's
 *   `-` (`-\tx`), and on a last line of blanks only after an empty value
 *   (not with a line break after it): compared with the reference's reading
 *   with such a tab made a blank, and without that last line's blanks;
 * - readings neither of which is a mapping (a root scalar after a tab, a
 *   byte-order mark starting a line): a fact base is a mapping, and the
 *   schema refuses either reading.
 */
export const yamlDifference = (text: string): string | undefined => {
  const fast = composeYaml(text);
  let reference = composeYamlDocument(text);
  if (fast.syntax && !reference.syntax) return undefined;
  if (!fails(fast) && NON_PRINTABLE.test(text)) {
    reference = composeYamlDocument(text.replace(new RegExp(NON_PRINTABLE.source, "g"), "?"));
  }
  if (!fails(fast) && reference.syntax?.message === "tabs are not allowed as indentation") {
    reference = composeYamlDocument(text.replace(/^( *-)\t/gm, "$1 ").replace(/(\n)[ \t]+$/, "$1"));
  }
  if (
    !fails(fast) &&
    reference.syntax?.message === "implicit keys need to be on a single line" &&
    /^#[^ \t\n]/m.test(text)
  ) {
    reference = composeYamlDocument(text.replace(/^#[^ \t\n]/gm, "# "));
  }
  const found = compare(text, fast, reference);
  return found !== undefined && (isMapping(fast) || isMapping(reference)) ? found : undefined;
};

const isMapping = (composed: Composed): boolean =>
  !fails(composed) && composed.value !== null && typeof composed.value === "object" && !Array.isArray(composed.value);

const verdict = (c: Composed) =>
  c.syntax ? `not YAML (${c.syntax.message})` : c.problems.length > 0 ? `refused (${c.problems[0]?.message})` : "read";

const compare = (text: string, fast: Composed, reference: Composed): string | undefined => {
  if (fails(fast) !== fails(reference)) return `fast path: ${verdict(fast)}; reference: ${verdict(reference)}`;
  if (fails(fast)) return undefined;
  if (!isDeepEqual(fast.value, reference.value)) {
    return `data: fast path ${JSON.stringify(fast.value)}; reference ${JSON.stringify(reference.value)}`;
  }
  if (!isDeepEqual(fast.strings, reference.strings)) {
    return `text values: fast path ${JSON.stringify(fast.strings)}; reference ${JSON.stringify(reference.strings)}`;
  }
  const referencePlaces = places(reference.root);
  for (const [path, offset] of places(fast.root)) {
    const other = referencePlaces.get(path);
    if (other !== undefined && other !== offset) {
      return `place of ${path || "the document"}: fast path ${lineColumn(text, offset)}; reference ${lineColumn(text, other)}`;
    }
  }
  return undefined;
};

/** Deep equality of plain data, own keys only (`__proto__` included), as the composers build it. */
const isDeepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key, i) =>
        key === keysB[i] && isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
};
