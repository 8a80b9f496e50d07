import type { EffectivePermission, EffectivePermissionRoleSource, EffectiveRole } from "../upstream/types.js";
import { builder } from "./builder.js";
import { checkpointConnectionField, checkpointConnectionType } from "./connection-fields.js";
import { type ConnectionResult, withNodes } from "./connections.js";
import { graphError } from "./errors.js";
import { upstreamCost } from "./field-facts.js";
import { type GroupRecord, GroupRef } from "./group.js";
import { type UserRecord, UserRef } from "./user.js";
import { wireString } from "./wire-values.js";

// Why a user holds a role or a permission: Auth0's effective roles (direct or through groups) and
// effective permissions (direct or through roles), each with its sources. Items carry the user's id,
// so their own source lists can be read for that user.

interface OfUser<T> {
  userId: string;
  item: T;
}

const RoleSourceKind = builder.enumType("EffectiveRoleSource", {
  description: "How a user holds a role.",
  values: {
    DIRECT: { value: "direct", description: "Assigned to the user directly." },
    GROUPS: { value: "groups", description: "Granted to a group the user is a member of." },
  } as const,
});

const PermissionSourceKind = builder.enumType("EffectivePermissionSource", {
  description: "How a user holds a permission.",
  values: {
    DIRECT: { value: "direct", description: "Assigned to the user directly." },
    ROLES: { value: "roles", description: "Granted by a role the user holds (directly or through a group)." },
  } as const,
});

type RoleSource = "direct" | "groups";
type PermissionSource = "direct" | "roles";

const EffectiveRoleRef = builder.objectRef<OfUser<EffectiveRole>>("EffectiveRole");
const PermissionRoleSourceRef = builder.objectRef<EffectivePermissionRoleSource>("EffectivePermissionRoleSource");
const EffectivePermissionRef = builder.objectRef<OfUser<EffectivePermission>>("EffectivePermission");

/** Every group of a user granting a role; Auth0 pages them with checkpoints. */
async function sourceGroupsOf(load: (from?: string) => Promise<{ items: GroupRecord[]; next?: string }>): Promise<GroupRecord[]> {
  const groups: GroupRecord[] = [];
  let from: string | undefined;
  do {
    const page = await load(from);
    groups.push(...page.items);
    from = page.next;
  } while (from);
  return groups;
}

EffectiveRoleRef.implement({
  description: "A tenant role a user holds, and how: assigned directly, through groups, or both.",
  fields: (t) => ({
    id: t.id({ nullable: false, description: "ID for this role, e.g. `rol_…`.", resolve: ({ item }) => item.id }),
    name: t.string({ nullable: false, description: "Name of this role.", resolve: ({ item }) => item.name }),
    description: t.string({
      nullable: true,
      description: "Description of this role.",
      resolve: ({ item }) => wireString(item.description),
    }),
    sources: t.field({
      type: [RoleSourceKind],
      nullable: false,
      description: "How the user holds the role: directly, through groups, or both.",
      resolve: ({ item }) => (item.sources ?? []) as RoleSource[],
    }),
    sourceGroups: t.field({
      type: [GroupRef],
      nullable: true,
      description:
        "The user's groups that grant this role (Auth0's `GET /users/{id}/effective-roles/sources/groups`, " +
        "one call per 100 groups); empty when the role is only assigned directly. Needs the " +
        "`read:user_role_source_groups` scope.",
      authScopes: { scope: "read:user_role_source_groups" },
      // One call per 100 groups granting the role; a user is rarely in more than 100.
      extensions: upstreamCost({ kind: "call" }),
      resolve: ({ userId, item }, _args, ctx) =>
        sourceGroupsOf((from) =>
          ctx.loaders.userRoleSourceGroups.load({ id: userId, roleId: item.id, take: 100, ...(from ? { from } : {}) }),
        ),
    }),
  }),
});

PermissionRoleSourceRef.implement({
  description: "A role through which a user holds a permission, and how the user holds that role.",
  fields: (t) => ({
    id: t.id({ nullable: false, description: "ID for this role, e.g. `rol_…`.", resolve: (r) => String(r.id) }),
    name: t.string({ nullable: true, description: "Name of this role.", resolve: (r) => wireString(r.name) }),
    description: t.string({ nullable: true, description: "Description of this role.", resolve: (r) => wireString(r.description) }),
    sources: t.field({
      type: [RoleSourceKind],
      nullable: false,
      description: "How the user holds the role: directly, through groups, or both.",
      resolve: (r) => (r.sources ?? []) as RoleSource[],
    }),
  }),
});

const PermissionRoleSourceConnection = checkpointConnectionType(PermissionRoleSourceRef, {
  name: "EffectivePermissionRoleSource",
  description: "A page of the roles that give a user a permission. Auth0 pages them with checkpoints, so there is no total count.",
  edge: "A role that gives the permission, with its cursor.",
});

