import type { FieldMap } from "@pothos/core";
import type { GraphQLResolveInfo } from "graphql";
import { z } from "zod";
import type { GatewayContext } from "./context.js";
import { checkInput, UserIdArgs, userIdInput } from "./input-checks.js";
import { selectsField } from "./selection.js";
import type { Refusals } from "./upstream-refusal.js";
import { selectedUserAttributes } from "./user-attributes.js";
import { upstreamCost } from "./field-facts.js";
import { definePayload, runMutation, UserInputError, type PayloadFieldBuilder, type UserErrorShape } from "./user-error.js";
import { loadUser, UserRef, type UserRecord } from "./user.js";

// Every write to one user answers the user in its payload's `user`, through the operation's loaders:
// primed with the write's own answer where Auth0 answered the whole user (create, update), read anew
// otherwise. It is guarded like a read of that user.

/** What such a mutation resolves to: the user written to (absent when the write did not happen). */
export interface UserWritePayload {
  userId?: string;
  userErrors: UserErrorShape[];
}

/**
 * The scopes any one of which lets the caller read user `id` in a payload: read:users, and
 * read:current_user when the user is the caller (as Auth0's GET /users/{id} takes them).
 */
export function writtenUserScopes(ctx: GatewayContext, id: string): string[] {
  return id === ctx.caller.sub ? ["read:users", "read:current_user"] : ["read:users"];
}

const AFTER_WRITE =
  "The user as it is after the write (read anew, so every nested field shows the new state); null when the write did not happen.";
const GUARD = "Needs the `read:users` scope, or `read:current_user` when it is the caller's own user.";

/**
 * A payload type `<name>` with `user`, the given extra fields and `userErrors`. `user` describes what
 * the user is in this payload (by default: the user after the write); the scope sentence is added.
 * `answered`: the write answers the whole user and primes the loader with it (see userAnswered), so
 * reading `user` costs no call; otherwise `user` is read anew after the write (its cost fact says so).
 */
export function defineUserPayload<P extends UserWritePayload>(
  name: string,
  description: string,
  options: { user?: string; answered?: boolean; fields?: (t: PayloadFieldBuilder<P>) => FieldMap } = {},
) {
  return definePayload<P>(name, description, (t) => ({
    user: t.field({
      type: UserRef,
      nullable: true,
      description: `${options.user ?? AFTER_WRITE} ${GUARD}`,
      // Without a user (the write did not happen) nothing is read.
      authScopes: (payload, _args, ctx) => (payload.userId ? { anyScope: writtenUserScopes(ctx, payload.userId) } : true),
      extensions: upstreamCost(options.answered ? { kind: "free" } : { kind: "writtenUser" }),
      resolve: (payload, _args, ctx, info) => {
        if (!payload.userId) return null;
        // The write succeeded, so the user exists: selecting only its id and lists costs no user read.
        return selectedUserAttributes(info).size > 1 ? loadUser(ctx, info, payload.userId) : { user_id: payload.userId };
      },
    }),
    ...options.fields?.(t),
  }));
}

/** After a write that answered with the whole user: the payload and every later read of the operation use that answer. */
export function userAnswered(ctx: GatewayContext, user: UserRecord): { userId: string } {
  ctx.loaders.primeUser(user);
  return { userId: user.user_id };
}

/**
 * Call after a successful write to user `id`: forgets what the operation read about the user, so the
 * payload and every later field read the new state.
 *
 * `unverified`: Auth0 answered success without telling whether the user exists (it does for some
 * writes, e.g. invalidate-remember-browser). When the payload selects `user` (and the caller may read
 * it) it has to be read anyway, so it is read here, and a missing user is NOT_FOUND; otherwise no call
 * is spent on it and Auth0's success stands (the write changed nothing).
 */
export async function userWritten(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  id: string,
  options: { unverified?: boolean; field?: string[] } = {},
): Promise<{ userId: string }> {
  ctx.loaders.invalidateUser(id);
  const mayRead = () => writtenUserScopes(ctx, id).some((scope) => ctx.caller.scopes.has(scope));
  if (options.unverified && selectsField(info, "user") && mayRead()) {
    // A failed read is left cached in the loader: the payload's `user` field reports it, the write stands.
    const user = await loadUser(ctx, info, id).catch(() => undefined);
    if (user === null)
      throw new UserInputError([{ field: options.field ?? ["id"], message: "The user does not exist.", code: "NOT_FOUND" }]);
  }
  return { userId: id };
}

/** runUserWrite's `input` for a mutation whose only argument to check is the user's `id`. */
export const userIdOnly = (id: string | number) => ({ schema: UserIdArgs, args: { id: String(id) } });

const UserIdArg = z.object({ userId: userIdInput }).transform(({ userId }) => ({ id: userId }));

/** runUserWrite's `input` for a mutation whose only argument to check is `userId` (pass USER_ID_NAMED too). */
export const userIdArgOnly = (userId: string | number) => ({ schema: UserIdArg, args: { userId: String(userId) } });

/** runUserWrite's options for a mutation that names its user `userId`. */
export const USER_ID_NAMED = { named: { user: ["userId"] } };

/**
 * The whole of a mutation that writes to the user its `id` argument names: checks the arguments with
 * `input.schema`, runs `write`, then answers the user (see userWritten) and what `write` resolved to.
 * Auth0's refusals point at `id` for the user, and where `options.named` says for anything else.
 */
export function runUserWrite<S extends z.ZodType<{ id: string }>, T extends object>(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  input: { schema: S; args: unknown },
  // A write that answers nothing (a client method returning Promise<void>) is passed as it is.
  // biome-ignore lint/suspicious/noConfusingVoidType: Promise<void> methods are accepted as they are
  write: (args: z.output<S>) => Promise<T | void>,
  options: Refusals & { unverified?: boolean } = {},
) {
  const { unverified, ...refusals } = options;
  return runMutation(
    async () => {
      const args = checkInput(input.schema, input.args);
      const answered = (await write(args)) as T | undefined;
      return { ...answered, ...(await userWritten(ctx, info, args.id, { unverified, field: refusals.named?.user ?? ["id"] })) };
    },
    { ...refusals, named: { user: ["id"], ...refusals.named } },
  );
}
