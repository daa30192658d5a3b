/**
 * The command table: each command with its forms, its help, the options it
 * takes (with theirs) and what it runs. The parser accepts exactly these
 * options per command, the helps are printed from them, and the tests are
 * generated from them. Commands are imported when they run: `check` never
 * loads the renderer, the watcher or git glue.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Format } from "../commands/build.js";
import { VERSION } from "../package-info.js";
import type { Paper } from "../print/print-pdf.js";
import { trace } from "../trace.js";
import { type BooleanOption, type CommandSpec, defineCommand, type StringOption } from "./command-spec.js";
import { usageError } from "./usage-error.js";

const FORMATS = ["html", "pdf", "all"] as const satisfies readonly Format[];
const PAPERS = ["a4", "letter"] as const satisfies readonly Paper[];

// Options more than one command takes, declared once so that they read alike everywhere.
const strict = {
  type: "boolean",
  help: "Treat warnings (single-source items, stale figures, ...) as errors.",
} as const satisfies BooleanOption;
const includeDrafts = {
  type: "boolean",
  help: 'Keep items marked draft; they print marked "Draft".',
} as const satisfies BooleanOption;
const out = {
  type: "string",
  value: "DIR",
  help: "Output folder (default: out).",
  example: "out",
} as const satisfies StringOption;
const paper = {
  type: "string",
  choices: PAPERS,
  help: "PDF paper size (default: a4).",
} as const satisfies StringOption<Paper>;
const browser = {
  type: "string",
  value: "PATH",
  help: "Chromium or Chrome to print with (else FACTSHEET_BROWSER,\nPUPPETEER_EXECUTABLE_PATH, Puppeteer's cache, system paths).",
  example: "/usr/bin/chromium",
} as const satisfies StringOption;
const since = {
  type: "string",
  value: "SNAPSHOT|REV",
  help: "Compare with this edition: a snapshot file from out/.factsheet/,\nor a git revision of the brief.",
  example: "HEAD",
} as const satisfies StringOption;

const json = {
  type: "boolean",
  help: "Print one JSON document on stdout, and nothing else there\n(version 1; its JSON Schema: schema/report.schema.json).",
} as const satisfies BooleanOption;
const quiet = {
  type: "boolean",
  help: "Print errors only: nothing when all is well.",
} as const satisfies BooleanOption;

const FILE_DEFAULT = "FILE defaults to the only brief (*.yaml) in ./data.";

/** One brief at most. */
const oneBrief = {
  max: 1,
  tooMany: (operands: readonly string[]) => `Too many files: ${operands.join(" ")}. Name one brief.`,
};

/** The brief to use when none is named: the only *.yaml in ./data. */
function defaultBrief(cwd: string): string {
  let names: string[];
  try {
    names = readdirSync(path.join(cwd, "data")).filter((f) => /\.ya?ml$/i.test(f));
  } catch {
    throw usageError("No brief named, and there is no ./data folder: name the brief's YAML file.");
  }
  const [only, ...more] = names;
  if (only === undefined) throw usageError("No brief named, and ./data has no .yaml file.");
  if (more.length > 0) throw usageError(`No brief named, and ./data has several: ${names.join(", ")}. Name one.`);
  return path.join("data", only);
}

/** The edition named by --since, if one is. */
async function loadSinceIfGiven(value: string | undefined, file: string, cwd: string) {
  return value === undefined ? undefined : (await import("../commands/since.js")).loadSince(value, file, cwd);
}

const check = defineCommand({
  name: "check",
  forms: [["check [FILE]", "Check a brief: schema, ids, quotes, excerpts, figures and dates."]],
  description: `Check a brief: its schema, ids and references, and every quote, excerpt, figure and date
against the source texts. Prints every error as file:line:col, each other rule once with its count
and first three places, then a summary that counts every rule's findings; exit 1 on an error.
The levels of the rules come from the brief's checks.rules, then factsheet.config.yaml (found
upward from the working folder). ${FILE_DEFAULT}`,
  options: {
    strict,
    "include-drafts": includeDrafts,
    verbose: {
      type: "boolean",
      help: "List every finding with its hint, and the findings items accept,\nrather than each rule's first three.",
    },
    "max-warnings": {
      type: "string",
      value: "N",
      help: "Fail (exit 1) when there are more than N warnings.",
      accepts: { test: (value) => /^\d{1,9}$/.test(value), expected: "a whole number of warnings, 0 or more" },
      example: "0",
    },

    json,
    quiet,
  },
  operands: oneBrief,
  async run(values, operands, context) {
    const file = operands[0] ?? defaultBrief(context.cwd);
    const { check } = await import("../commands/check.js");
    trace("check: modules loaded");
    const maxWarnings = values["max-warnings"];
    return await check(
      {
        file,
        cwd: context.cwd,
        strict: values.strict ?? false,
        includeDrafts: values["include-drafts"] ?? false,
        verbose: values.verbose ?? false,
        maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
      },
      context.report,
    );
  },
});

