#!/usr/bin/env node
/**
 * The `factsheet` executable: runs the CLI, removes temp files and kills
 * browsers on SIGINT/SIGTERM, and sets the exit code.
 */
import { rmSync } from "node:fs";
import v8 from "node:v8";
import { run } from "./cli.js";
import { pendingTempFiles } from "./commands/write-output.js";
import { ExitCode } from "./errors.js";
import { killBrowserGroup, liveBrowserPids } from "./print/launch-browser.js";

// V8 compiles a regular expression to machine code after its first match. chrono-node's patterns
// are huge, and `extract` runs them over whole articles: left in V8's regexp interpreter until used a
// hundred times, only the ones used that often are compiled (extract of the five Qatar articles:
// 0.95 s against 1.06 s). `check`, which matches them on a few dozen short wordings, turns V8's
// regexp optimizer off while it does (resolve-relative-date); this flag no longer changes its time.
v8.setFlagsFromString("--regexp-tier-up-ticks=100");

const onSignal = (signal: NodeJS.Signals): void => {
  for (const temp of pendingTempFiles) rmSync(temp, { force: true });
  for (const pid of liveBrowserPids) killBrowserGroup(pid);
  process.stderr.write(`factsheet: interrupted (${signal}); nothing was left half-written.\n`);
  process.exit(signal === "SIGINT" ? ExitCode.interrupted : 128 + 15);
};
// A reader that stops early (`| head`) is no error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
process.once("SIGINT", onSignal);
process.once("SIGTERM", onSignal);

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
