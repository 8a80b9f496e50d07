import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COST_HEADER } from "../../src/cost/plugin.js";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

// Role.users pages a role's members with Auth0's checkpoints, which reach past the first 1000
// members that offset pages stop at.
let t: TestGateway;
const ROLE_SIZE = 1050;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 10, seed: 3 } });
  const state = t.emulator.state;
  const [roleId] = [...state.roles.keys()];
  for (let i = 0; i < ROLE_SIZE; i += 1) {
    const id = `auth0|member${String(i).padStart(5, "0")}`;
    state.users.set(id, {
      user_id: id,
      email: `member${i}@example.com`,
      created_at: "2025-01-01T00:00:00.000Z",
      updated_at: "2025-01-01T00:00:00.000Z",
      identities: [],
    });
    state.userRoles.set(id, [roleId!]);
  }
});
afterAll(() => t?.close());

describe("Role.users past the first 1000 members", () => {
  it("walks every member, one call per page, each exactly once", async () => {
    const roleId = [...t.emulator.state.roles.keys()][0]!;
    const expected = [...t.emulator.state.userRoles]
      .filter(([, roles]) => roles.includes(roleId))
      .map(([id]) => id)
      .sort();
    expect(expected.length).toBeGreaterThan(1000);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      t.resetCalls();
      const res = await t.query(
        graphql(`
          query RoleMembersRoleUsers($id: ID!, $after: String) {
            role(id: $id) {
              users(first: 100, after: $after) {
                nodes {
                  id
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          }
        `),
        { id: roleId, after },
      );
      expect(res.body.errors).toBeUndefined();
      expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles/{id}/users": 1 });
      const page = res.body.data!.role!.users!;
      seen.push(...page.nodes.map((u) => u.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor as string | null;
    }
    expect(seen).toEqual(expected);
  });

  it("answers totalCount alone with one offset call, as estimated", async () => {
    const roleId = [...t.emulator.state.roles.keys()][0]!;
    t.resetCalls();
    const res = await t.query(
      graphql(`query RoleMembersRoleUsers2($id: ID!) { role(id: $id) { users { totalCount } } }`),
      { id: roleId },
      { headers: { [COST_HEADER]: "1" } },
    );
    expect(res.body.data!.role!.users!.totalCount).toBeGreaterThan(1000);
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles/{id}/users": 1 });
    expect(res.body.extensions!.cost).toMatchObject({ estimated: 1, upstreamCalls: 1 });
    const both = await t.query(
      graphql(`query RoleMembersRoleUsers3($id: ID!) { role(id: $id) { users(first: 5) { totalCount nodes { id } } } }`),
      { id: roleId },
      { headers: { [COST_HEADER]: "1" } },
    );
    expect(both.body.extensions!.cost).toMatchObject({ estimated: 2, upstreamCalls: 2 });
  });
});
