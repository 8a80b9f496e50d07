import type { UserBlock } from "../upstream/types.js";
import { builder } from "./builder.js";
import { graphError } from "./errors.js";
import { upstreamCost } from "./field-facts.js";
import { UserRef } from "./user.js";
import { wireString } from "./wire-values.js";

export const UserBlockRef = builder.objectRef<UserBlock>("UserBlock");

UserBlockRef.implement({
  description:
    "A brute-force protection block: Auth0 stopped logins with this identifier (from this IP address, " +
    "when one is given) after too many failed attempts.",
  fields: (t) => ({
    identifier: t.string({
      nullable: false,
      description: "The identifier that was blocked: the user's email, username or phone number.",
      resolve: (b) => b.identifier,
    }),
    ip: t.field({
      type: "IP",
      nullable: true,
      description: "The IP address the block applies to; null when it applies from everywhere (e.g. in account-lockout mode).",
      resolve: (b) => wireString(b.ip),
    }),
    connection: t.string({ nullable: true, description: "The connection the block applies to.", resolve: (b) => wireString(b.connection) }),
  }),
});

builder.objectFields(UserRef, (t) => ({
  blockedFor: t.field({
    type: [UserBlockRef],
    nullable: true,
    description:
      "The brute-force protection blocks on the user's identifiers (GET /user-blocks/{id}); empty when " +
      "there are none. Blocks set by an administrator are not listed here: see `blocked`. Null, with an " +
      "error on this field only, when the caller lacks read:users or Auth0 fails.",
    authScopes: { scope: "read:users" },
    extensions: upstreamCost({ kind: "call" }),
    resolve: async (user, _args, ctx) => {
      const blocks = await ctx.loaders.userBlocks.load(user.user_id);
      return blocks.blocked_for ?? [];
    },
  }),
}));

builder.queryFields((t) => ({
  userBlocksByIdentifier: t.field({
    type: [UserBlockRef],
    nullable: false,
    description:
      "The brute-force protection blocks recorded under an identifier — an email address, username or phone " +
      "number (Auth0's `GET /user-blocks?identifier=`); empty when there are none. Needs the `read:users` " +
      "scope.",
    authScopes: { scope: "read:users" },
    extensions: upstreamCost({ kind: "call" }),
    args: {
      identifier: t.arg.string({ required: true, description: "The identifier: an email address, username or phone number." }),
      considerBruteForceEnablement: t.arg.boolean({
        required: false,
        description:
          "true: a block counts only where brute-force protection is enabled on its connection; false (Auth0's " +
          "default): every recorded block counts.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.identifier.trim() === "")
        throw graphError("BAD_USER_INPUT", "`identifier` must not be blank.", { argumentName: "identifier" });
      const blocks = await ctx.loaders.userBlocksByIdentifier.load({
        identifier: args.identifier,
        ...(args.considerBruteForceEnablement != null ? { considerBruteForceEnablement: args.considerBruteForceEnablement } : {}),
      });
      return blocks.blocked_for;
    },
  }),
}));
