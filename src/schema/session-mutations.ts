import { z } from "zod";
import { InvalidPathParameter } from "../upstream/errors.js";
import { pathParameterProblem } from "../upstream/operations.js";
import { builder } from "./builder.js";
import { upstreamCost } from "./field-facts.js";
import { checkInput, nonBlank, stringMetadata, userIdInput } from "./input-checks.js";
import { SessionRef, type SessionRecord } from "./session.js";
import { definePayload, runMutation, UserInputError, type UserErrorShape } from "./user-error.js";
import { defineUserPayload, runUserWrite, userIdOnly, type UserWritePayload } from "./user-write-payload.js";

const RevokeUserSessionsPayload = defineUserPayload<UserWritePayload>(
  "RevokeUserSessionsPayload",
  "The result of `revokeUserSessions`: the user, whose `sessions` are now gone.",
);

const RevokeUserAccessPayload = defineUserPayload<UserWritePayload>(
  "RevokeUserAccessPayload",
  "The result of `revokeUserAccess`: the user, whose sessions (and refresh tokens, unless preserved) are being revoked.",
);

interface RevokedSession {
  revokedSessionId?: string;
  userErrors: UserErrorShape[];
}

const RevokeSessionPayload = definePayload<RevokedSession>("RevokeSessionPayload", "The result of `revokeSession`.", (t) => ({
  revokedSessionId: t.id({
    nullable: true,
    description: "The id of the session revoked; null when the mutation failed.",
    resolve: (payload) => payload.revokedSessionId ?? null,
  }),
}));

interface DeletedSession {
  deletedSessionId?: string;
  userErrors: UserErrorShape[];
}

const DeleteSessionPayload = definePayload<DeletedSession>("DeleteSessionPayload", "The result of `deleteSession`.", (t) => ({
  deletedSessionId: t.id({
    nullable: true,
    description: "The id of the session deleted; null when the mutation failed.",
    resolve: (payload) => payload.deletedSessionId ?? null,
  }),
}));

interface UpdatedSession {
  session?: SessionRecord;
  userErrors: UserErrorShape[];
}

const UpdateSessionPayload = definePayload<UpdatedSession>("UpdateSessionPayload", "The result of `updateSession`.", (t) => ({
  session: t.field({
    type: SessionRef,
    nullable: true,
    description: "The session as Auth0 answered the update; null when the mutation failed. Needs the `read:sessions` scope.",
    // Answered by the write itself: no read.
    authScopes: { scope: "read:sessions" },
    resolve: (payload) => payload.session ?? null,
  }),
}));

const UpdateSessionInput = builder.inputType("UpdateSessionInput", {
  description: "What to change in a session.",
  fields: (t) => ({
    sessionMetadata: t.field({
      type: "JSONObject",
      required: false,
      description:
        "The session's new metadata, replacing the old whole: at most 25 properties, each a string of at most 255 characters. " +
        "null or {} clears it. Required (Auth0 takes no empty update).",
    }),
  }),
});

const RevokeUserAccessInput = builder.inputType("RevokeUserAccessInput", {
  description: "Which of a user's access to revoke: every session, or one.",
  fields: (t) => ({
    userId: t.id({ required: true, description: "The user's Auth0 `user_id`." }),
    sessionId: t.id({
      required: false,
      description: "Revoke only this session (and its refresh tokens); every session of the user when absent.",
    }),
    preserveRefreshTokens: t.boolean({
      required: false,
      defaultValue: false,
      description: "Keep the refresh tokens of the revoked sessions (default false: they are revoked too).",
    }),
  }),
});

const RevokeUserAccessArgs = z
  .object({
    input: z.object({
      userId: userIdInput,
      sessionId: nonBlank("The session id").max(50, { error: "The session id has at most 50 characters." }).nullish(),
      preserveRefreshTokens: z.boolean().nullish(),
    }),
  })
  .transform(({ input }) => ({
    id: input.userId,
    sessionId: input.sessionId ?? undefined,
    preserveRefreshTokens: input.preserveRefreshTokens ?? false,
  }));

const sessionIdInput = nonBlank("The session id").max(50, { error: "The session id has at most 50 characters." });
const SessionIdArgs = z.object({ id: sessionIdInput });
const UpdateSessionArgs = z.object({
  id: sessionIdInput,
  input: z.object({ sessionMetadata: stringMetadata("The session metadata") }),
});
const SESSION_NAMED = { named: { session: ["id"] } };

