import { runAttempts, type AttemptResult } from "./attempt-loop.js";
import { errorFromResponse, scrub, UpstreamError } from "./errors.js";
import { TransportError, type HttpTransport } from "./http.js";
import { rateLimitWaitMs, type RetryPolicy } from "./retry.js";
import type { UpstreamSpan, UpstreamTracer } from "./tracing.js";

/** Management API access tokens: a static one, or client-credentials grants cached until shortly before expiry. */
export interface TokenProvider {
  /** False for a static token: a 401 cannot be cured by asking again. */
  readonly refreshable: boolean;
  /** A valid token; concurrent callers share one in-flight grant. Rejects with the signal's reason on abort. */
  getToken(signal?: AbortSignal): Promise<string>;
  /** Forgets `token` if it is the cached one (after the upstream answered 401 to it). */
  invalidate(token: string): void;
  /** Strings that must never appear in a log line, an error or a response. */
  secrets(): string[];
}

export class StaticTokenProvider implements TokenProvider {
  readonly refreshable = false;
  constructor(private readonly token: string) {}
  async getToken(): Promise<string> {
    return this.token;
  }
  invalidate(): void {}
  secrets(): string[] {
    return [this.token];
  }
}

export interface ClientCredentialsOptions {
  transport: HttpTransport;
  /** Path of the token endpoint under the transport's origin, "/oauth/token". */
  tokenPath: string;
  clientId: string;
  clientSecret: string;
  audience: string;
  refreshLeewayMs: number;
  /** Bounds one grant including its retries. */
  deadlineMs: number;
  retry: RetryPolicy;
  onRefresh?: () => void;
  onDebug?: (fields: Record<string, unknown>, message: string) => void;
  /** A span per grant when tracing is on. */
  tracer?: UpstreamTracer;
}

export interface CachedToken {
  token: string;
  /** Epoch ms after which the token is replaced before use. */
  refreshAt: number;
  /** Epoch ms at which it expires. */
  expiresAt: number;
}

const ROUTE = "/oauth/token";

/**
 * The client-credentials grant (form-encoded, as Auth0's SDK sends it). A token is reused until
 * `expires_in − leeway` (at least half its lifetime, so a short-lived token is not fetched per call).
 * Grants are retried like an idempotent request: asking for a token changes nothing upstream.
 */
export class ClientCredentialsTokenProvider implements TokenProvider {
  readonly refreshable = true;
  private cached: CachedToken | undefined;
  private inFlight: Promise<string> | undefined;
  private readonly issued = new Set<string>();

  constructor(private readonly options: ClientCredentialsOptions) {}

  getToken(signal?: AbortSignal): Promise<string> {
    const cached = this.cached;
    if (cached && Date.now() < cached.refreshAt) return Promise.resolve(cached.token);
    this.inFlight ??= this.grant().finally(() => {
      this.inFlight = undefined;
    });
    return signal ? raceAbort(this.inFlight, signal) : this.inFlight;
  }

  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = undefined;
  }

  /** The cached token with its refresh and expiry times (to share it with other replicas). */
  current(): CachedToken | undefined {
    return this.cached;
  }

  secrets(): string[] {
    return [this.options.clientSecret, ...this.issued];
  }

  private async grant(): Promise<string> {
    const { options } = this;
    const deadline = AbortSignal.timeout(options.deadlineMs);
    const body = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: options.clientId,
      client_secret: options.clientSecret,
      audience: options.audience,
    }).toString();
    const span = options.tracer?.startTokenGrant(ROUTE);
    try {
      const token = await this.attempts(body, deadline, span);
      span?.end();
      return token;
    } catch (error) {
      span?.end(error);
      throw error;
    }
  }

  private attempts(body: string, deadline: AbortSignal, span: UpstreamSpan | undefined): Promise<string> {
    const { options } = this;
    return runAttempts({
      // A grant is safe to repeat whatever its method: judged as an idempotent request.
      method: "PUT",
      retry: options.retry,
      signal: deadline,
      deadlineAt: performance.now() + options.deadlineMs,
      failureOnAbortedWait: true,
      onRetry: (reason, delayMs) => options.onDebug?.({ route: ROUTE, reason, delayMs }, "retrying the token request"),
      attempt: async (n): Promise<AttemptResult<string>> => {
        try {
          const receivedAfter = Date.now();
          const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
          if (span) {
            span.attempt(n, 0);
            span.inject(headers);
          }
          const response = await options.transport.send({ method: "POST", path: options.tokenPath, headers, body, signal: deadline });
          span?.answered(response.status, response.headers);
          if (response.status === 200) return { type: "done", value: this.accept(response.body, receivedAfter) };
          const retryAfterMs = response.status === 429 ? rateLimitWaitMs(response.headers) : undefined;
          return {
            type: "failed",
            outcome: { type: "response", status: response.status, headers: response.headers },
            failure: errorFromResponse({
              method: "POST",
              route: ROUTE,
              status: response.status,
              body: response.body,
              secrets: this.secrets(),
              ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
            }),
          };
        } catch (error) {
          if (!(error instanceof TransportError)) throw error;
          if (error.kind === "aborted") {
            throw new UpstreamError({
              message: `The token request did not complete within ${options.deadlineMs} ms`,
              statusCode: 0,
              kind: "timeout",
              method: "POST",
              route: ROUTE,
            });
          }
          return {
            type: "failed",
            outcome: error.kind === "timeout" ? { type: "timeout" } : { type: "network", sent: error.sent },
            failure: new UpstreamError({
              message: `The token request failed: ${scrub(error.message, this.secrets())}`,
              statusCode: 0,
              kind: error.kind,
              method: "POST",
              route: ROUTE,
            }),
          };
        }
      },
    });
  }

  private accept(body: unknown, receivedAt: number): string {
    const token = (body as { access_token?: unknown } | undefined)?.access_token;
    const expiresIn = Number((body as { expires_in?: unknown } | undefined)?.expires_in);
    if (typeof token !== "string" || token === "" || !Number.isFinite(expiresIn) || expiresIn <= 0) {
      throw new UpstreamError({
        message: "The token endpoint answered without an access_token and expires_in",
        statusCode: 200,
        kind: "http",
        method: "POST",
        route: ROUTE,
      });
    }
    const lifetimeMs = expiresIn * 1000;
    const refreshAt = receivedAt + Math.max(lifetimeMs - this.options.refreshLeewayMs, lifetimeMs / 2);
    this.issued.add(token);
    if (this.issued.size > 16) this.issued.delete(this.issued.values().next().value!);
    this.cached = { token, refreshAt, expiresAt: receivedAt + lifetimeMs };
    this.options.onRefresh?.();
    this.options.onDebug?.({ route: ROUTE, expiresInS: expiresIn }, "obtained a Management API token");
    return token;
  }
}

/** Resolves like `promise`, or rejects with the signal's reason when it aborts first (the promise goes on). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
