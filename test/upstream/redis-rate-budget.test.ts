import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisRateBudget } from "../../src/upstream/redis-rate-budget.js";
import { RedisStore } from "../../src/upstream/redis-store.js";
import { startRedis, type TestRedis } from "../support/redis.js";

/** A metered answer as the tenant sends it: `remaining` of a 10-request bucket, next token within the second. */
const answer = (remaining: number) => ({
  status: 200,
  headers: {
    "x-ratelimit-limit": "10",
    "x-ratelimit-remaining": String(remaining),
    "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 1),
  },
});

describe("the shared rate budget in Redis", () => {
  let redis: TestRedis;
  let store: RedisStore;
  beforeAll(async () => {
    redis = await startRedis();
    store = new RedisStore(redis.url, "https://tenant.example", undefined);
    await store.firstConnection;
  });
  afterAll(async () => {
    await store.close();
    await redis.stop();
  });

  it("does not take an answer that reached the tenant before another, but is observed after it, for the newer reading", async () => {
    const budget = new RedisRateBudget(store, { maxHoldMs: 10_000, leaseMs: 30_000 });
    // One call alone tells the budget the tenant's bucket: 2 requests left.
    const first = await budget.take(1);
    expect(first?.leases).toHaveLength(1);
    first!.leases[0]!.release(answer(2));
    // Two calls granted together, y before x. x reaches the tenant first (1 left after it), then y (0 left);
    // y's answer is observed first. (Commands on one connection run in order: each release is applied
    // before the next command.)
    const pair = await budget.take(2);
    expect(pair?.leases).toHaveLength(2);
    const [y, x] = pair!.leases;
    y!.release(answer(0));
    x!.release(answer(1));
    // x's answer is the later grant's, but it predates y's call at the tenant: the bucket is empty.
    const next = await budget.take(1);
    expect(next?.leases).toEqual([]);
    expect(next!.retryInMs).toBeGreaterThan(0);
  });
});
