import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { describe, expect, it } from "vitest";
import { MAX_PATH_PARAMETER_LENGTH } from "../../src/upstream/index.js";
import { graphql } from "../gql/index.js";
import { mutationTestGateway, payloadOf, userIds } from "../support/mutations.js";

// Issue 16, item 2, through the graph: ids that are (or decode to) "." / ".." or are over-long reach
// no endpoint. Mutations answer INVALID_INPUT at the argument, reads answer null where the field's
// contract says "null when it does not exist", and nothing is sent upstream.

/** What expectInvalidInput reads of a payload: every document below selects its userErrors with PathParamsErrors. */
interface UserErrorsPayload {
  userErrors: { field: string[] | null; message: string; code: string }[];
}

const t = mutationTestGateway({ users: 40, seed: 3 });

graphql(`fragment PathParamsErrors on UserError { field message code }`);
const DELETE_METHOD = graphql(`mutation PathParamsDeleteUserAuthenticationMethod($id: ID!, $methodId: ID!) {
  deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {
    deletedAuthenticationMethodId userErrors { ...PathParamsErrors }
  }
}`);
const UPDATE_METHOD = graphql(`mutation PathParamsUpdateUserAuthenticationMethod($id: ID!, $methodId: ID!) {
  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: { name: "renamed" }) {
    authenticationMethod { id } userErrors { ...PathParamsErrors }
  }
}`);
const REVOKE_SESSIONS = graphql(`mutation PathParamsRevokeUserSessions($id: ID!) {
  revokeUserSessions(id: $id) { user { id } userErrors { ...PathParamsErrors } }
}`);

const DOTS = [".", "..", "%2e%2e", "%2E%2e", "%252e%252e"];
const LONG = `auth0|${"x".repeat(MAX_PATH_PARAMETER_LENGTH)}`;

const withMethods = () => userIds(t, (id) => (t.emulator.state.authenticationMethods.get(id)?.length ?? 0) > 0);

function snapshot(id: string) {
  return JSON.stringify({
    user: t.emulator.state.users.get(id),
    methods: t.emulator.state.authenticationMethods.get(id),
    sessions: t.emulator.state.sessions.get(id),
  });
}

async function expectInvalidInput<K extends string, V>(
  query: TypedDocumentNode<Record<K, UserErrorsPayload | null>, V>,
  variables: V,
  name: K,
  field: string[],
  scope: string,
) {
  t.resetCalls();
  const payload = payloadOf(await t.query(query, variables, { scope }), name)!;
  expect(payload.userErrors).toHaveLength(1);
  expect(payload.userErrors[0]).toMatchObject({ code: "INVALID_INPUT", field });
  expect(payload.userErrors[0]!.message).toMatch(/^Not a valid id, so nothing was sent to Auth0/);
  expect(t.upstreamCalls()).toEqual({});
}

describe("dot-segment and over-long ids", () => {
  it(
    "deleteUserAuthenticationMethod and updateUserAuthenticationMethod with a method id of . or .. touch " +
      "neither the user nor its methods",
    async () => {
      const victim = withMethods()[0]!;
      const before = snapshot(victim);
      for (const methodId of [...DOTS, LONG]) {
        await expectInvalidInput(
          DELETE_METHOD,
          { id: victim, methodId },
          "deleteUserAuthenticationMethod",
          ["authenticationMethodId"],
          "delete:authentication_methods",
        );
        await expectInvalidInput(
          UPDATE_METHOD,
          { id: victim, methodId },
          "updateUserAuthenticationMethod",
          ["authenticationMethodId"],
          "update:authentication_methods",
        );
      }
      for (const id of [...DOTS, LONG]) {
        await expectInvalidInput(
          DELETE_METHOD,
          { id, methodId: "phone|x" },
          "deleteUserAuthenticationMethod",
          ["id"],
          "delete:authentication_methods",
        );
      }
      expect(snapshot(victim)).toBe(before);
    },
  );

  it("revokeUserSessions(id: .) is INVALID_INPUT with no call", async () => {
    for (const id of [...DOTS, LONG])
      await expectInvalidInput(REVOKE_SESSIONS, { id }, "revokeUserSessions", ["id"], "delete:sessions read:users");
  });

  it("user(id:), usersByIds and _entities answer null for such ids, with no call", async () => {
    for (const id of [...DOTS, LONG]) {
      t.resetCalls();
      const res = await t.query(graphql(`query PathParamsUser($id: ID!) { user(id: $id) { id email } }`), { id });
      expect(res.body).toEqual({ data: { user: null } });
      expect(t.upstreamCalls()).toEqual({});
    }
    t.resetCalls();
    const many = await t.query(graphql(`query PathParamsUsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`), {
      ids: [...DOTS, LONG],
    });
    expect(many.body).toEqual({ data: { usersByIds: [...DOTS, LONG].map(() => null) } });
    expect(t.upstreamCalls()).toEqual({});

    // Many of them spend none of the operation's call budget (250): all null, none QUERY_TOO_EXPENSIVE.
    const dotted = Array.from({ length: 300 }, (_, i) => `x/../${i}`);
    t.resetCalls();
    const budgeted = await t.query(graphql(`query PathParamsUsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`), { ids: dotted });
    expect(budgeted.body).toEqual({ data: { usersByIds: dotted.map(() => null) } });
    expect(t.upstreamCalls()).toEqual({});

    // Beside a real id, only the real one is searched for.
    const real = userIds(t)[0]!;
    t.resetCalls();
    const mixed = await t.query(graphql(`query PathParamsUsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`), {
      ids: ["..", real, LONG],
    });
    expect(mixed.body).toEqual({ data: { usersByIds: [null, { id: real }, null] } });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users": 1 });
    expect(t.emulator.requests().at(-1)!.url).not.toContain("x".repeat(100));

    t.resetCalls();
    // _entities belongs to the federation subgraph's SDL, not schema/schema.graphql that codegen types: a plain string.
    const entities = await t.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id } ... on Role { id } } }`, {
      r: [
        { __typename: "User", id: "." },
        { __typename: "Role", id: ".." },
        { __typename: "Organization", id: LONG },
      ],
    });
    expect(entities.body).toEqual({ data: { _entities: [null, null, null] } });
    expect(t.upstreamCalls()).toEqual({});
  });

  it("role(id: ..) is null; its lists fail BAD_USER_INPUT; session and refreshToken are null — with no call", async () => {
    for (const id of [...DOTS, LONG]) {
      t.resetCalls();
      const named = await t.query(
        graphql(`
          query PathParamsRole($id: ID!) {
            role(id: $id) {
              name
            }
            session(id: $id) {
              id
            }
            refreshToken(id: $id) {
              id
            }
            organization(id: $id) {
              id
            }
          }
        `),
        { id },
      );
      expect(named.body).toEqual({ data: { role: null, session: null, refreshToken: null, organization: null } });

      const lists = await t.query(graphql(`query PathParamsRoleUsers($id: ID!) { role(id: $id) { id users { nodes { id } } } }`), { id });
      expect(lists.body.data).toEqual({ role: { id, users: null } });
      expect(lists.body.errors).toHaveLength(1);
      expect(lists.body.errors![0]).toMatchObject({ path: ["role", "users"], extensions: { code: "BAD_USER_INPUT" } });
      expect(lists.body.errors![0]!.message).toMatch(/^Not a valid id, so nothing was sent to Auth0: the id /);
      expect(t.upstreamCalls()).toEqual({});
    }
  });
});
