import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyState, type PermissionRef } from "../../src/emulator/state.js";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";
import { addUser } from "./builders.js";

let t: TestEmulator;
const enc = encodeURIComponent;

beforeAll(async () => {
  t = await startTestEmulator({ users: 50, seed: 22 });
});
afterAll(() => t.close());

const state = () => t.emulator.state;

function view(ref: PermissionRef) {
  const server = state().resourceServers.find((s) => s.identifier === ref.resource_server_identifier)!;
  return {
    resource_server_identifier: ref.resource_server_identifier,
    permission_name: ref.permission_name,
    resource_server_name: server.name,
    description: server.scopes.find((s) => s.value === ref.permission_name)!.description,
  };
}

function userWithPermissions(min: number): string {
  const found = [...state().userPermissions].find(([userId, refs]) => refs.length >= min && state().users.has(userId));
  expect(found, `the seed has a user with ${min}+ direct permissions`).toBeDefined();
  return found![0];
}

/** A defined permission the user does not hold directly. */
function permissionNotHeldBy(userId: string): PermissionRef {
  const held = state().userPermissions.get(userId) ?? [];
  for (const server of state().resourceServers) {
    for (const scope of server.scopes) {
      const ref = { resource_server_identifier: server.identifier, permission_name: scope.value };
      if (!held.some((p) => p.resource_server_identifier === ref.resource_server_identifier && p.permission_name === ref.permission_name))
        return ref;
    }
  }
  throw new Error("the user holds every permission");
}

