/**
 * The effective settings of a run, each with where it came from: a flag wins
 * over the desk config, and the desk config over the defaults. Pure: the desk
 * config is read before (load-desk-config.ts). Paths in the config are
 * relative to the folder it is in; paths on the command line to the working
 * folder.
 */
import path from "node:path";
import type { PAPERS } from "./config-schema.js";
import type { LoadedDeskConfig } from "./load-desk-config.js";

export type PaperSize = (typeof PAPERS)[number];

/** Where a setting came from. */
export type SettingOrigin =
  | { readonly kind: "flag"; readonly flag: string }
  | { readonly kind: "config"; readonly file: string; readonly line: number; readonly column: number }
  | { readonly kind: "brief"; readonly file: string; readonly line: number; readonly column: number }
  | { readonly kind: "default" };

export interface Setting<T> {
  readonly value: T;
  readonly origin: SettingOrigin;
}

/** The settings a command takes from flags, the desk config or defaults. */
export interface Settings {
  readonly paper: Setting<PaperSize>;
  /** The output folder: as given on the command line, or resolved from the config's folder. */
  readonly out: Setting<string>;
  /** The browser to print with; undefined: looked for (FACTSHEET_BROWSER, ..., system paths). */
  readonly browser: Setting<string | undefined>;
  /** A folder of templates over the built-in ones; undefined: the built-in templates. */
  readonly templates: Setting<string | undefined>;
  /** The desk's name, for the index page and the briefs that name none. */
  readonly desk: Setting<string | undefined>;
}

/** The settings the command line may give, as its flags hold them. */
export interface SettingFlags {
  readonly paper?: PaperSize | undefined;
  readonly out?: string | undefined;
  readonly browser?: string | undefined;
  readonly templates?: string | undefined;
}

export const DEFAULT_OUT = "out";
export const DEFAULT_PAPER: PaperSize = "a4";

/** "file:line:col" of an origin, or its flag, or "default". */
export function describeOrigin(origin: SettingOrigin): string {
  switch (origin.kind) {
    case "flag":
      return origin.flag;
    case "config":
    case "brief":
      return `${origin.file}:${origin.line}:${origin.column}`;
    case "default":
      return "default";
  }
}

export function resolveSettings(flags: SettingFlags, desk: LoadedDeskConfig): Settings {
  const { config } = desk;
  const fromConfig = <T>(key: keyof typeof config, value: T): Setting<T> => {
    const place = desk.locateKey?.([key]) ?? { line: 0, column: 0 };
    return { value, origin: { kind: "config", file: desk.file ?? "", ...place } };
  };
  const dir = desk.dir ?? "";
  /** A path from the config: relative to its folder. */
  const configPath = (value: string): string => path.resolve(dir, value);
  const pick = <T>(
    flag: T | undefined,
    name: string,
    key: keyof typeof config,
    configured: T | undefined,
    fallback: T,
  ): Setting<T> => {
    if (flag !== undefined) return { value: flag, origin: { kind: "flag", flag: `--${name}` } };
    if (configured !== undefined) return fromConfig(key, configured);
    return { value: fallback, origin: { kind: "default" } };
  };
  return {
    paper: pick(flags.paper, "paper", "paper", config.paper, DEFAULT_PAPER),
    out: pick(flags.out, "out", "out", config.out === undefined ? undefined : configPath(config.out), DEFAULT_OUT),
    browser: pick<string | undefined>(
      flags.browser,
      "browser",
      "browser",
      config.browser === undefined ? undefined : configPath(config.browser),
      undefined,
    ),
    templates: pick<string | undefined>(
      flags.templates,
      "templates",
      "templates",
      config.templates === undefined ? undefined : configPath(config.templates),
      undefined,
    ),
    desk:
      config.desk === undefined ? { value: undefined, origin: { kind: "default" } } : fromConfig("desk", config.desk),
  };
}
