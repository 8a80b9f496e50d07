import { z } from "zod";
import { UpstreamError } from "../upstream/errors.js";
import { builder } from "./builder.js";
import type { GatewayContext } from "./context.js";
import { checkInput, distinct, nonBlank, userIdInput } from "./input-checks.js";
import { definePayload, runMutation, type UserErrorShape, UserInputError } from "./user-error.js";
import { defineUserPayload, runUserWrite, type UserWritePayload } from "./user-write-payload.js";

// Organization membership and the organization roles of a member. Organizations themselves (create,
// rename, delete) are administered elsewhere, not through this graph.

interface MembersResult {
  organizationId?: string;
  userIds?: string[];
  userErrors: UserErrorShape[];
}

const membersPayload = (name: string, mutation: string, what: string) =>
  definePayload<MembersResult>(name, `The result of \`${mutation}\`.`, (t) => ({
    organizationId: t.id({
      nullable: true,
      description: "The organization written to; null when the mutation failed.",
      resolve: (payload) => payload.organizationId ?? null,
    }),
    userIds: t.idList({
      nullable: true,
      description: `The users ${what}, as given (repeats dropped); null when the mutation failed.`,
      resolve: (payload) => payload.userIds ?? null,
    }),
  }));

const AddOrganizationMembersPayload = membersPayload("AddOrganizationMembersPayload", "addOrganizationMembers", "now members");
const RemoveOrganizationMembersPayload = membersPayload(
  "RemoveOrganizationMembersPayload",
  "removeOrganizationMembers",
  "no longer members",
);

interface MemberRolesResult extends UserWritePayload {
  organizationId?: string;
}

const memberRolesPayload = (name: string, mutation: string) =>
  defineUserPayload<MemberRolesResult>(
    name,
    `The result of \`${mutation}\`: the member (see \`organizationRoles(organizationId:)\`) and the organization.`,
    {
      fields: (t) => ({
        organizationId: t.id({
          nullable: true,
          description: "The organization the member's roles were changed in; null when the mutation failed.",
          resolve: (payload) => payload.organizationId ?? null,
        }),
      }),
    },
  );

const AssignOrganizationMemberRolesPayload = memberRolesPayload("AssignOrganizationMemberRolesPayload", "assignOrganizationMemberRoles");
const RemoveOrganizationMemberRolesPayload = memberRolesPayload("RemoveOrganizationMemberRolesPayload", "removeOrganizationMemberRoles");

const organizationIdInput = nonBlank("The organization id").max(50, { error: "The organization id has at most 50 characters." });

const MembersArgs = z.object({
  organizationId: organizationIdInput,
  userIds: z.array(userIdInput).min(1, { error: "Give at least one user id." }),
});

const MemberRolesArgs = z
  .object({
    organizationId: organizationIdInput,
    userId: userIdInput,
    roleIds: z.array(nonBlank("A role id")).min(1, { error: "Give at least one role id." }),
  })
  .transform(({ organizationId, userId, roleIds }) => ({ id: userId, organizationId, roleIds: distinct(roleIds) }));

const MEMBERS_NAMED = { named: { organization: ["organizationId"], user: ["userIds"] } };
const MEMBER_ROLES_NAMED = { named: { organization: ["organizationId"], user: ["userId"], role: ["roleIds"] } };

/** Auth0's 409 here is a limit on the member's roles, not something that already exists. */
async function limitIsConflict(write: Promise<void>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (error instanceof UpstreamError && error.kind === "http" && error.statusCode === 409) {
      throw new UserInputError([{ field: ["roleIds"], message: error.message, code: "CONFLICT" }]);
    }
    throw error;
  }
}

/** `addOrganizationMembers` and `removeOrganizationMembers`: check the ids, make the write, forget the users' reads. */
function membersWrite(write: (ctx: GatewayContext, organizationId: string, userIds: string[]) => Promise<unknown>) {
  return (_root: unknown, args: { organizationId: string | number; userIds: readonly (string | number)[] }, ctx: GatewayContext) =>
    runMutation(async () => {
      const { organizationId, userIds } = checkInput(MembersArgs, {
        organizationId: String(args.organizationId),
        userIds: args.userIds.map(String),
      });
      const distinctIds = distinct(userIds);
      await write(ctx, organizationId, distinctIds);
      for (const id of distinctIds) ctx.loaders.invalidateUser(id);
      return { organizationId, userIds: distinctIds };
    }, MEMBERS_NAMED);
}

