import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.js";
import type { User } from "../../src/upstream/index.js";
import { startTestGateway, type GraphQLResponse, type TestGateway } from "../support/gateway.js";

// Self-service with Auth0's current-user scopes: a user's own token (sub = their user id) holding
// read:current_user, update:current_user_metadata and update:current_user_identities reads and
// edits that user — and no other.

const CURRENT_USER_SCOPES = ["read:current_user", "update:current_user_metadata", "update:current_user_identities"];

let t: TestGateway;
let self: string;
let other: string;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 20, seed: 4 } });
  const ids = [...t.emulator.state.users.keys()];
  self = ids[0]!;
  other = ids[1]!;
});
afterAll(() => t?.close());

async function as<T = Record<string, unknown>>(
  scopes: readonly string[],
  query: string,
  variables: Record<string, unknown> = {},
  sub = self,
): Promise<GraphQLResponse<T>> {
  return t.query<T>(query, variables, { token: await t.token({ scope: scopes.join(" "), sub }) });
}

const restUser = async (id: string) => (await t.rest<User>("GET", `/users/${encodeURIComponent(id)}`)).body;

describe("me", () => {
  it("answers the caller's own user with read:current_user alone, as REST has it, in one call", async () => {
    const rest = await restUser(self);
    t.resetCalls();
    const res = await as(["read:current_user"], "{ me { id email name userMetadata } }");
    expect(res.body).toEqual({
      data: { me: { id: self, email: rest.email ?? null, name: rest.name ?? null, userMetadata: rest.user_metadata ?? null } },
    });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1 });
  });

  it("is null for a machine caller, without an upstream call", async () => {
    t.resetCalls();
    const res = await as(["read:current_user"], "{ me { id } }", {}, "some-client@clients");
    expect(res.body).toEqual({ data: { me: null } });
    expect(t.upstreamTotal()).toBe(0);
  });

  it("is FORBIDDEN without read:current_user (or read:users)", async () => {
    t.resetCalls();
    const res = await as(["update:current_user_metadata"], "{ me { id } }");
    expect(res.body.errors?.[0]).toMatchObject({
      path: ["me"],
      extensions: { code: "FORBIDDEN", requiredScopes: ["read:current_user", "read:users"] },
    });
    expect(t.upstreamTotal()).toBe(0);
  });
});

describe("updateMe", () => {
  it("takes no user id: it can only name the caller", () => {
    const field = schema.getMutationType()!.getFields().updateMe!;
    expect(field.args.map((arg) => arg.name)).toEqual(["input"]);
    const input = schema.getType("UpdateMeInput") as unknown as { getFields(): Record<string, unknown> };
    expect(Object.keys(input.getFields())).toEqual(["userMetadata"]);
  });

  it("changes the caller's own user metadata with update:current_user_metadata alone, and no other user's", async () => {
    const otherBefore = await restUser(other);
    const stamp = `dark-${Date.now()}`;
    t.resetCalls();
    const res = await as(
      ["update:current_user_metadata"],
      "mutation($m: JSONObject!) { updateMe(input: { userMetadata: $m }) { userErrors { code } } }",
      {
        m: { theme: stamp },
      },
    );
    expect(res.body).toEqual({ data: { updateMe: { userErrors: [] } } });
    expect(t.upstreamCalls()).toEqual({ "PATCH /api/v2/users/{id}": 1 });

    expect((await restUser(self)).user_metadata!.theme).toBe(stamp);
    expect(await restUser(other)).toEqual(otherBefore);
  });

  it("answers the caller's user in its payload with read:current_user, from the write's own answer", async () => {
    const stamp = `light-${Date.now()}`;
    t.resetCalls();
    const res = await as(
      ["update:current_user_metadata", "read:current_user"],
      "mutation($m: JSONObject!) { updateMe(input: { userMetadata: $m }) { user { id userMetadata } userErrors { code } } }",
      { m: { theme: stamp } },
    );
    expect(t.upstreamCalls()).toEqual({ "PATCH /api/v2/users/{id}": 1 });
    const selfAfter = await restUser(self);
    expect(selfAfter.user_metadata!.theme).toBe(stamp);
    expect(res.body).toEqual({ data: { updateMe: { user: { id: self, userMetadata: selfAfter.user_metadata }, userErrors: [] } } });
  });

  it("is FORBIDDEN with read:current_user alone, nothing written", async () => {
    const before = await restUser(self);
    t.resetCalls();
    const res = await as(
      ["read:current_user"],
      'mutation { updateMe(input: { userMetadata: { theme: "light" } }) { userErrors { code } } }',
    );
    expect(res.body.errors?.[0]).toMatchObject({ path: ["updateMe"], extensions: { code: "FORBIDDEN" } });
    expect(t.upstreamTotal()).toBe(0);
    expect(await restUser(self)).toEqual(before);
  });
});

