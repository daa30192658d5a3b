/**
 * Reads the Handlebars templates and stylesheets from `templates/`: the IO
 * half of rendering. The layout is `brief.hbs`; every `partials/*.hbs` is a
 * partial named after its file; `styles/*.css` are inlined in file-name order.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadFontIndex } from "../fonts/fonts.js";
import { PACKAGE_ROOT } from "../package-info.js";
import type { PrecompiledTemplates, TemplateSet } from "./template-set.js";

export type { TemplateSet } from "./template-set.js";

/** Where the build puts the templates compiled ahead of time. */
export const PRECOMPILED_TEMPLATES = path.join(PACKAGE_ROOT, "dist", "templates.precompiled.mjs");

/** The templates compiled ahead of time, if the build wrote them. */
const loadPrecompiled = (): Promise<PrecompiledTemplates | undefined> =>
  import(pathToFileURL(PRECOMPILED_TEMPLATES).href).then(
    (m: { default: PrecompiledTemplates }) => m.default,
    () => undefined,
  );

/** `templates/` of this installation. */
export const defaultTemplateDir = (): string => path.join(PACKAGE_ROOT, "templates");

const listFiles = async (dir: string, ext: string): Promise<string[]> =>
  (await readdir(dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(dir, f));

export const loadTemplates = async (dir: string = defaultTemplateDir()): Promise<TemplateSet> => {
  const partialFiles = await listFiles(path.join(dir, "partials"), ".hbs");
  const styleFiles = await listFiles(path.join(dir, "styles"), ".css");
  const read = (file: string) => readFile(file, "utf8");
  const files = [
    path.join(dir, "brief.hbs"),
    path.join(dir, "print-header.hbs"),
    path.join(dir, "print-footer.hbs"),
    path.join(dir, "index.hbs"),
    ...partialFiles,
    ...styleFiles,
  ];
  const [fonts, texts, precompiled] = await Promise.all([
    loadFontIndex(),
    Promise.all(files.map(read)),
    loadPrecompiled(),
  ]);
  const [layout, printHeader, printFooter, ...rest] = texts;
  const [index, ...other] = rest;
  const partials: Record<string, string> = {};
  partialFiles.forEach((file, i) => {
    partials[path.basename(file, ".hbs")] = other[i] ?? "";
  });
  const styles = other.slice(partialFiles.length).join("\n");
  return {
    layout: layout ?? "",
    printHeader: printHeader ?? "",
    printFooter: printFooter ?? "",
    index: index ?? "",
    partials,
    styles,
    files,
    texts,
    fonts,
    precompiled,
  };
};
