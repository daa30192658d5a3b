/**
 * Bundles the CLI into dist/factsheet.mjs with esbuild, so that a command
 * starts without resolving and compiling hundreds of modules one by one.
 * Code splitting keeps each command's code in its own chunk (dist/chunks/),
 * loaded only when that command runs. tsc remains the type checker, and
 * dist/src/ (its output) keeps working for the benchmark's in-process parts.
 *
 * Puppeteer, pdf.js and chokidar stay outside the bundle: they are loaded
 * only by the commands that need them, and load files of their own.
 *
 * It also compiles the Handlebars templates ahead of time, into
 * dist/templates.precompiled.mjs (used by every entry point, by the key of
 * each template's source).
 */
import { chmod, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { PACKAGE_ROOT } from "../src/package-info.js";
import { loadTemplates, PRECOMPILED_TEMPLATES } from "../src/render/load-templates.js";
import { precompileTemplates, templateSources } from "../src/render/render-html.js";
import { reviewTemplateSources } from "../src/review/review-page.js";

const dist = path.join(PACKAGE_ROOT, "dist");
await rm(path.join(dist, "chunks"), { recursive: true, force: true });
await build({
  absWorkingDir: PACKAGE_ROOT,
  entryPoints: { factsheet: "src/bin.ts" },
  outdir: dist,
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["puppeteer", "pdfjs-dist", "chokidar"],
  // CommonJS dependencies bundled into ES modules still call require() for Node's own modules.
  banner: {
    js: 'import { createRequire as __factsheetRequire } from "node:module"; const require = __factsheetRequire(import.meta.url);',
  },
  legalComments: "none",
  logLevel: "warning",
});
await chmod(path.join(dist, "factsheet.mjs"), 0o755);
await writeFile(
  PRECOMPILED_TEMPLATES,
  await precompileTemplates([...templateSources(await loadTemplates()), ...(await reviewTemplateSources())]),
);
