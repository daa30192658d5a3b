/**
 * One owner of shutdown: the CLI hears SIGINT and SIGTERM. `watch` is asked
 * to stop and closes what it opened (exit 0, "stopped"); a build is
 * interrupted (exit 130 or 143), its temp files removed and its browsers
 * killed. Spawned as users run it, and in-process with a signal emitter.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createConnection } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CleanupRegistry } from "../src/cleanup-registry.js";
import { run, type SignalSource } from "../src/cli.js";
import { ExitCode } from "../src/errors.js";
import { liveBrowserPids } from "../src/print/launch-browser.js";
import { browserRequiredBy, planBrowserTests, ROOT, searchBrowser } from "./helpers.js";

const BIN = path.join(ROOT, "dist", "factsheet.mjs");
/** The tests that print need a browser: run, skip (saying why) or, under CI without one, fail. */
const browserPlan = planBrowserTests(searchBrowser(), browserRequiredBy(process.env));
const itWithBrowser = (name: string, body: () => Promise<void>, timeout?: number) =>
  browserPlan.action === "run"
    ? it(name, body, timeout)
    : browserPlan.action === "fail"
      ? it(name, () => {
          throw new Error(browserPlan.reason);
        })
      : it.skip(`${name} (${browserPlan.reason})`, body);

/** Live Chromium processes whose command line mentions `marker` (their profile is in a folder of the test's). */
const browsersWith = (marker: string): string[] =>
  execFileSync("ps", ["-eo", "pid=,stat=,args="], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes(marker) && /chrom/i.test(line) && !/\sZ/.test(line.slice(0, 12)));

/** Whether a process is running (a zombie, killed and not yet reaped, is not). */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return !/^\s*Z/.test(execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }));
  } catch {
    return false;
  }
};

/** Whether something accepts connections on the port. */
const listening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

const until = async (done: () => boolean, what: string, ms = 30_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

interface Spawned {
  readonly child: ChildProcess;
  readonly output: { stdout: string; stderr: string };
  readonly exited: Promise<number | null>;
}

/** The executable as users run it, with its browsers' profiles (Puppeteer's TMPDIR) in `tmp`. */
const spawnCli = (args: readonly string[], tmp: string): Spawned => {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, TMPDIR: tmp },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = { stdout: "", stderr: "" };
  child.stdout?.on("data", (chunk: Buffer) => {
    output.stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output.stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output, exited };
};

/** The port of the watch's "open http://127.0.0.1:PORT/" line, once it is printed. */
const servedPort = async ({ output }: Spawned): Promise<number> => {
  await until(() => /open http:\/\/127\.0\.0\.1:\d+\//.test(output.stdout), `the watch to serve:\n${output.stderr}`);
  return Number(/open http:\/\/127\.0\.0\.1:(\d+)\//.exec(output.stdout)?.[1]);
};

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "factsheet-shutdown-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("the factsheet executable on a signal", () => {
  const running: ChildProcess[] = [];
  afterAll(() => {
    // A test that failed half-way leaves nothing running.
    for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
  });

  itWithBrowser("watch --pdf stops on Ctrl-C: exit 0, says stopped, no browser left, the port closed", async () => {
    const dir = await mkdtemp(path.join(tmp, "watch-int-"));
    const watch = spawnCli(
      ["watch", "test/fixtures/harbour.yaml", "--port", "0", "--pdf", "--out", path.join(dir, "out")],
      dir,
    );
    running.push(watch.child);
    const port = await servedPort(watch);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    expect(browsersWith(dir).length).toBeGreaterThan(0);
    watch.child.kill("SIGINT");
    expect(await watch.exited).toBe(0);
    expect(watch.output.stdout).toMatch(/^stopped$/m);
    expect(watch.output.stdout + watch.output.stderr).not.toMatch(/interrupted/);
    expect(await listening(port)).toBe(false);
    expect(browsersWith(dir)).toEqual([]);
    // The browser's profile went with it; the PDF it kept current stays.
    expect(await readdir(dir)).toEqual(["out"]);
    expect(await readdir(path.join(dir, "out"))).toContain("harbour.pdf");
  });

  it("watch stops on SIGTERM too: exit 0, says stopped, the port closed", async () => {
    const dir = await mkdtemp(path.join(tmp, "watch-term-"));
    const watch = spawnCli(["watch", "test/fixtures/harbour.yaml", "--port", "0", "--out", path.join(dir, "out")], dir);
    running.push(watch.child);
    const port = await servedPort(watch);
    watch.child.kill("SIGTERM");
    expect(await watch.exited).toBe(0);
    expect(watch.output.stdout).toMatch(/^stopped$/m);
    expect(watch.output.stderr).not.toMatch(/interrupted/);
    expect(await listening(port)).toBe(false);
  });

  itWithBrowser("a build interrupted by Ctrl-C exits 130: no PDF, no temp file, no browser left", async () => {
    const dir = await mkdtemp(path.join(tmp, "build-int-"));
    const out = path.join(dir, "out");
    const build = spawnCli(["build", "data/qatar-mediation.yaml", "--format", "pdf", "--force", "--out", out], dir);
    running.push(build.child);
    // Interrupt while the browser of this run is up and printing.
    await until(() => browsersWith(dir).length > 0, "the browser to start");
    await new Promise((r) => setTimeout(r, 600));
    build.child.kill("SIGINT");
    expect(await build.exited).toBe(ExitCode.interrupted);
    expect(build.output.stderr).toMatch(/^factsheet: interrupted \(SIGINT\); nothing was left half-written\.$/m);
    expect(build.output.stdout).not.toMatch(/wrote .*\.pdf/);
    const left = await readdir(out).catch(() => [] as string[]);
    expect(left.filter((f) => f.endsWith(".pdf") || f.endsWith(".tmp"))).toEqual([]);
    await new Promise((r) => setTimeout(r, 500));
    expect(browsersWith(dir)).toEqual([]);
  });

  it("bin imports nothing but the CLI and Node's own modules", async () => {
    const source = await readFile(path.join(ROOT, "src", "bin.ts"), "utf8");
    const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const name of imports) expect(name === "./cli.js" || name?.startsWith("node:")).toBe(true);
  });
});

