/**
 * Where the desk config is: `factsheet.config.yaml` in the working folder or
 * the nearest folder above it that has one, looking no higher than the root
 * of the repository the working folder is in (the first folder with a `.git`)
 * or, outside any repository, the file-system root. A config above a project
 * (in a home folder, say) never reaches into the project's checks.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { CONFIG_FILE } from "./config-schema.js";

const exists = async (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  );

export async function findConfigFile(cwd: string): Promise<string | undefined> {
  let folder = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(folder, CONFIG_FILE);
    if (await exists(candidate)) return candidate;
    // `.git` is a folder in a clone, a file in a worktree or a submodule: either way the repository's root.
    if (await exists(path.join(folder, ".git"))) return undefined;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
