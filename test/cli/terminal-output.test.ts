/**
 * A terminal that helps: colour (NO_COLOR and FORCE_COLOR honoured), each error's line with a caret
 * under it, the words that differ where words do not match their source, a progress line; and none
 * of it in a pipe. In-process with the run told which streams are terminals, and spawned on a real
 * pseudo-terminal (`script`). The briefs are copies of the invented harbour fixture.
 */
import { execFile, spawnSync } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { TerminalInfo } from "../../src/cli/run-output.js";
import { describeWithBrowser, FIXTURES, ROOT, runCli, tempDirForTest } from "../helpers.js";

const ESC = "\u001b";
/** A colour's escape sequence (a pattern built from a string: the linter keeps control characters out of literals). */
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, "g");
const plain = (text: string): string => text.replace(SGR, "");

const SPLIT = "proposed on Thursday to split dredging costs with the harbour authority";
const SHARE = "proposed on Thursday to share dredging costs with the harbour authority";

/** A copy of the harbour fixture whose first excerpt is not the source's words. */
const mismatched = async (): Promise<string> => {
  const dir = await tempDirForTest("terminal-output");
  await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
  const brief = await readFile(path.join(FIXTURES, "harbour.yaml"), "utf8");
  await writeFile(path.join(dir, "harbour.yaml"), brief.replace(SPLIT, SHARE));
  await writeFile(path.join(dir, "good.yaml"), brief);
  return dir;
};

/** Runs the CLI in-process, its streams terminals as `terminal` says. */
const runOn = (argv: string[], cwd: string, env: NodeJS.ProcessEnv, terminal?: TerminalInfo) =>
  runCli(argv, { cwd, env, ...(terminal === undefined ? {} : { terminal }) });

const TTY = { out: true, err: true, columns: 120 } as const;

/** The error as a terminal shows it, colour aside. */
const EXCERPT = [
  "harbour.yaml:14:18: error: excerpt not found in source b [excerpt-verbatim]",
  `    14 |         excerpt: ${SHARE}`,
  `       |                  ^${"~".repeat(SHARE.length - 1)}`,
];

describe("on a terminal", () => {
  it("shows each error in colour, with its line, a caret over its span, and the words that differ", async () => {
    const dir = await mismatched();
    const { code, err } = await runOn(["check", "harbour.yaml"], dir, {}, TTY);
    expect(code).toBe(1);
    expect(err).toContain(`${ESC}[1m${ESC}[31merror${ESC}[39m${ESC}[22m`);
    expect(err).toContain(`${ESC}[1mharbour.yaml:14:18${ESC}[22m`);
    expect(err).toContain(`${ESC}[31m${ESC}[9mshare`);
    expect(err).toContain(`${ESC}[32m${ESC}[4msplit`);
    expect(plain(err).split("\n")).toEqual([...EXCERPT, `  the brief:  ${SHARE}`, `  the source: ${SPLIT}`, ""]);
  });

  it("with NO_COLOR, the same without colour: the words marked as diff marks them", async () => {
    const dir = await mismatched();
    const { err } = await runOn(["check", "harbour.yaml"], dir, { NO_COLOR: "1" }, TTY);
    expect(err).not.toContain(ESC);
    expect(err.split("\n")).toEqual([
      ...EXCERPT,
      `  the brief:  ${SHARE.replace("share", "[-share-]")}`,
      `  the source: ${SPLIT.replace("split", "{+split+}")}`,
      "",
    ]);
  });

  it("shows a control character of the line escaped, under a caret that counts its width", async () => {
    const dir = await mismatched();
    const brief = await readFile(path.join(dir, "good.yaml"), "utf8");
    await writeFile(path.join(dir, "good.yaml"), brief.replace("desk: Test desk", `desk: Test${ESC}[2K desk`));
    const { code, err } = await runOn(["check", "good.yaml"], dir, { NO_COLOR: "1" }, TTY);
    expect(code).toBe(1);
    expect(err).not.toContain(ESC);
    const lines = err.split("\n");
    const at = lines.findIndex((l) => l.startsWith("     3 | "));
    expect(lines[at]).toBe("     3 | desk: Test\\x1b[2K desk");
    expect(lines[at + 1]?.indexOf("^")).toBe(lines[at]?.indexOf("\\x1b"));
  });

  it("keeps a progress line on stderr, overwritten in place and cleared at the end", async () => {
    const dir = await mismatched();
    const single = await runOn(["build", "good.yaml", "--format", "html"], dir, { NO_COLOR: "1" }, TTY);
    expect(single.code).toBe(0);
    expect(single.err).toContain("\r\u001b[2Kgood.yaml: checking");
    expect(single.err).toContain("\r\u001b[2Kgood.yaml: rendering");
    expect(single.err.endsWith("\r\u001b[2K")).toBe(true);
    expect(single.out).not.toContain("\r");
    const batch = await runOn(["build", "--all", ".", "--format", "html"], dir, { NO_COLOR: "1" }, TTY);
    expect(batch.code).toBe(1);
    expect(batch.err).toContain("\r\u001b[2K[1/2 done] ");
    expect(batch.err.endsWith("\r\u001b[2K")).toBe(true);
  });
  it("shows a file name's control characters escaped in the progress line too", async () => {
    const dir = await mismatched();
    const name = `b${ESC}]0;x\u0007.yaml`;
    await cp(path.join(dir, "good.yaml"), path.join(dir, name));
    const { code, err } = await runOn(["build", name, "--format", "html"], dir, { NO_COLOR: "1" }, TTY);
    expect(code).toBe(0);
    expect(err).toContain("\r\u001b[2Kb\\x1b]0;x\\x07.yaml: checking");
    // The line's own sequences aside, nothing raw reaches the terminal.
    expect(err.replaceAll("\r\u001b[2K", "")).not.toMatch(/(?!\n)\p{Cc}/u);
  });
});

