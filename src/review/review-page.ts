/**
 * The review page's templates (templates/review/): Handlebars in strict mode
 * with no helpers and prototype access off, as the brief's; data is only ever
 * escaped (`{{ }}`). The page's script and stylesheet are static files,
 * served as they are: the page carries no inline script or style, so its
 * Content-Security-Policy allows scripts and styles from the page's own
 * origin only.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
// The runtime: the templates are compiled when factsheet is built (scripts/bundle.ts); the compiler
// loads only for a template changed since.
import Handlebars from "handlebars/runtime.js";
import { PACKAGE_ROOT } from "../package-info.js";
import { PRECOMPILED_TEMPLATES } from "../render/load-templates.js";
import { templateKey } from "../render/render-html.js";
import type { PrecompiledTemplates } from "../render/template-set.js";
import { trace } from "../trace.js";
import type { ArticleView, FormView, MergeView, PageView } from "./review-view.js";

export interface ReviewPages {
  page(view: PageView): string;
  article(view: ArticleView): string;
  form(view: FormView): string;
  merge(view: MergeView): string;
  /** The static files, by their URL path. */
  readonly files: ReadonlyMap<string, { readonly type: string; readonly body: string }>;
}

/** templates/review/ of this installation. */
export const reviewTemplateDir = (): string => path.join(PACKAGE_ROOT, "templates", "review");

const COMPILE_OPTIONS = { strict: true, knownHelpersOnly: true, noEscape: false, preventIndent: true } as const;
const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

const TEMPLATES = ["page.hbs", "article.hbs", "form.hbs", "input.hbs", "cite.hbs", "merge.hbs"] as const;

const read = (dir: string, name: string) => readFile(path.join(dir, name), "utf8");

/** The review templates' sources, for compiling ahead of time. */
export const reviewTemplateSources = (dir: string = reviewTemplateDir()): Promise<string[]> =>
  Promise.all(TEMPLATES.map((name) => read(dir, name)));

const loadPrecompiled = (): Promise<PrecompiledTemplates | undefined> =>
  import(pathToFileURL(PRECOMPILED_TEMPLATES).href).then(
    (m: { default: PrecompiledTemplates }) => m.default,
    () => undefined,
  );

export async function loadReviewPages(dir: string = reviewTemplateDir()): Promise<ReviewPages> {
  const [sources, script, styles, precompiled] = await Promise.all([
    reviewTemplateSources(dir),
    read(dir, "review.js"),
    read(dir, "review.css"),
    loadPrecompiled(),
  ]);
  const [page, article, form, input, cite, merge] = sources;
  const specs = new Map(sources.map((source) => [source, precompiled?.[templateKey(source)]]));
  const ahead = [...specs.values()].every((spec) => spec !== undefined);
  trace(ahead ? "review: templates compiled ahead of time" : "review: templates to compile now");
  const hbs = ahead ? Handlebars.create() : (await import("handlebars")).default.create();
  const compile = <V>(source: string | undefined): HandlebarsTemplateDelegate<V> => {
    const spec = specs.get(source ?? "");
    return spec ? hbs.template<V>(spec) : hbs.compile<V>(source ?? "", COMPILE_OPTIONS);
  };
  hbs.registerPartial("article", compile(article));
  hbs.registerPartial("input", compile(input));
  hbs.registerPartial("cite", compile(cite));
  const templates = {
    page: compile<PageView>(page),
    article: compile<ArticleView>(article),
    form: compile<FormView>(form),
    merge: compile<MergeView>(merge),
  };
  return {
    page: (view) => templates.page(view, RUNTIME_OPTIONS),
    article: (view) => templates.article(view, RUNTIME_OPTIONS),
    form: (view) => templates.form(view, RUNTIME_OPTIONS),
    merge: (view) => templates.merge(view, RUNTIME_OPTIONS),
    files: new Map([
      ["/review.js", { type: "text/javascript; charset=utf-8", body: script }],
      ["/review.css", { type: "text/css; charset=utf-8", body: styles }],
    ]),
  };
}
