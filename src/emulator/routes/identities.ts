import { schemaValidator } from "../contract.js";
import { ApiError, invalidBody } from "../errors.js";
import { requireSelfWhenCurrentUserScope, requireUser, type Caller, type Route, type RouteContext } from "../route.js";
import type { StoredUser } from "../state.js";
import { linkAccounts, linkedHolder, unlinkIdentity } from "../user-writes/link-identities.js";
import { validateBody } from "../validation.js";

/** `LinkUserIdentityRequestContent`, already validated against the schema. */
interface LinkBody {
  provider?: string;
  connection_id?: string;
  user_id?: string | number;
  link_with?: string;
}

const badRequest = (message: string) => new ApiError(400, message, "invalid_body");

/** Identities as the caller may see them: IdP tokens only with read:user_idp_tokens. */
function identitiesView(user: StoredUser, caller: Caller): unknown[] {
  if (caller.scopes.has("read:user_idp_tokens")) return user.identities;
  return user.identities.map(({ access_token: _a, refresh_token: _r, ...identity }) => identity);
}

/** The standalone user a link request names, by `link_with` (an ID token) or provider and user_id. */
async function secondaryOf(ctx: RouteContext, body: LinkBody): Promise<StoredUser> {
  if (body.link_with !== undefined) {
    if (body.provider !== undefined || body.user_id !== undefined || body.connection_id !== undefined) {
      throw invalidBody("'provider, user_id and connection_id must not be sent with link_with'.");
    }
    const token = await ctx.verifyIdToken(body.link_with);
    const audiences = Array.isArray(token.aud) ? token.aud : [token.aud];
    if (ctx.caller.clientId !== undefined && !audiences.includes(ctx.caller.clientId)) {
      throw badRequest("JWT (link_with) must have an aud claim that matches that of the calling token's azp.");
    }
    const secondary = ctx.state.users.get(token.sub);
    if (!secondary) throw badRequest("Provided secondary account not found.");
    return secondary;
  }
  if (ctx.grantedBy === "update:current_user_identities") {
    throw new ApiError(403, "Linking by provider and user_id requires update:users; send link_with instead.", "insufficient_scope");
  }
  if (body.provider === undefined) throw invalidBody("'Missing required property: provider'.");
  if (body.user_id === undefined) throw invalidBody("'Missing required property: user_id'.");
  const { provider } = body;
  const userId = String(body.user_id);
  const connection =
    body.connection_id !== undefined
      ? ctx.state.connections.find((c) => c.id === body.connection_id && c.strategy === provider)
      : ctx.state.connections.find((c) => c.strategy === provider);
  if (!connection) throw badRequest("The provider/connection is not configured.");
  if (linkedHolder(ctx.state, provider, userId)) throw new ApiError(409, "Specified identity already exists.", "identity_conflict");
  const secondary = ctx.state.users.get(`${provider}|${userId}`);
  const primaryIdentity = secondary?.identities[0];
  if (!secondary || !primaryIdentity || (body.connection_id !== undefined && primaryIdentity.connection !== connection.name)) {
    throw badRequest("Linking to an inexistent identity is not allowed.");
  }
  return secondary;
}

const linkIdentity: Route = {
  method: "POST",
  path: "/api/v2/users/{id}/identities",
  scopes: ["update:users", "update:current_user_identities"],
  query: [],
  async handle(ctx) {
    const primary = requireUser(ctx);
    requireSelfWhenCurrentUserScope(ctx, primary.user_id);
    const body = validateBody<LinkBody>(ctx.body, "LinkUserIdentityRequestContent");
    const secondary = await secondaryOf(ctx, body);
    // Verifying the token yielded the event loop: link what is stored now.
    const linked = linkAccounts(ctx.state, requireUser(ctx), secondary, ctx.now());
    ctx.changed();
    return { status: 201, body: identitiesView(linked, ctx.caller) };
  },
};

const providers = () => schemaValidator("UserIdentityProviderEnum");

const unlink: Route = {
  method: "DELETE",
  path: "/api/v2/users/{id}/identities/{provider}/{user_id}",
  scopes: ["update:users", "update:current_user_identities"],
  query: [],
  handle(ctx) {
    const provider = ctx.params.provider ?? "";
    if (!providers()(provider)) throw new ApiError(400, `Invalid request URI: unknown identity provider ${provider}.`, "invalid_uri");
    const primary = requireUser(ctx);
    requireSelfWhenCurrentUserScope(ctx, primary.user_id);
    const remaining = unlinkIdentity(ctx.state, primary, provider, ctx.params.user_id ?? "", ctx.now());
    ctx.changed();
    return { status: 200, body: identitiesView(remaining, ctx.caller) };
  },
};

export const identitiesRoutes: Route[] = [linkIdentity, unlink];
