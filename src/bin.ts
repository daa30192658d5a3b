#!/usr/bin/env node
/**
 * The `factsheet` executable: runs the CLI, forwards SIGINT and SIGTERM to it,
 * and sets the exit code. What a signal does (stop watch, interrupt a build
 * and clean up after it) is the CLI's to decide.
 */
import v8 from "node:v8";
import { run } from "./cli.js";

// V8 compiles a regular expression to machine code after its first match. chrono-node's patterns
// are huge, and `extract` runs them over whole articles: left in V8's regexp interpreter until used a
// hundred times, only the ones used that often are compiled (extract of the five Qatar articles:
// 0.95 s against 1.06 s). `check`, which matches them on a few dozen short wordings, turns V8's
// regexp optimizer off while it does (resolve-relative-date); this flag no longer changes its time.
v8.setFlagsFromString("--regexp-tier-up-ticks=100");

// A reader that stops early (`| head`) is no error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  signals: process,
  terminal: { out: process.stdout.isTTY, err: process.stderr.isTTY, columns: process.stderr.columns },
});
// Above 128 the run was interrupted by a signal (130 SIGINT, 143 SIGTERM): it has cleaned up and
// abandoned the command's remaining work, which ends here with the process.
if (code > 128) process.exit(code);
process.exitCode = code;
