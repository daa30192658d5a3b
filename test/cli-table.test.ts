/**
 * The command table: each command takes its own options and no other, with
 * a message that says what to do (the command that takes a misplaced option,
 * the option or command a typo meant, the values an option accepts), and has
 * its own help. The last tests are generated from the table, so they follow
 * it when a command or an option is added.
 */
import { describe, expect, it } from "vitest";
import { COMMAND_TABLE, GLOBAL_OPTIONS } from "../src/cli/command-table.js";
import { formatCommandHelp } from "../src/cli/format-help.js";
import { parseCommandLine } from "../src/cli/parse-command-line.js";
import { ExitCode } from "../src/errors.js";
import { runCli } from "./helpers.js";

describe("options given to a command that does not take them", () => {
  it.each([
    [["check", "--untagged"], "--untagged is not an option of check; it is an option of build."],
    [["check", "--port", "80"], "--port is not an option of check; it is an option of review or watch."],
    [["diff", "--paper", "a3"], "--paper is not an option of diff; it is an option of build, watch or config."],
  ])("%j is refused, exit 2, naming the command that takes it", async (argv, message) => {
    const { code, out, err } = await runCli([...argv, "test/fixtures/harbour.yaml"]);
    expect(code).toBe(ExitCode.usage);
    expect(out).toBe("");
    expect(err).toBe(`factsheet: ${message}\nRun \`factsheet ${argv[0]} --help\` for usage.\n`);
  });

  it("an option no command takes is refused with the command's name", async () => {
    const { code, err } = await runCli(["check", "--nope"]);
    expect(code).toBe(ExitCode.usage);
    expect(err).toMatch(/^factsheet: --nope is not an option of check\.$/m);
  });
});

describe("mistakes that get a suggestion", () => {
  it("a near miss of an option: did you mean", async () => {
    const { code, err } = await runCli(["build", "--fromat", "html", "test/fixtures/harbour.yaml"]);
    expect(code).toBe(ExitCode.usage);
    expect(err).toMatch(/^factsheet: --fromat: did you mean --format\?$/m);
  });

  it("a near miss of another command's option names that command", async () => {
    const { err } = await runCli(["check", "--untaged"]);
    expect(err).toMatch(
      /^factsheet: --untaged is not an option of check; did you mean --untagged, an option of build\?$/m,
    );
  });

  it("a near miss of a command: did you mean; anything else lists the commands", async () => {
    const near = await runCli(["chek", "test/fixtures/harbour.yaml"]);
    expect(near.code).toBe(ExitCode.usage);
    expect(near.err).toMatch(/^factsheet: Unknown command "chek"\. Did you mean check\?$/m);
    const far = await runCli(["frobnicate"]);
    expect(far.code).toBe(ExitCode.usage);
    expect(far.err).toMatch(
      /^factsheet: Unknown command "frobnicate"\. The commands are init, check, build, diff, extract, review, watch, config, help and version\.$/m,
    );
    expect((await runCli(["help", "biuld"])).err).toMatch(/Did you mean build\?/);
  });

  it("a bad value lists the values the option accepts", async () => {
    const paper = await runCli(["build", "--paper", "a3", "test/fixtures/harbour.yaml"]);
    expect(paper.code).toBe(ExitCode.usage);
    expect(paper.err).toMatch(/^factsheet: --paper a3: a4 or letter\.$/m);
    expect((await runCli(["build", "--format=docx"])).err).toMatch(/^factsheet: --format docx: html, pdf or all\.$/m);
    const port = await runCli(["watch", "--port", "99999", "test/fixtures/harbour.yaml"]);
    expect(port.code).toBe(ExitCode.usage);
    expect(port.err).toMatch(/^factsheet: --port 99999: a port number from 0 to 65535\.$/m);
  });

  it("a value missing, or given to a flag, is said so", async () => {
    expect((await runCli(["build", "--out"])).err).toMatch(/^factsheet: --out needs a value: --out DIR\.$/m);
    expect((await runCli(["check", "--strict=yes"])).err).toMatch(/^factsheet: --strict takes no value\.$/m);
  });

  it("never echoes a control character from the command line", async () => {
    const option = await runCli(["check", "--\u001b[2Jx"]);
    expect(option.code).toBe(ExitCode.usage);
    expect(option.err).not.toContain("\u001b");
    expect(option.err).toContain("--\\x1b[2Jx is not an option of check.");
    const command = await runCli(["che\nck\u202e"]);
    expect(command.err).toContain('Unknown command "che\\nck\\u202e"');
    const value = await runCli(["build", "--paper", "a3\u0007"]);
    expect(value.err).toContain("--paper a3\\x07: a4 or letter.");
    const files = await runCli(["diff", "a\u001b[1m", "b"]);
    expect(files.err).toContain("Too many files: a\\x1b[1m b. Name one brief.");
  });
});

