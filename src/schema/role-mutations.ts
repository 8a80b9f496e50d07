import { z } from "zod";
import { builder } from "./builder.js";
import { boundedList, distinct, nonBlank, userIdInput } from "./input-checks.js";
import { defineUserPayload, runUserWrite, type UserWritePayload } from "./user-write-payload.js";

/** The most role ids one assign or remove takes (the contract sets no bound; one page of roles). */
export const MAX_ROLE_IDS = 100;

const RoleWriteArgs = z.object({
  id: userIdInput,
  roleIds: boundedList(nonBlank("A role id"), "role id", MAX_ROLE_IDS),
});

const roleWrite = (args: { id: string | number; roleIds: (string | number)[] }) => ({
  schema: RoleWriteArgs,
  args: { id: String(args.id), roleIds: args.roleIds.map(String) },
});
const ROLES_NAMED = { named: { role: ["roleIds"] } };

const AssignUserRolesPayload = defineUserPayload<UserWritePayload>(
  "AssignUserRolesPayload",
  "The result of `assignUserRoles`: the user with its roles as they are now.",
);
const RemoveUserRolesPayload = defineUserPayload<UserWritePayload>(
  "RemoveUserRolesPayload",
  "The result of `removeUserRoles`: the user with its roles as they are now.",
);

builder.mutationFields((t) => ({
  assignUserRoles: t.field({
    type: AssignUserRolesPayload,
    nullable: true,
    description: `Assigns tenant roles to a user (Auth0's \`POST /users/{id}/roles\`); roles it already has are kept as they are. Takes 1 to ${MAX_ROLE_IDS} role ids. An unknown user or role is NOT_FOUND (and nothing is assigned). Needs the \`create:role_members\` or \`update:users\` scope.`,
    authScopes: { anyScope: ["create:role_members", "update:users"] },
    args: {
      id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }),
      roleIds: t.arg.idList({ required: true, description: "The ids of the roles to assign, e.g. `rol_…`." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(ctx, info, roleWrite(args), ({ id, roleIds }) => ctx.client.assignUserRoles(id, distinct(roleIds)), ROLES_NAMED),
  }),
  removeUserRoles: t.field({
    type: RemoveUserRolesPayload,
    nullable: true,
    description: `Removes tenant roles from a user (Auth0's \`DELETE /users/{id}/roles\`); role ids the user does not have (or that do not exist) are ignored, as Auth0 ignores them. Takes 1 to ${MAX_ROLE_IDS} role ids. An unknown user is NOT_FOUND. Needs the \`delete:role_members\` or \`update:users\` scope.`,
    authScopes: { anyScope: ["delete:role_members", "update:users"] },
    args: {
      id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }),
      roleIds: t.arg.idList({ required: true, description: "The ids of the roles to remove, e.g. `rol_…`." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(ctx, info, roleWrite(args), ({ id, roleIds }) => ctx.client.removeUserRoles(id, distinct(roleIds)), ROLES_NAMED),
  }),
}));