describe("run in-process, with a signal emitter", () => {
  /** An emitter that stands for `process` and its signals. */
  const signals = () => new EventEmitter() as EventEmitter & SignalSource;

  it("stops watch on its first signal, and interrupts it on a second: exit 130, the port closed", async () => {
    const dir = await mkdtemp(path.join(tmp, "watch-twice-"));
    const emitter = signals();
    let out = "";
    let err = "";
    const ended = run(["watch", "test/fixtures/harbour.yaml", "--port", "0", "--out", path.join(dir, "out")], {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
      cwd: ROOT,
      env: {},
      signals: emitter,
    });
    await until(() => /open http:\/\/127\.0\.0\.1:\d+\//.test(out), "the watch to serve");
    const port = Number(/open http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)?.[1]);
    emitter.emit("SIGINT", "SIGINT");
    emitter.emit("SIGINT", "SIGINT");
    expect(await ended).toBe(ExitCode.interrupted);
    expect(err).toMatch(/interrupted \(SIGINT\)/);
    expect(out).not.toMatch(/stopped/);
    expect(await listening(port)).toBe(false);
    // The run no longer listens: a later signal reaches nobody.
    expect(emitter.listenerCount("SIGINT")).toBe(0);
    expect(emitter.listenerCount("SIGTERM")).toBe(0);
  });

  itWithBrowser("an interrupted build kills its browser at once, through the run's cleanups: exit 130", async () => {
    const dir = await mkdtemp(path.join(tmp, "build-in-process-"));
    const emitter = signals();
    const before = new Set(liveBrowserPids);
    const ended = run(["build", "data/qatar-mediation.yaml", "--format", "pdf", "--force", "--out", dir], {
      out: () => undefined,
      err: () => undefined,
      cwd: ROOT,
      signals: emitter,
    });
    await until(() => [...liveBrowserPids].some((pid) => !before.has(pid)), "the browser to start");
    const pids = [...liveBrowserPids].filter((pid) => !before.has(pid));
    emitter.emit("SIGINT", "SIGINT");
    expect(await ended).toBe(ExitCode.interrupted);
    // No process exit here to end it, and no waiting for the print to end: the run's cleanup killed it.
    await until(() => pids.every((pid) => !alive(pid)), "the browser to be gone", 250);
  });

  it("ends a command interrupted by SIGTERM at once with 143, and prints nothing of it after", async () => {
    const emitter = signals();
    let out = "";
    let err = "";
    const ended = run(["check", "data/qatar-mediation.yaml"], {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
      cwd: ROOT,
      signals: emitter,
    });
    emitter.emit("SIGTERM", "SIGTERM");
    expect(await ended).toBe(ExitCode.terminated);
    expect(err).toBe("factsheet: interrupted (SIGTERM); nothing was left half-written.\n");
    // The check goes on in the background; what it would print is dropped.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(out).toBe("");
  });
});

describe("CleanupRegistry", () => {
  it("runs every cleanup once, the newest first, though one throws", () => {
    const ran: string[] = [];
    const registry = new CleanupRegistry();
    registry.add(() => ran.push("first"));
    registry.add(() => {
      throw new Error("failing cleanup");
    });
    registry.add(() => ran.push("last"));
    registry.run();
    registry.run();
    expect(ran).toEqual(["last", "first"]);
  });

  it("forgets a cleanup taken back, and runs one added after it ran at once", () => {
    const ran: string[] = [];
    const registry = new CleanupRegistry();
    const takeBack = registry.add(() => ran.push("released the ordinary way"));
    takeBack();
    registry.run();
    expect(ran).toEqual([]);
    registry.add(() => ran.push("late"));
    expect(ran).toEqual(["late"]);
  });
});
