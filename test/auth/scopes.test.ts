import { isObjectType, type GraphQLField, type GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { schema } from "../../src/schema/index.js";
import type { Job, User } from "../../src/upstream/types.js";
import { startTestGateway, type GraphQLResponse, type TestGateway } from "../support/gateway.js";
import { sampleOperation } from "./sample-operation.js";

// Authorization is per field, with the Management API's own scope names. The tables below are the
// specification (the issue's, and the contract's `security` of the endpoint each field calls); the
// tests check the schema against them in both directions, so a new root field cannot land without
// an entry here, and check that every guarded field refuses a caller without its scope — FORBIDDEN
// on that field, naming the scope, with no upstream call for it — and admits one with it.

/** Root fields: the scopes any one of which lets a caller call it (for its general case). */
const ROOT_SCOPES: Record<string, string[]> = {
  "Query.user": ["read:users"],
  "Query.users": ["read:users"],
  "Query.usersByIds": ["read:users"],
  "Query.usersByEmail": ["read:users"],
  "Query.me": ["read:current_user", "read:users"],
  "Query.role": ["read:roles"],
  "Query.roles": ["read:roles"],
  "Query.organization": ["read:organizations"],
  "Query.session": ["read:sessions"],
  "Query.refreshToken": ["read:refresh_tokens"],
  "Mutation.createUser": ["create:users"],
  // With another user's id and an input that is not appMetadata-only (see the self-service tests).
  "Mutation.updateUser": ["update:users"],
  "Mutation.deleteUser": ["delete:users"],
  "Mutation.updateMe": ["update:current_user_metadata", "update:users"],
  "Mutation.linkUserIdentity": ["update:users"],
  "Mutation.unlinkUserIdentity": ["update:users"],
  "Mutation.assignUserRoles": ["create:role_members", "update:users"],
  "Mutation.removeUserRoles": ["delete:role_members", "update:users"],
  "Mutation.assignUserPermissions": ["update:users"],
  "Mutation.removeUserPermissions": ["update:users"],
  "Mutation.unblockUser": ["update:users"],
  "Mutation.unblockUserByIdentifier": ["update:users"],
  "Mutation.revokeUserSessions": ["delete:sessions"],
  "Mutation.revokeUserRefreshTokens": ["delete:refresh_tokens"],
  "Mutation.deleteUserAuthenticators": ["delete:guardian_enrollments"],
  "Mutation.deleteUserMultifactorProvider": ["update:users"],
  "Mutation.invalidateUserRememberBrowser": ["update:users"],
  "Mutation.regenerateUserRecoveryCode": ["update:users"],
  "Mutation.createUserAuthenticationMethod": ["create:authentication_methods"],
  "Mutation.updateUserAuthenticationMethod": ["update:authentication_methods"],
  "Mutation.replaceUserAuthenticationMethods": ["update:authentication_methods"],
  "Mutation.deleteUserAuthenticationMethod": ["delete:authentication_methods"],
  "Query.userBlocksByIdentifier": ["read:users"],
  "Mutation.deleteUserAuthenticationMethods": ["delete:authentication_methods"],
  "Mutation.revokeUserAccess": ["delete:sessions", "delete:refresh_tokens"],
  "Mutation.revokeRefreshToken": ["delete:refresh_tokens"],
  "Mutation.clearUserRiskAssessments": ["update:users"],
  "Mutation.deleteUserFederatedConnectionTokenSet": ["delete:federated_connections_tokens"],
  "Mutation.addOrganizationMembers": ["create:organization_members"],
  "Mutation.removeOrganizationMembers": ["delete:organization_members"],
  "Mutation.assignOrganizationMemberRoles": ["create:organization_member_roles"],
  "Mutation.removeOrganizationMemberRoles": ["delete:organization_member_roles"],
  "Query.job": ["read:users", "create:users"],
  "Mutation.exportUsers": ["read:users"],
  "Mutation.importUsers": ["create:users"],
  "Mutation.sendVerificationEmail": ["update:users"],
  "Mutation.createPasswordChangeTicket": ["create:user_tickets"],
  "Mutation.createEmailVerificationTicket": ["create:user_tickets"],
  "Mutation.assignRoleUsers": ["update:roles", "create:role_members"],
  "Mutation.deleteSession": ["delete:sessions"],
  "Mutation.updateSession": ["update:sessions"],
  "Mutation.updateRefreshToken": ["update:refresh_tokens"],
  "Mutation.revokeRefreshTokens": ["delete:refresh_tokens"],
};

/** Root fields that need every one of their scopes (the contract's "+"): revoking a session takes its refresh tokens too. */
const ALL_OF_ROOT_SCOPES: Record<string, string[]> = {
  "Mutation.revokeSession": ["delete:sessions", "delete:refresh_tokens"],
};

/** Root fields that read nothing upstream, or guard themselves (federation's `_entities`: tested below). */
const UNGUARDED_ROOTS = new Set(["Query._service", "Query._entities"]);

/** Nested fields that reach upstream: their scopes (any one suffices). Write payloads' `user`: PAYLOAD_USER_SCOPES. */
const NESTED_SCOPES: Record<string, string[]> = {
  "User.roles": ["read:roles"],
  "User.permissions": ["read:users"],
  "User.organizations": ["read:organizations"],
  "User.logs": ["read:logs", "read:logs_users"],
  "User.sessions": ["read:sessions"],
  "User.refreshTokens": ["read:refresh_tokens"],
  "User.authenticationMethods": ["read:authentication_methods"],
  "User.enrollments": ["read:users", "read:current_user"],
  "User.blockedFor": ["read:users"],
  "Role.users": ["read:users"],
  "Role.permissions": ["read:roles"],
  "Session.user": ["read:users"],
  "RefreshToken.user": ["read:users"],
  "RefreshToken.session": ["read:sessions"],
  "User.authenticationMethod": ["read:authentication_methods"],
  "User.effectiveRoles": ["read:user_effective_roles"],
  "User.effectivePermissions": ["read:user_effective_permissions"],
  "User.groups": ["read:groups"],
  "User.connectedAccounts": ["read:users"],
  "User.federatedConnectionTokenSets": ["read:federated_connections_tokens"],
  "User.organizationRoles": ["read:organization_member_roles"],
  "EffectiveRole.sourceGroups": ["read:user_role_source_groups"],
  "EffectivePermission.sourceRoles": ["read:user_permission_source_roles"],
  "Organization.members": ["read:organization_members"],
  "UsersExportJob.users": ["read:users"],
  "UsersImportJob.errors": ["create:users"],
  "AssignRoleUsersPayload.role": ["read:roles"],
  // Answered by the write (no call of their own), but guarded like a read of what they show.
  "UpdateSessionPayload.session": ["read:sessions"],
  "UpdateRefreshTokenPayload.refreshToken": ["read:refresh_tokens"],
};
/** Subscription fields: checked when the subscription is created (over SSE: test/graph/jobs.test.ts). */
const SUBSCRIPTION_SCOPES: Record<string, string[]> = {
  "Subscription.jobProgress": ["read:users", "create:users"],
};
/** Every `…Payload.user` is guarded like a read of that user: by whose user it is. */
const PAYLOAD_USER_SCOPES = { own: ["read:current_user", "read:users"], other: ["read:users"] };

type AuthScopes =
  | { scope?: string; anyScope?: readonly string[]; allScopes?: readonly string[] }
  | ((...args: unknown[]) => unknown)
  | undefined;

/** The field's declared scope-auth (Pothos keeps the field's options in its extensions). */
function declaredScopes(field: GraphQLField<unknown, unknown>): AuthScopes {
  return (field.extensions as { pothosOptions?: { authScopes?: AuthScopes } }).pothosOptions?.authScopes;
}

const rootFields = (type: GraphQLObjectType | null | undefined) =>
  Object.values(type?.getFields() ?? {}).map((field) => ({
    coordinate: `${type!.name}.${field.name}`,
    operation: type!.name === "Query" ? ("query" as const) : ("mutation" as const),
    field,
  }));
const ROOTS = [...rootFields(schema.getQueryType()), ...rootFields(schema.getMutationType())].filter(
  (root) => !UNGUARDED_ROOTS.has(root.coordinate),
);

let t: TestGateway;
/** A user with sessions and refresh tokens: the self of self-service callers. */
let self: string;
/** Another user. */
let other: string;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 30, seed: 9 } });
  const state = t.emulator.state;
  self = [...state.users.keys()].find((id) => (state.sessions.get(id)?.length ?? 0) > 0 && (state.refreshTokens.get(id)?.length ?? 0) > 0)!;
  other = [...state.users.keys()].find((id) => id !== self)!;
  expect(self).toBeDefined();
});
afterAll(() => t?.close());

