/**
 * The command line: parse arguments, dispatch to a command, print
 * diagnostics, return the exit code. `run` never exits the process and
 * never throws for a problem the user can fix, so tests call it in-process.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
// Commands are imported when they run: `check` never loads the renderer, the watcher or git glue.
import type { Format } from "./commands/build.js";
import type { Reporter } from "./commands/report.js";
import { type Diagnostic, formatDiagnostic } from "./diagnostics/index.js";
import { CliError, ExitCode } from "./errors.js";
import { VERSION } from "./package-info.js";
import type { Paper } from "./print/print-pdf.js";
import { trace } from "./trace.js";

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

const HELP = `factsheet ${VERSION}: check a YAML fact base against its sources and print it as HTML and PDF.

Usage:
  factsheet check [FILE]      Check a brief: schema, ids, quotes, excerpts, figures and dates.
  factsheet build [FILE]      Check, then write the briefing to the output folder.
  factsheet build --all [DIR] Build every brief in DIR (default ./data) with one browser,
                              and write an index page of them all.
  factsheet diff [FILE]       What changed since the previous edition, to review before printing.
  factsheet extract ARTICLE...
                              Draft a fact base from articles: actors, quotes with their speakers,
                              figures, dated events and positions, each with its verbatim excerpt
                              and marked draft. Prints it, or with --into BRIEF adds the articles
                              to the brief's catalogue and appends only what the brief lacks.
                              --published YYYY-MM-DD dates articles the catalogue does not list.
  factsheet watch [FILE]      Serve the briefing on http://127.0.0.1:4173 and rebuild it on every
                              change to the brief, its sources or the templates; the page reloads
                              itself. --port N, --host ADDR (loopback by default), --pdf to keep
                              out/<brief>.pdf current too.

FILE defaults to the only brief (*.yaml) in ./data.

Options for check and build:
  --strict                    Treat warnings (single-source items, stale figures, ...) as errors.
  --include-drafts            Keep items marked draft (also for watch); they print marked "Draft".

Options for build:
  --format html|pdf|all       What to write (default: all).
  --out DIR                   Output folder (default: out).
  --paper a4|letter           PDF paper size (default: a4).
  --browser PATH              Chromium or Chrome to print with (else FACTSHEET_BROWSER,
                              PUPPETEER_EXECUTABLE_PATH, Puppeteer's cache, system paths).
  --force                     Rebuild even when the inputs have not changed.
  --untagged                  Print a PDF without its structure tree (smaller; not accessible).
  --since SNAPSHOT|REV        Compare with this edition: a snapshot file from out/.factsheet/,
                              or a git revision of the brief (also for diff).

Other:
  -h, --help                  Show this help.
  -v, --version               Show the version.

Exit codes: 0 ok, 1 the brief has errors, 2 usage, 3 unreadable input, 4 no browser,
5 output not writable, 6 the browser failed, 130 interrupted (SIGINT), 143 terminated (SIGTERM).`;

const FORMATS: readonly Format[] = ["html", "pdf", "all"];
const PAPERS: readonly Paper[] = ["a4", "letter"];

const usage = (message: string): CliError =>
  new CliError(`${message}\nRun \`factsheet --help\` for usage.`, ExitCode.usage);

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T => {
  if (value === undefined) return fallback;
  const lower = value.toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  throw usage(`${flag} must be one of ${allowed.join(", ")}, not "${value}".`);
};

/** The brief to use when none is named: the only *.yaml in ./data. */
const defaultBrief = (cwd: string): string => {
  let names: string[];
  try {
    names = readdirSync(path.join(cwd, "data")).filter((f) => /\.ya?ml$/i.test(f));
  } catch {
    throw usage("No brief named, and there is no ./data folder: name the brief's YAML file.");
  }
  const [only, ...more] = names;
  if (only === undefined) throw usage("No brief named, and ./data has no .yaml file.");
  if (more.length > 0) throw usage(`No brief named, and ./data has several: ${names.join(", ")}. Name one.`);
  return path.join("data", only);
};

const makeReporter = (io: CliIo): Reporter => ({
  diagnostics(list: readonly Diagnostic[]) {
    for (const d of list) io.err(`${formatDiagnostic(d)}\n`);
  },
  info(line: string) {
    io.out(`${line}\n`);
  },
});

