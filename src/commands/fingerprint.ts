/**
 * A short fingerprint of everything a brief is made from: the fact base, its
 * catalogue and source texts, the templates and styles, the factsheet
 * version and the build options. Two printouts with the same fingerprint
 * came from the same inputs.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

export const fingerprint = async (files: readonly string[], extra: readonly string[]): Promise<string> => {
  const hash = createHash("sha256");
  for (const part of extra) hash.update(`${part}\0`);
  // Contents only, in a fixed order: where the files sit on disk does not matter.
  const contents = await Promise.all(files.map((file) => readFile(file).catch(() => Buffer.alloc(0))));
  for (const content of contents) {
    hash.update(createHash("sha256").update(content).digest());
  }
  return hash.digest("hex").slice(0, 12);
};
