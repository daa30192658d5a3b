/** Writes docs/view-model.md from the view model's types: `npm run docs`. */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PACKAGE_ROOT } from "../src/package-info.js";
import { viewModelDoc } from "./view-model-doc.js";
import { VIEW_MODEL_DOC, viewModelSources } from "./view-model-sources.js";

const sources = await viewModelSources((file) => readFile(path.join(PACKAGE_ROOT, file), "utf8"));
await writeFile(path.join(PACKAGE_ROOT, VIEW_MODEL_DOC), viewModelDoc(sources));
process.stdout.write(`wrote ${VIEW_MODEL_DOC}\n`);
