/**
 * `factsheet config`: the settings a command run here would use, and where
 * each comes from: a flag, the desk config at its file:line:col, or the
 * default. A desk config with errors is listed with them, and exits 1.
 */
import path from "node:path";
import type { LoadedDeskConfig } from "../config/load-desk-config.js";
import { describeOrigin, type Setting, type SettingOrigin, type Settings } from "../config/resolve-settings.js";
import { CliError } from "../errors.js";
import { displayPath } from "../factbase/load-fact-base.js";
import { findBrowser } from "../print/find-browser.js";
import type { Reporter } from "./report.js";

export interface ConfigOptions {
  readonly desk: LoadedDeskConfig;
  readonly settings: Settings;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** A level as the config writes it: `note`, or `{ level: warning, quotes: note }`. */
function describeLevel(setting: unknown): string {
  if (typeof setting === "string") return setting;
  if (setting !== null && typeof setting === "object")
    return `{ ${Object.entries(setting)
      .map(([key, value]) => `${key}: ${String(value)}`)
      .join(", ")} }`;
  return String(setting);
}

/** Lines of `name  value  origin`, in aligned columns. */
function table(rows: readonly (readonly [string, string, string])[]): string[] {
  const width = (i: 0 | 1) => Math.max(...rows.map((row) => row[i].length));
  const [name, value] = [width(0), width(1)];
  return rows.map(([a, b, c]) => `  ${a.padEnd(name)}  ${b.padEnd(value)}  ${c}`.trimEnd());
}

export function showConfig(options: ConfigOptions, report: Reporter): number {
  const { desk, settings, cwd } = options;
  if (desk.diagnostics.length > 0) report.diagnostics(desk.diagnostics);
  const shownPath = (file: string) => displayPath(path.resolve(cwd, file), cwd) || ".";
  const origin = (o: SettingOrigin) => describeOrigin(o);
  const row = <T>(name: string, setting: Setting<T>, show: (value: T) => string): [string, string, string] => [
    name,
    show(setting.value),
    origin(setting.origin),
  ];

  let browser: [string, string, string];
  if (settings.browser.value !== undefined) browser = row("browser", settings.browser, (v) => shownPath(v ?? ""));
  else {
    // None named: what a PDF build would find, and where.
    try {
      const found = findBrowser({ env: options.env });
      browser =
        found === undefined
          ? ["browser", "none found", "default: a PDF needs one (see the README); HTML does not"]
          : ["browser", found.path, `default: found (${found.from})`];
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      browser = ["browser", "none", `default: ${error.message}`];
    }
  }

  const rules = Object.entries(desk.config.rules ?? {});
  const rows: [string, string, string][] = [
    row("paper", settings.paper, (v) => v),
    row("out", settings.out, (v) => shownPath(v)),
    browser,
    row("templates", settings.templates, (v) => (v === undefined ? "built-in" : shownPath(v))),
    row("desk", settings.desk, (v) => v ?? "none"),
    ...(rules.length === 0
      ? [["rules", "each rule's default level", "default"] as [string, string, string]]
      : rules.map(([rule, level], i): [string, string, string] => {
          const place = desk.locateKey?.(["rules", rule]) ?? { line: 0, column: 0 };
          return [
            i === 0 ? "rules" : "",
            `${rule}: ${describeLevel(level)}`,
            `${desk.file ?? ""}:${place.line}:${place.column}`,
          ];
        })),
  ];
  const head =
    desk.file === undefined
      ? "desk config: none (no factsheet.config.yaml here or above, up to the repository's root): defaults apply"
      : `desk config: ${desk.file}${desk.diagnostics.length > 0 ? " (it has errors: it sets nothing until they are fixed)" : ""}`;
  report.info([head, ...table(rows)].join("\n"));
  return desk.diagnostics.length > 0 ? 1 : 0;
}
