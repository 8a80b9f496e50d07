import type { Readable } from "node:stream";
import type { Logger } from "pino";
import type { UpstreamConfig } from "../config.js";
import { runAttempts, type AttemptResult } from "./attempt-loop.js";
import { CallSignal } from "./call-signal.js";
import {
  DeadlineExceeded,
  errorFromResponse,
  InvalidPathParameter,
  MalformedResponse,
  ScopeDeadlineExceeded,
  scrub,
  UpstreamError,
} from "./errors.js";
import type { UpstreamCallEvent, UpstreamCallListener, UpstreamHooks } from "./hooks.js";
import { header, HttpTransport, TransportError, type HttpResponse, type WireMethod } from "./http.js";
import { upstreamLogger } from "./logging.js";
import { expandPath, PathParameterError, queryString } from "./operations.js";
import { Pacer } from "./pacer.js";
import { RedisRateBudget } from "./redis-rate-budget.js";
import { RedisStore } from "./redis-store.js";
import { responseShapeProblem } from "./response-shapes.js";
import { rateLimitWaitMs, type RetryPolicy, type RetryReason } from "./retry.js";
import { SharedTokenProvider } from "./shared-token-provider.js";
import { ClientCredentialsTokenProvider, StaticTokenProvider, type TokenProvider } from "./token-provider.js";
import type { UpstreamSpan, UpstreamTracer } from "./tracing.js";

export interface CallOptions {
  signal?: AbortSignal;
  /** Whose call this is (a caller's `sub`): the pacer serves different keys in turn. */
  queueKey?: string;
  /** Sent as X-Correlation-ID on writes (POST, PUT, PATCH, DELETE); Auth0 keeps 64 characters. */
  correlationId?: string;
}

const WRITE_METHODS = new Set<WireMethod>(["POST", "PUT", "PATCH", "DELETE"]);

/** A streamed request body, made afresh for each attempt (a stream is read only once). */
export type UploadBody = () => { contentType: string; stream: Readable };

function errorCodeOf(body: unknown): string | undefined {
  const code = (body as { errorCode?: unknown } | undefined)?.errorCode;
  return typeof code === "string" ? code : undefined;
}

/**
 * Runs REST calls end to end (token, pacing, attempts, retries, all within the call's deadline) and
 * reports each attempt. Every view of a client shares one: sockets, token, pacer, hooks.
 */
export class CallExecutor {
  readonly transport: HttpTransport;
  readonly tokens: TokenProvider;
  readonly pacer: Pacer;
  readonly retry: RetryPolicy;
  readonly logger: Logger | undefined;
  /** The Redis the replicas share (REDIS_URL), if any. */
  readonly store: RedisStore | undefined;
  /** Path of the Management API under the origin, "/api/v2". */
  private readonly apiPath: string;
  /** The Authorization header of the current token, made once per token rather than once per call. */
  private bearer = { token: "", header: "" };
  private closed = false;

  constructor(
    readonly config: UpstreamConfig,
    readonly hooks: UpstreamHooks,
    logger: Logger | undefined,
    private readonly tracer?: UpstreamTracer,
  ) {
    this.logger = upstreamLogger(logger);
    const apiUrl = new URL(config.apiBaseUrl);
    if (apiUrl.origin !== config.origin || new URL(config.tokenUrl).origin !== config.origin) {
      throw new TypeError("apiBaseUrl and tokenUrl must be under the configured origin");
    }
    this.apiPath = apiUrl.pathname.replace(/\/$/, "");
    this.transport = new HttpTransport(config.origin, config);
    this.retry = config;
    this.store = config.redisUrl ? new RedisStore(config.redisUrl, config.origin, this.logger) : undefined;
    this.pacer = new Pacer({
      // Unset: the tenant's bucket bounds the calls in flight, and the sockets.
      maxConcurrency: config.maxConcurrency ?? config.maxConnections,
      maxHoldMs: config.rateLimitMaxWaitMs,
      onWait: (ms) => this.hook(() => hooks.onPacerWait?.(ms)),
      ...(this.store
        ? { shared: new RedisRateBudget(this.store, { maxHoldMs: config.rateLimitMaxWaitMs, leaseMs: config.deadlineMs }) }
        : {}),
    });
    this.tokens = this.tokenProvider(config);
  }

