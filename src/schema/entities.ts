import type { Organization, Role } from "../upstream/types.js";
import { builder } from "./builder.js";
import type { GatewayContext } from "./context.js";
import { forbidden, graphError } from "./errors.js";
import { operationUserAttributes } from "./user-attributes.js";
import { OrganizationRef } from "./organization.js";
import { RoleRef } from "./role.js";
import { UserRef, loadUser, type UserRecord } from "./user.js";

/*
 * Federation entities: the types other subgraphs of a supergraph may reference, and how a router's
 * `_entities(representations: …)` call loads them. Scope auth wraps field resolvers only, not
 * `resolveReference`, so each one checks its Management API scope itself. They are async so that a
 * failure (a missing scope, an upstream error) costs that representation only: `_entities` answers
 * null at its index with the error, the other representations still resolve.
 */

function requireScope(ctx: GatewayContext, scope: string, what: string): void {
  if (!ctx.caller.scopes.has(scope)) throw forbidden(what, [scope]);
}

/**
 * The one user with this email address, or null. Auth0 keeps one user per connection, so an email
 * can belong to several unlinked accounts: a reference by email that matches more than one names
 * no user in particular, and resolves to null (query `usersByEmail` to see them all).
 */
async function userByEmail(ctx: GatewayContext, info: Parameters<typeof loadUser>[1], email: string): Promise<UserRecord | null> {
  ctx.loaders.setUserFields(operationUserAttributes(info));
  const users = (await ctx.loaders.usersByEmail.load(email)) as UserRecord[];
  return users.length === 1 ? users[0]! : null;
}

builder.asEntity(UserRef, {
  key: [builder.selection<{ id: string }>("id"), builder.selection<{ email: string }>("email")],
  // By id, references join the operation's batched user read: 100 of them cost one search.
  resolveReference: async (reference, ctx, info) => {
    requireScope(ctx, "read:users", "User entities");
    const { id, email } = reference as { id?: unknown; email?: unknown };
    if (typeof id === "string" && id) return loadUser(ctx, info, id);
    if (typeof email === "string" && email) return userByEmail(ctx, info, email);
    throw graphError("BAD_USER_INPUT", "A User representation needs one of its keys: `id` or `email`, a non-empty string.");
  },
});

builder.asEntity(RoleRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: async (reference, ctx): Promise<Role | null> => {
    requireScope(ctx, "read:roles", "Role entities");
    return ctx.loaders.role.load(String(reference.id));
  },
});

builder.asEntity(OrganizationRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: async (reference, ctx): Promise<Organization | null> => {
    requireScope(ctx, "read:organizations", "Organization entities");
    return ctx.loaders.organization.load(String(reference.id));
  },
});
