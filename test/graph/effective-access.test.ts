import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COST_HEADER } from "../../src/cost/plugin.js";
import { organizationMemberKey } from "../../src/emulator/state.js";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

// The per-user reads of issue 19: effective roles and permissions with their sources, groups,
// connected accounts, token sets, organization roles, one authentication method; and
// Organization.members and userBlocksByIdentifier.
let t: TestGateway;
const PLATFORM = "https://api.usergraph.dev/";

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 60, seed: 3 } });
});
afterAll(() => t?.close());

const state = () => t.emulator.state;
const sortedUsers = () => [...state().users.keys()].sort();
const groupRoleIds = (userId: string) => (state().userGroups.get(userId) ?? []).flatMap((m) => state().groupRoles.get(m.group_id) ?? []);
const effectiveRoleIds = (userId: string) => [...new Set([...(state().userRoles.get(userId) ?? []), ...groupRoleIds(userId)])].sort();
const inGroups = () => sortedUsers().filter((id) => groupRoleIds(id).length > 0);

/** Asserts `field` of the user `query` reads is FORBIDDEN for a caller holding `scope` alone, and nothing but the user was read. */
async function expectFieldForbidden<V>(
  query: TypedDocumentNode<{ user: Record<string, unknown> | null }, V>,
  variables: V,
  field: string,
  scope: string,
) {
  t.resetCalls();
  const res = await t.query(query, variables, { scope });
  expect(res.body.data!.user![field]).toBeNull();
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors![0]).toMatchObject({ path: ["user", field], extensions: { code: "FORBIDDEN" } });
  expect(Object.keys(t.upstreamCalls())).toEqual(["GET /api/v2/users/{id}"]);
}

describe("User.effectiveRoles", () => {
  it("lists direct and group roles with their sources, and the groups granting each", async () => {
    const userId = inGroups()[0]!;
    const res = await t.query(
      graphql(`
        query EffectiveUserEffectiveRoles($id: ID!) {
          user(id: $id) {
            effectiveRoles(first: 100) {
              nodes {
                id
                name
                sources
                sourceGroups {
                  id
                  name
                }
              }
            }
          }
        }
      `),
      { id: userId },
    );
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.user!.effectiveRoles!.nodes;
    expect(nodes.map((r: { id: string }) => r.id)).toEqual(effectiveRoleIds(userId));
    for (const role of nodes) {
      const direct = state().userRoles.get(userId)?.includes(role.id) ?? false;
      const granting = (state().userGroups.get(userId) ?? []).filter((m) => state().groupRoles.get(m.group_id)?.includes(role.id));
      expect(role.sources).toEqual([...(direct ? ["DIRECT"] : []), ...(granting.length > 0 ? ["GROUPS"] : [])]);
      expect(role.sourceGroups!.map((g: { id: string }) => g.id).sort()).toEqual(granting.map((m) => m.group_id).sort());
    }
  });

  it("is FORBIDDEN without read:user_effective_roles, and sourceGroups without read:user_role_source_groups", async () => {
    const userId = inGroups()[0]!;
    await expectFieldForbidden(
      graphql(`query EffectiveForbiddenEffectiveRoles($id: ID!) { user(id: $id) { id effectiveRoles { nodes { id } } } }`),
      { id: userId },
      "effectiveRoles",
      "read:users",
    );
    t.resetCalls();
    const res = await t.query(
      graphql(
        `query EffectiveUserEffectiveRoles2($id: ID!) { user(id: $id) { effectiveRoles(first: 1) { nodes { id sourceGroups { id } } } } }`,
      ),
      { id: userId },
      {
        scope: "read:users read:user_effective_roles",
      },
    );
    expect(res.body.errors![0]).toMatchObject({
      path: ["user", "effectiveRoles", "nodes", 0, "sourceGroups"],
      extensions: { code: "FORBIDDEN" },
    });
    expect(t.upstreamCalls()["GET /api/v2/users/{id}/effective-roles/sources/groups"]).toBeUndefined();
  });

  it("is null with the user for an unknown user, with no list call", async () => {
    t.resetCalls();
    const res = await t.query(
      graphql(`query EffectiveUserEffectiveRoles3 { user(id: "auth0|000000000000000000000000") { effectiveRoles { nodes { id } } } }`),
    );
    expect(res.body.data!.user).toBeNull();
    expect(Object.keys(t.upstreamCalls())).toEqual(["GET /api/v2/users/{id}"]);
  });

  it("users(first: 50) with effectiveRoles makes 51 calls", async () => {
    t.resetCalls();
    const res = await t.query(
      graphql(`query EffectiveUsers { users(first: 50) { nodes { id effectiveRoles { nodes { name } } } } }`),
      {},
      { headers: { [COST_HEADER]: "1" } },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.users.nodes).toHaveLength(50);
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users": 1, "GET /api/v2/users/{id}/effective-roles": 50 });
    expect(res.body.extensions!.cost).toMatchObject({ estimated: 51, upstreamCalls: 51 });
  });
});

