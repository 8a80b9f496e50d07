import type { GraphQLResolveInfo } from "graphql";
import type { User } from "../upstream/types.js";
import { builder } from "./builder.js";
import type { OffsetPage } from "../upstream/pages.js";
import { offsetConnectionField, offsetConnectionType } from "./connection-fields.js";
import type { GatewayContext } from "./context.js";
import { graphError } from "./errors.js";
import { upstreamCost, userAttribute } from "./field-facts.js";
import { defineField, type FieldBuilder } from "./generic-field.js";
import { IdentityRef } from "./identity.js";
import { operationUserAttributes } from "./user-attributes.js";

/**
 * A user as Auth0 returned it (wire shape). Reads ask only for the attributes the operation
 * selects, so any attribute but `user_id` may be absent.
 */
export type UserRecord = Partial<User> & { user_id: string };

export const UserRef = builder.objectRef<UserRecord>("User");

export const MAX_USERS_BY_IDS = 500;
/** Auth0 search only pages through its first 1000 results. */
export const SEARCH_WINDOW = 1000;

/**
 * Loads one user by id through the operation's batched loader; null when it does not exist. An
 * upstream failure rejects with the UpstreamError, which the error mask maps (src/auth/mask-error.ts).
 */
export function loadUser(ctx: GatewayContext, info: GraphQLResolveInfo, id: string): Promise<UserRecord | null> {
  ctx.loaders.setUserFields(operationUserAttributes(info));
  return ctx.loaders.users.load(id);
}

/**
 * Loads users by id in one batch, in the order given: null where a user does not exist, the
 * error (an UpstreamError) where its read failed (the others are still answered).
 */
export async function loadUsers(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  ids: readonly string[],
): Promise<(UserRecord | null | Error)[]> {
  ctx.loaders.setUserFields(operationUserAttributes(info));
  return ctx.loaders.users.loadMany(ids) as Promise<(UserRecord | null | Error)[]>;
}

/**
 * A field answering the user an object belongs to (`Session.user`, `RefreshToken.user`): read by the
 * id `userId` gives, through the batched user read; null when there is none or it no longer exists.
 */
export function ownerUserField<Parent>(t: FieldBuilder, options: { description: string; userId: (parent: Parent) => string | undefined }) {
  return defineField(t, {
    type: UserRef,
    nullable: true,
    description: options.description,
    authScopes: { scope: "read:users" },
    extensions: upstreamCost({ kind: "user", id: "parent" }),
    resolve: (parent: Parent, _args: unknown, ctx: GatewayContext, info: GraphQLResolveInfo) => {
      const id = options.userId(parent);
      return id ? loadUser(ctx, info, id) : null;
    },
  });
}

