import type { RefreshToken } from "../upstream/types.js";
import { builder } from "./builder.js";
import { checkpointConnectionField, checkpointConnectionType } from "./connection-fields.js";
import { upstreamCost } from "./field-facts.js";
import { SessionRef } from "./session.js";
import { ownerUserField, UserRef, type UserRecord } from "./user.js";
import { wireDate, wireObject, wireString } from "./wire-values.js";

/**
 * A refresh token's record as Auth0 returns it (GET /users/{user_id}/refresh-tokens or
 * GET /refresh-tokens/{id}): metadata about the grant — never the token value itself.
 */
export type RefreshTokenRecord = RefreshToken;
type RefreshTokenDevice = NonNullable<RefreshToken["device"]>;
type RefreshTokenResourceServer = NonNullable<RefreshToken["resource_servers"]>[number];

export const RefreshTokenRef = builder.objectRef<RefreshTokenRecord>("RefreshToken");
const RefreshTokenDeviceRef = builder.objectRef<RefreshTokenDevice>("RefreshTokenDevice");
const RefreshTokenResourceServerRef = builder.objectRef<RefreshTokenResourceServer>("RefreshTokenResourceServer");

RefreshTokenDeviceRef.implement({
  description: "Device used while issuing and exchanging the refresh token.",
  fields: (t) => ({
    initialIp: t.field({
      type: "IP",
      nullable: true,
      description: "First IP address associated with the refresh token.",
      resolve: (d) => wireString(d.initial_ip),
    }),
    initialAsn: t.string({
      nullable: true,
      description: "First autonomous system number associated with the refresh token.",
      resolve: (d) => wireString(d.initial_asn),
    }),
    initialUserAgent: t.string({
      nullable: true,
      description: "First user agent associated with the refresh token.",
      resolve: (d) => wireString(d.initial_user_agent),
    }),
    lastIp: t.field({
      type: "IP",
      nullable: true,
      description: "Last IP address associated with the refresh token.",
      resolve: (d) => wireString(d.last_ip),
    }),
    lastAsn: t.string({
      nullable: true,
      description: "Last autonomous system number associated with the refresh token.",
      resolve: (d) => wireString(d.last_asn),
    }),
    lastUserAgent: t.string({
      nullable: true,
      description: "Last user agent associated with the refresh token.",
      resolve: (d) => wireString(d.last_user_agent),
    }),
  }),
});

RefreshTokenResourceServerRef.implement({
  description: "A resource server (API) the refresh token grants access to, with the scopes granted for it.",
  fields: (t) => ({
    audience: t.string({ nullable: true, description: "Resource server ID (the API's audience).", resolve: (r) => wireString(r.audience) }),
    scopes: t.stringList({
      nullable: false,
      description: "The scopes granted for this resource server (Auth0 sends them as one space-separated string).",
      resolve: (r) => (typeof r.scopes === "string" ? r.scopes.split(" ").filter(Boolean) : []),
    }),
  }),
});

RefreshTokenRef.implement({
  description:
    "A refresh token issued to a user: which application holds it, for which APIs and scopes, from which " +
    "device, and when it expires. The token value itself is never exposed.",
  fields: (t) => ({
    // The spec marks every attribute optional; a token without an id would be an Auth0 bug.
    id: t.id({ nullable: false, description: "The ID of the refresh token.", resolve: (r) => r.id as string }),
    userId: t.string({
      nullable: true,
      description: "ID of the user which can be used when interacting with other APIs.",
      resolve: (r) => wireString(r.user_id),
    }),
    user: ownerUserField(t, {
      description: "The user the refresh token was issued to; null if that user no longer exists.",
      userId: (r: RefreshToken) => r.user_id,
    }),
    createdAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "The date and time when the refresh token was created.",
      resolve: (r) => wireDate(r.created_at),
    }),
    idleExpiresAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the refresh token expires if it is not exchanged; null when it has no idle expiry.",
      resolve: (r) => wireDate(r.idle_expires_at),
    }),
    expiresAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the refresh token expires regardless of use; null when it has no absolute expiry.",
      resolve: (r) => wireDate(r.expires_at),
    }),
    lastExchangedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "The date and time when the refresh token was last exchanged; null if it never was.",
      resolve: (r) => wireDate(r.last_exchanged_at),
    }),
    device: t.field({
      type: RefreshTokenDeviceRef,
      nullable: true,
      description: "Device used while issuing/exchanging the refresh token.",
      resolve: (r) => r.device ?? null,
    }),
    clientId: t.string({
      nullable: true,
      description: "ID of the client application granted with this refresh token.",
      resolve: (r) => wireString(r.client_id),
    }),
    sessionId: t.string({
      nullable: true,
      description: "ID of the authenticated session used to obtain this refresh token; null when it is not bound to a session.",
      resolve: (r) => wireString(r.session_id),
    }),
    session: t.field({
      type: SessionRef,
      nullable: true,
      description:
        "The authenticated session used to obtain this refresh token; null when it is not bound to one or the session has ended.",
      authScopes: { scope: "read:sessions" },
      extensions: upstreamCost({ kind: "byId", loader: "session", id: "parent" }),
      resolve: (r, _args, ctx) => (r.session_id ? ctx.loaders.session.load(r.session_id) : null),
    }),
    rotating: t.boolean({
      nullable: true,
      description: "True if the token is a rotating refresh token.",
      resolve: (r) => r.rotating ?? null,
    }),
    resourceServers: t.field({
      type: [RefreshTokenResourceServerRef],
      nullable: false,
      description: "The resource servers associated with this refresh token and their granted scopes.",
      resolve: (r) => r.resource_servers ?? [],
    }),
    refreshTokenMetadata: t.field({
      type: "JSONObject",
      nullable: true,
      description: "Metadata associated with the refresh token: an object with string values (max 255 chars), at most 25 properties.",
      resolve: (r) => wireObject(r.refresh_token_metadata),
    }),
  }),
});

export const RefreshTokenConnection = checkpointConnectionType(RefreshTokenRef, {
  name: "RefreshToken",
  description:
    "A page of a user's refresh tokens. Auth0 pages refresh tokens with checkpoints (`from`/`take`), so " +
    "there is no total count; pages are in token-id order.",
  edge: "A refresh token in a page of refresh tokens, with its cursor.",
});

builder.objectFields(UserRef, (t) => ({
  refreshTokens: checkpointConnectionField(t, {
    type: RefreshTokenConnection,
    items: "refresh tokens",
    nullable: true,
    description:
      "The refresh tokens issued to the user (GET /users/{id}/refresh-tokens), paged forward with " +
      "checkpoints: pass `pageInfo.endCursor` as `after` for the next page (one Auth0 call per page). Null, " +
      "with an error on this field only, when the caller lacks read:refresh_tokens or Auth0 fails.",
    authScopes: { scope: "read:refresh_tokens" },
    fetch: (user: UserRecord, paging, ctx) => ctx.loaders.userRefreshTokens.load({ id: user.user_id, ...paging }),
  }),
}));

builder.queryFields((t) => ({
  refreshToken: t.field({
    type: RefreshTokenRef,
    nullable: true,
    description: "A refresh token's record by its ID; null when no such refresh token exists. The token value itself is never exposed.",
    authScopes: { scope: "read:refresh_tokens" },
    extensions: upstreamCost({ kind: "byId", loader: "refreshToken", id: "argument" }),
    args: { id: t.arg.id({ required: true, description: "The ID of the refresh token." }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.refreshToken.load(String(id)),
  }),
}));
