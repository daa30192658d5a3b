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
// are huge, and compiling them took 40-50 ms of a 450 ms `check` that matches a few dozen short date
// wordings (the interpreter matches each in well under a millisecond). Patterns used a hundred times
// are still compiled, as in `extract`.
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
