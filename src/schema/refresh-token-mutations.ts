import { z } from "zod";
import { builder } from "./builder.js";
import { upstreamCost } from "./field-facts.js";
import { checkInput, distinct, nonBlank, stringMetadata, userIdInput } from "./input-checks.js";
import { RefreshTokenRef, type RefreshTokenRecord } from "./refresh-token.js";
import type { Refusals } from "./upstream-refusal.js";
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

/** The most refresh-token ids one bulk revocation takes (Auth0's limit). */
export const MAX_REVOKED_REFRESH_TOKEN_IDS = 100;

interface UpdatedRefreshToken {
  refreshToken?: RefreshTokenRecord;
  userErrors: UserErrorShape[];
}

const UpdateRefreshTokenPayload = definePayload<UpdatedRefreshToken>(
  "UpdateRefreshTokenPayload",
  "The result of `updateRefreshToken`.",
  (t) => ({
    refreshToken: t.field({
      type: RefreshTokenRef,
      nullable: true,
      description:
        "The refresh token (its record, never its value) as Auth0 answered the update; null when the mutation failed. " +
        "Needs the `read:refresh_tokens` scope.",
      // Answered by the write itself: no read.
      authScopes: { scope: "read:refresh_tokens" },
      resolve: (payload) => payload.refreshToken ?? null,
    }),
  }),
);

interface RevokedRefreshTokens {
  refreshTokenIds?: string[];
  userId?: string;
  userErrors: UserErrorShape[];
}

const RevokeRefreshTokensPayload = definePayload<RevokedRefreshTokens>(
  "RevokeRefreshTokensPayload",
  "The result of `revokeRefreshTokens`: what Auth0 accepted to revoke (it revokes asynchronously).",
  (t) => ({
    refreshTokenIds: t.idList({
      nullable: true,
      description: "The refresh token ids given (repeats dropped), when revoking by id; null otherwise or when the mutation failed.",
      resolve: (payload) => payload.refreshTokenIds ?? null,
    }),
    userId: t.id({
      nullable: true,
      description: "The user whose refresh tokens are being revoked, when revoking by user; null otherwise or when the mutation failed.",
      resolve: (payload) => payload.userId ?? null,
    }),
  }),
);

const UpdateRefreshTokenInput = builder.inputType("UpdateRefreshTokenInput", {
  description: "What to change in a refresh token's record.",
  fields: (t) => ({
    refreshTokenMetadata: t.field({
      type: "JSONObject",
      required: false,
      description:
        "The refresh token's new metadata, replacing the old whole: at most 25 properties, each a string of at most 255 characters. " +
        "null or {} clears it. Required (Auth0 takes no empty update).",
    }),
  }),
});

const RevokeRefreshTokensInput = builder.inputType("RevokeRefreshTokensInput", {
  description: "Which refresh tokens to revoke: exactly one of `ids`; `userId`; `userId` + `clientId`; `userId` + `clientId` + `audience`.",
  fields: (t) => ({
    ids: t.idList({ required: false, description: `Refresh token ids (1 to ${MAX_REVOKED_REFRESH_TOKEN_IDS}); not with the others.` }),
    userId: t.id({ required: false, description: "Every refresh token of this user (Auth0 `user_id`)." }),
    clientId: t.string({ required: false, description: "Only the user's tokens issued to this application; needs `userId`." }),
    audience: t.string({
      required: false,
      description: "Only the tokens granting access to this API (its identifier); needs `userId` and `clientId`.",
    }),
  }),
});

const RefreshTokenIdArgs = z.object({ id: nonBlank("The refresh token id") });
const UpdateRefreshTokenArgs = z.object({
  id: nonBlank("The refresh token id"),
  input: z.object({ refreshTokenMetadata: stringMetadata("The refresh token metadata") }),
});

const RevokeRefreshTokensSelection = z
  .object({
    ids: z
      .array(nonBlank("A refresh token id").max(30, { error: "A refresh token id has at most 30 characters." }))
      .min(1, { error: "Give at least one refresh token id." })
      .max(MAX_REVOKED_REFRESH_TOKEN_IDS, { error: `Give at most ${MAX_REVOKED_REFRESH_TOKEN_IDS} refresh token ids in one call.` })
      .nullish(),
    userId: userIdInput.max(300, { error: "The user id has at most 300 characters." }).nullish(),
    clientId: nonBlank("The client id").max(64, { error: "The client id has at most 64 characters." }).nullish(),
    audience: nonBlank("The audience").max(600, { error: "The audience has at most 600 characters." }).nullish(),
  })
  .superRefine((input, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (input.ids != null) {
      for (const other of ["userId", "clientId", "audience"] as const) {
        if (input[other] != null) problem(other, `Give either ids or ${other}, not both.`);
      }
    } else if (input.userId == null) problem("userId", "Give either ids or userId.");
    else if (input.audience != null && input.clientId == null) problem("clientId", "An audience needs a clientId.");
  });

