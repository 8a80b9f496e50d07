import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MAX_SEARCH_QUERY_LENGTH, quoteLucene, searchChunks, userIdQuery } from "../../src/loaders/users-by-id.js";
import type { User } from "../../src/upstream/types.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

/** A page of roles as these tests select it (each selects some of the fields). */
interface RolesPage {
  totalCount?: number;
  nodes?: { name: string }[];
  pageInfo?: { hasNextPage: boolean; hasPreviousPage?: boolean };
  edges?: { cursor: string }[];
}

// How the loaders read users: batched searches, the fallback for ids a search misses, the attributes
// pushed down, and reads shared within an operation. What the emulator received is read from its
// request log (method and URL of each request).

let t: TestGateway;
let ids: string[];

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 60, seed: 3 } });
  ids = [...t.emulator.state.users.keys()].sort();
});
afterEach(() => t.emulator.faults.clear());
afterAll(() => t?.close());

const user = (id: string) => t.emulator.state.users.get(id)!;
const path = (id: string) => `/users/${encodeURIComponent(id)}`;

/** The Management API requests since the last reset, as URLs. */
function requests(): URL[] {
  return t.emulator
    .requests()
    .filter((request) => request.url.startsWith("/api/v2/"))
    .map((request) => new URL(request.url, "http://emulator.local"));
}

const searches = () => requests().filter((url) => url.pathname === "/api/v2/users");

