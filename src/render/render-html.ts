/**
 * The render stage: view model -> one self-contained HTML document, through
 * Handlebars in strict mode with only known helpers. Data is only ever
 * escaped (`{{ }}`); the one raw insertion is our own stylesheet.
 */
import Handlebars from "handlebars";
import type { BriefView } from "../brief/brief-view.js";
import type { TemplateSet } from "./load-templates.js";

export interface Renderer {
  html(view: BriefView): string;
  printHeader(view: BriefView): string;
  printFooter(view: BriefView): string;
}

const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: { styles: true },
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
  for (const [name, source] of Object.entries(templates.partials)) {
    hbs.registerPartial(name, hbs.compile(source, COMPILE_OPTIONS));
  }
  const layout = hbs.compile<BriefView>(templates.layout, COMPILE_OPTIONS);
  const header = hbs.compile<BriefView>(templates.printHeader, COMPILE_OPTIONS);
  const footer = hbs.compile<BriefView>(templates.printFooter, COMPILE_OPTIONS);
  return {
    html: (view) => layout(view, RUNTIME_OPTIONS),
    printHeader: (view) => header(view, RUNTIME_OPTIONS),
    printFooter: (view) => footer(view, RUNTIME_OPTIONS),
  };
};