  private tokenProvider(config: UpstreamConfig): TokenProvider {
    const { credentials } = config;
    if (credentials.kind === "static-token") return new StaticTokenProvider(credentials.token);
    const local = new ClientCredentialsTokenProvider({
      transport: this.transport,
      tokenPath: new URL(config.tokenUrl).pathname,
      clientId: credentials.clientId,
      clientSecret: credentials.clientSecret,
      audience: config.audience,
      refreshLeewayMs: config.tokenRefreshLeewayMs,
      deadlineMs: config.deadlineMs,
      retry: config,
      onRefresh: () => this.hook(() => this.hooks.onTokenRefresh?.()),
      onDebug: (fields, message) => this.logger?.debug(fields, message),
      ...(this.tracer ? { tracer: this.tracer } : {}),
    });
    if (!this.store) return local;
    return new SharedTokenProvider(this.store, local, { origin: config.origin, audience: config.audience, ...credentials });
  }

  /** Hooks are observers: what they throw must not break a call. */
  hook(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.logger?.warn({ err: { message: (error as Error)?.message } }, "an upstream hook threw");
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.pacer.close(new TransportError("aborted", false, "CLOSED", "the upstream client was closed"));
    await this.transport.close();
    await this.store?.close();
  }

  /**
   * One REST operation end to end: token, pacing, attempts, retries, all within the call's deadline.
   * Resolves with the 2xx body; rejects with an UpstreamError.
   */
  async execute(
    method: WireMethod,
    route: string,
    input: { path?: object; query?: object; body?: unknown; upload?: UploadBody },
    listeners: readonly UpstreamCallListener[],
    options: CallOptions | undefined,
  ): Promise<unknown> {
    if (this.closed) {
      throw new UpstreamError({ message: "The upstream client is closed", statusCode: 0, kind: "aborted", method, route });
    }
    let path: string;
    try {
      const expanded = expandPath(route, input.path as Record<string, unknown>);
      path = `${this.apiPath}${expanded}${queryString(input.query as Record<string, unknown>)}`;
    } catch (error) {
      // An empty id or a dot segment would address another resource (`/users/` is the user list,
      // `/users/X/authentication-methods/..` the user): refuse before sending.
      if (error instanceof PathParameterError)
        throw new InvalidPathParameter({ method, route, parameter: error.parameter, reason: error.reason });
      throw error;
    }
    const headers: Record<string, string> = { accept: "application/json" };
    let body: string | undefined;
    if (input.body !== undefined) {
      body = JSON.stringify(input.body);
      headers["content-type"] = "application/json";
    }
    if (options?.correlationId && WRITE_METHODS.has(method)) headers["x-correlation-id"] = options.correlationId.slice(0, 64);

    // A cancelled caller (its operation settled, or past its deadline) makes no call at all.
    if (options?.signal?.aborted) throw this.abortedError(options.signal, method, route);
    const signals = new CallSignal(this.config.deadlineMs, options?.signal);
    const span: UpstreamSpan | undefined = this.tracer?.startCall(method, route);
    let renewedToken = false;
    try {
      const value = await runAttempts({
        method,
        retry: this.retry,
        signal: signals.signal,
        deadlineAt: signals.deadlineAt,
        onRetry: (reason, delayMs) => this.retried(method, route, reason, delayMs),
        attempt: async (attempt): Promise<AttemptResult<unknown>> => {
          const token = await this.tokens.getToken(signals.signal);
          const waitStarted = span ? performance.now() : 0;
          const permit = await this.pacer.acquire(signals.signal, options?.queueKey);
          const started = performance.now();
          const attemptHeaders = { ...headers, authorization: this.authorization(token) };
          if (span) {
            span.attempt(attempt, started - waitStarted);
            span.inject(attemptHeaders);
          }
          let response: HttpResponse;
          try {
            const upload = input.upload?.();
            response = await this.transport.send({
              method,
              path,
              headers: upload ? { ...attemptHeaders, "content-type": upload.contentType } : attemptHeaders,
              body: upload ? upload.stream : body,
              signal: signals.signal,
            });
          } catch (error) {
            permit.release();
            this.report(listeners, { method, route, status: 0, durationMs: performance.now() - started, attempt });
            if (!(error instanceof TransportError) || error.kind === "aborted") throw error;
            return {
              type: "failed",
              outcome: error.kind === "timeout" ? { type: "timeout" } : { type: "network", sent: error.sent },
              failure: new UpstreamError({
                message: `${method} ${route} failed: ${scrub(error.message, this.tokens.secrets())}`,
                statusCode: 0,
                kind: error.kind,
                method,
                route,
              }),
            };
          }
          permit.release({ status: response.status, headers: response.headers });
          span?.answered(response.status, response.headers);
          this.reportRemaining(response);
          this.report(listeners, { method, route, status: response.status, durationMs: performance.now() - started, attempt });
          if (response.status >= 200 && response.status < 300) {
            const problem = responseShapeProblem(method, route, input.query as Record<string, unknown> | undefined, response.body);
            if (problem === undefined) return { type: "done", value: response.body };
            throw new MalformedResponse({ method, route, status: response.status, problem: scrub(problem, this.tokens.secrets()) });
          }
          if (response.status === 401 && this.tokens.refreshable && !renewedToken) {
            // The token was refused (revoked, rotated signing key, expired early): one retry with a fresh one.
            renewedToken = true;
            this.tokens.invalidate(token);
            return { type: "again", reason: "unauthorized" };
          }
          if (response.status === 429) this.hook(() => this.hooks.onRateLimited?.({ route }));
          const retryAfterMs = response.status === 429 ? rateLimitWaitMs(response.headers) : undefined;
          return {
            type: "failed",
            outcome: { type: "response", status: response.status, headers: response.headers, errorCode: errorCodeOf(response.body) },
            failure: errorFromResponse({
              method,
              route,
              status: response.status,
              body: response.body,
              secrets: this.tokens.secrets(),
              ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
            }),
          };
        },
      });
      span?.end();
      return value;
    } catch (error) {
      const final = this.finalError(error, signals, method, route);
      span?.end(final);
      throw final;
    } finally {
      signals.dispose();
    }
  }

