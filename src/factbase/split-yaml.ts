/**
 * A fact base cut where an edit usually stays: at each top-level key, and a
 * top-level list at each of its items. Each piece is valid YAML on its own
 * (a root node may be indented), so a long-running process can parse only
 * the pieces that changed since the last build and reuse the others.
 *
 * The cut is only proposed: whoever uses it checks that every piece reads on
 * its own as the one key or the one item it should be, and reads the whole
 * text instead when one does not. Texts with directives or document markers
 * are not cut at all.
 */

export interface YamlSection {
  /** The top-level key. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** A list's items, each [start, end); the section's own text then ends where the first item starts. */
  readonly items?: readonly (readonly [number, number])[];
}

/** A top-level key as the fact base writes them: `as_of:`, `actors:` ... */
const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/;
/** A key line with nothing after the colon but a comment: a list may follow. */
const BARE_KEY_LINE = /^[A-Za-z_][\w-]*[ \t]*:[ \t]*(?:#.*)?$/;
const ITEM_LINE = /^( *)-(?:[ \t]|$)/;

/** The top-level sections of a block mapping, or `undefined` when the text is not one to cut. */
export const splitYaml = (text: string): YamlSection[] | undefined => {
  if (/^(?:%|---|\.\.\.)/m.test(text)) return undefined;
  const lines: { start: number; text: string }[] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ start, text: text.slice(start, end) });
    start = end + 1;
  }

  const sections: { key: string; start: number; firstLine: number }[] = [];
  for (const [index, line] of lines.entries()) {
    const first = line.text[0];
    if (first === undefined || first === " " || first === "\t" || first === "#") continue;
    const key = KEY_LINE.exec(line.text)?.[1];
    if (key !== undefined) {
      sections.push({ key, start: sections.length === 0 ? 0 : line.start, firstLine: index });
    } else if (!(ITEM_LINE.test(line.text) && sections.length > 0)) {
      return undefined; // a top-level line that is neither a key nor a list item under one
    }
  }
  if (sections.length === 0) return undefined;

  return sections.map((section, i) => {
    const next = sections[i + 1];
    const end = next ? next.start : text.length;
    const lastLine = next ? next.firstLine : lines.length;
    const header = lines[section.firstLine];
    if (!header || !BARE_KEY_LINE.test(header.text)) return { key: section.key, start: section.start, end };
    // The first line that is not blank or a comment decides: a list item, or no list.
    let indent: string | undefined;
    const items: [number, number][] = [];
    for (let l = section.firstLine + 1; l < lastLine; l += 1) {
      const line = lines[l];
      if (!line) break;
      const trimmed = line.text.trimStart();
      if (indent === undefined) {
        if (trimmed === "" || trimmed.startsWith("#")) continue;
        const item = ITEM_LINE.exec(line.text);
        if (!item) break;
        indent = item[1] ?? "";
      }
      if (ITEM_LINE.exec(line.text)?.[1] === indent) {
        const last = items.at(-1);
        if (last) last[1] = line.start;
        items.push([line.start, end]);
      }
    }
    return items.length > 0
      ? { key: section.key, start: section.start, end, items }
      : { key: section.key, start: section.start, end };
  });
};
