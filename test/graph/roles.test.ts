import { getNamedType, isObjectType } from "graphql";
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

type RestRole = { id: string; name: string; description?: string };
type RestRoleUser = { user_id: string; email?: string; name?: string; picture?: string };

const asRole = (role: RestRole) => ({ id: role.id, name: role.name, description: role.description ?? null });

/** Every member of a role, as REST lists them (with the total). */
async function restRoleUsers(roleId: string) {
  const res = await t.rest<{ total: number; users: RestRoleUser[] }>(
    "GET",
    `/roles/${path(roleId)}/users?include_totals=true&per_page=100`,
  );
  expect(res.status).toBe(200);
  return res.body;
}

/** All roles with their member counts, as REST lists them. */
async function rolesWithMembers() {
  const roles = (await t.rest<{ roles: RestRole[] }>("GET", "/roles?include_totals=true&per_page=100")).body.roles;
  return Promise.all(roles.map(async (role) => ({ role, members: (await restRoleUsers(role.id)).users })));
}

/** A user holding at least `n` roles (REST answers which). */
async function userWithRoles(n: number): Promise<{ id: string; roles: RestRole[]; total: number }> {
  for (const [id, roleIds] of t.emulator.state.userRoles) {
    if (roleIds.length < n) continue;
    const res = await t.rest<{ total: number; roles: RestRole[] }>("GET", `/users/${path(id)}/roles?include_totals=true&per_page=100`);
    return { id, roles: res.body.roles, total: res.body.total };
  }
  throw new Error(`the seed has no user with ${n} roles`);
}

describe("Query.roles", () => {
  it("pages with first/after through every role exactly once, one upstream call per page", async () => {
    const rest = await t.rest<{ total: number; roles: RestRole[] }>("GET", "/roles?include_totals=true&per_page=100");
    expect(rest.body.roles.length).toBeGreaterThan(3);

    const seen: unknown[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      t.resetCalls();
      const res = await t.query(
        graphql(`
          query RolesRoles($after: String) {
            roles(first: 3, after: $after) {
              totalCount
              edges {
                cursor
                node {
                  id
                  name
                  description
                }
              }
              pageInfo {
                hasNextPage
                hasPreviousPage
                endCursor
              }
            }
          }
        `),
        { after },
      );
      expect(res.body.errors).toBeUndefined();
      expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles": 1 });
      const page = res.body.data!.roles;
      expect(page.totalCount).toBe(rest.body.total);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.edges.map((edge) => edge.node));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(3);
      after = page.pageInfo.endCursor as string | null;
    }
    expect(seen).toEqual(rest.body.roles.map(asRole));
    expect(pages).toBe(Math.ceil(rest.body.roles.length / 3));
  });

  it("asks for the total only when totalCount is selected", async () => {
    const rest = await t.rest<{ total: number; roles: RestRole[] }>("GET", "/roles?include_totals=true&per_page=100");

    t.resetCalls();
    const withoutTotal = await t.query(graphql(`query RolesRoles2 { roles(first: 2) { nodes { id } } }`));
    expect(withoutTotal.body.errors).toBeUndefined();
    expect(withoutTotal.body.data!.roles).toEqual({ nodes: rest.body.roles.slice(0, 2).map(({ id }) => ({ id })) });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles": 1 });

    t.resetCalls();
    const onlyTotal = await t.query(graphql(`query RolesRoles3 { roles { totalCount } }`));
    expect(onlyTotal.body).toEqual({ data: { roles: { totalCount: rest.body.total } } });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles": 1 });

    t.resetCalls();
    const both = await t.query(graphql(`query RolesRoles4 { roles(first: 2) { totalCount nodes { id } } }`));
    expect(both.body.data!.roles.totalCount).toBe(rest.body.total);
    expect(both.body.data!.roles.nodes).toEqual(rest.body.roles.slice(0, 2).map(({ id }) => ({ id })));
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles": 1 });
  });
});

describe("Query.role", () => {
  it("answers a role as REST does, in one call", async () => {
    const [listed] = (await t.rest<RestRole[]>("GET", "/roles?per_page=1")).body;
    const rest = await t.rest<RestRole>("GET", `/roles/${path(listed!.id)}`);
    t.resetCalls();
    const res = await t.query(graphql(`query RolesRole($id: ID!) { role(id: $id) { id name description } }`), { id: listed!.id });
    expect(res.body).toEqual({ data: { role: asRole(rest.body) } });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles/{id}": 1 });
  });

  it("is null, without an error, for an unknown id", async () => {
    const unknown = "rol_doesNotExist000";
    expect((await t.rest("GET", `/roles/${unknown}`)).status).toBe(404);
    const res = await t.query(graphql(`query RolesRole2($id: ID!) { role(id: $id) { id name } }`), { id: unknown });
    expect(res.body).toEqual({ data: { role: null } });
  });
});

