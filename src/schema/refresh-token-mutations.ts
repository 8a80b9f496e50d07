import { z } from "zod";
import { builder } from "./builder.js";
import { upstreamCost } from "./field-facts.js";
import { checkInput, nonBlank } from "./input-checks.js";
import { definePayload, runMutation, UserInputError, type UserErrorShape } from "./user-error.js";
import { defineUserPayload, runUserWrite, userIdOnly, type UserWritePayload } from "./user-write-payload.js";

const RevokeUserRefreshTokensPayload = defineUserPayload<UserWritePayload>(
  "RevokeUserRefreshTokensPayload",
  "The result of `revokeUserRefreshTokens`: the user, whose `refreshTokens` are now gone.",
);

interface RevokedRefreshToken {
  revokedRefreshTokenId?: string;
  userErrors: UserErrorShape[];
}

const RevokeRefreshTokenPayload = definePayload<RevokedRefreshToken>(
  "RevokeRefreshTokenPayload",
  "The result of `revokeRefreshToken`.",
  (t) => ({
    revokedRefreshTokenId: t.id({
      nullable: true,
      description: "The id of the refresh token revoked; null when the mutation failed.",
      resolve: (payload) => payload.revokedRefreshTokenId ?? null,
    }),
  }),
);

const RefreshTokenIdArgs = z.object({ id: nonBlank("The refresh token id") });

builder.mutationFields((t) => ({
  revokeUserRefreshTokens: t.field({
    type: RevokeUserRefreshTokensPayload,
    nullable: true,
    description:
      "Revokes every refresh token issued to a user (Auth0's `DELETE /users/{user_id}/refresh-tokens`), so no application can get new access tokens for the user without a new login. Sessions are not revoked: see `revokeUserSessions`. Auth0 accepts the request and deletes asynchronously, so a read right after may still list some tokens. An unknown user is NOT_FOUND. Needs the `delete:refresh_tokens` scope.",
    authScopes: { scope: "delete:refresh_tokens" },
    args: { id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }) },
    resolve: (_root, args, ctx, info) => runUserWrite(ctx, info, userIdOnly(args.id), ({ id }) => ctx.client.deleteUserRefreshTokens(id)),
  }),
  revokeRefreshToken: t.field({
    type: RevokeRefreshTokenPayload,
    nullable: true,
    description:
      "Revokes one refresh token (Auth0's `DELETE /refresh-tokens/{id}`). Auth0 answers success for an unknown token, so the token is read first (`GET /refresh-tokens/{id}`): an unknown one is NOT_FOUND. Needs the `delete:refresh_tokens` scope.",
    authScopes: { scope: "delete:refresh_tokens" },
    // Reads the token first: Auth0 answers a delete of an unknown id as a success.
    extensions: upstreamCost({ kind: "call", calls: 2 }),
    args: { id: t.arg.id({ required: true, description: "The refresh token's id." }) },
    resolve: (_root, args, ctx) =>
      runMutation(async () => {
        const { id } = checkInput(RefreshTokenIdArgs, { id: String(args.id) });
        if ((await ctx.loaders.refreshToken.load(id)) === null) {
          throw new UserInputError([{ field: ["id"], message: "The refresh token does not exist.", code: "NOT_FOUND" }]);
        }
        await ctx.client.deleteRefreshToken(id);
        ctx.loaders.forgetSessions();
        return { revokedRefreshTokenId: id };
      }),
  }),
}));
