/**
 * The desk's config file, `factsheet.config.yaml`: settings a desk shares
 * across its briefs. The levels of check's rules (`rules:`, as a brief's
 * `checks.rules`, which wins over it), and the settings the commands would
 * otherwise take from their flags or defaults: paper size, output folder,
 * browser, templates folder, and the desk's name. A flag wins over the file,
 * and the file over the defaults (resolve-settings.ts). Paths in the file are
 * relative to the folder the file is in.
 */
import * as z from "zod";
import { RuleLevels } from "../factbase/schema.js";

export const CONFIG_FILE = "factsheet.config.yaml";

/** The paper sizes a PDF is printed on. */
export const PAPERS = ["a4", "letter"] as const;

const Setting = z.string().trim().min(1, { message: "must not be empty" });

export const DeskConfig = z
  .strictObject({
    desk: Setting.optional().meta({
      description:
        "The desk's name: on the index page of build --all, and on every brief that does not name its own desk.",
    }),
    paper: z
      .enum(PAPERS)
      .optional()
      .meta({ description: "The PDF paper size: a4 (the default) or letter. --paper wins." }),
    out: Setting.optional().meta({
      description: "The output folder, relative to this file (default: out, in the working folder). --out wins.",
    }),
    browser: Setting.optional().meta({
      description:
        "The Chromium or Chrome to print with, relative to this file or absolute (default: found as the README says). --browser wins.",
    }),
    templates: Setting.optional().meta({
      description:
        "A folder of templates, relative to this file: its brief.hbs, partials/*.hbs and styles/*.css replace the built-in files of the same name; the rest stay built-in. A brief's own templates: and --templates win.",
    }),
    rules: RuleLevels.optional().meta({
      description:
        "Levels of check's rules for every brief of the desk: error, warning, note or off. A brief's checks.rules wins over them.",
    }),
  })
  .meta({ description: "factsheet's desk config: found upward from the working folder." });

export type DeskConfig = z.output<typeof DeskConfig>;
