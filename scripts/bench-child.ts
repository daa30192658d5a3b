/**
 * Runs the factsheet executable (the bundle package.json's `bin` names), then
 * reports the process's peak memory on stderr as `maxrss-kb N`: the
 * benchmark's way of measuring memory without any tool outside Node.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PACKAGE_ROOT } from "../src/package-info.js";

const bin = path.join(PACKAGE_ROOT, "dist", "factsheet.mjs");
process.on("exit", () => {
  process.stderr.write(`maxrss-kb ${process.resourceUsage().maxRSS}\n`);
});
// The executable reads its arguments from process.argv, as if started directly.
process.argv = [process.argv[0] ?? process.execPath, bin, ...process.argv.slice(2)];
await import(pathToFileURL(bin).href);
