/**
 * The desk config, read and validated like a brief: parsed with the fact
 * base's own YAML reader, checked against its schema (unknown keys are
 * errors, with "did you mean"), every problem a diagnostic at its
 * file:line:col. No file is no settings.
 */
import path from "node:path";
import type { Diagnostic } from "../diagnostics/index.js";
import { displayPath, readText } from "../factbase/load-fact-base.js";
import { parseYaml } from "../factbase/parse-yaml.js";
import { validateSchema } from "../factbase/validate-schema.js";
import { DeskConfig } from "./config-schema.js";
import { findConfigFile } from "./find-config-file.js";

export interface LoadedDeskConfig {
  /** The file as diagnostics name it; undefined when there is none. */
  readonly file: string | undefined;
  /** The settings; empty when there is no file, or when it has errors. */
  readonly config: DeskConfig;
  readonly diagnostics: readonly Diagnostic[];
}

export const NO_DESK_CONFIG: LoadedDeskConfig = { file: undefined, config: {}, diagnostics: [] };

export async function loadDeskConfig(cwd: string): Promise<LoadedDeskConfig> {
  const found = await findConfigFile(cwd);
  if (found === undefined) return NO_DESK_CONFIG;
  return await readDeskConfig(found, cwd);
}

/** Reads the desk config at `file` (shown relative to `cwd`). */
export async function readDeskConfig(file: string, cwd: string): Promise<LoadedDeskConfig> {
  const shown = displayPath(path.resolve(cwd, file), cwd);
  const read = await readText(path.resolve(cwd, file), shown);
  if (!read.ok) return { file: shown, config: {}, diagnostics: [read.diagnostic] };
  const parsed = await parseYaml(shown, read.text);
  if (parsed.diagnostics.length > 0) return { file: shown, config: {}, diagnostics: parsed.diagnostics };
  // A file of comments alone (or nothing) sets nothing.
  if (parsed.value === undefined || parsed.value === null) return { file: shown, config: {}, diagnostics: [] };
  const checked = validateSchema(DeskConfig, parsed);
  return { file: shown, config: checked.value ?? {}, diagnostics: checked.diagnostics };
}
