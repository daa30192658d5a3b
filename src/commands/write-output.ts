/**
 * Writes an output file so that no partial file ever stands under its final
 * name: write a temp file in the same folder, flush it to disk, rename.
 */
import { rmSync } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { CliError, ExitCode } from "../errors.js";

/** Temp files being written: an interrupt removes them (`removePendingTempFiles`). */
const pendingTempFiles = new Set<string>();

/**
 * Removes every temp file still being written, at once: for the CLI's cleanup registry when a run
 * is interrupted. Each final name keeps what it had; the write under way then fails at its rename.
 */
export function removePendingTempFiles(): void {
  for (const temp of pendingTempFiles) rmSync(temp, { force: true });
}

/**
 * Makes a folder and the missing folders above it, one level at a time. (Node 20's recursive mkdir
 * never settles for a path under /proc: `build --out /proc/x` ran for minutes.)
 */
export const makeFolder = async (dir: string): Promise<void> => {
  const missing: string[] = [];
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (info !== undefined) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${at} is not a folder`), { code: "ENOTDIR" });
      break;
    }
    missing.push(at);
    if (path.dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
};

export interface WriteOptions {
  /**
   * Flush it to disk before the rename (the default). A file that may come out of a crash empty or
   * old, because whoever reads it checks it, can skip that: the rename alone still never shows a
   * partial file to a reader while the system runs.
   */
  readonly durable?: boolean;
}

export const writeOutput = async (
  file: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> => {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await makeFolder(dir);
    pendingTempFiles.add(temp);
    const handle = await open(temp, "w", 0o644);
    try {
      await handle.writeFile(data);
      if (options.durable !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    pendingTempFiles.delete(temp);
  } catch (cause) {
    await rm(temp, { force: true }).catch(() => undefined);
    pendingTempFiles.delete(temp);
    const code = (cause as NodeJS.ErrnoException).code;
    const why =
      code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "ENOSPC"
          ? "the disk is full"
          : code === "EROFS"
            ? "the file system is read-only"
            : code === "ENOTDIR" || code === "EEXIST"
              ? "a file stands where a folder should be"
              : code === "ENOENT"
                ? "no folder can be made there"
                : code === "ELOOP"
                  ? "its path loops through symbolic links"
                  : (cause as Error).message;
    throw new CliError(`Cannot write ${file}: ${why}. Choose another folder with --out DIR.`, ExitCode.output, {
      cause,
    });
  }
};
