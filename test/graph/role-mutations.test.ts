import { describe, expect, it } from "vitest";
import { COST_HEADER } from "../../src/cost/plugin.js";
import type { Role } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import {
  UNKNOWN_USER,
  expectForbidden,
  expectInvalid,
  expectUpstreamRejected,
  expectUserError,
  mutationTestGateway,
  payloadOf,
  userIds,
} from "../support/mutations.js";

const t = mutationTestGateway();

graphql(`fragment RoleMutUserRoles on User { roles(first: 100) { totalCount nodes { id name } } }`);
const ASSIGN = graphql(`mutation RoleMutAssignUserRolesRead($id: ID!, $roleIds: [ID!]!) {
  assignUserRoles(id: $id, roleIds: $roleIds) { user { id ...RoleMutUserRoles } userErrors { field message code } }
}`);
const REMOVE = graphql(`mutation RoleMutRemoveUserRolesRead($id: ID!, $roleIds: [ID!]!) {
  removeUserRoles(id: $id, roleIds: $roleIds) { user { id ...RoleMutUserRoles } userErrors { field message code } }
}`);
const READ = graphql(`query RoleMutUserRolesRead($id: ID!) { user(id: $id) { ...RoleMutUserRoles } }`);

async function restRoles(userId: string): Promise<{ id: string; name: string }[]> {
  const res = await t.rest<Role[]>("GET", `/users/${encodeURIComponent(userId)}/roles?per_page=100`);
  expect(res.status).toBe(200);
  return res.body.map((r) => ({ id: r.id!, name: r.name! }));
}

const usersWithoutRoles = () => userIds(t, (id) => !t.emulator.state.userRoles.has(id));
const usersWithRoles = () => userIds(t, (id) => (t.emulator.state.userRoles.get(id)?.length ?? 0) >= 2);
const roleIds = () => [...t.emulator.state.roles.keys()].sort();

