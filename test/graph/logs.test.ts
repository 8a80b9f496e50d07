import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LogEvent } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 50, seed: 3 } });
});
afterEach(() => t.emulator.faults.clear());
afterAll(() => t?.close());

const LOGS_ROUTE = "GET /api/v2/users/{id}/logs";

graphql(`fragment LogsLogFields on LogEvent {
  logId date type description connection connectionId clientId clientName ip hostname userId userName
  audience scope strategy strategyType isMobile details userAgent
  securityContext { ja3 ja4 }
  locationInfo { countryCode countryCode3 countryName cityName latitude longitude timeZone continentCode }
}`);

/** What the graph should answer for a log event Auth0 returned. */
function expectedLog(l: LogEvent) {
  const loc = l.location_info;
  return {
    logId: l.log_id ?? null,
    date: l.date ?? null,
    type: l.type ?? null,
    description: l.description ?? null,
    connection: l.connection ?? null,
    connectionId: l.connection_id ?? null,
    clientId: l.client_id ?? null,
    clientName: l.client_name ?? null,
    ip: l.ip ?? null,
    hostname: l.hostname ?? null,
    userId: l.user_id ?? null,
    userName: l.user_name ?? null,
    audience: l.audience ?? null,
    scope: l.scope ?? null,
    strategy: l.strategy ?? null,
    strategyType: l.strategy_type ?? null,
    isMobile: l.isMobile ?? null,
    details: l.details ?? null,
    userAgent: l.user_agent ?? null,
    securityContext: l.security_context ? { ja3: l.security_context.ja3 ?? null, ja4: l.security_context.ja4 ?? null } : null,
    locationInfo: loc
      ? {
          countryCode: loc.country_code ?? null,
          countryCode3: loc.country_code3 ?? null,
          countryName: loc.country_name ?? null,
          cityName: loc.city_name ?? null,
          latitude: loc.latitude ?? null,
          longitude: loc.longitude ?? null,
          timeZone: loc.time_zone ?? null,
          continentCode: loc.continent_code ?? null,
        }
      : null,
  };
}

function usersWithLogs(min: number): string[] {
  const ids = [...t.emulator.state.logs]
    .filter(([, l]) => l.length >= min)
    .sort((a, b) => b[1].length - a[1].length)
    .map(([id]) => id);
  expect(ids.length, `the seed should give some user ${min}+ log events`).toBeGreaterThan(0);
  return ids;
}

/** The user's log events as Auth0 lists them newest first, with the total. */
async function restLogs(userId: string): Promise<{ logs: LogEvent[]; total: number }> {
  const res = await t.rest<{ logs: LogEvent[]; total: number }>(
    "GET",
    `/users/${encodeURIComponent(userId)}/logs?sort=date:-1&page=0&per_page=100&include_totals=true`,
  );
  expect(res.status).toBe(200);
  return { logs: res.body.logs, total: res.body.total };
}

describe("User.logs", () => {
  it("answers what GET /users/{id}/logs answers, newest first, with totalCount", async () => {
    for (const userId of usersWithLogs(4).slice(0, 2)) {
      const rest = await restLogs(userId);
      const res = await t.query(
        graphql(`query LogsUserLogList($id: ID!) {
          user(id: $id) { logs(first: 100) { totalCount nodes { ...LogsLogFields } pageInfo { hasNextPage } } }
        }`),
        { id: userId },
      );
      expect(res.body.errors).toBeUndefined();
      const logs = res.body.data!.user!.logs!;
      expect(logs.nodes).toEqual(rest.logs.map(expectedLog));
      expect(logs.totalCount).toBe(rest.total);
      expect(logs.pageInfo.hasNextPage).toBe(false);
      const dates = logs.nodes.map((n) => Date.parse(n.date!));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    }
  });

  it("pages with first: 2, visiting every event once, one Auth0 call per page", async () => {
    const userId = usersWithLogs(5)[0]!;
    const expected = (await restLogs(userId)).logs.map((l) => l.log_id);
    const seen: (string | null)[] = [];
    let after: string | null = null;
    for (let page = 1; ; page += 1) {
      expect(page).toBeLessThanOrEqual(Math.ceil(expected.length / 2));
      t.resetCalls();
      const res = await t.query(
        graphql(`
          query LogsUserLogs($id: ID!, $after: String) {
            user(id: $id) {
              logs(first: 2, after: $after) {
                totalCount
                nodes {
                  logId
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          }
        `),
        { id: userId, after },
      );
      expect(res.body.errors).toBeUndefined();
      expect(t.upstreamCalls()[LOGS_ROUTE]).toBe(1);
      expect(res.body.data!.user!.logs!.totalCount).toBe(expected.length);
      seen.push(...res.body.data!.user!.logs!.nodes.map((n) => n.logId));
      const { pageInfo } = res.body.data!.user!.logs!;
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor as string | null;
    }
    expect(seen).toEqual(expected);
  });

  it("answers totalCount alone with one small Auth0 call", async () => {
    const userId = usersWithLogs(2)[0]!;
    const { total } = await restLogs(userId);
    t.resetCalls();
    const res = await t.query(graphql(`query LogsUserLogs2($id: ID!) { user(id: $id) { logs { totalCount } } }`), { id: userId });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.user!.logs!.totalCount).toBe(total);
    expect(t.upstreamCalls()[LOGS_ROUTE]).toBe(1);
  });

  it("accepts read:logs_users alone, and is FORBIDDEN without a log scope, on that field only", async () => {
    const userId = usersWithLogs(1)[0]!;
    const allowed = await t.query(
      graphql(`query LogsUserLogs2($id: ID!) { user(id: $id) { logs { totalCount } } }`),
      { id: userId },
      { scope: "read:users read:logs_users" },
    );
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data!.user!.logs!.totalCount).toBe(t.emulator.state.logs.get(userId)!.length);

    t.resetCalls();
    const res = await t.query(
      graphql(`query LogsUserLogs3($id: ID!) { user(id: $id) { id email logs { nodes { logId } } } }`),
      { id: userId },
      { scope: "read:users" },
    );
    expect(res.body.data!.user).toEqual({ id: userId, email: t.emulator.state.users.get(userId)!.email ?? null, logs: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["user", "logs"], extensions: { code: "FORBIDDEN" } });
    expect(t.upstreamCalls()[LOGS_ROUTE]).toBeUndefined();
  });

  it("reports an Auth0 outage on that field only, keeping the user", async () => {
    const userId = usersWithLogs(1)[0]!;
    t.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}/logs", count: 5, action: { status: 500 } });
    const res = await t.query(graphql(`query LogsUserLogs3($id: ID!) { user(id: $id) { id email logs { nodes { logId } } } }`), {
      id: userId,
    });
    expect(res.body.data!.user).toEqual({ id: userId, email: t.emulator.state.users.get(userId)!.email ?? null, logs: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["user", "logs"], extensions: { code: "UPSTREAM_UNAVAILABLE" } });
  });
});
