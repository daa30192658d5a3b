/**
 * The review page's server: loopback only. Every request must name this
 * machine's loopback address as its Host (a page elsewhere cannot reach it
 * through DNS rebinding); every write must come from the page's own origin
 * (Origin), carry the session's token (a header no other page can set or
 * read), and name the brief's bytes it was made against. Every response
 * carries a Content-Security-Policy: scripts, styles and requests from the
 * page's origin only, nothing framed, no base URL, no form posts.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as z from "zod";
import { CliError, ExitCode } from "../errors.js";
import { slug } from "../extract/draft-fact-base.js";
import { ITEM_LISTS, type ListName } from "../factbase/item-lists.js";
import { field, list, text } from "../factbase/items.js";
import { detectQualifier } from "../text/detect-qualifier.js";
import { numbersInDigits } from "../text/find-number.js";
import { describeDraft } from "./find-drafts.js";
import type { ReviewPages } from "./review-page.js";
import type { Outcome, ReviewSession, ReviewState } from "./review-session.js";
import { articleView, formView, mergeView, pageView, pickersOf, problemsView, shown } from "./review-view.js";

/** The policy every response carries (the page repeats it in a meta element, for a saved copy). */
export const REVIEW_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  "content-security-policy": REVIEW_CSP,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "cache-control": "no-store",
};

/** The Host names the review answers to: loopback only. */
export const LOOPBACK_NAMES: ReadonlySet<string> = new Set(["127.0.0.1", "localhost", "::1"]);

/** How long without a request counts as the page being read. */
const IDLE_MS = 150;

/** The largest request body read. */
const MAX_BODY = 1024 * 1024;

const Values = z.record(
  z.string().max(200),
  z.union([z.string().max(100_000), z.array(z.string().max(10_000)).max(1000)]),
);
const Key = z.string().max(200);

const ActionRequest = z.discriminatedUnion("action", [
  z.strictObject({ version: z.string(), action: z.literal("accept"), draft: Key }),
  z.strictObject({ version: z.string(), action: z.literal("reject"), draft: Key }),
  z.strictObject({
    version: z.string(),
    action: z.literal("merge"),
    draft: Key,
    into: Key,
    alias: z.boolean().optional(),
    roles: z.boolean().optional(),
  }),
  z.strictObject({
    version: z.string(),
    action: z.literal("edit"),
    draft: Key,
    values: Values,
    accept: z.boolean().optional(),
  }),
  z.strictObject({ version: z.string(), action: z.literal("create"), list: z.enum(ITEM_LISTS), values: Values }),
  z.strictObject({ version: z.string(), action: z.literal("undo") }),
]);

export interface ReviewServerOptions {
  readonly port: number;
  /** The address listened on: loopback (127.0.0.1 unless a test says ::1). */
  readonly host?: string;
  readonly session: ReviewSession;
  readonly pages: ReviewPages;
  /** Told of each write, for the terminal. */
  readonly onWrite?: (done: string) => void;
}

export interface ReviewServer {
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
  /** Drops every connection and stops listening at once (an interrupt). */
  closeNow(): void;
}

const hostName = (header: string | undefined): string =>
  (header ?? "")
    .replace(/:\d+$/, "")
    .replace(/^\[|\]$/g, "")
    .toLowerCase();

