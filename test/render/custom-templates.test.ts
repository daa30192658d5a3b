/**
 * A desk's own templates: a folder (--templates, the desk config's templates:,
 * or the brief's) whose files replace the built-in ones of the same name, the
 * rest staying built-in; incremental builds see its changes; a template that
 * prints unescaped text is refused. The templates and the brief (a copy of the
 * invented harbour fixture) are invented for the test.
 */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../../src/errors.js";
import { findUnescaped, loadTemplates } from "../../src/render/load-templates.js";
import { FIXTURES, ROOT, runCli, tempDirForTest } from "../helpers.js";

/** A desk's quotes partial: every quote as a plain paragraph. */
const QUOTES = `<section id="quotes" aria-labelledby="quotes-heading"><h2 id="quotes-heading">Desk quotes</h2>
{{#each quotes}}<p class="desk-quote">{{speaker}}: {{text}}</p>{{/each}}</section>
`;
/** A desk's print stylesheet, replacing the built-in one. */
const PRINT_CSS = "/* desk print stylesheet */\n@media print { .desk-quote { font-weight: 700; } }\n";

/** A project with the harbour brief in it, and a desk templates folder `desk/` with one partial and one stylesheet. */
async function project(): Promise<string> {
  const dir = await tempDirForTest("templates");
  await mkdir(path.join(dir, ".git"));
  await cp(path.join(FIXTURES, "harbour"), path.join(dir, "harbour"), { recursive: true });
  await cp(path.join(FIXTURES, "harbour.yaml"), path.join(dir, "harbour.yaml"));
  await mkdir(path.join(dir, "desk", "partials"), { recursive: true });
  await mkdir(path.join(dir, "desk", "styles"));
  await writeFile(path.join(dir, "desk", "partials", "quotes.hbs"), QUOTES);
  await writeFile(path.join(dir, "desk", "styles", "print.css"), PRINT_CSS);
  return dir;
}

const builtIn = (file: string) => readFile(path.join(ROOT, "templates", file), "utf8");

