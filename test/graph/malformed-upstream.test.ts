import { describe, expect, it } from "vitest";
import { MAX_VARIABLE_DEPTH } from "../../src/cost/variable-depth.js";
import { graphql } from "../gql/index.js";
import { mutationTestGateway, userIds } from "../support/mutations.js";

// Issue 16, item 9: a 2xx answer the gateway cannot use (an HTML page, `{}`, a list that is not a
// list) is UPSTREAM_ERROR with a clear message — never INTERNAL_SERVER_ERROR, an empty list or a
// created user that comes back null — and variables too deep to walk are a client error.

const t = mutationTestGateway({ users: 20, seed: 4 });

const HTML = "<html><body><h1>502 Bad Gateway</h1></body></html>";

function answerNext(method: string, route: string, action: { status: number; body?: unknown; text?: string }) {
  t.emulator.faults.add({ method, route: `/api/v2${route}`, count: 1, action });
}

function expectUpstreamError(error: { message: string } | undefined, path: (string | number)[], route: string) {
  expect(error).toMatchObject({ path, extensions: { code: "UPSTREAM_ERROR", upstream: { errorCode: "malformed_response" } } });
  expect(error!.message).toContain(`Auth0's answer could not be used: ${route} answered`);
  expect(error!.message).toContain("with a body the gateway cannot use");
}

describe("malformed upstream answers", () => {
  it("a user read answered with an HTML page or {} is UPSTREAM_ERROR, not an internal error", async () => {
    const id = userIds(t)[0]!;
    for (const action of [
      { status: 200, text: HTML },
      { status: 200, body: {} },
      { status: 200, body: [] },
      { status: 200, body: "a string" },
    ]) {
      answerNext("GET", "/users/{id}", action);
      const res = await t.query(graphql(`query MalformedUser($id: ID!) { user(id: $id) { id email } }`), { id });
      expect(res.body.data).toEqual({ user: null });
      expect(res.body.errors).toHaveLength(1);
      expectUpstreamError(res.body.errors![0], ["user"], "GET /users/{id}");
    }
    // The answer after the fault is the user again.
    expect((await t.query(graphql(`query MalformedUser2($id: ID!) { user(id: $id) { id } }`), { id })).body).toEqual({
      data: { user: { id } },
    });
  });

  it("a list that is not a list fails its field instead of answering an empty list", async () => {
    const id = userIds(t, (u) => (t.emulator.state.userRoles.get(u)?.length ?? 0) > 0)[0]!;
    for (const body of [{ roles: "none" }, {}, { roles: [{ name: "no id" }] }]) {
      answerNext("GET", "/users/{id}/roles", { status: 200, body });
      const res = await t.query(
        graphql(`query MalformedUserRoles($id: ID!) { user(id: $id) { id roles(first: 5) { totalCount nodes { id } } } }`),
        { id },
      );
      expect(res.body.data).toEqual({ user: { id, roles: null } });
      expectUpstreamError(res.body.errors![0], ["user", "roles"], "GET /users/{id}/roles");
    }
    answerNext("GET", "/users", { status: 200, body: { users: {} } });
    const search = await t.query(graphql(`query MalformedUsers { users(first: 3) { nodes { id } } }`));
    expect(search.body.data).toBeNull();
    expectUpstreamError(search.body.errors![0], ["users"], "GET /users");
  });

  it("createUser answered 201 without a user never succeeds with user: null", async () => {
    for (const action of [
      { status: 201, body: {} },
      { status: 201, text: HTML },
    ]) {
      answerNext("POST", "/users", action);
      const res = await t.query(
        graphql(
          `mutation MalformedCreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id email } userErrors { code } } }`,
        ),
        {
          input: {
            connection: "Username-Password-Authentication",
            email: `malformed-${Math.random().toString(36).slice(2)}@example.com`,
            password: "Sup3r-secret-pw!",
          },
        },
      );
      expect(res.body.data).toEqual({ createUser: null });
      expect(res.body.errors).toHaveLength(1);
      expectUpstreamError(res.body.errors![0], ["createUser"], "POST /users");
      expect(res.body.errors![0]!.message).toContain("The write may have been made");
    }
  });

  it("refuses variables nested deeper than the limit with BAD_USER_INPUT (400) before costing or running anything", async () => {
    const token = await t.token();
    const post = (depth: number, accept: string) =>
      t.fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept, authorization: `Bearer ${token}` },
        // Built as text: JSON.stringify itself cannot walk 20,000 levels.
        body:
          `{"query":"mutation($m: JSONObject) { updateUser(id: \\"auth0|nobody\\", input: { userMetadata: ` +
          `$m }) { userErrors { code } } }","variables":{"m":${'{"a":'.repeat(depth)}{}${"}".repeat(depth)}}}`,
      });
    for (const accept of ["application/graphql-response+json", "application/json"]) {
      t.resetCalls();
      const res = await post(20_000, accept);
      expect(res.status).toBe(accept === "application/json" ? 200 : 400);
      const body = (await res.json()) as { data?: unknown; errors: unknown[] };
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        {
          message: `Variable "$m" nests deeper than ${MAX_VARIABLE_DEPTH} levels of objects and lists; nothing was run.`,
          extensions: { code: "BAD_USER_INPUT" },
        },
      ]);
      expect(t.upstreamCalls()).toEqual({});
    }
    // At the limit the operation runs (the unknown user is NOT_FOUND).
    const ok = await post(MAX_VARIABLE_DEPTH - 1, "application/graphql-response+json");
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { updateUser: { userErrors: [{ code: "NOT_FOUND" }] } } });
  });
});
