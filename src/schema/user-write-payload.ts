import type { FieldMap, ObjectFieldBuilder } from "@pothos/core";
import type { GraphQLResolveInfo } from "graphql";
import type { builder } from "./builder.js";
import type { GatewayContext } from "./context.js";
import { selectsField } from "./selection.js";
import { selectedUserAttributes } from "./user-attributes.js";
import { definePayload, UserInputError, type UserErrorShape } from "./user-error.js";
import { loadUser, UserRef } from "./user.js";

// The payloads of writes to one user's roles, permissions, blocks, sessions, MFA and authentication
// methods all answer the user itself, re-read after the write through the operation's loaders.

/** What such a mutation resolves to: the user written to (absent when the write did not happen). */
export interface UserWritePayload {
  userId?: string;
  userErrors: UserErrorShape[];
}

type PayloadFieldBuilder<P> = ObjectFieldBuilder<typeof builder.$inferSchemaTypes, P>;

/** A payload type `<name>` with `user`, the given extra fields and `userErrors`. */
export function defineUserPayload<P extends UserWritePayload>(
  name: string,
  description: string,
  fields: (t: PayloadFieldBuilder<P>) => FieldMap = () => ({}),
) {
  return definePayload<P>(name, description, (t) => ({
    user: t.field({
      type: UserRef,
      nullable: true,
      description:
        "The user as it is after the write (read anew, so every nested field shows the new state); null when the write did not happen. Needs the `read:users` scope.",
      authScopes: { scope: "read:users" },
      resolve: (payload, _args, ctx, info) => {
        if (!payload.userId) return null;
        // The write succeeded, so the user exists: selecting only its id and lists costs no user read.
        return selectedUserAttributes(info).size > 1 ? loadUser(ctx, info, payload.userId) : { user_id: payload.userId };
      },
    }),
    ...fields(t),
  }));
}

const READ_USERS = "read:users";

/**
 * Call after a successful write to user `id`: forgets what the operation read about the user, so the
 * payload and every later field read the new state.
 *
 * `unverified`: Auth0 answered success without telling whether the user exists (it does for some
 * writes, e.g. invalidate-remember-browser). When the payload selects `user` it has to be read anyway,
 * so it is read here, and a missing user is NOT_FOUND; otherwise no call is spent on it and Auth0's
 * success stands (the write changed nothing).
 */
export async function userWritten(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  id: string,
  options: { unverified?: boolean } = {},
): Promise<{ userId: string }> {
  ctx.loaders.invalidateUser(id);
  if (options.unverified && selectsField(info, "user") && ctx.caller.scopes.has(READ_USERS)) {
    // A failed read is left cached in the loader: the payload's `user` field reports it, the write stands.
    const user = await loadUser(ctx, info, id).catch(() => undefined);
    if (user === null) throw new UserInputError([{ field: ["id"], message: "The user does not exist.", code: "NOT_FOUND" }]);
  }
  return { userId: id };
}
