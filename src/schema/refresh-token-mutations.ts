import { builder } from "./builder.js";
import { defineUserPayload, runUserWrite, userIdOnly, type UserWritePayload } from "./user-write-payload.js";

const RevokeUserRefreshTokensPayload = defineUserPayload<UserWritePayload>(
  "RevokeUserRefreshTokensPayload",
  "The result of `revokeUserRefreshTokens`: the user, whose `refreshTokens` are now gone.",
);

builder.mutationFields((t) => ({
  revokeUserRefreshTokens: t.field({
    type: RevokeUserRefreshTokensPayload,
    nullable: true,
    description:
      "Revokes every refresh token issued to a user (Auth0's `DELETE /users/{user_id}/refresh-tokens`), so no application can get new access tokens for the user without a new login. Sessions are not revoked: see `revokeUserSessions`. Auth0 accepts the request and deletes asynchronously, so a read right after may still list some tokens. An unknown user is NOT_FOUND. Needs the `delete:refresh_tokens` scope.",
    authScopes: { scope: "delete:refresh_tokens" },
    args: { id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }) },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(ctx, info, userIdOnly(args.id), ({ id }) => ctx.client.deleteUserRefreshTokens(id)),
  }),
}));
