/**
 * JSON Schemas for editors' YAML tooling, generated from the same zod schema
 * the loader validates with, so the two can never disagree.
 */
import * as z from "zod";
import { FactBase, SourceCatalog } from "./schema.js";

/** One schema as the JSON Schema text written to schema/. */
export const toJson = (schema: z.ZodType, id: string, title: string): string =>
  `${JSON.stringify(
    {
      $id: id,
      title,
      ...z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" }),
    },
    null,
    2,
  )}\n`;

export const jsonSchemas = (): Record<string, string> => ({
  "factbase.schema.json": toJson(FactBase, "factbase.schema.json", "factsheet brief"),
  "sources.schema.json": toJson(SourceCatalog, "sources.schema.json", "factsheet source catalogue"),
});
