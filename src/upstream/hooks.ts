import type { WireMethod } from "./http.js";
import type { RetryReason } from "./retry.js";

/** One attempt that reached (or tried to reach) the Management API. */
export interface UpstreamCallEvent {
  method: WireMethod;
  /** The OAS route template, e.g. "/users/{id}/roles". */
  route: string;
  /** The HTTP status; 0 on a network error, timeout or abort. */
  status: number;
  durationMs: number;
  /** 1 for the first attempt of a call, 2 for its first retry… */
  attempt: number;
}

export interface UpstreamRetryEvent {
  method: WireMethod;
  route: string;
  reason: RetryReason;
  delayMs: number;
}

/** Where metrics and logs of later issues hang. Hooks must not throw (what they throw is ignored). */
export interface UpstreamHooks {
  onCall?(event: UpstreamCallEvent): void;
  onRetry?(event: UpstreamRetryEvent): void;
  /** Each 429 received. */
  onRateLimited?(event: { route: string }): void;
  /** Each Management API token obtained. */
  onTokenRefresh?(): void;
  /** An answer's `x-ratelimit-remaining`: requests left in the tenant's (`origin`'s) rate-limit budget. */
  onRateLimitRemaining?(event: { origin: string; remaining: number }): void;
  /** A call waited this long for the pacer before it started. */
  onPacerWait?(ms: number): void;
}

export type UpstreamCallListener = (event: UpstreamCallEvent) => void;
