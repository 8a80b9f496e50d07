import { ApiError, invalidBody } from "../errors.js";
import { checkpointPage } from "../pagination.js";
import { requireUser, type Route, type RouteContext } from "../route.js";
import type { RefreshToken } from "../state.js";
import { boolParam, metadataUpdate, validateBody } from "../validation.js";

const MAX_REVOKE_IDS = 100;

function findToken(ctx: RouteContext): RefreshToken | undefined {
  const id = ctx.params.id ?? "";
  for (const tokens of ctx.state.refreshTokens.values()) {
    const token = tokens.find((t) => t.id === id);
    if (token) return token;
  }
  return undefined;
}

function requireToken(ctx: RouteContext): RefreshToken {
  const token = findToken(ctx);
  if (!token) throw new ApiError(404, "The refresh token does not exist.", "inexistent_refresh_token");
  return token;
}

/** Removes the user's tokens that `drop` selects; true when any was removed. */
function removeTokens(ctx: RouteContext, userId: string, drop: (token: RefreshToken) => boolean): boolean {
  const tokens = ctx.state.refreshTokens.get(userId) ?? [];
  const kept = tokens.filter((t) => !drop(t));
  if (kept.length === tokens.length) return false;
  if (kept.length > 0) ctx.state.refreshTokens.set(userId, kept);
  else ctx.state.refreshTokens.delete(userId);
  return true;
}

const listUserRefreshTokens: Route = {
  method: "GET",
  path: "/api/v2/users/{user_id}/refresh-tokens",
  scopes: ["read:refresh_tokens"],
  query: ["include_totals", "from", "take"],
  handle(ctx) {
    boolParam(ctx.query, "include_totals"); // declared by the contract, but the answer is always cursor-shaped
    const user = requireUser(ctx);
    return checkpointPage(ctx, ctx.state.refreshTokens.get(user.user_id) ?? [], "tokens", (t) => t.id);
  },
};

const deleteUserRefreshTokens: Route = {
  method: "DELETE",
  path: "/api/v2/users/{user_id}/refresh-tokens",
  scopes: ["delete:refresh_tokens"],
  query: [],
  handle(ctx) {
    const user = requireUser(ctx);
    if (ctx.state.refreshTokens.delete(user.user_id)) ctx.changed();
    return { status: 202 };
  },
};

const getRefreshToken: Route = {
  method: "GET",
  path: "/api/v2/refresh-tokens/{id}",
  scopes: ["read:refresh_tokens"],
  query: [],
  handle(ctx) {
    return { status: 200, body: requireToken(ctx) };
  },
};

// The contract documents no 404 for this delete: deleting a token that is gone is accepted.
const deleteRefreshToken: Route = {
  method: "DELETE",
  path: "/api/v2/refresh-tokens/{id}",
  scopes: ["delete:refresh_tokens"],
  query: [],
  handle(ctx) {
    const token = findToken(ctx);
    if (token && removeTokens(ctx, token.user_id, (t) => t.id === token.id)) ctx.changed();
    return { status: 202 };
  },
};

const updateRefreshToken: Route = {
  method: "PATCH",
  path: "/api/v2/refresh-tokens/{id}",
  scopes: ["update:refresh_tokens"],
  query: [],
  handle(ctx) {
    const body = validateBody<{ refresh_token_metadata?: Record<string, unknown> | null }>(ctx.body, "UpdateRefreshTokenRequestContent");
    const metadata =
      body.refresh_token_metadata === undefined ? undefined : metadataUpdate(body.refresh_token_metadata, "refresh_token_metadata");
    const token = requireToken(ctx);
    if (metadata !== undefined) {
      token.refresh_token_metadata = metadata;
      ctx.changed();
    }
    return { status: 200, body: token };
  },
};

interface RevokeBody {
  ids?: string[];
  user_id?: string;
  client_id?: string;
  audience?: string;
}

/** Exactly one of: `ids`; `user_id`; `user_id` + `client_id`; `user_id` + `client_id` + `audience`. */
function revokeSelector(body: RevokeBody): (token: RefreshToken) => boolean {
  if (body.ids !== undefined) {
    if (body.user_id !== undefined || body.client_id !== undefined || body.audience !== undefined) {
      throw invalidBody("'ids cannot be combined with user_id, client_id or audience'.");
    }
    if (body.ids.length > MAX_REVOKE_IDS) throw invalidBody(`'At most ${MAX_REVOKE_IDS} ids can be revoked at a time' on property ids.`);
    const ids = new Set(body.ids);
    return (token) => ids.has(token.id);
  }
  if (body.user_id === undefined) throw invalidBody("'Either ids or user_id is required'.");
  if (body.audience !== undefined && body.client_id === undefined) throw invalidBody("'audience requires both user_id and client_id'.");
  const { client_id: clientId, audience } = body;
  return (token) =>
    (clientId === undefined || token.client_id === clientId) &&
    (audience === undefined || token.resource_servers.some((server) => server.audience === audience));
}

const revokeRefreshTokens: Route = {
  method: "POST",
  path: "/api/v2/refresh-tokens/revoke",
  scopes: ["delete:refresh_tokens"],
  query: [],
  handle(ctx) {
    const body = validateBody<RevokeBody>(ctx.body, "RevokeRefreshTokensRequestContent");
    const drop = revokeSelector(body);
    // The contract answers these with a 400, not a 404.
    if (body.user_id !== undefined && !ctx.state.users.has(body.user_id)) throw new ApiError(400, "User not found.", "inexistent_user");
    if (body.audience !== undefined && !ctx.state.resourceServers.some((server) => server.identifier === body.audience)) {
      throw new ApiError(400, "Resource server not found.", "inexistent_resource_server");
    }
    const owners = body.user_id !== undefined ? [body.user_id] : [...ctx.state.refreshTokens.keys()];
    let removed = false;
    for (const owner of owners) removed = removeTokens(ctx, owner, drop) || removed;
    if (removed) ctx.changed();
    return { status: 202 };
  },
};

export const refreshTokensRoutes: Route[] = [
  listUserRefreshTokens,
  deleteUserRefreshTokens,
  getRefreshToken,
  deleteRefreshToken,
  updateRefreshToken,
  revokeRefreshTokens,
];
