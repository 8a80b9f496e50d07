import type { Permission } from "../upstream/types.js";
import { builder } from "./builder.js";
import { offsetConnectionField, offsetConnectionType } from "./connection-fields.js";
import { UserRef, type UserRecord } from "./user.js";

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

export const PermissionConnection = offsetConnectionType(PermissionRef, {
  name: "Permission",
  description: "A page of permissions.",
  total: "How many permissions there are in all (asked of Auth0 only when selected).",
  edge: "A permission in a page of permissions, with its cursor.",
});

builder.objectField(UserRef, "permissions", (t) =>
  offsetConnectionField(t, {
    type: PermissionConnection,
    items: "permissions",
    nullable: true,
    description:
      "The permissions associated with this user, as Auth0's `GET /users/{id}/permissions` lists them " +
      "(tenant-wide, in Auth0's order). Permissions a role grants are also readable under `roles { nodes { " +
      "permissions } }`. Needs the `read:users` scope.",
    authScopes: { scope: "read:users" },
    fetch: (user: UserRecord, request, ctx) => ctx.loaders.userPermissions.load({ id: user.user_id, ...request }),
  }),
);
