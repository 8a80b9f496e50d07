import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ManagementClient } from "../../src/upstream/index.js";
import { startRedis, type TestRedis } from "../support/redis.js";
import { clientFor, type HookRecord, recordHooks, sharedUpstreamEmulator, userIds } from "./support.js";
import { until } from "../support/until.js";

const GET_USER = "GET /api/v2/users/{id}";

/** Three clients of one tenant (three replicas) drawing from one rate budget kept in Redis. */
describe("one rate budget shared through Redis", () => {
  const upstream = sharedUpstreamEmulator({ users: 30, rateLimit: 10, burst: 10, resetStats: false });
  let redis: TestRedis;
  let replicas: { client: ManagementClient; record: HookRecord }[] = [];

  beforeAll(async () => {
    redis = await startRedis();
  });

  afterEach(async () => {
    await Promise.all(replicas.map(({ client }) => client.close()));
    replicas = [];
  });

  afterAll(async () => {
    await redis.stop();
  });

  function startReplicas(n = 3) {
    replicas = Array.from({ length: n }, () =>
      clientFor(upstream.emulator, { REDIS_URL: redis.url, AUTH0_TIMEOUT_MS: "30000" }, recordHooks()),
    );
    return replicas;
  }

  it("spends the tenant's budget together: 45 calls from three replicas at 10/s, no 429", { timeout: 60_000 }, async () => {
    upstream.emulator.resetStats();
    const ids = userIds(upstream.emulator);
    const clients = startReplicas();
    const users = await Promise.all(
      clients.flatMap(({ client }, r) => Array.from({ length: 15 }, (_, i) => client.getUser(ids[(r * 15 + i) % ids.length]!))),
    );
    expect(users).toHaveLength(45);
    expect(upstream.emulator.stats().byStatus["429"] ?? 0).toBe(0);
    expect(upstream.emulator.stats().byRoute[GET_USER]).toBe(45);
    expect(clients.flatMap(({ record }) => record.rateLimited)).toEqual([]);
  });

  it("holds every replica's new calls after a 429 seen by one, until the reset", { timeout: 30_000 }, async () => {
    const [a, b] = startReplicas(2);
    const [id] = userIds(upstream.emulator);
    await Promise.all([a!.client.getUser(id!), b!.client.getUser(id!)]);
    upstream.emulator.resetStats();
    upstream.emulator.faults.add({
      method: "GET",
      route: "/api/v2/users/{id}",
      count: 1,
      action: { status: 429, headers: { "retry-after": "1" } },
    });
    const first = a!.client.getUser(id!);
    // B starts once A has seen the 429 (and so has reported it to the shared budget).
    await until(() => a!.record.rateLimited.length > 0, "A has seen the 429");
    const second = b!.client.getUser(id!);
    await Promise.all([first, second]);
    const [refused, ...after] = upstream.emulator.requests().filter((r) => r.url.startsWith("/api/v2/users/"));
    expect(refused!.status).toBe(429);
    // A's retry and B's call (B never saw the 429) both left only once the hold A reported had passed.
    expect(after.map((r) => r.status)).toEqual([200, 200]);
    for (const request of after) expect(request.receivedAt - refused!.receivedAt).toBeGreaterThanOrEqual(950);
    expect(b!.record.pacerWaits.some((ms) => ms >= 800)).toBe(true);
  });

  it("paces locally while Redis is too slow to answer, reports it, and rejoins when it answers again", { timeout: 30_000 }, async () => {
    const [a] = startReplicas(1);
    const ids = userIds(upstream.emulator);
    await a!.client.getUser(ids[0]!);
    expect(a!.client.degraded()).toBeUndefined();
    redis.pause();
    try {
      const users = await Promise.all(ids.slice(0, 3).map((id) => a!.client.getUser(id)));
      expect(users.map((u) => u.user_id)).toEqual(ids.slice(0, 3));
      expect(a!.client.degraded()).toMatch(/Redis unreachable \(no answer within 250 ms\)/);
    } finally {
      redis.resume();
    }
    // Once the cool-down has passed, the next call goes through Redis again.
    const giveUpAt = Date.now() + 10_000;
    while (a!.client.degraded() !== undefined && Date.now() < giveUpAt) await a!.client.getUser(ids[1]!);
    expect(a!.client.degraded()).toBeUndefined();
  });
});
