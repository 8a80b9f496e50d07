import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";

/** A page of a user's effective roles. */
interface EffectiveRolesPage {
  roles: { id: string; sources: string[] }[];
  next?: string;
}
/** A user's effective permission with its sources. */
interface EffectivePermissionBody {
  permission_name: string;
  resource_server_name: string;
  sources: string[];
}

let t: TestEmulator;
const enc = encodeURIComponent;
const PLATFORM = "https://api.usergraph.dev/";

beforeAll(async () => {
  t = await startTestEmulator({ users: 60, seed: 7 });
});
afterAll(() => t.close());

const state = () => t.emulator.state;
const groupRoleIds = (userId: string) => (state().userGroups.get(userId) ?? []).flatMap((m) => state().groupRoles.get(m.group_id) ?? []);

/** A user holding a role both directly and through one of their groups. */
function bothWays(): { userId: string; roleId: string } {
  for (const [userId, direct] of state().userRoles) {
    const roleId = direct.find((id) => groupRoleIds(userId).includes(id));
    if (roleId) return { userId, roleId };
  }
  throw new Error("the seed has no user with a role held both ways");
}

describe("GET /users/{id}/effective-roles", () => {
  it("lists direct and group roles with their sources, in id order", async () => {
    const { userId, roleId } = bothWays();
    const res = await t.call<EffectiveRolesPage>("GET", `/users/${enc(userId)}/effective-roles`);
    expect(res.status).toBe(200);
    const ids = new Set([...(state().userRoles.get(userId) ?? []), ...groupRoleIds(userId)]);
    expect(res.body.roles.map((r: { id: string }) => r.id)).toEqual([...ids].sort());
    expect(res.body.roles.find((r: { id: string }) => r.id === roleId)!.sources).toEqual(["direct", "groups"]);
    expect(res.body.next).toBeUndefined();
  });

  it("pages with take and from", async () => {
    const { userId } = bothWays();
    const all = (await t.call<EffectiveRolesPage>("GET", `/users/${enc(userId)}/effective-roles`)).body.roles;
    expect(all.length).toBeGreaterThan(1);
    const first = await t.call<EffectiveRolesPage>("GET", `/users/${enc(userId)}/effective-roles`, { query: { take: 1 } });
    expect(first.body.roles).toEqual(all.slice(0, 1));
    const second = await t.call("GET", `/users/${enc(userId)}/effective-roles`, { query: { take: 500, from: first.body.next } });
    expect(second.body).toEqual({ roles: all.slice(1) });
  });

  it("answers 404 for an unknown user, 403 without read:user_effective_roles, 400 for take 0", async () => {
    expect((await t.call<RestError>("GET", `/users/${enc("auth0|nobody")}/effective-roles`)).body.errorCode).toBe("inexistent_user");
    const denied = await t.call<RestError>("GET", `/users/${enc(bothWays().userId)}/effective-roles`, { scope: "read:users read:roles" });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: read:user_effective_roles");
    expect((await t.call("GET", `/users/${enc(bothWays().userId)}/effective-roles`, { query: { take: 0 } })).status).toBe(400);
  });
});

describe("GET /users/{id}/effective-roles/sources/groups", () => {
  it("lists the user's groups that grant the role", async () => {
    const { userId, roleId } = bothWays();
    const res = await t.call<{ groups: unknown[] }>("GET", `/users/${enc(userId)}/effective-roles/sources/groups`, {
      query: { role_id: roleId },
    });
    expect(res.status).toBe(200);
    const expected = (state().userGroups.get(userId) ?? [])
      .filter((m) => state().groupRoles.get(m.group_id)?.includes(roleId))
      .map((m) => state().groups.get(m.group_id));
    expect(res.body.groups.length).toBeGreaterThan(0);
    expect(res.body.groups).toEqual(expected.sort((a, b) => (a!.id < b!.id ? -1 : 1)));
  });

  it("answers 400 without role_id, 404 for an unknown role or user, 403 without its scope", async () => {
    const { userId, roleId } = bothWays();
    const path = `/users/${enc(userId)}/effective-roles/sources/groups`;
    expect((await t.call("GET", path)).status).toBe(400);
    const role = await t.call<RestError>("GET", path, { query: { role_id: "rol_doesNotExist0000" } });
    expect([role.status, role.body.errorCode]).toEqual([404, "inexistent_role"]);
    const user = await t.call("GET", `/users/${enc("auth0|nobody")}/effective-roles/sources/groups`, { query: { role_id: roleId } });
    expect(user.status).toBe(404);
    expect((await t.call("GET", path, { query: { role_id: roleId }, scope: "read:users" })).status).toBe(403);
  });
});