describe("assignUserRoles", () => {
  it("assigns the roles; the payload, a later field and a later operation show them", async () => {
    const userId = usersWithoutRoles()[0]!;
    const first = roleIds()[0]!;
    const second = roleIds()[1]!;
    t.resetCalls();
    const res = await t.query(
      graphql(`mutation RoleMutAssignUserRolesTwice($id: ID!, $a: [ID!]!, $b: [ID!]!) {
        one: assignUserRoles(id: $id, roleIds: $a) { user { ...RoleMutUserRoles } userErrors { code } }
        two: assignUserRoles(id: $id, roleIds: $b) { user { ...RoleMutUserRoles } userErrors { code } }
      }`),
      { id: userId, a: [first], b: [second, first] },
    );
    expect(res.body.errors).toBeUndefined();
    expect(t.upstreamCalls()["POST /api/v2/users/{id}/roles"]).toBe(2);
    const one = res.body.data!.one;
    const two = res.body.data!.two;
    expect(one!.userErrors).toEqual([]);
    expect(one!.user!.roles!.nodes.map((r) => r.id)).toEqual([first]);
    // The second field re-read the user's roles after its own write.
    const rest = await restRoles(userId);
    expect(rest.map((r) => r.id).sort()).toEqual([first, second].sort());
    expect(two!.user!.roles).toEqual({ totalCount: 2, nodes: rest });

    const later = await t.query(READ, { id: userId });
    expect(later.body.data!.user!.roles!.nodes).toEqual(rest);
  });

  it("costs the write plus the reads the payload selects", async () => {
    const userId = usersWithoutRoles()[1]!;
    t.resetCalls();
    const payload = payloadOf(
      await t.query(
        graphql(`mutation RoleMutAssignUserRoles($id: ID!, $r: [ID!]!) { assignUserRoles(id: $id, roleIds: $r) { userErrors { code } } }`),
        {
          id: userId,
          r: [roleIds()[2]!],
        },
      ),
      "assignUserRoles",
    );
    expect(payload!.userErrors).toEqual([]);
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/users/{id}/roles": 1 });
  });

  it("sends each role id once", async () => {
    const userId = usersWithoutRoles()[2]!;
    const role = roleIds()[3]!;
    const payload = payloadOf(await t.query(ASSIGN, { id: userId, roleIds: [role, role] }), "assignUserRoles");
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.user!.roles!.nodes.map((r) => r.id)).toEqual([role]);
  });

  it("is NOT_FOUND for an unknown user", async () => {
    const payload = await expectUserError(t, ASSIGN, { id: UNKNOWN_USER, roleIds: [roleIds()[0]!] }, "assignUserRoles", {
      code: "NOT_FOUND",
      field: ["id"],
    });
    expect(payload.user).toBeNull();
  });

  it("is NOT_FOUND for an unknown role, and assigns none of the roles", async () => {
    const userId = usersWithoutRoles()[3]!;
    await expectUserError(t, ASSIGN, { id: userId, roleIds: [roleIds()[0]!, "rol_doesNotExist0000"] }, "assignUserRoles", {
      code: "NOT_FOUND",
      field: ["roleIds"],
    });
    expect(await restRoles(userId)).toEqual([]);
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    await expectUpstreamRejected(t, ASSIGN, { id: usersWithoutRoles()[4]!, roleIds: [roleIds()[0]!] }, "assignUserRoles", {
      method: "POST",
      route: "/api/v2/users/{id}/roles",
    });
  });

  it("checks its input before calling Auth0", async () => {
    const userId = usersWithoutRoles()[5]!;
    await expectInvalid(t, ASSIGN, { id: userId, roleIds: [] }, "assignUserRoles", ["roleIds"]);
    await expectInvalid(t, ASSIGN, { id: " ", roleIds: [roleIds()[0]!] }, "assignUserRoles", ["id"]);
    await expectInvalid(t, ASSIGN, { id: userId, roleIds: [roleIds()[0]!, ""] }, "assignUserRoles", ["roleIds", "1"]);
    const many = Array.from({ length: 101 }, (_, i) => `rol_${String(i).padStart(16, "0")}`);
    await expectInvalid(t, ASSIGN, { id: userId, roleIds: many }, "assignUserRoles", ["roleIds"]);
    expect(await restRoles(userId)).toEqual([]);
  });

  it("is FORBIDDEN without create:role_members or update:users, and works with either", async () => {
    const userId = usersWithoutRoles()[6]!;
    await expectForbidden(
      t,
      ASSIGN,
      { id: userId, roleIds: [roleIds()[0]!] },
      "assignUserRoles",
      "read:users read:roles delete:role_members",
    );
    for (const [scope, role] of [
      ["create:role_members", roleIds()[0]!],
      ["update:users", roleIds()[1]!],
    ] as const) {
      const res = await t.query(
        graphql(`mutation RoleMutAssignUserRoles($id: ID!, $r: [ID!]!) { assignUserRoles(id: $id, roleIds: $r) { userErrors { code } } }`),
        { id: userId, r: [role] },
        { scope },
      );
      expect(payloadOf(res, "assignUserRoles")!.userErrors).toEqual([]);
    }
    expect((await restRoles(userId)).map((r) => r.id).sort()).toEqual([roleIds()[0], roleIds()[1]].sort());
  });

  it("answers a top-level error, not a userError, when Auth0 is down", async () => {
    t.emulator.faults.add({ method: "POST", route: "/api/v2/users/{id}/roles", count: 1, action: { status: 503 } });
    const res = await t.query(ASSIGN, { id: usersWithoutRoles()[7]!, roleIds: [roleIds()[0]!] });
    expect(res.body.data!.assignUserRoles).toBeNull();
    expect(res.body.errors![0]).toMatchObject({ path: ["assignUserRoles"], extensions: { code: "UPSTREAM_UNAVAILABLE" } });
  });
});