describe("a desk's templates folder", () => {
  it("builds with its partial and stylesheet, and the built-in rest", async () => {
    const dir = await project();
    const { code, err } = await runCli(["build", "harbour.yaml", "--format", "html", "--templates", "desk"], {
      cwd: dir,
    });
    expect(err).toBe("");
    expect(code).toBe(0);
    const html = await readFile(path.join(dir, "out", "harbour.html"), "utf8");
    // The desk's partial and stylesheet ...
    expect(html).toContain('<h2 id="quotes-heading">Desk quotes</h2>');
    expect(html).toMatch(/<p class="desk-quote">Tomas Reyes: We are ready to pay our share/);
    expect(html).toContain("/* desk print stylesheet */");
    expect(html).not.toContain((await builtIn("styles/print.css")).split("\n")[0]);
    // ... and the built-in rest: the layout, the other partials, the other stylesheet.
    expect(html).toContain('<section class="overview"');
    expect(html).toMatch(/id="sources"/);
    expect(html).toContain((await builtIn("styles/brief.css")).split("\n").find((l) => l.startsWith(".masthead")));
  });

  it("lays a folder over the built-in set file by file, adding new names in order", async () => {
    const dir = await project();
    await writeFile(path.join(dir, "desk", "styles", "desk.css"), ".desk { color: red; }\n");
    const base = await loadTemplates();
    const set = await loadTemplates("desk", dir);
    expect(set.dir).toBe(path.join(dir, "desk"));
    expect(set.partials.quotes).toBe(QUOTES);
    expect(set.partials.sources).toBe(base.partials.sources);
    expect(set.layout).toBe(base.layout);
    expect(set.files.filter((f) => f.startsWith(path.join(dir, "desk")))).toEqual([
      path.join(dir, "desk", "partials", "quotes.hbs"),
      path.join(dir, "desk", "styles", "desk.css"),
      path.join(dir, "desk", "styles", "print.css"),
    ]);
    // brief.css, desk.css, print.css: in file-name order.
    expect(set.styles.indexOf(".desk {")).toBeGreaterThan(set.styles.indexOf(".masthead"));
    expect(set.styles.indexOf(".desk {")).toBeLessThan(set.styles.indexOf("desk print stylesheet"));
    expect((await loadTemplates(path.join(ROOT, "templates"))).texts).toEqual(base.texts);
  });

  it("an incremental build sees a change to the desk's templates", async () => {
    const dir = await project();
    const build = () => runCli(["build", "harbour.yaml", "--format", "html", "--templates", "desk"], { cwd: dir });
    expect((await build()).code).toBe(0);
    expect((await build()).out).toMatch(/unchanged since last built/);
    await writeFile(path.join(dir, "desk", "partials", "quotes.hbs"), QUOTES.replace("Desk quotes", "Quoted"));
    const changed = await build();
    expect(changed.out).toMatch(/wrote out\/harbour\.html/);
    expect(await readFile(path.join(dir, "out", "harbour.html"), "utf8")).toContain(">Quoted</h2>");
    await writeFile(path.join(dir, "desk", "styles", "print.css"), `${PRINT_CSS}/* more */\n`);
    expect((await build()).out).toMatch(/wrote out\/harbour\.html/);
  });

  it("comes from the desk config, or the brief; --templates wins over both, the brief over the config", async () => {
    const dir = await project();
    await mkdir(path.join(dir, "other", "partials"), { recursive: true });
    await writeFile(
      path.join(dir, "other", "partials", "quotes.hbs"),
      QUOTES.replace("Desk quotes", "The brief's own quotes"),
    );
    const html = async (...args: string[]) => {
      const built = await runCli(["build", "harbour.yaml", "--format", "html", ...args], { cwd: dir });
      expect(built.err).toBe("");
      expect(built.code).toBe(0);
      return await readFile(path.join(dir, "out", "harbour.html"), "utf8");
    };
    await writeFile(path.join(dir, "factsheet.config.yaml"), "templates: desk\n");
    expect(await html()).toContain("Desk quotes");
    const brief = await readFile(path.join(dir, "harbour.yaml"), "utf8");
    await writeFile(path.join(dir, "harbour.yaml"), brief.replace(/^sources:/m, "templates: other\nsources:"));
    expect(await html()).toContain("The brief's own quotes");
    expect(await html("--templates", "desk")).toContain("Desk quotes");
  });

  it("watch serves a brief with its own templates, and rebuilds when one of them changes", async () => {
    const dir = await project();
    const brief = await readFile(path.join(dir, "harbour.yaml"), "utf8");
    await writeFile(path.join(dir, "harbour.yaml"), brief.replace(/^sources:/m, "templates: desk\nsources:"));
    const { startWatch } = await import("../../src/commands/watch.js");
    const session = await startWatch(
      { file: "harbour.yaml", host: "127.0.0.1", port: 0, pdf: false, outDir: "out", paper: "a4", cwd: dir, env: {} },
      { diagnostics: () => undefined, info: () => undefined },
    );
    try {
      const page = async () => await (await fetch(session.url)).text();
      // The first build may still be under way when the server answers.
      for (let i = 0; i < 100 && !(await page()).includes("Desk quotes"); i++) await session.nextRebuild();
      expect(await page()).toContain("Desk quotes");
      const rebuilt = session.nextRebuild();
      await writeFile(
        path.join(dir, "desk", "partials", "quotes.hbs"),
        QUOTES.replace("Desk quotes", "Watched quotes"),
      );
      // Within 20 s, or not at all: a folder that is not watched never rebuilds.
      const late = new Promise((_, reject) =>
        setTimeout(() => reject(new Error("no rebuild in 20 s")), 20_000).unref(),
      );
      await Promise.race([rebuilt, late]);
      expect(await page()).toContain("Watched quotes");
    } finally {
      await session.close();
    }
  });

  it("a brief's templates outside the project, or missing, is an error at its line", async () => {
    const dir = await project();
    const brief = await readFile(path.join(dir, "harbour.yaml"), "utf8");
    for (const [folder, message] of [
      ["../elsewhere", "the templates folder must be given by a relative path inside the project"],
      ["nowhere", "the templates folder nowhere does not exist"],
    ] as const) {
      await writeFile(path.join(dir, "harbour.yaml"), brief.replace(/^sources:/m, `templates: ${folder}\nsources:`));
      const { code, err } = await runCli(["build", "harbour.yaml", "--format", "html"], { cwd: dir });
      expect(code).toBe(1);
      expect(err).toContain(`harbour.yaml:7:12: error: ${message}`);
    }
  });

  it("refuses a desk's template that prints unescaped text, at its file:line:col", async () => {
    const dir = await project();
    await writeFile(
      path.join(dir, "desk", "partials", "quotes.hbs"),
      `<p>\n  {{! a comment {{{ }}\n  {{{text}}}</p>\n`,
    );
    const { code, err } = await runCli(["build", "harbour.yaml", "--format", "html", "--templates", "desk"], {
      cwd: dir,
    });
    expect(code).toBe(ExitCode.input);
    expect(err).toMatch(/^factsheet: desk\/partials\/quotes\.hbs:3:3: a template of the desk prints text unescaped/);
    expect(findUnescaped("{{&name}}")).toEqual({ line: 1, column: 1 });
    expect(findUnescaped("{{~{name}~}}")).toEqual({ line: 1, column: 1 });
    expect(findUnescaped("{{!-- {{{x}}} --}}{{name}}")).toBeUndefined();
  });

  it("a templates folder that is not there is one sentence, exit 3", async () => {
    const dir = await project();
    const { code, err } = await runCli(["build", "harbour.yaml", "--format", "html", "--templates", "missing"], {
      cwd: dir,
    });
    expect(code).toBe(ExitCode.input);
    expect(err).toMatch(/^factsheet: The templates folder missing does not exist: name a folder holding brief\.hbs/);
  });
});