const sameToken = (given: string, token: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const { session, pages } = options;
  const token = randomBytes(24).toString("base64url");
  const host = options.host ?? "127.0.0.1";

  const send = (response: ServerResponse, code: number, type: string, body: string) => {
    response.writeHead(code, { ...SECURITY_HEADERS, "content-type": type });
    response.end(body);
  };
  const sendText = (response: ServerResponse, code: number, body: string) =>
    send(response, code, "text/plain; charset=utf-8", `${body}\n`);
  const sendJson = (response: ServerResponse, code: number, body: unknown) =>
    send(response, code, "application/json; charset=utf-8", JSON.stringify(body));

  const draftOf = (state: ReviewState, key: string | null) => state.drafts.find((d) => d.key === key);

  const get = async (url: URL, response: ServerResponse): Promise<void> => {
    const state = await session.current();
    const html = (body: string) => send(response, 200, "text/html; charset=utf-8", body);
    switch (url.pathname) {
      case "/":
      case "/index.html": {
        const view = pageView(state, {
          token,
          file: session.shown,
          undoable: session.undoable > 0,
          // What became of the undo an earlier run kept, until the first action.
          status: session.notice,
          at: url.searchParams.get("at") ?? undefined,
          source: url.searchParams.get("source") ?? undefined,
        });
        return html(pages.page(view));
      }
      case "/article": {
        const draft = draftOf(state, url.searchParams.get("draft"));
        const view =
          draft && articleView(draft, state.checked.loaded.sources, url.searchParams.get("source") ?? undefined);
        return view ? html(pages.article(view)) : sendText(response, 404, "no such draft or source: reload the page");
      }
      case "/form": {
        const draft = draftOf(state, url.searchParams.get("draft"));
        // A draft item's form has the item's fields; a drafted role, value or citation's, its own.
        const part = draft === undefined || draft.scope === "item" ? undefined : draft.path;
        const raw = draft && rawAt(state, part ?? draft.site.path);
        const view =
          draft &&
          formView("edit", draft.site.description.list, raw, pickersOf(state), {
            draft: draft.key,
            heading: `Edit ${shown(describeDraft(draft))}`,
            part,
          });
        return view ? html(pages.form(view)) : sendText(response, 404, "no such draft: reload the page");
      }
      case "/merge": {
        const draft = draftOf(state, url.searchParams.get("draft"));
        const view = draft && mergeView(state, draft);
        return view ? html(pages.merge(view)) : sendText(response, 404, "nothing to merge this draft into");
      }
      case "/new": {
        const name = url.searchParams.get("list");
        const source = url.searchParams.get("source") ?? "";
        const words = (url.searchParams.get("words") ?? "").trim().slice(0, 10_000);
        const entry = state.checked.loaded.sources.get(source)?.entry;
        if (!(name === "quotes" || name === "figures" || name === "timeline") || entry === undefined) {
          return sendText(response, 404, "a new quote, figure or event needs a source and words");
        }
        const item = newItem(state, name, source, entry.published, words);
        const view = formView("create", name, item, pickersOf(state), {
          draft: "",
          heading: `New ${name === "timeline" ? "event" : name.slice(0, -1)} from source ${source}`,
          fallbackSource: source,
        });
        return view ? html(pages.form(view)) : sendText(response, 404, "not found");
      }
      default: {
        const file = pages.files.get(url.pathname);
        if (file !== undefined) return send(response, 200, file.type, file.body);
        return sendText(response, 404, "not found");
      }
    }
  };

  const post = async (request: IncomingMessage, url: URL, response: ServerResponse): Promise<void> => {
    // A write comes from this page only: its own origin, its token, JSON.
    const origin = request.headers.origin;
    let from: URL | undefined;
    try {
      from = origin === undefined ? undefined : new URL(origin);
    } catch {
      from = undefined;
    }
    if (from === undefined || from.host !== request.headers.host || !LOOPBACK_NAMES.has(hostName(from.host))) {
      return sendJson(response, 403, {
        ok: false,
        status: 403,
        message: "forbidden: a write must come from the review page",
      });
    }
    const given = request.headers["x-review-token"];
    if (typeof given !== "string" || !sameToken(given, token)) {
      return sendJson(response, 403, {
        ok: false,
        status: 403,
        message: "forbidden: this page's session has ended: reload it",
      });
    }
    if (!/^application\/json\b/.test(request.headers["content-type"] ?? "")) {
      return sendJson(response, 415, { ok: false, status: 415, message: "expected JSON" });
    }
    if (url.pathname !== "/action" && url.pathname !== "/undo")
      return sendJson(response, 404, { ok: false, status: 404, message: "not found" });
    const body = await readBody(request);
    if (body === undefined) return sendJson(response, 413, { ok: false, status: 413, message: "too large" });
    let parsed: z.output<typeof ActionRequest>;
    try {
      parsed = ActionRequest.parse(JSON.parse(body));
    } catch {
      return sendJson(response, 400, { ok: false, status: 400, message: "not a request this page makes" });
    }
    const outcome: Outcome =
      parsed.action === "undo"
        ? await session.undo(parsed.version)
        : await session.act(parsed.version, (({ version: _v, ...action }) => action)(parsed));
    if (!outcome.ok) {
      return sendJson(response, outcome.status, {
        ok: false,
        status: outcome.status,
        message: shown(outcome.message),
        problems: problemsView(outcome.problems),
      });
    }
    options.onWrite?.(outcome.done);
    // The page as it now stands comes with the answer: shown without asking again.
    const html = pages.page(
      pageView(outcome.state, { token, file: session.shown, undoable: session.undoable > 0, status: outcome.done }),
    );
    return sendJson(response, 200, { ok: true, version: outcome.state.hash, done: shown(outcome.done), html });
  };

  // The next action's parse is made when the page has what it asked for (its stylesheet and
  // script too) and the editor is reading it: after a moment with no request.
  let idle: NodeJS.Timeout | undefined;
  const whenIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => session.prepare(), IDLE_MS);
    idle.unref();
  };

  const server: Server = createServer((request, response) => {
    clearTimeout(idle);
    response.once("finish", whenIdle);
    if (!LOOPBACK_NAMES.has(hostName(request.headers.host))) return sendText(response, 403, "forbidden");
    let url: URL;
    try {
      url = new URL(request.url ?? "/", "http://localhost");
    } catch {
      return sendText(response, 400, "bad request");
    }
    const work =
      request.method === "GET" || request.method === "HEAD"
        ? get(url, response)
        : request.method === "POST"
          ? post(request, url, response)
          : Promise.resolve(sendText(response, 405, "method not allowed"));
    work.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendText(response, 500, `internal error: ${message}`);
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new CliError(
          error.code === "EADDRINUSE"
            ? `Port ${options.port} on ${host} is in use: choose another with --port.`
            : `Cannot listen on ${host}:${options.port}: ${error.message}`,
          ExitCode.usage,
        ),
      ),
    );
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const name = address.address.includes(":") ? `[${address.address}]` : address.address;
  return {
    url: `http://${name}:${address.port}/`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    closeNow: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

function rawAt(state: ReviewState, path: readonly (string | number)[]): unknown {
  let node: unknown = state.checked.loaded.brief.value;
  for (const segment of path) node = typeof segment === "number" ? list(node)[segment] : field(node, segment);
  return node;
}

/** A new item's fields, filled from the words selected in a source. */
function newItem(
  state: ReviewState,
  name: ListName,
  source: string,
  published: string,
  words: string,
): Record<string, unknown> {
  const taken = new Set(list(field(state.checked.loaded.brief.value, name)).map((item) => text(field(item, "id"))));
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    return id;
  };
  const short = slug(words.split(/\s+/).slice(0, 6).join(" "));
  if (name === "quotes") return { id: unique(`q-${short}`), text: words, date: published, cite: [source] };
  if (name === "timeline") {
    return { id: unique(`e-${published}-${short}`), date: published, text: words, cite: [{ source, excerpt: words }] };
  }
  const [value] = numbersInDigits(words);
  const qualifier = detectQualifier(words);
  return {
    id: unique(short),
    observations: [
      {
        ...(value === undefined ? {} : { value: String(value) }),
        ...(qualifier === "exactly" ? {} : { qualifier }),
        wording: words,
        as_of: published,
        cite: [{ source, excerpt: words }],
      },
    ],
  };
}
