/**
 * What the last build of a brief left in its output folder, kept beside its
 * snapshots (`out/.factsheet/<brief>/manifest.json`): the contents' page
 * numbers its PDF was printed with (per paper size, tried first by the next
 * print), and for each output the fingerprint of the inputs it was made from,
 * with its size and a hash of its bytes.
 *
 * "Unchanged since last built" is read here, never from the outputs: an
 * output is up to date when the manifest gives it the current fingerprint and
 * the file is still the one written (same size, same SHA-256). A manifest that
 * is missing, unreadable or malformed is no manifest: everything is rebuilt.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentsPages } from "../print/print-brief.js";
import type { Paper } from "../print/print-pdf.js";
import { writeOutput } from "./write-output.js";

/** The outputs a build writes. */
export type OutputKind = "html" | "pdf";

/** One output as it was written. */
export interface OutputRecord {
  /** The inputs' fingerprint it was made from. */
  readonly fingerprint: string;
  readonly size: number;
  /** SHA-256 of its bytes, hex. */
  readonly sha256: string;
}

export interface BuildManifest {
  readonly pages: Readonly<Partial<Record<Paper, ContentsPages>>>;
  readonly outputs: Readonly<Partial<Record<OutputKind, OutputRecord>>>;
}

export const EMPTY_MANIFEST: BuildManifest = { pages: {}, outputs: {} };

/** The version of the manifest's shape; a manifest of another version is no manifest. */
const VERSION = 1;

export const manifestFile = (snapshotDir: string): string => path.join(snapshotDir, "manifest.json");

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** A page number as the contents print it: digits, or empty for a section whose page is not known. */
const isPage = (value: unknown): value is string => typeof value === "string" && /^\d{0,5}$/.test(value);

/** The manifest in a file's text, or `undefined` for anything that is not one, whole. */
export function parseManifest(text: string): BuildManifest | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data.version !== VERSION || !isRecord(data.pages) || !isRecord(data.outputs)) return undefined;
  const pages: Partial<Record<Paper, ContentsPages>> = {};
  for (const [paper, byAnchor] of Object.entries(data.pages)) {
    if ((paper !== "a4" && paper !== "letter") || !isRecord(byAnchor)) return undefined;
    if (!Object.values(byAnchor).every(isPage)) return undefined;
    pages[paper] = byAnchor as ContentsPages;
  }
  const outputs: Partial<Record<OutputKind, OutputRecord>> = {};
  for (const [kind, record] of Object.entries(data.outputs)) {
    if ((kind !== "html" && kind !== "pdf") || !isRecord(record)) return undefined;
    const { fingerprint, size, sha256 } = record;
    if (typeof fingerprint !== "string" || !/^[0-9a-f]{1,64}$/.test(fingerprint)) return undefined;
    if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) return undefined;
    if (typeof sha256 !== "string" || !/^[0-9a-f]{64}$/.test(sha256)) return undefined;
    outputs[kind] = { fingerprint, size, sha256 };
  }
  return { pages, outputs };
}

/** The manifest of the last build, or an empty one when there is none to trust. */
export async function readManifest(file: string): Promise<BuildManifest> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  return (text === undefined ? undefined : parseManifest(text)) ?? EMPTY_MANIFEST;
}

/**
 * Written whole or not at all, like the outputs, but not flushed to disk first (that cost a warm
 * rebuild a fifth of its time): a manifest that a crash leaves empty, torn or old is no manifest, or
 * one whose hashes the outputs do not match, and either way the outputs are built again.
 */
export async function writeManifest(file: string, manifest: BuildManifest): Promise<void> {
  await writeOutput(file, `${JSON.stringify({ version: VERSION, ...manifest }, null, 1)}\n`, { durable: false });
}

/** What the manifest records of an output just written. */
export function recordOutput(data: string | Uint8Array, fingerprint: string): OutputRecord {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  return { fingerprint, size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/**
 * Whether an output is still the one the manifest records, made from inputs with this fingerprint:
 * a file missing, of another size or with other bytes (changed or replaced since) is not.
 */
export async function isUpToDate(
  file: string,
  record: OutputRecord | undefined,
  fingerprint: string,
): Promise<boolean> {
  if (record === undefined || record.fingerprint !== fingerprint) return false;
  const bytes = await readFile(file).catch(() => undefined);
  if (bytes === undefined || bytes.byteLength !== record.size) return false;
  return createHash("sha256").update(bytes).digest("hex") === record.sha256;
}