const build = defineCommand({
  name: "build",
  forms: [
    ["build [FILE]", "Check, then write the briefing to the output folder."],
    [
      "build --all [DIR]",
      "Build every brief in DIR (default ./data) with one browser,\nand write an index page of them all.",
    ],
  ],
  description: `Check the brief, then write the briefing to the output folder: out/<brief>.html and
out/<brief>.pdf. A brief that fails its check is not written. An output whose inputs have not
changed since it was written is skipped (--force rebuilds it). With --all, build every brief in
DIR (default ./data) in one run with one browser, and write out/index.html listing them all.
${FILE_DEFAULT}`,
  options: {
    format: { type: "string", choices: FORMATS, help: "What to write (default: all)." },
    out,
    paper,
    browser,
    strict,
    "include-drafts": includeDrafts,
    all: { type: "boolean", help: "Build every brief in DIR (default ./data), and an index page." },
    force: { type: "boolean", help: "Rebuild even when the inputs have not changed." },
    untagged: { type: "boolean", help: "Print a PDF without its structure tree (smaller; not accessible)." },
    since,
    verbose: { type: "boolean", help: "List the warnings and notes of each brief built, as check does." },
    json,
    quiet,
  },
  operands: oneBrief,
  async run(values, operands, context) {
    const all = values.all ?? false;
    // One edition to compare with is one brief's: a batch compares each brief with its own previous edition.
    if (all && values.since !== undefined)
      throw usageError(
        "--since names an edition of one brief, so it cannot be used with --all (each brief of a batch is compared with its own previous edition): build that brief alone with --since.",
        "build",
      );
    const file = operands[0] ?? (all ? "data" : defaultBrief(context.cwd));
    const options = {
      file,
      cwd: context.cwd,
      format: values.format ?? "all",
      outDir: values.out ?? "out",
      paper: values.paper ?? "a4",
      browser: values.browser,
      strict: values.strict ?? false,
      includeDrafts: values["include-drafts"] ?? false,
      all,
      force: values.force ?? false,
      untagged: values.untagged ?? false,
      verbose: values.verbose ?? false,
      since: await loadSinceIfGiven(values.since, file, context.cwd),
      env: context.env,
      signal: context.signal,
    };
    // A PDF's browser starts before anything else loads: it boots while the brief is read, checked and rendered.
    const session =
      options.format === "html"
        ? undefined
        : (await import("../print/browser-session.js")).startBrowserSession(options.browser, options.env);
    try {
      const { build } = await import("../commands/build.js");
      trace("build: modules loaded");
      return await build({ ...options, session }, context.report);
    } finally {
      await session?.close();
    }
  },
});

const diff = defineCommand({
  name: "diff",
  forms: [["diff [FILE]", "What changed since the previous edition, to review before printing."]],
  description: `Print what changed in the brief since its previous edition (the latest snapshot a build
left in out/.factsheet/, or the edition --since names): items added, removed and updated, with
the old and the new value. ${FILE_DEFAULT}`,
  options: {
    since,
    out: { ...out, help: "The output folder whose snapshots to compare with (default: out)." },
    json,
    quiet,
  },
  operands: oneBrief,
  async run(values, operands, context) {
    const file = operands[0] ?? defaultBrief(context.cwd);
    const previous = await loadSinceIfGiven(values.since, file, context.cwd);
    const { diff } = await import("../commands/diff.js");
    return await diff(
      { file, cwd: context.cwd, outDir: values.out ?? "out", since: previous, signal: context.signal },
      context.report,
    );
  },
});

const extract = defineCommand({
  name: "extract",
  forms: [
    [
      "extract ARTICLE...",
      "Draft a fact base from articles: actors, quotes with their speakers,\nfigures, dated events and positions, each with its verbatim excerpt\nand marked draft. Prints it, or with --into BRIEF adds the articles\nto the brief's catalogue and appends only what the brief lacks.",
    ],
  ],
  description: `Draft a fact base from articles: actors, quotes with their speakers, figures, dated events
and positions, each with its verbatim excerpt and marked draft: true. Prints the draft, or with
--into BRIEF copies the articles next to the brief's catalogue, adds them to it, and appends to the
brief only what it lacks.`,
  options: {
    published: {
      type: "string",
      value: "YYYY-MM-DD",
      help: 'The publication date of articles the catalogue does not list\n(relative dates such as "last Friday" resolve against it).',
      example: "2024-05-01",
    },
    into: {
      type: "string",
      value: "BRIEF",
      help: "Add the articles and the drafts to this brief instead of printing them.",
      example: "data/brief.yaml",
    },

    json,
    quiet,
  },
  async run(values, operands, context) {
    const { extract } = await import("../commands/extract.js");
    return await extract(
      {
        articles: operands,
        published: values.published,
        into: values.into,
        cwd: context.cwd,
        out: context.out,
        err: context.err,
        signal: context.signal,
        cleanup: context.cleanup,
      },
      context.report,
    );
  },
});

