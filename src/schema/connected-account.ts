import type { ConnectedAccount } from "../upstream/types.js";
import { builder } from "./builder.js";
import { checkpointConnectionField, checkpointConnectionType } from "./connection-fields.js";
import { type UserRecord, UserRef } from "./user.js";
import { wireDate, wireString } from "./wire-values.js";

export const ConnectedAccountRef = builder.objectRef<ConnectedAccount>("ConnectedAccount");

ConnectedAccountRef.implement({
  description:
    "An account at a third-party API that the user connected through one of the tenant's connections, so " +
    "applications can call that API on the user's behalf (Auth0 Token Vault). Its tokens are never " +
    "exposed.",
  fields: (t) => ({
    id: t.id({ nullable: false, description: "The unique identifier for the connected account.", resolve: (a) => a.id }),
    connection: t.string({
      nullable: false,
      description: "The name of the connection associated with the account.",
      resolve: (a) => a.connection,
    }),
    connectionId: t.string({
      nullable: false,
      description: "The identifier of the connection associated with the account.",
      resolve: (a) => a.connection_id,
    }),
    strategy: t.string({
      nullable: false,
      description: "The authentication strategy of the connection, e.g. `google-oauth2`.",
      resolve: (a) => a.strategy,
    }),
    accessType: t.string({
      nullable: false,
      description: "The access type for the connected account: `offline`.",
      resolve: (a) => a.access_type,
    }),
    scopes: t.stringList({
      nullable: false,
      description: "The scopes granted for this connected account.",
      resolve: (a) => a.scopes ?? [],
    }),
    createdAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the account was connected.",
      resolve: (a) => wireDate(a.created_at),
    }),
    expiresAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the connected account expires; null when it does not.",
      resolve: (a) => wireDate(a.expires_at),
    }),
    organizationId: t.string({
      nullable: true,
      description: "The organization the account was connected in; null when none.",
      resolve: (a) => wireString(a.organization_id),
    }),
  }),
});

const ConnectedAccountConnection = checkpointConnectionType(ConnectedAccountRef, {
  name: "ConnectedAccount",
  description: "A page of a user's connected accounts. Auth0 pages them with checkpoints, so there is no total count.",
  edge: "A connected account, with its cursor.",
});

builder.objectFields(UserRef, (t) => ({
  connectedAccounts: checkpointConnectionField(t, {
    type: ConnectedAccountConnection,
    items: "accounts",
    nullable: true,
    description:
      "The accounts at third-party APIs the user connected (Auth0's `GET /users/{id}/connected-accounts`). Needs the `read:users` scope.",
    authScopes: { scope: "read:users" },
    fetch: (user: UserRecord, paging, ctx) => ctx.loaders.userConnectedAccounts.load({ id: user.user_id, ...paging }),
  }),
}));
