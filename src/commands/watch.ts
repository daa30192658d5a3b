/**
 * `factsheet watch`: serves the briefing on a loopback address and rebuilds
 * it whenever the fact base, a source text, a template or a stylesheet
 * changes; the open page reloads by itself. A mistake in the data does not
 * stop the watcher: the diagnostics appear in the terminal, and in the page
 * over the last briefing that built, which stays underneath. The brief's
 * warnings and notes are listed in a panel of the page.
 *
 * The reload script and the panels belong to this preview only: they are
 * added to the page as served, never to the briefing written to disk.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import path from "node:path";
import { type FSWatcher, watch as watchFiles } from "chokidar";
// The runtime (which render-html loads anyway), not the compiler: escaping needs no compiler.
import Handlebars from "handlebars/runtime.js";
import type { CleanupRegistry } from "../cleanup-registry.js";
import { type Diagnostic, formatFindings } from "../diagnostics/index.js";
import { CliError, ExitCode } from "../errors.js";
import { createLoadCache } from "../factbase/load-fact-base.js";
import { BrowserSession } from "../print/browser-session.js";
import { findBrowser } from "../print/find-browser.js";
import type { Paper } from "../print/print-pdf.js";
import { defaultTemplateDir, loadTemplates, type TemplateSet } from "../render/load-templates.js";
import { createRenderer, type Renderer } from "../render/render-html.js";
import { buildBrief } from "./build-brief.js";
import { describeFindings, type Reporter, reportProblem } from "./report.js";

export interface WatchOptions {
  readonly file: string;
  readonly host: string;
  readonly port: number;
  readonly pdf: boolean;
  readonly outDir: string;
  readonly paper: Paper;
  readonly browser?: string | undefined;
  readonly templatesDir?: string | undefined;
  /** The templates were named on the command line: they win over the brief's own `templates:`. */
  readonly fixedTemplates?: boolean;
  /** Show items marked `draft: true`, marked as drafts. */
  readonly includeDrafts?: boolean;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Where an interrupt closes the server and the watcher at once, when the ordinary close cannot wait. */
  readonly cleanup?: CleanupRegistry | undefined;
}

export interface WatchSession {
  readonly url: string;
  /** Resolves after each rebuild with how long it took. */
  nextRebuild(): Promise<number>;
  close(): Promise<void>;
}

/** What the preview shows: the last briefing that built, and what the last build found. */
interface State {
  /** The briefing as last built, while there has been one. */
  readonly page: string | undefined;
  /** Why the last build failed, and its diagnostics: shown over the page. */
  readonly failure: { readonly message: string; readonly diagnostics: readonly Diagnostic[] } | undefined;
  /** The warnings and notes of the last build that built: listed in a panel of the page. */
  readonly findings: readonly Diagnostic[];
}

const escapeHtml = (text: string): string => Handlebars.escapeExpression(text);

/** Diagnostics as the terminal prints them, one after the other, escaped for HTML. */
const listed = (diagnostics: readonly Diagnostic[]): string =>
  escapeHtml(formatFindings(diagnostics, "full").join("\n"));

