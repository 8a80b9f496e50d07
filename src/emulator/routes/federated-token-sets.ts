import { ApiError } from "../errors.js";
import { type Route, type RouteContext, requireUser } from "../route.js";

function checkUserId(ctx: RouteContext): string {
  const id = ctx.params.id ?? "";
  if (id.length > 300) throw new ApiError(400, "Path validation error: 'String is too long, maximum 300' on property id.", "invalid_uri");
  return id;
}

// Token sets are stored as metadata only: the emulator never holds a token value to leak.
const listTokenSets: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/federated-connections-tokensets",
  scopes: ["read:federated_connections_tokens"],
  query: [],
  handle(ctx) {
    const user = requireUser(ctx, checkUserId(ctx));
    return { status: 200, body: ctx.state.federatedTokenSets.get(user.user_id) ?? [] };
  },
};

// The contract documents no 404 here: deleting a token set (or a user's) that is gone is accepted.
const deleteTokenSet: Route = {
  method: "DELETE",
  path: "/api/v2/users/{id}/federated-connections-tokensets/{tokenset_id}",
  scopes: ["delete:federated_connections_tokens"],
  query: [],
  handle(ctx) {
    const userId = checkUserId(ctx);
    const tokenSetId = ctx.params.tokenset_id ?? "";
    if (tokenSetId.length > 36) {
      throw new ApiError(400, "Path validation error: 'String is too long, maximum 36' on property tokenset_id.", "invalid_uri");
    }
    const sets = ctx.state.federatedTokenSets.get(userId) ?? [];
    const kept = sets.filter((set) => set.id !== tokenSetId);
    if (kept.length !== sets.length) {
      if (kept.length > 0) ctx.state.federatedTokenSets.set(userId, kept);
      else ctx.state.federatedTokenSets.delete(userId);
      ctx.changed();
    }
    return { status: 204 };
  },
};

export const federatedTokenSetsRoutes: Route[] = [listTokenSets, deleteTokenSet];
