import { GraphQLError, locatedError, parse } from "graphql";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maskError } from "../../src/auth/mask-error.js";
import { createTokenVerifier } from "../../src/auth/verify-token.js";
import { loadConfig } from "../../src/config.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { createGateway } from "../../src/server.js";
import { createManagementClient } from "../../src/upstream/client.js";
import { UpstreamError } from "../../src/upstream/errors.js";
import { GATEWAY_AUDIENCE, startTestGateway, type TestGateway } from "../support/gateway.js";
import type { GraphQLAnswer } from "../support/graphql-answer.js";

// What a caller sees of a failure: a stable code and a message meant for it — never an internal
// message, a stack, the gateway's upstream token or secret. When Auth0 rejects the gateway's own
// credentials (401/403), the caller is told it is UPSTREAM_MISCONFIGURED, not that it is at fault.

describe("maskError", () => {
  const node = parse("{ roles { totalCount } }").definitions[0]!;
  const inResolver = (error: Error) => locatedError(error, [node], ["roles"]);

  it("hides a plain error thrown in a resolver: its message, stack and cause", () => {
    const secret = new Error("connect ECONNREFUSED postgres://admin:hunter2@db/users", { cause: new Error("deeper") });
    const masked = maskError(inResolver(secret), "Unexpected error.") as GraphQLError;
    expect(masked.message).toBe("Unexpected error.");
    expect(masked.path).toEqual(["roles"]);
    expect(masked.originalError).toBeUndefined();
    expect(JSON.stringify(masked.toJSON())).not.toMatch(/hunter2|ECONNREFUSED|deeper|at .*\.ts/);
    expect(masked.extensions.code).toBe("INTERNAL_SERVER_ERROR");
  });

  it("maps an upstream failure a resolver let through, wherever it is in the cause chain", () => {
    const upstream = new UpstreamError({
      message: "Invalid token",
      statusCode: 401,
      kind: "http",
      method: "GET",
      route: "/roles",
      errorCode: "invalid_token",
    });
    for (const error of [inResolver(upstream), inResolver(new Error("wrapped", { cause: upstream }))]) {
      const masked = maskError(error, "Unexpected error.") as GraphQLError;
      expect(masked.extensions).toEqual({ code: "UPSTREAM_MISCONFIGURED", upstream: { statusCode: 401, errorCode: "invalid_token" } });
      expect(masked.path).toEqual(["roles"]);
    }
  });

  it("keeps a deliberate error as it is", () => {
    const deliberate = new GraphQLError("Not authorized to read Query.roles: it needs the Management API scope read:roles.", {
      extensions: { code: "FORBIDDEN" },
    });
    const located = inResolver(deliberate);
    expect(maskError(located, "Unexpected error.")).toBe(located);
  });

  it("drops suggestions and internals, and gives a code to an error without one", () => {
    const masked = maskError(
      new GraphQLError('Value "EMAI" does not exist in "UserSortField" enum. Did you mean the enum value "EMAIL"?', {
        extensions: { http: { status: 400 }, originalError: { name: "SyntaxError", message: "internal" } },
      }),
      "Unexpected error.",
    ) as GraphQLError;
    expect(masked.message).toBe('Value "EMAI" does not exist in "UserSortField" enum.');
    expect(masked.extensions.code).toBe("BAD_USER_INPUT");
    expect(masked.extensions.originalError).toBeUndefined();
  });
});

describe("a resolver failing on a bug", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ emulator: { users: 10, seed: 2 } });
  });
  afterAll(() => t?.close());

  it("answers INTERNAL_SERVER_ERROR, “Unexpected error.”, on that field only — no message, no stack", async () => {
    const id = [...t.emulator.state.users.keys()][0]!;
    // A null among a method's factors (the client checks methods' ids and types, not their factors)
    // makes the factor resolver dereference null.
    const method = { id: "phone|dev_x", type: "phone", created_at: "2026-01-01T00:00:00.000Z", authentication_methods: [null] };
    t.emulator.faults.add({
      method: "GET",
      route: "/api/v2/users/{id}/authentication-methods",
      count: 1,
      action: { status: 200, body: [method] },
    });
    const res = await t.query<{ user: { id: string } }>(
      "query($id: ID!) { user(id: $id) { id authenticationMethods { nodes { id authenticationMethods { id } } } } }",
      { id },
    );
    expect(res.status).toBe(200);
    expect(res.body.data!.user.id).toBe(id);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.message).toBe("Unexpected error.");
    expect(res.body.errors![0]!.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    expect(JSON.stringify(res.body)).not.toMatch(/TypeError|Cannot read|null \(reading|stack|\.ts:\d+/);
  });
});

