/**
 * The desk's config file, `factsheet.config.yaml`: settings a desk shares
 * across its briefs. For now the levels of check's rules (`rules:`, as a
 * brief's `checks.rules`, which wins over it); the file is a mapping of one
 * key per concern, so that others (paper, output folder, browser, templates,
 * desk name) join it as keys of their own beside `rules`.
 */
import * as z from "zod";
import { RuleLevels } from "../factbase/schema.js";

export const CONFIG_FILE = "factsheet.config.yaml";

export const DeskConfig = z
  .strictObject({
    rules: RuleLevels.optional().meta({
      description:
        "Levels of check's rules for every brief of the desk: error, warning, note or off. A brief's checks.rules wins over them.",
    }),
  })
  .meta({ description: "factsheet's desk config: found upward from the working folder." });

export type DeskConfig = z.output<typeof DeskConfig>;
