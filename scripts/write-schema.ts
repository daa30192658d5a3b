/** Writes schema/*.json from the fact-base schema: `npm run schema`. */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { jsonSchemas } from "../src/factbase/json-schema.js";
import { PACKAGE_ROOT } from "../src/package-info.js";

for (const [name, text] of Object.entries(jsonSchemas())) {
  const file = path.join(PACKAGE_ROOT, "schema", name);
  await writeFile(file, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
