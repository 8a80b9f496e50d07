import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpsGateway, type OpsGateway } from "../ops/support.js";
import { clientFor, count, sharedUpstreamEmulator, userIds } from "./support.js";

const GET_USER = "GET /api/v2/users/{id}";
const MAX_WAIT_MS = 300;

/** What a tenant whose clock is an hour ahead of the gateway's answers: nothing left until then. */
function hourAheadHeaders(): Record<string, string> {
  return { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 3600) };
}

describe("a rate-limit reset far ahead", () => {
  const upstream = sharedUpstreamEmulator({ users: 5 });

  it("holds the next call at most AUTH0_RATE_LIMIT_MAX_WAIT_MS, then lets it through as a probe", async () => {
    // The call deadline is far longer than the cap: without the cap the second call would wait an hour and time out.
    const { client } = clientFor(upstream.emulator, { AUTH0_RATE_LIMIT_MAX_WAIT_MS: String(MAX_WAIT_MS), AUTH0_TIMEOUT_MS: "20000" });
    const [id] = userIds(upstream.emulator);
    try {
      upstream.emulator.faults.add({
        method: "GET",
        route: "/api/v2/users/{id}",
        count: 1,
        action: { overrideHeaders: hourAheadHeaders() },
      });
      expect((await client.getUser(id!)).user_id).toBe(id);
      const hold = client.rateLimitHold();
      expect(hold).toBeDefined();
      expect(hold!.askedMs).toBeGreaterThan(3_500_000);
      expect(hold!.maxHoldMs).toBe(MAX_WAIT_MS);

      expect((await client.getUser(id!)).user_id).toBe(id);
      expect(count(upstream.emulator, GET_USER)).toBe(2);
      // The probe's answer reported a normal budget: the hold is over.
      expect(client.rateLimitHold()).toBeUndefined();
    } finally {
      await client.close();
    }
  });

  it("while every answer says so, calls go one probe at a time, each after the previous one's answer", async () => {
    const { client } = clientFor(upstream.emulator, { AUTH0_RATE_LIMIT_MAX_WAIT_MS: String(MAX_WAIT_MS), AUTH0_TIMEOUT_MS: "20000" });
    const [id] = userIds(upstream.emulator);
    try {
      upstream.emulator.faults.add({
        method: "GET",
        route: "/api/v2/users/{id}",
        count: 6,
        action: { overrideHeaders: hourAheadHeaders() },
      });
      await client.getUser(id!);
      const users = await Promise.all([1, 2, 3, 4].map(() => client.getUser(id!)));
      expect(users.map((u) => u.user_id)).toEqual([id, id, id, id]);
      const requests = upstream.emulator.requests().filter((r) => r.url.startsWith("/api/v2/users/"));
      expect(requests).toHaveLength(5);
      for (let i = 1; i < requests.length; i++) {
        const previous = requests[i - 1]!;
        expect(previous.answeredInMs).toBeDefined();
        expect(requests[i]!.receivedAt).toBeGreaterThanOrEqual(previous.receivedAt + previous.answeredInMs!);
      }
      expect(client.rateLimitHold()).toBeDefined();
    } finally {
      await client.close();
    }
  });
});

describe("/readyz and a held pacer", () => {
  let t: OpsGateway;

  beforeAll(async () => {
    t = await startOpsGateway({ env: { AUTH0_RATE_LIMIT_MAX_WAIT_MS: String(MAX_WAIT_MS), AUTH0_TIMEOUT_MS: "20000" } });
  });

  afterAll(() => t.close());

  it("reports the hold while the tenant asks for longer waits than the cap, and ready again once a probe lifts it", async () => {
    const [id] = [...t.emulator.state.users.keys()].sort();
    const query = { query: "query One($id: ID!) { user(id: $id) { id } }", variables: { id } };
    expect((await t.get("/readyz")).status).toBe(200);

    t.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { overrideHeaders: hourAheadHeaders() } });
    expect((await t.post(query)).body).toEqual({ data: { user: { id } } });
    const held = await t.get("/readyz");
    expect(held.status).toBe(503);
    const body = JSON.parse(held.text);
    expect(Object.keys(body.reasons)).toEqual(["upstream_rate_limit"]);
    expect(body.reasons.upstream_rate_limit).toMatch(
      new RegExp(
        `^the tenant's rate limit holds Management API calls: its answers ask to wait 36\\d\\d s, longer ` +
          `than AUTH0_RATE_LIMIT_MAX_WAIT_MS \\(${MAX_WAIT_MS} ms\\)`,
      ),
    );

    // The next operation is not stalled for an hour: its call goes as the probe after the cap.
    expect((await t.post(query)).body).toEqual({ data: { user: { id } } });
    const ready = await t.get("/readyz");
    expect(ready.status).toBe(200);
  });
});