describe("removeUserRoles", () => {
  it("removes the roles; the payload and a later operation show the rest", async () => {
    const userId = usersWithRoles()[0]!;
    const before = await restRoles(userId);
    const removed = before[0]!.id;
    const payload = payloadOf(await t.query(REMOVE, { id: userId, roleIds: [removed] }), "removeUserRoles");
    expect(payload!.userErrors).toEqual([]);
    const rest = await restRoles(userId);
    expect(rest).toEqual(before.filter((r) => r.id !== removed));
    expect(payload!.user!.roles).toEqual({ totalCount: rest.length, nodes: rest });
    expect((await t.query(READ, { id: userId })).body.data!.user!.roles!.nodes).toEqual(rest);
  });

  it("shows a later field of the same operation the new state, after reading the old", async () => {
    const userId = usersWithRoles()[1]!;
    const before = await restRoles(userId);
    const res = await t.query(
      graphql(`mutation RoleMutAssignThenRemoveUserRoles($id: ID!, $r: [ID!]!, $all: [ID!]!) {
        keep: assignUserRoles(id: $id, roleIds: $r) { user { ...RoleMutUserRoles } }
        drop: removeUserRoles(id: $id, roleIds: $all) { user { ...RoleMutUserRoles } userErrors { code } }
      }`),
      { id: userId, r: [before[0]!.id], all: before.map((r) => r.id) },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.keep!.user!.roles!.nodes).toEqual(before);
    expect(res.body.data!.drop!.user!.roles).toEqual({ totalCount: 0, nodes: [] });
    expect(await restRoles(userId)).toEqual([]);
  });

  it("ignores roles the user does not have, as Auth0 does", async () => {
    const userId = usersWithRoles()[2]!;
    const before = await restRoles(userId);
    const payload = payloadOf(await t.query(REMOVE, { id: userId, roleIds: ["rol_doesNotExist0000"] }), "removeUserRoles");
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.user!.roles!.nodes).toEqual(before);
  });

  it("is NOT_FOUND for an unknown user", async () => {
    await expectUserError(t, REMOVE, { id: UNKNOWN_USER, roleIds: [roleIds()[0]!] }, "removeUserRoles", {
      code: "NOT_FOUND",
      field: ["id"],
    });
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    await expectUpstreamRejected(t, REMOVE, { id: usersWithRoles()[3]!, roleIds: [roleIds()[0]!] }, "removeUserRoles", {
      method: "DELETE",
      route: "/api/v2/users/{id}/roles",
    });
  });

  it("checks its input before calling Auth0", async () => {
    const userId = usersWithRoles()[3]!;
    const before = await restRoles(userId);
    await expectInvalid(t, REMOVE, { id: userId, roleIds: [] }, "removeUserRoles", ["roleIds"]);
    await expectInvalid(t, REMOVE, { id: "", roleIds: [before[0]!.id] }, "removeUserRoles", ["id"]);
    await expectInvalid(t, REMOVE, { id: userId, roleIds: ["  "] }, "removeUserRoles", ["roleIds", "0"]);
    expect(await restRoles(userId)).toEqual(before);
  });

  it("is FORBIDDEN without delete:role_members or update:users", async () => {
    const userId = usersWithRoles()[4]!;
    const before = await restRoles(userId);
    await expectForbidden(
      t,
      REMOVE,
      { id: userId, roleIds: [before[0]!.id] },
      "removeUserRoles",
      "read:users read:roles create:role_members",
    );
    const res = await t.query(
      graphql(`mutation RoleMutRemoveUserRoles($id: ID!, $r: [ID!]!) { removeUserRoles(id: $id, roleIds: $r) { userErrors { code } } }`),
      { id: userId, r: [before[0]!.id] },
      { scope: "delete:role_members" },
    );
    expect(payloadOf(res, "removeUserRoles")!.userErrors).toEqual([]);
    expect(await restRoles(userId)).toEqual(before.slice(1));
  });

  it("answers the user FORBIDDEN, on that field only, to a caller who may write but not read", async () => {
    const userId = usersWithRoles()[5]!;
    const before = await restRoles(userId);
    const res = await t.query(REMOVE, { id: userId, roleIds: [before[0]!.id] }, { scope: "update:users" });
    expect(res.body.data!.removeUserRoles).toEqual({ user: null, userErrors: [] });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["removeUserRoles", "user"], extensions: { code: "FORBIDDEN" } });
    expect(await restRoles(userId)).toEqual(before.slice(1));
  });
});