builder.mutationFields((t) => ({
  revokeUserSessions: t.field({
    type: RevokeUserSessionsPayload,
    nullable: true,
    description:
      "Revokes every session of a user (Auth0's `DELETE /users/{user_id}/sessions`), signing the user out " +
      "of single sign-on everywhere. Refresh tokens are not revoked: see `revokeUserRefreshTokens`. Auth0 " +
      "accepts the request and deletes asynchronously, so a read right after may still list some sessions. " +
      "An unknown user is NOT_FOUND. Needs the `delete:sessions` scope.",
    authScopes: { scope: "delete:sessions" },
    args: { id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }) },
    resolve: (_root, args, ctx, info) => runUserWrite(ctx, info, userIdOnly(args.id), ({ id }) => ctx.client.deleteUserSessions(id)),
  }),
  revokeUserAccess: t.field({
    type: RevokeUserAccessPayload,
    nullable: true,
    description:
      "Revokes a user's access everywhere at once (Auth0's `POST /users/{id}/revoke-access`): every session " +
      "— or only `sessionId` — and, unless `preserveRefreshTokens`, the refresh tokens of the revoked " +
      "sessions (of the whole user when no session is named). Auth0 revokes asynchronously and answers " +
      "success for an unknown user: the user is NOT_FOUND when the payload selects `user`. Needs the " +
      "`delete:sessions` or `delete:refresh_tokens` scope.",
    authScopes: { anyScope: ["delete:sessions", "delete:refresh_tokens"] },
    args: { input: t.arg({ type: RevokeUserAccessInput, required: true, description: "The user, and what to revoke." }) },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(
        ctx,
        info,
        { schema: RevokeUserAccessArgs, args },
        async ({ id, sessionId, preserveRefreshTokens }) => {
          await ctx.client.revokeUserAccess(id, {
            ...(sessionId ? { session_id: sessionId } : {}),
            preserve_refresh_tokens: preserveRefreshTokens,
          });
        },
        { named: { user: ["input", "userId"] }, unverified: true },
      ),
  }),
  revokeSession: t.field({
    type: RevokeSessionPayload,
    nullable: true,
    description:
      "Revokes one session and the refresh tokens bound to it (Auth0's `POST /sessions/{id}/revoke`), " +
      "signing the user out on that device. " +
      "`deleteSession` deletes the session alone, leaving its refresh tokens working. " +
      "An unknown session is NOT_FOUND. Needs both the `delete:sessions` and `delete:refresh_tokens` scopes.",
    authScopes: { allScopes: ["delete:sessions", "delete:refresh_tokens"] },
    args: { id: t.arg.id({ required: true, description: "The session's id (the `sid` claim of ID and logout tokens)." }) },
    resolve: (_root, args, ctx) =>
      runMutation(async () => {
        const { id } = checkInput(SessionIdArgs, { id: String(args.id) });
        await ctx.client.revokeSession(id);
        ctx.loaders.forgetSessions();
        return { revokedSessionId: id };
      }, SESSION_NAMED),
  }),
  deleteSession: t.field({
    type: DeleteSessionPayload,
    nullable: true,
    description:
      "Deletes one session (Auth0's `DELETE /sessions/{id}`), signing the user out of single sign-on on that device. " +
      "Unlike `revokeSession`, the refresh tokens bound to the session are NOT revoked: applications holding them keep working. " +
      "Auth0 answers success for an unknown session, so the session is read first (`GET /sessions/{id}`): an unknown one is NOT_FOUND. " +
      "Needs the `delete:sessions` scope.",
    authScopes: { scope: "delete:sessions" },
    // Reads the session first: Auth0 answers a delete of an unknown id as a success.
    extensions: upstreamCost({ kind: "call", calls: 2 }),
    args: { id: t.arg.id({ required: true, description: "The session's id (the `sid` claim of ID and logout tokens)." }) },
    resolve: (_root, args, ctx) =>
      runMutation(async () => {
        const { id } = checkInput(SessionIdArgs, { id: String(args.id) });
        // The read below answers an id that cannot be sent (a dot segment) as "no such session";
        // the delete would refuse it as invalid, which is what the caller has to fix.
        const problem = pathParameterProblem(id);
        if (problem) throw new InvalidPathParameter({ method: "DELETE", route: "/sessions/{id}", parameter: "id", reason: problem });
        if ((await ctx.loaders.session.load(id)) === null) {
          throw new UserInputError([{ field: ["id"], message: "The session does not exist.", code: "NOT_FOUND" }]);
        }
        await ctx.client.deleteSession(id);
        ctx.loaders.forgetSessions();
        return { deletedSessionId: id };
      }, SESSION_NAMED),
  }),
  updateSession: t.field({
    type: UpdateSessionPayload,
    nullable: true,
    description:
      "Replaces a session's metadata (Auth0's `PATCH /sessions/{id}`). An unknown session is NOT_FOUND. Needs the `update:sessions` scope.",
    authScopes: { scope: "update:sessions" },
    args: {
      id: t.arg.id({ required: true, description: "The session's id (the `sid` claim of ID and logout tokens)." }),
      input: t.arg({ type: UpdateSessionInput, required: true, description: "What to change." }),
    },
    resolve: (_root, args, ctx) =>
      runMutation(async () => {
        const { id, input } = checkInput(UpdateSessionArgs, { id: String(args.id), input: args.input });
        const session = await ctx.client.updateSession(id, { session_metadata: input.sessionMetadata });
        ctx.loaders.forgetSessions();
        return { session };
      }, SESSION_NAMED),
  }),
}));
