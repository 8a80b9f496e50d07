import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

// The root user fields, each against the emulator's REST answer for the same data. Documents are
// typed by GraphQL Code Generator's client preset (npm run codegen), as a frontend's would be.

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 60, seed: 11 } });
});
afterAll(() => t?.close());

type RestUser = User;

const path = (id: string) => encodeURIComponent(id);

const UserProfile = graphql(`
  query UserProfile($id: ID!) {
    user(id: $id) {
      id
      email
      emailVerified
      username
      phoneNumber
      phoneVerified
      name
      nickname
      givenName
      familyName
      picture
      createdAt
      updatedAt
      lastLogin
      lastIp
      lastPasswordReset
      loginsCount
      blocked
      multifactor
      appMetadata
      userMetadata
      identities { connection provider userId isSocial profileData }
    }
  }
`);

/** What the graph should answer for a REST user: the same attributes, camelCased, absent → null. */
function expectedProfile(user: RestUser) {
  const or = (v: unknown) => v ?? null;
  const date = (v: unknown) => (typeof v === "string" ? new Date(v).toISOString() : null);
  return {
    id: user.user_id,
    email: or(user.email),
    emailVerified: or(user.email_verified),
    username: or(user.username),
    phoneNumber: or(user.phone_number),
    phoneVerified: or(user.phone_verified),
    name: or(user.name),
    nickname: or(user.nickname),
    givenName: or(user.given_name),
    familyName: or(user.family_name),
    picture: user.picture ? new URL(user.picture).toString() : null,
    createdAt: date(user.created_at),
    updatedAt: date(user.updated_at),
    lastLogin: date(user.last_login),
    lastIp: or(user.last_ip),
    lastPasswordReset: date(user.last_password_reset),
    loginsCount: or(user.logins_count),
    blocked: or(user.blocked),
    multifactor: or(user.multifactor),
    appMetadata: or(user.app_metadata),
    userMetadata: or(user.user_metadata),
    identities: (user.identities ?? []).map((i) => ({
      connection: or(i.connection),
      provider: or(i.provider),
      userId: i.user_id === undefined ? null : String(i.user_id),
      isSocial: or(i.isSocial),
      profileData: or(i.profileData),
    })),
  };
}

function anyUserWhere(predicate: (user: RestUser) => boolean): string {
  const found = [...t.emulator.state.users.values()].find((u) => predicate(u as RestUser));
  if (!found) throw new Error("the seed has no such user");
  return found.user_id;
}

describe("Query.user", () => {
  it("answers every attribute as REST does, in one upstream call", async () => {
    const ids = [
      anyUserWhere((u) => u.identities!.length > 1),
      anyUserWhere((u) => u.user_id.startsWith("google-oauth2|")),
      anyUserWhere((u) => u.phone_number !== undefined),
      anyUserWhere((u) => u.blocked === true),
    ];
    for (const id of ids) {
      const rest = await t.rest<RestUser>("GET", `/users/${path(id)}`);
      t.resetCalls();
      const res = await t.query(UserProfile, { id });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.user).toEqual(expectedProfile(rest.body));
      expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1 });
    }
  });

  it("is null, without an error, for a user that does not exist", async () => {
    const res = await t.query(UserProfile, { id: "auth0|000000000000000000000000" });
    expect(res.body).toEqual({ data: { user: null } });
  });

  it("never exposes identity-provider tokens", async () => {
    const id = anyUserWhere((u) => u.identities!.some((i) => i.access_token));
    const res = await t.query(UserProfile, { id });
    const stored = t.emulator.state.users.get(id)!;
    const secret = stored.identities.find((i) => i.access_token)!.access_token!;
    expect(JSON.stringify(res.body)).not.toContain(secret);
  });
});

describe("Query.usersByIds", () => {
  it("answers in the order given, null where a user does not exist, in one batched search", async () => {
    const ids = [...t.emulator.state.users.keys()].slice(5, 15).reverse();
    const missing = "auth0|ffffffffffffffffffffffff";
    const asked = [ids[0]!, missing, ...ids.slice(1)];
    t.resetCalls();
    const res = await t.query(graphql(`query UsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id email } }`), { ids: asked });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.usersByIds).toEqual(
      asked.map((id) => (id === missing ? null : { id, email: t.emulator.state.users.get(id)!.email ?? null })),
    );
    // One search finds the ten; the id it does not find is asked for once by id before being called missing.
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users": 1, "GET /api/v2/users/{id}": 1 });
  });

  it("refuses more than 500 ids with BAD_USER_INPUT and no upstream call", async () => {
    t.resetCalls();
    const ids = Array.from({ length: 501 }, (_, i) => `auth0|${i}`);
    const res = await t.query(graphql(`query TooManyIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`), { ids });
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(t.upstreamTotal()).toBe(0);
  });
});

