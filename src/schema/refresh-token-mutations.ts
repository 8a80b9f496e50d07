import { z } from "zod";
import { builder } from "./builder.js";
import { checkInput, userIdInput } from "./input-checks.js";
import { runMutation } from "./user-error.js";
import { defineUserPayload, userWritten, type UserWritePayload } from "./user-write-payload.js";
import { refusal } from "./write-refusals.js";

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
      runMutation(async () => {
        const { id } = checkInput(z.object({ id: userIdInput }), { id: String(args.id) });
        await ctx.client.deleteUserRefreshTokens(id).catch((error: unknown) => {
          throw refusal(error, { user: ["id"] });
        });
        return userWritten(ctx, info, id);
      }),
  }),
}));
