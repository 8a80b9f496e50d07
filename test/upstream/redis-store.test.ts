import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RedisStore } from "../../src/upstream/redis-store.js";
import { startRedis, type TestRedis } from "../support/redis.js";

/** Blocks this process's event loop for `ms`, as a CPU-starved replica is blocked: nothing else runs meanwhile. */
function stallFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe("the Redis store's command deadline", () => {
  let redis: TestRedis;
  let store: RedisStore;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis.stop());
  // A store of its own for each test: one that gave up is left alone for a while.
  beforeEach(async () => {
    store = new RedisStore(redis.url, "https://tenant.example", undefined);
    await store.firstConnection;
    expect(store.available).toBe(true);
  });
  afterEach(() => store.close());

  it("does not blame Redis for this process's own stall: an answer that arrived meanwhile counts", async () => {
    // The command is written now; Redis answers within a millisecond or so, while this process is
    // stalled for longer than the 250 ms deadline.
    const answer = store.run((client) => client.ping());
    stallFor(400);
    expect(await answer).toBe("PONG");
    expect(store.available).toBe(true);
  });

  it("still gives up on a Redis that does not answer", async () => {
    redis.pause();
    try {
      const started = performance.now();
      expect(await store.run((client) => client.ping())).toBeUndefined();
      // It waited out the deadline rather than refusing at once.
      expect(performance.now() - started).toBeGreaterThanOrEqual(240);
      expect(store.available).toBe(false);
    } finally {
      redis.resume();
    }
  });
});