/** Sends an operation as a caller holding exactly `scopes` (none when empty), with `sub`. */
async function as<T = Record<string, unknown>>(
  scopes: readonly string[],
  query: string,
  variables: Record<string, unknown> = {},
  sub = self,
): Promise<GraphQLResponse<T>> {
  const token = await t.token({ scope: scopes.join(" "), sub });
  return t.query<T>(query, variables, { token });
}

const forbiddenAt = (res: GraphQLResponse, path: (string | number)[]) =>
  res.body.errors?.find((error) => error.extensions?.code === "FORBIDDEN" && JSON.stringify(error.path) === JSON.stringify(path));

/** The scopes a FORBIDDEN error names (it fails the test when the error has none). */
function requiredScopesOf(error: { extensions?: Record<string, unknown> } | undefined): string[] {
  const scopes = error?.extensions?.requiredScopes;
  if (!Array.isArray(scopes) || !scopes.every((scope): scope is string => typeof scope === "string")) {
    throw new Error(`the error names no requiredScopes: ${JSON.stringify(error)}`);
  }
  return scopes;
}

describe("the scope tables", () => {
  it("name every root field (but _service and _entities), and no field that does not exist", () => {
    const inSchema = ROOTS.map((root) => root.coordinate).sort();
    expect(inSchema).toEqual([...Object.keys(ROOT_SCOPES), ...Object.keys(ALL_OF_ROOT_SCOPES)].sort());
  });

  it("agree with every static scope-auth declaration, nested fields included", () => {
    const declared: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        const scopes = declaredScopes(field);
        if (scopes === undefined || typeof scopes === "function") continue;
        const coordinate = `${type.name}.${field.name}`;
        if (scopes.allScopes) {
          expect([...scopes.allScopes].sort(), coordinate).toEqual([...(ALL_OF_ROOT_SCOPES[coordinate] ?? [])].sort());
          continue;
        }
        declared[coordinate] = [...(scopes.anyScope ?? [scopes.scope!])].sort();
      }
    }
    for (const [coordinate, scopes] of Object.entries(declared)) {
      const expected = ROOT_SCOPES[coordinate] ?? NESTED_SCOPES[coordinate] ?? SUBSCRIPTION_SCOPES[coordinate];
      expect(expected, `${coordinate} is guarded by ${scopes.join(" | ")} but is not in the scope tables`).toBeDefined();
      expect(scopes, coordinate).toEqual([...expected!].sort());
    }
    for (const coordinate of Object.keys(NESTED_SCOPES)) expect(declared[coordinate], `${coordinate} declares no scopes`).toBeDefined();
  });

  it("guard every write payload's user like a read of that user: read:users, or read:current_user for the caller's own", async () => {
    const payloadUsers = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && type.name.endsWith("Payload") && "user" in type.getFields())
      .map((type) => ({ coordinate: `${type.name}.user`, scopes: declaredScopes(type.getFields().user!) }));
    expect(payloadUsers.length).toBeGreaterThan(0);
    const caller = { caller: { sub: "auth0|me" } };
    for (const { coordinate, scopes } of payloadUsers) {
      expect(typeof scopes, coordinate).toBe("function");
      const guard = scopes as (...args: unknown[]) => Promise<{ anyScope: string[] } | boolean> | { anyScope: string[] } | boolean;
      const own = (await guard({ userId: "auth0|me", userErrors: [] }, {}, caller)) as { anyScope: string[] };
      const other = (await guard({ userId: "auth0|other", userErrors: [] }, {}, caller)) as { anyScope: string[] };
      expect([...own.anyScope].sort(), coordinate).toEqual(PAYLOAD_USER_SCOPES.own);
      expect([...other.anyScope].sort(), coordinate).toEqual(PAYLOAD_USER_SCOPES.other);
    }
  });

  it("leave no root field without scope auth", () => {
    for (const { coordinate, field } of ROOTS) expect(declaredScopes(field), coordinate).toBeDefined();
  });
});

