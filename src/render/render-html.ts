/**
 * The render stage: view model -> one self-contained HTML document, through
 * Handlebars in strict mode with only known helpers. Data is only ever
 * escaped (`{{ }}`); the one raw insertion is our own stylesheet.
 */
import Handlebars from "handlebars";
import type { BriefView } from "../brief/brief-view.js";
import type { TemplateSet } from "./load-templates.js";
import type { IndexView } from "./render-index.js";

export interface Renderer {
  /** The briefing; `fontCss` holds the @font-face rules for the fonts it embeds. */
  html(view: BriefView, fontCss?: string): string;
  printHeader(view: BriefView, fontCss?: string): string;
  printFooter(view: BriefView, fontCss?: string): string;
  /** The index page of a batch. */
  index(view: IndexView, fontCss?: string): string;
}

const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: { styles: true, fonts: true },
  noEscape: false,
  preventIndent: true,
} as const;

const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
} as const;

/** Stylesheets must not close the style element they are inlined in. */
const safeCss = (css: string): string => css.replace(/<\/style/gi, "<\\/style");

export const createRenderer = (templates: TemplateSet): Renderer => {
  const hbs = Handlebars.create();
  const css = new hbs.SafeString(safeCss(templates.styles));
  hbs.registerHelper("styles", () => css);
  // Our own @font-face rules, passed in the render's private data (never from the fact base).
  hbs.registerHelper(
    "fonts",
    (options: { data?: { fontCss?: string } }) => new hbs.SafeString(safeCss(options.data?.fontCss ?? "")),
  );
  for (const [name, source] of Object.entries(templates.partials)) {
    hbs.registerPartial(name, hbs.compile(source, COMPILE_OPTIONS));
  }
  const layout = hbs.compile<BriefView>(templates.layout, COMPILE_OPTIONS);
  const header = hbs.compile<BriefView>(templates.printHeader, COMPILE_OPTIONS);
  const footer = hbs.compile<BriefView>(templates.printFooter, COMPILE_OPTIONS);
  const index = hbs.compile<IndexView>(templates.index, COMPILE_OPTIONS);
  const run = <V>(template: HandlebarsTemplateDelegate<V>, view: V, fontCss = "") =>
    template(view, { ...RUNTIME_OPTIONS, data: { fontCss } });
  return {
    html: (view, fontCss) => run(layout, view, fontCss),
    printHeader: (view, fontCss) => run(header, view, fontCss),
    printFooter: (view, fontCss) => run(footer, view, fontCss),
    index: (view, fontCss) => run(index, view, fontCss),
  };
};
