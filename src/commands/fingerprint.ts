/**
 * A short fingerprint of everything a brief is made from: the fact base, its
 * catalogue and source texts, the templates and styles, the factsheet
 * version and the build options. Two printouts with the same fingerprint
 * came from the same inputs.
 *
 * It hashes the texts as they were read and checked, not the files again:
 * a file saved between the check and the fingerprint cannot lend its
 * fingerprint to an output made from the text before.
 */
import { createHash } from "node:crypto";

export const fingerprint = (contents: readonly string[], extra: readonly string[]): string => {
  const hash = createHash("sha256");
  for (const part of extra) hash.update(`${part}\0`);
  // Contents only, in a fixed order: where the files sit on disk does not matter.
  for (const content of contents) hash.update(createHash("sha256").update(content).digest());
  return hash.digest("hex").slice(0, 12);
};
