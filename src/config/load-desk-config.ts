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

/** Where a setting stands in the config file. */
export interface SettingPlace {
  readonly line: number;
  readonly column: number;
}

export interface LoadedDeskConfig {
  /** The file as diagnostics name it; undefined when there is none. */
  readonly file: string | undefined;
  /** The folder the file is in (absolute): paths in it are relative to it. */
  readonly dir?: string | undefined;
  /** The settings; empty when there is no file, or when it has errors. */
  readonly config: DeskConfig;
  readonly diagnostics: readonly Diagnostic[];
  /** Where the key at the end of `path` stands in the file (`["paper"]`, `["rules", "single-source"]`). */
  readonly locateKey?: ((path: readonly string[]) => SettingPlace) | undefined;
}

export const NO_DESK_CONFIG: LoadedDeskConfig = { file: undefined, config: {}, diagnostics: [] };

export async function loadDeskConfig(cwd: string): Promise<LoadedDeskConfig> {
  const found = await findConfigFile(cwd);
  if (found === undefined) return NO_DESK_CONFIG;
  return await readDeskConfig(found, cwd);
}

/** Reads the desk config at `file` (shown relative to `cwd`). */
export async function readDeskConfig(file: string, cwd: string): Promise<LoadedDeskConfig> {
  const absolute = path.resolve(cwd, file);
  const shown = displayPath(absolute, cwd);
  const dir = path.dirname(absolute);
  const read = await readText(absolute, shown);
  if (!read.ok) return { file: shown, dir, config: {}, diagnostics: [read.diagnostic] };
  const parsed = await parseYaml(shown, read.text);
  if (parsed.diagnostics.length > 0) return { file: shown, dir, config: {}, diagnostics: parsed.diagnostics };
  // A file of comments alone (or nothing) sets nothing.
  if (parsed.value === undefined || parsed.value === null) return { file: shown, dir, config: {}, diagnostics: [] };
  const checked = validateSchema(DeskConfig, parsed);
  const locateKey = (keys: readonly string[]): SettingPlace => {
    const { line, column } = parsed.locateKey([...keys]);
    return { line, column };
  };
  return { file: shown, dir, config: checked.value ?? {}, diagnostics: checked.diagnostics, locateKey };
}
