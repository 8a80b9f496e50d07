import { describe, expect, it } from "vitest";
import { MalformedResponse } from "../../src/upstream/index.js";
import { count, sharedUpstreamEmulator, userIds } from "./support.js";

// Issue 16, item 9: 2xx answers whose shape the gateway relies on are checked in the client.

const upstream = sharedUpstreamEmulator({ users: 5, seed: 9, client: {}, resetStats: false, cleanLogs: false });

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("malformed 2xx answers", () => {
  it(
    "an HTML page where a user was expected is a MalformedResponse naming the route, without the page's " + "content, and is not retried",
    async () => {
      const [id] = userIds(upstream.emulator);
      upstream.emulator.faults.add({
        method: "GET",
        route: "/api/v2/users/{id}",
        count: 1,
        action: { status: 200, text: "<html>secret-page-content</html>" },
      });
      upstream.emulator.resetStats();
      const error = await failure(upstream.client.getUser(id!));
      expect(error).toBeInstanceOf(MalformedResponse);
      expect(error).toMatchObject({
        statusCode: 200,
        kind: "malformed",
        errorCode: "malformed_response",
        method: "GET",
        route: "/users/{id}",
      });
      expect((error as Error).message).toBe("GET /users/{id} answered 200 with a body the gateway cannot use (a body that is not JSON)");
      expect(count(upstream.emulator, "GET /api/v2/users/{id}")).toBe(1);
    },
  );

  it("names the missing id or the list that is not a list", async () => {
    const [id] = userIds(upstream.emulator);
    upstream.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { status: 200, body: {} } });
    expect((await failure(upstream.client.getUser(id!))) as Error).toMatchObject({ message: expect.stringContaining("(user_id: ") });
    upstream.emulator.faults.add({
      method: "GET",
      route: "/api/v2/users/{user_id}/sessions",
      count: 1,
      action: { status: 200, body: { sessions: { a: 1 } } },
    });
    expect((await failure(upstream.client.getUserSessions(id!))) as Error).toMatchObject({
      message: expect.stringContaining("(sessions: "),
    });
  });

  it("accepts what the contract allows: a user read without user_id when `fields` leaves it out, both offset-list shapes", async () => {
    const [id] = userIds(upstream.emulator);
    expect(Object.keys(await upstream.client.getUser(id!, { fields: ["email"], includeFields: true }))).toEqual(["email"]);
    expect((await upstream.client.getUserRoles(id!)).items).toBeInstanceOf(Array);
    expect((await upstream.client.getUserRoles(id!, { page: 0, perPage: 5, includeTotals: true })).total).toBeTypeOf("number");
  });
});
