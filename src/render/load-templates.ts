/**
 * Reads the Handlebars templates and stylesheets: the IO half of rendering.
 * The layout is `brief.hbs`; every `partials/*.hbs` is a partial named after
 * its file; `styles/*.css` are inlined in file-name order.
 *
 * A desk's own templates folder (`--templates`, `templates:` in the desk
 * config or the brief) lies over the built-in one, file by file: each of its
 * `brief.hbs`, `print-header.hbs`, `print-footer.hbs`, `index.hbs`,
 * `partials/<name>.hbs` and `styles/<name>.css` replaces the built-in file of
 * that name, a new name is added, and whatever it lacks stays built-in. Its
 * templates must escape what they print, as the built-in ones do: `{{{ }}}`
 * and `{{& }}` are refused at their file:line:col.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CliError, ExitCode } from "../errors.js";
import { displayPath } from "../factbase/load-fact-base.js";
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

/** The templates a set is made of besides its partials and stylesheets, in the order TemplateSet keeps them. */
const PAGES = ["brief.hbs", "print-header.hbs", "print-footer.hbs", "index.hbs"] as const;

/** A folder's files ending in `ext`, by name; none when the folder is not there. */
const listFiles = async (dir: string, ext: string, optional: boolean): Promise<Map<string, string>> => {
  const names = await readdir(dir).catch((error: unknown) => {
    if (optional) return [] as string[];
    throw error;
  });
  return new Map(
    names
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => [f, path.join(dir, f)]),
  );
};

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    (info) => info.isFile(),
    () => false,
  );

/**
 * Refuses a desk's template that prints anything unescaped: `{{{x}}}` and `{{&x}}` (the built-in
 * templates never do; a test holds them to it). Comments are skipped.
 */
export const findUnescaped = (text: string): { line: number; column: number } | undefined => {
  const pattern = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*(\{|&)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[1] === undefined) continue;
    const before = text.slice(0, match.index);
    const line = before.split("\n").length;
    return { line, column: match.index - before.lastIndexOf("\n") };
  }
  return undefined;
};

/** The folder a desk's templates are in, checked: a folder, or one sentence saying what is wrong. */
const customFolder = async (dir: string, cwd: string): Promise<string> => {
  const info = await stat(dir).catch(() => undefined);
  if (info?.isDirectory() !== true)
    throw new CliError(
      `The templates folder ${displayPath(dir, cwd)} ${info === undefined ? "does not exist" : "is not a folder"}: name a folder holding brief.hbs, partials/ or styles/ to use instead of the built-in ones.`,
      ExitCode.input,
    );
  return dir;
};

/**
 * The templates: the built-in ones, or with `custom` a desk's folder over them (see above). A
 * custom folder that is the built-in one is the built-in set. `cwd`: what a relative `custom` is
 * relative to, and what messages show paths from.
 */
export const loadTemplates = async (custom?: string, cwd: string = process.cwd()): Promise<TemplateSet> => {
  const builtIn = defaultTemplateDir();
  const own =
    custom === undefined || path.resolve(cwd, custom) === path.resolve(builtIn)
      ? undefined
      : await customFolder(path.resolve(cwd, custom), cwd);
  const layer = async (sub: string, ext: string): Promise<Map<string, string>> => {
    const files = await listFiles(path.join(builtIn, sub), ext, false);
    if (own !== undefined)
      for (const [name, file] of await listFiles(path.join(own, sub), ext, true)) files.set(name, file);
    return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  };
  const [pages, partialFiles, styleFiles] = await Promise.all([
    Promise.all(
      PAGES.map(async (page) =>
        own !== undefined && (await exists(path.join(own, page))) ? path.join(own, page) : path.join(builtIn, page),
      ),
    ),
    layer("partials", ".hbs"),
    layer("styles", ".css"),
  ]);
  const files = [...pages, ...partialFiles.values(), ...styleFiles.values()];
  const read = (file: string) => readFile(file, "utf8");
  const [fonts, texts, precompiled] = await Promise.all([
    loadFontIndex(),
    Promise.all(files.map(read)),
    loadPrecompiled(),
  ]);
  if (own !== undefined) {
    files.forEach((file, i) => {
      if (!file.endsWith(".hbs") || !file.startsWith(own + path.sep)) return;
      const at = findUnescaped(texts[i] ?? "");
      if (at !== undefined)
        throw new CliError(
          `${displayPath(file, cwd)}:${at.line}:${at.column}: a template of the desk prints text unescaped ({{{ }}} or {{& }}): print data with {{ }}, which escapes it.`,
          ExitCode.input,
        );
    });
  }
  const [layout, printHeader, printFooter, index, ...other] = texts;
  const partials: Record<string, string> = {};
  [...partialFiles.keys()].forEach((name, i) => {
    partials[path.basename(name, ".hbs")] = other[i] ?? "";
  });
  const styles = other.slice(partialFiles.size).join("\n");
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
    dir: own,
  };
};
