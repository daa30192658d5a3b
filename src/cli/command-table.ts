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
import { describeOrigin, type Setting } from "../config/resolve-settings.js";
import { CliError, ExitCode } from "../errors.js";
import { VERSION } from "../package-info.js";
import type { Paper } from "../print/print-pdf.js";
import { escapeControls } from "../text/escape-controls.js";
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
const templates = {
  type: "string",
  value: "DIR",
  help: "A folder of templates over the built-in ones: its brief.hbs,\npartials/*.hbs and styles/*.css replace those of the same name\n(else a brief's templates:, then the desk config's).",
  example: "templates",
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
const CONFIG_NOTE = `Paper, output folder, browser, templates and the desk's name may be set for every brief in
factsheet.config.yaml (found upward from the working folder); a flag wins over it.`;

/** The briefs named (globs expanded: `data/*.yaml`), or the only brief in ./data. */
async function briefsNamed(operands: readonly string[], cwd: string): Promise<string[]> {
  if (operands.length === 0) return [defaultBrief(cwd)];
  const { expandOperands } = await import("./expand-globs.js");
  return await expandOperands(operands, cwd);
}

/** The desk config found from the working folder, and the settings flags, it and the defaults give. */
async function deskSettings(
  flags: {
    paper?: Paper | undefined;
    out?: string | undefined;
    browser?: string | undefined;
    templates?: string | undefined;
  },
  cwd: string,
) {
  const { loadDeskConfig } = await import("../config/load-desk-config.js");
  const { resolveSettings } = await import("../config/resolve-settings.js");
  const desk = await loadDeskConfig(cwd);
  return { desk, settings: resolveSettings(flags, desk) };
}

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

/**
 * A browser the desk config names must be there: said now, with the config's line, rather than
 * as if --browser had named it.
 */
async function checkConfiguredBrowser(browser: Setting<string | undefined>): Promise<void> {
  if (browser.origin.kind !== "config" || browser.value === undefined) return;
  const { isExecutableFile } = await import("../print/find-browser.js");
  if (isExecutableFile(browser.value)) return;
  throw new CliError(
    `The browser named by browser: at ${describeOrigin(browser.origin)} (${browser.value}) does not exist or is not executable: point it at a Chromium or Chrome binary, or name one with --browser.`,
    ExitCode.noBrowser,
  );
}

/** The edition named by --since, if one is. */
async function loadSinceIfGiven(value: string | undefined, file: string, cwd: string) {
  return value === undefined ? undefined : (await import("../commands/since.js")).loadSince(value, file, cwd);
}

const check = defineCommand({
  name: "check",
  forms: [["check [FILE...]", "Check briefs: schema, ids, quotes, excerpts, figures and dates."]],
  description: `Check a brief: its schema, ids and references, and every quote, excerpt, figure and date
against the source texts. Prints every error as file:line:col, each other rule once with its count
and first three places, then a summary that counts every rule's findings; exit 1 on an error.
The levels of the rules come from the brief's checks.rules, then factsheet.config.yaml (found
upward from the working folder). Given several files or globs ("data/*.yaml"), it checks each,
then names every brief that failed on its last line. ${FILE_DEFAULT}`,
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
  examples: [
    ["factsheet check data/gaza-talks.yaml", "Check one brief."],
    ["factsheet check 'data/*.yaml' --strict", "Check every brief in data/, warnings failing them too."],
  ],
  async run(values, operands, context) {
    const files = await briefsNamed(operands, context.cwd);
    const { check } = await import("../commands/check.js");
    trace("check: modules loaded");
    const maxWarnings = values["max-warnings"];
    const { loadDeskConfig } = await import("../config/load-desk-config.js");
    return await check(
      {
        files,
        desk: await loadDeskConfig(context.cwd),
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
    ["build [FILE...]", "Check, then write the briefing to the output folder."],
    [
      "build --all [DIR...]",
      "Build every brief in DIR (default ./data) with one browser,\nand write an index page of them all.",
    ],
  ],
  description: `Check the brief, then write the briefing to the output folder: out/<brief>.html and
out/<brief>.pdf. A brief that fails its check is not written. An output whose inputs have not
changed since it was written is skipped (--force rebuilds it). Given several files or globs, it
builds each; with --all, every brief in DIR (default ./data), with one browser, and writes
out/index.html listing them all. A batch ends with a line naming every brief that failed
("4 built, 1 failed: data/x.yaml (3 errors)"), and exits 1 if one did.
${CONFIG_NOTE} ${FILE_DEFAULT}`,
  options: {
    format: { type: "string", choices: FORMATS, help: "What to write (default: all)." },
    out,
    paper,
    browser,
    templates,
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
  examples: [
    ["factsheet build data/gaza-talks.yaml --format html", "Write out/gaza-talks.html only (no browser needed)."],
    ["factsheet build --all --paper letter", "Build every brief in data/ on Letter paper, and out/index.html."],
    ["factsheet build data/x.yaml --templates desk-templates", "Build with the desk's own partials and styles."],
  ],
  async run(values, operands, context) {
    const all = values.all ?? false;
    // One edition to compare with is one brief's: a batch compares each brief with its own previous edition.
    if (all && values.since !== undefined)
      throw usageError(
        "--since names an edition of one brief, so it cannot be used with --all (each brief of a batch is compared with its own previous edition): build that brief alone with --since.",
        "build",
      );
    const files = all ? (operands.length > 0 ? operands : ["data"]) : await briefsNamed(operands, context.cwd);
    if (files.length > 1 && values.since !== undefined)
      throw usageError(
        "--since names an edition of one brief, so it cannot be used with several: build that brief alone with --since.",
        "build",
      );
    const { desk, settings } = await deskSettings(values, context.cwd);
    const format = values.format ?? "all";
    if (format !== "html") await checkConfiguredBrowser(settings.browser);
    const options = {
      files,
      cwd: context.cwd,
      format,
      outDir: settings.out.value,
      paper: settings.paper.value,
      browser: settings.browser.value,
      templatesDir: settings.templates.value,
      fixedTemplates: settings.templates.origin.kind === "flag",
      desk: settings.desk.value,
      deskConfig: desk,
      strict: values.strict ?? false,
      includeDrafts: values["include-drafts"] ?? false,
      all,
      force: values.force ?? false,
      untagged: values.untagged ?? false,
      verbose: values.verbose ?? false,
      since: await loadSinceIfGiven(values.since, files[0] ?? "", context.cwd),
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
  examples: [
    ["factsheet diff", "What changed in the only brief in ./data since its last build."],
    [
      "factsheet diff data/gaza-talks.yaml --since HEAD~3",
      "What changed since the brief as git held it three commits ago.",
    ],
  ],
  async run(values, operands, context) {
    const file = operands[0] ?? defaultBrief(context.cwd);
    const previous = await loadSinceIfGiven(values.since, file, context.cwd);
    const { settings } = await deskSettings({ out: values.out }, context.cwd);
    const { diff } = await import("../commands/diff.js");
    return await diff(
      { file, cwd: context.cwd, outDir: settings.out.value, since: previous, signal: context.signal },
      context.report,
    );
  },
});

const extract = defineCommand({
  name: "extract",
  forms: [
    [
      "extract ARTICLE[@DATE]...",
      "Draft a fact base from articles: actors, quotes with their speakers,\nfigures, dated events and positions, each with its verbatim excerpt\nand marked draft. Prints it, or with --into BRIEF adds the articles\nto the brief's catalogue and appends only what the brief lacks.\nARTICLE@2024-05-01 gives one article its publication date.",
    ],
  ],
  description: `Draft a fact base from articles: actors, quotes with their speakers, figures, dated events
and positions, each with its verbatim excerpt and marked draft: true. Prints the draft, or with
--into BRIEF copies the articles next to the brief's catalogue, adds them to it, and appends to the
brief only what it lacks, and a brief that does not exist yet is started as init starts one, with
a catalogue of its own. What is new about an item the brief holds (a role, a spelling, a value, a
citation of a quote or an event) is drafted on that item. A draft the brief rejected, or deleted
after an earlier run on the same article, is not drafted again (--redraft drafts an article afresh
but still honours \`rejected:\`). An article the catalogue does not list needs its publication
date: ARTICLE@YYYY-MM-DD, or --published for all of them.`,
  options: {
    published: {
      type: "string",
      value: "YYYY-MM-DD",
      help: 'The publication date of articles the catalogue does not list and\nno @DATE dates (relative dates like "last Friday" resolve against it).',
      example: "2024-05-01",
    },
    into: {
      type: "string",
      value: "BRIEF",
      help: "Add the articles and the drafts to this brief instead of printing them\n(a brief that does not exist is started, as init does).",
      example: "data/brief.yaml",
    },
    redraft: {
      type: "boolean",
      help: "Draft articles the brief has drafted before afresh: drafts deleted\nby hand are proposed again; drafts under rejected: still are not.",
    },
    json,
    quiet,
  },
  examples: [
    ["factsheet extract talks.txt@2024-03-08", "Print a draft fact base from one article."],
    ["factsheet extract a.txt@2024-03-08 b.txt@2024-03-09 --into data/x.yaml", "Add two articles to a brief."],
  ],
  async run(values, operands, context) {
    const { extract } = await import("../commands/extract.js");
    return await extract(
      {
        articles: operands,
        published: values.published,
        into: values.into,
        redraft: values.redraft,
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
    templates,
    "include-drafts": includeDrafts,
  },
  examples: [["factsheet watch data/x.yaml --pdf", "Serve the brief, and keep its PDF current too."]],
  operands: oneBrief,
  stopsOnSignal: true,
  note: `Ctrl-C (SIGINT) or SIGTERM stops it: it closes its server, its watcher and its browser, says
"stopped" and exits 0. A second Ctrl-C while it closes ends it at once (exit 130; 143 for SIGTERM).`,
  async run(values, operands, context) {
    const file = operands[0] ?? defaultBrief(context.cwd);
    const { settings } = await deskSettings(values, context.cwd);
    if (values.pdf === true) await checkConfiguredBrowser(settings.browser);
    const { watch } = await import("../commands/watch.js");
    return await watch(
      {
        file,
        cwd: context.cwd,
        host: values.host ?? "127.0.0.1",
        port: Number(values.port ?? "4173"),
        pdf: values.pdf ?? false,
        outDir: settings.out.value,
        paper: settings.paper.value,
        browser: settings.browser.value,
        templatesDir: settings.templates.value,
        fixedTemplates: settings.templates.origin.kind === "flag",
        includeDrafts: values["include-drafts"] ?? false,
        env: context.env,
        signal: context.signal,
        cleanup: context.cleanup,
      },
      context.report,
    );
  },
});

const init = defineCommand({
  name: "init",
  forms: [
    ["init NAME", "Start a brief: data/NAME.yaml and its own source catalogue,\nready to check."],
    ["init NAME --from ARTICLE@DATE...", "Start a brief drafted from articles (as extract --into does)."],
  ],
  description: `Start a brief: write data/NAME.yaml and its own source catalogue, data/sources/NAME/sources.yaml,
both commented, passing check as written, and say what to do next. With --from, draft it from the
articles as extract --into does (each article is copied beside the catalogue). It never
overwrites: a brief or catalogue already there is refused. NAME is lower-case letters, digits and
hyphens: the outputs are out/NAME.html and out/NAME.pdf.`,
  options: {
    from: {
      type: "string",
      value: "ARTICLE@DATE",
      help: "Draft the brief from these articles, each with its publication date\n(YYYY-MM-DD); more may follow, as operands or with --from again.",
      example: "article.txt@2024-03-08",
      multiple: true,
    },
  },
  examples: [
    ["factsheet init gaza-talks", "Write data/gaza-talks.yaml and data/sources/gaza-talks/sources.yaml."],
    ["factsheet init port-alba --from strike.txt@2024-03-08 talks.txt@2024-03-11", "Start it from two articles."],
  ],
  async run(values, operands, context) {
    const [name, ...articles] = operands;
    if (name === undefined) throw usageError("Name the brief: factsheet init NAME (such as gaza-talks).", "init");
    const from = values.from ?? [];
    if (articles.length > 0 && from.length === 0)
      throw usageError(
        `init takes one name: ${escapeControls(operands.join(" "))}. To draft the brief from articles: factsheet init ${escapeControls(name)} --from ARTICLE@DATE...`,
        "init",
      );
    const { briefNameProblem, init } = await import("../commands/init.js");
    const problem = briefNameProblem(name);
    if (problem !== undefined) throw usageError(escapeControls(problem), "init");
    return await init(
      {
        name,
        from: [...from, ...articles],
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

const review = defineCommand({
  name: "review",
  forms: [
    [
      "review [FILE]",
      "Review the brief's drafts in the browser, each beside its source article:\naccept, edit, merge or reject them; only the lines acted on change.",
    ],
  ],
  description: `Serve a page on http://127.0.0.1:4174/ (loopback only) listing the brief's drafts by kind,
each beside its source article with the words it cites marked. Accept, Edit, Merge and Reject
write to the brief's YAML, changing only the lines of the item acted on; a write is checked as
check checks the brief and refused when it would add an error, or when the brief changed on disk
since the page loaded. A rejected draft is remembered in the brief's rejected: list, so extract
does not propose it again. Keys: j/k move, a accept, e edit, m merge, r reject, u undo.
${FILE_DEFAULT}`,
  options: {
    port: {
      type: "string",
      value: "N",
      help: "The port to serve on (default: 4174; 0 picks a free one).",
      accepts: {
        test: (value) => /^\d{1,5}$/.test(value) && Number(value) <= 65535,
        expected: "a port number from 0 to 65535",
      },
      example: "0",
    },
  },
  operands: oneBrief,
  stopsOnSignal: true,
  note: `Ctrl-C (SIGINT) or SIGTERM stops it: it closes its server, says "stopped" and exits 0.
A second Ctrl-C while it closes ends it at once (exit 130; 143 for SIGTERM).`,
  examples: [
    ["factsheet review data/gaza-talks.yaml", "Open the brief's drafts at http://127.0.0.1:4174/."],
    ["factsheet review --port 0", "The same on a free port (the address is printed)."],
  ],
  async run(values, operands, context) {
    const file = operands[0] ?? defaultBrief(context.cwd);
    const { review } = await import("../review/review.js");
    return await review(
      {
        file,
        cwd: context.cwd,
        port: Number(values.port ?? "4174"),
        signal: context.signal,
        cleanup: context.cleanup,
      },
      context.report,
    );
  },
});

const config = defineCommand({
  name: "config",
  forms: [["config", "Show the settings in effect, and where each comes from."]],
  description: `Show the settings a command run here would use: paper, output folder, browser, templates, the
desk's name and the levels of check's rules, each with where it comes from: a flag, the desk
config (factsheet.config.yaml, found upward from the working folder, up to the repository's
root) at its file:line:col, or the default. Flags given here are shown as a command would take
them. Exit 1 when the desk config has errors (each is listed).`,
  options: { paper, out, browser, templates },
  operands: { max: 0, tooMany: (operands: readonly string[]) => `config takes no operand: ${operands.join(" ")}.` },
  examples: [
    ["factsheet config", "Where paper, output folder, browser, templates and rule levels come from."],
    ["factsheet config --paper letter", "The same, as build --paper letter would see them."],
  ],
  async run(values, _operands, context) {
    const { desk, settings } = await deskSettings(values, context.cwd);
    const { showConfig } = await import("../commands/config.js");
    return showConfig({ desk, settings, cwd: context.cwd, env: context.env }, context.report);
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
  examples: [
    ["factsheet help", "List the commands."],
    ["factsheet help build", "Show build's own help, as factsheet build --help does."],
  ],
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
  examples: [["factsheet version", "Print the version, as factsheet -v does."]],
  async run(_values, _operands, context) {
    context.out(`${VERSION}\n`);
    return 0;
  },
});

/** Every command, in the order the general help lists them. */
export const COMMAND_TABLE: readonly CommandSpec[] = [
  init,
  check,
  build,
  diff,
  extract,
  review,
  watch,
  config,
  help,
  version,
];

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
