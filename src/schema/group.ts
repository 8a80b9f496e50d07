import type { Group, UserGroup } from "../upstream/types.js";
import { builder } from "./builder.js";
import { offsetConnectionField, offsetConnectionType } from "./connection-fields.js";
import { type UserRecord, UserRef } from "./user.js";
import { wireDate, wireString } from "./wire-values.js";

/** A group as Auth0 returns it; in a user's list it also says since when the user is a member. */
export type GroupRecord = Group & Partial<Pick<UserGroup, "membership_created_at">>;

export const GroupRef = builder.objectRef<GroupRecord>("Group");

GroupRef.implement({
  description:
    "An Auth0 group of users (a connection's, synchronised by SCIM for instance, or the tenant's own). " +
    "Roles granted to a group are held by each of its members.",
  fields: (t) => ({
    id: t.id({ nullable: false, description: "Unique identifier for the group, e.g. `grp_…`.", resolve: (g) => String(g.id) }),
    name: t.string({ nullable: true, description: "Name of the group, unique within its connection.", resolve: (g) => wireString(g.name) }),
    externalId: t.string({
      nullable: true,
      description: "External identifier for the group, often used for SCIM synchronization.",
      resolve: (g) => wireString(g.external_id),
    }),
    connectionId: t.string({
      nullable: true,
      description: "The connection this group belongs to; null for a group of the tenant's own.",
      resolve: (g) => wireString(g.connection_id),
    }),
    tenantName: t.string({ nullable: true, description: "The tenant this group belongs to.", resolve: (g) => wireString(g.tenant_name) }),
    createdAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the group was created.",
      resolve: (g) => wireDate(g.created_at),
    }),
    updatedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the group was last updated.",
      resolve: (g) => wireDate(g.updated_at),
    }),
    membershipCreatedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the user became a member of the group (in a user's `groups` only; null elsewhere).",
      resolve: (g) => wireDate(g.membership_created_at),
    }),
  }),
});

export const GroupConnection = offsetConnectionType(GroupRef, {
  name: "Group",
  description: "A page of groups.",
  edge: "A group in a page of groups, with its cursor.",
  total: "How many groups there are in all (asked of Auth0 only when selected).",
});

builder.objectFields(UserRef, (t) => ({
  groups: offsetConnectionField(t, {
    type: GroupConnection,
    items: "groups",
    nullable: true,
    description:
      "The groups this user is a member of (Auth0's `GET /users/{id}/groups`), each with when the user " +
      "joined. Needs the `read:groups` scope.",
    authScopes: { scope: "read:groups" },
    fetch: (user: UserRecord, request, ctx) => ctx.loaders.userGroups.load({ id: user.user_id, ...request }),
  }),
}));
