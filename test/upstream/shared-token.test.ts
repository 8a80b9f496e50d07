import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ManagementClient } from "../../src/upstream/index.js";
import { TokenSeal } from "../../src/upstream/token-seal.js";
import { startRedis, type TestRedis } from "../support/redis.js";
import {
  clientFor,
  configFor,
  count,
  expectCleanLogs,
  logLines,
  sharedUpstreamEmulator,
  TEST_SECRET,
  TOKEN_CALLS,
  userIds,
} from "./support.js";

const GET_USER = "GET /api/v2/users/{id}";

/** Three replicas of one gateway: three clients of one tenant sharing one Redis. */
describe("one Management API token shared through Redis", () => {
  const upstream = sharedUpstreamEmulator({ users: 10 });
  let redis: TestRedis;
  let inspect: Redis;
  let replicas: ManagementClient[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    inspect = new Redis(redis.url);
  });

  afterEach(async () => {
    await Promise.all(replicas.map((client) => client.close()));
    replicas = [];
    await inspect.flushall();
  });

  afterAll(async () => {
    inspect.disconnect();
    await redis.stop();
  });

  function startReplicas(n = 3): ManagementClient[] {
    replicas = Array.from({ length: n }, () => clientFor(upstream.emulator, { REDIS_URL: redis.url }).client);
    return replicas;
  }

  async function storedRecord(): Promise<{ key: string; value: string }> {
    const keys = await inspect.keys("usergraph:*:token:*");
    const tokenKeys = keys.filter((key) => !key.endsWith(":lock"));
    expect(tokenKeys).toHaveLength(1);
    return { key: tokenKeys[0]!, value: (await inspect.get(tokenKeys[0]!))! };
  }

  it("is fetched once for all replicas, however many calls they start together", async () => {
    const clients = startReplicas();
    const [id] = userIds(upstream.emulator);
    const users = await Promise.all(clients.flatMap((client) => Array.from({ length: 5 }, () => client.getUser(id!))));
    expect(users.every((user) => user.user_id === id)).toBe(true);
    expect(count(upstream.emulator, TOKEN_CALLS)).toBe(1);
    expect(count(upstream.emulator, GET_USER)).toBe(15);
  });

  it("is stored sealed: the stored value is not a usable bearer token, and opens only with the client secret", async () => {
    const [client] = startReplicas(1);
    const [id] = userIds(upstream.emulator);
    await client!.getUser(id!);
    const { value } = await storedRecord();
    const stored = JSON.parse(value) as { iv: string; data: string; tag: string; fp: string };
    const config = configFor(upstream.emulator);
    for (const candidate of [value, stored.data, stored.fp]) {
      const response = await fetch(`${upstream.emulator.url}/api/v2/users/${encodeURIComponent(id!)}`, {
        headers: { authorization: `Bearer ${candidate}` },
      });
      expect(response.status).toBe(401);
    }
    const context = { origin: config.origin, clientId: upstream.emulator.clientId, audience: config.audience };
    expect(new TokenSeal("another-secret", context).open(stored)).toBeUndefined();
    expect(new TokenSeal(TEST_SECRET, { ...context, clientId: "another-client" }).open(stored)).toBeUndefined();
    // With the secret it opens to the token the tenant accepts.
    const token = new TokenSeal(TEST_SECRET, context).open(stored)!;
    const response = await fetch(`${upstream.emulator.url}/api/v2/users/${encodeURIComponent(id!)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    // No part of that token (header, payload or signature) is anywhere in what Redis holds. Ciphertext is
    // random base64url, so matching a pattern such as /eyJ.../ would fail by chance now and then.
    const segments = token.split(".");
    expect(segments).toHaveLength(3);
    for (const segment of segments) expect(value).not.toContain(segment);
    // Neither the token nor the secret is logged.
    expectCleanLogs([token]);
  });

  it("is refreshed once when the tenant answers 401 to every replica", async () => {
    const clients = startReplicas();
    const ids = userIds(upstream.emulator);
    await Promise.all(clients.map((client) => client.getUser(ids[0]!)));
    expect(count(upstream.emulator, TOKEN_CALLS)).toBe(1);
    const before = (await storedRecord()).value;

    // The tenant refuses the shared token once to each replica (a revoked token, say).
    upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 3, action: { status: 401 } });
    const users = await Promise.all(clients.map((client, i) => client.getUser(ids[i]!)));
    expect(users.map((u) => u.user_id)).toEqual(ids.slice(0, 3));
    expect(count(upstream.emulator, TOKEN_CALLS)).toBe(2);
    expect((await storedRecord()).value).not.toBe(before);
    // A later call of each replica uses the new token without another grant.
    await Promise.all(clients.map((client) => client.getUser(ids[4]!)));
    expect(count(upstream.emulator, TOKEN_CALLS)).toBe(2);
  });

  it("falls back to each replica's own token while Redis is unreachable, and logs it once", async () => {
    const lines = logLines.length;
    const clients = startReplicas(2);
    const [id] = userIds(upstream.emulator);
    await clients[0]!.getUser(id!);
    await redis.kill();
    try {
      const users = await Promise.all(clients.flatMap((client) => [client.getUser(id!), client.getUser(id!)]));
      expect(users.every((user) => user.user_id === id)).toBe(true);
      // The first replica kept the token it had; the second fetched its own.
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(2);
      expect(clients[1]!.degraded()).toMatch(/Redis unreachable/);
    } finally {
      await redis.restart();
    }
    const warnings = logLines.slice(lines).filter((line) => line.includes("Redis unreachable"));
    expect(warnings).toHaveLength(2); // one per replica
  });
});