describe("users by id", () => {
  it("searches `user_id:(…)` with search engine v3, each id quoted, one page of exactly the ids", async () => {
    const batch = ids.slice(0, 25);
    t.resetCalls();
    const res = await t.query(`query($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`, { ids: batch });
    expect(res.body.errors).toBeUndefined();
    const [search, ...others] = searches();
    expect(others).toEqual([]);
    expect(search!.searchParams.get("search_engine")).toBe("v3");
    expect(search!.searchParams.get("q")).toBe(`user_id:(${batch.map(quoteLucene).join(" OR ")})`);
    expect(search!.searchParams.get("per_page")).toBe("25");
    expect(search!.searchParams.get("page")).toBe("0");
  });

  it("splits a batch into searches of at most 100 ids, and shorter ones when the ids are long", () => {
    const short = Array.from({ length: 250 }, (_, i) => `auth0|${String(i).padStart(24, "0")}`);
    expect(searchChunks(short).map((chunk) => chunk.length)).toEqual([100, 100, 50]);
    const long = Array.from({ length: 60 }, (_, i) => `samlp|acme-enterprise|${"x".repeat(200)}${i}`);
    const chunks = searchChunks(long);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toEqual(long);
    for (const chunk of chunks) expect(encodeURIComponent(userIdQuery(chunk)).length).toBeLessThanOrEqual(MAX_SEARCH_QUERY_LENGTH);
  });

  it("escapes quotes and backslashes in ids, so an id cannot break out of its phrase", () => {
    expect(quoteLucene(String.raw`auth0|a"b\c`)).toBe(String.raw`"auth0|a\"b\\c"`);
    expect(quoteLucene(`x" OR user_id:*`)).toBe(String.raw`"x\" OR user_id:*"`);
  });

  it("answers an id that tries to inject search syntax as a user that does not exist", async () => {
    const hostile = `${ids[0]}" OR user_id:*`;
    t.resetCalls();
    const res = await t.query<{ usersByIds: ({ id: string } | null)[] }>(`query($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`, {
      ids: [ids[1], hostile],
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.usersByIds).toEqual([{ id: ids[1] }, null]);
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users": 1, "GET /api/v2/users/{id}": 1 });
    // The query the gateway sent matches only the real user: the hostile id stayed one phrase.
    const q = searches()[0]!.searchParams.get("q")!;
    const answer = await t.rest("GET", `/users?search_engine=v3&q=${encodeURIComponent(q)}&fields=user_id`);
    expect(answer.body).toEqual([{ user_id: ids[1] }]);
  });

  it("reads an id the search did not return one by one: null when it does not exist", async () => {
    const unknown = "auth0|000000000000000000000000";
    expect((await t.rest("GET", path(unknown))).status).toBe(404);
    const batch = [...ids.slice(0, 12), unknown, ...ids.slice(12, 24)];
    t.resetCalls();
    const res = await t.query<{ usersByIds: ({ id: string; email: string | null } | null)[] }>(
      `query($ids: [ID!]!) { usersByIds(ids: $ids) { id email } }`,
      { ids: batch },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.usersByIds).toEqual(batch.map((id) => (id === unknown ? null : { id, email: user(id).email ?? null })));
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users": 1, "GET /api/v2/users/{id}": 1 });
  });

  it("fails only the id whose own read fails; the users the search found are answered", async () => {
    const unknown = "auth0|ffffffffffffffffffffffff";
    t.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}", count: 1, action: { status: 400 } });
    const batch = [ids[0]!, unknown, ids[1]!];
    const res = await t.query<{ usersByIds: ({ id: string } | null)[] }>(`query($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`, {
      ids: batch,
    });
    expect(res.body.data!.usersByIds).toEqual([{ id: ids[0] }, null, { id: ids[1] }]);
    expect(res.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[["usersByIds", 1], "UPSTREAM_ERROR"]]);
  });

  it("finds a user the search index does not list yet (created a moment ago) with GET /users/{id}", async () => {
    const created = await t.rest<User>("POST", "/users", {
      connection: "Username-Password-Authentication",
      email: `just-created-${Date.now()}@example.com`,
      password: "Fresh-Pa55word!-q9",
    });
    expect(created.status).toBe(201);
    const fresh = created.body.user_id as string;
    const indexed = ids.slice(0, 24);
    // The search index lags behind writes: the next search answers without the new user.
    const lagging = await Promise.all(indexed.map(async (id) => (await t.rest("GET", path(id))).body));
    t.emulator.faults.add({ method: "GET", route: "/api/v2/users", count: 1, action: { status: 200, body: lagging } });
    t.resetCalls();
    const res = await t.query<{ usersByIds: { id: string; email: string | null }[] }>(
      `query($ids: [ID!]!) { usersByIds(ids: $ids) { id email } }`,
      { ids: [fresh, ...indexed] },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.usersByIds).toEqual([fresh, ...indexed].map((id) => ({ id, email: user(id).email ?? null })));
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users": 1, "GET /api/v2/users/{id}": 1 });
  });

  it("reads a single id with GET /users/{id}, not a search", async () => {
    t.resetCalls();
    const res = await t.query<{ usersByIds: { id: string }[] }>(`query($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`, {
      ids: [ids[3], ids[3]],
    });
    expect(res.body.data!.usersByIds).toEqual([{ id: ids[3] }, { id: ids[3] }]);
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1 });
  });

  it("batches user(id:), usersByIds, me and _entities of one operation into one search", async () => {
    const me = ids[40]!;
    t.resetCalls();
    const res = await t.query<{ me: { id: string }; _entities: unknown[] }>(
      `query($a: ID!, $b: ID!, $ids: [ID!]!, $reps: [_Any!]!) {
        a: user(id: $a) { id }
        b: user(id: $b) { id }
        usersByIds(ids: $ids) { id }
        me { id }
        _entities(representations: $reps) { ... on User { id } }
      }`,
      { a: ids[0], b: ids[1], ids: ids.slice(1, 6), reps: ids.slice(5, 9).map((id) => ({ __typename: "User", id })) },
      { sub: me },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.me).toEqual({ id: me });
    expect(res.body.data!._entities).toEqual(ids.slice(5, 9).map((id) => ({ id })));
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users": 1 });
    // ids 0–8 and the caller's, each once.
    const q = searches()[0]!.searchParams.get("q")!;
    const phrases = q.slice("user_id:(".length, -1).split(" OR ");
    expect(phrases.sort()).toEqual([...ids.slice(0, 9), me].map(quoteLucene).sort());
  });
});