/** The page shown while no build has built yet: the errors alone. */
const errorPage = (file: string, failure: NonNullable<State["failure"]>): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(file)}: not built</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.3rem;color:#8a1c1c}pre{white-space:pre-wrap;background:#f4f1ea;padding:.8rem;border-left:3px solid #8a1c1c}</style>
</head><body><main><h1>${escapeHtml(file)}: not built</h1><p>${escapeHtml(failure.message)}</p>
<pre>${listed(failure.diagnostics)}</pre>
<p>Fix the file and save it: this page updates by itself.</p></main></body></html>`;

/**
 * The panels' styles: fixed over the page, the errors at the top, the findings in a corner; left
 * out of a printout. `data-factsheet-preview` marks them: the update script leaves them out when it
 * compares a new page's styles with the shown one's.
 */
const PANEL_STYLE = `<style data-factsheet-preview>
.factsheet-preview{position:fixed;z-index:2147483647;box-sizing:border-box;overflow:auto;margin:0;
font:14px/1.45 system-ui,sans-serif;color:#1a1a1a;background:#fffdf7;box-shadow:0 .3rem 1.2rem rgb(0 0 0/.25)}
.factsheet-preview summary{cursor:pointer;font-weight:600;padding:.5rem .8rem}
.factsheet-preview pre{margin:0;padding:.4rem .8rem .8rem;white-space:pre-wrap;font:13px/1.45 ui-monospace,monospace}
.factsheet-preview p{margin:0;padding:0 .8rem .6rem}
#factsheet-preview-failure{top:0;left:0;right:0;max-height:60vh;border-bottom:4px solid #8a1c1c}
#factsheet-preview-failure summary{color:#8a1c1c}
#factsheet-preview-findings{right:.8rem;bottom:.8rem;max-width:min(48rem,calc(100vw - 1.6rem));max-height:50vh;
border-left:4px solid #8a6d00}
@media (prefers-color-scheme:dark){.factsheet-preview{color:#eee;background:#222}
#factsheet-preview-failure summary{color:#ff8a80}}
@media print{.factsheet-preview{display:none}}
</style>`;

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? "" : "s"}`;

/**
 * The preview's panels for a page: the failure of the last build over the top (open), or the
 * warnings and notes of the brief in a corner (closed until asked for); none when there is neither.
 */
const panels = (file: string, state: State): string => {
  if (state.failure) {
    const errors = state.failure.diagnostics.filter((d) => d.severity === "error").length;
    const what = errors > 0 ? plural(errors, "error") : "could not build";
    return `${PANEL_STYLE}<div class="factsheet-preview" id="factsheet-preview-failure" role="alert"><details open>
<summary>${escapeHtml(file)}: not built (${what}); below is the last briefing that built</summary>
<p>${escapeHtml(state.failure.message)}</p><pre>${listed(state.failure.diagnostics)}</pre>
<p>Fix the file and save it: this page updates by itself.</p></details></div>`;
  }
  const findings = state.findings.filter((d) => d.accepted === undefined);
  if (findings.length === 0) return "";
  return `${PANEL_STYLE}<div class="factsheet-preview" id="factsheet-preview-findings"><details>
<summary>${escapeHtml(file)}: ${escapeHtml(describeFindings(findings))}</summary>
<pre>${listed(findings)}</pre></details></div>`;
};

/** The briefing with the preview's panels at the start of its body, and its title saying when it is not current. */
const withPanels = (html: string, file: string, state: State): string => {
  const shown = panels(file, state);
  if (shown === "") return html;
  const titled = state.failure
    ? html.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(file)}: not built</title>`)
    : html;
  return titled.replace(/<body[^>]*>/, (body) => `${body}\n${shown}`);
};

/**
 * After each rebuild the page fetches itself again and swaps in the new body: the fonts stay
 * decoded and the reader keeps their place. When the styles changed (a new script needs a font,
 * a stylesheet was edited) or the page switches to or from the error page, it reloads instead.
 * Each build has a number, and each watch session a name: the events say which build is current
 * (also as soon as the page connects, so a build finished while the page was still loading is not
 * missed). The page fetches one build at a time, until it shows the latest it has heard of; a
 * page from another session (the watcher was restarted) reloads.
 */
const updateScript = (session: string, build: number): string => `const session = "${session}";
let shown = ${build};
let latest = shown;
let fetching = false;
const styles = (d) => [...d.querySelectorAll("style:not([data-factsheet-preview])")].map((s) => s.textContent).join("\\n");
const update = async () => {
  if (fetching) return;
  fetching = true;
  try {
    while (latest > shown) {
      const response = await fetch(location.pathname, { cache: "no-store" });
      const [from, build] = (response.headers.get("x-factsheet-build") ?? "").split(":");
      const next = new DOMParser().parseFromString(await response.text(), "text/html");
      if (from !== session || styles(next) !== styles(document)) return location.reload();
      document.title = next.title;
      // A panel the reader opened or closed stays so.
      const panels = () => document.querySelectorAll(".factsheet-preview > details");
      const open = new Map([...panels()].map((d) => [d.parentElement.id, d.open]));
      document.body.replaceWith(document.adoptNode(next.body));
      for (const d of panels()) if (open.has(d.parentElement.id)) d.open = open.get(d.parentElement.id);
      shown = Number(build);
    }
  } catch {
    location.reload();
  } finally {
    fetching = false;
  }
};
new EventSource("/events").onmessage = (event) => {
  const [from, build] = event.data.split(":");
  if (from !== session) return location.reload();
  latest = Math.max(latest, Number(build));
  void update();
};`;

/** The page as served: the brief's own CSP widened just enough for the update script, and the script. */
const withReload = (html: string, session: string, build: number): string => {
  const nonce = randomBytes(12).toString("base64");
  const script = `<script nonce="${nonce}">${updateScript(session, build)}</script>`;
  return html
    .replace(
      /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/,
      (_m, policy: string) =>
        `<meta http-equiv="Content-Security-Policy" content="${policy}; script-src 'nonce-${nonce}'; connect-src 'self'">`,
    )
    .replace("</body>", () => `${script}\n</body>`);
};

const LOOPBACK = ["127.0.0.1", "localhost", "::1"];
const WILDCARDS = new Set(["0.0.0.0", "::", ""]);

/**
 * The Host names the preview answers to: loopback, the address it listens on, and when that is
 * every address (0.0.0.0 or ::), each address of this machine and its name.
 */
export const servedHostNames = (host: string): Set<string> => {
  const names = new Set([...LOOPBACK, host.toLowerCase().replace(/^\[|\]$/g, "")]);
  if (WILDCARDS.has(host)) {
    for (const list of Object.values(networkInterfaces())) {
      for (const entry of list ?? []) names.add(entry.address.toLowerCase().replace(/%.*$/, ""));
    }
    names.add(hostname().toLowerCase());
  }
  return names;
};

export const startWatch = async (options: WatchOptions, report: Reporter): Promise<WatchSession> => {
  const { cwd } = options;
  const session = new BrowserSession(
    options.pdf ? findBrowser({ flag: options.browser, env: options.env }) : undefined,
  );
  // With --pdf every save prints again: the next print's tab opens while the editor is still typing.
  session.tabsAhead = options.pdf === true;
  if (options.pdf) session.start();
  const clients = new Set<ServerResponse>();
  const waiting: ((ms: number) => void)[] = [];
  let state: State = { page: undefined, failure: { message: "Building…", diagnostics: [] }, findings: [] };
  /** How many builds have finished: the page shows one of them. The session's name tells a restart. */
  let build = 0;
  const name = randomBytes(6).toString("hex");
  let watcher: FSWatcher | undefined;
  let watched = new Set<string>();

  // Each save changes a line or two: the rest of the brief, its catalogue and sources are reused,
  // and the templates until one of them changes.
  const cache = createLoadCache();
  const templatesDir = path.resolve(cwd, options.templatesDir ?? defaultTemplateDir());
  let rendering: Promise<{ templates: TemplateSet; renderer: Renderer }> | undefined;
  const rebuild = async (): Promise<void> => {
    const started = performance.now();
    // What the build reports is held until it ends: a failed build's diagnostics go to the terminal
    // and the page; a brief that built lists its warnings and notes (verbose) in the page alone, as
    // the terminal's summary line counts them.
    const captured: Diagnostic[] = [];
    const said: ({ readonly line: string } | { readonly list: readonly Diagnostic[] })[] = [];
    const capture: Reporter = {
      diagnostics(list) {
        captured.push(...list);
        said.push({ list });
      },
      info: (line) => said.push({ line }),
      ...(report.progress ? { progress: report.progress } : {}),
    };
    const replay = (withFindings: boolean) => {
      for (const entry of said.splice(0)) {
        if ("line" in entry) report.info(entry.line);
        else if (withFindings) report.diagnostics(entry.list);
      }
    };
    try {
      rendering ??= loadTemplates(templatesDir).then(async (templates) => ({
        templates,
        renderer: await createRenderer(templates),
      }));
      const { templates, renderer } = await rendering;
      const built = await buildBrief(
        options.file,
        {
          format: options.pdf ? "all" : "html",
          outDir: options.outDir,
          paper: options.paper,
          strict: false,
          includeDrafts: options.includeDrafts ?? false,
          force: true,
          // Saves while editing are not editions: only build records a snapshot.
          snapshot: false,
          since: undefined,
          verbose: true,
          cwd,
          env: options.env,
        },
        { templates, renderer, fixedTemplates: options.fixedTemplates ?? false, session, report: capture, cache },
      );
      const inputs = new Set([...built.inputs, templatesDir]);
      for (const file of inputs) if (!watched.has(file)) watcher?.add(file);
      watched = inputs;
      const failed = built.status === "failed" || built.html === undefined;
      replay(failed);
      state =
        failed || built.html === undefined
          ? { ...state, failure: { message: "The brief has errors:", diagnostics: captured } }
          : { page: await readFile(built.html, "utf8"), failure: undefined, findings: captured };
    } catch (error) {
      replay(true);
      const message = error instanceof CliError ? error.message : `internal error: ${String(error)}`;
      reportProblem(report, `factsheet: ${message}`);
      state = { ...state, failure: { message, diagnostics: captured } };
    }
    report.progress?.(undefined);
    const ms = Math.round(performance.now() - started);
    report.info(`rebuilt in ${ms} ms; ${clients.size} page(s) reloading`);
    build += 1;
    for (const client of clients) if (!client.writableEnded) client.write(`data: ${name}:${build}\n\n`);
    for (const resolve of waiting.splice(0)) resolve(ms);
  };

  // One rebuild at a time; saves that arrive meanwhile fold into one more.
  let running: Promise<void> | undefined;
  let again = false;
  const schedule = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await rebuild();
      } while (again);
      running = undefined;
    })();
  };

  const served = servedHostNames(options.host);
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    // The names of this machine it listens on only: a page elsewhere cannot reach the preview
    // through DNS rebinding.
    const hostname = (request.headers.host ?? "")
      .replace(/:\d+$/, "")
      .replace(/^\[|\]$/g, "")
      .toLowerCase();
    if (!served.has(hostname)) {
      response.writeHead(403, { "content-type": "text/plain" }).end("forbidden\n");
      return;
    }
    let url: URL;
    try {
      url = new URL(request.url ?? "/", "http://localhost");
    } catch {
      response.writeHead(400, { "content-type": "text/plain" }).end("bad request\n");
      return;
    }
    if (url.pathname === "/events") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
      response.write(`data: ${name}:${build}\n\n`);
      clients.add(response);
      request.on("close", () => clients.delete(response));
      return;
    }
    if (url.pathname !== "/" && url.pathname !== "/index.html") {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    const page =
      state.page === undefined
        ? errorPage(options.file, state.failure ?? { message: "Building…", diagnostics: [] })
        : withPanels(state.page, options.file, state);
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "x-factsheet-build": `${name}:${build}`,
    });
    response.end(withReload(page, name, build));
  });

  // Listen first: a port in use is said at once, before anything is built or written.
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new CliError(
          error.code === "EADDRINUSE"
            ? `Port ${options.port} on ${options.host} is in use: choose another with --port.`
            : error.code === "EACCES"
              ? `Port ${options.port} needs privileges: choose one above 1023 with --port.`
              : `Cannot listen on ${options.host}:${options.port}: ${error.message}`,
          ExitCode.usage,
        ),
      ),
    );
    server.listen(options.port, options.host, () => resolve());
  }).catch(async (error: unknown) => {
    await session.close();
    throw error;
  });
  server.on("error", (error) => reportProblem(report, `factsheet: preview server: ${error.message}`));
  // An interrupt (a second Ctrl-C while closing) drops every connection and stops listening at once;
  // the CLI kills the browser.
  const unregister = options.cleanup?.add(() => {
    server.closeAllConnections();
    server.close();
    void watcher?.close();
  });
  await rebuild();
  // The brief and the templates are always watched, even when the first build failed.
  watched = new Set([...watched, path.resolve(cwd, options.file), templatesDir]);
  watcher = watchFiles([...watched], {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 },
  });
  watcher.on("all", (_event, file) => {
    if (!path.relative(templatesDir, path.resolve(cwd, file)).startsWith("..")) rendering = undefined;
    schedule();
  });
  watcher.on("error", (error) => reportProblem(report, `factsheet: watching: ${String(error)}`));
  // "watching" only once it is: a save made while the watcher still scans its folders would be lost.
  await new Promise<void>((resolve) => watcher?.once("ready", () => resolve()));
  const address = server.address() as AddressInfo;
  const urlOf = (name: string) => `http://${name.includes(":") ? `[${name}]` : name}:${address.port}/`;
  // Listening on every address: the page is opened at loopback here, at this machine's own addresses elsewhere.
  const wildcard = WILDCARDS.has(options.host);
  const url = urlOf(wildcard ? "127.0.0.1" : address.address);
  report.info(`watching ${path.relative(cwd, path.resolve(cwd, options.file))}: open ${url} (Ctrl-C to stop)`);
  if (wildcard) {
    const elsewhere = [...served].filter((name) => !LOOPBACK.includes(name) && name !== "");
    report.info(`from other machines: ${elsewhere.map(urlOf).join(", ")}`);
  }

  return {
    url,
    nextRebuild: () => new Promise<number>((resolve) => waiting.push(resolve)),
    close: async () => {
      for (const client of clients) client.end();
      clients.clear();
      await watcher?.close();
      // Open connections (an event stream, a browser's idle keep-alive) would hold the close forever.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await running;
      await session.close();
      // Until closed, a second Ctrl-C still closes the server at once.
      unregister?.();
    },
  };
};

/**
 * Runs until `signal` aborts (the CLI aborts it on Ctrl-C or SIGTERM), then closes its server, its
 * watcher and its browser, says "stopped" and ends with exit code 0.
 */
export const watch = async (
  options: WatchOptions & { readonly signal: AbortSignal },
  report: Reporter,
): Promise<number> => {
  const { signal } = options;
  const running = await startWatch(options, report);
  if (!signal.aborted) {
    await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
  }
  await running.close();
  report.info("stopped");
  return ExitCode.ok;
};
