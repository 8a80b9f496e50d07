import type { IncomingMessage, ServerResponse } from "node:http";
import { ApiError } from "./errors.js";
import type { FaultAction, FaultSwitch } from "./faults.js";
import type { Journal } from "./journal.js";
import { EXPORTS_PATH, type JobBoard } from "./jobs/job-board.js";
import { admit, authenticate } from "./management-auth.js";
import type { PreciseClock } from "./precise-clock.js";
import type { TokenBucket } from "./rate-limit.js";
import { jsonReply, parseJsonBody, rateLimitHeaders, readBody, send, sendJson, type JsonReply } from "./replies.js";
import type { Route, RouteContext, RouteResult } from "./route.js";
import type { Handler, RouteMatch } from "./router.js";
import type { EmulatorServices } from "./routes/auth.js";
import type { CallStats } from "./stats.js";
import { rejectUnknownQuery } from "./validation.js";

/** Longest request-target answered; longer ones get Auth0's 414 (a 100-id search is ~6 KB). */
const MAX_URL_LENGTH = 16 * 1024;

export interface RequestHandlerDeps {
  route: (method: string, pathname: string) => RouteMatch | undefined;
  services: EmulatorServices;
  stats: CallStats;
  faults: FaultSwitch;
  bucket: TokenBucket;
  clock: PreciseClock;
  latencyMs: number;
  jitterMs: number;
  /** With --data: where write requests are journaled before they are answered. */
  journal?: Pick<Journal, "record" | "changed">;
  jobs: JobBoard;
}

/** What one request is answered with: a JSON reply, or an injected network fault. */
type Answer = JsonReply | { fault: FaultAction };

/** An error's answer; the Management API's 401s also name their realm. */
function errorAnswer(error: ApiError, headers: Record<string, string> = {}, management = false): Answer {
  const all = { ...error.headers, ...headers };
  if (management && error.statusCode === 401) all["www-authenticate"] = 'Bearer realm="Auth0 Management API"';
  return jsonReply(error.statusCode, error.body(), all);
}

function applyFault(res: ServerResponse, action: FaultAction): void {
  if ("drop" in action) {
    res.socket?.destroy();
    return;
  }
  if ("hang" in action) return; // never answered; close() ends it
  if ("overrideHeaders" in action) return; // answered as usual (see handle)
  if (action.text !== undefined) {
    const headers = {
      "content-type": "text/html; charset=utf-8",
      ...action.headers,
      "content-length": String(Buffer.byteLength(action.text)),
    };
    send(res, { status: action.status, headers, payload: action.text });
    return;
  }
  const body =
    action.body ??
    (action.status === 429
      ? new ApiError(429, "Global limit has been reached", "too_many_requests").body()
      : new ApiError(action.status, action.status >= 500 ? "Service temporarily unavailable" : "Injected fault").body());
  sendJson(res, action.status, body, action.headers);
}

/** Sends the answer; false when there is none to send (a held or dropped connection). */
function reply(res: ServerResponse, answer: Answer): boolean {
  if ("fault" in answer) {
    applyFault(res, answer.fault);
    return "status" in answer.fault;
  }
  send(res, answer);
  return true;
}

/**
 * The emulator's request handling: routing, the tenant's latency, recorded stats, injected faults,
 * the rate limit, then the Management API's authentication, scopes and query checks before the route runs.
 */
export function createRequestHandler(deps: RequestHandlerDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { services, stats, faults, bucket, clock, latencyMs, jitterMs } = deps;
  const { state, issuer } = services;

  async function runManagement(
    req: IncomingMessage,
    route: Route,
    params: Record<string, string>,
    query: URLSearchParams,
  ): Promise<RouteResult> {
    const caller = await authenticate(req, issuer, services.managementAudience());
    const grantedBy = admit(route, caller);
    if (route.query) rejectUnknownQuery(query, route.query);
    const raw = await readBody(req);
    const body = route.multipart ? undefined : parseJsonBody(raw);
    const ctx: RouteContext = {
      state,
      params,
      query,
      body,
      ...(route.multipart ? { rawBody: { contentType: req.headers["content-type"] ?? "", bytes: raw } } : {}),
      jobs: deps.jobs,
      caller,
      grantedBy,
      origin: services.origin(),
      now: () => new Date(),
      changed: () => deps.journal?.changed(),
      verifyIdToken: async (jwt) => {
        try {
          const payload = await issuer.verify(jwt);
          if (typeof payload.sub !== "string" || payload.aud === undefined) throw new Error("claims");
          return { sub: payload.sub, aud: payload.aud };
        } catch {
          throw new ApiError(400, "JWT validation failed: the link_with token is not a valid ID token of this tenant.", "invalid_body");
        }
      },
    };
    // A write is on disk before it is answered (with --data); reads are never tracked.
    return deps.journal && route.method !== "GET" ? deps.journal.record(() => route.handle(ctx)) : route.handle(ctx);
  }

  async function answer(req: IncomingMessage, url: URL, handler: Handler, params: Record<string, string>): Promise<Answer> {
    if (handler.kind === "auth") {
      const result = await handler.endpoint.handle({ req, url, params, services, readBody: () => readBody(req) });
      return jsonReply(result.status, result.body, result.headers);
    }
    const decision = bucket.take();
    const limitHeaders = rateLimitHeaders(decision);
    if (!decision.allowed) return errorAnswer(new ApiError(429, "Global limit has been reached", "too_many_requests"), limitHeaders, true);
    try {
      const result = await runManagement(req, handler.route, params, url.searchParams);
      return jsonReply(result.status, result.body, { ...result.headers, ...limitHeaders });
    } catch (error) {
      if (error instanceof ApiError) return errorAnswer(error, limitHeaders, true);
      throw error;
    }
  }

  return async (req, res) => {
    const method = (req.method ?? "GET").toUpperCase();
    if ((req.url ?? "").length > MAX_URL_LENGTH) {
      sendJson(res, 414, new ApiError(414, "Request-URI Too Large").body());
      return;
    }
    const url = new URL(req.url ?? "/", "http://emulator.local");
    // Export files are served as a signed storage URL would serve them, outside the Management API.
    if (method === "GET" && url.pathname.startsWith(EXPORTS_PATH)) {
      await deps.jobs.serveDownload(url.pathname, res);
      return;
    }
    const match = deps.route(method, url.pathname);
    if (!match) {
      sendJson(res, 404, new ApiError(404, "Not Found").body());
      return;
    }
    const { handler, params, template } = match;
    if (handler.kind === "auth" && handler.endpoint.dev === true) {
      reply(res, await answer(req, url, handler, params));
      return;
    }

    // The configured latency is the tenant's response time: the work, serializing the answer
    // included, is done while it runs, and only work that outlasts it (a password hash, say) makes
    // an answer later.
    const answerAt = performance.now() + latencyMs + (jitterMs > 0 ? Math.random() * jitterMs : 0);
    const recorded = stats.record(
      method,
      template,
      req.url ?? "/",
      typeof req.headers.traceparent === "string" ? req.headers.traceparent : undefined,
    );
    const fault = faults.take(method, template);
    let result: Answer;
    try {
      result = fault && !("overrideHeaders" in fault) ? { fault } : await answer(req, url, handler, params);
      if (fault && "overrideHeaders" in fault && "status" in result) result.headers = { ...result.headers, ...fault.overrideHeaders };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      result = errorAnswer(error);
    }
    await clock.until(answerAt);
    if (reply(res, result)) recorded.answered("fault" in result ? (result.fault as { status: number }).status : result.status);
  };
}
