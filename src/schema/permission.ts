import type { Permission } from "../upstream/types.js";
import { builder } from "./builder.js";
import { offsetConnection } from "./connections.js";
import { UserRef } from "./user.js";

export const PermissionRef = builder.objectRef<Permission>("Permission");

PermissionRef.implement({
  description:
    "A permission: one action (`permission_name`, e.g. `read:projects`) on one API (resource server) registered in the Auth0 tenant.",
  fields: (t) => ({
    permissionName: t.string({
      nullable: false,
      description: "Name of this permission, e.g. `read:projects`.",
      resolve: (p) => p.permission_name ?? "",
    }),
    resourceServerIdentifier: t.string({
      nullable: false,
      description: "Resource server (API) identifier that this permission is for (the API's audience).",
      resolve: (p) => p.resource_server_identifier ?? "",
    }),
    resourceServerName: t.string({
      nullable: true,
      description: "Resource server (API) name this permission is for.",
      resolve: (p) => p.resource_server_name ?? null,
    }),
    description: t.string({ nullable: true, description: "Description of this permission.", resolve: (p) => p.description ?? null }),
  }),
});

export const PermissionConnection = builder.connectionObject(
  {
    type: PermissionRef,
    name: "PermissionConnection",
    description: "A page of permissions.",
    fields: (t) => ({
      totalCount: t.int({
        nullable: true,
        description: "How many permissions there are in all (asked of Auth0 only when selected).",
        resolve: (connection) => (connection as { totalCount?: number }).totalCount ?? null,
      }),
    }),
  },
  { name: "PermissionEdge", description: "A permission in a page of permissions, with its cursor." },
);

builder.objectField(UserRef, "permissions", (t) =>
  t.field({
    type: PermissionConnection,
    // Nullable so that a missing scope or an upstream failure costs this field only, not the user.
    nullable: true,
    description:
      "The permissions associated with this user, as Auth0's `GET /users/{id}/permissions` lists them (tenant-wide, in Auth0's order). Permissions a role grants are also readable under `roles { nodes { permissions } }`. Needs the `read:users` scope.",
    authScopes: { scope: "read:users" },
    args: {
      first: t.arg.int({ required: false, description: "How many permissions (default 20, at most 100)." }),
      after: t.arg.string({ required: false, description: "The cursor after which to continue." }),
    },
    resolve: (user, args, ctx, info) =>
      offsetConnection({
        args,
        info,
        fetch: (request) => ctx.loaders.userPermissions.load({ id: user.user_id, ...request }),
      }),
  }),
);