describe("GET /users/{id}/permissions", () => {
  it("lists the user's direct permissions with API name and description", async () => {
    const userId = userWithPermissions(1);
    const res = await t.call("GET", `/users/${enc(userId)}/permissions`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(state().userPermissions.get(userId)!.map(view));
  });

  it("does not list permissions that come only from roles", async () => {
    const [userId, roleIds] = [...state().userRoles].find(([u, roles]) => roles.length > 0 && state().users.has(u))!;
    const direct = state().userPermissions.get(userId) ?? [];
    const res = await t.call("GET", `/users/${enc(userId)}/permissions`, { query: { per_page: 100 } });
    expect(res.body).toEqual(direct.map(view));
    const viaRoles = roleIds.flatMap((id) => state().rolePermissions.get(id) ?? []);
    const roleOnly = viaRoles.filter(
      (r) => !direct.some((d) => d.resource_server_identifier === r.resource_server_identifier && d.permission_name === r.permission_name),
    );
    for (const ref of roleOnly) expect(res.body).not.toContainEqual(view(ref));
  });

  it("wraps a page with include_totals", async () => {
    const userId = userWithPermissions(2);
    const all = state().userPermissions.get(userId)!.map(view);
    const res = await t.call("GET", `/users/${enc(userId)}/permissions`, { query: { include_totals: true, per_page: 1, page: 1 } });
    expect(res.body).toEqual({ start: 1, limit: 1, total: all.length, permissions: [all[1]] });
  });

  it("answers 404, 403 and 400 as documented", async () => {
    const missing = await t.call<RestError>("GET", `/users/${enc("auth0|nobody")}/permissions`);
    expect(missing.status).toBe(404);
    expect(missing.body.errorCode).toBe("inexistent_user");
    const userId = userWithPermissions(1);
    const denied = await t.call<RestError>("GET", `/users/${enc(userId)}/permissions`, { scope: "read:roles" });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: read:users");
    expect((await t.call("GET", `/users/${enc(userId)}/permissions`, { query: { per_page: 101 } })).status).toBe(400);
    expect((await t.call("GET", `/users/${enc(userId)}/permissions`, { query: { q: "x" } })).status).toBe(400);
  });
});

describe("POST and DELETE /users/{id}/permissions", () => {
  it("assigns (201, no body, idempotent) and removes (204) a permission", async () => {
    const userId = userWithPermissions(1);
    const before = [...state().userPermissions.get(userId)!];
    const ref = permissionNotHeldBy(userId);

    const assigned = await t.call("POST", `/users/${enc(userId)}/permissions`, { body: { permissions: [ref, ref] } });
    expect(assigned.status).toBe(201);
    expect(assigned.body).toBeUndefined();
    expect(state().userPermissions.get(userId)).toEqual([...before, ref]);
    expect((await t.call("GET", `/users/${enc(userId)}/permissions`, { query: { per_page: 100 } })).body).toContainEqual(view(ref));

    expect((await t.call("POST", `/users/${enc(userId)}/permissions`, { body: { permissions: [ref] } })).status).toBe(201);
    expect(state().userPermissions.get(userId)).toEqual([...before, ref]);

    const removed = await t.call("DELETE", `/users/${enc(userId)}/permissions`, { body: { permissions: [ref] } });
    expect(removed.status).toBe(204);
    expect(state().userPermissions.get(userId)).toEqual(before);
  });

  it("rejects an unknown API or an undefined permission with 400, assigning none of the batch", async () => {
    const userId = userWithPermissions(1);
    const before = [...state().userPermissions.get(userId)!];
    const good = permissionNotHeldBy(userId);
    const server = state().resourceServers[0]!;
    for (const bad of [
      { resource_server_identifier: "https://nowhere.example/", permission_name: server.scopes[0]!.value },
      { resource_server_identifier: server.identifier, permission_name: "fly:dragons" },
    ]) {
      const res = await t.call("POST", `/users/${enc(userId)}/permissions`, { body: { permissions: [good, bad] } });
      expect(res.status).toBe(400);
      expect(state().userPermissions.get(userId)).toEqual(before);
    }
  });

  it.each([
    ["no body", undefined],
    ["an empty list", { permissions: [] }],
    ["a missing permission_name", { permissions: [{ resource_server_identifier: "https://x/" }] }],
    ["an unknown property", { permissions: [], x: 1 }],
  ])("answers 400 invalid_body for %s", async (_name, body) => {
    const userId = userWithPermissions(1);
    const res = await t.call<RestError>("POST", `/users/${enc(userId)}/permissions`, { body });
    expect(res.status).toBe(400);
    expect(res.body.errorCode).toBe("invalid_body");
  });

  it("answers 404 for an unknown user and 403 without update:users", async () => {
    const ref = permissionNotHeldBy(userWithPermissions(1));
    for (const method of ["POST", "DELETE"]) {
      const res = await t.call(method, `/users/${enc("auth0|nobody")}/permissions`, { body: { permissions: [ref] } });
      expect(res.status).toBe(404);
      const denied = await t.call(method, `/users/${enc(userWithPermissions(1))}/permissions`, {
        scope: "read:users",
        body: { permissions: [ref] },
      });
      expect(denied.status).toBe(403);
    }
    expect(state().userPermissions.has("auth0|nobody")).toBe(false);
  });
});

describe("the direct permission cap", () => {
  let capped: TestEmulator;
  const userId = "auth0|capped";
  const api = "https://many.example/";

  beforeAll(async () => {
    const s = emptyState();
    addUser(s, userId);
    s.resourceServers.push({
      identifier: api,
      name: "Many",
      scopes: Array.from({ length: 1001 }, (_, n) => ({ value: `do:${n}`, description: `Do ${n}` })),
    });
    s.userPermissions.set(
      userId,
      Array.from({ length: 999 }, (_, n) => ({ resource_server_identifier: api, permission_name: `do:${n}` })),
    );
    capped = await startTestEmulator({ state: s });
  });
  afterAll(() => capped.close());

  it("assigns up to 1000, then answers 400 'No more permissions can be assigned'", async () => {
    const ref = (n: number) => ({ resource_server_identifier: api, permission_name: `do:${n}` });
    expect((await capped.call("POST", `/users/${enc(userId)}/permissions`, { body: { permissions: [ref(999)] } })).status).toBe(201);
    const res = await capped.call<RestError>("POST", `/users/${enc(userId)}/permissions`, { body: { permissions: [ref(1000)] } });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe("No more permissions can be assigned to this user");
    expect(capped.emulator.state.userPermissions.get(userId)).toHaveLength(1000);
    // Re-assigning a held permission adds nothing, so it is not refused.
    expect((await capped.call("POST", `/users/${enc(userId)}/permissions`, { body: { permissions: [ref(0)] } })).status).toBe(201);
  });
});