  private authorization(token: string): string {
    if (this.bearer.token !== token) this.bearer = { token, header: `Bearer ${token}` };
    return this.bearer.header;
  }

  private finalError(error: unknown, signals: CallSignal, method: WireMethod, route: string): unknown {
    if (error instanceof UpstreamError) return error;
    if (signals.timedOut) {
      return new UpstreamError({
        message: `${method} ${route} did not complete within ${this.config.deadlineMs} ms`,
        statusCode: 0,
        kind: "timeout",
        method,
        route,
      });
    }
    if (signals.caller?.aborted) return this.abortedError(signals.caller, method, route);
    if (error instanceof TransportError && error.kind === "aborted") {
      const closed = error.code === "CLOSED";
      return new UpstreamError({
        message: `${method} ${route} was aborted${closed ? ": the upstream client was closed" : ""}`,
        statusCode: 0,
        kind: "aborted",
        method,
        route,
      });
    }
    return error;
  }

  /** The error of a call its caller's signal cut or kept from starting. */
  private abortedError(caller: AbortSignal, method: WireMethod, route: string): UpstreamError {
    if (caller.reason instanceof ScopeDeadlineExceeded)
      return new DeadlineExceeded({ method, route, deadlineMs: caller.reason.deadlineMs });
    return new UpstreamError({ message: `${method} ${route} was aborted`, statusCode: 0, kind: "aborted", method, route });
  }

  private report(listeners: readonly UpstreamCallListener[], event: UpstreamCallEvent): void {
    const rounded = { ...event, durationMs: Math.round(event.durationMs * 10) / 10 };
    // Checked first: a debug line's fields would be built for every call even when debug is off.
    if (this.logger?.isLevelEnabled("debug"))
      this.logger.debug(
        { method: rounded.method, route: rounded.route, status: rounded.status, ms: rounded.durationMs, attempt: rounded.attempt },
        "upstream call",
      );
    this.hook(() => this.hooks.onCall?.(rounded));
    for (const listener of listeners) this.hook(() => listener(rounded));
  }

  private reportRemaining(response: HttpResponse): void {
    if (!this.hooks.onRateLimitRemaining) return;
    const remaining = Number(header(response.headers, "x-ratelimit-remaining") ?? Number.NaN);
    if (Number.isFinite(remaining)) this.hook(() => this.hooks.onRateLimitRemaining?.({ origin: this.config.origin, remaining }));
  }

  private retried(method: WireMethod, route: string, reason: RetryReason, delayMs: number): void {
    this.logger?.debug({ method, route, reason, delayMs }, "upstream retry");
    this.hook(() => this.hooks.onRetry?.({ method, route, reason, delayMs }));
  }
}
