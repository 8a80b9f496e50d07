import { print } from "graphql";
import { describe, expect, it } from "vitest";
import type { User } from "../../src/upstream/types.js";
import type { Connection, StoredUser } from "../../src/emulator/state.js";
import type { UpdateUserInput } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import type { RestError } from "../support/gateway.js";
import { mutationTestGateway } from "../support/mutations.js";

const t = mutationTestGateway({ users: 50, seed: 41 });

const path = (id: string) => `/users/${encodeURIComponent(id)}`;
const connection = (test: (c: Connection) => boolean): Connection => {
  const found = t.emulator.state.connections.find(test);
  if (!found) throw new Error("the seeded tenant lacks a connection the test needs");
  return found;
};
const database = () => connection((c) => c.strategy === "auth0" && !c.requires_username);
const usernameDatabase = () => connection((c) => c.strategy === "auth0" && c.requires_username);

/** A standalone database user no other test of this file has used. */
const taken = new Set<string>();
function claim(test: (user: StoredUser) => boolean = () => true): StoredUser {
  const user = [...t.emulator.state.users.values()].find(
    (u) => !taken.has(u.user_id) && u.identities.length === 1 && u.identities[0]!.connection === database().name && test(u),
  );
  if (!user) throw new Error("the seeded tenant has no unclaimed database user left");
  taken.add(user.user_id);
  return user;
}

let counter = 0;
const unique = (label: string) => {
  counter += 1;
  return `${label}-${process.pid}-${counter}`;
};

graphql(`fragment UserMutUserFields on User {
  id email emailVerified username phoneNumber name nickname givenName familyName picture blocked
  userMetadata appMetadata createdAt updatedAt identities { provider connection userId }
}`);

/** The graph's view of a REST user, for comparison. */
function asGraphUser(user: User) {
  return {
    id: user.user_id,
    email: user.email ?? null,
    emailVerified: user.email_verified ?? null,
    username: user.username ?? null,
    phoneNumber: user.phone_number ?? null,
    name: user.name ?? null,
    nickname: user.nickname ?? null,
    givenName: user.given_name ?? null,
    familyName: user.family_name ?? null,
    picture: user.picture ?? null,
    blocked: user.blocked ?? null,
    userMetadata: user.user_metadata ?? null,
    appMetadata: user.app_metadata ?? null,
    createdAt: user.created_at,
    updatedAt: user.updated_at,
    identities: user.identities!.map((i) => ({ provider: i.provider, connection: i.connection, userId: String(i.user_id) })),
  };
}

