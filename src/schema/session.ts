import type { Session } from "../upstream/types.js";
import { builder } from "./builder.js";
import { checkpointConnectionField, checkpointConnectionType } from "./connection-fields.js";
import { upstreamCost } from "./field-facts.js";
import { ownerUserField, UserRef, type UserRecord } from "./user.js";
import { wireDate, wireObject, wireString } from "./wire-values.js";

/** A session as Auth0 returns it (GET /users/{user_id}/sessions or GET /sessions/{id}). */
export type SessionRecord = Session;
type SessionDevice = NonNullable<Session["device"]>;
type SessionClient = NonNullable<Session["clients"]>[number];
type SessionAuthentication = NonNullable<Session["authentication"]>;
type SessionAuthenticationMethod = NonNullable<SessionAuthentication["methods"]>[number];
type SessionCookie = NonNullable<Session["cookie"]>;
/** Newer answers (node-auth0 v6.1 types) add `actor`; the OAS subset does not describe it. */
type SessionActor = { sub?: string };

export const SessionRef = builder.objectRef<SessionRecord>("Session");
const SessionDeviceRef = builder.objectRef<SessionDevice>("SessionDevice");
const SessionClientRef = builder.objectRef<SessionClient>("SessionClient");
const SessionAuthenticationRef = builder.objectRef<SessionAuthentication>("SessionAuthentication");
const SessionAuthenticationMethodRef = builder.objectRef<SessionAuthenticationMethod>("SessionAuthenticationMethod");
const SessionCookieRef = builder.objectRef<SessionCookie>("SessionCookie");
const SessionActorRef = builder.objectRef<SessionActor>("SessionActor");

const SessionCookieMode = builder.enumType("SessionCookieMode", {
  description: "The persistence mode of the session cookie.",
  values: {
    NON_PERSISTENT: { value: "non-persistent", description: "Ephemeral: the cookie is deleted when the browser is closed." },
    PERSISTENT: { value: "persistent", description: "The cookie is stored until it expires or is deleted by the user." },
  } as const,
});

SessionDeviceRef.implement({
  description: "Metadata related to the device used in the session.",
  fields: (t) => ({
    initialUserAgent: t.string({
      nullable: true,
      description: "First user agent of the device from which this user logged in.",
      resolve: (d) => wireString(d.initial_user_agent),
    }),
    initialIp: t.field({
      type: "IP",
      nullable: true,
      description: "First IP address associated with this session.",
      resolve: (d) => wireString(d.initial_ip),
    }),
    initialAsn: t.string({
      nullable: true,
      description: "First autonomous system number associated with this session.",
      resolve: (d) => wireString(d.initial_asn),
    }),
    lastUserAgent: t.string({
      nullable: true,
      description: "Last user agent of the device from which this user logged in.",
      resolve: (d) => wireString(d.last_user_agent),
    }),
    lastIp: t.field({
      type: "IP",
      nullable: true,
      description: "Last IP address from which this user logged in.",
      resolve: (d) => wireString(d.last_ip),
    }),
    lastAsn: t.string({
      nullable: true,
      description: "Last autonomous system number from which this user logged in.",
      resolve: (d) => wireString(d.last_asn),
    }),
  }),
});

SessionClientRef.implement({
  description: "An application (client) the session is used by.",
  fields: (t) => ({
    clientId: t.string({ nullable: true, description: "ID of client for the session.", resolve: (c) => wireString(c.client_id) }),
  }),
});

SessionAuthenticationMethodRef.implement({
  description: "An authentication method the user completed during the session.",
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: 'One of: "federated", "passkey", "pwd", "sms", "email", "mfa", "mock" or a custom method denoted by a URL.',
      resolve: (m) => wireString(m.name),
    }),
    timestamp: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the method was completed.",
      resolve: (m) => wireDate(m.timestamp),
    }),
    type: t.string({
      nullable: true,
      description: 'A specific MFA factor. Only present when "name" is set to "mfa".',
      resolve: (m) => wireString(m.type),
    }),
  }),
});

SessionAuthenticationRef.implement({
  description: "Details about authentication signals obtained during the login flow.",
  fields: (t) => ({
    methods: t.field({
      type: [SessionAuthenticationMethodRef],
      nullable: false,
      description: "The authentication methods the user has completed during the session.",
      resolve: (a) => a.methods ?? [],
    }),
  }),
});

SessionCookieRef.implement({
  description: "Session cookie configuration (an Auth0 Private Early Access feature).",
  fields: (t) => ({
    mode: t.field({
      type: SessionCookieMode,
      nullable: true,
      description: 'The persistence mode of the session cookie: "non-persistent" (deleted when the browser is closed) or "persistent".',
      resolve: (c) => c.mode ?? null,
    }),
  }),
});

