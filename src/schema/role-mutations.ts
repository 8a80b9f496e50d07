import { z } from "zod";
import { builder } from "./builder.js";
import type { Role } from "../upstream/types.js";
import { upstreamCost } from "./field-facts.js";
import { boundedList, checkInput, distinct, nonBlank, userIdInput } from "./input-checks.js";
import { needsRoleRecord, RoleRef } from "./role.js";
import { definePayload, runMutation, type UserErrorShape } from "./user-error.js";
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

/** The most user ids one `assignRoleUsers` takes (the contract sets no bound; one page of members). */
export const MAX_ROLE_USER_IDS = 100;

const roleIdInput = nonBlank("The role id").max(50, { error: "The role id has at most 50 characters." });

const RoleUsersArgs = z.object({ roleId: roleIdInput, userIds: boundedList(userIdInput, "user id", MAX_ROLE_USER_IDS) });
const ROLE_USERS_NAMED = { named: { role: ["roleId"], user: ["userIds"] } };

interface RoleUsersResult {
  roleId?: string;
  userIds?: string[];
  userErrors: UserErrorShape[];
}

const AssignRoleUsersPayload = definePayload<RoleUsersResult>(
  "AssignRoleUsersPayload",
  "The result of `assignRoleUsers`: the role (whose `users` now include them) and the users assigned.",
  (t) => ({
    role: t.field({
      type: RoleRef,
      nullable: true,
      description:
        "The role assigned; null when the mutation failed. Selecting only `id`, `users` and `permissions` reads no role. " +
        "Needs the `read:roles` scope.",
      authScopes: { scope: "read:roles" },
      extensions: upstreamCost({ kind: "role" }),
      resolve: (payload, _args, ctx, info) => {
        if (!payload.roleId) return null;
        return needsRoleRecord(info.fieldNodes, info.fragments)
          ? ctx.loaders.role.load(payload.roleId)
          : ({ id: payload.roleId } satisfies Role);
      },
    }),
    userIds: t.idList({
      nullable: true,
      description: "The users who now hold the role, as given (repeats dropped); null when the mutation failed.",
      resolve: (payload) => payload.userIds ?? null,
    }),
  }),
);

builder.mutationFields((t) => ({
  assignRoleUsers: t.field({
    type: AssignRoleUsersPayload,
    nullable: true,
    description:
      "Assigns a tenant role to users (Auth0's `POST /roles/{id}/users`): the role's side of `assignUserRoles`, many users at once; " +
      `users who already hold the role keep it as it is. Takes 1 to ${MAX_ROLE_USER_IDS} user ids. ` +
      "An unknown role or user is NOT_FOUND (and no one is assigned). Needs the `update:roles` or `create:role_members` scope.",
    authScopes: { anyScope: ["update:roles", "create:role_members"] },
    args: {
      roleId: t.arg.id({ required: true, description: "The role id, e.g. `rol_…`." }),
      userIds: t.arg.idList({ required: true, description: "The users' Auth0 `user_id`s." }),
    },
    resolve: (_root, args, ctx) =>
      runMutation(async () => {
        const { roleId, userIds } = checkInput(RoleUsersArgs, { roleId: String(args.roleId), userIds: args.userIds.map(String) });
        const distinctIds = distinct(userIds);
        await ctx.client.assignRoleUsers(roleId, distinctIds);
        for (const id of distinctIds) ctx.loaders.invalidateUser(id);
        return { roleId, userIds: distinctIds };
      }, ROLE_USERS_NAMED),
  }),
  assignUserRoles: t.field({
    type: AssignUserRolesPayload,
    nullable: true,
    description:
      `Assigns tenant roles to a user (Auth0's \`POST /users/{id}/roles\`); roles it already has are ` +
      `kept as they are. Takes 1 to ${MAX_ROLE_IDS} role ids. An unknown user or role is NOT_FOUND ` +
      `(and nothing is assigned). Needs the \`create:role_members\` or \`update:users\` scope.`,
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
    description:
      `Removes tenant roles from a user (Auth0's \`DELETE /users/{id}/roles\`); role ids the user does ` +
      `not have (or that do not exist) are ignored, as Auth0 ignores them. Takes 1 to ${MAX_ROLE_IDS} ` +
      `role ids. An unknown user is NOT_FOUND. Needs the \`delete:role_members\` or \`update:users\` scope.`,
    authScopes: { anyScope: ["delete:role_members", "update:users"] },
    args: {
      id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }),
      roleIds: t.arg.idList({ required: true, description: "The ids of the roles to remove, e.g. `rol_…`." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(ctx, info, roleWrite(args), ({ id, roleIds }) => ctx.client.removeUserRoles(id, distinct(roleIds)), ROLES_NAMED),
  }),
}));
