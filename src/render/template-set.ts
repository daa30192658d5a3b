/** The templates a brief renders with, as read from a templates folder (load-templates). */
import type { FontIndex } from "../fonts/fonts.js";

/**
 * Templates compiled ahead of time (`npm run build:ts` writes them to
 * dist/templates.precompiled.mjs), by the key of their source: compiling the
 * templates costs about 0.1 s of every cold build. A template whose source
 * differs from the one compiled (an edit since, a test's own) is compiled
 * when used, as before.
 */
export type PrecompiledTemplates = Readonly<Record<string, TemplateSpecification>>;

export interface TemplateSet {
  readonly layout: string;
  readonly partials: Readonly<Record<string, string>>;
  readonly styles: string;
  readonly printHeader: string;
  readonly printFooter: string;
  /** The index page of a batch build. */
  readonly index: string;
  /** The embeddable fonts and the Unicode ranges each covers. */
  readonly fonts: readonly FontIndex[];
  /** The desk's own templates folder laid over the built-in one; undefined for the built-in set. */
  readonly dir?: string | undefined;
  /** Every file read, for watchers. */
  readonly files: readonly string[];
  /** Every file's text as read, in the order of `files`, for fingerprints. */
  readonly texts: readonly string[];
  /** Templates compiled at build time, by the key of their source (see render-html). */
  readonly precompiled?: PrecompiledTemplates | undefined;
}
