import { builder } from "./builder.js";
import { defineUserPayload, runUserWrite, userIdOnly, type UserWritePayload } from "./user-write-payload.js";

const RevokeUserSessionsPayload = defineUserPayload<UserWritePayload>(
  "RevokeUserSessionsPayload",
  "The result of `revokeUserSessions`: the user, whose `sessions` are now gone.",
);

builder.mutationFields((t) => ({
  revokeUserSessions: t.field({
    type: RevokeUserSessionsPayload,
    nullable: true,
    description:
      "Revokes every session of a user (Auth0's `DELETE /users/{user_id}/sessions`), signing the user out of single sign-on everywhere. Refresh tokens are not revoked: see `revokeUserRefreshTokens`. Auth0 accepts the request and deletes asynchronously, so a read right after may still list some sessions. An unknown user is NOT_FOUND. Needs the `delete:sessions` scope.",
    authScopes: { scope: "delete:sessions" },
    args: { id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }) },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(ctx, info, userIdOnly(args.id), ({ id }) => ctx.client.deleteUserSessions(id)),
  }),
}));
