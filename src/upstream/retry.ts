import { header, type ResponseHeaders, type WireMethod } from "./http.js";

/**
 * When an attempt is tried again, and after how long.
 *
 * - 429: the upstream did not process the request, so every method is retried, after `Retry-After`
 *   (seconds or HTTP date) or else `x-ratelimit-reset` − now, capped at `rateLimitMaxWaitMs`, plus a
 *   small positive jitter (never early). Bounded by the call's deadline, not by `maxRetries`.
 * - 408, 5xx, a headers/body timeout, a reset or dropped connection: the request may have been
 *   processed, so only GET, PUT and DELETE (idempotent) are retried, with exponential backoff and
 *   jitter, at most `maxRetries` times. A POST or PATCH is never re-sent.
 * - A connection that could not be established (refused, connect timeout, DNS): nothing was sent,
 *   so every method is retried like an idempotent one.
 * - 429 `too_many_jobs` (two imports already running) is not a rate limit and is not retried.
 * - 401 is handled by the client (fresh token, one retry), not here.
 */

export interface RetryPolicy {
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  rateLimitMaxWaitMs: number;
}

export type AttemptOutcome =
  | { type: "response"; status: number; headers: ResponseHeaders; errorCode?: string | undefined }
  | { type: "network"; sent: boolean }
  | { type: "timeout" };

export type RetryReason = "rate-limited" | "server-error" | "timeout" | "network" | "connect-failed" | "unauthorized";

export type RetryDecision = { retry: false } | { retry: true; reason: RetryReason; delayMs: number };

export interface RetryState {
  /** Earlier retries that count against `maxRetries` (everything but 429s). */
  failures: number;
  /** Earlier 429s of this call. */
  rateLimited: number;
}

const IDEMPOTENT = new Set<WireMethod>(["GET", "PUT", "DELETE"]);

export function isIdempotent(method: WireMethod): boolean {
  return IDEMPOTENT.has(method);
}

/** `x-ratelimit-reset` as epoch ms. Auth0 sends epoch seconds; a small number is read as seconds from now. */
export function rateLimitResetAt(headers: ResponseHeaders, now = Date.now()): number | undefined {
  const value = Number(header(headers, "x-ratelimit-reset"));
  if (!Number.isFinite(value) || value < 0) return undefined;
  if (value > 1e12) return value;
  if (value > 1e9) return value * 1000;
  return now + value * 1000;
}

/** How long a 429 asks to wait: Retry-After first, then x-ratelimit-reset; undefined when neither says. */
export function rateLimitWaitMs(headers: ResponseHeaders, now = Date.now()): number | undefined {
  const retryAfter = header(headers, "retry-after")?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const resetAt = rateLimitResetAt(headers, now);
  return resetAt === undefined ? undefined : Math.max(0, resetAt - now);
}

/** base × 2^n, capped, with "equal jitter": half fixed, half random. */
export function backoffMs(retryIndex: number, policy: RetryPolicy, random = Math.random): number {
  const ceiling = Math.min(policy.retryMaxDelayMs, policy.retryBaseDelayMs * 2 ** retryIndex);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** A small positive jitter so that callers woken by the same reset do not arrive in one instant. */
function rateLimitJitterMs(waitMs: number, random: () => number): number {
  return Math.round(50 + random() * Math.min(250, Math.max(50, waitMs * 0.1)));
}

export function decideRetry(
  outcome: AttemptOutcome,
  method: WireMethod,
  state: RetryState,
  policy: RetryPolicy,
  random: () => number = Math.random,
): RetryDecision {
  const backoff = (reason: RetryReason): RetryDecision =>
    state.failures < policy.maxRetries ? { retry: true, reason, delayMs: backoffMs(state.failures, policy, random) } : { retry: false };

  if (outcome.type === "network") {
    if (!outcome.sent) return backoff("connect-failed");
    return isIdempotent(method) ? backoff("network") : { retry: false };
  }
  if (outcome.type === "timeout") return isIdempotent(method) ? backoff("timeout") : { retry: false };

  const { status, headers } = outcome;
  // The tenant's limit of concurrent import jobs is answered with a 429 too, but waiting a moment
  // does not lift it: the caller decides whether to try again once a job has finished.
  if (status === 429 && outcome.errorCode === "too_many_jobs") return { retry: false };
  if (status === 429) {
    const asked = rateLimitWaitMs(headers);
    const base = asked ?? backoffMs(state.rateLimited, policy, random);
    const waitMs = Math.min(base, policy.rateLimitMaxWaitMs);
    return { retry: true, reason: "rate-limited", delayMs: waitMs + rateLimitJitterMs(waitMs, random) };
  }
  if (status === 408 || status >= 500) return isIdempotent(method) ? backoff("server-error") : { retry: false };
  return { retry: false };
}
