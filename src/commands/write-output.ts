/**
 * Writes an output file so that no partial file ever stands under its final
 * name: write a temp file in the same folder, flush it to disk, rename.
 */
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { CliError, ExitCode } from "../errors.js";

/** Temp files being written, removed on interrupt by the CLI. */
export const pendingTempFiles = new Set<string>();

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
    await mkdir(dir, { recursive: true });
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
              : (cause as Error).message;
    throw new CliError(`Cannot write ${file}: ${why}. Choose another folder with --out DIR.`, ExitCode.output, {
      cause,
    });
  }
};
