import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo } from "graphql";
import type { Role, RoleUser } from "../upstream/types.js";
import { builder } from "./builder.js";
import { offsetConnectionField, offsetConnectionType } from "./connection-fields.js";
import { checkpointConnection, connectionWants, withNodes, type ConnectionResult } from "./connections.js";
import type { GatewayContext } from "./context.js";
import { upstreamCost } from "./field-facts.js";
import { PermissionConnection } from "./permission.js";
import { selectedFieldNames } from "./selection.js";
import { ROLE_MEMBER_ATTRIBUTES, selectedUserAttributes } from "./user-attributes.js";
import { UserConnection, UserRef, loadUsers, type UserRecord } from "./user.js";

/** Role fields answered from the role's id alone: selecting only these skips reading the role. */
const ROLE_FIELDS_FROM_ID: ReadonlySet<string> = new Set(["__typename", "id", "users", "permissions"]);

/** Whether a `role` selection reads the role itself (`GET /roles/{id}`), not only its lists. */
export function needsRoleRecord(fieldNodes: readonly FieldNode[], fragments: Readonly<Record<string, FragmentDefinitionNode>>): boolean {
  return [...selectedFieldNames(fieldNodes, fragments)].some((name) => !ROLE_FIELDS_FROM_ID.has(name));
}

export const RoleRef = builder.objectRef<Role>("Role");

export const RoleConnection = offsetConnectionType(RoleRef, {
  name: "Role",
  description: "A page of roles.",
  total: "How many roles there are in all (asked of Auth0 only when selected).",
  edge: "A role in a page of roles, with its cursor.",
});

/** A role member row as a partial user: `user_id` plus the profile fields the row has. */
function userFromRow(row: RoleUser): UserRecord {
  const user: UserRecord = { user_id: String(row.user_id) };
  if (row.email !== undefined) user.email = row.email;
  if (row.name !== undefined) user.name = row.name;
  if (row.picture !== undefined) user.picture = row.picture;
  return user;
}

/**
 * The users of a page of role (or organization) members. The rows already answer `id email name picture`; only when
 * the selection reads other attributes are the members loaded as full users, in one batched read.
 */