export const run = async (argv: readonly string[], io: CliIo): Promise<number> => {
  trace("cli: started");
  const cwd = io.cwd ?? process.cwd();
  try {
    const { values, positionals } = (() => {
      try {
        return parseArgs({
          args: [...argv],
          allowPositionals: true,
          strict: true,
          options: {
            format: { type: "string" },
            out: { type: "string" },
            paper: { type: "string" },
            browser: { type: "string" },
            strict: { type: "boolean" },
            all: { type: "boolean" },
            force: { type: "boolean" },
            since: { type: "string" },
            port: { type: "string" },
            host: { type: "string" },
            pdf: { type: "boolean" },
            untagged: { type: "boolean" },
            published: { type: "string" },
            into: { type: "string" },
            "include-drafts": { type: "boolean" },
            help: { type: "boolean", short: "h" },
            version: { type: "boolean", short: "v" },
          },
        });
      } catch (cause) {
        throw usage(cause instanceof Error ? cause.message : String(cause));
      }
    })();

    if (values.version) {
      io.out(`${VERSION}\n`);
      return ExitCode.ok;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === "help") {
      io.out(`${HELP}\n`);
      return command === undefined && !values.help ? ExitCode.usage : ExitCode.ok;
    }
    const COMMANDS = ["check", "build", "diff", "watch", "extract"] as const;
    const isCommand = (c: string): c is (typeof COMMANDS)[number] => (COMMANDS as readonly string[]).includes(c);
    if (!isCommand(command)) throw usage(`Unknown command "${command}".`);
    if (command === "extract") {
      for (const flag of [
        "format",
        "paper",
        "browser",
        "force",
        "since",
        "all",
        "strict",
        "untagged",
        "pdf",
        "port",
        "host",
        "out",
      ] as const) {
        if (values[flag] !== undefined) throw usage(`--${flag} is not an option of extract.`);
      }
      const { extract } = await import("./commands/extract.js");
      return await extract(
        { articles: rest, published: values.published, into: values.into, cwd, out: io.out, err: io.err },
        makeReporter(io),
      );
    }
    for (const flag of ["published", "into"] as const) {
      if (values[flag] !== undefined) throw usage(`--${flag} is an option of extract.`);
    }
    if (rest.length > 1) throw usage(`Too many files: ${rest.join(" ")}. Name one brief.`);
    if (values.all && command !== "build") throw usage("--all is an option of build.");
    const file = rest[0] ?? (values.all ? "data" : defaultBrief(cwd));
    const since =
      values.since === undefined || values.all
        ? undefined
        : await (await import("./commands/since.js")).loadSince(values.since, file, cwd);
    const reporter = makeReporter(io);

    switch (command) {
      case "check": {
        for (const flag of ["format", "out", "paper", "browser", "force", "since"] as const) {
          if (values[flag] !== undefined) throw usage(`--${flag} is an option of build, not check.`);
        }
        const { check } = await import("./commands/check.js");
        trace("check: modules loaded");
        return await check(
          { file, cwd, strict: values.strict ?? false, includeDrafts: values["include-drafts"] ?? false },
          reporter,
        );
      }
      case "build": {
        const options = {
          file,
          cwd,
          format: oneOf(values.format, FORMATS, "--format", "all"),
          outDir: values.out ?? "out",
          paper: oneOf(values.paper, PAPERS, "--paper", "a4"),
          browser: values.browser,
          strict: values.strict ?? false,
          includeDrafts: values["include-drafts"] ?? false,
          all: values.all ?? false,
          force: values.force ?? false,
          untagged: values.untagged ?? false,
          since,
          env: io.env ?? process.env,
        };
        // A PDF's browser starts before anything else loads: it boots while the brief is read, checked and rendered.
        const session =
          options.format === "html"
            ? undefined
            : (await import("./print/browser-session.js")).startBrowserSession(options.browser, options.env);
        try {
          const { build } = await import("./commands/build.js");
          trace("build: modules loaded");
          return await build({ ...options, session }, reporter);
        } finally {
          await session?.close();
        }
      }
      case "diff": {
        const { diff } = await import("./commands/diff.js");
        return await diff({ file, cwd, outDir: values.out ?? "out", since }, reporter);
      }
      case "watch": {
        const port = Number(values.port ?? "4173");
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw usage(`--port must be a port number, not "${values.port}".`);
        const { watch } = await import("./commands/watch.js");
        return await watch(
          {
            file,
            cwd,
            host: values.host ?? "127.0.0.1",
            port,
            pdf: values.pdf ?? false,
            outDir: values.out ?? "out",
            paper: oneOf(values.paper, PAPERS, "--paper", "a4"),
            browser: values.browser,
            includeDrafts: values["include-drafts"] ?? false,
            env: io.env ?? process.env,
          },
          reporter,
        );
      }
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`factsheet: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug in factsheet, not a mistake in the data: say so plainly, with the stack for the report.
    io.err(
      `factsheet: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 70;
  }
};