describe("field push-down", () => {
  const fieldsOf = (url: URL) => ({ fields: url.searchParams.get("fields"), includeFields: url.searchParams.get("include_fields") });

  it("asks GET /users/{id} for only the attributes selected, plus user_id", async () => {
    t.resetCalls();
    await t.query(`query($id: ID!) { user(id: $id) { email lastLogin } }`, { id: ids[0] });
    expect(requests().map(fieldsOf)).toEqual([{ fields: "email,last_login,user_id", includeFields: "true" }]);
  });

  it("asks a batched search for the union of the attributes the whole operation selects", async () => {
    t.resetCalls();
    const res = await t.query(
      `query($a: ID!, $ids: [ID!]!) { a: user(id: $a) { ...Names } usersByIds(ids: $ids) { email identities { provider } } }
       fragment Names on User { givenName familyName }`,
      { a: ids[0], ids: ids.slice(1, 4) },
    );
    expect(res.body.errors).toBeUndefined();
    expect(requests().map(fieldsOf)).toEqual([{ fields: "email,family_name,given_name,identities,user_id", includeFields: "true" }]);
  });

  it("asks for user_id alone when only nested lists are selected", async () => {
    t.resetCalls();
    await t.query(`query($id: ID!) { user(id: $id) { roles { nodes { name } } } }`, { id: ids[0] });
    const read = requests().filter((url) => !url.pathname.endsWith("/roles"));
    expect(read.map(fieldsOf)).toEqual([{ fields: "user_id", includeFields: "true" }]);
  });

  it("pushes the selected attributes down into users(…) searches", async () => {
    t.resetCalls();
    await t.query(`{ users(first: 3) { nodes { nickname } } }`);
    expect(requests().map(fieldsOf)).toEqual([{ fields: "nickname,user_id", includeFields: "true" }]);
  });
});