describe("a caller with only the current-user scopes", () => {
  it("may change its own metadata through updateUser too", async () => {
    const res = await as(
      CURRENT_USER_SCOPES,
      'mutation($id: ID!) { updateUser(id: $id, input: { userMetadata: { lang: "fr" } }) { user { id } userErrors { code } } }',
      { id: self },
    );
    expect(res.body.errors).toBeUndefined();
    expect((await restUser(self)).user_metadata!.lang).toBe("fr");
  });

  it("may unlink an identity from itself (not FORBIDDEN: Auth0 decides)", async () => {
    const res = await as(
      CURRENT_USER_SCOPES,
      'mutation($id: ID!) { unlinkUserIdentity(id: $id, provider: "github", userId: "1") { userErrors { code } } }',
      { id: self },
    );
    expect(res.body.errors ?? []).toEqual([]);
  });

  it("may link into itself with an ID token (not FORBIDDEN: Auth0 decides)", async () => {
    const res = await as(
      CURRENT_USER_SCOPES,
      'mutation($id: ID!) { linkUserIdentity(id: $id, input: { linkWith: "eyJ.eyJ.sig" }) { userErrors { code } } }',
      { id: self },
    );
    expect(res.body.errors ?? []).toEqual([]);
  });

  it.each([
    { name: "read another user", query: "query($other: ID!) { user(id: $other) { id } }", field: "user" },
    { name: "search users", query: "{ users { totalCount } }", field: "users" },
    { name: "find users by email", query: '{ usersByEmail(email: "a@example.com") { id } }', field: "usersByEmail" },
    {
      name: "change another user's metadata",
      query: "mutation($other: ID!) { updateUser(id: $other, input: { userMetadata: { x: 1 } }) { userErrors { code } } }",
      field: "updateUser",
    },
    {
      name: "change its own app metadata",
      query: 'mutation($self: ID!) { updateUser(id: $self, input: { appMetadata: { plan: "gold" } }) { userErrors { code } } }',
      field: "updateUser",
    },
    {
      name: "change its own name",
      query: 'mutation($self: ID!) { updateUser(id: $self, input: { name: "Me" }) { userErrors { code } } }',
      field: "updateUser",
    },
    { name: "delete another user", query: "mutation($other: ID!) { deleteUser(id: $other) { userErrors { code } } }", field: "deleteUser" },
    {
      name: "link into another user",
      query: 'mutation($other: ID!) { linkUserIdentity(id: $other, input: { linkWith: "eyJ.eyJ.sig" }) { userErrors { code } } }',
      field: "linkUserIdentity",
    },
    {
      name: "link into itself by provider and id",
      query: 'mutation($self: ID!) { linkUserIdentity(id: $self, input: { provider: "github", userId: "1" }) { userErrors { code } } }',
      field: "linkUserIdentity",
    },
    {
      name: "unlink from another user",
      query: 'mutation($other: ID!) { unlinkUserIdentity(id: $other, provider: "github", userId: "1") { userErrors { code } } }',
      field: "unlinkUserIdentity",
    },
    {
      name: "revoke another user's sessions",
      query: "mutation($other: ID!) { revokeUserSessions(id: $other) { userErrors { code } } }",
      field: "revokeUserSessions",
    },
  ])("may not $name: FORBIDDEN, no upstream call", async ({ query, field }) => {
    const variables = Object.fromEntries(
      [
        ["self", self],
        ["other", other],
      ].filter(([name]) => query.includes(`$${name}`)),
    );
    const otherBefore = await restUser(other);
    t.resetCalls();
    const res = await as(CURRENT_USER_SCOPES, query, variables);
    expect(res.body.errors?.[0]).toMatchObject({ path: [field], extensions: { code: "FORBIDDEN" } });
    expect(t.upstreamTotal()).toBe(0);
    expect(await restUser(other)).toEqual(otherBefore);
  });

  it.each([
    { field: "roles", scope: "read:roles" },
    { field: "sessions", scope: "read:sessions" },
    { field: "logs", scope: "read:logs" },
  ])("may not read its own $field without $scope (FORBIDDEN on that field, me still answered)", async ({ field }) => {
    t.resetCalls();
    const res = await as(CURRENT_USER_SCOPES, `{ me { id ${field} { nodes { __typename } } } }`);
    expect(res.body.data!.me).toEqual({ id: self, [field]: null });
    expect(res.body.errors?.[0]).toMatchObject({ path: ["me", field], extensions: { code: "FORBIDDEN" } });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1 });
  });
});

describe("update:users_app_metadata", () => {
  it("suffices for an updateUser that changes only appMetadata", async () => {
    const res = await as<{ updateUser: { userErrors: unknown[] } }>(
      ["update:users_app_metadata"],
      'mutation($id: ID!) { updateUser(id: $id, input: { appMetadata: { plan: "gold" } }) { userErrors { code } } }',
      { id: other },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateUser.userErrors).toEqual([]);
    expect((await restUser(other)).app_metadata!.plan).toBe("gold");
  });

  it("does not suffice when the input changes anything else: FORBIDDEN naming update:users, nothing written", async () => {
    const before = await restUser(other);
    t.resetCalls();
    const res = await as(
      ["update:users_app_metadata"],
      'mutation($id: ID!) { updateUser(id: $id, input: { appMetadata: { plan: "free" }, name: "X" }) { userErrors { code } } }',
      { id: other },
    );
    expect(res.body.errors?.[0]).toMatchObject({
      path: ["updateUser"],
      extensions: { code: "FORBIDDEN", requiredScopes: ["update:users"] },
    });
    expect(t.upstreamTotal()).toBe(0);
    expect(await restUser(other)).toEqual(before);
  });
});
