import { describe, expect, it } from "vitest";
import { CallBudgetExhausted, createManagementClient, UpstreamError, type UpstreamCallEvent } from "../../src/upstream/index.js";
import { clientFor, configFor, count, sharedUpstreamEmulator, testLogger, TOKEN_CALLS, userIds } from "./support.js";

const GET_USER = "GET /api/v2/users/{id}";

const upstream = sharedUpstreamEmulator({ users: 10 });

describe("the client's lifecycle and views", () => {
  it("withCallListener: a view sharing token and sockets whose calls also go to its listener", async () => {
    const { client, record } = clientFor(upstream.emulator);
    const [a, b] = userIds(upstream.emulator);
    try {
      const seenByView: UpstreamCallEvent[] = [];
      const view = client.withCallListener((event) => seenByView.push(event));
      await client.getUser(a!);
      await view.getUser(b!);
      await view.getUserRoles(b!);
      expect(seenByView.map((e) => [e.method, e.route, e.status])).toEqual([
        ["GET", "/users/{id}", 200],
        ["GET", "/users/{id}/roles", 200],
      ]);
      // The client's own hooks see every call, the view's included.
      expect(record.calls).toHaveLength(3);
      expect(count(upstream.emulator, TOKEN_CALLS)).toBe(1);
      // Closing a view leaves the client open.
      await view.close();
      expect((await client.getUser(a!)).user_id).toBe(a);
    } finally {
      await client.close();
    }
  });

  it("withCallBudget: at most N calls (retries not counted) through it and the views made from it; the rest are not sent", async () => {
    const { client } = clientFor(upstream.emulator);
    const [a, b] = userIds(upstream.emulator);
    try {
      const budgeted = client.withCallBudget(2);
      const seen: UpstreamCallEvent[] = [];
      const listened = budgeted.withCallListener((event) => seen.push(event));
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { status: 503 } });
      expect((await listened.getUser(a!)).user_id).toBe(a);
      await budgeted.getUserRoles(a!);
      const refused = await listened.getUser(b!).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(CallBudgetExhausted);
      expect(refused).toBeInstanceOf(UpstreamError);
      expect(refused).toMatchObject({ kind: "budget", statusCode: 0, budget: 2, method: "GET", route: "/users/{id}" });
      expect((refused as Error).message).toBe("GET /users/{id} was not made: the budget of 2 Management API calls is spent");
      // Two calls, three attempts (the 503 was retried); the refused call reached neither the wire nor the listener.
      expect(count(upstream.emulator, GET_USER)).toBe(2);
      expect(count(upstream.emulator, "GET /api/v2/users/{id}/roles")).toBe(1);
      expect(seen.map((event) => [event.route, event.status])).toEqual([
        ["/users/{id}", 503],
        ["/users/{id}", 200],
      ]);
      // Budgets belong to their view: the client and a new budgeted view still call.
      expect((await client.getUser(b!)).user_id).toBe(b);
      expect((await client.withCallBudget(1).getUser(b!)).user_id).toBe(b);
    } finally {
      await client.close();
    }
  });

  it("a listener or hook that throws does not break the call", async () => {
    const client = createManagementClient(configFor(upstream.emulator), {
      logger: testLogger,
      hooks: {
        onCall: () => {
          throw new Error("hook failure");
        },
      },
    });
    const [id] = userIds(upstream.emulator);
    try {
      const view = client.withCallListener(() => {
        throw new Error("listener failure");
      });
      expect((await view.getUser(id!)).user_id).toBe(id);
    } finally {
      await client.close();
    }
  });

  it("ready() obtains a token without calling the Management API", async () => {
    const { client } = clientFor(upstream.emulator);
    try {
      await client.ready();
      expect(upstream.emulator.stats().byRoute).toEqual({ [TOKEN_CALLS]: 1 });
    } finally {
      await client.close();
    }
  });

  it("close() ends a call held by a hanging upstream, and later calls fail as aborted", async () => {
    const { client } = clientFor(upstream.emulator);
    const [id] = userIds(upstream.emulator);
    await client.getUser(id!);
    upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { hang: true } });
    const calls: UpstreamCallEvent[] = [];
    const view = client.withCallListener((event) => calls.push(event));
    const held = view.getUser(id!).catch((e: unknown) => e);
    // Close once the request is on the wire (the emulator counted it).
    while (count(upstream.emulator, GET_USER) < 2) await new Promise((resolve) => setImmediate(resolve));
    await client.close();
    const error = await held;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ statusCode: 0, kind: "aborted" });
    expect(calls.map((c) => c.status)).toEqual([0]);
    await expect(client.getUser(id!)).rejects.toMatchObject({ kind: "aborted", statusCode: 0 });
    expect(count(upstream.emulator, GET_USER)).toBe(2);
  });
});
