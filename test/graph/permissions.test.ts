import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.js";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 50, seed: 3 } });
});
afterAll(() => t?.close());

const path = (id: string) => encodeURIComponent(id);

type RestPermission = { permission_name: string; resource_server_identifier: string; resource_server_name?: string; description?: string };

graphql(`fragment PermsPermission on Permission { permissionName resourceServerIdentifier resourceServerName description }`);
const USER_PERMISSION_PAGE = graphql(`query PermsUserPermissionPage($id: ID!, $after: String) {
  user(id: $id) { permissions(first: 1, after: $after) { edges { node { ...PermsPermission } } pageInfo { hasNextPage endCursor } } }
}`);
const ROLE_PERMISSION_PAGE = graphql(`query PermsRolePermissionPage($id: ID!, $after: String) {
  role(id: $id) { permissions(first: 2, after: $after) { nodes { ...PermsPermission } pageInfo { hasNextPage endCursor } } }
}`);
const asPermission = (p: RestPermission) => ({
  permissionName: p.permission_name,
  resourceServerIdentifier: p.resource_server_identifier,
  resourceServerName: p.resource_server_name ?? null,
  description: p.description ?? null,
});

async function restUserPermissions(id: string) {
  const res = await t.rest<{ total: number; permissions: RestPermission[] }>(
    "GET",
    `/users/${path(id)}/permissions?include_totals=true&per_page=100`,
  );
  expect(res.status).toBe(200);
  return res.body;
}

/** A user with at least `n` permissions of their own, granting more through the Management API when the seed has none. */
async function userWithPermissions(n: number): Promise<string> {
  for (const [id, permissions] of t.emulator.state.userPermissions) if (permissions.length >= n) return id;
  const id = [...t.emulator.state.users.keys()][0]!;
  const catalogue = t.emulator.state.resourceServers.flatMap((rs) =>
    rs.scopes.map((s) => ({ resource_server_identifier: rs.identifier, permission_name: s.value })),
  );
  expect((await t.rest("POST", `/users/${path(id)}/permissions`, { permissions: catalogue.slice(0, n) })).status).toBe(201);
  return id;
}

describe("User.permissions", () => {
  it("lists a user's permissions as REST does, with the total, in one call", async () => {
    const id = await userWithPermissions(2);
    const rest = await restUserPermissions(id);
    t.resetCalls();
    const res = await t.query(
      graphql(`query PermsUserPermissionList($id: ID!) { user(id: $id) { permissions { totalCount nodes { ...PermsPermission } } } }`),
      { id },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.user!.permissions).toEqual({ totalCount: rest.total, nodes: rest.permissions.map(asPermission) });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1, "GET /api/v2/users/{id}/permissions": 1 });
  });

  it("pages one permission at a time, each exactly once, one permissions call per page", async () => {
    const id = await userWithPermissions(2);
    const rest = await restUserPermissions(id);
    const seen: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      t.resetCalls();
      const res = await t.query(USER_PERMISSION_PAGE, { id, after });
      expect(res.body.errors).toBeUndefined();
      expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1, "GET /api/v2/users/{id}/permissions": 1 });
      const page = res.body.data!.user!.permissions!;
      seen.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor as string | null;
    }
    expect(seen).toEqual(rest.permissions.map(asPermission));
  });

  it("answers only totalCount with one call, and an empty list for a user without permissions", async () => {
    const id = [...t.emulator.state.users.keys()].find((userId) => !t.emulator.state.userPermissions.get(userId)?.length)!;
    const rest = await restUserPermissions(id);
    t.resetCalls();
    const res = await t.query(graphql(`query PermsUserPermissions($id: ID!) { user(id: $id) { permissions { totalCount } } }`), { id });
    expect(res.body).toEqual({ data: { user: { permissions: { totalCount: rest.total } } } });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1, "GET /api/v2/users/{id}/permissions": 1 });

    const list = await t.query(
      graphql(
        `query PermsUserPermissions2($id: ID!) { user(id: $id) { permissions { nodes { permissionName } pageInfo { hasNextPage } } } }`,
      ),
      {
        id,
      },
    );
    expect(list.body).toEqual({
      data: {
        user: {
          permissions: { nodes: rest.permissions.map((p) => ({ permissionName: p.permission_name })), pageInfo: { hasNextPage: false } },
        },
      },
    });
  });

  it("without read:users, a user reached through `me` keeps its fields and permissions alone is FORBIDDEN", async () => {
    const id = await userWithPermissions(1);
    const rest = (await t.rest<{ email?: string }>("GET", `/users/${path(id)}`)).body;
    t.resetCalls();
    const res = await t.query(
      graphql(`query PermsMePermissions { me { id email permissions { nodes { permissionName } } } }`),
      {},
      { scope: "read:current_user", sub: id },
    );
    expect(res.body.data).toEqual({ me: { id, email: rest.email ?? null, permissions: null } });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({
      path: ["me", "permissions"],
      extensions: { code: "FORBIDDEN", requiredScopes: ["read:users"] },
    });
    expect(t.upstreamCalls()["GET /api/v2/users/{id}/permissions"]).toBeUndefined();
  });
});

describe("Role.permissions", () => {
  it("lists every role's permissions as REST does", async () => {
    const roles = (await t.rest<{ id: string }[]>("GET", "/roles?per_page=100")).body;
    const rest = await Promise.all(
      roles.map(
        async (role) =>
          (
            await t.rest<{ total: number; permissions: RestPermission[] }>(
              "GET",
              `/roles/${role.id}/permissions?include_totals=true&per_page=100`,
            )
          ).body,
      ),
    );
    t.resetCalls();
    const res = await t.query(
      graphql(`query PermsRolePermissionLists {
        roles(first: 100) { nodes { id permissions(first: 100) { totalCount nodes { ...PermsPermission } } } }
      }`),
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.roles.nodes).toEqual(
      roles.map((role, i) => ({ id: role.id, permissions: { totalCount: rest[i]!.total, nodes: rest[i]!.permissions.map(asPermission) } })),
    );
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles": 1, "GET /api/v2/roles/{id}/permissions": roles.length });
  });

  it("pages a role's permissions, each exactly once, one call per page", async () => {
    const roles = (await t.rest<{ id: string }[]>("GET", "/roles?per_page=100")).body;
    const counts = await Promise.all(
      roles.map(async (role) => ({
        id: role.id,
        rest: (
          await t.rest<{ total: number; permissions: RestPermission[] }>(
            "GET",
            `/roles/${role.id}/permissions?include_totals=true&per_page=100`,
          )
        ).body,
      })),
    );
    const { id, rest } = counts.sort((a, b) => b.rest.total - a.rest.total)[0]!;
    expect(rest.total).toBeGreaterThan(2);
    const seen: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      t.resetCalls();
      const res = await t.query(ROLE_PERMISSION_PAGE, { id, after });
      expect(res.body.errors).toBeUndefined();
      expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles/{id}/permissions": 1 });
      const page = res.body.data!.role!.permissions!;
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor as string | null;
    }
    expect(seen).toEqual(rest.permissions.map(asPermission));
  });
});

describe("schema", () => {
  it("describes every type and field of permissions", () => {
    for (const name of ["Permission", "PermissionConnection", "PermissionEdge"]) {
      const type = schema.getType(name);
      expect(type?.description, name).toBeTruthy();
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      for (const field of Object.values(type.getFields())) expect(field.description, `${name}.${field.name}`).toBeTruthy();
    }
    const user = schema.getType("User");
    if (!isObjectType(user)) throw new Error("User is not an object type");
    expect(user.getFields().permissions?.description).toBeTruthy();
  });
});
