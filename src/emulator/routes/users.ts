import { ApiError, invalidQuery } from "../errors.js";
import { projectionFromQuery, userView } from "../fields.js";
import { offsetPage } from "../pagination.js";
import { hashPassword } from "../passwords.js";
import { requireSelfWhenCurrentUserScope, requireUser, type Route, type RouteContext, type RouteResult } from "../route.js";
import { searchUsers } from "../search/search-users.js";
import type { StoredUser } from "../state.js";
import { createUser, type CreateUserBody } from "../user-writes/create-user.js";
import { removeUser } from "../user-writes/remove-user.js";
import { commitUserUpdate, planUserUpdate, type UpdateUserBody } from "../user-writes/update-user.js";
import { boolParam, validateBody } from "../validation.js";

/** Applies `view` to the users of an offset page, bare array or `{…, users}` wrapper. */
function viewPage(result: RouteResult, view: (user: StoredUser) => unknown): RouteResult {
  if (Array.isArray(result.body)) return { ...result, body: (result.body as StoredUser[]).map(view) };
  const wrapper = result.body as { users: StoredUser[] };
  return { ...result, body: { ...wrapper, users: wrapper.users.map(view) } };
}

/** search_engine v3 is the only engine; `connection` belongs to v1 (contract §4). */
function checkSearchEngine(ctx: RouteContext): void {
  const engine = ctx.query.get("search_engine");
  if (engine === "v1") throw new ApiError(400, "You are not allowed to use search_engine=v1.", "invalid_query_string");
  if (engine === "v2") {
    throw new ApiError(400, "You are not allowed to use search_engine=v2. Use search_engine=v3 instead.", "invalid_query_string");
  }
  if (engine !== null && engine !== "v3") throw invalidQuery(`'No enum match for: ${engine}' on property search_engine.`);
  // Auth0 ignores `connection` outside v1; answering 400 keeps a client from believing it filtered.
  if (ctx.query.has("connection")) {
    throw invalidQuery(
      `'The connection parameter only applies to search_engine=v1; use q=identities.connection:"<name>"' on property connection.`,
    );
  }
}

const listUsers: Route = {
  method: "GET",
  path: "/api/v2/users",
  scopes: ["read:users", "read:user_idp_tokens"],
  query: ["page", "per_page", "include_totals", "sort", "connection", "fields", "include_fields", "q", "search_engine", "primary_order"],
  handle(ctx) {
    checkSearchEngine(ctx);
    // primary_order=false allows any order; the default order is cheap, so it is kept either way.
    boolParam(ctx.query, "primary_order");
    const projection = projectionFromQuery(ctx.query);
    const matches = searchUsers(ctx.state, { q: ctx.query.get("q") ?? "", sort: ctx.query.get("sort") ?? "" });
    const page = offsetPage(ctx, matches, { key: "users", defaultPerPage: 50, withLength: true, window: 1000 });
    return viewPage(page, (user) => userView(user, ctx.caller, projection));
  },
};

const createUserRoute: Route = {
  method: "POST",
  path: "/api/v2/users",
  scopes: ["create:users"],
  query: [],
  async handle(ctx) {
    const body = validateBody<CreateUserBody>(ctx.body, "CreateUserRequestContent");
    const user = await createUser(ctx.state, body, ctx.now());
    ctx.changed();
    return { status: 201, body: userView(user, ctx.caller) };
  },
};

const usersByEmail: Route = {
  method: "GET",
  path: "/api/v2/users-by-email",
  scopes: ["read:users"],
  query: ["fields", "include_fields", "email"],
  handle(ctx) {
    const email = ctx.query.get("email");
    if (email === null || email === "") throw invalidQuery("'Missing required property: email'.");
    const projection = projectionFromQuery(ctx.query);
    const users: unknown[] = [];
    for (const user of ctx.state.users.values()) if (user.email === email) users.push(userView(user, ctx.caller, projection));
    return { status: 200, body: users };
  },
};

const getUser: Route = {
  method: "GET",
  path: "/api/v2/users/{id}",
  scopes: ["read:users", "read:current_user", "read:user_idp_tokens"],
  query: ["fields", "include_fields"],
  handle(ctx) {
    requireSelfWhenCurrentUserScope(ctx, ctx.params.id ?? "");
    const projection = projectionFromQuery(ctx.query);
    return { status: 200, body: userView(requireUser(ctx), ctx.caller, projection) };
  },
};

/**
 * What a caller without update:users may change: app_metadata with update:users_app_metadata, and
 * its own user_metadata with update:current_user_metadata.
 */
function checkUpdateScopes(ctx: RouteContext, body: UpdateUserBody): void {
  const { scopes, sub } = ctx.caller;
  if (scopes.has("update:users")) return;
  requireSelfWhenCurrentUserScope(ctx, ctx.params.id ?? "");
  const allowed = new Set<string>();
  if (scopes.has("update:users_app_metadata")) allowed.add("app_metadata");
  if (scopes.has("update:current_user_metadata") && sub === ctx.params.id) allowed.add("user_metadata");
  const denied = Object.keys(body).filter((key) => !allowed.has(key));
  if (denied.length > 0) {
    throw new ApiError(
      403,
      `Some fields cannot be updated with the permissions granted by the bearer token scopes: ${denied.join(", ")}.`,
      "insufficient_scope",
    );
  }
}

const updateUser: Route = {
  method: "PATCH",
  path: "/api/v2/users/{id}",
  scopes: ["update:users", "update:users_app_metadata", "update:current_user_metadata"],
  query: [],
  async handle(ctx) {
    const current = requireUser(ctx);
    const body = validateBody<UpdateUserBody>(ctx.body, "UpdateUserRequestContent");
    checkUpdateScopes(ctx, body);
    let update = planUserUpdate(ctx.state, current, body, ctx.now());
    let hash: string | undefined;
    if (typeof body.password === "string") {
      hash = await hashPassword(body.password);
      // Hashing yields the event loop: plan again against the user as it is now.
      update = planUserUpdate(ctx.state, requireUser(ctx), body, ctx.now());
    }
    commitUserUpdate(ctx.state, update, hash);
    ctx.changed();
    return { status: 200, body: userView(update.user, ctx.caller) };
  },
};

const deleteUser: Route = {
  method: "DELETE",
  path: "/api/v2/users/{id}",
  scopes: ["delete:users", "delete:current_user"],
  query: [],
  handle(ctx) {
    const id = ctx.params.id ?? "";
    requireSelfWhenCurrentUserScope(ctx, id);
    // Deleting is idempotent: the contract documents no 404 here.
    if (removeUser(ctx.state, id)) ctx.changed();
    return { status: 204 };
  },
};

export const usersRoutes: Route[] = [listUsers, createUserRoute, usersByEmail, getUser, updateUser, deleteUser];
