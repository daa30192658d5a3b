/**
 * `factsheet review [BRIEF]`: a page on a loopback address listing the
 * brief's drafts, each beside its source article with the words it cites
 * marked, to accept, edit, merge or reject one by one. Every write goes to
 * the brief's YAML, changing only the lines of the item acted on.
 */
import path from "node:path";
import type { CleanupRegistry } from "../cleanup-registry.js";
import type { Reporter } from "../commands/report.js";
import { ExitCode } from "../errors.js";
import { createLoadCache } from "../factbase/load-fact-base.js";
import { trace } from "../trace.js";
import { loadReviewPages } from "./review-page.js";
import { type ReviewServer, startReviewServer } from "./review-server.js";
import { ReviewSession } from "./review-session.js";

export interface ReviewOptions {
  readonly file: string;
  readonly port: number;
  readonly cwd: string;
  /** Loopback: 127.0.0.1 (tests may ask for ::1). */
  readonly host?: string;
  readonly templatesDir?: string | undefined;
  readonly today?: () => string;
  readonly cleanup?: CleanupRegistry | undefined;
}

export interface RunningReview {
  readonly url: string;
  readonly session: ReviewSession;
  readonly server: ReviewServer;
  close(): Promise<void>;
}

export async function startReview(options: ReviewOptions, report: Reporter): Promise<RunningReview> {
  const session = await ReviewSession.open({
    file: options.file,
    cwd: options.cwd,
    cache: createLoadCache(),
    cleanup: options.cleanup,
    ...(options.today === undefined ? {} : { today: options.today }),
  });
  trace("review: modules loaded");
  const [pages] = await Promise.all([
    loadReviewPages(options.templatesDir).then((loaded) => {
      trace("review: page templates compiled");
      return loaded;
    }),
    session.current(),
  ]);
  const server = await startReviewServer({
    port: options.port,
    ...(options.host === undefined ? {} : { host: options.host }),
    session,
    pages,
    onWrite: (done) => report.info(`${session.shown}: ${done}`),
  });
  trace("review: listening");
  const unregister = options.cleanup?.add(() => server.closeNow());
  const state = await session.current();
  if (session.notice !== undefined) report.info(`${session.shown}: ${session.notice}`);
  const count = state.drafts.length;
  report.info(
    `reviewing ${path.relative(options.cwd, session.file) || session.file} (${count} draft${count === 1 ? "" : "s"}): open ${server.url} (Ctrl-C to stop)`,
  );
  return {
    url: server.url,
    session,
    server,
    close: async () => {
      await server.close();
      unregister?.();
    },
  };
}

/** Runs until `signal` aborts (Ctrl-C or SIGTERM), then closes its server, says "stopped" and exits 0. */
export async function review(
  options: ReviewOptions & { readonly signal: AbortSignal },
  report: Reporter,
): Promise<number> {
  const running = await startReview(options, report);
  if (!options.signal.aborted) {
    await new Promise<void>((resolve) => options.signal.addEventListener("abort", () => resolve(), { once: true }));
  }
  await running.close();
  report.info("stopped");
  return ExitCode.ok;
}