describe("User.effectivePermissions", () => {
  it("lists one API's permissions with their sources, and the roles giving each", async () => {
    const userId = inGroups()[0]!;
    const res = await t.query(
      graphql(`
        query EffectiveUserEffectivePermissions($id: ID!, $api: String!) {
          user(id: $id) {
            effectivePermissions(resourceServerIdentifier: $api, first: 100) {
              nodes {
                resourceServerIdentifier
                resourceServerName
                permissionName
                sources
                sourceRoles(first: 100) {
                  nodes {
                    id
                    sources
                  }
                }
              }
            }
          }
        }
      `),
      { id: userId, api: PLATFORM },
    );
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.user!.effectivePermissions!.nodes;
    const viaRoles = effectiveRoleIds(userId).flatMap((id) => (state().rolePermissions.get(id) ?? []).map((p) => ({ ...p, role: id })));
    const names = [...new Set(viaRoles.filter((p) => p.resource_server_identifier === PLATFORM).map((p) => p.permission_name))];
    expect(nodes.length).toBeGreaterThan(0);
    for (const permission of nodes) {
      expect(permission).toMatchObject({ resourceServerIdentifier: PLATFORM, resourceServerName: "Usergraph Platform API" });
      const giving = viaRoles
        .filter((p) => p.resource_server_identifier === PLATFORM && p.permission_name === permission.permissionName)
        .map((p) => p.role);
      expect(permission.sourceRoles!.nodes.map((r: { id: string }) => r.id)).toEqual([...new Set(giving)].sort());
      if (names.includes(permission.permissionName)) expect(permission.sources).toContain("ROLES");
    }
  });

  it("is empty for an API the user holds nothing on, and refuses a blank identifier without a call", async () => {
    const userId = inGroups()[0]!;
    const empty = await t.query(
      graphql(`
        query EffectiveUserEffectivePermissions2($id: ID!) {
          user(id: $id) {
            effectivePermissions(resourceServerIdentifier: "https://nothing.example/") {
              nodes {
                permissionName
              }
            }
          }
        }
      `),
      { id: userId },
    );
    expect(empty.body.data!.user!.effectivePermissions!.nodes).toEqual([]);
    t.resetCalls();
    const blank = await t.query(
      graphql(`
        query EffectiveUserEffectivePermissions3($id: ID!) {
          user(id: $id) {
            effectivePermissions(resourceServerIdentifier: " ") {
              nodes {
                permissionName
              }
            }
          }
        }
      `),
      { id: userId },
    );
    expect(blank.body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(t.upstreamCalls()["GET /api/v2/users/{id}/effective-permissions"]).toBeUndefined();
  });

  it("is FORBIDDEN without read:user_effective_permissions, and sourceRoles without read:user_permission_source_roles", async () => {
    const userId = inGroups()[0]!;
    await expectFieldForbidden(
      graphql(`query EffectiveForbiddenEffectivePermissions($id: ID!, $api: String!) {
        user(id: $id) { id effectivePermissions(resourceServerIdentifier: $api) { nodes { permissionName } } }
      }`),
      { id: userId, api: PLATFORM },
      "effectivePermissions",
      "read:users read:user_effective_roles",
    );
    t.resetCalls();
    const res = await t.query(
      graphql(`query EffectiveUserEffectivePermissionSourceRoles($id: ID!, $api: String!) {
        user(id: $id) { effectivePermissions(resourceServerIdentifier: $api, first: 1) { nodes { sourceRoles { nodes { id } } } } }
      }`),
      { id: userId, api: PLATFORM },
      { scope: "read:users read:user_effective_permissions" },
    );
    expect(res.body.errors![0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    expect(t.upstreamCalls()["GET /api/v2/users/{id}/effective-permissions/sources/effective-roles"]).toBeUndefined();
  });
});

describe("User.groups, connectedAccounts, federatedConnectionTokenSets, organizationRoles, authenticationMethod", () => {
  it("groups: the user's groups with membership dates and totalCount", async () => {
    const userId = inGroups()[0]!;
    const memberships = state().userGroups.get(userId)!;
    const res = await t.query(
      graphql(
        `query EffectiveUserGroups($id: ID!) { user(id: $id) { groups(first: 10) { totalCount nodes { id name membershipCreatedAt } } } }`,
      ),
      { id: userId },
    );
    expect(res.body.data!.user!.groups).toEqual({
      totalCount: memberships.length,
      nodes: memberships.map((m) => ({
        id: m.group_id,
        name: state().groups.get(m.group_id)!.name,
        membershipCreatedAt: m.membership_created_at,
      })),
    });
    await expectFieldForbidden(
      graphql(`query EffectiveForbiddenGroups($id: ID!) { user(id: $id) { id groups { nodes { id } } } }`),
      { id: userId },
      "groups",
      "read:users read:roles",
    );
    const none = sortedUsers().find((id) => !state().userGroups.has(id))!;
    const empty = await t.query(graphql(`query EffectiveUserGroups2($id: ID!) { user(id: $id) { groups { totalCount nodes { id } } } }`), {
      id: none,
    });
    expect(empty.body.data!.user!.groups).toEqual({ totalCount: 0, nodes: [] });
  });

  it("connectedAccounts: checkpoint-paged, FORBIDDEN without read:users", async () => {
    const userId = sortedUsers().find((id) => (state().connectedAccounts.get(id)?.length ?? 0) > 0)!;
    const res = await t.query(
      graphql(`
        query EffectiveUserConnectedAccounts($id: ID!) {
          user(id: $id) {
            connectedAccounts {
              nodes {
                id
                connection
                strategy
                accessType
                scopes
                createdAt
              }
            }
          }
        }
      `),
      { id: userId },
    );
    expect(res.body.data!.user!.connectedAccounts!.nodes.map((a: { id: string }) => a.id)).toEqual(
      state()
        .connectedAccounts.get(userId)!
        .map((a) => a.id)
        .sort(),
    );
    expect(res.body.data!.user!.connectedAccounts!.nodes[0]!.accessType).toBe("offline");
    // Reading a user by id needs read:users already: its own user, through `me`, does not.
    t.resetCalls();
    const denied = await t.query(
      graphql(`query EffectiveMeConnectedAccounts { me { id connectedAccounts { nodes { id } } } }`),
      {},
      { scope: "read:current_user", sub: userId },
    );
    expect(denied.body.data!.me).toEqual({ id: userId, connectedAccounts: null });
    expect(denied.body.errors![0]).toMatchObject({ path: ["me", "connectedAccounts"], extensions: { code: "FORBIDDEN" } });
    expect(Object.keys(t.upstreamCalls())).toEqual(["GET /api/v2/users/{id}"]);
  });

  it("federatedConnectionTokenSets: metadata only, FORBIDDEN without read:federated_connections_tokens", async () => {
    const userId = sortedUsers().find((id) => (state().federatedTokenSets.get(id)?.length ?? 0) > 0)!;
    const res = await t.query(
      graphql(`
        query EffectiveUserFederatedConnectionTokenSets($id: ID!) {
          user(id: $id) {
            federatedConnectionTokenSets {
              id
              connection
              scope
              issuedAt
              expiresAt
              lastUsedAt
            }
          }
        }
      `),
      { id: userId },
    );
    expect(res.body.data!.user!.federatedConnectionTokenSets).toEqual(
      state()
        .federatedTokenSets.get(userId)!
        .map((s) => ({
          id: s.id,
          connection: s.connection,
          scope: s.scope,
          issuedAt: s.issued_at,
          expiresAt: s.expires_at,
          lastUsedAt: s.last_used_at,
        })),
    );
    const introspected = await t.query(
      graphql(`query EffectiveTypeFields { __type(name: "FederatedConnectionTokenSet") { fields { name } } }`),
    );
    for (const { name } of introspected.body.data!.__type!.fields!) expect(name.toLowerCase()).not.toMatch(/token$|secret|value/);
    await expectFieldForbidden(
      graphql(
        `query EffectiveForbiddenFederatedConnectionTokenSets($id: ID!) { user(id: $id) { id federatedConnectionTokenSets { id } } }`,
      ),
      { id: userId },
      "federatedConnectionTokenSets",
      "read:users",
    );
  });

  it("organizationRoles: the member's roles in one organization; Auth0's 404 for a non-member; FORBIDDEN without its scope", async () => {
    const [key, roles] = [...state().organizationMemberRoles].find(([, r]) => r.length > 0)!;
    const [orgId, userId] = key.split(" ") as [string, string];
    const res = await t.query(
      graphql(`
        query EffectiveUserOrganizationRoles($id: ID!, $org: ID!) {
          user(id: $id) {
            organizationRoles(organizationId: $org) {
              totalCount
              nodes {
                id
                name
              }
            }
          }
        }
      `),
      { id: userId, org: orgId },
    );
    expect(res.body.data!.user!.organizationRoles!.totalCount).toBe(roles.length);
    expect(res.body.data!.user!.organizationRoles!.nodes.map((r: { id: string }) => r.id)).toEqual(roles);
    const outsider = sortedUsers().find((id) => !state().organizationMembers.get(orgId)!.includes(id))!;
    const notMember = await t.query(
      graphql(`
        query EffectiveUserOrganizationRoles2($id: ID!, $org: ID!) {
          user(id: $id) {
            id
            organizationRoles(organizationId: $org) {
              nodes {
                id
              }
            }
          }
        }
      `),
      { id: outsider, org: orgId },
    );
    expect(notMember.body.data!.user).toEqual({ id: outsider, organizationRoles: null });
    expect(notMember.body.errors![0]!.extensions).toMatchObject({ code: "UPSTREAM_ERROR", upstream: { statusCode: 404 } });
    await expectFieldForbidden(
      graphql(`query EffectiveForbiddenOrganizationRoles($id: ID!, $org: ID!) {
        user(id: $id) { id organizationRoles(organizationId: $org) { nodes { id } } }
      }`),
      { id: userId, org: orgId },
      "organizationRoles",
      "read:users read:organizations read:organization_members",
    );
    expect(state().organizationMemberRoles.get(organizationMemberKey(orgId, userId))).toEqual(roles);
  });

  it("authenticationMethod: one method by id, null for an unknown one, FORBIDDEN without read:authentication_methods", async () => {
    const userId = sortedUsers().find((id) => (state().authenticationMethods.get(id)?.length ?? 0) > 0)!;
    const method = state().authenticationMethods.get(userId)![0]!;
    const res = await t.query(
      graphql(`query EffectiveUserAuthenticationMethod($id: ID!, $m: ID!) { user(id: $id) { authenticationMethod(id: $m) { id type } } }`),
      {
        id: userId,
        m: method.id,
      },
    );
    expect(res.body.data!.user!.authenticationMethod).toEqual({ id: method.id, type: method.type });
    const unknown = await t.query(
      graphql(`
        query EffectiveUserAuthenticationMethod2($id: ID!) {
          user(id: $id) {
            authenticationMethod(id: "email|dev_doesNotExist") {
              id
            }
          }
        }
      `),
      {
        id: userId,
      },
    );
    expect(unknown.body.errors).toBeUndefined();
    expect(unknown.body.data!.user!.authenticationMethod).toBeNull();
    await expectFieldForbidden(
      graphql(
        `query EffectiveForbiddenAuthenticationMethod($id: ID!, $m: ID!) { user(id: $id) { id authenticationMethod(id: $m) { id } } }`,
      ),
      { id: userId, m: method.id },
      "authenticationMethod",
      "read:users",
    );
  });
});

describe("Organization.members", () => {
  it("pages an organization's members as users by checkpoint, loading full users only when needed", async () => {
    const [orgId, members] = [...state().organizationMembers].find(([, m]) => m.length > 3)!;
    const sorted = [...members].sort();
    t.resetCalls();
    const first = await t.query(
      graphql(`
        query EffectiveOrganizationMembers($org: ID!) {
          organization(id: $org) {
            members(first: 2) {
              nodes {
                id
                email
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        }
      `),
      { org: orgId },
    );
    expect(first.body.data!.organization!.members!.nodes.map((u: { id: string }) => u.id)).toEqual(sorted.slice(0, 2));
    expect(first.body.data!.organization!.members!.pageInfo.hasNextPage).toBe(true);
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/organizations/{id}": 1, "GET /api/v2/organizations/{id}/members": 1 });
    const rest = await t.query(
      graphql(`
        query EffectiveOrganizationMembers2($org: ID!, $after: String) {
          organization(id: $org) {
            members(first: 100, after: $after) {
              nodes {
                id
                lastLogin
              }
            }
          }
        }
      `),
      {
        org: orgId,
        after: first.body.data!.organization!.members!.pageInfo.endCursor,
      },
    );
    expect(rest.body.data!.organization!.members!.nodes.map((u: { id: string }) => u.id)).toEqual(sorted.slice(2));
    expect(rest.body.data!.organization!.members!.nodes[0]!.lastLogin).toBe(state().users.get(sorted[2]!)!.last_login ?? null);
  });

  it("needs read:users as well to read more of the members than their rows carry", async () => {
    const orgId = [...state().organizationMembers].find(([, m]) => m.length > 0)![0];
    const scope = "read:organizations read:organization_members";
    const rows = await t.query(
      graphql(`
        query EffectiveOrganizationMembers3($org: ID!) {
          organization(id: $org) {
            members(first: 1) {
              nodes {
                id
                email
                name
                picture
              }
            }
          }
        }
      `),
      { org: orgId },
      { scope },
    );
    expect(rows.body.errors).toBeUndefined();
    t.resetCalls();
    const more = await t.query(
      graphql(`query EffectiveOrganizationMembers4($org: ID!) { organization(id: $org) { members(first: 1) { nodes { id lastLogin } } } }`),
      { org: orgId },
      { scope },
    );
    expect(more.body.errors![0]).toMatchObject({
      path: ["organization", "members"],
      extensions: { code: "FORBIDDEN", requiredScopes: ["read:users"] },
    });
    expect(t.upstreamCalls()["GET /api/v2/organizations/{id}/members"]).toBeUndefined();
    expect(t.upstreamCalls()["GET /api/v2/users"]).toBeUndefined();
  });

  it("is FORBIDDEN without read:organization_members, with no members call", async () => {
    const orgId = [...state().organizations.keys()][0]!;
    t.resetCalls();
    const res = await t.query(
      graphql(`query EffectiveOrganizationMembers5($org: ID!) { organization(id: $org) { id members { nodes { id } } } }`),
      { org: orgId },
      { scope: "read:organizations read:users read:organization_member_roles" },
    );
    expect(res.body.data!.organization).toEqual({ id: orgId, members: null });
    expect(res.body.errors![0]).toMatchObject({ path: ["organization", "members"], extensions: { code: "FORBIDDEN" } });
    expect(t.upstreamCalls()["GET /api/v2/organizations/{id}/members"]).toBeUndefined();
    const unknown = await t.query(
      graphql(`query EffectiveOrganizationMembers6 { organization(id: "org_doesNotExist0000") { members { nodes { id } } } }`),
    );
    expect(unknown.body.data!.organization).toBeNull();
  });
});

describe("Query.userBlocksByIdentifier", () => {
  it("lists the blocks under an identifier, empty for an unknown one, FORBIDDEN without read:users", async () => {
    const block = state().bruteForceBlocks[0]!;
    const res = await t.query(
      graphql(`query EffectiveUserBlocksByIdentifier($i: String!) { userBlocksByIdentifier(identifier: $i) { identifier ip connection } }`),
      {
        i: block.identifier,
      },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.userBlocksByIdentifier).toContainEqual({
      identifier: block.identifier,
      ip: block.ip ?? null,
      connection: block.connection,
    });
    const none = await t.query(
      graphql(`
        query EffectiveUserBlocksByIdentifier2 {
          userBlocksByIdentifier(
            identifier: "nobody@nowhere.example"
            considerBruteForceEnablement: true
          ) {
            identifier
          }
        }
      `),
    );
    expect(none.body.data!.userBlocksByIdentifier).toEqual([]);
    t.resetCalls();
    const denied = await t.query(
      graphql(`query EffectiveUserBlocksByIdentifier3($i: String!) { userBlocksByIdentifier(identifier: $i) { identifier } }`),
      { i: block.identifier },
      { scope: "update:users" },
    );
    expect(denied.body.errors![0]).toMatchObject({ path: ["userBlocksByIdentifier"], extensions: { code: "FORBIDDEN" } });
    expect(t.upstreamCalls()).toEqual({});
  });
});

describe("logs(sort) and roles(nameFilter)", () => {
  it("sorts a user's logs oldest first when asked", async () => {
    const userId = sortedUsers().find((id) => (state().logs.get(id)?.length ?? 0) > 2)!;
    const res = await t.query(
      graphql(`
        query EffectiveUserLogs($id: ID!) {
          user(id: $id) {
            asc: logs(sort: {field: DATE, direction: ASC}) {
              nodes {
                date
              }
            }
            desc: logs {
              nodes {
                date
              }
            }
          }
        }
      `),
      { id: userId },
    );
    const asc = res.body.data!.user!.asc!.nodes.map((l) => l.date);
    expect(asc).toEqual([...asc].sort());
    expect(asc[0]).toBe(state().logs.get(userId)![0]!.date);
    expect(res.body.data!.user!.desc!.nodes[0]!.date).toBe(state().logs.get(userId)!.at(-1)!.date);
  });

  it("filters roles by name", async () => {
    const res = await t.query(graphql(`query EffectiveRoles { roles(nameFilter: "billing") { totalCount nodes { name } } }`));
    expect(res.body.data!.roles.nodes.map((r: { name: string }) => r.name)).toEqual(["Billing Manager"]);
    expect(res.body.data!.roles.totalCount).toBe(1);
  });
});

describe("one operation selecting every new field of one user", () => {
  it("makes exactly one call per list and per source list item, as estimated", async () => {
    // A user with two effective roles (one through a group), two permissions on the platform API,
    // an organization role, a connected account, a token set and an authentication method.
    const userId = inGroups().find((id) => effectiveRoleIds(id).length >= 2)!;
    const orgId = [...state().organizations.keys()][0]!;
    if (!state().organizationMembers.get(orgId)!.includes(userId)) state().organizationMembers.get(orgId)!.push(userId);
    state().organizationMemberRoles.set(organizationMemberKey(orgId, userId), [effectiveRoleIds(userId)[0]!]);
    const database = state().connections[0]!;
    state().connectedAccounts.set(userId, [
      {
        id: "cac_test000000000001",
        connection: database.name,
        connection_id: database.id,
        strategy: "auth0",
        access_type: "offline",
        scopes: ["x"],
        created_at: "2025-01-01T00:00:00.000Z",
      },
    ]);
    state().federatedTokenSets.set(userId, [
      {
        id: "tset_test0000000001",
        connection: "github",
        scope: "repo",
        expires_at: null,
        issued_at: "2025-01-01T00:00:00.000Z",
        last_used_at: null,
      },
    ]);
    const methods = state().authenticationMethods.get(userId) ?? [];
    if (methods.length === 0) {
      state().authenticationMethods.set(userId, [
        { id: "email|dev_test00000000001", type: "email", email: "x@example.com", confirmed: true, created_at: "2025-01-01T00:00:00.000Z" },
      ]);
    }
    const methodId = state().authenticationMethods.get(userId)![0]!.id;

    t.resetCalls();
    const res = await t.query(
      graphql(`query EffectiveUserAuthenticationMethod3($id: ID!, $org: ID!, $m: ID!, $api: String!) { user(id: $id) {
        email
        authenticationMethod(id: $m) { id }
        effectiveRoles(first: 2) { nodes { id sourceGroups { id } } }
        effectivePermissions(resourceServerIdentifier: $api, first: 2) { nodes { permissionName sourceRoles(first: 5) { nodes { id } } } }
        groups(first: 5) { totalCount nodes { id } }
        connectedAccounts(first: 5) { nodes { id } }
        federatedConnectionTokenSets { id }
        organizationRoles(organizationId: $org, first: 5) { nodes { id } }
      } }`),
      { id: userId, org: orgId, m: methodId, api: PLATFORM },
      { headers: { [COST_HEADER]: "1" } },
    );
    expect(res.body.errors).toBeUndefined();
    const user = res.body.data!.user;
    expect(user!.effectiveRoles!.nodes).toHaveLength(2);
    expect(user!.effectivePermissions!.nodes).toHaveLength(2);
    expect(t.upstreamCalls()).toEqual({
      "GET /api/v2/users/{id}": 1,
      "GET /api/v2/users/{id}/authentication-methods/{authentication_method_id}": 1,
      "GET /api/v2/users/{id}/effective-roles": 1,
      "GET /api/v2/users/{id}/effective-roles/sources/groups": 2,
      "GET /api/v2/users/{id}/effective-permissions": 1,
      "GET /api/v2/users/{id}/effective-permissions/sources/effective-roles": 2,
      "GET /api/v2/users/{id}/groups": 1,
      "GET /api/v2/users/{id}/connected-accounts": 1,
      "GET /api/v2/users/{id}/federated-connections-tokensets": 1,
      "GET /api/v2/organizations/{id}/members/{user_id}/roles": 1,
    });
    expect(res.body.extensions!.cost).toMatchObject({ estimated: 12, upstreamCalls: 12 });
  });
});
