import { z } from "zod";
import { builder } from "./builder.js";
import { upstreamCost } from "./field-facts.js";
import { checkInput, UserIdArgs, userIdInput } from "./input-checks.js";
import { definePayload, runMutation, UserInputError, type UserErrorShape } from "./user-error.js";
import { createUserInput, givenUpdateFields, updateUserInput, type UpdateUserInputShape } from "./user-input.js";
import { defineUserPayload, userAnswered } from "./user-write-payload.js";
import { loadUser, type UserRecord } from "./user.js";

// createUser, updateUser, deleteUser and updateMe: one Management API write each (deleteUser reads
// first). Inputs are checked before anything is sent (see user-input.ts); after a write the
// operation's loaders are primed or cleared, so every later field of the operation sees the new state.

const CreateUserArgs = z.object({ input: createUserInput });
const UpdateUserArgs = z.object({ id: userIdInput, input: updateUserInput });
const UpdateMeArgs = z.object({ input: updateUserInput });

const METADATA_MERGE =
  `Merged one level deep into what the user has: each top-level key given replaces that key ` +
  `wholesale (nested objects are not merged — send the whole sub-object), a key given as null is ` +
  `deleted, keys not given are kept, and {} clears it entirely. E.g. with \`{"profileCode": 1479, ` +
  `"addresses": {"work_address": "100 Industrial Way"}}\` stored, giving \`{"addresses": ` +
  `{"work_address": "100 Industrial Way", "home_address": "742 Evergreen Terrace"}}\` keeps ` +
  `profileCode and replaces addresses with both addresses. Key names may not contain "." or "$" ` +
  `(at any depth).`;
const RESERVED_KEYS =
  `These keys are reserved by Auth0 and refused: __tenant, _id, blocked, clientID, created_at, ` +
  `email_verified, email, globalClientID, global_client_id, identities, lastIP, lastLogin, ` +
  `loginsCount, metadata, multifactor_last_modified, multifactor, updated_at, user_id.`;
const UNSET = "null unsets it; absent leaves it as it is.";

const CreateUserInput = builder.inputType("CreateUserInput", {
  description:
    "A new user (POST /users). Values are checked before anything is sent; `connection` decides what else " +
    "is needed (a database connection needs `email` and `password`).",
  fields: (t) => ({
    connection: t.string({
      required: true,
      description: "Name of the connection this user should be created in (a database or passwordless connection).",
    }),
    email: t.string({ description: "The user's email." }),
    phoneNumber: t.string({ description: "The user's phone number, in E.164 form (`+` and 1 to 15 digits)." }),
    userMetadata: t.field({
      type: "JSONObject",
      description: 'Data the user may read and edit themselves. Key names may not contain "." or "$".',
    }),
    appMetadata: t.field({
      type: "JSONObject",
      description:
        `Data that affects the user's access, writable only through the Management API. Key names may ` +
        `not contain "." or "$". ${RESERVED_KEYS}`,
    }),
    blocked: t.boolean({ description: "Whether this user was blocked by an administrator (true) or not (false)." }),
    emailVerified: t.boolean({
      description:
        "Whether this email address is verified (true) or unverified (false). The user receives a " +
        "verification email after creation if it is false or not given.",
    }),
    phoneVerified: t.boolean({ description: "Whether this phone number has been verified (true) or not (false)." }),
    givenName: t.string({ description: "The user's given name(s), 1 to 150 characters." }),
    familyName: t.string({ description: "The user's family name(s), 1 to 150 characters." }),
    name: t.string({ description: "The user's full name, 1 to 300 characters." }),
    nickname: t.string({ description: "The user's nickname, 1 to 300 characters." }),
    picture: t.string({ description: "A URI pointing to the user's picture." }),
    userId: t.string({
      description:
        "The id part of the new `user_id` (`<provider>|<userId>`); Auth0 generates one when absent. At most 255 characters, no whitespace.",
    }),
    password: t.string({ description: "Initial password for this user (database connections only). Never returned or logged." }),
    verifyEmail: t.boolean({
      description:
        "Whether the user will receive a verification email after creation (true) or no email (false). " +
        "Overrides the behaviour of `emailVerified`.",
    }),
    username: t.string({ description: "The user's username, 1 to 128 characters; only on connections that require a username." }),
  }),
});