describe("User.roles", () => {
  it("lists a user's roles as REST does, with the total", async () => {
    const user = await userWithRoles(2);
    t.resetCalls();
    const res = await t.query(
      graphql(`query RolesUserRoles($id: ID!) { user(id: $id) { id roles { totalCount nodes { id name description } } } }`),
      {
        id: user.id,
      },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.user!.roles).toEqual({ totalCount: user.total, nodes: user.roles.map(asRole) });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1, "GET /api/v2/users/{id}/roles": 1 });
  });

  it("pages one role at a time, each exactly once, one roles call per page", async () => {
    const user = await userWithRoles(2);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      t.resetCalls();
      const res = await t.query(
        graphql(`
          query RolesUserRoles2($id: ID!, $after: String) {
            user(id: $id) {
              roles(first: 1, after: $after) {
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
        { id: user.id, after },
      );
      expect(res.body.errors).toBeUndefined();
      expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1, "GET /api/v2/users/{id}/roles": 1 });
      const page = res.body.data!.user!.roles;
      seen.push(...page!.nodes.map((node) => node.id));
      if (!page!.pageInfo.hasNextPage) break;
      after = page!.pageInfo.endCursor as string | null;
    }
    expect(seen).toEqual(user.roles.map((role) => role.id));
  });

  it("is an empty connection for a user without roles", async () => {
    const id = [...t.emulator.state.users.keys()].find((userId) => !t.emulator.state.userRoles.get(userId)?.length)!;
    const rest = await t.rest<{ total: number; roles: RestRole[] }>("GET", `/users/${path(id)}/roles?include_totals=true`);
    const res = await t.query(graphql(`query RolesUserRoles3($id: ID!) { user(id: $id) { roles { totalCount nodes { id } } } }`), { id });
    expect(res.body).toEqual({ data: { user: { roles: { totalCount: rest.body.total, nodes: rest.body.roles } } } });
  });
});

describe("Role.users", () => {
  async function roleWithMembers(min: number) {
    const all = await rolesWithMembers();
    const found = all.find(({ members }) => members.length >= min);
    if (!found) throw new Error(`the seed has no role with ${min} members`);
    return found;
  }

  it("answers id/email/name/picture from the role's member list alone", async () => {
    const { role, members } = await roleWithMembers(3);
    t.resetCalls();
    const res = await t.query(
      graphql(`query RolesRoleUsers($id: ID!) { role(id: $id) { users(first: 100) { totalCount nodes { id email name picture } } } }`),
      {
        id: role.id,
      },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.role!.users).toEqual({
      totalCount: members.length,
      nodes: members.map((m) => ({ id: m.user_id, email: m.email ?? null, name: m.name ?? null, picture: m.picture ?? null })),
    });
    // The members come from a checkpoint page, which reports no total: totalCount is one offset call more.
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles/{id}/users": 2 });
  });

  it("loads the page's members in one batched user search when other user fields are selected", async () => {
    const { role, members } = await roleWithMembers(3);
    const page = members.slice(0, 3);
    const full = await Promise.all(
      page.map(async (m) => (await t.rest<{ last_login?: string; email?: string }>("GET", `/users/${path(m.user_id)}`)).body),
    );
    t.resetCalls();
    const res = await t.query(
      graphql(`query RolesRoleUsers2($id: ID!) { role(id: $id) { users(first: 3) { nodes { id email lastLogin } } } }`),
      { id: role.id },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.role!.users!.nodes).toEqual(
      page.map((m, i) => ({ id: m.user_id, email: m.email ?? null, lastLogin: full[i]!.last_login ?? null })),
    );
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles/{id}/users": 1, "GET /api/v2/users": 1 });
  });

  it("reads a single member with one GET /users/{id}", async () => {
    // Make a role hold exactly one member, through the Management API.
    const all = await rolesWithMembers();
    const { role, members } = all.filter(({ members }) => members.length > 0).sort((a, b) => a.members.length - b.members.length)[0]!;
    for (const extra of members.slice(1)) {
      expect((await t.rest("DELETE", `/users/${path(extra.user_id)}/roles`, { roles: [role.id] })).status).toBe(204);
    }
    const member = (await restRoleUsers(role.id)).users;
    expect(member).toHaveLength(1);
    const user = (await t.rest<{ logins_count?: number }>("GET", `/users/${path(member[0]!.user_id)}`)).body;

    t.resetCalls();
    const res = await t.query(graphql(`query RolesRoleUsers3($id: ID!) { role(id: $id) { users { nodes { id loginsCount } } } }`), {
      id: role.id,
    });
    expect(res.body).toEqual({
      data: { role: { users: { nodes: [{ id: member[0]!.user_id, loginsCount: user.logins_count ?? null }] } } },
    });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles/{id}/users": 1, "GET /api/v2/users/{id}": 1 });
  });

  it("pages through a role's members, each exactly once", async () => {
    const { role, members } = await roleWithMembers(3);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      t.resetCalls();
      const res = await t.query(
        graphql(`
          query RolesRoleUsers4($id: ID!, $after: String) {
            role(id: $id) {
              users(first: 2, after: $after) {
                edges {
                  cursor
                  node {
                    id
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          }
        `),
        { id: role.id, after },
      );
      expect(res.body.errors).toBeUndefined();
      expect(t.upstreamCalls()["GET /api/v2/roles/{id}/users"]).toBe(1);
      const page = res.body.data!.role!.users;
      seen.push(...page!.edges.map((edge) => edge.node.id));
      expect(page!.edges.at(-1)!.cursor).toBe(page!.pageInfo.endCursor);
      if (!page!.pageInfo.hasNextPage) break;
      // The last edge's cursor continues the list, as endCursor does.
      after = page!.edges.at(-1)!.cursor as string | null;
    }
    expect(seen).toEqual(members.map((m) => m.user_id));
  });
});

describe("scopes", () => {
  it("without read:roles, User.roles alone is FORBIDDEN and the user still resolves", async () => {
    const user = await userWithRoles(1);
    const rest = (await t.rest<{ email?: string }>("GET", `/users/${path(user.id)}`)).body;
    t.resetCalls();
    const res = await t.query(
      graphql(`query RolesUserRoles4($id: ID!) { user(id: $id) { id email roles { nodes { id } } } }`),
      { id: user.id },
      { scope: "read:users" },
    );
    expect(res.body.data).toEqual({ user: { id: user.id, email: rest.email ?? null, roles: null } });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({
      path: ["user", "roles"],
      extensions: { code: "FORBIDDEN", requiredScopes: ["read:roles"] },
    });
    expect(t.upstreamCalls()["GET /api/v2/users/{id}/roles"]).toBeUndefined();
  });

  it("without read:roles, Query.role is FORBIDDEN while a sibling field resolves", async () => {
    const user = await userWithRoles(1);
    const [role] = (await t.rest<RestRole[]>("GET", "/roles?per_page=1")).body;
    t.resetCalls();
    const res = await t.query(
      graphql(`query RolesUser($id: ID!, $role: ID!) { user(id: $id) { id } role(id: $role) { id } }`),
      { id: user.id, role: role!.id },
      { scope: "read:users" },
    );
    expect(res.body.data).toEqual({ user: { id: user.id }, role: null });
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["role"], "FORBIDDEN"]]);
    expect(Object.keys(t.upstreamCalls())).toEqual(["GET /api/v2/users/{id}"]);
  });

  it("without read:roles, Query.roles (RoleConnection!, as the contract types it) is FORBIDDEN with no upstream call", async () => {
    t.resetCalls();
    const res = await t.query(graphql(`query RolesRoles3 { roles { totalCount } }`), {}, { scope: "read:users" });
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.requiredScopes])).toEqual([
      [["roles"], "FORBIDDEN", ["read:roles"]],
    ]);
    expect(t.upstreamTotal()).toBe(0);
  });

  it("without read:users, Role.users alone is FORBIDDEN and the role still resolves", async () => {
    const [role] = (await t.rest<RestRole[]>("GET", "/roles?per_page=1")).body;
    t.resetCalls();
    const res = await t.query(
      graphql(`query RolesRoleUsers5($id: ID!) { role(id: $id) { id name users { nodes { id } } } }`),
      { id: role!.id },
      { scope: "read:roles" },
    );
    expect(res.body.data).toEqual({ role: { id: role!.id, name: role!.name, users: null } });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({
      path: ["role", "users"],
      extensions: { code: "FORBIDDEN", requiredScopes: ["read:users"] },
    });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/roles/{id}": 1 });
  });
});

describe("schema", () => {
  it("describes every type and field of roles", () => {
    for (const name of ["Role", "RoleConnection", "RoleEdge"]) {
      const type = schema.getType(name);
      expect(type?.description, name).toBeTruthy();
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      for (const field of Object.values(type.getFields())) expect(field.description, `${name}.${field.name}`).toBeTruthy();
    }
    const user = schema.getType("User");
    if (!isObjectType(user)) throw new Error("User is not an object type");
    expect(user.getFields().roles?.description).toBeTruthy();
    expect(getNamedType(user.getFields().roles!.type).name).toBe("RoleConnection");
    // Role.users shares the UserConnection type, so clients reuse their user-page fragments.
    const role = schema.getType("Role");
    if (!isObjectType(role)) throw new Error("Role is not an object type");
    expect(getNamedType(role.getFields().users!.type).name).toBe("UserConnection");
    expect(getNamedType(role.getFields().permissions!.type).name).toBe("PermissionConnection");
    expect(String(role.getFields().id!.type)).toBe("ID!");
    expect(String(role.getFields().name!.type)).toBe("String!");
    // Scope-checked lists are nullable: a FORBIDDEN or upstream failure costs that field, not its parent.
    expect(String(user.getFields().roles!.type)).toBe("RoleConnection");
    // Root connections are non-null, as the contract types them.
    expect(String(schema.getQueryType()!.getFields().roles!.type)).toBe("RoleConnection!");
  });
});
