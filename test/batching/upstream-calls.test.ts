import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchOperations, prepareFixture, type BenchOperation, type Fixture } from "../../bench/operations.js";
import { COST_HEADER } from "../../src/cost/plugin.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

// The exact upstream calls of the operations issue 6 bounds (the benchmark's operations), counted by
// the emulator, and the cost estimate the gateway reports for each: equal to the bound.

let t: TestGateway;
let fixture: Fixture;
let operations: BenchOperation[];

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 120, seed: 3 } });
  fixture = await prepareFixture(t.rest, { connection: "Username-Password-Authentication" });
  operations = benchOperations(fixture);
});
afterAll(() => t?.close());

const operation = (id: string) => {
  const found = operations.find((op) => op.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
};

/** Runs an operation's steps; answers each step's data and the summed cost report. */
async function run<TData = Record<string, unknown>>(op: BenchOperation, unique = String(Date.now())) {
  t.resetCalls();
  const answers: TData[] = [];
  let estimated = 0;
  let reported = 0;
  let previous: unknown;
  for (const step of op.steps) {
    const request = step(previous, unique);
    const res = await t.query(request.query, request.variables, { headers: { [COST_HEADER]: "1" } });
    expect(res.body.errors, `operation ${op.id}`).toBeUndefined();
    const cost = res.body.extensions?.cost as { estimated: number; upstreamCalls: number } | undefined;
    estimated += cost?.estimated ?? Number.NaN;
    reported += cost?.upstreamCalls ?? Number.NaN;
    previous = res.body.data;
    answers.push(res.body.data as TData);
  }
  return { answers, calls: t.upstreamCalls(), total: t.upstreamTotal(), estimated, reported };
}

const user = (id: string) => t.emulator.state.users.get(id)!;

describe("the bounded operations make exactly their bound of upstream calls, and are estimated at it", () => {
  it("1: user(id){email} is one GET /users/{id}", async () => {
    const r = await run(operation("1"));
    expect(r.calls).toEqual({ "GET /api/v2/users/{id}": 1 });
    expect(r.answers[0]!.user).toEqual({ email: user(fixture.userIds[0]!).email ?? null });
    expect([r.estimated, r.reported]).toEqual([1, 1]);
  });

  it("2a: usersByIds with 25 ids is one search", async () => {
    const r = await run(operation("2a"));
    expect(r.calls).toEqual({ "GET /api/v2/users": 1 });
    expect(r.answers[0]!.usersByIds).toEqual(fixture.userIds.slice(0, 25).map((id) => ({ id, email: user(id).email ?? null })));
    expect([r.estimated, r.reported]).toEqual([1, 1]);
  });

  it("2b: 25 aliased user(id:) lookups are one search", async () => {
    const r = await run(operation("2b"));
    expect(r.calls).toEqual({ "GET /api/v2/users": 1 });
    expect(Object.values(r.answers[0]!)).toEqual(fixture.userIds.slice(0, 25).map((id) => ({ email: user(id).email ?? null })));
    expect([r.estimated, r.reported]).toEqual([1, 1]);
  });

  it("2c: usersByIds with 101 ids is two searches (100 + 1)", async () => {
    const r = await run<{ usersByIds: { id: string }[] }>(operation("2c"));
    expect(r.calls).toEqual({ "GET /api/v2/users": 2 });
    expect(r.answers[0]!.usersByIds.map((u) => u.id)).toEqual(fixture.userIds.slice(0, 101));
    const perPage = t.emulator
      .requests()
      .filter((request) => request.url.startsWith("/api/v2/users?"))
      .map((request) => new URL(request.url, "http://x").searchParams.get("per_page"));
    expect(perPage.sort()).toEqual(["1", "100"]);
    expect([r.estimated, r.reported]).toEqual([2, 2]);
  });

  it("3: users(first:50) with each user's roles is one search and 50 role lists", async () => {
    const r = await run<{ users: { nodes: unknown[] } }>(operation("3"));
    expect(r.calls).toEqual({ "GET /api/v2/users": 1, "GET /api/v2/users/{id}/roles": 50 });
    expect(r.answers[0]!.users.nodes).toHaveLength(50);
    expect([r.estimated, r.reported]).toEqual([51, 51]);
  });

  it("4: users(first:50) with roles, permissions and organizations is 151 calls", async () => {
    const r = await run(operation("4"));
    expect(r.calls).toEqual({
      "GET /api/v2/users": 1,
      "GET /api/v2/users/{id}/roles": 50,
      "GET /api/v2/users/{id}/permissions": 50,
      "GET /api/v2/users/{id}/organizations": 50,
    });
    expect([r.estimated, r.reported]).toEqual([151, 151]);
  });

  it("5: _entities with 100 User references is one search", async () => {
    const r = await run(operation("5"));
    expect(r.calls).toEqual({ "GET /api/v2/users": 1 });
    expect(r.answers[0]!._entities).toEqual(fixture.userIds.slice(0, 100).map((id) => ({ email: user(id).email ?? null })));
    expect([r.estimated, r.reported]).toEqual([1, 1]);
  });

  it("6: one user with every nested list is the user plus one call per list", async () => {
    const r = await run(operation("6"));
    expect(r.calls).toEqual({
      "GET /api/v2/users/{id}": 1,
      "GET /api/v2/users/{id}/roles": 1,
      "GET /api/v2/users/{id}/permissions": 1,
      "GET /api/v2/users/{id}/organizations": 1,
      "GET /api/v2/users/{id}/logs": 1,
      "GET /api/v2/users/{id}/authentication-methods": 1,
      "GET /api/v2/users/{user_id}/sessions": 1,
      "GET /api/v2/users/{user_id}/refresh-tokens": 1,
      "GET /api/v2/users/{id}/enrollments": 1,
      "GET /api/v2/user-blocks/{id}": 1,
    });
    expect([r.estimated, r.reported]).toEqual([10, 10]);
  });

  it("7: a role's 50 members with lastLogin is the member page plus one batched search", async () => {
    const r = await run<{ role: { users: { nodes: unknown[] } } }>(operation("7"));
    expect(r.calls).toEqual({ "GET /api/v2/roles/{id}/users": 1, "GET /api/v2/users": 1 });
    const members = (await t.rest("GET", `/roles/${encodeURIComponent(fixture.roleId)}/users?per_page=50`)).body as { user_id: string }[];
    expect(r.answers[0]!.role.users.nodes).toEqual(
      members.map((m) => ({ email: user(m.user_id).email ?? null, lastLogin: user(m.user_id).last_login ?? null })),
    );
    expect([r.estimated, r.reported]).toEqual([2, 2]);
  });

  it("8: createUser, then assignUserRoles answering the user's roles, is three calls", async () => {
    const r = await run<{ createUser: { user: { id: string } }; assignUserRoles: unknown }>(operation("8"), `calls-${Date.now()}`);
    expect(r.calls).toEqual({ "POST /api/v2/users": 1, "POST /api/v2/users/{id}/roles": 1, "GET /api/v2/users/{id}/roles": 1 });
    const created = r.answers[0]!.createUser.user.id;
    expect(t.emulator.state.users.has(created)).toBe(true);
    const role = t.emulator.state.roles.get(fixture.assignRoleId)!;
    expect(r.answers[1]!.assignUserRoles).toEqual({
      user: { id: created, roles: { nodes: [{ id: role.id, name: role.name }] } },
      userErrors: [],
    });
    expect([r.estimated, r.reported]).toEqual([3, 3]);
  });
});
