import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { MalformedResponse, type ManagementClient } from "../../src/upstream/index.js";
import { clientFor, count, startUpstreamEmulator, userIds } from "./support.js";

// Issue 16, item 9: 2xx answers whose shape the gateway relies on are checked in the client.

let emulator: RunningEmulator;
let client: ManagementClient;

beforeAll(async () => {
  emulator = await startUpstreamEmulator({ users: 5, seed: 9 });
  ({ client } = clientFor(emulator));
});
afterEach(() => emulator.faults.clear());
afterAll(async () => {
  await client.close();
  await emulator.close();
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("malformed 2xx answers", () => {
  it("an HTML page where a user was expected is a MalformedResponse naming the route, without the page's content, and is not retried", async () => {
    const [id] = userIds(emulator);
    emulator.faults.add({
      method: "GET",
      route: "/api/v2/users/{id}",
      count: 1,
      action: { status: 200, text: "<html>secret-page-content</html>" },
    });
    emulator.resetStats();
    const error = await failure(client.getUser(id!));
    expect(error).toBeInstanceOf(MalformedResponse);
    expect(error).toMatchObject({
      statusCode: 200,
      kind: "malformed",
      errorCode: "malformed_response",
      method: "GET",
      route: "/users/{id}",
    });
    expect((error as Error).message).toBe("GET /users/{id} answered 200 with a body the gateway cannot use (a body that is not JSON)");
    expect(count(emulator, "GET /api/v2/users/{id}")).toBe(1);
  });

  it("names the missing id or the list that is not a list", async () => {
    const [id] = userIds(emulator);
    emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { status: 200, body: {} } });
    expect((await failure(client.getUser(id!))) as Error).toMatchObject({ message: expect.stringContaining("(user_id: ") });
    emulator.faults.add({
      method: "GET",
      route: "/api/v2/users/{user_id}/sessions",
      count: 1,
      action: { status: 200, body: { sessions: { a: 1 } } },
    });
    expect((await failure(client.getUserSessions(id!))) as Error).toMatchObject({ message: expect.stringContaining("(sessions: ") });
  });

  it("accepts what the contract allows: a user read without user_id when `fields` leaves it out, both offset-list shapes", async () => {
    const [id] = userIds(emulator);
    expect(Object.keys(await client.getUser(id!, { fields: ["email"], includeFields: true }))).toEqual(["email"]);
    expect((await client.getUserRoles(id!)).items).toBeInstanceOf(Array);
    expect((await client.getUserRoles(id!, { page: 0, perPage: 5, includeTotals: true })).total).toBeTypeOf("number");
  });
});
