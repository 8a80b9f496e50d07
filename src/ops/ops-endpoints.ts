import type { Plugin } from "graphql-yoga";
import type { GatewayMetrics } from "./metrics.js";

/** One dependency the gateway needs to serve operations; it throws (with a safe message) when unusable. */
export interface ReadinessCheck {
  name: string;
  check(signal: AbortSignal): Promise<void>;
}

const READINESS_TIMEOUT_MS = 5_000;

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

async function runCheck(check: ReadinessCheck): Promise<string | undefined> {
  const signal = AbortSignal.timeout(READINESS_TIMEOUT_MS);
  const timedOut = new Promise<never>((_, reject) =>
    signal.addEventListener("abort", () => reject(new Error(`no answer within ${READINESS_TIMEOUT_MS} ms`)), { once: true }),
  );
  try {
    await Promise.race([check.check(signal), timedOut]);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * `/healthz` (the process is alive), `/readyz` (every readiness check passes, else 503 naming the
 * failing ones and why; 503 while shutting down; 200 "degraded" when something works in a lesser way) and `/metrics` (Prometheus text).
 */
export function useOpsEndpoints(options: {
  checks: readonly ReadinessCheck[];
  metrics: GatewayMetrics;
  isShuttingDown: () => boolean;
  /** What works in a lesser way without making the gateway unready (Redis away: `{ redis: "why" }`). */
  degraded?: () => Record<string, string | undefined>;
}): Plugin {
  const { checks, metrics, isShuttingDown } = options;
  const endpoints: Record<string, () => Promise<Response>> = {
    "/healthz": async () => json({ status: "ok" }, 200),
    "/readyz": async () => {
      if (isShuttingDown()) return json({ status: "unready", reasons: { server: "shutting down" } }, 503);
      const failures = await Promise.all(checks.map(async (check) => [check.name, await runCheck(check)] as const));
      const reasons = Object.fromEntries(failures.filter(([, reason]) => reason !== undefined));
      if (Object.keys(reasons).length > 0) return json({ status: "unready", reasons }, 503);
      const degraded = Object.fromEntries(Object.entries(options.degraded?.() ?? {}).filter(([, why]) => why !== undefined));
      return Object.keys(degraded).length === 0
        ? json({ status: "ready", checks: checks.map((c) => c.name) }, 200)
        : json({ status: "degraded", checks: checks.map((c) => c.name), degraded }, 200);
    },
    "/metrics": async () =>
      new Response(await metrics.render(), { status: 200, headers: { "content-type": metrics.contentType, "cache-control": "no-store" } }),
  };
  return {
    async onRequest({ request, url, endResponse }) {
      const endpoint = endpoints[url.pathname];
      if (!endpoint) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(new Response(null, { status: 405, headers: { allow: "GET, HEAD" } }));
        return;
      }
      endResponse(await endpoint());
    },
  };
}
