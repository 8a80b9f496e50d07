import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { estimateUpstreamCalls } from "../../src/cost/estimate.js";
import { COST_HEADER } from "../../src/cost/plugin.js";
import { schema } from "../../src/schema/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

const estimate = (query: string, variableValues: Record<string, unknown> = {}, callerSub?: string) =>
  estimateUpstreamCalls({ schema, document: parse(query), variableValues, callerSub });

const ids = (n: number) => Array.from({ length: n }, (_, i) => `auth0|${String(i).padStart(24, "0")}`);

describe("the estimate, statically", () => {
  it("counts users read by id at the root of a query as one batch: ceil(distinct ids / 100)", () => {
    expect(estimate(`query($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`, { ids: ids(100) })).toBe(1);
    expect(estimate(`query($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`, { ids: ids(101) })).toBe(2);
    expect(estimate(`query($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`, { ids: [...ids(3), ...ids(3)] })).toBe(1);
    expect(estimate(`query($ids: [ID!]!) { usersByIds(ids: $ids) { id } a: user(id: "auth0|x") { id } }`, { ids: ids(100) })).toBe(2);
  });

  it("reads the caller's user for `me`, and nothing for a machine caller", () => {
    expect(estimate(`{ me { id roles { totalCount } } }`, {}, "auth0|me")).toBe(2);
    expect(estimate(`{ me { id roles { totalCount } } }`, {}, "client-id@clients")).toBe(0);
  });

  it("multiplies what is below a connection's items by `first` (default 20), through fragments", () => {
    expect(estimate(`{ users { nodes { roles { nodes { name } } } } }`)).toBe(21);
    expect(
      estimate(
        `query($n: Int) { users(first: $n) { ...Page } } fragment Page on UserConnection { edges { node ` +
          `{ ... on User { sessions { nodes { id } } } } } }`,
        { n: 7 },
      ),
    ).toBe(8);
  });

  it("fetches a connection only for its items or its total", () => {
    expect(estimate(`{ users(first: 5) { totalCount } }`)).toBe(1);
    expect(estimate(`{ users(first: 0) { nodes { id } } }`)).toBe(0);
    expect(estimate(`{ users(first: 0) { totalCount nodes { id } } }`)).toBe(1);
    expect(estimate(`{ users(first: 5) { __typename } }`)).toBe(0);
    expect(estimate(`{ users(first: 5) { nodes { id } } }`)).toBe(1);
  });

  it("counts identical reads of a query once, as the loaders share them", () => {
    expect(estimate(`{ a: users(first: 5) { nodes { id } } b: users(first: 5) { nodes { id } } }`)).toBe(1);
    expect(estimate(`{ a: users(first: 5) { nodes { id } } b: users(first: 6) { nodes { id } } }`)).toBe(2);
    expect(estimate(`{ a: user(id: "auth0|1") { roles { nodes { id } } } b: user(id: "auth0|1") { roles { nodes { id } } } }`)).toBe(2);
    expect(estimate(`{ a: role(id: "rol_1") { name } b: role(id: "rol_1") { description } }`)).toBe(1);
  });

  it("reads a role only when a field beyond its id and lists is selected", () => {
    expect(estimate(`{ role(id: "rol_1") { id users(first: 3) { nodes { email } } } }`)).toBe(1);
    expect(estimate(`{ role(id: "rol_1") { name users(first: 3) { nodes { email } } } }`)).toBe(2);
    expect(estimate(`{ role(id: "rol_1") { users(first: 3) { nodes { email loginsCount } } } }`)).toBe(2);
  });

  it("costs a write per mutation field, plus the reads its payload selects", () => {
    expect(estimate(`mutation { deleteUser(id: "auth0|1") { deletedUserId } }`)).toBe(2);
    expect(estimate(`mutation { assignUserRoles(id: "auth0|1", roleIds: ["r"]) { user { id } } }`)).toBe(1);
    expect(estimate(`mutation { assignUserRoles(id: "auth0|1", roleIds: ["r"]) { user { email roles { nodes { id } } } } }`)).toBe(3);
    expect(
      estimate(
        `mutation { a: assignUserRoles(id: "auth0|1", roleIds: ["r"]) { user { id roles { nodes { id } } ` +
          `} } b: assignUserRoles(id: "auth0|1", roleIds: ["s"]) { user { id roles { nodes { id } } } } }`,
      ),
    ).toBe(4);
  });

  it("reads federation references: users by id in the batch, others one per distinct key", () => {
    const reps = [
      ...ids(150).map((id) => ({ __typename: "User", id })),
      { __typename: "User", email: "a@example.com" },
      { __typename: "Role", id: "rol_1" },
      { __typename: "Role", id: "rol_1" },
      { __typename: "Organization", id: "org_1" },
    ];
    expect(
      estimate(`query($r: [_Any!]!) { _entities(representations: $r) { ... on User { email } ... on Role { name } } }`, { r: reps }),
    ).toBe(2 + 1 + 1 + 1);
  });

  it("gives no estimate for an operation that cannot run", () => {
    expect(estimateUpstreamCalls({ schema, document: parse(`query A { me { id } }`), operationName: "B" })).toBeUndefined();
    expect(estimate(`query($n: Int!) { users(first: $n) { nodes { id } } }`, {})).toBeUndefined();
  });
});