describe("assignRoleUsers", () => {
  const ASSIGN_USERS = graphql(`
    mutation AssignRoleUsers($roleId: ID!, $userIds: [ID!]!) {
      assignRoleUsers(roleId: $roleId, userIds: $userIds) {
        role {
          id
          name
          users(first: 100) {
            nodes {
              id
            }
          }
        }
        userIds
        userErrors {
          field
          message
          code
        }
      }
    }
  `);
  const holders = (roleId: string) =>
    [...t.emulator.state.userRoles]
      .filter(([userId, roles]) => roles.includes(roleId) && t.emulator.state.users.has(userId))
      .map(([id]) => id);
  /** A role and two users who do not hold it. */
  const roleAndNonHolders = () => {
    const roleId = roleIds().at(-1)!;
    const [first, second] = userIds(t, (id) => !(t.emulator.state.userRoles.get(id) ?? []).includes(roleId));
    return { roleId, first: first!, second: second! };
  };

  it("assigns the role to the users, repeats dropped; the payload's role lists them, read after the write", async () => {
    const { roleId, first, second } = roleAndNonHolders();
    const othersBefore = t.emulator.state.userRoles.get(first) ?? [];
    t.resetCalls();
    const res = await t.query(ASSIGN_USERS, { roleId, userIds: [first, second, first] }, { headers: { [COST_HEADER]: "1" } });
    expect(res.body.errors).toBeUndefined();
    // The write, the role (its name), one page of its users: estimated as made.
    expect(res.body.extensions?.cost).toMatchObject({ estimated: 3, upstreamCalls: 3 });
    const payload = res.body.data?.assignRoleUsers;
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.userIds).toEqual([first, second]);
    expect(payload?.role?.name).toBe(t.emulator.state.roles.get(roleId)!.name);
    expect(payload?.role?.users?.nodes.map((u) => u.id).sort()).toEqual(holders(roleId).sort());
    expect(payload?.role?.users?.nodes.map((u) => u.id)).toEqual(expect.arrayContaining([first, second]));
    expect(t.upstreamCalls()).toEqual({
      "POST /api/v2/roles/{id}/users": 1,
      "GET /api/v2/roles/{id}": 1,
      "GET /api/v2/roles/{id}/users": 1,
    });
    expect(t.emulator.state.userRoles.get(first)).toEqual([...othersBefore, roleId]);
  });

  it("is NOT_FOUND for an unknown role or user, assigning no one", async () => {
    const { roleId, first } = roleAndNonHolders();
    t.resetCalls();
    const noRole = await t.query(ASSIGN_USERS, { roleId: "rol_doesNotExist0000", userIds: [first] });
    expect(noRole.body.data?.assignRoleUsers).toMatchObject({
      role: null,
      userIds: null,
      userErrors: [{ code: "NOT_FOUND", field: ["roleId"] }],
    });
    const noUser = await t.query(ASSIGN_USERS, { roleId, userIds: [first, UNKNOWN_USER] });
    expect(noUser.body.data?.assignRoleUsers).toMatchObject({
      role: null,
      userIds: null,
      userErrors: [{ code: "NOT_FOUND", field: ["userIds"] }],
    });
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/roles/{id}/users": 2 });
    expect(t.emulator.state.userRoles.get(first) ?? []).not.toContain(roleId);
  });

  it.each([
    ["no user ids", "", [], ["userIds"]],
    ["a blank user id", "", [" "], ["userIds", "0"]],
    ["a blank role id", " ", ["auth0|someone"], ["roleId"]],
    ["more than 100 user ids", "", Array.from({ length: 101 }, (_, n) => `auth0|user${n}`), ["userIds"]],
  ])("is INVALID_INPUT for %s, with nothing sent", async (_name, roleId, ids, field) => {
    t.resetCalls();
    const res = await t.query(ASSIGN_USERS, { roleId: roleId || roleIds()[0]!, userIds: ids });
    expect(res.body.data?.assignRoleUsers).toMatchObject({ role: null, userErrors: [{ code: "INVALID_INPUT", field }] });
    expect(t.upstreamCalls()).toEqual({});
  });

  it("is INVALID_INPUT for a dot-segment role id, with nothing sent", async () => {
    const { first } = roleAndNonHolders();
    for (const roleId of ["..", "%2e%2e"]) {
      t.resetCalls();
      const res = await t.query(ASSIGN_USERS, { roleId, userIds: [first] });
      expect(res.body.data?.assignRoleUsers?.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: ["roleId"] }]);
      expect(t.upstreamCalls()).toEqual({});
    }
  });

  it("is FORBIDDEN without update:roles or create:role_members, with nothing sent", async () => {
    const { roleId, first } = roleAndNonHolders();
    t.resetCalls();
    const res = await t.query(
      ASSIGN_USERS,
      { roleId, userIds: [first] },
      { scope: "read:roles read:users update:users delete:role_members" },
    );
    expect(res.body.data?.assignRoleUsers).toBeNull();
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["assignRoleUsers"], "FORBIDDEN"]]);
    expect(t.upstreamCalls()).toEqual({});
    expect(t.emulator.state.userRoles.get(first) ?? []).not.toContain(roleId);
  });
});
