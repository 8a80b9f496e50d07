import { afterEach, describe, expect, it, vi } from "vitest";
import { UpstreamError } from "../../src/upstream/index.js";
import { clientFor, count, sharedUpstreamEmulator, TEST_SECRET, TOKEN_CALLS, userIds } from "./support.js";

const GET_USER = "GET /api/v2/users/{id}";

const staticTokens: string[] = [];
const upstream = sharedUpstreamEmulator({ tokenExpiresIn: 120, cleanLogs: staticTokens });

afterEach(() => {
  vi.useRealTimers();
});

describe("the token provider", () => {
  it("fetches the token once and reuses it", async () => {
    const { client, record } = clientFor(upstream.emulator);
    try {
      const ids = userIds(upstream.emulator).slice(0, 5);
      for (const id of ids) {
        expect((await client.getUser(id)).user_id).toBe(id);
      }
      await client.searchUsers({ perPage: 5 });
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(1);
      expect(record.tokenRefreshes).toBe(1);
      expect(count(upstream.emulator, GET_USER)).toBe(ids.length);
    } finally {
      await client.close();
    }
  });

  it("makes one token request for 50 concurrent calls with a cold cache", async () => {
    const { client } = clientFor(upstream.emulator);
    try {
      const ids = userIds(upstream.emulator);
      const wanted = Array.from({ length: 50 }, (_, i) => ids[i % ids.length]!);
      const users = await Promise.all(wanted.map((id) => client.getUser(id)));
      expect(users.map((u) => u.user_id)).toEqual(wanted);
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(1);
      expect(count(upstream.emulator, GET_USER)).toBe(50);
    } finally {
      await client.close();
    }
  });

  it("refreshes the token before it expires, once for all concurrent callers", async () => {
    // Tokens live 120 s; with a 30 s leeway the client replaces them after 90 s.
    const { client, record } = clientFor(upstream.emulator, { AUTH0_TOKEN_REFRESH_LEEWAY_MS: "30000" });
    const [first, second] = userIds(upstream.emulator);
    try {
      vi.useFakeTimers({ toFake: ["Date"] });
      const start = Date.now();
      await client.getUser(first!);
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(1);

      vi.setSystemTime(start + 60_000);
      await client.getUser(second!);
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(1);

      // Still valid upstream (it expires at 120 s), but inside the leeway: replaced ahead of expiry.
      vi.setSystemTime(start + 95_000);
      const users = await Promise.all(Array.from({ length: 20 }, () => client.getUser(first!)));
      expect(users.every((u) => u.user_id === first)).toBe(true);
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(2);
      expect(record.tokenRefreshes).toBe(2);
      // No call was refused for its token.
      expect(count(upstream.emulator, GET_USER)).toBe(22);
      expect(record.retries).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it("drops the cached token on a 401 and retries once with a fresh one", async () => {
    const { client, record } = clientFor(upstream.emulator);
    const [id] = userIds(upstream.emulator);
    try {
      await client.ready();
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(1);
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { status: 401 } });
      expect((await client.getUser(id!)).user_id).toBe(id);
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(2);
      expect(count(upstream.emulator, GET_USER)).toBe(2);
      expect(record.retries.map((r) => r.reason)).toEqual(["unauthorized"]);
    } finally {
      await client.close();
    }
  });

  it("retries a 401 only once", async () => {
    const { client } = clientFor(upstream.emulator);
    const [id] = userIds(upstream.emulator);
    try {
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 2, action: { status: 401 } });
      const error = await client.getUser(id!).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ statusCode: 401, kind: "http", method: "GET", route: "/users/{id}" });
      expect(count(upstream.emulator, GET_USER)).toBe(2);
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(2);
    } finally {
      await client.close();
    }
  });

  it("uses a static token as given and never asks for another", async () => {
    const token = await upstream.emulator.mintToken({ scope: "read:users" });
    staticTokens.push(token);
    const { client, record } = clientFor(upstream.emulator, {
      AUTH0_CLIENT_ID: "",
      AUTH0_CLIENT_SECRET: "",
      AUTH0_MANAGEMENT_TOKEN: token,
    });
    const [id] = userIds(upstream.emulator);
    try {
      await client.ready();
      expect((await client.getUser(id!)).user_id).toBe(id);
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { status: 401 } });
      const error = await client.getUser(id!).catch((e: unknown) => e);
      expect(error).toMatchObject({ statusCode: 401, kind: "http" });
      expect(JSON.stringify(error)).not.toContain(token);
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(0);
      expect(count(upstream.emulator, GET_USER)).toBe(2);
      expect(record.tokenRefreshes).toBe(0);

      // The token's scopes are what they are: a write is refused with Auth0's 403.
      const refused = await client.deleteUser(id!).catch((e: unknown) => e);
      expect(refused).toMatchObject({ statusCode: 403, errorCode: "insufficient_scope" });
      expect(upstream.emulator.state.users.has(id!)).toBe(true);
    } finally {
      await client.close();
    }
  });

  it("reports a refused client-credentials grant without the secret and calls nothing else", async () => {
    const wrong = `${TEST_SECRET}-wrong`;
    const { client } = clientFor(upstream.emulator, { AUTH0_CLIENT_SECRET: wrong });
    const [id] = userIds(upstream.emulator);
    try {
      const error = await client.getUser(id!).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ statusCode: 401, errorCode: "invalid_client", route: "/oauth/token", method: "POST" });
      const text = `${(error as Error).message} ${JSON.stringify(error)} ${(error as Error).stack}`;
      expect(text).not.toContain(TEST_SECRET);
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(1);
      expect(count(upstream.emulator, GET_USER)).toBe(0);
      await expect(client.ready()).rejects.toMatchObject({ errorCode: "invalid_client" });
    } finally {
      await client.close();
    }
  });

  it("retries a token request that failed with a 503", async () => {
    const { client } = clientFor(upstream.emulator);
    try {
      upstream.emulator.faults.add({ method: "POST", route: "/oauth/token", count: 1, action: { status: 503 } });
      await client.ready();
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(2);
    } finally {
      await client.close();
    }
  });
});
