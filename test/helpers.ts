import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURES = path.join(ROOT, "test", "fixtures");

/** Runs the CLI in-process and collects what it prints. */
export const runCli = async (
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; out: string; err: string }> => {
  const { run } = await import("../src/cli.js");
  let out = "";
  let err = "";
  const code = await run(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
  });
  return { code, out, err };
};