describe("every root field, for a caller without any scope", () => {
  it.each(ROOTS.map((root) => ({ ...root, name: root.coordinate })))(
    "$name → FORBIDDEN naming its scopes, no upstream call",
    async ({ operation, field, coordinate }) => {
      const { query, variables } = sampleOperation(operation, field);
      t.resetCalls();
      const res = await as([], query, variables);
      const error = forbiddenAt(res, [field.name]);
      expect(error, JSON.stringify(res.body)).toBeDefined();
      const scopes = ROOT_SCOPES[coordinate] ?? ALL_OF_ROOT_SCOPES[coordinate]!;
      expect([...requiredScopesOf(error)].sort()).toEqual([...scopes].sort());
      for (const scope of scopes) expect(error!.message).toContain(scope);
      expect(t.upstreamCalls()).toEqual({});
    },
  );
});

describe("every root field, for a caller with only one of its scopes", () => {
  const cases = ROOTS.flatMap((root) => {
    const allOf = ALL_OF_ROOT_SCOPES[root.coordinate];
    if (allOf) return [{ ...root, scopes: allOf, name: `${root.coordinate} with ${allOf.join(" and ")}` }];
    return ROOT_SCOPES[root.coordinate]!.map((scope) => ({ ...root, scopes: [scope], name: `${root.coordinate} with ${scope}` }));
  });
  it.each(cases)("$name → not FORBIDDEN", async ({ operation, field, scopes }) => {
    const { query, variables } = sampleOperation(operation, field);
    // The caller is `other` here: the sample ids name nobody, so writes find nothing to change.
    const res = await as(scopes, query, variables, other);
    expect(res.body.errors?.filter((error) => error.extensions?.code === "FORBIDDEN") ?? []).toEqual([]);
  });

  it.each(
    Object.entries(ALL_OF_ROOT_SCOPES).flatMap(([coordinate, scopes]) =>
      scopes.map((scope) => ({ coordinate, scope, name: `${coordinate} with ${scope} alone` })),
    ),
  )("$name → FORBIDDEN, no upstream call", async ({ coordinate, scope }) => {
    const root = ROOTS.find((r) => r.coordinate === coordinate)!;
    const { query, variables } = sampleOperation(root.operation, root.field);
    t.resetCalls();
    const res = await as([scope], query, variables, other);
    expect(forbiddenAt(res, [root.field.name]), JSON.stringify(res.body)).toBeDefined();
    expect(t.upstreamCalls()).toEqual({});
  });
});