builder.mutationFields((t) => ({
  addOrganizationMembers: t.field({
    type: AddOrganizationMembersPayload,
    nullable: true,
    description:
      "Makes users members of an organization (Auth0's `POST /organizations/{id}/members`); users already " +
      "members stay as they are. An unknown organization or user is NOT_FOUND. Needs the " +
      "`create:organization_members` scope.",
    authScopes: { scope: "create:organization_members" },
    args: {
      organizationId: t.arg.id({ required: true, description: "The organization id, e.g. `org_…`." }),
      userIds: t.arg.idList({ required: true, description: "The users' Auth0 `user_id`s (at least one)." }),
    },
    resolve: membersWrite((ctx, organizationId, userIds) => ctx.client.addOrganizationMembers(organizationId, userIds)),
  }),
  removeOrganizationMembers: t.field({
    type: RemoveOrganizationMembersPayload,
    nullable: true,
    description:
      "Removes users from an organization, with the organization roles they held there (Auth0's `DELETE " +
      "/organizations/{id}/members`); users who are not members are ignored, as Auth0 does. An unknown " +
      "organization is NOT_FOUND. Needs the `delete:organization_members` scope.",
    authScopes: { scope: "delete:organization_members" },
    args: {
      organizationId: t.arg.id({ required: true, description: "The organization id, e.g. `org_…`." }),
      userIds: t.arg.idList({ required: true, description: "The users' Auth0 `user_id`s (at least one)." }),
    },
    resolve: membersWrite((ctx, organizationId, userIds) => ctx.client.removeOrganizationMembers(organizationId, userIds)),
  }),
  assignOrganizationMemberRoles: t.field({
    type: AssignOrganizationMemberRolesPayload,
    nullable: true,
    description:
      "Gives a member of an organization roles in that organization (Auth0's `POST " +
      "/organizations/{id}/members/{user_id}/roles`). An unknown organization, user or role, or a user who " +
      "is not a member, is NOT_FOUND; beyond Auth0's limit of roles per member it is CONFLICT. Needs the " +
      "`create:organization_member_roles` scope.",
    authScopes: { scope: "create:organization_member_roles" },
    args: {
      organizationId: t.arg.id({ required: true, description: "The organization id, e.g. `org_…`." }),
      userId: t.arg.id({ required: true, description: "The member's Auth0 `user_id`." }),
      roleIds: t.arg.idList({ required: true, description: "The role ids, e.g. `rol_…` (at least one)." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(
        ctx,
        info,
        {
          schema: MemberRolesArgs,
          args: { organizationId: String(args.organizationId), userId: String(args.userId), roleIds: args.roleIds.map(String) },
        },
        async ({ id, organizationId, roleIds }) => {
          await limitIsConflict(ctx.client.assignOrganizationMemberRoles(organizationId, id, roleIds));
          return { organizationId };
        },
        MEMBER_ROLES_NAMED,
      ),
  }),
  removeOrganizationMemberRoles: t.field({
    type: RemoveOrganizationMemberRolesPayload,
    nullable: true,
    description:
      "Takes organization roles away from a member of an organization (Auth0's `DELETE " +
      "/organizations/{id}/members/{user_id}/roles`); roles the member does not hold are ignored. An " +
      "unknown organization or user, or a user who is not a member, is NOT_FOUND. Needs the " +
      "`delete:organization_member_roles` scope.",
    authScopes: { scope: "delete:organization_member_roles" },
    args: {
      organizationId: t.arg.id({ required: true, description: "The organization id, e.g. `org_…`." }),
      userId: t.arg.id({ required: true, description: "The member's Auth0 `user_id`." }),
      roleIds: t.arg.idList({ required: true, description: "The role ids, e.g. `rol_…` (at least one)." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(
        ctx,
        info,
        {
          schema: MemberRolesArgs,
          args: { organizationId: String(args.organizationId), userId: String(args.userId), roleIds: args.roleIds.map(String) },
        },
        async ({ id, organizationId, roleIds }) => {
          await ctx.client.removeOrganizationMemberRoles(organizationId, id, roleIds);
          return { organizationId };
        },
        MEMBER_ROLES_NAMED,
      ),
  }),
}));
