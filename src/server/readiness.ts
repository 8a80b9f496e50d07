import type { TokenVerifier } from "../auth/verify-token.js";
import type { ReadinessCheck } from "../ops/ops-endpoints.js";
import type { ManagementClient } from "../upstream/client.js";
import { UpstreamError } from "../upstream/errors.js";

/** Runs `work`; a failure is rethrown as `${what}: ${its message}` (an upstream status included). */
async function explained(what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const status = error instanceof UpstreamError && error.statusCode > 0 ? ` (HTTP ${error.statusCode})` : "";
    // fetch's "fetch failed" says why only in its cause (ECONNREFUSED, a DNS failure…).
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}${status}${cause}`);
  }
}

/**
 * What /readyz checks by default: that a Management API token can be had, the callers' JWKS loads,
 * and the tenant's rate limit does not hold calls longer than AUTH0_RATE_LIMIT_MAX_WAIT_MS.
 */
export function defaultReadinessChecks(client: ManagementClient, verifier: TokenVerifier): ReadinessCheck[] {
  return [
    { name: "upstream_token", check: (signal) => explained("no Management API token", () => client.ready({ signal })) },
    { name: "jwks", check: () => explained("the callers' token signing keys (JWKS) could not be loaded", () => verifier.ready()) },
    {
      name: "upstream_rate_limit",
      check: async () => {
        const hold = client.rateLimitHold();
        if (!hold) return;
        throw new Error(
          `the tenant's rate limit holds Management API calls: its answers ask to wait ` +
            `${Math.ceil(hold.askedMs / 1000)} s, longer than AUTH0_RATE_LIMIT_MAX_WAIT_MS ` +
            `(${hold.maxHoldMs} ms), so one probe call goes every ${hold.maxHoldMs} ms until it lifts`,
        );
      },
    },
  ];
}
