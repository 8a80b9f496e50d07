import { z } from "zod";
import { builder } from "./builder.js";
import { upstreamCost } from "./field-facts.js";
import { nonBlank, userIdInput } from "./input-checks.js";
import { UserInputError } from "./user-error.js";
import { defineUserPayload, runUserWrite, type UserWritePayload } from "./user-write-payload.js";

interface DeletedTokenSet extends UserWritePayload {
  deletedTokenSetId?: string;
}

const DeleteUserFederatedConnectionTokenSetPayload = defineUserPayload<DeletedTokenSet>(
  "DeleteUserFederatedConnectionTokenSetPayload",
  "The result of `deleteUserFederatedConnectionTokenSet`: the user, and the id of the token set deleted.",
  {
    fields: (t) => ({
      deletedTokenSetId: t.id({
        nullable: true,
        description: "The id of the token set deleted; null when the mutation failed.",
        resolve: (payload) => payload.deletedTokenSetId ?? null,
      }),
    }),
  },
);

const Args = z
  .object({
    userId: userIdInput.refine((id) => id.length <= 300, { error: "The user id has at most 300 characters." }),
    id: nonBlank("The token set id").max(36, { error: "The token set id has at most 36 characters." }),
  })
  .transform(({ userId, id }) => ({ id: userId, tokenSetId: id }));

builder.mutationFields((t) => ({
  deleteUserFederatedConnectionTokenSet: t.field({
    type: DeleteUserFederatedConnectionTokenSetPayload,
    nullable: true,
    description:
      "Deletes a token set Token Vault keeps for a user (Auth0's `DELETE " +
      "/users/{id}/federated-connections-tokensets/{tokenset_id}`), so applications can no longer call the " +
      "connection's API for the user. Auth0 answers success for an unknown user or token set, so the user's " +
      "token sets are read first: an unknown user or token set is NOT_FOUND. Needs the " +
      "`delete:federated_connections_tokens` scope.",
    authScopes: { scope: "delete:federated_connections_tokens" },
    // Reads the user's token sets first: Auth0 answers a delete of an unknown id as a success.
    extensions: upstreamCost({ kind: "call", calls: 2 }),
    args: {
      userId: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }),
      id: t.arg.id({ required: true, description: "The token set's id." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(
        ctx,
        info,
        { schema: Args, args: { userId: String(args.userId), id: String(args.id) } },
        async ({ id, tokenSetId }) => {
          const sets = await ctx.loaders.userFederatedTokenSets.load(id);
          if (!sets.some((set) => set.id === tokenSetId)) {
            throw new UserInputError([{ field: ["id"], message: "The user has no such token set.", code: "NOT_FOUND" }]);
          }
          await ctx.client.deleteUserFederatedConnectionTokenSet(id, tokenSetId);
          return { deletedTokenSetId: tokenSetId };
        },
        { named: { user: ["userId"] } },
      ),
  }),
}));