SessionActorRef.implement({
  description: "The actor of a session, as newer Management API answers carry it (`actor`).",
  fields: (t) => ({
    sub: t.string({ nullable: true, description: "The actor's subject identifier.", resolve: (a) => wireString(a.sub) }),
  }),
});

SessionRef.implement({
  description:
    "An Auth0 session of a user: the login state on one device that single sign-on and silent " +
    "authentication use. Its `id` equals the `sid` claim of ID and logout tokens. (Sessions are an Auth0 " +
    "Enterprise-plan feature.)",
  fields: (t) => ({
    // The spec marks every session attribute optional; a session without an id would be an Auth0 bug.
    id: t.id({ nullable: false, description: "The ID of the session.", resolve: (s) => s.id as string }),
    userId: t.string({
      nullable: true,
      description: "ID of the user which can be used when interacting with other APIs.",
      resolve: (s) => wireString(s.user_id),
    }),
    user: ownerUserField(t, {
      description: "The user the session belongs to; null if that user no longer exists.",
      userId: (s: SessionRecord) => s.user_id,
    }),
    createdAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "The date and time when the session was created.",
      resolve: (s) => wireDate(s.created_at),
    }),
    updatedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "The date and time when the session was last updated.",
      resolve: (s) => wireDate(s.updated_at),
    }),
    authenticatedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "The date and time when the user last authenticated in the session.",
      resolve: (s) => wireDate(s.authenticated_at),
    }),
    idleExpiresAt: t.field({
      type: "DateTime",
      nullable: true,
      description:
        "When the session expires if there is no user activity; null when it has no idle expiry (e.g. a non-persistent session).",
      resolve: (s) => wireDate(s.idle_expires_at),
    }),
    expiresAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the session expires regardless of activity (its absolute lifetime).",
      resolve: (s) => wireDate(s.expires_at),
    }),
    lastInteractedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "The date and time of the user's last interaction with the session.",
      resolve: (s) => wireDate(s.last_interacted_at),
    }),
    device: t.field({
      type: SessionDeviceRef,
      nullable: true,
      description: "Metadata related to the device used in the session.",
      resolve: (s) => s.device ?? null,
    }),
    clients: t.field({
      type: [SessionClientRef],
      nullable: false,
      description: "List of client details for the session.",
      resolve: (s) => s.clients ?? [],
    }),
    authentication: t.field({
      type: SessionAuthenticationRef,
      nullable: true,
      description: "Details about authentication signals obtained during the login flow.",
      resolve: (s) => s.authentication ?? null,
    }),
    cookie: t.field({
      type: SessionCookieRef,
      nullable: true,
      description: "Session cookie configuration.",
      resolve: (s) => s.cookie ?? null,
    }),
    sessionMetadata: t.field({
      type: "JSONObject",
      nullable: true,
      description: "Metadata associated with the session: an object with string values (max 255 chars), at most 25 properties.",
      resolve: (s) => wireObject(s.session_metadata),
    }),
    actor: t.field({
      type: SessionActorRef,
      nullable: true,
      description: "The session's actor (`actor.sub`), when Auth0's answer carries one (node-auth0 v6.1 types); null otherwise.",
      resolve: (s) => wireObject(s.actor) as SessionActor | null,
    }),
  }),
});

export const SessionConnection = checkpointConnectionType(SessionRef, {
  name: "Session",
  description:
    "A page of a user's sessions. Auth0 pages sessions with checkpoints (`from`/`take`), so there is no " +
    "total count; pages are in session-id order.",
  edge: "A session in a page of sessions, with its cursor.",
});

builder.objectFields(UserRef, (t) => ({
  sessions: checkpointConnectionField(t, {
    type: SessionConnection,
    items: "sessions",
    nullable: true,
    description:
      "The user's active sessions (GET /users/{id}/sessions), paged forward with checkpoints: pass " +
      "`pageInfo.endCursor` as `after` for the next page (one Auth0 call per page). Null, with an error on " +
      "this field only, when the caller lacks read:sessions or Auth0 fails.",
    authScopes: { scope: "read:sessions" },
    fetch: (user: UserRecord, paging, ctx) => ctx.loaders.userSessions.load({ id: user.user_id, ...paging }),
  }),
}));

builder.queryFields((t) => ({
  session: t.field({
    type: SessionRef,
    nullable: true,
    description: "A session by its ID (the `sid` claim of ID and logout tokens); null when no such session exists.",
    authScopes: { scope: "read:sessions" },
    extensions: upstreamCost({ kind: "byId", loader: "session", id: "argument" }),
    args: { id: t.arg.id({ required: true, description: "The ID of the session." }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.session.load(String(id)),
  }),
}));