const UpdateUserInput = builder.inputType("UpdateUserInput", {
  description:
    `Changes to a user (PATCH /users/{id}). A field left out is untouched; a field given replaces ` +
    `the stored value; an explicit null unsets the attributes that allow it (email, phoneNumber, ` +
    `givenName, familyName, name, nickname, password, picture, username). Metadata is merged, not ` +
    `replaced (see userMetadata). Auth0 refuses changing password with email or emailVerified, and ` +
    `username with email, emailVerified or password, in one update: such inputs are refused before ` +
    `anything is sent, as is an empty update.`,
  fields: (t) => ({
    blocked: t.boolean({
      description:
        "Whether this user is blocked by an administrator. false lifts only the administrator's block, not a " +
        "brute-force protection block (see `blockedFor`).",
    }),
    email: t.string({ description: `Email address of this user; ${UNSET} Cannot be changed together with password or username.` }),
    emailVerified: t.boolean({
      description:
        "Whether this email address is verified. false sends no verification email unless verifyEmail is " +
        "true. Not supported for enterprise and passwordless SMS users.",
    }),
    phoneNumber: t.string({ description: `The user's phone number, in E.164 form (\`+\` and 1 to 15 digits); ${UNSET}` }),
    phoneVerified: t.boolean({ description: "Whether this phone number has been verified." }),
    givenName: t.string({ description: `Given name/first name/forename of this user, 1 to 150 characters; ${UNSET}` }),
    familyName: t.string({ description: `Family name/last name/surname of this user, 1 to 150 characters; ${UNSET}` }),
    name: t.string({ description: `Name of this user, 1 to 300 characters; ${UNSET}` }),
    nickname: t.string({ description: `Preferred nickname or alias of this user, 1 to 300 characters; ${UNSET}` }),
    password: t.string({
      description:
        `New password for this user (database connections only); ${UNSET} Cannot be changed together ` +
        `with email, emailVerified or username. Setting one also lifts an administrator's block. Never ` +
        `returned or logged.`,
    }),
    picture: t.string({ description: `URL to picture, photo, or avatar of this user; ${UNSET}` }),
    username: t.string({ description: `The user's username, 1 to 128 characters, only on connections that require one; ${UNSET}` }),
    userMetadata: t.field({ type: "JSONObject", description: `Data the user may read and edit themselves. ${METADATA_MERGE}` }),
    appMetadata: t.field({
      type: "JSONObject",
      description:
        `Data that affects the user's access. ${METADATA_MERGE} ${RESERVED_KEYS} A caller holding only ` +
        `update:users_app_metadata may change this field alone.`,
    }),
    verifyEmail: t.boolean({
      description:
        "Whether the user will receive a verification email (true) or no email (false). Overrides the behaviour of emailVerified.",
    }),
    verifyPhoneNumber: t.boolean({
      description: "Whether the user will receive a text after the phone number changes. Only with phoneNumber, for SMS connections.",
    }),
    connection: t.string({
      description:
        "Name of the connection to target: required when changing email, emailVerified, phoneNumber, " +
        "phoneVerified, username or password of a secondary (linked) identity.",
    }),
    clientId: t.string({
      description: "The Auth0 client (application) whose settings apply to the email or phone change; only with email or phoneNumber.",
    }),
  }),
});

const UpdateMeInput = builder.inputType("UpdateMeInput", {
  description: "Changes the caller may make to their own profile.",
  fields: (t) => ({
    userMetadata: t.field({ type: "JSONObject", required: true, description: `The caller's own user metadata. ${METADATA_MERGE}` }),
  }),
});

const CreateUserPayload = defineUserPayload("CreateUserPayload", "The result of createUser.", {
  answered: true,
  user: "The new user, as Auth0 stored it (its answer to the write: reading it costs no call); null when userErrors says why not.",
});
const UpdateUserPayload = defineUserPayload("UpdateUserPayload", "The result of updateUser.", {
  answered: true,
  user: "The user after the update, as Auth0 answered it (reading it costs no call); null when userErrors says why not.",
});
const UpdateMePayload = defineUserPayload("UpdateMePayload", "The result of updateMe.", {
  answered: true,
  user: "The caller's user after the update, as Auth0 answered it (reading it costs no call); null when userErrors says why not.",
});

const DeleteUserPayload = definePayload<{ deletedUserId?: string; userErrors: UserErrorShape[] }>(
  "DeleteUserPayload",
  "The result of deleteUser.",
  (t) => ({
    deletedUserId: t.id({
      nullable: true,
      description: "The id of the deleted user; null when userErrors says why not.",
      resolve: (p) => p.deletedUserId ?? null,
    }),
  }),
);

/** Whether an update changes nothing but `field`. */
function changesOnly(input: UpdateUserInputShape, field: keyof UpdateUserInputShape): boolean {
  const fields = givenUpdateFields(input);
  return fields.length === 1 && fields[0] === field;
}

const notAUser = (): UserInputError =>
  new UserInputError([
    {
      field: null,
      code: "NOT_FOUND",
      message: "The caller is not a user (its token's subject is a client), so it has no profile to update.",
    },
  ]);