describe("GET /users/{id}/effective-permissions", () => {
  it("lists the permissions of one API from direct grants and roles, with their sources", async () => {
    const { userId } = bothWays();
    const res = await t.call<{ permissions: EffectivePermissionBody[] }>("GET", `/users/${enc(userId)}/effective-permissions`, {
      query: { resource_server_identifier: PLATFORM },
    });
    expect(res.status).toBe(200);
    const viaRoles = new Set(
      [...new Set([...(state().userRoles.get(userId) ?? []), ...groupRoleIds(userId)])]
        .flatMap((id) => state().rolePermissions.get(id) ?? [])
        .filter((p) => p.resource_server_identifier === PLATFORM)
        .map((p) => p.permission_name),
    );
    const direct = new Set(
      (state().userPermissions.get(userId) ?? []).filter((p) => p.resource_server_identifier === PLATFORM).map((p) => p.permission_name),
    );
    const names = [...new Set([...viaRoles, ...direct])].sort();
    expect(res.body.permissions.map((p: { permission_name: string }) => p.permission_name)).toEqual(names);
    for (const permission of res.body.permissions) {
      expect(permission.resource_server_name).toBe("Usergraph Platform API");
      expect(permission.sources).toEqual([
        ...(direct.has(permission.permission_name) ? ["direct"] : []),
        ...(viaRoles.has(permission.permission_name) ? ["roles"] : []),
      ]);
    }
  });

  it("answers 400 without resource_server_identifier, 404 for an unknown user, 403 without its scope", async () => {
    const path = `/users/${enc(bothWays().userId)}/effective-permissions`;
    expect((await t.call("GET", path)).status).toBe(400);
    expect(
      (await t.call("GET", `/users/${enc("auth0|nobody")}/effective-permissions`, { query: { resource_server_identifier: PLATFORM } }))
        .status,
    ).toBe(404);
    const denied = await t.call<RestError>("GET", path, { query: { resource_server_identifier: PLATFORM }, scope: "read:users" });
    expect(denied.body.message).toBe("Insufficient scope, expected any of: read:user_effective_permissions");
  });
});

describe("GET /users/{id}/effective-permissions/sources/effective-roles", () => {
  it("lists the user's roles that carry the permission, with how the user holds each", async () => {
    const { userId } = bothWays();
    const res = await t.call<EffectiveRolesPage>("GET", `/users/${enc(userId)}/effective-permissions/sources/effective-roles`, {
      query: { resource_server_identifier: PLATFORM, permission_name: "read:projects" },
    });
    expect(res.status).toBe(200);
    const held = new Set([...(state().userRoles.get(userId) ?? []), ...groupRoleIds(userId)]);
    const carrying = [...held].filter((id) =>
      state()
        .rolePermissions.get(id)
        ?.some((p) => p.resource_server_identifier === PLATFORM && p.permission_name === "read:projects"),
    );
    expect(res.body.roles.map((r: { id: string }) => r.id)).toEqual(carrying.sort());
    for (const role of res.body.roles) expect(role.sources.length).toBeGreaterThan(0);
  });

  it("answers 400 without permission_name and 403 without its scope", async () => {
    const path = `/users/${enc(bothWays().userId)}/effective-permissions/sources/effective-roles`;
    expect((await t.call("GET", path, { query: { resource_server_identifier: PLATFORM } })).status).toBe(400);
    const denied = await t.call("GET", path, {
      query: { resource_server_identifier: PLATFORM, permission_name: "x" },
      scope: "read:users",
    });
    expect(denied.status).toBe(403);
  });
});

describe("GET /users/{id}/groups", () => {
  it("lists the user's groups with membership dates, offset- or checkpoint-paged", async () => {
    const { userId } = bothWays();
    const memberships = state().userGroups.get(userId)!;
    const res = await t.call("GET", `/users/${enc(userId)}/groups`);
    expect(res.body).toEqual(
      memberships.map((m) => ({ ...state().groups.get(m.group_id), membership_created_at: m.membership_created_at })),
    );
    const totals = await t.call("GET", `/users/${enc(userId)}/groups`, { query: { include_totals: true, per_page: 1 } });
    expect(totals.body).toMatchObject({ start: 0, limit: 1, total: memberships.length });
    const checkpoint = await t.call<{ groups: unknown[] }>("GET", `/users/${enc(userId)}/groups`, { query: { take: 100 } });
    expect(checkpoint.body.groups).toHaveLength(memberships.length);
    const named = await t.call<Record<string, unknown>[]>("GET", `/users/${enc(userId)}/groups`, { query: { fields: "id,name" } });
    expect(Object.keys(named.body[0]!).sort()).toEqual(["id", "name"]);
  });

  it("answers 404 for an unknown user and 403 without read:groups", async () => {
    expect((await t.call("GET", `/users/${enc("auth0|nobody")}/groups`)).status).toBe(404);
    expect((await t.call("GET", `/users/${enc(bothWays().userId)}/groups`, { scope: "read:users" })).status).toBe(403);
  });
});
