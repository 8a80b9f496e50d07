import { describe, expect, it } from "vitest";
import { UpstreamError } from "../../src/upstream/index.js";
import { clientFor, count, sharedUpstreamEmulator, startUpstreamEmulator, userIds } from "./support.js";

const GET_USER = "GET /api/v2/users/{id}";
const GET_ROLES = "GET /api/v2/users/{id}/roles";

describe("pacing under the tenant's rate limit", () => {
  const upstream = sharedUpstreamEmulator({ users: 20, rateLimit: 20, burst: 10, cleanLogs: false });

  it("drains 300 calls at the tenant's rate: all succeed, no 429 reaches the caller", { timeout: 90_000 }, async () => {
    const { client, record } = clientFor(upstream.emulator, { AUTH0_TIMEOUT_MS: "60000" });
    const ids = userIds(upstream.emulator);
    try {
      const results = await Promise.allSettled(
        Array.from({ length: 300 }, (_, i) => {
          const id = ids[i % ids.length]!;
          return i % 3 === 2
            ? client.getUserRoles(id).then((page) => ({ id, roles: page.items.map((r) => r.id).sort() }))
            : client.getUser(id).then((user) => ({ id, user_id: user.user_id }));
        }),
      );
      const failures = results.filter((r) => r.status === "rejected");
      expect(failures.map((f) => (f as PromiseRejectedResult).reason)).toEqual([]);
      for (const result of results) {
        const value = (result as PromiseFulfilledResult<{ id: string; user_id?: string; roles?: string[] }>).value;
        if (value.roles) expect(value.roles).toEqual([...(upstream.emulator.state.userRoles.get(value.id) ?? [])].sort());
        else expect(value.user_id).toBe(value.id);
      }
      const sent429 = record.rateLimited.length;
      // Every request the emulator saw is one of the 300 or a 429 the client absorbed.
      expect(count(upstream.emulator, GET_USER) + count(upstream.emulator, GET_ROLES)).toBe(300 + sent429);
      expect(record.calls.filter((c) => c.status === 429)).toHaveLength(sent429);
      console.info(`pacing: 300 calls, ${sent429} 429s from the emulator, ${record.pacerWaits.length} calls waited in the pacer`);
      expect(sent429).toBe(0);
      expect(record.pacerWaits.length).toBeGreaterThan(0);
    } finally {
      await client.close();
    }
  });
});

describe("the concurrency cap", () => {
  const upstream = sharedUpstreamEmulator({ users: 5 });

  it("never has more than AUTH0_MAX_CONCURRENCY calls in flight", async () => {
    const { client } = clientFor(upstream.emulator, { AUTH0_MAX_CONCURRENCY: "2", AUTH0_TIMEOUT_MS: "500" });
    const [id] = userIds(upstream.emulator);
    try {
      await client.getUser(id!);
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 3, action: { hang: true } });
      const results = await Promise.allSettled([client.getUser(id!), client.getUser(id!), client.getUser(id!)]);
      for (const result of results) {
        expect(result.status).toBe("rejected");
        expect((result as PromiseRejectedResult).reason).toBeInstanceOf(UpstreamError);
        expect((result as PromiseRejectedResult).reason).toMatchObject({ kind: "timeout" });
      }
      // The warm-up and the two that held the slots; the third never left the client.
      expect(count(upstream.emulator, GET_USER)).toBe(3);
    } finally {
      await client.close();
    }
  });

  it("sends one call first, then the rest once the tenant's budget is known", async () => {
    const { client, record } = clientFor(upstream.emulator);
    const ids = userIds(upstream.emulator);
    try {
      const users = await Promise.all(ids.map((id) => client.getUser(id)));
      expect(users.map((u) => u.user_id)).toEqual(ids);
      expect(count(upstream.emulator, GET_USER)).toBe(ids.length);
      // All but the first waited for the first answer's x-ratelimit-remaining.
      expect(record.pacerWaits).toHaveLength(ids.length - 1);
      expect(record.rateLimited).toEqual([]);
    } finally {
      await client.close();
    }
  });
});

describe("concurrency that follows the tenant (no AUTH0_MAX_CONCURRENCY)", () => {
  const upstream = sharedUpstreamEmulator({ users: 60, cleanLogs: false });

  it("sends as many calls at once as the tenant's budget allows, not a fixed 16", async () => {
    const { client } = clientFor(upstream.emulator, { AUTH0_TIMEOUT_MS: "3000" });
    const ids = userIds(upstream.emulator);
    try {
      await client.getUser(ids[0]!);
      upstream.emulator.resetStats();
      // Held open: a call reaches the emulator only if the pacer let it go while the others were in flight.
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 59, action: { hang: true } });
      const results = await Promise.allSettled(ids.slice(1).map((id) => client.getUser(id)));
      expect(results.every((r) => r.status === "rejected")).toBe(true);
      expect(upstream.emulator.stats().byRoute[GET_USER]).toBe(59);
    } finally {
      upstream.emulator.faults.clear();
      await client.close();
    }
  });

  it("keeps within a small bucket's remaining: no more in flight than the tenant allows, and no 429", async () => {
    const small = await startUpstreamEmulator({ users: 30, latencyMs: 40, rateLimit: 20, burst: 8 });
    const { client, record } = clientFor(small, { AUTH0_TIMEOUT_MS: "30000" });
    try {
      await Promise.all(userIds(small).map((id) => client.getUser(id)));
      expect(small.stats().byStatus["429"] ?? 0).toBe(0);
      expect(record.rateLimited).toEqual([]);
      const requests = small.requests().filter((r) => r.url.startsWith("/api/v2/"));
      let most = 0;
      for (const r of requests) {
        const open = requests.filter((o) => o.receivedAt <= r.receivedAt && o.receivedAt + o.answeredInMs! > r.receivedAt).length;
        most = Math.max(most, open);
      }
      expect(most).toBeLessThanOrEqual(8);
      expect(most).toBeGreaterThan(1);
    } finally {
      await client.close();
      await small.close();
    }
  });
});