const watch = defineCommand({
  name: "watch",
  forms: [
    [
      "watch [FILE]",
      "Serve the briefing on http://127.0.0.1:4173 and rebuild it on every\nchange to the brief, its sources or the templates; the page updates\nitself.",
    ],
  ],
  description: `Serve the briefing on http://127.0.0.1:4173/ and rebuild it whenever the brief, a source
text, a template or a stylesheet changes; the open page updates by itself. A mistake in the YAML
does not stop it: the diagnostics show in the terminal and in the page until the file is fixed.
${FILE_DEFAULT}`,
  options: {
    port: {
      type: "string",
      value: "N",
      help: "The port to serve on (default: 4173; 0 picks a free one).",
      accepts: {
        test: (value) => /^\d{1,5}$/.test(value) && Number(value) <= 65535,
        expected: "a port number from 0 to 65535",
      },
      example: "0",
    },
    host: {
      type: "string",
      value: "ADDR",
      help: "The address to serve on (default: 127.0.0.1, loopback only).",
      example: "127.0.0.1",
    },
    pdf: { type: "boolean", help: "Keep out/<brief>.pdf current too, with one browser for the session." },
    out,
    paper,
    browser,
    "include-drafts": includeDrafts,
  },
  operands: oneBrief,
  stopsOnSignal: true,
  note: `Ctrl-C (SIGINT) or SIGTERM stops it: it closes its server, its watcher and its browser, says
"stopped" and exits 0. A second Ctrl-C while it closes ends it at once (exit 130; 143 for SIGTERM).`,
  async run(values, operands, context) {
    const file = operands[0] ?? defaultBrief(context.cwd);
    const { watch } = await import("../commands/watch.js");
    return await watch(
      {
        file,
        cwd: context.cwd,
        host: values.host ?? "127.0.0.1",
        port: Number(values.port ?? "4173"),
        pdf: values.pdf ?? false,
        outDir: values.out ?? "out",
        paper: values.paper ?? "a4",
        browser: values.browser,
        includeDrafts: values["include-drafts"] ?? false,
        env: context.env,
        signal: context.signal,
        cleanup: context.cleanup,
      },
      context.report,
    );
  },
});

const help = defineCommand({
  name: "help",
  forms: [["help [COMMAND]", "Show the help, or one command's (as factsheet COMMAND --help does)."]],
  description: "Show the general help, or the help of one command: its forms, what it does and its options.",
  options: {},
  operands: {
    max: 1,
    tooMany: (operands: readonly string[]) => `Too many commands: ${operands.join(" ")}. Name one.`,
  },
  async run(_values, operands, context) {
    context.out(`${context.help(operands[0])}\n`);
    return 0;
  },
});

const version = defineCommand({
  name: "version",
  forms: [["version", "Show the version (as -v, --version do)."]],
  description: "Show factsheet's version.",
  options: {},
  operands: { max: 0, tooMany: (operands: readonly string[]) => `version takes no operand: ${operands.join(" ")}.` },
  async run(_values, _operands, context) {
    context.out(`${VERSION}\n`);
    return 0;
  },
});

/** Every command, in the order the general help lists them. */
export const COMMAND_TABLE: readonly CommandSpec[] = [check, build, diff, extract, watch, help, version];

/** Options every command takes. */
export const GLOBAL_OPTIONS = {
  help: { type: "boolean", short: "h", help: "Show this help." },
  version: { type: "boolean", short: "v", help: "Show the version." },
} as const satisfies Readonly<Record<string, BooleanOption>>;

export const EXIT_CODES = `Exit codes: 0 ok, 1 the brief has errors, 2 usage, 3 unreadable input, 4 no browser,
5 output not writable, 6 the browser failed, 130 interrupted (SIGINT), 143 terminated (SIGTERM).`;

export function findCommand(name: string): CommandSpec | undefined {
  return COMMAND_TABLE.find((c) => c.name === name);
}