builder.mutationFields((t) => ({
  createUser: t.field({
    type: CreateUserPayload,
    nullable: true,
    description:
      "Creates a user in a database or passwordless connection (Auth0's `POST /users`). The input is " +
      "checked first (formats, lengths, metadata keys). An existing user (same email, username or id in the " +
      "connection) is ALREADY_EXISTS; an unknown connection is NOT_FOUND; what else Auth0 refuses for the " +
      "connection (e.g. a database user without a password) is UPSTREAM_REJECTED. Never sent twice: only a " +
      "429, which Auth0 did not process, is retried; after a 5xx or a timeout the caller gets " +
      "UPSTREAM_UNAVAILABLE and decides. Needs the `create:users` scope.",
    authScopes: { scope: "create:users" },
    args: { input: t.arg({ type: CreateUserInput, required: true, description: "The new user." }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(
        async () => {
          const { input: body } = checkInput(CreateUserArgs, { input });
          return userAnswered(ctx, (await ctx.client.createUser(body)) as UserRecord);
        },
        { named: { created: ["input"], connection: ["input", "connection"] } },
      ),
  }),

  updateUser: t.field({
    type: UpdateUserPayload,
    nullable: true,
    description:
      "Changes a user (Auth0's `PATCH /users/{id}`): absent fields are untouched, null unsets, metadata is " +
      "merged one level deep (see UpdateUserInput). An unknown user is NOT_FOUND; an email or username " +
      "another user of the connection has is ALREADY_EXISTS; what Auth0 refuses (e.g. a username on a " +
      "connection without usernames) is UPSTREAM_REJECTED. Needs the `update:users` scope; " +
      "`update:users_app_metadata` suffices for an input with only appMetadata, and " +
      "`update:current_user_metadata` for one with only userMetadata on the caller's own user.",
    authScopes: (_root, { id, input }, ctx) => {
      if (changesOnly(input, "appMetadata")) return { anyScope: ["update:users", "update:users_app_metadata"] };
      if (changesOnly(input, "userMetadata") && id === ctx.caller.sub)
        return { anyScope: ["update:users", "update:current_user_metadata"] };
      return { scope: "update:users" };
    },
    args: {
      id: t.arg.id({ required: true, description: "The Auth0 `user_id` of the user to change." }),
      input: t.arg({ type: UpdateUserInput, required: true, description: "What to change." }),
    },
    resolve: (_root, { id, input }, ctx) =>
      runMutation(
        async () => {
          const { id: userId, input: body } = checkInput(UpdateUserArgs, { id: String(id), input });
          return userAnswered(ctx, (await ctx.client.updateUser(userId, body)) as UserRecord);
        },
        { named: { user: ["id"], email: ["input", "email"], username: ["input", "username"] } },
      ),
  }),

  deleteUser: t.field({
    type: DeleteUserPayload,
    nullable: true,
    description:
      "Deletes a user (Auth0's `DELETE /users/{id}`). Auth0 answers a delete of an unknown id as a success, " +
      "so the gateway first reads the user (from this operation's cache when it was already read) and " +
      "answers NOT_FOUND for an unknown one. Needs the `delete:users` scope, or `delete:current_user` for " +
      "the caller's own user.",
    authScopes: (_root, { id }, ctx) =>
      id === ctx.caller.sub ? { anyScope: ["delete:users", "delete:current_user"] } : { scope: "delete:users" },
    // The read first: Auth0 answers a delete of an unknown id as a success.
    extensions: upstreamCost({ kind: "call", calls: 2 }),
    args: { id: t.arg.id({ required: true, description: "The Auth0 `user_id` of the user to delete." }) },
    resolve: (_root, { id }, ctx, info) =>
      runMutation(async () => {
        const { id: userId } = checkInput(UserIdArgs, { id: String(id) });
        if (!(await loadUser(ctx, info, userId))) {
          throw new UserInputError([{ field: ["id"], code: "NOT_FOUND", message: "The user does not exist." }]);
        }
        await ctx.client.deleteUser(userId);
        ctx.loaders.invalidateUser(userId);
        ctx.loaders.users.prime(userId, null);
        return { deletedUserId: userId };
      }),
  }),

  updateMe: t.field({
    type: UpdateMePayload,
    nullable: true,
    description:
      "Changes the caller's own user metadata (Auth0's `PATCH /users/{id}` with the caller's id). Acts only " +
      "on the user the bearer token names (`sub`) and only on userMetadata; a machine caller has no user: " +
      "NOT_FOUND. Needs the `update:current_user_metadata` (or `update:users`) scope.",
    authScopes: { anyScope: ["update:current_user_metadata", "update:users"] },
    args: { input: t.arg({ type: UpdateMeInput, required: true, description: "What to change." }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(async () => {
        const { input: body } = checkInput(UpdateMeArgs, { input: { userMetadata: input.userMetadata } });
        if (!ctx.caller.sub.includes("|")) throw notAUser();
        // The caller's id is no argument: an unknown caller is NOT_FOUND without a field.
        return userAnswered(ctx, (await ctx.client.updateUser(ctx.caller.sub, body)) as UserRecord);
      }),
  }),
}));
