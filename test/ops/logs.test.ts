import { GraphQLError } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/ops/logger.js";
import { LogCapture, type LogRecord, startOpsGateway, type OpsGateway } from "./support.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PASSWORD = "Sup3r-Secret-Passw0rd!";

let t: OpsGateway;
beforeAll(async () => {
  t = await startOpsGateway();
  // Warm up (Management API token, JWKS) so each test sees only its own operation's calls.
  await t.post({ query: "{ users(first: 1) { nodes { id } } }" });
});
afterAll(() => t.close());
beforeEach(() => t.emulator.resetStats());

/** Management API calls the emulator counted since the last reset. */
function managementCalls(): number {
  return Object.entries(t.emulator.stats().byRoute)
    .filter(([route]) => route.includes(" /api/v2/"))
    .reduce((sum, [, n]) => sum + n, 0);
}

function operationLine(requestId: string): LogRecord {
  const lines = t.log.records().filter((r) => r.msg === "graphql operation" && r.requestId === requestId);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

function codesOf(body: { errors?: { extensions?: { code?: string } }[] }): string[] {
  return [...new Set((body.errors ?? []).map((e) => e.extensions?.code ?? "INTERNAL_SERVER_ERROR"))];
}

describe("request ids", () => {
  it("echoes the caller's x-request-id and logs the operation under it", async () => {
    const res = await t.post({ query: "query Two { users(first: 2) { nodes { id } } }" }, { headers: { "x-request-id": "req-42.a:b" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("req-42.a:b");
    expect(operationLine("req-42.a:b").operationName).toBe("Two");
  });

  it("makes one up when there is none, or when the caller's is not a short plain token", async () => {
    const none = await t.post({ query: "{ users(first: 1) { nodes { id } } }" });
    const generated = none.headers.get("x-request-id")!;
    expect(generated).toMatch(UUID);
    operationLine(generated);

    for (const unfit of ["has spaces in it", "x".repeat(129), 'quote"s']) {
      const res = await t.post({ query: "{ users(first: 1) { nodes { id } } }" }, { headers: { "x-request-id": unfit } });
      const id = res.headers.get("x-request-id")!;
      expect(id).toMatch(UUID);
      expect(t.log.text()).not.toContain(unfit);
      operationLine(id);
    }
    // Each operation gets its own.
    const a = await t.post({ query: "{ users(first: 1) { nodes { id } } }" });
    const b = await t.post({ query: "{ users(first: 1) { nodes { id } } }" });
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
  });
});

describe("the operation log line", () => {
  it("has the request id, operation name and type, caller, status, duration and the upstream calls the operation made", async () => {
    const [someone] = [...t.emulator.state.users.keys()];
    const res = await t.post(
      { query: "query UsersAndRoles { users(first: 3) { nodes { id email } } roles(first: 2) { nodes { id } } }" },
      { token: await t.token({ sub: someone }), headers: { "x-request-id": "line-1" } },
    );
    expect(res.body.errors).toBeUndefined();
    const line = operationLine("line-1");
    expect(line).toMatchObject({
      level: "info",
      service: "usergraph",
      requestId: "line-1",
      operationName: "UsersAndRoles",
      operationType: "query",
      caller: someone,
      status: 200,
      errorCodes: [],
      upstreamCalls: managementCalls(),
    });
    expect(line.upstreamCalls).toBeGreaterThanOrEqual(2);
    expect(typeof line.durationMs).toBe("number");
    expect(line.durationMs).toBeGreaterThan(0);
    expect(typeof line.time).toBe("string"); // ISO time
  });

  it("takes the operation name from the document, or the one chosen among several", async () => {
    await t.post({ query: "query FromDocument { users(first: 1) { nodes { id } } }" }, { headers: { "x-request-id": "name-1" } });
    expect(operationLine("name-1").operationName).toBe("FromDocument");
    t.emulator.resetStats();
    await t.post(
      { query: "query A { users(first: 1) { nodes { id } } } query B { roles(first: 1) { nodes { id } } }", operationName: "B" },
      { headers: { "x-request-id": "name-2" } },
    );
    expect(operationLine("name-2")).toMatchObject({ operationName: "B", upstreamCalls: managementCalls() });
    await t.post({ query: "{ users(first: 1) { nodes { id } } }" }, { headers: { "x-request-id": "name-3" } });
    expect(operationLine("name-3").operationName).toBeNull();
  });

  it("lists the error codes of the response: a missing scope, no token, a bad document", async () => {
    const forbidden = await t.post(
      { query: "query NeedsRoles { roles(first: 1) { nodes { id } } }" },
      { token: await t.token({ scope: "read:users" }), headers: { "x-request-id": "err-1" } },
    );
    expect(codesOf(forbidden.body)).toEqual(["FORBIDDEN"]);
    expect(operationLine("err-1")).toMatchObject({ operationName: "NeedsRoles", errorCodes: ["FORBIDDEN"], upstreamCalls: 0 });

    // Refused before its document is parsed: the name is the one the caller sent.
    const anonymous = await t.post(
      { query: "query NoToken { users(first: 1) { nodes { id } } }", operationName: "NoToken" },
      { token: null, headers: { "x-request-id": "err-2" } },
    );
    expect(anonymous.status).toBe(401);
    expect(operationLine("err-2")).toMatchObject({ operationName: "NoToken", status: 401, errorCodes: codesOf(anonymous.body) });
    expect(codesOf(anonymous.body)).toEqual(["UNAUTHENTICATED"]);

    const invalid = await t.post(
      { query: "query Broken { users(first: 1) { nodes { noSuchField } } }" },
      { headers: { "x-request-id": "err-3" } },
    );
    expect(operationLine("err-3")).toMatchObject({ operationName: "Broken", errorCodes: codesOf(invalid.body) });
    expect(codesOf(invalid.body).length).toBe(1);
  });

  it("lists the code of an upstream failure", async () => {
    const [someone] = [...t.emulator.state.users.keys()];
    t.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 10, action: { status: 403 } });
    try {
      const res = await t.post({ query: `query One { user(id: "${someone}") { id email } }` }, { headers: { "x-request-id": "err-4" } });
      expect(res.body.errors?.length).toBeGreaterThan(0);
      expect(operationLine("err-4")).toMatchObject({ errorCodes: codesOf(res.body), upstreamCalls: managementCalls() });
    } finally {
      t.emulator.faults.clear();
    }
  });

  it("never contains a token, a secret or a password, at any level", async () => {
    const callerToken = await t.token();
    await t.post(
      {
        query: "mutation Create($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code } } }",
        variables: { input: { connection: "Username-Password-Authentication", email: "logs-test@example.com", password: PASSWORD } },
      },
      { token: callerToken, headers: { "x-request-id": "secret-1" } },
    );
    expect(operationLine("secret-1").operationName).toBe("Create");
    const text = t.log.text();
    expect(text.length).toBeGreaterThan(0);
    expect(t.log.records().some((r) => r.level === "debug" || r.level === "trace")).toBe(true);
    for (const secret of [callerToken, t.emulator.clientSecret, PASSWORD]) expect(text).not.toContain(secret);
    // No JWT of any kind (the Management API token included).
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
  });
});

describe("the logger", () => {
  it("redacts credentials by path", () => {
    const capture = new LogCapture();
    const logger = createLogger({ level: "info", pretty: false, destination: capture });
    logger.info(
      {
        headers: { authorization: "Bearer abc.def.ghi" },
        config: { upstream: { credentials: { clientSecret: "shh" } } },
        client_secret: "shh2",
        password: "pw",
      },
      "with secrets",
    );
    const [record] = capture.records();
    expect(record).toMatchObject({
      msg: "with secrets",
      level: "info",
      headers: { authorization: "[redacted]" },
      config: { upstream: { credentials: "[redacted]" } },
      client_secret: "[redacted]",
      password: "[redacted]",
    });
    expect(capture.text()).not.toMatch(/abc\.def|shh|"pw"/);
  });

  it("logs a GraphQL error without what could quote input, a fault with its stack's frames, and caps long strings", () => {
    const capture = new LogCapture();
    const logger = createLogger({ level: "info", pretty: false, destination: capture });
    const coercion = new GraphQLError('Variable "$i" got an invalid value; (value hidden)', {
      originalError: new GraphQLError(`String cannot represent a non string value: { pw: "${PASSWORD}" }`),
      extensions: { code: "BAD_USER_INPUT", originalError: { message: PASSWORD } },
    });
    logger.error(coercion);
    const fault = new TypeError(`cannot read ${PASSWORD}`.padEnd(2_000, "x"));
    logger.error({ err: fault, name: "n".repeat(10_000) }, "resolver failed");
    const [graphqlLine, faultLine] = capture.records();
    expect(graphqlLine!.err).toEqual({ type: "GraphQLError", code: "BAD_USER_INPUT", message: coercion.message });
    const err = faultLine!.err as { type: string; stack: string; message: string };
    expect(err.type).toBe("TypeError");
    expect(err.stack).toMatch(/^\s+at /);
    expect(err.stack).not.toContain(PASSWORD);
    expect(err.message.length).toBeLessThan(400);
    expect(String(faultLine!.name).length).toBeLessThan(600);
    expect(capture.text()).not.toContain('pw: \\"');
  });

  it("writes readable lines for a terminal, still redacted", () => {
    const capture = new LogCapture();
    const logger = createLogger({ level: "info", pretty: true, destination: capture });
    logger.info({ requestId: "r-1", authorization: "Bearer abc.def.ghi" }, "graphql operation");
    const text = capture.text();
    expect(() => JSON.parse(text)).toThrow();
    expect(text).toMatch(/INFO.*graphql operation/);
    expect(text).toContain('requestId: "r-1"');
    expect(text).toContain("[redacted]");
    expect(text).not.toContain("abc.def.ghi");
  });

  it("honours LOG_LEVEL", async () => {
    const quiet = await startOpsGateway({ env: { LOG_LEVEL: "warn" } });
    try {
      const ok = await quiet.post({ query: "{ users(first: 1) { nodes { id } } }" });
      expect(ok.status).toBe(200);
      expect(quiet.log.records().filter((r) => r.msg === "graphql operation")).toEqual([]);
    } finally {
      await quiet.close();
    }
  });
});
