import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/emulator/state.js";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";

let t: TestEmulator;
const enc = encodeURIComponent;

beforeAll(async () => {
  t = await startTestEmulator({ users: 50, seed: 21 });
});
afterAll(() => t.close());

const state = () => t.emulator.state;
const roleView = ({ id, name, description }: Role) => ({ id, name, description });
const rolesOf = (userId: string) => (state().userRoles.get(userId) ?? []).map((id) => roleView(state().roles.get(id)!));

/** A seeded user holding at least `min` roles. */
function userWithRoles(min: number): string {
  const found = [...state().userRoles].find(([userId, roles]) => roles.length >= min && state().users.has(userId));
  expect(found, `the seed has a user with ${min}+ roles`).toBeDefined();
  return found![0];
}

/** A role the user does not hold. */
function roleNotHeldBy(userId: string): Role {
  const held = new Set(state().userRoles.get(userId) ?? []);
  const role = [...state().roles.values()].find((r) => !held.has(r.id));
  expect(role).toBeDefined();
  return role!;
}

/** A role held by at least `min` users. */
function roleWithMembers(min: number): { role: Role; members: string[] } {
  for (const role of state().roles.values()) {
    const members = [...state().userRoles]
      .filter(([u, roles]) => roles.includes(role.id) && state().users.has(u))
      .map(([u]) => u)
      .sort();
    if (members.length >= min) return { role, members };
  }
  throw new Error(`the seed has no role with ${min}+ members`);
}