EffectivePermissionRef.implement({
  description: "A permission a user holds on one API, and how: assigned directly, through roles, or both.",
  fields: (t) => ({
    resourceServerIdentifier: t.string({
      nullable: false,
      description: "The identifier (audience) of the API the permission is for.",
      resolve: ({ item }) => item.resource_server_identifier ?? "",
    }),
    permissionName: t.string({
      nullable: false,
      description: "Name of the permission, e.g. `read:projects`.",
      resolve: ({ item }) => item.permission_name ?? "",
    }),
    resourceServerName: t.string({
      nullable: true,
      description: "Name of the API the permission is for.",
      resolve: ({ item }) => wireString(item.resource_server_name),
    }),
    description: t.string({
      nullable: true,
      description: "Description of the permission.",
      resolve: ({ item }) => wireString(item.description),
    }),
    sources: t.field({
      type: [PermissionSourceKind],
      nullable: false,
      description: "How the user holds the permission: directly, through roles, or both.",
      resolve: ({ item }) => (item.sources ?? []) as PermissionSource[],
    }),
    sourceRoles: checkpointConnectionField(t, {
      type: PermissionRoleSourceConnection,
      items: "roles",
      nullable: true,
      description:
        "The user's roles that carry this permission, each with how the user holds it (Auth0's `GET " +
        "/users/{id}/effective-permissions/sources/effective-roles`). Needs the " +
        "`read:user_permission_source_roles` scope.",
      authScopes: { scope: "read:user_permission_source_roles" },
      fetch: ({ userId, item }: OfUser<EffectivePermission>, paging, ctx) =>
        ctx.loaders.userPermissionRoleSources.load({
          id: userId,
          resourceServerIdentifier: item.resource_server_identifier ?? "",
          permissionName: item.permission_name ?? "",
          ...paging,
        }),
    }),
  }),
});

const EffectiveRoleConnection = checkpointConnectionType(EffectiveRoleRef, {
  name: "EffectiveRole",
  description:
    "A page of the roles a user holds. Auth0 pages them with checkpoints, so there is no total count; pages are in role-id order.",
  edge: "A role the user holds, with its cursor.",
});

const EffectivePermissionConnection = checkpointConnectionType(EffectivePermissionRef, {
  name: "EffectivePermission",
  description: "A page of the permissions a user holds on one API. Auth0 pages them with checkpoints, so there is no total count.",
  edge: "A permission the user holds, with its cursor.",
});

/** Auth0's limit on a resource server identifier in this query. */
const MAX_IDENTIFIER_LENGTH = 600;

/** The items of a page, each with the user it is about (their own source lists are read for that user). */
const ofUser = <T>(page: ConnectionResult<T>, userId: string) =>
  withNodes(
    page,
    page.edges.map((edge) => ({ userId, item: edge.node })),
  );

builder.objectFields(UserRef, (t) => ({
  effectiveRoles: checkpointConnectionField(t, {
    type: EffectiveRoleConnection,
    items: "roles",
    nullable: true,
    description:
      "Every tenant role the user holds, assigned directly or through the user's groups, with how (Auth0's " +
      "`GET /users/{id}/effective-roles`). Needs the `read:user_effective_roles` scope.",
    authScopes: { scope: "read:user_effective_roles" },
    fetch: (user: UserRecord, paging, ctx) => ctx.loaders.userEffectiveRoles.load({ id: user.user_id, ...paging }),
    nodes: (page, _ctx, _info, user) => ofUser(page, user.user_id),
  }),
  effectivePermissions: checkpointConnectionField(t, {
    type: EffectivePermissionConnection,
    items: "permissions",
    nullable: true,
    description:
      "Every permission the user holds on one API, assigned directly or through roles (held directly or " +
      "through groups), with how (Auth0's `GET /users/{id}/effective-permissions`). Needs the " +
      "`read:user_effective_permissions` scope.",
    authScopes: { scope: "read:user_effective_permissions" },
    args: (arg) => ({
      resourceServerIdentifier: arg.string({
        required: true,
        description: `The identifier (audience) of the API, e.g. \`https://api.example.com/\` (1–${MAX_IDENTIFIER_LENGTH} characters).`,
      }),
    }),
    fetch: (user: UserRecord, paging, ctx, args) => {
      const identifier = args.resourceServerIdentifier;
      if (identifier.trim() === "" || identifier.length > MAX_IDENTIFIER_LENGTH) {
        throw graphError("BAD_USER_INPUT", `\`resourceServerIdentifier\` must be 1 to ${MAX_IDENTIFIER_LENGTH} characters.`, {
          argumentName: "resourceServerIdentifier",
        });
      }
      return ctx.loaders.userEffectivePermissions.load({ id: user.user_id, resourceServerIdentifier: identifier, ...paging });
    },
    nodes: (page, _ctx, _info, user) => ofUser(page, user.user_id),
  }),
}));