export async function roleMembers(
  page: ConnectionResult<RoleUser>,
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<ConnectionResult<UserRecord>> {
  const partial = page.edges.map((edge) => userFromRow(edge.node));
  const needsFullUsers = [...selectedUserAttributes(info)].some((attribute) => !ROLE_MEMBER_ATTRIBUTES.has(attribute));
  let users = partial;
  if (needsFullUsers && partial.length > 0) {
    const loaded = await loadUsers(
      ctx,
      info,
      partial.map((user) => user.user_id),
    );
    const failure = loaded.find((result): result is Error => result instanceof Error);
    if (failure) throw failure;
    // A member deleted since the role list was read keeps what its row said.
    users = partial.map((row, i) => ({ ...row, ...(loaded[i] as UserRecord | null) }));
  }
  return withNodes(page, users);
}

RoleRef.implement({
  description:
    "A tenant-wide user role (Auth0 RBAC): a named set of permissions that can be assigned to users. " +
    "Auth0's standard tenant-member roles (Admin, Support Access…) and organization-scoped member roles " +
    "are not roles here.",
  fields: (t) => ({
    id: t.id({ nullable: false, description: "ID for this role, e.g. `rol_…`.", resolve: (role) => String(role.id) }),
    name: t.string({ nullable: false, description: "Name of this role.", resolve: (role) => role.name ?? "" }),
    description: t.string({ nullable: true, description: "Description of this role.", resolve: (role) => role.description ?? null }),
    users: t.field({
      // The shared UserConnection, not a RoleUser type: members are full Users (every User field
      // works on them), and clients reuse their user-page fragments.
      type: UserConnection,
      nullable: true,
      description:
        "The users this role is assigned to (Auth0's `GET /roles/{id}/users`), paged with Auth0's " +
        "checkpoints, which reach every member (offset pages stop at the first 1000); `totalCount` is one " +
        "more call, made only when selected. Selecting only `id`, `email`, `name` and `picture` costs that " +
        "one read; any other user field loads the page's users in one batched read. Needs the `read:users` " +
        "scope (and `read:roles`, which reading the role needed).",
      authScopes: { scope: "read:users" },
      extensions: upstreamCost({ kind: "checkpoint", members: true, total: true }),
      args: {
        first: t.arg.int({ required: false, description: "How many users (default 20, at most 100)." }),
        after: t.arg.string({ required: false, description: "The cursor after which to continue." }),
      },
      resolve: async (role, args, ctx, info) => {
        const id = String(role.id);
        const wants = connectionWants(selectedFieldNames(info.fieldNodes, info.fragments));
        const [page, total] = await Promise.all([
          checkpointConnection<RoleUser>({
            args: wants.items ? args : { ...args, first: 0 },
            fetch: (paging) => ctx.loaders.roleUsersCheckpoint.load({ id, ...paging }),
          }),
          wants.total ? ctx.loaders.roleUsers.load({ id, page: 0, perPage: 1, includeTotals: true }).then((p) => p.total) : undefined,
        ]);
        const users = await roleMembers(page, ctx, info);
        return total === undefined ? users : { ...users, totalCount: total };
      },
    }),
    permissions: offsetConnectionField(t, {
      type: PermissionConnection,
      items: "permissions",
      nullable: true,
      description: "The permissions this role grants (Auth0's `GET /roles/{id}/permissions`). Needs the `read:roles` scope.",
      authScopes: { scope: "read:roles" },
      fetch: (role: Role, request, ctx) => ctx.loaders.rolePermissions.load({ id: String(role.id), ...request }),
    }),
  }),
});

builder.queryFields((t) => ({
  role: t.field({
    type: RoleRef,
    nullable: true,
    description:
      "A role by its id; null when no such role exists. Needs the `read:roles` scope. Selecting only `id`, " +
      "`users` and `permissions` skips reading the role itself (one upstream call fewer): for an unknown id " +
      "those lists then fail with Auth0's 404 (UPSTREAM_ERROR) instead of `role` being null.",
    authScopes: { scope: "read:roles" },
    extensions: upstreamCost({ kind: "role" }),
    args: { id: t.arg.id({ required: true, description: "The role id, e.g. `rol_…`." }) },
    resolve: (_root, { id }, ctx, info) =>
      needsRoleRecord(info.fieldNodes, info.fragments) ? ctx.loaders.role.load(String(id)) : ({ id: String(id) } satisfies Role),
  }),
  roles: offsetConnectionField(t, {
    type: RoleConnection,
    items: "roles",
    nullable: false,
    description:
      "The tenant's roles (Auth0's `GET /roles`; Auth0's standard tenant-member roles such as Admin are not " +
      "listed). Needs the `read:roles` scope.",
    authScopes: { scope: "read:roles" },
    args: (arg) => ({
      nameFilter: arg.string({ required: false, description: "Only roles whose name contains this text (case-insensitive)." }),
    }),
    fetch: (_root: unknown, request, ctx, args) =>
      ctx.loaders.roles.load({ ...request, ...(args.nameFilter ? { nameFilter: args.nameFilter } : {}) }),
  }),
}));

builder.objectField(UserRef, "roles", (t) =>
  offsetConnectionField(t, {
    type: RoleConnection,
    items: "roles",
    nullable: true,
    description:
      "The tenant-wide roles assigned to this user (Auth0's `GET /users/{id}/roles`; roles an organization " +
      "gives its members are not included). Needs the `read:roles` scope (reading the user needed " +
      "`read:users`).",
    authScopes: { scope: "read:roles" },
    fetch: (user: UserRecord, request, ctx) => ctx.loaders.userRoles.load({ id: user.user_id, ...request }),
  }),
);