UserRef.implement({
  description:
    "An Auth0 user: the normalized profile Auth0 keeps across identity providers, with its linked " +
    "identities and what the tenant grants it.",
  fields: (t) => ({
    id: t.id({
      extensions: userAttribute("user_id"),
      nullable: false,
      description:
        "The Auth0 `user_id`, verbatim (`<provider>|<id>`, e.g. `auth0|507f1f77bcf86cd799439020`): the id every Management API call takes.",
      resolve: (user) => user.user_id,
    }),
    email: t.field({
      extensions: userAttribute("email"),
      type: "EmailAddress",
      nullable: true,
      description: "Email address of this user (lower-cased by Auth0 for database users).",
      resolve: (u) => u.email ?? null,
    }),
    emailVerified: t.boolean({
      extensions: userAttribute("email_verified"),
      nullable: true,
      description: "Whether this email address is verified.",
      resolve: (u) => u.email_verified ?? null,
    }),
    username: t.string({
      extensions: userAttribute("username"),
      nullable: true,
      description: "Username of this user (only on connections that use usernames).",
      resolve: (u) => u.username ?? null,
    }),
    phoneNumber: t.field({
      extensions: userAttribute("phone_number"),
      type: "PhoneNumber",
      nullable: true,
      description: "Phone number of this user, in E.164 form.",
      resolve: (u) => u.phone_number ?? null,
    }),
    phoneVerified: t.boolean({
      extensions: userAttribute("phone_verified"),
      nullable: true,
      description: "Whether this phone number has been verified.",
      resolve: (u) => u.phone_verified ?? null,
    }),
    name: t.string({
      extensions: userAttribute("name"),
      nullable: true,
      description: "Name of this user.",
      resolve: (u) => u.name ?? null,
    }),
    nickname: t.string({
      extensions: userAttribute("nickname"),
      nullable: true,
      description: "Preferred nickname or alias of this user.",
      resolve: (u) => u.nickname ?? null,
    }),
    givenName: t.string({
      extensions: userAttribute("given_name"),
      nullable: true,
      description: "Given name / first name / forename of this user.",
      resolve: (u) => u.given_name ?? null,
    }),
    familyName: t.string({
      extensions: userAttribute("family_name"),
      nullable: true,
      description: "Family name / last name / surname of this user.",
      resolve: (u) => u.family_name ?? null,
    }),
    picture: t.field({
      extensions: userAttribute("picture"),
      type: "URL",
      nullable: true,
      description: "URL to picture, photo, or avatar of this user.",
      resolve: (u) => u.picture ?? null,
    }),
    createdAt: t.field({
      extensions: userAttribute("created_at"),
      type: "DateTime",
      nullable: true,
      description: "When this user was created.",
      resolve: (u) => u.created_at ?? null,
    }),
    updatedAt: t.field({
      extensions: userAttribute("updated_at"),
      type: "DateTime",
      nullable: true,
      description: "When this user was last updated (a login counts as an update).",
      resolve: (u) => u.updated_at ?? null,
    }),
    lastLogin: t.field({
      extensions: userAttribute("last_login"),
      type: "DateTime",
      nullable: true,
      description: "When this user last logged in.",
      resolve: (u) => u.last_login ?? null,
    }),
    lastIp: t.field({
      extensions: userAttribute("last_ip"),
      type: "IP",
      nullable: true,
      description: "Last IP address from which this user logged in.",
      resolve: (u) => u.last_ip ?? null,
    }),
    lastPasswordReset: t.field({
      extensions: userAttribute("last_password_reset"),
      type: "DateTime",
      nullable: true,
      description: "When this user's password was last reset (database users only; absent until the first reset).",
      resolve: (u) => u.last_password_reset ?? null,
    }),
    loginsCount: t.field({
      extensions: userAttribute("logins_count"),
      type: "NonNegativeInt",
      nullable: true,
      description: "Total number of logins this user has performed.",
      resolve: (u) => u.logins_count ?? null,
    }),
    blocked: t.boolean({
      extensions: userAttribute("blocked"),
      nullable: true,
      description: "Whether an administrator blocked this user. Brute-force protection blocks are not shown here: see `blockedFor`.",
      resolve: (u) => u.blocked ?? null,
    }),
    multifactor: t.stringList({
      extensions: userAttribute("multifactor"),
      nullable: true,
      description: "The multi-factor providers this user has enrolled with.",
      resolve: (u) => u.multifactor ?? null,
    }),
    appMetadata: t.field({
      extensions: userAttribute("app_metadata"),
      type: "JSONObject",
      nullable: true,
      description:
        "Data that affects the user's access (plan, roles of your own…): readable by the user's apps, " +
        "writable only through the Management API.",
      resolve: (u) => (u.app_metadata as Record<string, unknown> | undefined) ?? null,
    }),
    userMetadata: t.field({
      extensions: userAttribute("user_metadata"),
      type: "JSONObject",
      nullable: true,
      description: "Data the user may read and edit themselves (preferences, addresses…).",
      resolve: (u) => (u.user_metadata as Record<string, unknown> | undefined) ?? null,
    }),
    identities: t.field({
      extensions: userAttribute("identities"),
      type: [IdentityRef],
      nullable: false,
      description:
        "The identities this user signs in with: the primary first, then any linked secondary accounts. " +
        "Identity-provider tokens are never exposed.",
      resolve: (u) => u.identities ?? [],
    }),
  }),
});

const SortField = builder.enumType("UserSortField", {
  description: "A user attribute Auth0 search can sort by.",
  values: {
    CREATED_AT: { value: "created_at", description: "When the user was created." },
    UPDATED_AT: { value: "updated_at", description: "When the user was last updated." },
    LAST_LOGIN: { value: "last_login", description: "When the user last logged in." },
    LOGINS_COUNT: { value: "logins_count", description: "How many times the user logged in." },
    EMAIL: { value: "email", description: "The user's email address." },
    NAME: { value: "name", description: "The user's name." },
    NICKNAME: { value: "nickname", description: "The user's nickname." },
    GIVEN_NAME: { value: "given_name", description: "The user's given name." },
    FAMILY_NAME: { value: "family_name", description: "The user's family name." },
    USERNAME: { value: "username", description: "The user's username." },
    USER_ID: { value: "user_id", description: "The user's id." },
  } as const,
});

export const SortDirection = builder.enumType("SortDirection", {
  description: "Ascending or descending order.",
  values: { ASC: { value: 1, description: "Smallest first." }, DESC: { value: -1, description: "Largest first." } } as const,
});

