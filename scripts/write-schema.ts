/** Writes schema/*.json from the fact-base and desk-config schemas: `npm run schema`. */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { PACKAGE_ROOT } from "../src/package-info.js";
import { allJsonSchemas } from "./json-schemas.js";

for (const [name, text] of Object.entries(allJsonSchemas())) {
  const file = path.join(PACKAGE_ROOT, "schema", name);
  await writeFile(file, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