describe("federation's _entities", () => {
  it.each([
    { typename: "User", key: () => ({ id: self }), scope: "read:users" },
    { typename: "Role", key: () => ({ id: [...t.emulator.state.roles.keys()][0] }), scope: "read:roles" },
    { typename: "Organization", key: () => ({ id: [...t.emulator.state.organizations.keys()][0] }), scope: "read:organizations" },
  ])(
    "refuses a $typename reference without $scope (FORBIDDEN, no upstream call) and resolves it with",
    async ({ typename, key, scope }) => {
      const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }`;
      const variables = { representations: [{ __typename: typename, ...key() }] };
      t.resetCalls();
      const denied = await as(["read:current_user"], query, variables);
      expect(denied.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(denied.body.data?._entities).toEqual([null]);
      expect(t.upstreamCalls()).toEqual({});

      const allowed = await as([scope], query, variables);
      expect(allowed.body).toEqual({ data: { _entities: [{ __typename: typename }] } });
    },
  );
});

/**
 * Nested fields, each reached through a parent the caller may read (`parent` scopes) while lacking
 * every scope of the field: FORBIDDEN at the field, its endpoint never called; with one of them, the
 * endpoint is called and the field answers.
 */
describe("every nested field that reaches upstream", () => {
  const sessionOf = () => t.emulator.state.sessions.get(self)![0]!.id;
  const refreshTokenOf = () => t.emulator.state.refreshTokens.get(self)![0]!.id;
  const firstRole = () => [...t.emulator.state.roles.keys()][0]!;
  const PLATFORM = "https://api.usergraph.dev/";
  /** Gives `self` a role carrying a platform permission, so its effective lists have items. */
  const withPlatformRole = () => {
    const state = t.emulator.state;
    const role = [...state.roles.keys()].find((id) =>
      state.rolePermissions.get(id)?.some((p) => p.resource_server_identifier === PLATFORM),
    )!;
    if (!state.userRoles.get(self)?.includes(role)) state.userRoles.set(self, [...(state.userRoles.get(self) ?? []), role]);
    return {};
  };
  /** An organization `self` is a member of (made one of the first when it is in none). */
  const selfOrganization = () => {
    const state = t.emulator.state;
    const found = [...state.organizationMembers].find(([, members]) => members.includes(self));
    if (found) return { org: found[0] };
    const [org, members] = [...state.organizationMembers][0]!;
    members.push(self);
    return { org };
  };
  const jobs = { export: "", import: "" };
  beforeAll(async () => {
    jobs.export = (await t.rest<{ id: string }>("POST", "/jobs/users-exports", { fields: [{ name: "user_id" }] })).body.id;
    const form = new FormData();
    form.set("users", new Blob([JSON.stringify([{ email: "scopes.import@example.org" }])]), "users.json");
    form.set("connection_id", t.emulator.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!.id);
    const token = await t.emulator.mintToken({ scope: "create:users read:users" });
    const created = await fetch(`${t.emulator.url}/api/v2/jobs/users-imports`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    jobs.import = ((await created.json()) as { id: string }).id;
    for (const id of Object.values(jobs)) {
      await vi.waitFor(async () => expect((await t.rest<Job>("GET", `/jobs/${id}`)).body.status).toBe("completed"), {
        timeout: 20_000,
        interval: 20,
      });
    }
  });

  /** `parentCalls`: calls of `route` the parent itself makes (a job read by `job(id)`, then again by its `users`). */
  const cases: {
    coordinate: string;
    query: string;
    variables?: () => Record<string, unknown>;
    parent: string[];
    path: (string | number)[];
    route: string;
    parentCalls?: number;
  }[] = [
    {
      coordinate: "User.roles",
      query: "{ me { roles { totalCount } } }",
      parent: ["read:current_user"],
      path: ["me", "roles"],
      route: "GET /api/v2/users/{id}/roles",
    },
    {
      coordinate: "User.permissions",
      query: "{ me { permissions { totalCount } } }",
      parent: ["read:current_user"],
      path: ["me", "permissions"],
      route: "GET /api/v2/users/{id}/permissions",
    },
    {
      coordinate: "User.organizations",
      query: "{ me { organizations { totalCount } } }",
      parent: ["read:current_user"],
      path: ["me", "organizations"],
      route: "GET /api/v2/users/{id}/organizations",
    },
    {
      coordinate: "User.logs",
      query: "{ me { logs(first: 1) { nodes { __typename } } } }",
      parent: ["read:current_user"],
      path: ["me", "logs"],
      route: "GET /api/v2/users/{id}/logs",
    },
    {
      coordinate: "User.sessions",
      query: "{ me { sessions(first: 1) { nodes { id } } } }",
      parent: ["read:current_user"],
      path: ["me", "sessions"],
      route: "GET /api/v2/users/{user_id}/sessions",
    },
    {
      coordinate: "User.refreshTokens",
      query: "{ me { refreshTokens(first: 1) { nodes { id } } } }",
      parent: ["read:current_user"],
      path: ["me", "refreshTokens"],
      route: "GET /api/v2/users/{user_id}/refresh-tokens",
    },
    {
      coordinate: "User.authenticationMethods",
      query: "{ me { authenticationMethods { totalCount } } }",
      parent: ["read:current_user"],
      path: ["me", "authenticationMethods"],
      route: "GET /api/v2/users/{id}/authentication-methods",
    },
    {
      coordinate: "User.blockedFor",
      query: "{ me { blockedFor { __typename } } }",
      parent: ["read:current_user"],
      path: ["me", "blockedFor"],
      route: "GET /api/v2/user-blocks/{id}",
    },
    {
      coordinate: "Role.users",
      query: "query($id: ID!) { role(id: $id) { users { totalCount } } }",
      variables: () => ({ id: firstRole() }),
      parent: ["read:roles"],
      path: ["role", "users"],
      route: "GET /api/v2/roles/{id}/users",
    },
    {
      coordinate: "Session.user",
      query: "query($id: ID!) { session(id: $id) { user { email } } }",
      variables: () => ({ id: sessionOf() }),
      parent: ["read:sessions"],
      path: ["session", "user"],
      route: "GET /api/v2/users/{id}",
    },
    {
      coordinate: "RefreshToken.user",
      query: "query($id: ID!) { refreshToken(id: $id) { user { email } } }",
      variables: () => ({ id: refreshTokenOf() }),
      parent: ["read:refresh_tokens"],
      path: ["refreshToken", "user"],
      route: "GET /api/v2/users/{id}",
    },
    {
      coordinate: "AssignRoleUsersPayload.role",
      query: "mutation($roleId: ID!, $userIds: [ID!]!) { assignRoleUsers(roleId: $roleId, userIds: $userIds) { role { name } } }",
      variables: () => ({ roleId: firstRole(), userIds: [other] }),
      parent: ["create:role_members"],
      path: ["assignRoleUsers", "role"],
      route: "GET /api/v2/roles/{id}",
    },
    {
      coordinate: "UsersExportJob.users",
      query: "query($id: ID!) { job(id: $id) { ... on UsersExportJob { users(first: 1) { nodes { id } } } } }",
      variables: () => ({ id: jobs.export }),
      parent: ["create:users"],
      path: ["job", "users"],
      route: "GET /api/v2/jobs/{id}",
      parentCalls: 1,
    },
    {
      coordinate: "UsersImportJob.errors",
      query: "query($id: ID!) { job(id: $id) { ... on UsersImportJob { errors { email } } } }",
      variables: () => ({ id: jobs.import }),
      parent: ["read:users"],
      path: ["job", "errors"],
      route: "GET /api/v2/jobs/{id}/errors",
    },
    {
      coordinate: "RefreshToken.session",
      query: "query($id: ID!) { refreshToken(id: $id) { session { id } } }",
      variables: () => ({ id: refreshTokenOf() }),
      parent: ["read:refresh_tokens"],
      path: ["refreshToken", "session"],
      route: "GET /api/v2/sessions/{id}",
    },
    {
      coordinate: "User.authenticationMethod",
      query: `{ me { authenticationMethod(id: "email|dev_none") { id } } }`,
      parent: ["read:current_user"],
      path: ["me", "authenticationMethod"],
      route: "GET /api/v2/users/{id}/authentication-methods/{authentication_method_id}",
    },
    {
      coordinate: "User.effectiveRoles",
      query: "{ me { effectiveRoles { nodes { id } } } }",
      parent: ["read:current_user"],
      path: ["me", "effectiveRoles"],
      route: "GET /api/v2/users/{id}/effective-roles",
    },
    {
      coordinate: "User.effectivePermissions",
      query: `{ me { effectivePermissions(resourceServerIdentifier: "${PLATFORM}") { nodes { permissionName } } } }`,
      parent: ["read:current_user"],
      path: ["me", "effectivePermissions"],
      route: "GET /api/v2/users/{id}/effective-permissions",
    },
    {
      coordinate: "User.groups",
      query: "{ me { groups { totalCount } } }",
      parent: ["read:current_user"],
      path: ["me", "groups"],
      route: "GET /api/v2/users/{id}/groups",
    },
    {
      coordinate: "User.connectedAccounts",
      query: "{ me { connectedAccounts { nodes { id } } } }",
      parent: ["read:current_user"],
      path: ["me", "connectedAccounts"],
      route: "GET /api/v2/users/{id}/connected-accounts",
    },
    {
      coordinate: "User.federatedConnectionTokenSets",
      query: "{ me { federatedConnectionTokenSets { id } } }",
      parent: ["read:current_user"],
      path: ["me", "federatedConnectionTokenSets"],
      route: "GET /api/v2/users/{id}/federated-connections-tokensets",
    },
    {
      coordinate: "User.organizationRoles",
      query: "query($org: ID!) { me { organizationRoles(organizationId: $org) { totalCount } } }",
      variables: selfOrganization,
      parent: ["read:current_user"],
      path: ["me", "organizationRoles"],
      route: "GET /api/v2/organizations/{id}/members/{user_id}/roles",
    },
    {
      coordinate: "EffectiveRole.sourceGroups",
      query: "{ me { effectiveRoles(first: 1) { nodes { sourceGroups { id } } } } }",
      variables: withPlatformRole,
      parent: ["read:current_user", "read:user_effective_roles"],
      path: ["me", "effectiveRoles", "nodes", 0, "sourceGroups"],
      route: "GET /api/v2/users/{id}/effective-roles/sources/groups",
    },
    {
      coordinate: "EffectivePermission.sourceRoles",
      query:
        `{ me { effectivePermissions(resourceServerIdentifier: "${PLATFORM}", first: 1) { nodes { ` +
        `sourceRoles { nodes { id } } } } } }`,
      variables: withPlatformRole,
      parent: ["read:current_user", "read:user_effective_permissions"],
      path: ["me", "effectivePermissions", "nodes", 0, "sourceRoles"],
      route: "GET /api/v2/users/{id}/effective-permissions/sources/effective-roles",
    },
    {
      coordinate: "Organization.members",
      query: "query($org: ID!) { organization(id: $org) { members(first: 1) { nodes { id } } } }",
      variables: selfOrganization,
      parent: ["read:organizations"],
      path: ["organization", "members"],
      route: "GET /api/v2/organizations/{id}/members",
    },
  ];

  it("cover every nested field of the table but those whose every parent needs one of their own scopes", () => {
    // Role.permissions: its parent needs read:roles. User.enrollments: every user (payloads' included)
    // needs read:users or read:current_user.
    // The update payloads' session and refresh token: answered by the write, so no call to count here
    // (their guard is tested beside the mutations, in test/graph/session- and refresh-token-mutations).
    const unreachable = ["Role.permissions", "User.enrollments", "UpdateSessionPayload.session", "UpdateRefreshTokenPayload.refreshToken"];
    expect(cases.map((c) => c.coordinate).sort()).toEqual(
      Object.keys(NESTED_SCOPES)
        .filter((c) => !unreachable.includes(c))
        .sort(),
    );
  });

  it.each(cases.map((c) => ({ ...c, name: c.coordinate })))(
    "$name: FORBIDDEN without its scope (its endpoint not called), answered with it",
    async ({ coordinate, query, variables, parent, path, route, parentCalls }) => {
      const vars = variables?.() ?? {};
      t.resetCalls();
      const denied = await as(parent, query, vars);
      const error = forbiddenAt(denied, path);
      expect(error, JSON.stringify(denied.body)).toBeDefined();
      expect([...requiredScopesOf(error)].sort()).toEqual([...NESTED_SCOPES[coordinate]!].sort());
      expect(t.upstreamCalls()[route]).toBe(parentCalls);

      for (const scope of NESTED_SCOPES[coordinate]!) {
        t.resetCalls();
        const allowed = await as([...parent, scope], query, vars);
        expect(allowed.body.errors, `${coordinate} with ${scope}: ${JSON.stringify(allowed.body.errors)}`).toBeUndefined();
        expect(
          t.upstreamCalls()[route] ?? 0,
          `${coordinate} with ${scope} calls ${route}: ${JSON.stringify(t.upstreamCalls())}`,
        ).toBeGreaterThan(parentCalls ?? 0);
      }
    },
  );

  it(
    "a write's payload user: another user's FORBIDDEN without read:users (read:current_user does not do), " +
      "while the write itself is done",
    async () => {
      const state = t.emulator.state;
      const victim = [...state.users.keys()].find((id) => id !== self && (state.sessions.get(id)?.length ?? 0) > 0)!;
      const othersSessions = state.sessions.get(self)!.length;
      const res = await as<{ revokeUserSessions: { userErrors: unknown[] } }>(
        ["delete:sessions", "read:current_user"],
        "mutation($id: ID!) { revokeUserSessions(id: $id) { user { email } userErrors { code } } }",
        { id: victim },
      );
      expect(forbiddenAt(res, ["revokeUserSessions", "user"])?.extensions?.requiredScopes).toEqual(["read:users"]);
      expect(res.body.data!.revokeUserSessions.userErrors).toEqual([]);
      expect(state.sessions.get(victim)?.length ?? 0).toBe(0);
      expect(state.sessions.get(self)!.length).toBe(othersSessions);
    },
  );

  it.each([
    {
      name: "updateMe (the write's own answer)",
      scope: "update:current_user_metadata",
      query: 'mutation { updateMe(input: { userMetadata: { scopes: "test" } }) { user { id email } userErrors { code } } }',
      route: "PATCH /api/v2/users/{id}",
      reads: {},
    },
    {
      name: "revokeUserRefreshTokens (read anew)",
      scope: "delete:refresh_tokens",
      query: "mutation($id: ID!) { revokeUserRefreshTokens(id: $id) { user { id email } userErrors { code } } }",
      route: "DELETE /api/v2/users/{user_id}/refresh-tokens",
      reads: { "GET /api/v2/users/{id}": 1 },
    },
  ])(
    "a write's payload user: the caller's own, with read:current_user, or FORBIDDEN without it — $name",
    async ({ scope, query, route, reads }) => {
      t.resetCalls();
      const denied = await as<Record<string, { userErrors: unknown[] }>>([scope], query, { id: self });
      const name = Object.keys(denied.body.data!)[0]!;
      expect([...requiredScopesOf(forbiddenAt(denied, [name, "user"]))].sort()).toEqual(PAYLOAD_USER_SCOPES.own);
      expect(denied.body.data![name]!.userErrors).toEqual([]);
      expect(t.upstreamCalls()).toEqual({ [route]: 1 });

      const rest = (await t.rest<User>("GET", `/users/${encodeURIComponent(self)}`)).body;
      t.resetCalls();
      const allowed = await as([scope, "read:current_user"], query, { id: self });
      expect(allowed.body).toEqual({ data: { [name]: { user: { id: self, email: rest.email ?? null }, userErrors: [] } } });
      expect(t.upstreamCalls()).toEqual({ [route]: 1, ...reads });
    },
  );
});

describe("the embedded mode's dev token", () => {
  it("holds every scope a field checks, those chosen at run time included", async () => {
    const { scopesCheckedBy } = await import("../../src/ops/dev-caller.js");
    const dev = new Set(scopesCheckedBy(schema));
    const needed = new Set([
      ...Object.values(ROOT_SCOPES).flat(),
      ...Object.values(NESTED_SCOPES).flat(),
      // updateUser of appMetadata only, updateUser/deleteUser/link on the caller's own user.
      "update:users_app_metadata",
      "update:current_user_metadata",
      "update:current_user_identities",
      "delete:current_user",
    ]);
    expect([...needed].filter((scope) => !dev.has(scope))).toEqual([]);
  });
});