const RevokeRefreshTokensArgs = z.object({ input: RevokeRefreshTokensSelection });

const REVOKE_NAMED: Refusals = {
  // Auth0 answers an unknown API `inexistent_resource_server`, which the shared rules file under `permission`.
  named: { user: ["input", "userId"], permission: ["input", "audience"], refreshToken: ["input", "ids"] },
  messages: [{ message: /^User not found/, code: "NOT_FOUND", field: ["input", "userId"] }],
};

builder.mutationFields((t) => ({
  revokeUserRefreshTokens: t.field({
    type: RevokeUserRefreshTokensPayload,
    nullable: true,
    description:
      "Revokes every refresh token issued to a user (Auth0's `DELETE /users/{user_id}/refresh-tokens`), so " +
      "no application can get new access tokens for the user without a new login. Sessions are not revoked: " +
      "see `revokeUserSessions`. Auth0 accepts the request and deletes asynchronously, so a read right " +
      "after may still list some tokens. An unknown user is NOT_FOUND. Needs the `delete:refresh_tokens` " +
      "scope.",
    authScopes: { scope: "delete:refresh_tokens" },
    args: { id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }) },
    resolve: (_root, args, ctx, info) => runUserWrite(ctx, info, userIdOnly(args.id), ({ id }) => ctx.client.deleteUserRefreshTokens(id)),
  }),
  revokeRefreshToken: t.field({
    type: RevokeRefreshTokenPayload,
    nullable: true,
    description:
      "Revokes one refresh token (Auth0's `DELETE /refresh-tokens/{id}`). Auth0 answers success for an unknown token, " +
      "so the token is read first (`GET /refresh-tokens/{id}`): an unknown one is NOT_FOUND. " +
      "To revoke many at once, by id or by user, application and API, see `revokeRefreshTokens`. Needs the `delete:refresh_tokens` scope.",
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
  updateRefreshToken: t.field({
    type: UpdateRefreshTokenPayload,
    nullable: true,
    description:
      "Replaces a refresh token's metadata (Auth0's `PATCH /refresh-tokens/{id}`). An unknown token is NOT_FOUND. " +
      "Needs the `update:refresh_tokens` scope.",
    authScopes: { scope: "update:refresh_tokens" },
    args: {
      id: t.arg.id({ required: true, description: "The refresh token's id." }),
      input: t.arg({ type: UpdateRefreshTokenInput, required: true, description: "What to change." }),
    },
    resolve: (_root, args, ctx) =>
      runMutation(
        async () => {
          const { id, input } = checkInput(UpdateRefreshTokenArgs, { id: String(args.id), input: args.input });
          const refreshToken = await ctx.client.updateRefreshToken(id, { refresh_token_metadata: input.refreshTokenMetadata });
          ctx.loaders.forgetSessions();
          return { refreshToken };
        },
        { named: { refreshToken: ["id"] } },
      ),
  }),
  revokeRefreshTokens: t.field({
    type: RevokeRefreshTokensPayload,
    nullable: true,
    description:
      "Revokes refresh tokens in bulk (Auth0's `POST /refresh-tokens/revoke`, Early Access): up to " +
      `${MAX_REVOKED_REFRESH_TOKEN_IDS} by id, or every token of a user, narrowed to one application (\`clientId\`) ` +
      "and then one API (`audience`). Auth0 accepts the request and revokes asynchronously, so a read right after may still " +
      "list some tokens; ids that name no token are accepted and ignored. An unknown user or API is NOT_FOUND. " +
      "Online refresh tokens are revoked with their session (`revokeSession`). Needs the `delete:refresh_tokens` scope.",
    authScopes: { scope: "delete:refresh_tokens" },
    args: { input: t.arg({ type: RevokeRefreshTokensInput, required: true, description: "Which refresh tokens to revoke." }) },
    resolve: (_root, args, ctx) =>
      runMutation(async () => {
        const { input } = checkInput(RevokeRefreshTokensArgs, { input: args.input });
        if (input.ids != null) {
          const ids = distinct(input.ids);
          await ctx.client.revokeRefreshTokens({ ids });
          ctx.loaders.forgetSessions();
          return { refreshTokenIds: ids };
        }
        const userId = input.userId!;
        await ctx.client.revokeRefreshTokens({
          user_id: userId,
          ...(input.clientId != null ? { client_id: input.clientId } : {}),
          ...(input.audience != null ? { audience: input.audience } : {}),
        });
        ctx.loaders.forgetSessions();
        return { userId };
      }, REVOKE_NAMED),
  }),
}));