/** A gateway over `emulator` whose upstream credentials come from `env`, logging into `logs`. */
async function gatewayWithCredentials(emulator: RunningEmulator, env: Record<string, string>) {
  const logs: string[] = [];
  const config = loadConfig({ AUTH0_DOMAIN: emulator.url, AUTH_ISSUER: `${emulator.url}/`, AUTH_AUDIENCE: GATEWAY_AUDIENCE, ...env });
  const logger = pino({ level: "trace" }, { write: (line: string) => void logs.push(line) });
  const client = createManagementClient(config.upstream!, { logger });
  const gateway = createGateway({ client, verifier: createTokenVerifier(config.auth!), logger, security: config.security });
  const url = await gateway.listen(0, "127.0.0.1");
  const callerToken = await emulator.mintToken({ scope: "read:users read:roles", audience: GATEWAY_AUDIENCE, sub: "auth0|caller" });
  return {
    logs,
    callerToken,
    async query(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${callerToken}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, text: await response.text() };
    },
    async close() {
      await gateway.close();
      await client.close();
    },
  };
}

describe("the gateway's own credentials rejected upstream", () => {
  let emulator: RunningEmulator;
  let userId: string;
  beforeAll(async () => {
    emulator = await startEmulator({ users: 10, seed: 2 });
    userId = [...emulator.state.users.keys()][0]!;
  });
  afterAll(() => emulator?.close());

  const USER_AND_ROLES = "query($id: ID!) { user(id: $id) { id } roles { totalCount } }";
  const blamesCaller = /your token|you are not|unauthori[sz]ed caller|insufficient scope/i;

  it("a Management API token lacking a scope (upstream 403) → UPSTREAM_MISCONFIGURED on that field; the token never shows", async () => {
    const managementToken = await emulator.mintToken({ scope: "read:users" });
    const g = await gatewayWithCredentials(emulator, { AUTH0_MANAGEMENT_TOKEN: managementToken });
    try {
      const res = await g.query("query($id: ID!) { user(id: $id) { id } rolesOf: user(id: $id) { roles { totalCount } } }", { id: userId });
      const body = JSON.parse(res.text);
      expect(body.data.user.id).toBe(userId);
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]).toMatchObject({
        path: ["rolesOf", "roles"],
        extensions: { code: "UPSTREAM_MISCONFIGURED", upstream: { statusCode: 403 } },
      });
      expect(body.errors[0].message).not.toMatch(blamesCaller);
      expect(res.text).not.toContain(managementToken);
      expect(g.logs.join("\n")).not.toContain(managementToken);
      expect(g.logs.join("\n")).not.toContain(g.callerToken);
    } finally {
      await g.close();
    }
  });

  it("a garbage static token (upstream 401) → UPSTREAM_MISCONFIGURED; the token never shows", async () => {
    const garbage = "garbage-management-token-5f1c0e8a9b7d4c3e";
    const g = await gatewayWithCredentials(emulator, { AUTH0_MANAGEMENT_TOKEN: garbage });
    try {
      const res = await g.query(USER_AND_ROLES, { id: userId });
      const body = JSON.parse(res.text);
      const codes = (body as GraphQLAnswer).errors!.map((e) => [
        e.path![0],
        e.extensions!.code,
        (e.extensions!.upstream as { statusCode: number }).statusCode,
      ]);
      expect(codes).toEqual(
        expect.arrayContaining([
          ["user", "UPSTREAM_MISCONFIGURED", 401],
          ["roles", "UPSTREAM_MISCONFIGURED", 401],
        ]),
      );
      for (const error of body.errors) expect(error.message).not.toMatch(blamesCaller);
      expect(res.text).not.toContain(garbage);
      expect(g.logs.join("\n")).not.toContain(garbage);
    } finally {
      await g.close();
    }
  });

  it("client credentials the token endpoint refuses (401) → UPSTREAM_MISCONFIGURED; the secret never shows", async () => {
    const secret = "wrong-client-secret-0d9e8f7a6b5c";
    const g = await gatewayWithCredentials(emulator, { AUTH0_CLIENT_ID: emulator.clientId, AUTH0_CLIENT_SECRET: secret });
    try {
      const res = await g.query("query($id: ID!) { user(id: $id) { id } }", { id: userId });
      const body = JSON.parse(res.text);
      expect(body.errors[0]).toMatchObject({
        path: ["user"],
        extensions: { code: "UPSTREAM_MISCONFIGURED", upstream: { statusCode: 401 } },
      });
      expect(res.text).not.toContain(secret);
      expect(g.logs.join("\n")).not.toContain(secret);
    } finally {
      await g.close();
    }
  });
});
