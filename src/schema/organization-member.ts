import type { GraphQLResolveInfo } from "graphql";
import { builder } from "./builder.js";
import { checkpointConnectionField, checkpointConnectionType, offsetConnectionField } from "./connection-fields.js";
import type { GatewayContext } from "./context.js";
import { forbidden } from "./errors.js";
import { OrganizationRef } from "./organization.js";
import { RoleConnection, roleMembers } from "./role.js";
import { type UserRecord, UserRef } from "./user.js";
import { ROLE_MEMBER_ATTRIBUTES, selectedUserAttributes } from "./user-attributes.js";

// An organization's members and the organization roles each holds there.

const OrganizationMemberConnection = checkpointConnectionType(UserRef, {
  name: "OrganizationMember",
  description:
    "A page of an organization's members. Auth0 pages them with checkpoints (which reach every member), " +
    "so there is no total count; pages are in user-id order.",
  edge: "A member in a page of members, with its cursor.",
});

/** Member rows carry only id, email, name and picture: reading more of the members reads the users, which needs read:users. */
function checkMemberReads(ctx: GatewayContext, info: GraphQLResolveInfo): void {
  const readsUsers = [...selectedUserAttributes(info)].some((attribute) => !ROLE_MEMBER_ATTRIBUTES.has(attribute));
  if (readsUsers && !ctx.caller.scopes.has("read:users")) throw forbidden("Organization.members", ["read:users"]);
}

builder.objectFields(OrganizationRef, (t) => ({
  members: checkpointConnectionField(t, {
    type: OrganizationMemberConnection,
    items: "members",
    nullable: true,
    description:
      "The organization's members (Auth0's `GET /organizations/{id}/members`, checkpoint-paged). Selecting " +
      "only `id`, `email`, `name` and `picture` costs that one read; any other user field loads the page's " +
      "users in one batched read, and needs `read:users` too. Needs the `read:organization_members` scope.",
    authScopes: { scope: "read:organization_members" },
    members: true,
    fetch: (organization: { id?: string }, paging, ctx, _args, info) => {
      checkMemberReads(ctx, info);
      return ctx.loaders.organizationMembers.load({ id: String(organization.id), ...paging });
    },
    nodes: (page, ctx, info) => roleMembers(page as Parameters<typeof roleMembers>[0], ctx, info),
  }),
}));

builder.objectFields(UserRef, (t) => ({
  organizationRoles: offsetConnectionField(t, {
    type: RoleConnection,
    items: "roles",
    nullable: true,
    description:
      "The roles the user holds as a member of one organization (Auth0's `GET " +
      "/organizations/{id}/members/{user_id}/roles`); tenant-wide roles are `roles`. Needs the " +
      "`read:organization_member_roles` scope.",
    authScopes: { scope: "read:organization_member_roles" },
    args: (arg) => ({ organizationId: arg.id({ required: true, description: "The organization id, e.g. `org_…`." }) }),
    fetch: (user: UserRecord, request, ctx, args) =>
      ctx.loaders.organizationMemberRoles.load({ id: String(args.organizationId), userId: user.user_id, ...request }),
  }),
}));