describe("in a pipe", () => {
  it("prints plain lines: no colour, no source lines, no progress", async () => {
    const dir = await mismatched();
    const { err } = await runOn(["check", "harbour.yaml"], dir, {});
    expect(err).toBe(`${EXCERPT[0]}\n  nearest passage in the source: "${SPLIT}"\n`);
    const built = await runOn(["build", "--all", ".", "--format", "html"], dir, {});
    expect(built.out + built.err).not.toContain("\r");
    expect(built.out + built.err).not.toContain(ESC);
  });

  it("with FORCE_COLOR, in colour all the same, but still without the terminal's extras", async () => {
    const dir = await mismatched();
    const { err } = await runOn(["check", "harbour.yaml"], dir, { FORCE_COLOR: "1", NO_COLOR: "1" });
    expect(err).toContain(`${ESC}[31merror`);
    expect(plain(err)).toBe(`${EXCERPT[0]}\n  nearest passage in the source: "${SPLIT}"\n`);
  });
});

/** Whether util-linux's `script` is there to run a command on a pseudo-terminal. */
const hasScript = spawnSync("script", ["-qec", "true", "/dev/null"]).status === 0;

describe.skipIf(!hasScript)("the executable on a pseudo-terminal (script)", () => {
  const bin = path.join(ROOT, "dist", "factsheet.mjs");
  const run = promisify(execFile);
  const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;
  const env = { ...process.env, NO_COLOR: "", FORCE_COLOR: "", TERM: "xterm" };

  it("colours and shows the line on a terminal; the same command piped does not", async () => {
    const dir = await mismatched();
    const command = [process.execPath, bin, "check", "harbour.yaml"].map(quote).join(" ");
    const onTerminal = await run("script", ["-qec", command, "/dev/null"], { cwd: dir, env }).catch(
      (e: { stdout: string }) => e,
    );
    const shown = onTerminal.stdout.replaceAll("\r\n", "\n");
    expect(shown).toContain(`${ESC}[31merror`);
    expect(plain(shown)).toContain(EXCERPT.join("\n"));
    const piped = await run(process.execPath, [bin, "check", "harbour.yaml"], { cwd: dir, env }).catch(
      (e: { stdout: string; stderr: string }) => e,
    );
    expect(piped.stderr).toBe(`${EXCERPT[0]}\n  nearest passage in the source: "${SPLIT}"\n`);
  });
});

describeWithBrowser("progress of a PDF build on a terminal", (browser) => {
  it("says the PDF is being printed, then clears the line", async () => {
    const dir = await mismatched();
    const { code, err } = await runOn(
      ["build", "good.yaml", "--format", "pdf", "--browser", browser.path],
      dir,
      { NO_COLOR: "1" },
      TTY,
    );
    expect(code).toBe(0);
    expect(err).toContain("\r\u001b[2Kgood.yaml: printing the PDF");
    expect(err.endsWith("\r\u001b[2K")).toBe(true);
  });
});
