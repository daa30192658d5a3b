/**
 * A browser that cannot start (a wrapper script that exits 127, /bin/true, a folder): the CLI says
 * so in one sentence and exits 6 at once; a batch writes every brief's HTML and the index first,
 * and says it once. Run as users run it (the built executable), so the time to exit is measured.
 * The fake browsers are invented here; the briefs are copies of the harbour fixture.
 */
import { spawn } from "node:child_process";
import { chmod, cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../../src/errors.js";
import { FIXTURES, ROOT, tempDirForTest } from "../helpers.js";

const BIN = path.join(ROOT, "dist", "factsheet.mjs");

/** Well under the minute the browser's protocol timeout once held the process for. */
const QUICK_MS = 15_000;

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** The built CLI, with its browsers' profiles (TMPDIR) in `tmp`; killed if it runs past a minute and a half. */
const runBin = (args: readonly string[], cwd: string, tmp: string, browser: string): Promise<Ran> =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, TMPDIR: tmp, FACTSHEET_BROWSER: browser, PUPPETEER_EXECUTABLE_PATH: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const guard = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });

/** A project with three briefs in data/, and the fake browsers, in a folder of the test's own. */
const project = async (name: string) => {
  const dir = await tempDirForTest(name);
  const data = path.join(dir, "data");
  await mkdir(data);
  await cp(path.join(FIXTURES, "harbour"), path.join(data, "harbour"), { recursive: true });
  const brief = await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8");
  for (const name of ["alpha", "bravo", "charlie"]) await writeFile(path.join(data, `${name}.yaml`), brief);
  const tmp = path.join(dir, "tmp");
  await mkdir(tmp);
  const script = path.join(dir, "chrome-127");
  await writeFile(script, "#!/bin/sh\necho 'error while loading shared libraries: libnss3.so' >&2\nexit 127\n");
  await chmod(script, 0o755);
  const folder = path.join(dir, "chrome-folder");
  await mkdir(folder);
  return { dir, tmp, browsers: { script, true: "/bin/true", folder } };
};

const BROWSERS = ["script", "true", "folder"] as const;

/** The one sentence the CLI ends with, for each fake browser. */
const SENTENCE = {
  script:
    /^factsheet: Could not start the browser at .*chrome-127: error while loading shared libraries: libnss3\.so$/m,
  true: /^factsheet: Could not start the browser at \/bin\/true: it exited before it was ready$/m,
  folder: /^factsheet: Could not start the browser at .*chrome-folder: it is a folder, not a program$/m,
} as const;

describe("a browser that cannot start", () => {
  for (const kind of BROWSERS) {
    it(`one brief, ${kind}: exit 6 at once, one sentence, no profile left`, async () => {
      const { dir, tmp, browsers } = await project(`dead-browser-${kind}`);
      const ran = await runBin(
        ["build", "data/alpha.yaml", "--format", "pdf", "--out", "out"],
        dir,
        tmp,
        browsers[kind],
      );
      expect(ran.code).toBe(ExitCode.render);
      expect(ran.ms).toBeLessThan(QUICK_MS);
      expect(ran.stderr).toMatch(SENTENCE[kind]);
      expect(ran.stderr.trim().split("\n")).toHaveLength(1);
      expect(await readdir(tmp)).toEqual([]);
    }, 60_000);

    it(`build --all --format all, ${kind}: every HTML and the index written, the sentence once, exit 6`, async () => {
      const { dir, tmp, browsers } = await project(`dead-batch-${kind}`);
      const ran = await runBin(["build", "--all", "--format", "all", "--out", "out"], dir, tmp, browsers[kind]);
      expect(ran.code).toBe(ExitCode.render);
      expect(ran.ms).toBeLessThan(QUICK_MS * 2);
      expect((await readdir(path.join(dir, "out"))).filter((f) => !f.startsWith(".")).sort()).toEqual([
        "alpha.html",
        "bravo.html",
        "charlie.html",
        "index.html",
      ]);
      expect(ran.stdout).toContain("wrote out/index.html (3 of 3 briefs)");
      // The index links the HTML it has, and no PDF.
      const index = await readFile(path.join(dir, "out", "index.html"), "utf8");
      for (const name of ["alpha", "bravo", "charlie"]) expect(index).toContain(`href="${name}.html"`);
      expect(index).not.toContain(".pdf");
      expect(ran.stderr).toMatch(SENTENCE[kind]);
      expect(ran.stderr.match(/Could not start the browser/g)).toHaveLength(1);
      expect(ran.stderr).not.toMatch(/Protocol error|Target closed/);
      expect(await readdir(tmp)).toEqual([]);
    }, 90_000);
  }

  it("the HTML a batch wrote without its browser is recorded: the next HTML build keeps it", async () => {
    const { dir, tmp, browsers } = await project("dead-then-html");
    await runBin(["build", "--all", "--format", "all", "--out", "out"], dir, tmp, browsers.true);
    // Without a browser at all (HTML only), the HTML written beside the failed PDF is up to date.
    const again = await runBin(["build", "--all", "--format", "html", "--out", "out"], dir, tmp, browsers.true);
    expect(again.code).toBe(0);
    expect(again.stdout.match(/unchanged since last built/g)).toHaveLength(3);
  }, 90_000);
});
