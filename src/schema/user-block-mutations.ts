import { z } from "zod";
import { builder } from "./builder.js";
import { checkInput, nonBlank } from "./input-checks.js";
import { definePayload, runMutation } from "./user-error.js";
import { defineUserPayload, runUserWrite, userIdOnly, type UserWritePayload } from "./user-write-payload.js";

// Both unblocks lift brute-force protection blocks only; an administrator's block (`User.blocked`)
// is lifted with updateUser(blocked: false).

const UnblockUserPayload = defineUserPayload<UserWritePayload>(
  "UnblockUserPayload",
  "The result of `unblockUser`: the user, whose `blockedFor` is now empty.",
);

interface UnblockByIdentifierResult {
  identifier?: string;
  userErrors: UserWritePayload["userErrors"];
}

const UnblockUserByIdentifierPayload = definePayload<UnblockByIdentifierResult>(
  "UnblockUserByIdentifierPayload",
  "The result of `unblockUserByIdentifier`.",
  (t) => ({
    identifier: t.string({
      nullable: true,
      description: "The identifier whose brute-force blocks were lifted, as given; null when the mutation failed.",
      resolve: (payload) => payload.identifier ?? null,
    }),
  }),
);

builder.mutationFields((t) => ({
  unblockUser: t.field({
    type: UnblockUserPayload,
    nullable: true,
    description:
      "Lifts every brute-force protection block on a user's identifiers (Auth0's `DELETE " +
      "/user-blocks/{id}`). It does not lift an administrator's block (`User.blocked`). An unknown user is " +
      "NOT_FOUND. Needs the `update:users` scope.",
    authScopes: { scope: "update:users" },
    args: { id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }) },
    resolve: (_root, args, ctx, info) => runUserWrite(ctx, info, userIdOnly(args.id), ({ id }) => ctx.client.deleteUserBlocks(id)),
  }),
  unblockUserByIdentifier: t.field({
    type: UnblockUserByIdentifierPayload,
    nullable: true,
    description:
      "Lifts the brute-force protection blocks recorded under an identifier — an email address, username or " +
      "phone number (Auth0's `DELETE /user-blocks?identifier=`). Auth0 answers success whether or not " +
      "anything was blocked or any user has the identifier, so there is no NOT_FOUND here; use " +
      "`user.blockedFor` to see a user's blocks. Needs the `update:users` scope.",
    authScopes: { scope: "update:users" },
    args: {
      identifier: t.arg.string({ required: true, description: "The blocked identifier: an email address, username or phone number." }),
    },
    resolve: (_root, args, ctx) =>
      runMutation(async () => {
        const { identifier } = checkInput(z.object({ identifier: nonBlank("The identifier") }), args);
        await ctx.client.deleteUserBlocksByIdentifier(identifier);
        // Which users the identifier names is not known here; blocks are the only read this changes.
        ctx.loaders.userBlocks.clearAll();
        return { identifier };
      }),
  }),
}));
