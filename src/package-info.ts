/**
 * Where factsheet is installed and which version it is: found by walking up
 * from this module to the nearest package.json (works from `src/` under the
 * test runner and from `dist/src/` when compiled).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const findRoot = (): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "templates"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("factsheet: cannot find its own package.json");
    dir = parent;
  }
};

export const PACKAGE_ROOT = findRoot();

export const VERSION: string = (
  JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }
).version;
