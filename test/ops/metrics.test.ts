import { afterEach, describe, expect, it } from "vitest";
import { errorCodes } from "../support/graphql-answer.js";
import { startOpsGateway, type OpsGateway } from "./support.js";

/** Prometheus text → value by `name{labels}` exactly as exposed (labels in exposition order). */
function parseMetrics(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const at = line.lastIndexOf(" ");
    values.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return values;
}

/** The sum of a metric's series whose labels include every one of `labels`. */
function sum(values: Map<string, number>, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const [series, value] of values) {
    const brace = series.indexOf("{");
    const seriesName = brace === -1 ? series : series.slice(0, brace);
    if (seriesName !== name) continue;
    const text = brace === -1 ? "" : series.slice(brace);
    if (Object.entries(labels).every(([k, v]) => text.includes(`${k}="${v}"`))) total += value;
  }
  return total;
}

const open: OpsGateway[] = [];
afterEach(async () => {
  for (const gateway of open.splice(0)) await gateway.close();
});

async function start(options: Parameters<typeof startOpsGateway>[0] = {}): Promise<OpsGateway> {
  const gateway = await startOpsGateway(options);
  open.push(gateway);
  return gateway;
}

async function scrape(t: OpsGateway): Promise<Map<string, number>> {
  const res = await t.get("/metrics");
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseMetrics(res.text);
}