describe("GET /users/{id}/roles", () => {
  it("lists the user's roles as a bare array by default", async () => {
    const userId = userWithRoles(1);
    const res = await t.call("GET", `/users/${enc(userId)}/roles`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(rolesOf(userId));
  });

  it("wraps a page in {start, limit, total, roles} with include_totals", async () => {
    const userId = userWithRoles(2);
    const all = rolesOf(userId);
    const res = await t.call("GET", `/users/${enc(userId)}/roles`, { query: { include_totals: true, per_page: 1, page: 1 } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ start: 1, limit: 1, total: all.length, roles: [all[1]] });
  });

  it("pages through every role exactly once", async () => {
    const userId = userWithRoles(2);
    const seen = [];
    for (let page = 0; page <= rolesOf(userId).length; page += 1) {
      const res = await t.call<Role[]>("GET", `/users/${enc(userId)}/roles`, { query: { per_page: 1, page } });
      seen.push(...res.body);
    }
    expect(seen).toEqual(rolesOf(userId));
  });

  it("needs read:users AND read:roles, or read:role_members", async () => {
    const userId = userWithRoles(1);
    for (const scope of ["read:users", "read:roles"]) {
      const res = await t.call("GET", `/users/${enc(userId)}/roles`, { scope });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({
        statusCode: 403,
        error: "Forbidden",
        message: "Insufficient scope, expected all of: read:users,read:roles",
        errorCode: "insufficient_scope",
      });
    }
    expect((await t.call("GET", `/users/${enc(userId)}/roles`, { scope: "read:users read:roles" })).status).toBe(200);
    expect((await t.call("GET", `/users/${enc(userId)}/roles`, { scope: "read:role_members" })).status).toBe(200);
  });

  it("answers 404 inexistent_user for an unknown user", async () => {
    const res = await t.call<RestError>("GET", `/users/${enc("auth0|nobody")}/roles`);
    expect(res.status).toBe(404);
    expect(res.body.errorCode).toBe("inexistent_user");
  });

  it.each([[{ per_page: 101 }], [{ per_page: 0 }], [{ page: -1 }], [{ include_totals: "yes" }], [{ sort: "name:1" }]])(
    "answers 400 for bad query %j",
    async (query) => {
      const res = await t.call<RestError>("GET", `/users/${enc(userWithRoles(1))}/roles`, { query });
      expect(res.status).toBe(400);
      expect(res.body.errorCode).toBe("invalid_query_string");
    },
  );
});

describe("POST and DELETE /users/{id}/roles", () => {
  it("assigns roles (idempotently) and removes them", async () => {
    const userId = userWithRoles(1);
    const before = [...state().userRoles.get(userId)!];
    const role = roleNotHeldBy(userId);

    const assigned = await t.call("POST", `/users/${enc(userId)}/roles`, { body: { roles: [role.id, role.id] } });
    expect(assigned.status).toBe(204);
    expect(assigned.body).toBeUndefined();
    expect(state().userRoles.get(userId)).toEqual([...before, role.id]);
    const listed = await t.call("GET", `/users/${enc(userId)}/roles`);
    expect(listed.body).toContainEqual(roleView(role));

    expect((await t.call("POST", `/users/${enc(userId)}/roles`, { body: { roles: [role.id] } })).status).toBe(204);
    expect(state().userRoles.get(userId)).toEqual([...before, role.id]);

    const removed = await t.call("DELETE", `/users/${enc(userId)}/roles`, { body: { roles: [role.id] } });
    expect(removed.status).toBe(204);
    expect(state().userRoles.get(userId)).toEqual(before);
    expect((await t.call("GET", `/users/${enc(userId)}/roles`)).body).not.toContainEqual(roleView(role));
  });

  it("rejects an unknown role id with 400 and assigns none of the batch", async () => {
    const userId = userWithRoles(1);
    const before = [...state().userRoles.get(userId)!];
    const role = roleNotHeldBy(userId);
    const res = await t.call<RestError>("POST", `/users/${enc(userId)}/roles`, { body: { roles: [role.id, "rol_doesNotExist0000"] } });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain("rol_doesNotExist0000");
    expect(state().userRoles.get(userId)).toEqual(before);
  });

  it.each([
    ["no body", undefined],
    ["an empty list", { roles: [] }],
    ["an unknown property", { roles: ["rol_x"], extra: true }],
    ["a non-string id", { roles: [5] }],
  ])("answers 400 invalid_body for %s", async (_name, body) => {
    const userId = userWithRoles(1);
    const before = [...state().userRoles.get(userId)!];
    const res = await t.call<RestError>("POST", `/users/${enc(userId)}/roles`, { body });
    expect(res.status).toBe(400);
    expect(res.body.errorCode).toBe("invalid_body");
    expect(state().userRoles.get(userId)).toEqual(before);
  });

  it("answers 404 for an unknown user", async () => {
    const role = [...state().roles.values()][0]!;
    for (const method of ["POST", "DELETE"]) {
      const res = await t.call<RestError>(method, `/users/${enc("auth0|nobody")}/roles`, { body: { roles: [role.id] } });
      expect(res.status).toBe(404);
      expect(res.body.errorCode).toBe("inexistent_user");
    }
    expect(state().userRoles.has("auth0|nobody")).toBe(false);
  });

  it("checks the write scopes", async () => {
    const userId = userWithRoles(1);
    const held = state().userRoles.get(userId)![0]!;
    const denied = await t.call<RestError>("POST", `/users/${enc(userId)}/roles`, {
      scope: "read:users read:roles",
      body: { roles: [held] },
    });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: update:users,create:role_members");
    const wrongVerb = await t.call("DELETE", `/users/${enc(userId)}/roles`, { scope: "create:role_members", body: { roles: [held] } });
    expect(wrongVerb.status).toBe(403);
    expect(state().userRoles.get(userId)).toContain(held);

    expect((await t.call("POST", `/users/${enc(userId)}/roles`, { scope: "create:role_members", body: { roles: [held] } })).status).toBe(
      204,
    );
    expect((await t.call("DELETE", `/users/${enc(userId)}/roles`, { scope: "delete:role_members", body: { roles: [held] } })).status).toBe(
      204,
    );
    expect(state().userRoles.get(userId) ?? []).not.toContain(held);
    expect((await t.call("POST", `/users/${enc(userId)}/roles`, { scope: "update:users", body: { roles: [held] } })).status).toBe(204);
    expect(state().userRoles.get(userId)).toContain(held);
  });
});

describe("GET /roles and /roles/{id}", () => {
  it("lists every role by name, and filters by name case-insensitively", async () => {
    const all = [...state().roles.values()].sort((a, b) => a.name.localeCompare(b.name)).map(roleView);
    const res = await t.call("GET", "/roles", { query: { include_totals: true, per_page: 100 } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ start: 0, limit: 100, total: all.length, roles: all });

    const target = all[0]!;
    const fragment = target.name.slice(1, 4).toUpperCase();
    const filtered = await t.call("GET", "/roles", { query: { name_filter: fragment } });
    expect(filtered.body).toEqual(all.filter((r) => r.name.toLowerCase().includes(fragment.toLowerCase())));
    expect(filtered.body).toContainEqual(target);
  });

  it("gets a role by id, 404 for an unknown one, 403 without read:roles", async () => {
    const role = [...state().roles.values()][0]!;
    const res = await t.call("GET", `/roles/${role.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(roleView(role));
    const missing = await t.call<RestError>("GET", "/roles/rol_doesNotExist0000");
    expect(missing.status).toBe(404);
    expect(missing.body.errorCode).toBe("inexistent_role");
    expect((await t.call("GET", `/roles/${role.id}`, { scope: "read:users" })).status).toBe(403);
  });

  it("rejects per_page over 100", async () => {
    expect((await t.call("GET", "/roles", { query: { per_page: 101 } })).status).toBe(400);
  });
});

describe("GET /roles/{id}/users", () => {
  const rowOf = (userId: string) => {
    const user = state().users.get(userId)!;
    return Object.fromEntries(
      Object.entries({ user_id: user.user_id, picture: user.picture, name: user.name, email: user.email }).filter(
        ([, v]) => v !== undefined,
      ),
    );
  };

  it("lists the role's members as RoleUser rows, with the offset wrapper", async () => {
    const { role, members } = roleWithMembers(2);
    const res = await t.call("GET", `/roles/${role.id}/users`, { query: { include_totals: true } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ start: 0, limit: 50, total: members.length, users: members.slice(0, 50).map(rowOf) });
    const page = await t.call("GET", `/roles/${role.id}/users`, { query: { per_page: 1, page: 1 } });
    expect(page.body).toEqual([rowOf(members[1]!)]);
  });

  it("walks the members with from/take, each exactly once", async () => {
    const { role, members } = roleWithMembers(2);
    const seen: string[] = [];
    let from: string | undefined;
    for (let guard = 0; guard <= members.length; guard += 1) {
      const res = await t.call<{ users: { user_id: string }[]; next?: string }>("GET", `/roles/${role.id}/users`, {
        query: { take: 1, from },
      });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(["next", "users"]);
      seen.push(...res.body.users.map((u: { user_id: string }) => u.user_id));
      from = res.body.next;
      if (!from) break;
    }
    expect(seen).toEqual(members);
    expect(from).toBe(""); // the last page says "done" with an empty next
  });

  it("rejects mixing checkpoint and offset paging, and a bad cursor", async () => {
    const { role } = roleWithMembers(1);
    expect((await t.call("GET", `/roles/${role.id}/users`, { query: { take: 1, page: 0 } })).status).toBe(400);
    expect((await t.call("GET", `/roles/${role.id}/users`, { query: { from: "not-a-cursor" } })).status).toBe(400);
    expect((await t.call("GET", `/roles/${role.id}/users`, { query: { take: 101 } })).status).toBe(400);
  });

  it("answers 404 for an unknown role and checks scopes", async () => {
    expect((await t.call("GET", "/roles/rol_doesNotExist0000/users")).status).toBe(404);
    const { role } = roleWithMembers(1);
    const denied = await t.call<RestError>("GET", `/roles/${role.id}/users`, { scope: "read:roles" });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected all of: read:users,read:roles");
    expect((await t.call("GET", `/roles/${role.id}/users`, { scope: "read:role_members" })).status).toBe(200);
  });
});

describe("POST /roles/{id}/users", () => {
  /** Users without `role`, in a stable order. */
  const nonMembers = (role: Role) =>
    [...state().users.keys()].filter((userId) => !(state().userRoles.get(userId) ?? []).includes(role.id)).sort();

  it("assigns the role to the users (200, no body), keeping members and their other roles as they are", async () => {
    const { role, members } = roleWithMembers(1);
    const [first, second] = nonMembers(role);
    const before = [...(state().userRoles.get(first!) ?? [])];
    const res = await t.call("POST", `/roles/${role.id}/users`, { body: { users: [first, second, first, members[0]] } });
    expect(res.status).toBe(200);
    expect(res.body).toBeUndefined();
    expect(state().userRoles.get(first!)).toEqual([...before, role.id]);
    expect(state().userRoles.get(second!)).toContain(role.id);
    expect(
      state()
        .userRoles.get(members[0]!)!
        .filter((id) => id === role.id),
    ).toHaveLength(1);
    const listed = await t.call<{ user_id: string }[]>("GET", `/roles/${role.id}/users`, { query: { per_page: 100 } });
    expect(listed.body.map((u: { user_id: string }) => u.user_id)).toEqual(expect.arrayContaining([first, second]));
  });

  it("answers 404 for an unknown role or user, assigning no one", async () => {
    const { role } = roleWithMembers(1);
    const [someone] = nonMembers(role);
    const noRole = await t.call<RestError>("POST", "/roles/rol_doesNotExist0000/users", { body: { users: [someone] } });
    expect([noRole.status, noRole.body.errorCode]).toEqual([404, "inexistent_role"]);
    const noUser = await t.call<RestError>("POST", `/roles/${role.id}/users`, { body: { users: [someone, "auth0|nobody"] } });
    expect([noUser.status, noUser.body.errorCode]).toEqual([404, "inexistent_user"]);
    expect(state().userRoles.get(someone!) ?? []).not.toContain(role.id);
  });

  it("answers 400 for a body without users, and needs update:roles or create:role_members", async () => {
    const { role } = roleWithMembers(1);
    const [someone] = nonMembers(role);
    expect((await t.call<RestError>("POST", `/roles/${role.id}/users`, { body: { roles: [someone] } })).body.errorCode).toBe(
      "invalid_body",
    );
    const denied = await t.call("POST", `/roles/${role.id}/users`, { scope: "update:users read:roles", body: { users: [someone] } });
    expect(denied.status).toBe(403);
    expect(state().userRoles.get(someone!) ?? []).not.toContain(role.id);
    for (const scope of ["update:roles", "create:role_members"]) {
      expect((await t.call("POST", `/roles/${role.id}/users`, { scope, body: { users: [someone] } })).status).toBe(200);
    }
  });
});

describe("GET /roles/{id}/permissions", () => {
  it("lists the role's permissions with their API name and description", async () => {
    const [roleId, refs] = [...state().rolePermissions].find(([, perms]) => perms.length > 0)!;
    const res = await t.call("GET", `/roles/${roleId}/permissions`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      refs.map((ref) => {
        const server = state().resourceServers.find((s) => s.identifier === ref.resource_server_identifier)!;
        return {
          ...ref,
          resource_server_name: server.name,
          description: server.scopes.find((s) => s.value === ref.permission_name)!.description,
        };
      }),
    );
    expect((await t.call("GET", "/roles/rol_doesNotExist0000/permissions")).status).toBe(404);
  });
});
