import { describe, expect, it, vi } from "vitest";
import { CallScope, DeadlineExceeded, UpstreamError } from "../../src/upstream/index.js";
import { clientFor, count, sharedUpstreamEmulator, userIds } from "./support.js";

const GET_USER = "GET /api/v2/users/{id}";

describe("call scopes", () => {
  const upstream = sharedUpstreamEmulator({ users: 5 });

  it("settling aborts the call in flight, drops those waiting, refuses new ones, and resolves once all have ended", async () => {
    const { client, record } = clientFor(upstream.emulator, { AUTH0_MAX_CONCURRENCY: "1" });
    const [id] = userIds(upstream.emulator);
    try {
      await client.getUser(id!);
      upstream.emulator.resetStats();
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { hang: true } });
      const scope = new CallScope({ key: "caller-a", deadlineMs: 60_000 });
      const view = client.withScope(scope);
      const calls = [1, 2, 3].map(() =>
        view.getUser(id!).then(
          () => "answered",
          (error: unknown) => error,
        ),
      );
      // The first call is in flight (held by the emulator), the other two wait for the concurrency cap.
      await vi.waitUntil(() => count(upstream.emulator, GET_USER) === 1, { timeout: 20_000 });
      const callsBefore = record.calls.length;
      await scope.settle();
      const outcomes = await Promise.all(calls);
      for (const outcome of outcomes) {
        expect(outcome).toBeInstanceOf(UpstreamError);
        expect(outcome).toMatchObject({ kind: "aborted", statusCode: 0 });
      }
      // Only the call in flight was reported (once settle resolved), and it is all the emulator got.
      expect(record.calls.length - callsBefore).toBe(1);
      await expect(view.getUser(id!)).rejects.toMatchObject({ kind: "aborted" });
      expect(count(upstream.emulator, GET_USER)).toBe(1);
      // The client itself still works.
      expect((await client.getUser(id!)).user_id).toBe(id);
    } finally {
      await client.close();
    }
  });

  it("past its deadline, the scope's calls fail with DeadlineExceeded", async () => {
    const { client } = clientFor(upstream.emulator, { AUTH0_TIMEOUT_MS: "20000" });
    const [id] = userIds(upstream.emulator);
    try {
      await client.getUser(id!);
      upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { hang: true } });
      const scope = new CallScope({ key: "caller-a", deadlineMs: 300 });
      const error = await client
        .withScope(scope)
        .getUser(id!)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeadlineExceeded);
      expect(error).toMatchObject({ kind: "deadline", statusCode: 0, deadlineMs: 300 });
      expect((error as Error).message).toBe(
        "GET /users/{id} was cancelled: the deadline of 300 ms for all the calls of its operation passed",
      );
      await scope.settle();
    } finally {
      await client.close();
    }
  });
});
