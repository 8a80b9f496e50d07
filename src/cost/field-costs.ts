import { getNamedType, isObjectType, type GraphQLField } from "graphql";
import { LOG_WINDOW } from "../schema/log-event.js";
import { ROLE_USERS_WINDOW } from "../schema/role.js";
import { SEARCH_WINDOW } from "../schema/user.js";

/**
 * How each field of the graph reaches the Management API, mirroring its resolver and the loaders it
 * goes through (src/loaders). The estimate (estimate.ts) walks an operation with this table.
 */
export type FieldCost =
  /** Free: answered from the parent's data (the default for fields not listed). */
  | { kind: "free" }
  /** `calls` calls for each instance of the parent (a write, or a read keyed by the parent). */
  | { kind: "call"; calls?: number }
  /** A user read by id through the batched `users` loader (`Query.user` takes `id`, `Query.me` the caller). */
  | { kind: "user"; id: "argument" | "caller" | "parent" }
  /** `Query.usersByIds`: joins the operation's batched user read. */
  | { kind: "usersByIds" }
  /** Federation `_entities`: users by id join the batched read; other references cost one call per distinct key. */
  | { kind: "entities" }
  /** One call per distinct id, through a loader keyed by id (`id` argument, or an id from the parent's data). */
  | { kind: "byId"; loader: string; id: "argument" | "parent" }
  /** `Query.role`: like byId, but free when only the role's id and lists are selected. */
  | { kind: "role" }
  /** An offset-paged connection (`offsetConnection`); `members`: `Role.users`, whose rows are partial users. */
  | { kind: "offset"; window?: number; members?: boolean }
  /** A checkpoint-paged connection (`checkpointConnection`). */
  | { kind: "checkpoint" }
  /** A write payload's `user`: read anew, unless only its id (and nested lists) are selected. */
  | { kind: "writtenUser" };

/**
 * Every field that calls upstream (or is free although it returns an upstream object), by
 * "Type.field". A field not listed that returns a user, a role, an organization, a session or a
 * refresh token is costed as one read per parent instance, one that returns a connection as one
 * page, so a new field is over- rather than under-estimated; fields of Mutation not listed are one
 * write each.
 */
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  "Query.user": { kind: "user", id: "argument" },
  "Query.me": { kind: "user", id: "caller" },
  "Query.usersByIds": { kind: "usersByIds" },
  "Query.usersByEmail": { kind: "call" },
  "Query.users": { kind: "offset", window: SEARCH_WINDOW },
  "Query.role": { kind: "role" },
  "Query.roles": { kind: "offset" },
  "Query.organization": { kind: "byId", loader: "organization", id: "argument" },
  "Query.session": { kind: "byId", loader: "session", id: "argument" },
  "Query.refreshToken": { kind: "byId", loader: "refreshToken", id: "argument" },
  "Query._entities": { kind: "entities" },
  "Query._service": { kind: "free" },

  "User.roles": { kind: "offset" },
  "User.permissions": { kind: "offset" },
  "User.organizations": { kind: "offset" },
  "User.logs": { kind: "offset", window: LOG_WINDOW },
  "User.authenticationMethods": { kind: "offset" },
  "User.sessions": { kind: "checkpoint" },
  "User.refreshTokens": { kind: "checkpoint" },
  "User.enrollments": { kind: "call" },
  "User.blockedFor": { kind: "call" },

  "Role.users": { kind: "offset", window: ROLE_USERS_WINDOW, members: true },
  "Role.permissions": { kind: "offset" },
  "Session.user": { kind: "user", id: "parent" },
  "RefreshToken.user": { kind: "user", id: "parent" },
  "RefreshToken.session": { kind: "byId", loader: "session", id: "parent" },

  // Writes that answer the whole user prime the operation's loader: their payload's user is free.
  "CreateUserPayload.user": { kind: "free" },
  "UpdateUserPayload.user": { kind: "free" },
  "UpdateMePayload.user": { kind: "free" },
  // deleteUser reads the user first (Auth0 answers a delete of an unknown id as a success).
  "Mutation.deleteUser": { kind: "call", calls: 2 },
};

/** The other payloads built by `defineUserPayload` (src/schema/user-write-payload.ts): their user is read anew. */
const WRITTEN_USER_PAYLOADS = [
  "AssignUserPermissionsPayload",
  "AssignUserRolesPayload",
  "CreateUserAuthenticationMethodPayload",
  "DeleteUserAuthenticationMethodPayload",
  "DeleteUserAuthenticatorsPayload",
  "DeleteUserMultifactorProviderPayload",
  "InvalidateUserRememberBrowserPayload",
  "LinkUserIdentityPayload",
  "RegenerateUserRecoveryCodePayload",
  "RemoveUserPermissionsPayload",
  "RemoveUserRolesPayload",
  "ReplaceUserAuthenticationMethodsPayload",
  "RevokeUserRefreshTokensPayload",
  "RevokeUserSessionsPayload",
  "UnblockUserPayload",
  "UnlinkUserIdentityPayload",
  "UpdateUserAuthenticationMethodPayload",
];

/** Types read by id from their own endpoint. */
const UPSTREAM_OBJECTS: ReadonlySet<string> = new Set(["Role", "Organization", "Session", "RefreshToken"]);

const COSTS = new Map<string, FieldCost>([
  ...Object.entries(FIELD_COSTS),
  ...WRITTEN_USER_PAYLOADS.map((payload): [string, FieldCost] => [`${payload}.user`, { kind: "writtenUser" }]),
]);

/** Each field object belongs to one type and one schema: its cost is worked out once. */
const known = new WeakMap<GraphQLField<unknown, unknown>, FieldCost>();

/** How `Type.field` reaches upstream: as listed, else by what it returns (see FIELD_COSTS). */
export function fieldCost(typeName: string, field: GraphQLField<unknown, unknown>): FieldCost {
  let cost = known.get(field);
  if (!cost) {
    cost = costOf(typeName, field);
    known.set(field, cost);
  }
  return cost;
}

function costOf(typeName: string, field: GraphQLField<unknown, unknown>): FieldCost {
  const listed = COSTS.get(`${typeName}.${field.name}`);
  if (listed) return listed;
  if (typeName === "Mutation") return { kind: "call" };
  const returned = getNamedType(field.type);
  if (isObjectType(returned) && returned.name.endsWith("Connection")) {
    return "totalCount" in returned.getFields() ? { kind: "offset" } : { kind: "checkpoint" };
  }
  // The items of a page come with the page.
  if (typeName.endsWith("Connection") || typeName.endsWith("Edge")) return { kind: "free" };
  if (returned.name === "User") return { kind: "user", id: "parent" };
  if (UPSTREAM_OBJECTS.has(returned.name)) return { kind: "call" };
  return { kind: "free" };
}
