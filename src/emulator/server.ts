import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import FindMyWay from "find-my-way";
import { ApiError } from "./errors.js";
import { FaultSwitch, type FaultAction, type FaultRule } from "./faults.js";
import { loadState, saveState } from "./persistence.js";
import { PreciseClock } from "./precise-clock.js";
import { TokenBucket, type RateLimitDecision } from "./rate-limit.js";
import type { Caller, Route, RouteContext, RouteResult } from "./route.js";
import { managementRoutes } from "./routes/index.js";
import { authRoutes, type AuthEndpoint, type EmulatorServices } from "./routes/auth.js";
import { seedState } from "./seed.js";
import type { EmulatorState } from "./state.js";
import { CallStats, type CallStatsSnapshot, type RecordedRequest } from "./stats.js";
import { TokenIssuer } from "./tokens.js";
import { rejectUnknownQuery } from "./validation.js";

export interface EmulatorOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  users?: number;
  seed?: number;
  latencyMs?: number;
  jitterMs?: number;
  /** Tenant rate limit in requests per second; generous when unset. */
  rateLimit?: number;
  /** Token bucket size; defaults to the rate limit (at least 1). */
  burst?: number;
  clientId?: string;
  clientSecret?: string;
  /** Persist the state to this file (atomic writes) and load it on start when it exists. */
  dataFile?: string;
  /** Lifetime of client-credentials tokens, in seconds. */
  tokenExpiresIn?: number;
  /** Start from this state instead of seeding one. */
  state?: EmulatorState;
}

export interface RunningEmulator {
  /** The origin, e.g. http://127.0.0.1:4010 — the Management API is `${url}/api/v2`. */
  url: string;
  clientId: string;
  clientSecret: string;
  state: EmulatorState;
  faults: Pick<FaultSwitch, "add" | "clear">;
  stats(): CallStatsSnapshot;
  /** The latest requests counted in the stats (method and path with query string), oldest first. */
  requests(): RecordedRequest[];
  resetStats(): void;
  mintToken(options: { sub?: string; scope: string; audience?: string; expiresIn?: number }): Promise<string>;
  close(): Promise<void>;
}

export const DEV_CLIENT_ID = "usergraph-dev-client";
export const DEV_CLIENT_SECRET = "usergraph-dev-secret";

const GENEROUS_RATE = 10_000;
const MAX_BODY_BYTES = 1024 * 1024;
/** Longest request-target answered; longer ones get Auth0's 414 (a 100-id search is ~6 KB). */
const MAX_URL_LENGTH = 16 * 1024;
/** Node's header limit (16 KB) would cut such URLs off with a bare 431 before the 414 check. */
const MAX_HEADER_BYTES = 64 * 1024;

type Handler = { kind: "management"; route: Route } | { kind: "auth"; endpoint: AuthEndpoint };

function toRouterPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ":$1");
}

/** A JSON answer, already serialized. */
interface JsonReply {
  status: number;
  headers: Record<string, string>;
  payload: string;
}

function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): JsonReply {
  const payload = body === undefined ? "" : JSON.stringify(body);
  return {
    status,
    headers: {
      ...headers,
      ...(payload ? { "content-type": "application/json; charset=utf-8" } : {}),
      "content-length": Buffer.byteLength(payload).toString(),
    },
    payload,
  };
}

function send(res: ServerResponse, reply: JsonReply): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(reply.status, reply.headers);
  res.end(reply.payload);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(res, jsonReply(status, body, headers));
}

