/**
 * What "inside the project" means for the files a brief names and the files factsheet writes:
 * one test, the same for reading (load-fact-base) and for writing (extract), links followed.
 */
import { realpath } from "node:fs/promises";
import path from "node:path";

/** Whether `target` lies inside `folder` (or is it). */
export const isInside = (folder: string, target: string): boolean => {
  const relative = path.relative(folder, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
};

/** A file's real path, links followed; for a file not yet there, its folder's real path and its name. */
export const realOrParent = async (file: string): Promise<string> =>
  realpath(file).catch(async () =>
    path.join(await realOrParent(path.dirname(file)).catch(() => path.dirname(file)), path.basename(file)),
  );

/** The project's folders (the working folder and the brief's own), links followed. */
export const projectRoots = (cwd: string, briefFile: string): Promise<string[]> =>
  Promise.all([cwd, path.dirname(briefFile)].map((root) => realpath(root).catch(() => root)));
