import { ApiError } from "../errors.js";
import { checkpointPage } from "../pagination.js";
import { requireUser, type Route, type RouteContext } from "../route.js";
import type { Session } from "../state.js";
import { boolParam, metadataUpdate, validateBody } from "../validation.js";

function findSession(ctx: RouteContext): Session | undefined {
  const id = ctx.params.id ?? "";
  for (const sessions of ctx.state.sessions.values()) {
    const session = sessions.find((s) => s.id === id);
    if (session) return session;
  }
  return undefined;
}

function requireSession(ctx: RouteContext): Session {
  const session = findSession(ctx);
  if (!session) throw new ApiError(404, "The session does not exist.", "inexistent_session");
  return session;
}

function removeSession(ctx: RouteContext, session: Session): void {
  const kept = (ctx.state.sessions.get(session.user_id) ?? []).filter((s) => s.id !== session.id);
  if (kept.length > 0) ctx.state.sessions.set(session.user_id, kept);
  else ctx.state.sessions.delete(session.user_id);
}

const listUserSessions: Route = {
  method: "GET",
  path: "/api/v2/users/{user_id}/sessions",
  scopes: ["read:sessions"],
  query: ["include_totals", "from", "take"],
  handle(ctx) {
    boolParam(ctx.query, "include_totals"); // declared by the contract, but the answer is always cursor-shaped
    const user = requireUser(ctx);
    return checkpointPage(ctx, ctx.state.sessions.get(user.user_id) ?? [], "sessions", (s) => s.id);
  },
};

// Deleting sessions leaves their refresh tokens alone; POST /sessions/{id}/revoke takes both.
const deleteUserSessions: Route = {
  method: "DELETE",
  path: "/api/v2/users/{user_id}/sessions",
  scopes: ["delete:sessions"],
  query: [],
  handle(ctx) {
    const user = requireUser(ctx);
    if (ctx.state.sessions.delete(user.user_id)) ctx.changed();
    return { status: 202 };
  },
};

const getSession: Route = {
  method: "GET",
  path: "/api/v2/sessions/{id}",
  scopes: ["read:sessions"],
  query: [],
  handle(ctx) {
    return { status: 200, body: requireSession(ctx) };
  },
};

// The contract documents no 404 for this delete: deleting a session that is gone is accepted.
const deleteSession: Route = {
  method: "DELETE",
  path: "/api/v2/sessions/{id}",
  scopes: ["delete:sessions"],
  query: [],
  handle(ctx) {
    const session = findSession(ctx);
    if (session) {
      removeSession(ctx, session);
      ctx.changed();
    }
    return { status: 202 };
  },
};

const updateSession: Route = {
  method: "PATCH",
  path: "/api/v2/sessions/{id}",
  scopes: ["update:sessions"],
  query: [],
  handle(ctx) {
    const body = validateBody<{ session_metadata?: Record<string, unknown> | null }>(ctx.body, "UpdateSessionRequestContent");
    const metadata = body.session_metadata === undefined ? undefined : metadataUpdate(body.session_metadata, "session_metadata");
    const session = requireSession(ctx);
    if (metadata !== undefined) session.session_metadata = metadata;
    session.updated_at = ctx.now().toISOString();
    ctx.changed();
    return { status: 200, body: session };
  },
};

const revokeSession: Route = {
  method: "POST",
  path: "/api/v2/sessions/{id}/revoke",
  // Revoking takes the session's refresh tokens too: the contract asks for both scopes.
  scopes: ["delete:sessions", "delete:refresh_tokens"],
  scopeMode: "all",
  query: [],
  handle(ctx) {
    if ((ctx.params.id ?? "").length > 50)
      throw new ApiError(400, "Path validation error: 'String is too long, maximum 50' on property id.", "invalid_uri");
    const session = requireSession(ctx);
    removeSession(ctx, session);
    const tokens = ctx.state.refreshTokens.get(session.user_id) ?? [];
    const kept = tokens.filter((t) => t.session_id !== session.id);
    if (kept.length > 0) ctx.state.refreshTokens.set(session.user_id, kept);
    else ctx.state.refreshTokens.delete(session.user_id);
    ctx.changed();
    return { status: 202 };
  },
};

// Without session_id every session goes; unless preserve_refresh_tokens, the refresh tokens of the
// revoked session (or, for the whole user, all of them) go too. The contract lists no 404.
const revokeUserAccess: Route = {
  method: "POST",
  path: "/api/v2/users/{id}/revoke-access",
  scopes: ["delete:sessions", "delete:refresh_tokens"],
  query: [],
  handle(ctx) {
    const body = validateBody<{ session_id?: string; preserve_refresh_tokens?: boolean }>(ctx.body ?? {}, "RevokeUserAccessRequestContent");
    const userId = ctx.params.id ?? "";
    const sessions = ctx.state.sessions.get(userId) ?? [];
    const tokens = ctx.state.refreshTokens.get(userId) ?? [];
    const revoked = body.session_id === undefined ? sessions : sessions.filter((s) => s.id === body.session_id);
    const keptSessions = sessions.filter((s) => !revoked.includes(s));
    const keptTokens = body.preserve_refresh_tokens
      ? tokens
      : body.session_id === undefined
        ? []
        : tokens.filter((t) => t.session_id !== body.session_id);
    if (keptSessions.length === sessions.length && keptTokens.length === tokens.length) return { status: 202 };
    if (keptSessions.length > 0) ctx.state.sessions.set(userId, keptSessions);
    else ctx.state.sessions.delete(userId);
    if (keptTokens.length > 0) ctx.state.refreshTokens.set(userId, keptTokens);
    else ctx.state.refreshTokens.delete(userId);
    ctx.changed();
    return { status: 202 };
  },
};

export const sessionsRoutes: Route[] = [
  listUserSessions,
  deleteUserSessions,
  getSession,
  deleteSession,
  updateSession,
  revokeSession,
  revokeUserAccess,
];
