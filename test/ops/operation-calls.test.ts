import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type GraphQLAnswer } from "../support/graphql-answer.js";
import { type LogRecord, startOpsGateway, type OpsGateway } from "./support.js";
import { until } from "../support/until.js";

// `b` fails at once (`first` out of range) and, `users` being non-null, takes the whole answer with
// it while `a` is still searching: `a`'s search and its 50 permission reads are needed by nobody.
const SETTLED_EARLY =
  `query SettledEarly { a: users(first: 50) { nodes { id permissions { nodes { permissionName } } ` +
  `} } b: users(first: -1) { nodes { id } } }`;
const LIGHT = `query Light($id: ID!) { user(id: $id) { email } }`;

function operationLine(t: OpsGateway, requestId: string): LogRecord | undefined {
  return t.log.records().find((r) => r.msg === "graphql operation" && r.requestId === requestId);
}

/** The upstream calls an answer's `extensions.cost` reports. */
function upstreamCallsOf(answer: GraphQLAnswer<unknown>): unknown {
  return (answer.extensions?.cost as { upstreamCalls?: unknown } | undefined)?.upstreamCalls;
}

function managementRequests(t: OpsGateway) {
  return t.emulator.requests().filter((r) => r.url.startsWith("/api/v2/"));
}

describe("an operation whose answer is settled early", () => {
  let t: OpsGateway;

  beforeAll(async () => {
    t = await startOpsGateway({ emulator: { users: 60, latencyMs: 30 }, env: { AUTH0_MAX_CONCURRENCY: "4", LOG_LEVEL: "info" } });
    await t.post({ query: "{ users(first: 1) { nodes { id } } }" });
  });

  afterAll(() => t.close());

  it("never sends the calls still pending, and its log line and cost report count every call made", async () => {
    t.emulator.resetStats();
    const settled = await Promise.all(
      [1, 2, 3].map((i) => t.post({ query: SETTLED_EARLY }, { headers: { "x-request-id": `settled-${i}`, "x-usergraph-cost": "1" } })),
    );
    for (const response of settled) {
      expect(response.body.data).toBeNull();
      expect(errorCodes(response.body)).toEqual(["BAD_USER_INPUT"]);
    }
    await until(() => [1, 2, 3].every((i) => operationLine(t, `settled-${i}`)), "the three operations are logged");
    // Whatever reached the emulator has been answered (or cut), and a later operation of another
    // caller has had its call sent and answered: anything left behind would have been sent by now.
    await until(() => managementRequests(t).every((r) => r.answeredInMs !== undefined), "the emulator has answered");
    const [id] = [...t.emulator.state.users.keys()].sort();
    const light = await t.post({ query: LIGHT, variables: { id } }, { token: await t.token({ sub: "auth0|other-caller" }) });
    expect(light.body.errors).toBeUndefined();

    const calls = t.emulator.stats().byRoute;
    expect(calls["GET /api/v2/users/{id}/permissions"] ?? 0).toBe(0);
    const made = [1, 2, 3].map((i) => operationLine(t, `settled-${i}`)!.upstreamCalls as number);
    for (const [i, response] of settled.entries()) {
      expect(upstreamCallsOf(response.body)).toBe(made[i]);
      expect(made[i]).toBeLessThanOrEqual(1);
    }
    expect(calls["GET /api/v2/users"] ?? 0).toBe(made.reduce((a, b) => a + b, 0));
    expect(managementRequests(t)).toHaveLength(made.reduce((a, b) => a + b, 0) + 1);
  });
});

