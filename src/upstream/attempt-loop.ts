import { setTimeout as sleep } from "node:timers/promises";
import type { UpstreamError } from "./errors.js";
import type { WireMethod } from "./http.js";
import { decideRetry, type AttemptOutcome, type RetryPolicy, type RetryReason, type RetryState } from "./retry.js";

/** What one attempt came to. An attempt may also throw: that ends the loop with what it threw. */
export type AttemptResult<T> =
  | { type: "done"; value: T }
  /** A failure `decideRetry` judges: tried again after its delay, or thrown. */
  | { type: "failed"; outcome: AttemptOutcome; failure: UpstreamError }
  /** Tried again at once, outside the retry budget (a refused token, renewed). */
  | { type: "again"; reason: RetryReason };

export interface AttemptLoopOptions<T> {
  /** The method the retry rules judge (a token grant passes an idempotent one: it changes nothing upstream). */
  method: WireMethod;
  retry: RetryPolicy;
  /** Aborts a wait between attempts. */
  signal: AbortSignal;
  /** performance.now() of the deadline: a wait that cannot end before it is not begun. */
  deadlineAt: number;
  /** On an aborted wait, throw the last failure instead of the abort (for a caller with nobody to tell apart). */
  failureOnAbortedWait?: boolean;
  /** Attempt number `n` (from 1). */
  attempt(n: number): Promise<AttemptResult<T>>;
  onRetry?(reason: RetryReason, delayMs: number): void;
}

/** Runs attempts until one is done, one throws, or the retry rules (src/upstream/retry.ts) or the deadline say stop. */
export async function runAttempts<T>(options: AttemptLoopOptions<T>): Promise<T> {
  const state: RetryState = { failures: 0, rateLimited: 0 };
  for (let n = 1; ; n += 1) {
    const result = await options.attempt(n);
    if (result.type === "done") return result.value;
    if (result.type === "again") {
      options.onRetry?.(result.reason, 0);
      continue;
    }
    const decision = decideRetry(result.outcome, options.method, state, options.retry);
    if (!decision.retry) throw result.failure;
    // A wait that cannot end before the deadline would only turn this answer into a timeout.
    if (performance.now() + decision.delayMs >= options.deadlineAt) throw result.failure;
    if (decision.reason === "rate-limited") state.rateLimited += 1;
    else state.failures += 1;
    options.onRetry?.(decision.reason, decision.delayMs);
    try {
      await sleep(decision.delayMs, undefined, { signal: options.signal });
    } catch (error) {
      throw options.failureOnAbortedWait ? result.failure : error;
    }
  }
}