function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return {
    "x-ratelimit-limit": String(decision.limit),
    "x-ratelimit-remaining": String(decision.remaining),
    "x-ratelimit-reset": String(decision.reset),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new ApiError(413, `Payload content length greater than maximum allowed: ${MAX_BODY_BYTES}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, `Payload content length greater than maximum allowed: ${MAX_BODY_BYTES}`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseJsonBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new ApiError(400, "Invalid request payload JSON format", "invalid_body");
  }
}

function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const clientId = options.clientId ?? DEV_CLIENT_ID;
  const clientSecret = options.clientSecret ?? DEV_CLIENT_SECRET;
  const state =
    options.state ??
    (options.dataFile ? await loadState(options.dataFile) : null) ??
    seedState({ users: options.users ?? 200, seed: options.seed ?? 1 });
  const issuer = await TokenIssuer.create();
  const stats = new CallStats();
  const faults = new FaultSwitch();
  const rate = options.rateLimit ?? GENEROUS_RATE;
  const bucket = new TokenBucket(rate, options.burst ?? Math.max(1, Math.ceil(rate)));
  const latencyMs = options.latencyMs ?? 0;
  const clock = new PreciseClock();
  const jitterMs = options.jitterMs ?? 0;
  const tokenExpiresIn = options.tokenExpiresIn ?? 86_400;
  let origin = "";
  const managementAudience = () => `${origin}/api/v2/`;

  // Persistence: one save at a time; changes made while saving trigger one more.
  let saving: Promise<void> | undefined;
  let dirty = false;
  const persist = (): void => {
    if (!options.dataFile) return;
    dirty = true;
    if (saving) return;
    const file = options.dataFile;
    const loop = async (): Promise<void> => {
      while (dirty) {
        dirty = false;
        await saveState(file, state);
      }
      saving = undefined;
    };
    saving = loop().catch((error: unknown) => {
      saving = undefined;
      process.stderr.write(`emulator: could not save ${file}: ${(error as Error).message}\n`);
    });
  };

  const grantedScopes = [
    ...new Set(
      managementRoutes
        .flatMap((route) => [...route.scopes, ...(route.alsoAdmittedBy ?? [])])
        .filter((scope) => !scope.includes("current_user") && scope !== "read:user_idp_tokens"),
    ),
  ].sort();

  const services: EmulatorServices = {
    state,
    issuer,
    clientId,
    clientSecret,
    grantedScopes,
    tokenExpiresIn,
    origin: () => origin,
    managementAudience,
    stats,
    faults,
  };

  const router = FindMyWay<FindMyWay.HTTPVersion.V1>({ ignoreTrailingSlash: true });
  const handlers = new Map<string, Handler>();
  for (const route of managementRoutes) {
    const key = `${route.method} ${route.path}`;
    handlers.set(key, { kind: "management", route });
    router.on(route.method, toRouterPath(route.path), () => undefined, { key });
  }
  for (const endpoint of authRoutes) {
    const key = `${endpoint.method} ${endpoint.path}`;
    handlers.set(key, { kind: "auth", endpoint });
    router.on(endpoint.method, toRouterPath(endpoint.path), () => undefined, { key });
  }

  async function authenticate(req: IncomingMessage): Promise<Caller> {
    const token = bearer(req);
    if (!token) throw new ApiError(401, "Missing authentication");
    let payload;
    try {
      payload = await issuer.verify(token, managementAudience());
    } catch {
      throw new ApiError(401, "Invalid token");
    }
    const scope = typeof payload.scope === "string" ? payload.scope : "";
    return {
      sub: String(payload.sub ?? ""),
      scopes: new Set(scope.split(" ").filter(Boolean)),
      ...(typeof payload.azp === "string" ? { clientId: payload.azp } : {}),
    };
  }

  function admit(route: Route, caller: Caller): string {
    if (route.scopeMode === "all") {
      if (route.scopes.every((s) => caller.scopes.has(s))) return route.scopes[0] ?? "";
      const alternative = route.alsoAdmittedBy?.find((s) => caller.scopes.has(s));
      if (alternative) return alternative;
      throw new ApiError(403, `Insufficient scope, expected all of: ${route.scopes.join(",")}`, "insufficient_scope");
    }
    const granted = route.scopes.find((s) => caller.scopes.has(s));
    if (granted) return granted;
    throw new ApiError(403, `Insufficient scope, expected any of: ${route.scopes.join(",")}`, "insufficient_scope");
  }

  async function runManagement(req: IncomingMessage, route: Route, params: Record<string, string>, query: URLSearchParams): Promise<RouteResult> {
    const caller = await authenticate(req);
    const grantedBy = admit(route, caller);
    if (route.query) rejectUnknownQuery(query, route.query);
    const body = parseJsonBody(await readBody(req));
    const ctx: RouteContext = {
      state,
      params,
      query,
      body,
      caller,
      grantedBy,
      origin,
      now: () => new Date(),
      changed: persist,
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
    return route.handle(ctx);
  }

  function applyFault(res: ServerResponse, action: FaultAction): void {
    if ("drop" in action) {
      res.socket?.destroy();
      return;
    }
    if ("hang" in action) return; // never answered; close() ends it
    const body =
      action.body ??
      (action.status === 429
        ? new ApiError(429, "Global limit has been reached", "too_many_requests").body()
        : new ApiError(action.status, action.status >= 500 ? "Service temporarily unavailable" : "Injected fault").body());
    sendJson(res, action.status, body, action.headers);
  }

  /** What one request is answered with: a JSON reply, or an injected network fault. */
  type Answer = JsonReply | { fault: FaultAction };

  /** An error's answer; the Management API's 401s also name their realm. */
  const errorAnswer = (error: ApiError, headers: Record<string, string> = {}, management = false): Answer => {
    const all = { ...error.headers, ...headers };
    if (management && error.statusCode === 401) all["www-authenticate"] = 'Bearer realm="Auth0 Management API"';
    return jsonReply(error.statusCode, error.body(), all);
  };

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

  /** Sends the answer; false when there is none to send (a held or dropped connection). */
  function reply(res: ServerResponse, answer: Answer): boolean {
    if ("fault" in answer) {
      applyFault(res, answer.fault);
      return "status" in answer.fault;
    }
    send(res, answer);
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    if ((req.url ?? "").length > MAX_URL_LENGTH) {
      sendJson(res, 414, new ApiError(414, "Request-URI Too Large").body());
      return;
    }
    const url = new URL(req.url ?? "/", "http://emulator.local");
    const found = router.find(method as FindMyWay.HTTPMethod, url.pathname);
    const key = (found?.store as { key?: string } | undefined)?.key;
    const handler = key ? handlers.get(key) : undefined;
    if (!found || !handler) {
      sendJson(res, 404, new ApiError(404, "Not Found").body());
      return;
    }
    const params = { ...(found.params as Record<string, string>) };
    const template = handler.kind === "management" ? handler.route.path : handler.endpoint.path;
    if (handler.kind === "auth" && handler.endpoint.dev === true) {
      reply(res, await answer(req, url, handler, params));
      return;
    }

    // The configured latency is the tenant's response time: the work, serializing the answer
    // included, is done while it runs, and only work that outlasts it (a password hash, say) makes
    // an answer later.
    const answerAt = performance.now() + latencyMs + (jitterMs > 0 ? Math.random() * jitterMs : 0);
    const recorded = stats.record(method, template, req.url ?? "/");
    const fault = faults.take(method, template);
    let result: Answer;
    try {
      result = fault ? { fault } : await answer(req, url, handler, params);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      result = errorAnswer(error);
    }
    await clock.until(answerAt);
    if (reply(res, result)) recorded.answered();
  }

  const sockets = new Set<Socket>();
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof ApiError) {
        sendJson(res, error.statusCode, error.body(), error.headers);
        return;
      }
      process.stderr.write(`emulator: internal error on ${req.method} ${req.url?.split("?")[0]}: ${(error as Error).stack}\n`);
      sendJson(res, 500, new ApiError(500, "Internal Server Error").body());
    });
  });
  server.keepAliveTimeout = 65_000;
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  origin = `http://${host}:${address.port}`;
  issuer.issuer = `${origin}/`;
  if (options.dataFile) persist();

  return {
    url: origin,
    clientId,
    clientSecret,
    state,
    faults: { add: (rule: FaultRule) => faults.add(rule), clear: () => faults.clear() },
    stats: () => stats.snapshot(),
    requests: () => stats.requests(),
    resetStats: () => stats.reset(),
    mintToken: ({ sub, scope, audience, expiresIn }) =>
      issuer.mint({
        sub: sub ?? `${clientId}@clients`,
        scope,
        audience: audience ?? managementAudience(),
        expiresIn: expiresIn ?? tokenExpiresIn,
        azp: clientId,
      }),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      clock.release();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await saving;
    },
  };
}