const CREATE = graphql(`mutation UserMutCreateUser($input: CreateUserInput!) {
  createUser(input: $input) { user { ...UserMutUserFields } userErrors { field message code } }
}`);
const UPDATE = graphql(`mutation UserMutUpdateUserFields($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { user { ...UserMutUserFields } userErrors { field message code } }
}`);
const DELETE = graphql(`mutation UserMutDeleteUser($id: ID!) { deleteUser(id: $id) { deletedUserId userErrors { field message code } } }`);
const UPDATE_ME = graphql(`
  mutation UserMutUpdateMe($input: UpdateMeInput!) {
    updateMe(input: $input) {
      user {
        id
        userMetadata
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

async function restUser(id: string) {
  return t.rest<User>("GET", path(id));
}

describe("createUser", () => {
  it("creates a database user in one POST; the payload and later reads show it as Auth0 stored it", async () => {
    const email = `${unique("new")}@example.com`;
    const password = `Pw-${unique("secret")}`;
    const input = {
      connection: database().name,
      email,
      password,
      givenName: "Ada",
      familyName: "Lovelace",
      phoneNumber: "+14155550100",
      userMetadata: { theme: "dark", addresses: { home: "12 St James's Square" } },
      appMetadata: { plan: "gold" },
      verifyEmail: false,
    };
    t.resetCalls();
    const res = await t.query(CREATE, { input });
    expect(res.body.errors).toBeUndefined();
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/users": 1 });
    const { user, userErrors } = res.body.data!.createUser!;
    expect(userErrors).toEqual([]);
    expect(JSON.stringify(res.body)).not.toContain(password);

    const rest = await restUser(user!.id);
    expect(rest.status).toBe(200);
    expect(user).toEqual(asGraphUser(rest.body));
    expect(rest.body).toMatchObject({
      email,
      given_name: "Ada",
      family_name: "Lovelace",
      phone_number: "+14155550100",
      user_metadata: input.userMetadata,
      app_metadata: input.appMetadata,
    });
    const readBack = await t.query(graphql(`query UserMutUserRead($id: ID!) { user(id: $id) { ...UserMutUserFields } }`), { id: user!.id });
    expect(readBack.body).toEqual({ data: { user: asGraphUser(rest.body) } });
  });

  it("creates a user with a custom id and a username where the connection requires one", async () => {
    const localId = unique("custom");
    const input = {
      connection: usernameDatabase().name,
      email: `${localId}@example.com`,
      username: localId.replace(/-/g, "_"),
      password: "x-Pass-1",
      userId: localId,
    };
    const res = await t.query(CREATE, { input });
    expect(res.body.data!.createUser!.userErrors).toEqual([]);
    expect(res.body.data!.createUser!.user).toMatchObject({ id: `auth0|${localId}`, username: input.username });
    expect(t.emulator.state.users.get(`auth0|${localId}`)?.username).toBe(input.username);
  });

  it("answers ALREADY_EXISTS with Auth0's message for an existing user, and creates nothing", async () => {
    const existing = claim((u) => u.email !== undefined);
    const body = { connection: database().name, email: existing.email, password: "x-Pass-1" };
    const rest = await t.rest<RestError>("POST", "/users", body);
    expect(rest.status).toBe(409);
    const before = t.emulator.state.users.size;
    t.resetCalls();
    const res = await t.query(CREATE, { input: body });
    expect(res.body).toEqual({
      data: { createUser: { user: null, userErrors: [{ field: ["input"], message: rest.body.message, code: "ALREADY_EXISTS" }] } },
    });
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/users": 1 });
    expect(t.emulator.state.users.size).toBe(before);
  });

  it("answers UPSTREAM_REJECTED with Auth0's message for a request Auth0 refuses", async () => {
    // A database connection needs a password; only Auth0 knows what kind of connection a name is.
    const body = { connection: database().name, email: `${unique("nopass")}@example.com` };
    const rest = await t.rest<RestError>("POST", "/users", body);
    expect(rest.status).toBe(400);
    const res = await t.query(CREATE, { input: body });
    expect(res.body.data!.createUser).toEqual({
      user: null,
      userErrors: [{ field: null, message: rest.body.message, code: "UPSTREAM_REJECTED" }],
    });
    expect([...t.emulator.state.users.values()].some((u) => u.email === body.email)).toBe(false);
  });

  it("answers NOT_FOUND at the connection, with Auth0's message, for a connection the tenant does not have", async () => {
    const body = { connection: unique("no-such-connection"), email: `${unique("noconn")}@example.com`, password: "x-Pass-1" };
    const rest = await t.rest<RestError>("POST", "/users", body);
    expect(rest.status).toBe(400);
    expect(rest.body.errorCode).toBe("inexistent_connection");
    const res = await t.query(CREATE, { input: body });
    expect(res.body.data!.createUser).toEqual({
      user: null,
      userErrors: [{ field: ["input", "connection"], message: rest.body.message, code: "NOT_FOUND" }],
    });
    expect([...t.emulator.state.users.values()].some((u) => u.email === body.email)).toBe(false);
  });

  it("reports every invalid field at once, sends nothing, and never repeats the password", async () => {
    const password = `Pw-${unique("hidden")}`;
    const input = {
      connection: "",
      email: "not-an-email",
      phoneNumber: "0044 20 7946 0000",
      givenName: "x".repeat(151),
      familyName: "",
      name: "n".repeat(301),
      nickname: "",
      username: "u".repeat(129),
      userId: "has space",
      picture: "not a uri",
      password,
      appMetadata: { email: "x@example.com", "plan.tier": "gold" },
      userMetadata: { prefs: { $set: 1 }, list: [{ "a.b": 1 }] },
    };
    t.resetCalls();
    const res = await t.query(CREATE, { input });
    expect(res.body.errors).toBeUndefined();
    expect(t.upstreamTotal()).toBe(0);
    const { user, userErrors } = res.body.data!.createUser!;
    expect(user).toBeNull();
    expect(userErrors.every((e) => e.code === "INVALID_INPUT")).toBe(true);
    expect(userErrors.map((e) => e.field).sort()).toEqual(
      [
        ["input", "connection"],
        ["input", "email"],
        ["input", "phoneNumber"],
        ["input", "givenName"],
        ["input", "familyName"],
        ["input", "name"],
        ["input", "nickname"],
        ["input", "username"],
        ["input", "userId"],
        ["input", "picture"],
        ["input", "appMetadata", "email"],
        ["input", "appMetadata", "plan.tier"],
        ["input", "userMetadata", "prefs", "$set"],
        ["input", "userMetadata", "list", "0", "a.b"],
      ].sort(),
    );
    expect(JSON.stringify(res.body)).not.toContain(password);
  });

  it("is not sent twice when Auth0 fails with a 5xx: one POST, a top-level UPSTREAM_UNAVAILABLE, no user", async () => {
    const email = `${unique("outage")}@example.com`;
    t.emulator.faults.add({ method: "POST", route: "/api/v2/users", count: 1, action: { status: 503 } });
    t.resetCalls();
    const res = await t.query(CREATE, { input: { connection: database().name, email, password: "x-Pass-1" } });
    expect(res.body.data).toEqual({ createUser: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({
      path: ["createUser"],
      extensions: { code: "UPSTREAM_UNAVAILABLE", upstream: { statusCode: 503 } },
    });
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/users": 1 });
    expect([...t.emulator.state.users.values()].some((u) => u.email === email)).toBe(false);
    // The fault is spent: the same input now creates the user, once.
    const again = await t.query(CREATE, {
      input: { connection: database().name, email, password: "x-Pass-1" },
    });
    expect(again.body.data!.createUser!.userErrors).toEqual([]);
    expect([...t.emulator.state.users.values()].filter((u) => u.email === email)).toHaveLength(1);
  });

  it("never repeats a password in variable errors: the value is dropped, the path and reason kept", async () => {
    const password = `Pw-${unique("echo")}`;
    t.resetCalls();
    // The variables are wrong on purpose, so the document goes as untyped text.
    const untyped = print(CREATE);
    const unknownField = await t.query(untyped, { input: { connection: database().name, password, bogus: 1 } });
    const wrongType = await t.query(untyped, { input: { connection: database().name, password: 918273645 } });
    const missing = await t.query(untyped, { input: { password } });
    expect(t.upstreamTotal()).toBe(0);
    for (const [res, reason] of [
      [unknownField, 'Field "bogus" is not defined by type "CreateUserInput".'],
      [wrongType, 'at "input.password"; String cannot represent a non string value: (value hidden)'],
      [missing, 'Field "connection" of required type "String!" was not provided.'],
    ] as const) {
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors![0]!.message).toMatch(/^Variable "\$input" got an invalid value/);
      expect(res.body.errors![0]!.message).toContain(reason);
      expect(JSON.stringify(res.body)).not.toContain(password);
      expect(JSON.stringify(res.body)).not.toContain("918273645");
    }
  });

  it("needs create:users", async () => {
    t.resetCalls();
    const res = await t.query(
      CREATE,
      { input: { connection: database().name, email: `${unique("denied")}@example.com`, password: "x-Pass-1" } },
      { scope: "read:users update:users" },
    );
    expect(res.body.data).toEqual({ createUser: null });
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["create:users"] });
    expect(t.upstreamTotal()).toBe(0);
  });
});

describe("updateUser", () => {
  it("leaves absent fields untouched and unsets explicit nulls, from variables and from literals alike", async () => {
    const user = claim((u) => u.given_name !== undefined && u.family_name !== undefined);
    const before = (await restUser(user.user_id)).body;

    t.resetCalls();
    const res = await t.query(UPDATE, { id: user.user_id, input: { givenName: null, nickname: "renamed" } });
    expect(t.upstreamCalls()).toEqual({ "PATCH /api/v2/users/{id}": 1 });
    const after = (await restUser(user.user_id)).body;
    expect(after.given_name).toBeUndefined();
    expect(after.nickname).toBe("renamed");
    expect(after.family_name).toBe(before.family_name);
    expect(after.email).toBe(before.email);
    expect(after.user_metadata).toEqual(before.user_metadata);
    expect(res.body.data!.updateUser).toEqual({ user: asGraphUser(after), userErrors: [] });

    const literal = await t.query(
      graphql(`
        mutation UserMutUpdateUser($id: ID!) {
          updateUser(id: $id, input: {familyName: null}) {
            user {
              givenName
              familyName
              nickname
            }
            userErrors {
              code
            }
          }
        }
      `),
      {
        id: user.user_id,
      },
    );
    expect(literal.body.data!.updateUser).toEqual({ user: { givenName: null, familyName: null, nickname: "renamed" }, userErrors: [] });
    const final = (await restUser(user.user_id)).body;
    expect(final.family_name).toBeUndefined();
    expect(final.nickname).toBe("renamed");
  });

  it("merges metadata one level deep, as the contract's addresses example shows; a null key deletes it", async () => {
    const user = claim();
    await t.rest("PATCH", path(user.user_id), { user_metadata: {} });
    await t.rest("PATCH", path(user.user_id), { user_metadata: { profileCode: 1479 } });

    const first = await t.query(UPDATE, {
      id: user.user_id,
      input: { userMetadata: { addresses: { work_address: "100 Industrial Way" } } },
    });
    expect(first.body.data!.updateUser!.user!.userMetadata).toEqual({
      profileCode: 1479,
      addresses: { work_address: "100 Industrial Way" },
    });

    const second = await t.query(UPDATE, {
      id: user.user_id,
      input: { userMetadata: { addresses: { work_address: "100 Industrial Way", home_address: "742 Evergreen Terrace" } } },
    });
    const expected = { profileCode: 1479, addresses: { work_address: "100 Industrial Way", home_address: "742 Evergreen Terrace" } };
    expect(second.body.data!.updateUser!.user!.userMetadata).toEqual(expected);
    expect((await restUser(user.user_id)).body.user_metadata).toEqual(expected);

    const deleted = await t.query(UPDATE, {
      id: user.user_id,
      input: { userMetadata: { profileCode: null } },
    });
    expect(deleted.body.data!.updateUser!.user!.userMetadata).toEqual({ addresses: expected.addresses });
    expect((await restUser(user.user_id)).body.user_metadata).toEqual({ addresses: expected.addresses });
  });

  it("primes the operation's cache: nested fields and later fields of the same operation see the new state", async () => {
    const user = claim();
    const other = claim();
    const roles = await t.rest<{ total: number }>("GET", `${path(user.user_id)}/roles?include_totals=true`);
    t.resetCalls();
    const res = await t.query(
      graphql(`mutation UserMutUpdateUser2($id: ID!, $other: ID!) {
        first: updateUser(id: $id, input: { userMetadata: { step: 1 } }) { user { userMetadata roles { totalCount } } }
        second: updateUser(id: $id, input: { appMetadata: { plan: "gold" } }) { user { userMetadata appMetadata } }
        gone: deleteUser(id: $other) { deletedUserId userErrors { code } }
        again: deleteUser(id: $other) { deletedUserId userErrors { code } }
        last: deleteUser(id: $id) { deletedUserId userErrors { code } }
      }`),
      { id: user.user_id, other: other.user_id },
    );
    expect(res.body.errors).toBeUndefined();
    const data = res.body.data;
    expect(data!.first!.user!.userMetadata).toMatchObject({ step: 1 });
    expect(data!.first!.user!.roles!.totalCount).toBe(roles.body.total);
    expect(data!.second!.user).toMatchObject({ userMetadata: { step: 1 }, appMetadata: { plan: "gold" } });
    expect(data!.gone).toEqual({ deletedUserId: other.user_id, userErrors: [] });
    // The second delete reads the user the first one deleted from the operation's cache: NOT_FOUND, no call.
    expect(data!.again).toEqual({ deletedUserId: null, userErrors: [{ code: "NOT_FOUND" }] });
    expect(data!.last).toEqual({ deletedUserId: user.user_id, userErrors: [] });
    // Only `other` was read before its delete; the updated user came from the PATCH answers.
    expect(t.upstreamCalls()).toEqual({
      "PATCH /api/v2/users/{id}": 2,
      "GET /api/v2/users/{id}/roles": 1,
      "GET /api/v2/users/{id}": 1,
      "DELETE /api/v2/users/{id}": 2,
    });
    expect(t.emulator.state.users.has(user.user_id)).toBe(false);
    expect(t.emulator.state.users.has(other.user_id)).toBe(false);
  });

  it("refuses the combinations Auth0 rejects before sending anything, one userError per pair naming both", async () => {
    const user = claim();
    const pairs = [
      [{ password: "x-Pass-1", email: "a@example.com" }, "password", "email"],
      [{ password: "x-Pass-1", emailVerified: true }, "password", "emailVerified"],
      [{ username: "someone", email: "a@example.com" }, "username", "email"],
      [{ username: "someone", emailVerified: false }, "username", "emailVerified"],
      [{ username: "someone", password: "x-Pass-1" }, "username", "password"],
      [{ username: null, password: null }, "username", "password"],
    ] as const;
    t.resetCalls();
    for (const [input, a, b] of pairs) {
      const res = await t.query(UPDATE, { id: user.user_id, input });
      expect(res.body.data!.updateUser!.user).toBeNull();
      const [error, ...rest] = res.body.data!.updateUser!.userErrors;
      expect(rest).toEqual([]);
      expect(error).toMatchObject({ field: ["input", a], code: "INVALID_INPUT" });
      expect(error!.message).toContain(a);
      expect(error!.message).toContain(b);
      expect(error!.message).not.toContain("x-Pass-1");
    }
    const three = await t.query(UPDATE, {
      id: user.user_id,
      input: { username: "u", password: "x-Pass-1", email: "a@example.com" },
    });
    expect(three.body.data!.updateUser!.userErrors.map((e) => e.field)).toEqual([
      ["input", "password"],
      ["input", "username"],
      ["input", "username"],
    ]);
    expect(t.upstreamTotal()).toBe(0);
  });

  it("refuses invalid input before sending anything", async () => {
    const user = claim();
    const cases: [UpdateUserInput, string[][]][] = [
      [{}, [["input"]]],
      [{ blocked: null }, [["input", "blocked"]]],
      [{ userMetadata: null }, [["input", "userMetadata"]]],
      [
        { connection: null, emailVerified: null },
        [
          ["input", "emailVerified"],
          ["input", "connection"],
        ],
      ],
      [{ clientId: "abc", name: "x" }, [["input", "clientId"]]],
      [{ verifyPhoneNumber: true }, [["input", "verifyPhoneNumber"]]],
      [
        { phoneNumber: "+1 415 555 0100", email: "a@b" },
        [
          ["input", "email"],
          ["input", "phoneNumber"],
        ],
      ],
      [
        { appMetadata: { user_id: "x", loginsCount: 3, nested: { a$b: 1 } } },
        [
          ["input", "appMetadata", "user_id"],
          ["input", "appMetadata", "loginsCount"],
          ["input", "appMetadata", "nested", "a$b"],
        ],
      ],
      [
        { givenName: "", username: "" },
        [
          ["input", "givenName"],
          ["input", "username"],
        ],
      ],
    ];
    t.resetCalls();
    for (const [input, fields] of cases) {
      const res = await t.query(UPDATE, { id: user.user_id, input });
      expect(res.body.errors, JSON.stringify(input)).toBeUndefined();
      const errors = res.body.data!.updateUser!.userErrors;
      expect(errors.map((e) => e.field).sort(), JSON.stringify(input)).toEqual([...fields].sort());
      expect(errors.every((e) => e.code === "INVALID_INPUT")).toBe(true);
    }
    const emptyId = await t.query(UPDATE, { id: "", input: { name: "x" } });
    expect(emptyId.body.data!.updateUser!.userErrors).toEqual([{ field: ["id"], message: expect.any(String), code: "INVALID_INPUT" }]);
    expect(t.upstreamTotal()).toBe(0);
  });

  it("answers NOT_FOUND for an unknown user, ALREADY_EXISTS for a taken email, UPSTREAM_REJECTED for what Auth0 refuses", async () => {
    const missing = "auth0|doesnotexist000000000000";
    const rest404 = await t.rest<RestError>("PATCH", path(missing), { name: "x" });
    expect(rest404.status).toBe(404);
    const notFound = await t.query(UPDATE, { id: missing, input: { name: "x" } });
    expect(notFound.body.data!.updateUser).toEqual({
      user: null,
      userErrors: [{ field: ["id"], message: rest404.body.message, code: "NOT_FOUND" }],
    });

    const user = claim((u) => u.email !== undefined);
    const holder = claim((u) => u.email !== undefined);
    const before = structuredClone(t.emulator.state.users.get(user.user_id));
    const taken = await t.query(UPDATE, { id: user.user_id, input: { email: holder.email } });
    expect(taken.body.data!.updateUser).toEqual({
      user: null,
      userErrors: [{ field: ["input", "email"], message: expect.stringMatching(/already exists/), code: "ALREADY_EXISTS" }],
    });

    // A username on a connection without usernames: only Auth0 knows the connection's settings.
    const rest400 = await t.rest<RestError>("PATCH", path(user.user_id), { username: "someone_new" });
    expect(rest400.status).toBe(400);
    const rejected = await t.query(UPDATE, { id: user.user_id, input: { username: "someone_new" } });
    expect(rejected.body.data!.updateUser).toEqual({
      user: null,
      userErrors: [{ field: null, message: rest400.body.message, code: "UPSTREAM_REJECTED" }],
    });
    expect(t.emulator.state.users.get(user.user_id)).toEqual(before);
  });

  it("needs update:users, or update:users_app_metadata for an appMetadata-only change", async () => {
    const user = claim();
    const scope = "read:users update:users_app_metadata";
    const allowed = await t.query(UPDATE, { id: user.user_id, input: { appMetadata: { tier: "silver" } } }, { scope });
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data!.updateUser!.userErrors).toEqual([]);
    expect(t.emulator.state.users.get(user.user_id)!.app_metadata).toMatchObject({ tier: "silver" });

    t.resetCalls();
    const denied = await t.query(UPDATE, { id: user.user_id, input: { appMetadata: { tier: "gold" }, name: "x" } }, { scope });
    expect(denied.body.data).toEqual({ updateUser: null });
    expect(denied.body.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["update:users"] });
    expect(t.upstreamTotal()).toBe(0);
    expect(t.emulator.state.users.get(user.user_id)!.app_metadata).toMatchObject({ tier: "silver" });
  });
});

describe("deleteUser", () => {
  it("deletes a user: REST and the graph no longer find it", async () => {
    const user = claim();
    t.resetCalls();
    const res = await t.query(DELETE, { id: user.user_id });
    expect(res.body).toEqual({ data: { deleteUser: { deletedUserId: user.user_id, userErrors: [] } } });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1, "DELETE /api/v2/users/{id}": 1 });
    expect((await restUser(user.user_id)).status).toBe(404);
    expect((await t.query(graphql(`query UserMutUser($id: ID!) { user(id: $id) { id } }`), { id: user.user_id })).body).toEqual({
      data: { user: null },
    });
  });

  it("answers NOT_FOUND for an unknown user without sending a delete", async () => {
    const missing = "auth0|doesnotexist000000000001";
    expect((await restUser(missing)).status).toBe(404);
    t.resetCalls();
    const res = await t.query(DELETE, { id: missing });
    expect(res.body.data!.deleteUser).toEqual({
      deletedUserId: null,
      userErrors: [{ field: ["id"], message: expect.any(String), code: "NOT_FOUND" }],
    });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1 });
  });

  it("needs delete:users, or delete:current_user for the caller's own user", async () => {
    const user = claim();
    const other = claim();
    t.resetCalls();
    const denied = await t.query(DELETE, { id: other.user_id }, { scope: "read:users delete:current_user", sub: user.user_id });
    expect(denied.body.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["delete:users"] });
    expect(t.upstreamTotal()).toBe(0);
    const own = await t.query(DELETE, { id: user.user_id }, { scope: "read:users delete:current_user", sub: user.user_id });
    expect(own.body.data!.deleteUser).toEqual({ deletedUserId: user.user_id, userErrors: [] });
    expect(t.emulator.state.users.has(user.user_id)).toBe(false);
    expect(t.emulator.state.users.has(other.user_id)).toBe(true);
  });
});

describe("updateMe", () => {
  const SELF = "read:current_user update:current_user_metadata";

  it("changes the caller's own user metadata with only current-user scopes, and cannot touch another user", async () => {
    const me = claim();
    const other = claim();
    await t.rest("PATCH", path(me.user_id), { user_metadata: { keep: true } });
    const otherBefore = structuredClone(t.emulator.state.users.get(other.user_id));

    t.resetCalls();
    const res = await t.query(UPDATE_ME, { input: { userMetadata: { theme: "dark" } } }, { scope: SELF, sub: me.user_id });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateMe).toEqual({ user: { id: me.user_id, userMetadata: { keep: true, theme: "dark" } }, userErrors: [] });
    expect(t.upstreamCalls()).toEqual({ "PATCH /api/v2/users/{id}": 1 });
    expect((await restUser(me.user_id)).body.user_metadata).toEqual({ keep: true, theme: "dark" });

    // The same scopes through updateUser: the caller's own userMetadata only.
    const ownViaUpdate = await t.query(
      UPDATE,
      { id: me.user_id, input: { userMetadata: { lang: "fr" } } },
      { scope: SELF, sub: me.user_id },
    );
    expect(ownViaUpdate.body.data!.updateUser!.userErrors).toEqual([]);
    t.resetCalls();
    const attempts = [
      t.query(UPDATE, { id: other.user_id, input: { userMetadata: { theme: "dark" } } }, { scope: SELF, sub: me.user_id }),
      t.query(UPDATE, { id: me.user_id, input: { name: "Me" } }, { scope: SELF, sub: me.user_id }),
      t.query(UPDATE, { id: me.user_id, input: { appMetadata: { plan: "gold" } } }, { scope: SELF, sub: me.user_id }),
    ];
    for (const denied of await Promise.all(attempts)) {
      expect(denied.body.data).toEqual({ updateUser: null });
      expect(denied.body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    }
    expect(t.upstreamTotal()).toBe(0);
    expect(t.emulator.state.users.get(other.user_id)).toEqual(otherBefore);
    expect(t.emulator.state.users.get(me.user_id)!.app_metadata).toEqual(me.app_metadata);
  });

  it("answers NOT_FOUND for a machine caller and INVALID_INPUT for bad keys, sending nothing", async () => {
    t.resetCalls();
    const machine = await t.query(UPDATE_ME, { input: { userMetadata: { theme: "dark" } } }, { scope: "update:current_user_metadata" });
    expect(machine.body.data!.updateMe).toEqual({
      user: null,
      userErrors: [{ field: null, message: expect.any(String), code: "NOT_FOUND" }],
    });
    const me = claim();
    const bad = await t.query(
      UPDATE_ME,
      { input: { userMetadata: { "a.b": 1 } } },
      { scope: "update:current_user_metadata", sub: me.user_id },
    );
    expect(bad.body.data!.updateMe!.userErrors).toEqual([
      { field: ["input", "userMetadata", "a.b"], message: expect.any(String), code: "INVALID_INPUT" },
    ]);
    expect(t.upstreamTotal()).toBe(0);
  });

  it("needs update:current_user_metadata", async () => {
    const me = claim();
    const res = await t.query(UPDATE_ME, { input: { userMetadata: { theme: "dark" } } }, { scope: "read:current_user", sub: me.user_id });
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});