describe("the estimate is an upper bound of the calls made", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ emulator: { users: 60, seed: 3 } });
  });
  afterAll(() => t?.close());

  async function measured<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { sub?: string } = {},
  ) {
    t.resetCalls();
    const res = await t.query<T>(query, variables, { ...options, headers: { [COST_HEADER]: "1" } });
    expect(res.body.errors, query).toBeUndefined();
    const cost = res.body.extensions?.cost as { estimated: number; upstreamCalls: number };
    expect(cost.upstreamCalls, query).toBe(t.upstreamTotal());
    expect(cost.upstreamCalls, query).toBeLessThanOrEqual(cost.estimated);
    return { ...cost, data: res.body.data };
  }

  it("for reads of every kind, equal where nothing is shared by chance", async () => {
    const state = t.emulator.state;
    const users = [...state.users.keys()].sort();
    const withSessions = users.find((id) => (state.sessions.get(id)?.length ?? 0) > 1)!;
    const withTokens = users.find((id) => (state.refreshTokens.get(id)?.length ?? 0) > 1)!;
    const session = state.sessions.get(withSessions)![0]!;
    const token = state.refreshTokens.get(withTokens)![0]!;
    const [organization] = [...state.organizations.keys()];
    const [role] = [...state.roles.keys()];
    const email = state.users.get(users[0]!)!.email!;

    const exact = [
      [`query($id: ID!) { role(id: $id) { id name users(first: 5) { nodes { id } } permissions { totalCount } } }`, { id: role }],
      [`query($id: ID!) { organization(id: $id) { name } }`, { id: organization }],
      [`query($id: ID!) { session(id: $id) { id user { email } } }`, { id: session.id }],
      [`query($id: ID!) { refreshToken(id: $id) { id user { email } } }`, { id: token.id }],
      [`query($id: ID!) { user(id: $id) { sessions(first: 1) { nodes { id } pageInfo { endCursor } } } }`, { id: withSessions }],
      [`{ roles(first: 3) { nodes { name permissions(first: 2) { nodes { permissionName } } } } }`, {}],
    ] as const;
    for (const [query, variables] of exact) {
      const cost = await measured(query, variables);
      expect(cost.upstreamCalls, query).toBe(cost.estimated);
    }

    // An unpaged list is estimated at 20 items (users by email: one per connection, here one).
    const byEmail = await measured(`query($e: String!) { usersByEmail(email: $e) { id roles { totalCount } } }`, { e: email });
    const sameEmail = [...state.users.values()].filter((user) => user.email === email).length;
    expect(byEmail).toMatchObject({ upstreamCalls: 1 + sameEmail, estimated: 21 });

    // A user's sessions name the user again: read once, from the operation's loader.
    const nested = await measured(`query($id: ID!) { user(id: $id) { email sessions { nodes { user { email } } } } }`, {
      id: withSessions,
    });
    expect(nested.upstreamCalls).toBeLessThan(nested.estimated);
  });

  it("for paging on with cursors", async () => {
    const first = await measured<{ users: { pageInfo: { endCursor: string | null } } }>(
      `{ users(first: 7) { nodes { id } pageInfo { endCursor } } }`,
    );
    const after = first.data!.users.pageInfo.endCursor;
    for (const n of [7, 10, 13]) {
      const next = await measured(`query($after: String, $n: Int) { users(first: $n, after: $after) { nodes { id } } }`, { after, n });
      expect(next.upstreamCalls).toBe(next.estimated);
    }
  });

  it("for writes and the reads their payloads select", async () => {
    const [id, other] = [...t.emulator.state.users.keys()].sort().slice(10, 12);
    const [role] = [...t.emulator.state.roles.keys()];
    const writes = [
      [
        `mutation($id: ID!) { updateUser(id: $id, input: { nickname: "cost" }) { user { nickname roles { ` +
          `totalCount } } userErrors { code } } }`,
        { id },
      ],
      [
        `mutation($id: ID!, $r: [ID!]!) { assignUserRoles(id: $id, roleIds: $r) { user { email roles { ` +
          `nodes { id } } } userErrors { code } } }`,
        { id, r: [role] },
      ],
      [`mutation($id: ID!, $r: [ID!]!) { removeUserRoles(id: $id, roleIds: $r) { user { id } userErrors { code } } }`, { id, r: [role] }],
      [`mutation($id: ID!) { deleteUser(id: $id) { deletedUserId userErrors { code } } }`, { id: other }],
    ] as const;
    for (const [query, variables] of writes) {
      const cost = await measured(query, variables);
      expect(cost.upstreamCalls, query).toBe(cost.estimated);
    }
  });
});
