import { z } from "zod";
import { builder } from "./builder.js";
import { checkInput, userIdInput } from "./input-checks.js";
import { runMutation } from "./user-error.js";
import { defineUserPayload, userWritten, type UserWritePayload } from "./user-write-payload.js";
import { refusal } from "./write-refusals.js";

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
      runMutation(async () => {
        const { id } = checkInput(z.object({ id: userIdInput }), { id: String(args.id) });
        await ctx.client.deleteUserSessions(id).catch((error: unknown) => {
          throw refusal(error, { user: ["id"] });
        });
        return userWritten(ctx, info, id);
      }),
  }),
}));