describe("/metrics", () => {
  it("counts operations by type and outcome, their durations, and errors by code", async () => {
    const t = await start();
    const ok = 3;
    for (let i = 0; i < ok; i++) expect((await t.post({ query: "{ users(first: 1) { nodes { id } } }" })).body.errors).toBeUndefined();
    const forbidden = await t.post({ query: "{ roles(first: 1) { nodes { id } } }" }, { token: await t.token({ scope: "read:users" }) });
    expect(errorCodes(forbidden.body)).toEqual(["FORBIDDEN"]);
    const anonymous = await t.post({ query: "{ users(first: 1) { nodes { id } } }" }, { token: null });
    expect(anonymous.status).toBe(401);

    const m = await scrape(t);
    expect(sum(m, "usergraph_graphql_operations_total", { operation_type: "query", outcome: "ok" })).toBe(ok);
    expect(sum(m, "usergraph_graphql_operations_total", { operation_type: "query", outcome: "error" })).toBe(1);
    // Refused before its document was parsed: its type is unknown.
    expect(sum(m, "usergraph_graphql_operations_total", { operation_type: "unknown", outcome: "error" })).toBe(1);
    expect(sum(m, "usergraph_graphql_operations_total")).toBe(ok + 2);
    expect(sum(m, "usergraph_graphql_operation_duration_seconds_count")).toBe(ok + 2);
    expect(sum(m, "usergraph_graphql_operation_duration_seconds_sum")).toBeGreaterThan(0);
    expect(sum(m, "usergraph_graphql_errors_total", { code: "FORBIDDEN" })).toBe(1);
    expect(sum(m, "usergraph_graphql_errors_total", { code: "UNAUTHENTICATED" })).toBe(1);
    expect(sum(m, "usergraph_graphql_errors_total")).toBe(2);
    // Scraping is not an operation.
    expect(sum(await scrape(t), "usergraph_graphql_operations_total")).toBe(ok + 2);
  });

  it("counts upstream requests by route and status as the emulator saw them, and token refreshes", async () => {
    const t = await start();
    const [someone] = [...t.emulator.state.users.keys()];
    await t.post({ query: `{ users(first: 2) { nodes { id } } roles(first: 1) { nodes { id } } user(id: "${someone}") { id email } }` });
    await t.post({ query: `{ user(id: "auth0|no-such-user") { id } }` });

    const m = await scrape(t);
    const seen = t.emulator.stats().byRoute;
    for (const [key, count] of Object.entries(seen)) {
      const [method, path] = key.split(" ");
      if (!path!.startsWith("/api/v2/")) continue;
      const route = path!.slice("/api/v2".length);
      expect(sum(m, "usergraph_upstream_requests_total", { method: method!, route }), key).toBe(count);
    }
    const managementCalls = Object.entries(seen)
      .filter(([k]) => k.includes(" /api/v2/"))
      .reduce((a, [, n]) => a + n, 0);
    expect(sum(m, "usergraph_upstream_requests_total")).toBe(managementCalls);
    expect(sum(m, "usergraph_upstream_requests_total", { status: "404" })).toBeGreaterThanOrEqual(1);
    expect(sum(m, "usergraph_upstream_request_duration_seconds_count")).toBe(managementCalls);
    expect(sum(m, "usergraph_upstream_token_refreshes_total")).toBe(seen["POST /oauth/token"]);
    expect(seen["POST /oauth/token"]).toBe(1);
  });

  it("counts 429s and the retries after them", async () => {
    const t = await start({ env: { AUTH0_RETRY_BASE_DELAY_MS: "10", AUTH0_RETRY_MAX_DELAY_MS: "50" } });
    await t.post({ query: "{ users(first: 1) { nodes { id } } }" }); // token, JWKS
    t.emulator.faults.add({
      method: "GET",
      route: "/api/v2/roles",
      count: 2,
      action: { status: 429, headers: { "retry-after": "0" } },
    });
    const res = await t.post({ query: "{ roles(first: 1) { nodes { id } } }" });
    expect(res.body.errors).toBeUndefined();

    const m = await scrape(t);
    expect(sum(m, "usergraph_upstream_rate_limited_total", { route: "/roles" })).toBe(2);
    expect(sum(m, "usergraph_upstream_retries_total", { route: "/roles" })).toBe(2);
    expect(sum(m, "usergraph_upstream_requests_total", { route: "/roles", status: "429" })).toBe(2);
    expect(sum(m, "usergraph_upstream_requests_total", { route: "/roles", status: "200" })).toBe(1);
    expect(t.emulator.stats().byRoute["GET /api/v2/roles"]).toBe(3);
  });

  it("measures the time calls wait on the gateway's rate limiter", async () => {
    // One call at a time: of two root fields resolved together, one waits for the other.
    const t = await start({ env: { AUTH0_MAX_CONCURRENCY: "1" }, emulator: { latencyMs: 50 } });
    await t.post({ query: "{ users(first: 1) { nodes { id } } }" });
    const before = await scrape(t);
    const res = await t.post({ query: "{ users(first: 1) { nodes { id } } roles(first: 1) { nodes { id } } }" });
    expect(res.body.errors).toBeUndefined();
    const after = await scrape(t);
    const waits =
      sum(after, "usergraph_upstream_rate_limiter_wait_seconds_count") - sum(before, "usergraph_upstream_rate_limiter_wait_seconds_count");
    const waited =
      sum(after, "usergraph_upstream_rate_limiter_wait_seconds_sum") - sum(before, "usergraph_upstream_rate_limiter_wait_seconds_sum");
    expect(waits).toBe(1);
    expect(waited).toBeGreaterThan(0);
  });

  it("shows the tenant's rate-limit budget remaining, as its latest answer said", async () => {
    // A bucket of 100 that refills once in 100 s: the budget left is 100 minus the calls made.
    const t = await start({ emulator: { rateLimit: 0.01, burst: 100 } });
    // One call after another (the search, then the one user's roles), so the latest answer is the last sent.
    for (let i = 0; i < 2; i++) {
      const answer = await t.post({ query: "{ users(first: 1) { nodes { id roles { nodes { name } } } } }" });
      expect(answer.body.errors).toBeUndefined();
    }
    const calls = t.emulator.requests().filter((request) => request.url.startsWith("/api/v2/")).length;
    expect(calls).toBe(4);
    const m = await scrape(t);
    expect(sum(m, "usergraph_upstream_rate_limit_remaining", { tenant: t.emulator.url })).toBe(100 - calls);
  });

  it("keeps each gateway's metrics to itself", async () => {
    const a = await start();
    const b = await start();
    await a.post({ query: "{ users(first: 1) { nodes { id } } }" });
    expect(sum(await scrape(a), "usergraph_graphql_operations_total")).toBe(1);
    expect(sum(await scrape(b), "usergraph_graphql_operations_total")).toBe(0);
  });
});
