/**
 * Every JSON Schema written to schema/ (`npm run schema`): the brief's and the
 * catalogue's, and the desk config's, each generated from the zod schema its
 * file is validated with.
 */

import { JsonReport } from "../src/commands/machine-report.js";
import { DeskConfig } from "../src/config/config-schema.js";
import { jsonSchemas, toJson } from "../src/factbase/json-schema.js";

export const allJsonSchemas = (): Record<string, string> => ({
  ...jsonSchemas(),
  "config.schema.json": toJson(DeskConfig, "config.schema.json", "factsheet desk config (factsheet.config.yaml)"),
  "report.schema.json": toJson(JsonReport, "report.schema.json", "factsheet --json output (version 1)"),
});
