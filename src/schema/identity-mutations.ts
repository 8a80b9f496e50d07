import type { UserIdentityOfUser } from "../upstream/types.js";
import { builder } from "./builder.js";
import type { GatewayContext } from "./context.js";
import { identityUserId, LinkIdentityArgs, UnlinkIdentityArgs } from "./identity-input.js";
import { IdentityRef } from "./identity.js";
import { checkInput } from "./input-checks.js";
import { runMutation } from "./user-error.js";
import { defineUserPayload, userWritten, type UserWritePayload } from "./user-write-payload.js";

// linkUserIdentity and unlinkUserIdentity (contract §1b). Auth0 answers both with the primary's
// identities only; the payload's `user` is read afresh (after the operation's cache of both
// accounts was cleared) and only when selected.

const LinkUserIdentityInput = builder.inputType("LinkUserIdentityInput", {
  description:
    "The secondary account to link: either `provider` and `userId` (with `connectionId` to pick among " +
    "several database connections), or `linkWith`, its ID token — never both.",
  fields: (t) => ({
    provider: t.string({ description: "Identity provider of the secondary account, e.g. `auth0`, `google-oauth2`, `github`." }),
    userId: t.string({ description: "The secondary account's id at the provider, without the `provider|` prefix." }),
    connectionId: t.string({
      description:
        "Id of the secondary account's connection (`con_` and 16 letters or digits), needed only when more " +
        "than one `auth0` database connection exists.",
    }),
    linkWith: t.string({
      description:
        "The secondary account's ID token (a JWT issued by this tenant). The only form a caller holding just " +
        "update:current_user_identities may use. Never returned or logged.",
    }),
  }),
});

interface IdentitiesPayload extends UserWritePayload {
  identities?: UserIdentityOfUser[];
}

const identitiesPayload = (name: string, description: string, identitiesDescription: string) =>
  defineUserPayload<IdentitiesPayload>(name, description, {
    user: "The primary user after the change, read afresh; null when userErrors says why not.",
    fields: (t) => ({
      identities: t.field({
        type: [IdentityRef],
        nullable: true,
        description: identitiesDescription,
        resolve: (payload) => payload.identities ?? null,
      }),
    }),
  });

const LinkUserIdentityPayload = identitiesPayload(
  "LinkUserIdentityPayload",
  "The result of linkUserIdentity.",
  "The primary user's identities after linking, the new one last; null when userErrors says why not.",
);
const UnlinkUserIdentityPayload = identitiesPayload(
  "UnlinkUserIdentityPayload",
  "The result of unlinkUserIdentity.",
  "The primary user's identities that remain; null when userErrors says why not.",
);

/** Scopes for a write to `id`'s identities: update:users, or update:current_user_identities on one's own. */
const identityScopes = (id: string | number, ctx: GatewayContext, ownAllowed: boolean) =>
  ownAllowed && String(id) === ctx.caller.sub
    ? { anyScope: ["update:users", "update:current_user_identities"] }
    : { scope: "update:users" };

builder.mutationFields((t) => ({
  linkUserIdentity: t.field({
    type: LinkUserIdentityPayload,
    nullable: true,
    description:
      "Links a secondary account into a user (Auth0's `POST /users/{id}/identities`): the secondary stops " +
      "existing on its own and becomes one of the user's identities. An unknown user or secondary account " +
      "is NOT_FOUND; an identity already linked to a user is ALREADY_EXISTS; what else Auth0 refuses (a " +
      "provider not configured, an invalid ID token) is UPSTREAM_REJECTED. Needs the `update:users` scope; " +
      "`update:current_user_identities` suffices for linking into the caller's own user with `linkWith`.",
    authScopes: (_root, { id, input }, ctx) => identityScopes(id, ctx, input.linkWith !== undefined && input.linkWith !== null),
    args: {
      id: t.arg.id({ required: true, description: "The Auth0 `user_id` of the primary user." }),
      input: t.arg({ type: LinkUserIdentityInput, required: true, description: "The secondary account." }),
    },
    resolve: (_root, { id, input }, ctx, info) =>
      runMutation(
        async () => {
          const { id: primaryId, body } = checkInput(LinkIdentityArgs, { id: String(id), input });
          const identities = await ctx.client.linkUserIdentity(primaryId, body);
          // The secondary account no longer exists on its own; with linkWith its id is inside the token.
          if (body.provider !== undefined) ctx.loaders.invalidateUser(identityUserId(body.provider, String(body.user_id)));
          else ctx.loaders.users.clearAll();
          return { ...(await userWritten(ctx, info, primaryId)), identities: identities as UserIdentityOfUser[] };
        },
        {
          named: { user: ["id"], created: ["input"] },
          // Auth0 refuses an unknown secondary account with its generic invalid_body.
          messages: [{ message: /inexistent identity|secondary account not found/i, code: "NOT_FOUND", field: ["input"] }],
        },
      ),
  }),

  unlinkUserIdentity: t.field({
    type: UnlinkUserIdentityPayload,
    nullable: true,
    description:
      "Unlinks a secondary identity from a user (Auth0's `DELETE " +
      "/users/{id}/identities/{provider}/{user_id}`); Auth0 makes it a standalone user again. The main " +
      "identity cannot be unlinked (INVALID_INPUT); an unknown user or an identity that is not linked to it " +
      "is NOT_FOUND. Needs the `update:users` scope, or `update:current_user_identities` on the caller's " +
      "own user.",
    authScopes: (_root, { id }, ctx) => identityScopes(id, ctx, true),
    args: {
      id: t.arg.id({ required: true, description: "The Auth0 `user_id` of the primary user." }),
      provider: t.arg.string({ required: true, description: "The identity provider of the identity to unlink, e.g. `github`." }),
      userId: t.arg.string({ required: true, description: "The identity's id at the provider, without the `provider|` prefix." }),
    },
    resolve: (_root, { id, provider, userId }, ctx, info) =>
      runMutation(
        async () => {
          const args = checkInput(UnlinkIdentityArgs, { id: String(id), provider, userId });
          const identities = await ctx.client.unlinkUserIdentity(args.id, args.provider, args.userId);
          ctx.loaders.invalidateUser(identityUserId(args.provider, args.userId));
          return { ...(await userWritten(ctx, info, args.id)), identities: identities as UserIdentityOfUser[] };
        },
        // Auth0 refuses an identity that is not linked to the user with its generic invalid_body.
        { named: { user: ["id"] }, messages: [{ message: /not linked/i, code: "NOT_FOUND", field: ["userId"] }] },
      ),
  }),
}));