describe("reads shared within an operation", () => {
  it("reads the same user, and the same list of it, once for two aliases", async () => {
    t.resetCalls();
    const res = await t.query<Record<"a" | "b", { roles: unknown }>>(
      `query($id: ID!) { a: user(id: $id) { email roles { nodes { name } } } b: user(id: $id) { name roles { nodes { name } } } }`,
      { id: ids[0] },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.a.roles).toEqual(res.body.data!.b.roles);
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1, "GET /api/v2/users/{id}/roles": 1 });
  });

  it("answers pages of one list asked for together with one call covering them, each alias its own slice", async () => {
    const ROLES = `{ roles(first: 10) { totalCount nodes { name } pageInfo { hasNextPage } } }`;
    const all = (await t.query<{ roles: RolesPage }>(ROLES)).body.data!.roles;
    const second = (await t.query<{ roles: RolesPage }>(`{ roles(first: 3) { edges { cursor } } }`)).body.data!.roles.edges![2]!.cursor;
    const alone = async (field: string) =>
      (
        await (field.includes("$after")
          ? t.query<{ roles: RolesPage }>(`query($after: String) { ${field} }`, { after: second })
          : t.query<{ roles: RolesPage }>(`{ ${field} }`))
      ).body.data!.roles;
    const fields = {
      a: `roles(first: 2) { nodes { name } }`,
      b: `roles(first: 3) { totalCount nodes { name } pageInfo { hasNextPage } }`,
      c: `roles { totalCount }`,
      d: `roles(first: 2, after: $after) { nodes { name } pageInfo { hasNextPage hasPreviousPage } }`,
    };
    t.resetCalls();
    const res = await t.query<Record<string, RolesPage>>(
      `query($after: String) { ${Object.entries(fields)
        .map(([alias, field]) => `${alias}: ${field}`)
        .join(" ")} }`,
      { after: second },
    );
    expect(res.body.errors).toBeUndefined();
    // d alone asks for page 1 of 3 (items 3–5): with the others, one page of items 0–5, totals included.
    const [call, ...others] = requests();
    expect(others).toEqual([]);
    expect(call!.pathname).toBe("/api/v2/roles");
    expect(Object.fromEntries(call!.searchParams)).toEqual({ page: "0", per_page: "6", include_totals: "true" });
    // Each alias answers exactly what it answers alone (with the single call it makes then).
    for (const [alias, field] of Object.entries(fields)) expect(res.body.data![alias], alias).toEqual(await alone(field));
    expect(res.body.data!.d!.nodes).toEqual(all.nodes!.slice(3, 5));
    expect(res.body.data!.b!.totalCount).toBe(all.totalCount);
  });

  it("makes a call per page when no one page of at most 100 covers them", async () => {
    const big = await startTestGateway({ emulator: { users: 120, seed: 4 } });
    try {
      const hundredth = (await big.query<{ users: { edges: { cursor: string }[] } }>(`{ users(first: 100) { edges { cursor } } }`)).body
        .data!.users.edges[99]!.cursor;
      big.resetCalls();
      const res = await big.query<{ b: { nodes: unknown[] } }>(
        `query($after: String) { a: users(first: 100) { nodes { id } } b: users(first: 5, after: $after) { nodes { id } } }`,
        {
          after: hundredth,
        },
      );
      expect(res.body.errors).toBeUndefined();
      const pages = big.emulator
        .requests()
        .map((request) => new URL(request.url, "http://emulator.local"))
        .filter((url) => url.pathname === "/api/v2/users")
        .map((url) => [url.searchParams.get("page"), url.searchParams.get("per_page")]);
      expect(pages.sort()).toEqual([
        ["0", "100"],
        ["20", "5"],
      ]);
      expect(res.body.data!.b.nodes).toHaveLength(5);
    } finally {
      await big.close();
    }
  });

  it("fetches a nested list only when selected, and its total only when totalCount is", async () => {
    t.resetCalls();
    await t.query(`query($id: ID!) { user(id: $id) { email } }`, { id: ids[0] });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1 });

    t.resetCalls();
    await t.query(`query($id: ID!) { user(id: $id) { roles { nodes { name } } } }`, { id: ids[0] });
    const withoutTotal = requests().find((url) => url.pathname.endsWith("/roles"))!;
    expect(withoutTotal.searchParams.has("include_totals")).toBe(false);

    t.resetCalls();
    const res = await t.query<{ user: { roles: { totalCount: number } } }>(`query($id: ID!) { user(id: $id) { roles { totalCount } } }`, {
      id: ids[0],
    });
    const totalOnly = requests().find((url) => url.pathname.endsWith("/roles"))!;
    expect(totalOnly.searchParams.get("include_totals")).toBe("true");
    expect(totalOnly.searchParams.get("per_page")).toBe("1");
    const rest = await t.rest<{ total: number }>("GET", `${path(ids[0]!)}/roles?include_totals=true`);
    expect(res.body.data!.user.roles.totalCount).toBe(rest.body.total);
  });

  it("reads no role record when only a role's id and lists are selected; an unknown id then fails the list with Auth0's 404", async () => {
    const unknown = "rol_doesNotExist000";
    const rest = await t.rest("GET", `/roles/${unknown}/users`);
    expect(rest.status).toBe(404);
    t.resetCalls();
    const res = await t.query(`query($id: ID!) { role(id: $id) { id users { nodes { id } } } }`, { id: unknown });
    expect(res.body.data).toEqual({ role: { id: unknown, users: null } });
    expect(
      res.body.errors?.map((e) => [
        e.path,
        e.extensions?.code,
        (e.extensions?.upstream as { statusCode?: number } | undefined)?.statusCode,
      ]),
    ).toEqual([[["role", "users"], "UPSTREAM_ERROR", 404]]);
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles/{id}/users": 1 });
  });

  it("loads a role's members as full users when a fragment nested in a fragment selects more than a member row has", async () => {
    const roles = (await t.rest<{ id: string }[]>("GET", "/roles?per_page=100")).body;
    let role: string | undefined;
    let members: { user_id: string }[] = [];
    for (const candidate of roles) {
      members = (await t.rest<{ user_id: string }[]>("GET", `/roles/${candidate.id}/users?per_page=5`)).body;
      if (members.length >= 2) {
        role = candidate.id;
        break;
      }
    }
    if (!role) throw new Error("the seed has no role with two members");
    t.resetCalls();
    const res = await t.query<{ role: { users: { nodes: unknown[] } } }>(
      `query($id: ID!) { role(id: $id) { users(first: 5) { nodes { ...Member } } } }
       fragment Member on User { id ...Login }
       fragment Login on User { lastLogin }`,
      { id: role },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.role.users.nodes).toEqual(members.map((m) => ({ id: m.user_id, lastLogin: user(m.user_id).last_login ?? null })));
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles/{id}/users": 1, "GET /api/v2/users": 1 });
  });

  it("answers a role's members from the member rows alone when only row attributes are selected", async () => {
    const [role] = (await t.rest("GET", "/roles?per_page=1")).body as { id: string }[];
    t.resetCalls();
    const res = await t.query(`query($id: ID!) { role(id: $id) { users(first: 50) { nodes { id email name picture } } } }`, {
      id: role!.id,
    });
    expect(res.body.errors).toBeUndefined();
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles/{id}/users": 1 });
  });
});
