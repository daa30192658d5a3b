/**
 * The templates a brief renders with. `--templates` wins over everything; then
 * the brief's own `templates:` (a folder relative to the brief, inside the
 * project, links followed, as its catalogue is); then the desk config's; then
 * the built-in ones. Each folder lies over the built-in templates
 * (load-templates.ts). A folder the brief names that is outside the project
 * or missing is an error at its `templates:` line.
 */
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { type Diagnostic, diagnostic } from "../diagnostics/index.js";
import type { ParsedYaml } from "../factbase/parse-yaml.js";
import { isInside, projectRoots } from "../factbase/project-paths.js";
import { loadTemplates, type TemplateSet } from "../render/load-templates.js";
import { createRenderer, type Renderer } from "../render/render-html.js";

/** A template set ready to render with. */
export interface Rendering {
  readonly templates: TemplateSet;
  readonly renderer: Renderer;
}

/** Loads a folder's templates over the built-in ones, with their renderer. */
export async function loadRendering(dir: string | undefined, cwd: string): Promise<Rendering> {
  const templates = await loadTemplates(dir, cwd);
  return { templates, renderer: await createRenderer(templates) };
}

/** Each folder's rendering made once: the briefs of a batch that name one folder share it. */
export function renderingCache(cwd: string): (dir: string) => Promise<Rendering> {
  const made = new Map<string, Promise<Rendering>>();
  return (dir) => {
    const key = path.resolve(cwd, dir);
    let rendering = made.get(key);
    if (rendering === undefined) {
      rendering = loadRendering(key, cwd);
      made.set(key, rendering);
    }
    return rendering;
  };
}

/**
 * The folder a brief's `templates:` names, resolved from the brief's folder, or the error that
 * says why it cannot be used (at the value's place in the brief).
 */
export async function briefTemplatesFolder(
  relative: string,
  briefFile: string,
  brief: ParsedYaml,
  cwd: string,
): Promise<{ ok: true; dir: string } | { ok: false; diagnostic: Diagnostic }> {
  const absolute = path.resolve(cwd, briefFile);
  const dir = path.resolve(path.dirname(absolute), relative);
  const refuse = (message: string) => ({
    ok: false as const,
    diagnostic: diagnostic(brief.locate(["templates"]), "error", "file-read", message),
  });
  if (path.isAbsolute(relative) || !(isInside(cwd, dir) || isInside(path.dirname(absolute), dir)))
    return refuse("the templates folder must be given by a relative path inside the project (such as templates)");
  const roots = await projectRoots(cwd, absolute);
  const real = await realpath(dir).catch(() => undefined);
  if (real === undefined) return refuse(`the templates folder ${relative} does not exist`);
  if (!roots.some((root) => isInside(root, real)))
    return refuse(
      `the templates folder ${relative} is a link to a folder outside the project: copy it into the project`,
    );
  if (!(await stat(real)).isDirectory()) return refuse(`the templates folder ${relative} is not a folder`);
  return { ok: true, dir };
}
