import type { ResponseHeaders, WireMethod } from "./http.js";

/**
 * A span around one REST call (all its attempts) or one token grant. src/upstream only reports what
 * happened; src/ops/tracing.ts makes the spans (OpenTelemetry) and decides what goes into them.
 */
export interface UpstreamSpan {
  /** Adds the span's trace context (W3C `traceparent`) to an attempt's request headers. */
  inject(headers: Record<string, string>): void;
  /** Attempt `n` (from 1) is about to be sent, after waiting `pacerWaitMs` for the pacer. */
  attempt(n: number, pacerWaitMs: number): void;
  /** An attempt was answered (any status). */
  answered(status: number, headers: ResponseHeaders): void;
  /** The call is over: `error` when it failed. Called once. */
  end(error?: unknown): void;
}

/** Starts upstream spans in the active trace context. Absent when tracing is off: the executor then does nothing extra. */
export interface UpstreamTracer {
  /** `route` is the OAS template ("/users/{id}/roles"), never the URL (ids, emails, queries). */
  startCall(method: WireMethod, route: string): UpstreamSpan;
  startTokenGrant(route: string): UpstreamSpan;
}
