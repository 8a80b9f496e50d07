import type { FederatedConnectionTokenSet } from "../upstream/types.js";
import { builder } from "./builder.js";
import { upstreamCost } from "./field-facts.js";
import { UserRef } from "./user.js";
import { wireDate, wireString } from "./wire-values.js";

export const FederatedTokenSetRef = builder.objectRef<FederatedConnectionTokenSet>("FederatedConnectionTokenSet");

// Metadata only: whatever else an answer carries (Auth0's type allows more), no token is exposed.
FederatedTokenSetRef.implement({
  description:
    "The tokens Auth0 Token Vault keeps for a user at a federated connection's identity provider — " +
    "described, never shown: no field exposes a token value.",
  fields: (t) => ({
    id: t.id({ nullable: false, description: "The token set's id.", resolve: (s) => String(s.id) }),
    connection: t.string({
      nullable: true,
      description: "The name of the connection the tokens are for.",
      resolve: (s) => wireString(s.connection),
    }),
    scope: t.string({ nullable: true, description: "The scopes the tokens grant, space-separated.", resolve: (s) => wireString(s.scope) }),
    issuedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the tokens were issued.",
      resolve: (s) => wireDate(s.issued_at),
    }),
    expiresAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the access token expires; null when unknown.",
      resolve: (s) => wireDate(s.expires_at),
    }),
    lastUsedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the tokens were last used; null when never.",
      resolve: (s) => wireDate(s.last_used_at),
    }),
  }),
});

builder.objectField(UserRef, "federatedConnectionTokenSets", (t) =>
  t.field({
    type: [FederatedTokenSetRef],
    nullable: true,
    description:
      "The token sets Token Vault keeps for this user at federated connections (Auth0's `GET " +
      "/users/{id}/federated-connections-tokensets`), as metadata only. Needs the " +
      "`read:federated_connections_tokens` scope.",
    authScopes: { scope: "read:federated_connections_tokens" },
    extensions: upstreamCost({ kind: "call" }),
    resolve: (user, _args, ctx) => ctx.loaders.userFederatedTokenSets.load(user.user_id),
  }),
);
