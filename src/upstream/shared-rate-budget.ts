import type { ResponseHeaders } from "./http.js";

/**
 * A rate budget shared by every replica that talks to one tenant, which the pacer consults instead of
 * its own accounting while the shared store answers. Without one (no REDIS_URL), or while the store is
 * unreachable, each process paces itself from the tenant's headers alone (src/upstream/pacer.ts).
 */
export interface SharedRateBudget {
  /** False while the store is unreachable or slow: the pacer then paces on its own. */
  readonly available: boolean;
  /**
   * Asks to start up to `wanted` calls now. Resolves with a lease per call that may start and, when
   * fewer than `wanted` were granted, how long to wait before asking again; undefined when the store
   * did not answer (the pacer falls back to its own accounting for these calls).
   */
  take(wanted: number): Promise<SharedGrant | undefined>;
}

export interface SharedGrant {
  leases: SharedLease[];
  /** Milliseconds until asking again is worthwhile (0 when every call asked for was granted). */
  retryInMs: number;
}

export interface SharedLease {
  /** Gives the lease back with the answer's status and headers (none when no answer came). */
  release(answer?: { status: number; headers: ResponseHeaders }): void;
}
