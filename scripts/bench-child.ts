/**
 * Runs the factsheet CLI like bin.js does, then reports the process's peak
 * memory on stderr as `maxrss-kb N`: the benchmark's way of measuring memory
 * without any tool outside Node.
 */
import { run } from "../src/cli.js";

const code = await run(process.argv.slice(2), {
  out: () => undefined,
  err: (text) => {
    if (/error/.test(text)) process.stderr.write(text);
  },
});
process.stderr.write(`maxrss-kb ${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
