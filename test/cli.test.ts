/**
 * The CLI in-process through `run(argv)`, and once as a spawned process.
 */
import { execFile } from "node:child_process";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../src/errors.js";
import { ROOT, runCli, tempDirForTest, useTempDir } from "./helpers.js";

const tmp = useTempDir("cli");

describe("factsheet check", () => {
  it("prints a one-line summary and exits 0 for a good brief", async () => {
    const { code, out } = await runCli(["check", "test/fixtures/harbour.yaml"]);
    expect(code).toBe(0);
    expect(out).toBe(
      "test/fixtures/harbour.yaml: ok (2 sources, 4 actors, 3 events, 2 positions, 1 figure, 2 quotes); 6 warnings (6 single-source)\n",
    );
  });

  it("prints every problem as file:line:col and exits 1", async () => {
    const { code, out, err } = await runCli(["check", "test/fixtures/errors/several.yaml"]);
    expect(code).toBe(1);
    expect(
      err.split("\n").filter((l) => /^test\/fixtures\/errors\/several\.yaml:\d+:\d+: error: /.test(l)),
    ).toHaveLength(3);
    expect(out).toBe("test/fixtures/errors/several.yaml: 3 errors (2 schema, 1 unknown-source)\n");
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("checks the only brief in ./data when none is named", async () => {
    const { code, out } = await runCli(["check"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^data\/qatar-mediation\.yaml: ok \(5 sources, /);
  });

  it("says what is wrong with the command line, exit 2", async () => {
    expect((await runCli(["frobnicate"])).code).toBe(ExitCode.usage);
    const bad = await runCli(["build", "--paper", "a3", "test/fixtures/harbour.yaml"]);
    expect(bad.code).toBe(ExitCode.usage);
    expect(bad.err).toMatch(/--paper a3: a4 or letter/);
    expect((await runCli(["check", "--nope"])).code).toBe(ExitCode.usage);
  });

  it("says a named file cannot be read, exit 3", async () => {
    const { code, err } = await runCli(["check", "data/nope.yaml"]);
    expect(code).toBe(ExitCode.input);
    expect(err).toBe("factsheet: data/nope.yaml: cannot read file: no such file\n");
  });
});

describe("factsheet build", () => {
  it("writes the HTML without needing a browser", async () => {
    const out = path.join(tmp(), "html");
    const { code, err } = await runCli(["build", "test/fixtures/harbour.yaml", "--format", "html", "--out", out], {
      env: { PATH: "/nowhere", FACTSHEET_BROWSER: "" },
    });
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(await readFile(path.join(out, "harbour.html"), "utf8")).toContain("<h1>The Port Alba dredging dispute</h1>");
  });

  it("refuses to build a brief that fails its check, and writes nothing", async () => {
    const out = path.join(tmp(), "refused");
    const { code, out: stdout } = await runCli([
      "build",
      "test/fixtures/errors/quote-not-found.yaml",
      "--format",
      "html",
      "--out",
      out,
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain("not built: 1 error (1 quote-verbatim)");
    await expect(readFile(path.join(out, "quote-not-found.html"))).rejects.toThrow();
  });

  it("fails with one sentence and exit 4 when the browser for a PDF is missing", async () => {
    const missing = path.join(tmp(), "no-such-chrome");
    const { code, err, out } = await runCli([
      "build",
      "test/fixtures/harbour.yaml",
      "--format",
      "pdf",
      "--browser",
      missing,
    ]);
    expect(code).toBe(ExitCode.noBrowser);
    expect(out).toBe("");
    expect(err).toBe(
      `factsheet: The browser named by --browser (${missing}) does not exist or is not executable: point --browser at a Chromium or Chrome binary.\n`,
    );
  });

  it("says so, exit 5, when the output folder cannot be written", async () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: use a path under a regular file instead.
      const file = path.join(tmp(), "a-file");
      await writeFile(file, "x");
      const { code, err } = await runCli([
        "build",
        "test/fixtures/harbour.yaml",
        "--format",
        "html",
        "--out",
        path.join(file, "out"),
      ]);
      expect(code).toBe(ExitCode.output);
      expect(err).toMatch(/^factsheet: Cannot write .*harbour\.html: a file stands where a folder should be/);
    } else {
      const locked = path.join(tmp(), "locked");
      await mkdir(locked);
      await chmod(locked, 0o500);
      const { code } = await runCli(["build", "test/fixtures/harbour.yaml", "--format", "html", "--out", locked]);
      expect(code).toBe(ExitCode.output);
    }
  });
});

describe("the factsheet executable", () => {
  it("runs as a spawned process with its exit code and output", async () => {
    // The bundle that package.json's `bin` names, as installed users run it.
    const { bin: bins } = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
      bin: Record<string, string>;
    };
    const bin = path.join(ROOT, bins.factsheet ?? "");
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [bin, "check", "test/fixtures/harbour.yaml"], { cwd: ROOT });
    expect(stdout).toMatch(/harbour\.yaml: ok/);
    const failed = await run(process.execPath, [bin, "check", "test/fixtures/errors/bad-date.yaml"], {
      cwd: ROOT,
    }).catch((e: { code: number; stderr: string }) => e);
    expect("code" in failed && failed.code).toBe(1);
    expect("stderr" in failed && failed.stderr).toMatch(/^test\/fixtures\/errors\/bad-date\.yaml:7:11: error: /);
    // A file that is not YAML: the bundle loads the yaml package to word the syntax errors.
    const broken = await run(process.execPath, [bin, "check", "test/fixtures/errors/yaml-syntax.yaml"], {
      cwd: ROOT,
    }).catch((e: { code: number; stderr: string }) => e);
    expect("code" in broken && broken.code).toBe(1);
    expect("stderr" in broken && broken.stderr).toMatch(
      /^test\/fixtures\/errors\/yaml-syntax\.yaml:\d+:\d+: error: .* \[yaml-syntax\]$/m,
    );
    expect("stderr" in broken && broken.stderr).not.toMatch(/internal error/);
    // And a build, through the bundle's own chunks.
    const out = await tempDirForTest("bin");
    const built = await run(
      process.execPath,
      [bin, "build", "test/fixtures/harbour.yaml", "--format", "html", "--out", out],
      {
        cwd: ROOT,
      },
    );
    expect(built.stdout + built.stderr).toMatch(/wrote .*harbour\.html/);
    expect(await readFile(path.join(out, "harbour.html"), "utf8")).toContain("The Port Alba dredging dispute");
  });
});
