import { z } from "zod";
import type { PermissionRef } from "../upstream/types.js";
import { builder } from "./builder.js";
import { boundedList, distinct, nonBlank, userIdInput } from "./input-checks.js";
import { defineUserPayload, runUserWrite, type UserWritePayload } from "./user-write-payload.js";

/** The most permissions one assign or remove takes (the contract sets no bound; one page of them). */
export const MAX_PERMISSIONS = 100;

const PermissionInput = builder.inputType("PermissionInput", {
  description: "A permission to assign or remove: one permission name on one API (resource server).",
  fields: (t) => ({
    resourceServerIdentifier: t.string({
      required: true,
      description: "The identifier (audience) of the API the permission is defined on, e.g. `https://api.example.com/`.",
    }),
    permissionName: t.string({ required: true, description: "The name of the permission, e.g. `read:projects`." }),
  }),
});

const PermissionWriteArgs = z.object({
  id: userIdInput,
  permissions: boundedList(
    z.object({
      resourceServerIdentifier: nonBlank("The resource server identifier"),
      permissionName: nonBlank("The permission name"),
    }),
    "permission",
    MAX_PERMISSIONS,
  ),
});

const permissionWrite = (args: { id: string | number; permissions: unknown }) => ({
  schema: PermissionWriteArgs,
  args: { id: String(args.id), permissions: args.permissions },
});
const PERMISSIONS_NAMED = { named: { permission: ["permissions"] } };

function wirePermissions(permissions: { resourceServerIdentifier: string; permissionName: string }[]): PermissionRef[] {
  return distinct(permissions, (p) => JSON.stringify([p.resourceServerIdentifier, p.permissionName])).map((p) => ({
    resource_server_identifier: p.resourceServerIdentifier,
    permission_name: p.permissionName,
  }));
}

const AssignUserPermissionsPayload = defineUserPayload<UserWritePayload>(
  "AssignUserPermissionsPayload",
  "The result of `assignUserPermissions`: the user with its permissions as they are now.",
);
const RemoveUserPermissionsPayload = defineUserPayload<UserWritePayload>(
  "RemoveUserPermissionsPayload",
  "The result of `removeUserPermissions`: the user with its permissions as they are now.",
);

builder.mutationFields((t) => ({
  assignUserPermissions: t.field({
    type: AssignUserPermissionsPayload,
    nullable: true,
    description:
      `Assigns permissions directly to a user (Auth0's \`POST /users/{id}/permissions\`); permissions ` +
      `it already has are kept. Takes 1 to ${MAX_PERMISSIONS} permissions, each defined on its API. An ` +
      `unknown user, API or permission is NOT_FOUND; Auth0's cap on a user's direct permissions is ` +
      `UPSTREAM_REJECTED. Needs the \`update:users\` scope.`,
    authScopes: { scope: "update:users" },
    args: {
      id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }),
      permissions: t.arg({ type: [PermissionInput], required: true, description: "The permissions to assign." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(
        ctx,
        info,
        permissionWrite(args),
        ({ id, permissions }) => ctx.client.assignUserPermissions(id, wirePermissions(permissions)),
        PERMISSIONS_NAMED,
      ),
  }),
  removeUserPermissions: t.field({
    type: RemoveUserPermissionsPayload,
    nullable: true,
    description:
      `Removes permissions assigned directly to a user (Auth0's \`DELETE /users/{id}/permissions\`); ` +
      `permissions the user does not have are ignored, and permissions a role grants stay (remove the ` +
      `role instead). Takes 1 to ${MAX_PERMISSIONS} permissions. An unknown user, API or permission is ` +
      `NOT_FOUND. Needs the \`update:users\` scope.`,
    authScopes: { scope: "update:users" },
    args: {
      id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }),
      permissions: t.arg({ type: [PermissionInput], required: true, description: "The permissions to remove." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(
        ctx,
        info,
        permissionWrite(args),
        ({ id, permissions }) => ctx.client.removeUserPermissions(id, wirePermissions(permissions)),
        PERMISSIONS_NAMED,
      ),
  }),
}));
