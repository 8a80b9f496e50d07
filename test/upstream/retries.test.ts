import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { createManagementClient, isNotFound, UpstreamError } from "../../src/upstream/index.js";
import { clientFor, configFor, count, recordHooks, sharedUpstreamEmulator, testLogger, userIds } from "./support.js";

const GET_USER = "GET /api/v2/users/{id}";
const POST_USERS = "POST /api/v2/users";
const PATCH_USER = "PATCH /api/v2/users/{id}";

const upstream = sharedUpstreamEmulator();

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(UpstreamError);
      return error as UpstreamError;
    },
  );

describe("429s", () => {
  it("waits for x-ratelimit-reset and retries every call once, without extra calls", async () => {
    const { client, record } = clientFor(upstream.emulator);
    const ids = userIds(upstream.emulator).slice(0, 5);
    try {
      await client.getUser(ids[0]!);
      const reset = Math.floor(Date.now() / 1000) + 2;
      upstream.emulator.faults.add({
        method: "GET",
        route: "/api/v2/users/{id}",
        count: ids.length,
        action: {
          status: 429,
          headers: { "x-ratelimit-limit": "10", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
        },
      });
      const users = await Promise.all(
        ids.map(async (id) => {
          const user = await client.getUser(id);
          // Never retried before the reset the upstream announced.
          expect(Date.now()).toBeGreaterThanOrEqual(reset * 1000);
          return user;
        }),
      );
      expect(users.map((u) => u.user_id)).toEqual(ids);
      expect(record.rateLimited).toHaveLength(ids.length);
      // Warm-up + one 429 and one success per call.
      expect(count(upstream.emulator, GET_USER)).toBe(1 + 2 * ids.length);
      expect(record.retries.map((r) => r.reason)).toEqual(ids.map(() => "rate-limited"));
    } finally {
      await client.close();
    }
  });

  it("honours Retry-After, for a POST too (the upstream did not process it)", async () => {
    const { client, record } = clientFor(upstream.emulator);
    try {
      upstream.emulator.faults.add({
        method: "POST",
        route: "/api/v2/users",
        count: 1,
        action: { status: 429, headers: { "retry-after": "1" } },
      });
      const email = "retry-after@example.com";
      const created = await client.createUser({ connection: "Username-Password-Authentication", email, password: "Sup3r-secret-pw!" });
      expect(created.email).toBe(email);
      expect(upstream.emulator.state.users.get(created.user_id)?.email).toBe(email);
      expect(count(upstream.emulator, POST_USERS)).toBe(2);
      expect(record.retries).toHaveLength(1);
      expect(record.retries[0]).toMatchObject({ reason: "rate-limited", method: "POST", route: "/users" });
      expect(record.retries[0]!.delayMs).toBeGreaterThanOrEqual(1000);
    } finally {
      await client.close();
    }
  });

  it("gives the 429 to the caller when the wait would outlast the deadline", async () => {
    const { client } = clientFor(upstream.emulator, { AUTH0_TIMEOUT_MS: "1000" });
    const [id] = userIds(upstream.emulator);
    try {
      upstream.emulator.faults.add({
        method: "GET",
        route: "/api/v2/users/{id}",
        count: 1,
        action: { status: 429, headers: { "retry-after": "5" } },
      });
      const error = await failure(client.getUser(id!));
      expect(error).toMatchObject({ statusCode: 429, errorCode: "too_many_requests", kind: "http", retryAfterMs: 5000 });
      expect(count(upstream.emulator, GET_USER)).toBe(1);
    } finally {
      await client.close();
    }
  });
});

describe("5xx, timeouts and dropped connections", () => {
  it("retries a GET that got 503 twice and succeeds on the third try", async () => {
    const { client, record } = clientFor(upstream.emulator);
    const [id] = userIds(upstream.emulator);
    try {
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 2, action: { status: 503 } });
      const user = await client.getUser(id!);
      expect(user.user_id).toBe(id);
      expect(user.email).toBe(upstream.emulator.state.users.get(id!)?.email);
      expect(count(upstream.emulator, GET_USER)).toBe(3);
      expect(record.calls.map((c) => [c.status, c.attempt])).toEqual([
        [503, 1],
        [503, 2],
        [200, 3],
      ]);
      expect(record.retries.map((r) => r.reason)).toEqual(["server-error", "server-error"]);
    } finally {
      await client.close();
    }
  });

  it("gives up after AUTH0_MAX_RETRIES retries", async () => {
    const { client } = clientFor(upstream.emulator, { AUTH0_MAX_RETRIES: "2" });
    const [id] = userIds(upstream.emulator);
    try {
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 5, action: { status: 502 } });
      const error = await failure(client.getUser(id!));
      expect(error).toMatchObject({ statusCode: 502, kind: "http", route: "/users/{id}" });
      expect(count(upstream.emulator, GET_USER)).toBe(3);
    } finally {
      await client.close();
    }
  });

  it("never re-sends a POST /users that got a 503; the caller sees the error", async () => {
    const { client, record } = clientFor(upstream.emulator);
    const before = upstream.emulator.state.users.size;
    try {
      upstream.emulator.faults.add({ method: "POST", route: "/api/v2/users", count: 1, action: { status: 503 } });
      const error = await failure(
        client.createUser({ connection: "Username-Password-Authentication", email: "once@example.com", password: "Sup3r-secret-pw!" }),
      );
      expect(error).toMatchObject({ statusCode: 503, kind: "http", method: "POST", route: "/users" });
      expect(count(upstream.emulator, POST_USERS)).toBe(1);
      expect(record.retries).toEqual([]);
      expect(upstream.emulator.state.users.size).toBe(before);
    } finally {
      await client.close();
    }
  });

  it("never re-sends a PATCH that got a 500", async () => {
    const { client } = clientFor(upstream.emulator);
    const [id] = userIds(upstream.emulator);
    try {
      upstream.emulator.faults.add({ method: "PATCH", route: "/api/v2/users/{id}", count: 1, action: { status: 500 } });
      const error = await failure(client.updateUser(id!, { user_metadata: { patched: true } }));
      expect(error.statusCode).toBe(500);
      expect(count(upstream.emulator, PATCH_USER)).toBe(1);
      expect(upstream.emulator.state.users.get(id!)?.user_metadata?.patched).toBeUndefined();
    } finally {
      await client.close();
    }
  });

  it("retries a GET whose connection was dropped", async () => {
    const { client, record } = clientFor(upstream.emulator);
    const [id] = userIds(upstream.emulator);
    try {
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { drop: true } });
      expect((await client.getUser(id!)).user_id).toBe(id);
      expect(count(upstream.emulator, GET_USER)).toBe(2);
      expect(record.calls.map((c) => c.status)).toEqual([0, 200]);
      expect(record.retries.map((r) => r.reason)).toEqual(["network"]);
    } finally {
      await client.close();
    }
  });

  it("does not re-send a POST whose connection was dropped", async () => {
    const { client } = clientFor(upstream.emulator);
    try {
      upstream.emulator.faults.add({ method: "POST", route: "/api/v2/users", count: 1, action: { drop: true } });
      const error = await failure(
        client.createUser({ connection: "Username-Password-Authentication", email: "dropped@example.com", password: "Sup3r-secret-pw!" }),
      );
      expect(error).toMatchObject({ statusCode: 0, kind: "network", method: "POST" });
      expect(count(upstream.emulator, POST_USERS)).toBe(1);
    } finally {
      await client.close();
    }
  });

  it("fails a call to a hanging upstream at its deadline", async () => {
    const { client } = clientFor(upstream.emulator, { AUTH0_TIMEOUT_MS: "400" });
    const [id] = userIds(upstream.emulator);
    try {
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { hang: true } });
      const error = await failure(client.getUser(id!));
      expect(error).toMatchObject({ statusCode: 0, kind: "timeout", method: "GET", route: "/users/{id}" });
      expect(error.message).toContain("400 ms");
      expect(count(upstream.emulator, GET_USER)).toBe(1);
      // The client is still usable.
      expect((await client.getUser(id!)).user_id).toBe(id);
    } finally {
      await client.close();
    }
  });

  it("retries a GET whose headers timed out, within the deadline", async () => {
    const { client, record } = clientFor(upstream.emulator, { AUTH0_HEADERS_TIMEOUT_MS: "200" });
    const [id] = userIds(upstream.emulator);
    try {
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { hang: true } });
      expect((await client.getUser(id!)).user_id).toBe(id);
      expect(count(upstream.emulator, GET_USER)).toBe(2);
      expect(record.retries.map((r) => r.reason)).toEqual(["timeout"]);
    } finally {
      await client.close();
    }
  });

  it("retries a connection that could not be made, for any method (nothing was sent)", async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = server.address() as { port: number };
        server.close(() => resolve(free));
      });
    });
    const record = recordHooks();
    const config = configFor(
      { url: `http://127.0.0.1:${port}`, clientId: "c", clientSecret: "s" },
      {
        AUTH0_MANAGEMENT_TOKEN: "not-a-real-token",
        AUTH0_CLIENT_ID: "",
        AUTH0_CLIENT_SECRET: "",
        AUTH0_MAX_RETRIES: "2",
      },
    );
    const client = createManagementClient(config, { logger: testLogger, hooks: record.hooks });
    try {
      const error = await failure(client.createUser({ connection: "Username-Password-Authentication", email: "x@example.com" }));
      expect(error).toMatchObject({ statusCode: 0, kind: "network", method: "POST" });
      expect(record.calls.map((c) => c.status)).toEqual([0, 0, 0]);
      expect(record.retries.map((r) => r.reason)).toEqual(["connect-failed", "connect-failed"]);
    } finally {
      await client.close();
    }
  });

  it("a caller's abort ends a call already on the wire, and the client stays usable", async () => {
    const { client } = clientFor(upstream.emulator);
    const [id] = userIds(upstream.emulator);
    try {
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { hang: true } });
      const caller = new AbortController();
      const held = failure(client.getUser(id!, {}, { signal: caller.signal }));
      while (count(upstream.emulator, GET_USER) < 1) await new Promise((resolve) => setImmediate(resolve));
      caller.abort();
      expect(await held).toMatchObject({ statusCode: 0, kind: "aborted", method: "GET" });
      expect((await client.getUser(id!)).user_id).toBe(id);
      expect(count(upstream.emulator, GET_USER)).toBe(2);
    } finally {
      await client.close();
    }
  });

  it("a caller's abort ends a call still waiting for a socket: it is never sent", async () => {
    // One socket, held by a call the upstream leaves hanging until its headers time out (it is then retried).
    const { client, record } = clientFor(upstream.emulator, {
      AUTH0_MAX_CONNECTIONS: "1",
      AUTH0_MAX_CONCURRENCY: "4",
      AUTH0_HEADERS_TIMEOUT_MS: "300",
    });
    const [a, b] = userIds(upstream.emulator);
    try {
      await client.getUser(a!);
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { hang: true } });
      const first = client.getUser(a!);
      while (count(upstream.emulator, GET_USER) < 2) await new Promise((resolve) => setImmediate(resolve));
      const caller = new AbortController();
      const queued = failure(client.getUser(b!, {}, { signal: caller.signal }));
      // Token and permit are at hand, so after the microtasks of this turn b waits for the busy socket.
      await new Promise((resolve) => setImmediate(resolve));
      caller.abort();
      expect(await queued).toMatchObject({ statusCode: 0, kind: "aborted" });
      // At once, not when the socket frees up: the hanging call has not timed out yet.
      expect(record.retries).toEqual([]);
      // The socket frees up when the hanging call times out: its retry goes, the aborted call does not.
      expect((await first).user_id).toBe(a);
      const userReads = upstream.emulator.requests().filter((r) => r.method === "GET" && r.url.startsWith("/api/v2/users/"));
      expect(userReads.map((r) => decodeURIComponent(r.url.slice("/api/v2/users/".length)))).toEqual([a, a, a]);
    } finally {
      await client.close();
    }
  });

  it("stops at once when the caller aborts", async () => {
    const { client } = clientFor(upstream.emulator);
    const [id] = userIds(upstream.emulator);
    try {
      const error = await failure(client.getUser(id!, {}, { signal: AbortSignal.abort() }));
      expect(error).toMatchObject({ statusCode: 0, kind: "aborted" });
      expect(count(upstream.emulator, GET_USER)).toBe(0);
    } finally {
      await client.close();
    }
  });
});

describe("errors", () => {
  it("maps Auth0's error body once: status, errorCode and message, no retry", async () => {
    const { client, record } = clientFor(upstream.emulator);
    try {
      const error = await failure(client.getUser("auth0|does-not-exist"));
      expect(isNotFound(error)).toBe(true);
      expect(error).toMatchObject({
        statusCode: 404,
        errorCode: "inexistent_user",
        message: "The user does not exist.",
        kind: "http",
        method: "GET",
        route: "/users/{id}",
      });
      expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "UpstreamError", statusCode: 404 });
      expect(record.retries).toEqual([]);
      expect(isNotFound(new Error("nope"))).toBe(false);
    } finally {
      await client.close();
    }
  });

  it("refuses an empty id before sending anything", async () => {
    const { client } = clientFor(upstream.emulator);
    try {
      const error = await failure(client.getUserRoles(""));
      expect(error).toMatchObject({ statusCode: 400, errorCode: "invalid_uri", route: "/users/{id}/roles" });
      expect(upstream.emulator.stats().total).toBe(0);
    } finally {
      await client.close();
    }
  });
});