describe("an operation whose caller has gone", () => {
  let t: OpsGateway;

  beforeAll(async () => {
    // One call at a time, 40 ms each: a 21-call fan-out takes most of a second.
    t = await startOpsGateway({ emulator: { users: 30, latencyMs: 40 }, env: { AUTH0_MAX_CONCURRENCY: "1", LOG_LEVEL: "info" } });
    await t.post({ query: "{ users(first: 1) { nodes { id } } }" });
  });

  afterAll(() => t.close());

  /** Sends `query` and closes the connection once the emulator has received `after` calls. */
  async function abandon(query: string, variables: object, requestId: string, after: number): Promise<void> {
    const controller = new AbortController();
    const sent = fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await t.token()}`, "x-request-id": requestId },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    });
    await until(() => managementRequests(t).length >= after, `the emulator has received ${after} calls`);
    controller.abort();
    await expect(sent).rejects.toThrow();
    await until(() => operationLine(t, requestId) !== undefined, "the operation is logged");
    await until(() => managementRequests(t).every((r) => r.answeredInMs !== undefined), "the emulator has answered");
    // Another caller's call goes through the same pacer: a call left queued would have gone first.
    const [id] = [...t.emulator.state.users.keys()].sort();
    const light = await t.post({ query: LIGHT, variables: { id } }, { token: await t.token({ sub: "auth0|other-caller" }) });
    expect(light.body.errors).toBeUndefined();
  }

  it("a query: sends none of its pending calls and logs the calls it made", async () => {
    t.emulator.resetStats();
    await abandon("query Fan { users(first: 20) { nodes { id permissions { nodes { permissionName } } } } }", {}, "gone-query", 3);
    const made = operationLine(t, "gone-query")!.upstreamCalls as number;
    const calls = t.emulator.stats().byRoute;
    expect(calls["GET /api/v2/users"]).toBe(1);
    expect(calls["GET /api/v2/users/{id}/permissions"]).toBeLessThan(20);
    // Everything the operation sent, plus the other caller's one call.
    expect(managementRequests(t)).toHaveLength(made + 1);
  });

  it("a mutation: finishes its writes, so none is left half done", async () => {
    t.emulator.resetStats();
    const id = [...t.emulator.state.users.keys()].sort()[0]!;
    await abandon(
      `mutation Two($id: ID!) {
        a: updateUser(id: $id, input: { userMetadata: { step: 1 } }) { user { id } }
        b: updateUser(id: $id, input: { userMetadata: { step: 2 } }) { user { id } }
      }`,
      { id },
      "gone-mutation",
      1,
    );
    expect(t.emulator.stats().byRoute["PATCH /api/v2/users/{id}"]).toBe(2);
    expect(t.emulator.state.users.get(id)!.user_metadata).toMatchObject({ step: 2 });
    expect(operationLine(t, "gone-mutation")!.upstreamCalls).toBe(2);
  });
});

describe("OPERATION_TIMEOUT_MS", () => {
  let t: OpsGateway;

  beforeAll(async () => {
    // Each call answers well within AUTH0_TIMEOUT_MS; an operation making them one after another does not.
    t = await startOpsGateway({
      emulator: { users: 10, latencyMs: 1000 },
      env: { OPERATION_TIMEOUT_MS: "1600", AUTH0_TIMEOUT_MS: "20000", LOG_LEVEL: "info" },
    });
    await t.post({ query: "{ users(first: 1) { nodes { id } } }" });
  });

  afterAll(() => t.close());

  it("cuts an operation's calls at its deadline and answers OPERATION_TIMEOUT for the fields that needed them", async () => {
    t.emulator.resetStats();
    // A search (1 s), then each user's roles (1 s more): past the 1.6 s deadline.
    const response = await t.post<{ users: { nodes: { roles: unknown }[] } }>(
      { query: "query Slow { users(first: 2) { nodes { id roles { nodes { name } } } } }" },
      { headers: { "x-request-id": "slow-1", "x-usergraph-cost": "1" } },
    );
    const { data, errors = [] } = response.body;
    expect(data!.users.nodes).toHaveLength(2);
    expect(data!.users.nodes.map((n) => n.roles)).toEqual([null, null]);
    expect(errors).toHaveLength(2);
    for (const error of errors) {
      expect(error.extensions).toEqual({ code: "OPERATION_TIMEOUT", timeoutMs: 1600 });
      expect(error.message).toBe(
        "The operation did not complete within its deadline of 1600 ms (OPERATION_TIMEOUT_MS); the Management " +
          "API calls this field still needed were cancelled.",
      );
    }
    await until(() => operationLine(t, "slow-1") !== undefined, "the operation is logged");
    const line = operationLine(t, "slow-1")!;
    expect(line.errorCodes).toEqual(["OPERATION_TIMEOUT"]);
    // The search and the two roles reads that were in flight at the deadline: all made, all counted.
    expect(line.upstreamCalls).toBe(3);
    expect(upstreamCallsOf(response.body)).toBe(3);
    expect(managementRequests(t)).toHaveLength(3);
  });
});