describe("help", () => {
  it("factsheet COMMAND --help prints that command's options, exit 0", async () => {
    const { code, out, err } = await runCli(["build", "--help"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toMatch(/^Usage: factsheet build \[FILE\.\.\.\]\n/);
    expect(out).toMatch(/^ {2}--paper a4\|letter {2,}PDF paper size \(default: a4\)\.$/m);
    expect(out).not.toContain("--port");
    // Asking for help wins over a mistake made next to it.
    expect((await runCli(["build", "--fromat", "--help"])).out).toBe(out);
    expect((await runCli(["help", "build"])).out).toBe(out);
  });

  it("a command's help ends with examples to copy; init and config have their own", async () => {
    const init = await runCli(["help", "init"]);
    expect(init.code).toBe(0);
    expect(init.out).toMatch(/^Usage: factsheet init NAME\n {7}factsheet init NAME --from ARTICLE@DATE\.\.\.\n/);
    expect(init.out).toMatch(/\nExamples:\n {2}factsheet init gaza-talks\n {6}Write data\/gaza-talks\.yaml/);
    expect((await runCli(["config", "--help"])).out).toMatch(/^Usage: factsheet config\n/);
    expect((await runCli(["build", "--help"])).out).toMatch(/\nExamples:\n {2}factsheet build /);
  });

  it("an option that takes several values keeps each, in order", () => {
    const line = parseCommandLine(["init", "x", "--from", "a.txt@2024-01-01", "--from=b.txt@2024-01-02"]);
    expect(line.kind === "run" ? line.values.from : undefined).toEqual(["a.txt@2024-01-01", "b.txt@2024-01-02"]);
  });

  it("watch's help says how it stops and what it exits with", async () => {
    const { out } = await runCli(["watch", "-h"]);
    expect(out).toMatch(/Ctrl-C \(SIGINT\) or SIGTERM stops it: .* exits 0\./s);
  });

  it("keeps the general help and the version as they were", async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(ExitCode.usage);
    expect(bare.out).toMatch(/^factsheet \d+\.\d+\.\d+: check a YAML fact base/);
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toBe(bare.out);
    expect((await runCli(["help"])).out).toBe(bare.out);
    const version = await runCli(["-v"]);
    expect(version.out).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await runCli(["--version"])).out).toBe(version.out);
    expect((await runCli(["version"])).out).toBe(version.out);
    // Options may stand before the command.
    const { code, out } = await runCli(["--include-drafts", "check", "test/fixtures/harbour.yaml"]);
    expect(code).toBe(0);
    expect(out).toMatch(/harbour\.yaml: ok/);
  });
});

describe("generated from the command table", () => {
  /** A value each option accepts. */
  const sample = (spec: (typeof COMMAND_TABLE)[number]["options"][string]): string | undefined =>
    spec.type === "boolean" ? undefined : (spec.choices?.[0] ?? spec.example);

  const each = COMMAND_TABLE.flatMap((command) =>
    Object.entries(command.options).map(([name, spec]) => [command.name, name, spec] as const),
  );

  it.each(each)("%s takes --%s", (command, name, spec) => {
    const value = sample(spec);
    if (spec.type === "string") expect(value, `--${name} of ${command} needs an example value`).toBeDefined();
    const line = parseCommandLine([command, `--${name}`, ...(value === undefined ? [] : [value])]);
    expect(line.kind).toBe("run");
    if (line.kind === "run")
      expect(line.values[name]).toEqual(spec.type === "string" && spec.multiple ? [value] : (value ?? true));
  });

  const misplaced = COMMAND_TABLE.flatMap((command) =>
    [...new Set(COMMAND_TABLE.flatMap((other) => Object.keys(other.options)))]
      .filter((name) => !Object.hasOwn(command.options, name))
      .map((name) => [command.name, name] as const),
  );

  it.each(misplaced)("%s refuses --%s, naming the commands that take it", (command, name) => {
    expect(() => parseCommandLine([command, `--${name}`, "x"])).toThrow(
      new RegExp(`^--${name} is not an option of ${command}; it is an option of `),
    );
  });

  it.each(COMMAND_TABLE.map((c) => [c.name, c] as const))("%s --help lists each of its options", (_name, command) => {
    const help = formatCommandHelp(command);
    for (const name of [...Object.keys(command.options), "help"])
      expect(help).toMatch(new RegExp(`^ {2}.*--${name}\\b`, "m"));
  });

  it("the general help names every command and every option", async () => {
    const { out } = await runCli(["--help"]);
    for (const command of COMMAND_TABLE) {
      expect(out).toContain(`factsheet ${command.name}`);
      for (const name of Object.keys(command.options)) expect(out).toContain(`--${name}`);
    }
    for (const name of Object.keys(GLOBAL_OPTIONS)) expect(out).toContain(`--${name}`);
  });
});

describe("every command's own help", () => {
  it.each(COMMAND_TABLE.map((c) => c.name))("%s --help ends with examples of it", async (name) => {
    const spec = COMMAND_TABLE.find((c) => c.name === name);
    expect(spec?.examples?.length ?? 0).toBeGreaterThan(0);
    const { code, out } = await runCli([name, "--help"]);
    expect(code).toBe(ExitCode.ok);
    expect(out).toMatch(new RegExp(`^Usage: factsheet ${name}\\b`));
    expect(out).toMatch(new RegExp(`Examples:\\n  factsheet ${name}\\b`));
  });
});