const UserSort = builder.inputType("UserSort", {
  description: "How to order users: an attribute and a direction.",
  fields: (t) => ({
    field: t.field({ type: SortField, required: true, description: "The attribute to sort by." }),
    direction: t.field({ type: SortDirection, required: false, defaultValue: 1, description: "The order; ascending by default." }),
  }),
});

export const UserConnection = offsetConnectionType(UserRef, {
  name: "User",
  description: "A page of users.",
  total: "How many users match in all (asked of Auth0 only when selected).",
  edge: "A user in a page of users, with its cursor.",
});

builder.queryFields((t) => ({
  user: t.field({
    type: UserRef,
    nullable: true,
    description: "A user by its Auth0 `user_id`; null when no such user exists.",
    authScopes: { scope: "read:users" },
    extensions: upstreamCost({ kind: "user", id: "argument" }),
    args: { id: t.arg.id({ required: true, description: "The Auth0 `user_id`, e.g. `auth0|507f1f77bcf86cd799439020`." }) },
    resolve: (_root, { id }, ctx, info) => loadUser(ctx, info, String(id)),
  }),

  usersByIds: t.field({
    type: [UserRef],
    nullable: { list: false, items: true },
    description:
      `Users by id, in the order given, null where a user does not exist; up to ${MAX_USERS_BY_IDS} ` +
      `ids. Served by batched searches, 100 ids a call.`,
    authScopes: { scope: "read:users" },
    extensions: upstreamCost({ kind: "usersByIds" }),
    args: { ids: t.arg.idList({ required: true, description: "Auth0 `user_id`s." }) },
    resolve: (_root, { ids }, ctx, info) => {
      if (ids.length > MAX_USERS_BY_IDS) {
        throw graphError("BAD_USER_INPUT", `usersByIds takes at most ${MAX_USERS_BY_IDS} ids (got ${ids.length}).`, {
          argumentName: "ids",
        });
      }
      // graphql-js answers an Error in a list as an error at that item's path (mapped by the error
      // mask), null in the list: so a failed read fails only its own id.
      return loadUsers(ctx, info, ids.map(String)) as Promise<(UserRecord | null)[]>;
    },
  }),

  usersByEmail: t.field({
    type: [UserRef],
    nullable: false,
    description:
      "Every user with exactly this email address (one per connection). Case-sensitive, as Auth0 matches " +
      "it; Auth0 stores database users' emails lower-cased.",
    authScopes: { scope: "read:users" },
    extensions: upstreamCost({ kind: "call" }),
    args: { email: t.arg.string({ required: true, description: "The exact email address." }) },
    resolve: (_root, { email }, ctx, info) => {
      ctx.loaders.setUserFields(operationUserAttributes(info));
      return ctx.loaders.usersByEmail.load(email);
    },
  }),

  me: t.field({
    type: UserRef,
    nullable: true,
    description: "The caller's own user (the `sub` of the bearer token); null for a machine caller.",
    authScopes: { anyScope: ["read:current_user", "read:users"] },
    extensions: upstreamCost({ kind: "user", id: "caller" }),
    resolve: (_root, _args, ctx, info) => (ctx.caller.sub.includes("|") ? loadUser(ctx, info, ctx.caller.sub) : null),
  }),

  users: offsetConnectionField(t, {
    type: UserConnection,
    items: "users",
    nullable: false,
    description:
      "Users matching an Auth0 search (search engine v3). Auth0 pages through only the first 1000 results " +
      "of a search: past them the field fails with SEARCH_WINDOW_EXCEEDED — narrow the query, or walk every " +
      "user with `exportUsers` and `UsersExportJob.users`.",
    authScopes: { scope: "read:users" },
    window: SEARCH_WINDOW,
    pastWindow: "or export them with `exportUsers` and page through `UsersExportJob.users`",
    args: (arg) => ({
      query: arg.string({
        required: false,
        description:
          'A Lucene query in Auth0\'s search syntax, e.g. `email:"jane@example.com"`, `name:jan*`, ' +
          '`app_metadata.plan:"gold"`, `last_login:[2024-01-01 TO *]`. All users when absent.',
      }),
      sort: arg({ type: UserSort, required: false, description: "The order; Auth0's deterministic default when absent." }),
    }),
    fetch: (_root: unknown, request, ctx, args, info) => {
      ctx.loaders.setUserFields(operationUserAttributes(info));
      const sort = args.sort ? `${args.sort.field}:${args.sort.direction ?? 1}` : undefined;
      return ctx.loaders.userSearch.load({ ...(args.query ? { q: args.query } : {}), ...(sort ? { sort } : {}), ...request }) as Promise<
        OffsetPage<UserRecord>
      >;
    },
  }),
}));
