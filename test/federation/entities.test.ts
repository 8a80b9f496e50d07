import { graphql as execute } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFromClaims } from "../../src/auth/caller.js";
import { USERNAME_CONNECTION } from "../../src/emulator/seed-catalog.js";
import { createLoaders } from "../../src/loaders/index.js";
import { schema } from "../../src/schema/index.js";
import { printedSubgraphSchema } from "../../src/schema/print.js";
import { ALL_GRAPH_SCOPES, startTestGateway, type TestGateway } from "../support/gateway.js";

// usergraph as a subgraph: what a router's `_entities(representations: …)` call gets, straight
// against usergraph over loopback (the router end to end is router.test.ts).

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 120, seed: 8 } });
});
afterAll(() => t?.close());

const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on User { id email userName: name }
    ... on Role { id roleName: name description }
    ... on Organization { id orgName: name displayName }
  }
}`;

type Representation = { __typename: string } & Record<string, unknown>;
type RestUser = { user_id: string; email?: string; name?: string };

const path = (id: string) => encodeURIComponent(id);

function entities(representations: Representation[], scope?: string) {
  return t.query<{ _entities: unknown[] }>(ENTITIES, { representations }, scope ? { scope } : {});
}

/** The users the emulator holds, oldest first (its state is the seed). */
const seededUserIds = () => [...t.emulator.state.users.keys()];

async function restUser(id: string): Promise<RestUser> {
  const res = await t.rest<RestUser>("GET", `/users/${path(id)}`);
  expect(res.status).toBe(200);
  return res.body;
}

const asUser = (user: RestUser) => ({ __typename: "User", id: user.user_id, email: user.email ?? null, userName: user.name ?? null });

describe("User entities", () => {
  it("resolves 100 User representations with one batched search call", async () => {
    const ids = seededUserIds().slice(0, 100);
    expect(ids).toHaveLength(100);
    t.resetCalls();
    const res = await entities(ids.map((id) => ({ __typename: "User", id })));
    expect(res.body.errors).toBeUndefined();
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users": 1 });
    const stored = t.emulator.state.users;
    expect(res.body.data!._entities).toEqual(
      ids.map((id) => ({ __typename: "User", id, email: stored.get(id)!.email ?? null, userName: stored.get(id)!.name ?? null })),
    );
  });

  it("answers null for a user id that does not exist, and keeps the order of the representations", async () => {
    const [a, b] = seededUserIds();
    const expected = [asUser(await restUser(b!)), null, asUser(await restUser(a!))];
    t.resetCalls();
    const res = await entities([
      { __typename: "User", id: b! },
      { __typename: "User", id: "auth0|000000000000000000000000" },
      { __typename: "User", id: a! },
    ]);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!._entities).toEqual(expected);
    // One search for all three; the id it did not find is looked up once before being called missing.
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users": 1, "GET /api/v2/users/{id}": 1 });
  });

  it("resolves a representation by email (the second key) through GET /users-by-email", async () => {
    const user = await restUser(seededUserIds()[5]!);
    expect(user.email).toBeTruthy();
    t.resetCalls();
    const res = await entities([
      { __typename: "User", email: user.email },
      { __typename: "User", email: "nobody-at-all@usergraph.invalid" },
    ]);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!._entities).toEqual([asUser(user), null]);
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users-by-email": 2 });
  });

  it("answers null for an email several users share (one per connection): the reference names no one user", async () => {
    const user = await restUser(seededUserIds()[7]!);
    const created = await t.rest<RestUser>("POST", "/users", {
      connection: USERNAME_CONNECTION,
      email: user.email,
      username: "federation_twin",
      password: "Tw1n!-passphrase-for-federation",
    });
    expect(created.status).toBe(201);
    const shared = await t.rest<RestUser[]>("GET", `/users-by-email?email=${encodeURIComponent(user.email!)}`);
    expect(shared.body.map((u) => u.user_id).sort()).toEqual([user.user_id, created.body.user_id].sort());

    const res = await entities([{ __typename: "User", email: user.email }]);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!._entities).toEqual([null]);
    // Either account is still reachable by its id.
    const byId = await entities([{ __typename: "User", id: created.body.user_id }]);
    expect(byId.body.data!._entities).toEqual([asUser(created.body)]);
  });

  it("refuses a User representation without a usable key, without failing the others", async () => {
    const [id] = seededUserIds();
    t.resetCalls();
    const res = await entities([
      { __typename: "User", nickname: "who?" },
      { __typename: "User", id: id! },
      { __typename: "User", id: 42 },
    ]);
    expect(res.body.data!._entities).toEqual([null, asUser(await restUser(id!)), null]);
    expect(res.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [["_entities", 0], "BAD_USER_INPUT"],
      [["_entities", 2], "BAD_USER_INPUT"],
    ]);
  });

  it("needs read:users: without it every User representation fails FORBIDDEN and nothing is read upstream", async () => {
    const ids = seededUserIds().slice(0, 3);
    t.resetCalls();
    const res = await entities(
      [...ids.map((id) => ({ __typename: "User", id })), { __typename: "User", email: "someone@example.com" }],
      "read:roles read:current_user",
    );
    expect(t.upstreamTotal()).toBe(0);
    expect(res.body.data!._entities).toEqual([null, null, null, null]);
    expect(res.body.errors).toHaveLength(4);
    for (const [i, error] of res.body.errors!.entries()) {
      expect(error.path).toEqual(["_entities", i]);
      expect(error.extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["read:users"] });
    }
  });

  it("asks Auth0 only for the attributes the `... on User` selections read", async () => {
    // In process, to see the `fields` the operation's user reads send (the loaders record them).
    const loaders = createLoaders(t.client);
    const ids = seededUserIds().slice(0, 2);
    const result = await execute({
      schema,
      source: `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { email ...Names } } }
        fragment Names on User { givenName familyName identities { provider } }`,
      variableValues: { r: ids.map((id) => ({ __typename: "User", id })) },
      contextValue: {
        caller: callerFromClaims({ sub: "tester@clients", scope: ALL_GRAPH_SCOPES }),
        client: t.client,
        loaders,
        requestId: "entities-fields",
      },
    });
    expect(result.errors).toBeUndefined();
    expect(loaders.userFields()).toEqual(["email", "family_name", "given_name", "identities", "user_id"]);
    const stored = t.emulator.state.users;
    expect(result.data?._entities).toEqual(
      ids.map((id) => ({
        email: stored.get(id)!.email ?? null,
        givenName: stored.get(id)!.given_name ?? null,
        familyName: stored.get(id)!.family_name ?? null,
        identities: stored.get(id)!.identities.map((identity) => ({ provider: identity.provider })),
      })),
    );
  });
});

describe("Role and Organization entities", () => {
  it("resolves Role representations by id, as GET /roles/{id} answers, and null for an unknown role", async () => {
    const roles = (await t.rest<{ id: string; name: string; description?: string }[]>("GET", "/roles")).body;
    expect(roles.length).toBeGreaterThan(1);
    const [first, second] = roles;
    t.resetCalls();
    const res = await entities([
      { __typename: "Role", id: second!.id },
      { __typename: "Role", id: "rol_0000000000000000" },
      { __typename: "Role", id: first!.id },
    ]);
    expect(res.body.errors).toBeUndefined();
    const asRole = (role: typeof first) => ({
      __typename: "Role",
      id: role!.id,
      roleName: role!.name,
      description: role!.description ?? null,
    });
    expect(res.body.data!._entities).toEqual([asRole(second), null, asRole(first)]);
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles/{id}": 3 });
  });

  it("needs read:roles for Role entities", async () => {
    const [role] = (await t.rest<{ id: string }[]>("GET", "/roles")).body;
    t.resetCalls();
    const res = await entities([{ __typename: "Role", id: role!.id }], "read:users");
    expect(t.upstreamTotal()).toBe(0);
    expect(res.body.data!._entities).toEqual([null]);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["read:roles"] });
  });

  it("resolves Organization representations by id, as GET /organizations/{id} answers, and needs read:organizations", async () => {
    const [org] = [...t.emulator.state.organizations.keys()];
    const rest = await t.rest<{ id: string; name: string; display_name?: string }>("GET", `/organizations/${path(org!)}`);
    expect(rest.status).toBe(200);
    t.resetCalls();
    const res = await entities([{ __typename: "Organization", id: org! }]);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!._entities).toEqual([
      { __typename: "Organization", id: rest.body.id, orgName: rest.body.name, displayName: rest.body.display_name ?? null },
    ]);
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/organizations/{id}": 1 });

    t.resetCalls();
    const denied = await entities([{ __typename: "Organization", id: org! }], "read:users read:roles");
    expect(t.upstreamTotal()).toBe(0);
    expect(denied.body.data!._entities).toEqual([null]);
    expect(denied.body.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["read:organizations"] });
  });
});

describe("_service", () => {
  it("answers the subgraph SDL over HTTP (what `npm run schema` writes to schema/subgraph.graphql)", async () => {
    const res = await t.query<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    expect(res.body.errors).toBeUndefined();
    expect(`${res.body.data!._service.sdl.trimEnd()}\n`).toBe(printedSubgraphSchema());
    expect(res.body.data!._service.sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])');
  });

  it("follows INTROSPECTION: off, it answers only a token with read:schema (a router's), and no one else", async () => {
    const production = await startTestGateway({ emulator: { users: 1, seed: 1 }, env: { NODE_ENV: "production" } });
    try {
      for (const scope of ["read:users", ALL_GRAPH_SCOPES]) {
        const refused = await production.query(`{ _service { sdl } }`, {}, { scope });
        expect(refused.body.data).toBeUndefined();
        expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
        expect(refused.body.errors?.[0]?.extensions?.requiredScopes).toEqual(["read:schema"]);
        expect(JSON.stringify(refused.body)).not.toContain("@link");
        // Aliased or in a fragment, it is the same field.
        const hidden = await production.query(`query { a: _service { sdl } ...F } fragment F on Query { _service { sdl } }`, {}, { scope });
        expect(hidden.body.data).toBeUndefined();
        expect(hidden.body.errors?.every((e) => e.extensions?.code === "FORBIDDEN")).toBe(true);
      }
      const router = await production.query<{ _service: { sdl: string } }>(`{ _service { sdl } }`, {}, { scope: "read:schema" });
      expect(router.body.errors).toBeUndefined();
      expect(`${router.body.data!._service.sdl.trimEnd()}\n`).toBe(printedSubgraphSchema());
      const typename = await production.query(`{ __typename }`, {}, { scope: "read:users" });
      expect(typename.body).toEqual({ data: { __typename: "Query" } });
    } finally {
      await production.close();
    }
  });
});