describe("Query.usersByEmail", () => {
  it("answers what GET /users-by-email answers", async () => {
    const email = [...t.emulator.state.users.values()].find((u) => u.email)!.email!;
    const rest = await t.rest<RestUser[]>("GET", `/users-by-email?email=${encodeURIComponent(email)}`);
    const res = await t.query(graphql(`query ByEmail($email: String!) { usersByEmail(email: $email) { id email } }`), { email });
    expect(res.body.data?.usersByEmail).toEqual(rest.body.map((u) => ({ id: u.user_id, email: u.email })));
    expect(rest.body.length).toBeGreaterThan(0);
  });

  it("is an empty list for an address nobody has", async () => {
    const res = await t.query(graphql(`query NobodysEmail($email: String!) { usersByEmail(email: $email) { id } }`), {
      email: "nobody@nowhere.example",
    });
    expect(res.body.data?.usersByEmail).toEqual([]);
  });
});

describe("Query.me", () => {
  it("is the token subject's own user with only read:current_user", async () => {
    const id = [...t.emulator.state.users.keys()][2]!;
    const res = await t.query(graphql(`query Me { me { id email } }`), {}, { scope: "read:current_user", sub: id });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.me).toEqual({ id, email: t.emulator.state.users.get(id)!.email ?? null });
  });

  it("is null for a machine caller", async () => {
    const res = await t.query(graphql(`query MachineMe { me { id } }`), {}, { sub: "some-client@clients" });
    expect(res.body).toEqual({ data: { me: null } });
  });
});

const UsersPage = graphql(`
  query UsersPage($query: String, $sort: UserSort, $first: Int, $after: String) {
    users(query: $query, sort: $sort, first: $first, after: $after) {
      totalCount
      edges { cursor node { id email } }
      nodes { id }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

describe("Query.users", () => {
  it("pages through every user exactly once, one upstream call per page, in REST's order", async () => {
    const rest = await t.rest<{ total: number; users: RestUser[] }>("GET", "/users?include_totals=true&per_page=100&sort=created_at:1");
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      t.resetCalls();
      const res = await t.query(UsersPage, { first: 7, after, sort: { field: "CREATED_AT", direction: "ASC" } });
      expect(res.body.errors).toBeUndefined();
      expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users": 1 });
      const page = res.body.data!.users;
      expect(page.totalCount).toBe(rest.body.total);
      expect(page.nodes.map((n) => n.id)).toEqual(page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.nodes.map((n) => n.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor as string | null;
    }
    expect(seen).toEqual(rest.body.users.map((u) => u.user_id));
    expect(pages).toBe(Math.ceil(rest.body.total / 7));
  });

  it("knows the last page without totalCount when the upstream page is short", async () => {
    const total = t.emulator.state.users.size;
    const first = 100;
    const res = await t.query(graphql(`query NoTotal($first: Int) { users(first: $first) { nodes { id } pageInfo { hasNextPage } } }`), {
      first,
    });
    expect(res.body.data?.users.nodes).toHaveLength(Math.min(first, total));
    expect(res.body.data?.users.pageInfo.hasNextPage).toBe(total > first);
  });

  it("searches with Auth0's query syntax and sorts descending", async () => {
    const users = [...t.emulator.state.users.values()].filter((u) => u.identities[0]?.connection === "Username-Password-Authentication");
    const rest = await t.rest<RestUser[]>(
      "GET",
      `/users?q=${encodeURIComponent('identities.connection:"Username-Password-Authentication"')}` +
        "&search_engine=v3&per_page=100&sort=email:-1",
    );
    expect(rest.body).toHaveLength(users.length);
    const res = await t.query(UsersPage, {
      query: 'identities.connection:"Username-Password-Authentication"',
      sort: { field: "EMAIL", direction: "DESC" },
      first: 100,
    });
    expect(res.body.data!.users.edges.map((e) => e.node)).toEqual(rest.body.map((u) => ({ id: u.user_id, email: u.email ?? null })));
    expect(res.body.data!.users.totalCount).toBe(users.length);
  });

  it("answers Auth0's refusal of a malformed query as UPSTREAM_ERROR on the field", async () => {
    const res = await t.query(UsersPage, { query: "name:(unbalanced" });
    expect(res.body.data).toBeNull();
    expect(res.body.errors![0]).toMatchObject({ path: ["users"], extensions: { code: "UPSTREAM_ERROR", upstream: { statusCode: 400 } } });
  });

  it("refuses a window past Auth0's first 1000 results with SEARCH_WINDOW_EXCEEDED and no upstream call", async () => {
    const first = await t.query(UsersPage, { first: 1 });
    const cursor = first.body.data!.users.edges[0]!.cursor;
    // A cursor is opaque to clients; forging one at index 990 stands for having paged that far.
    const decoded = JSON.parse(Buffer.from(cursor, "base64url").toString());
    const far = Buffer.from(JSON.stringify({ ...decoded, i: 990 })).toString("base64url");
    t.resetCalls();
    const res = await t.query(UsersPage, { first: 20, after: far });
    expect(res.body.errors![0]!.extensions!.code).toBe("SEARCH_WINDOW_EXCEEDED");
    expect(res.body.errors![0]!.message).toMatch(/narrow/i);
    expect(t.upstreamTotal()).toBe(0);
  });

  it("rejects a cursor it did not give out with INVALID_CURSOR", async () => {
    const res = await t.query(UsersPage, { after: "bm90LWEtY3Vyc29y" });
    expect(res.body.errors![0]!.extensions!.code).toBe("INVALID_CURSOR");
  });

  it("bounds first to 100", async () => {
    const res = await t.query(UsersPage, { first: 101 });
    expect(res.body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });
});
