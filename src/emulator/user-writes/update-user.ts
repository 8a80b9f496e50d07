import { ApiError, invalidBody } from "../errors.js";
import type { EmulatorState, JsonObject, StoredUser } from "../state.js";
import { accountHolder, connectionNamed, identityKey, isDatabase } from "./accounts.js";
import { checkMetadata, mergeMetadata } from "./metadata.js";

/** `UpdateUserRequestContent` (contract §7), already validated against the schema. */
export interface UpdateUserBody {
  blocked?: boolean;
  email_verified?: boolean;
  email?: string | null;
  phone_number?: string | null;
  phone_verified?: boolean;
  user_metadata?: JsonObject;
  app_metadata?: JsonObject;
  given_name?: string | null;
  family_name?: string | null;
  name?: string | null;
  nickname?: string | null;
  picture?: string | null;
  verify_email?: boolean;
  verify_phone_number?: boolean;
  password?: string | null;
  connection?: string;
  client_id?: string;
  username?: string | null;
}

export interface UserUpdate {
  /** The updated user: a new object (the stored one is never edited in place). */
  user: StoredUser;
  /** A password change: its key in `state.passwords`, and the new password or null to remove it. */
  password?: { key: string; value: string | null };
}

const UPDATABLE = new Set([
  "blocked",
  "email_verified",
  "email",
  "phone_number",
  "phone_verified",
  "user_metadata",
  "app_metadata",
  "given_name",
  "family_name",
  "name",
  "nickname",
  "picture",
  "verify_email",
  "verify_phone_number",
  "password",
  "connection",
  "client_id",
  "username",
]);
const REJECTED_PAIRS = [
  ["password", "email"],
  ["password", "email_verified"],
  ["username", "email"],
  ["username", "email_verified"],
  ["username", "password"],
] as const;
const PROFILE_FIELDS = ["given_name", "family_name", "name", "nickname", "picture"] as const;
const CREDENTIAL_FIELDS = ["email", "email_verified", "phone_number", "phone_verified", "username"] as const;

const badRequest = (message: string, errorCode = "invalid_body") => new ApiError(400, message, errorCode);

/** Sets a root attribute, or removes it for null (contract §7: supported attributes unset with null). */
function assign(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === null) delete target[key];
  else target[key] = value;
}

/**
 * Validates a PATCH /users/{id} body against the user and works out the result, changing nothing:
 * a rejected update leaves the tenant as it was. `commitUserUpdate` stores it.
 */
export function planUserUpdate(state: EmulatorState, current: StoredUser, body: UpdateUserBody, now: Date): UserUpdate {
  const fields = body as Record<string, unknown>;
  const present = (key: string) => fields[key] !== undefined;
  const unknown = Object.keys(body).filter((key) => !UPDATABLE.has(key));
  if (unknown.length > 0) throw invalidBody(`'Additional properties not allowed: ${unknown.join(",")}'.`);
  for (const [a, b] of REJECTED_PAIRS) {
    if (present(a) && present(b)) throw badRequest(`Cannot update ${a} and ${b} simultaneously.`);
  }
  if (body.user_metadata) checkMetadata("user_metadata", body.user_metadata);
  if (body.app_metadata) checkMetadata("app_metadata", body.app_metadata);

  // The identity the credential fields apply to: the primary, or the one of `connection`.
  let index = 0;
  if (body.connection !== undefined) {
    connectionNamed(state, body.connection);
    index = current.identities.findIndex((identity) => identity.connection === body.connection);
    if (index < 0) throw badRequest("Connection is not supported for this operation.", "operation_not_supported");
  }
  const identity = current.identities[index];
  if (!identity) throw badRequest("The user has no identity to update.", "operation_not_supported");
  const connection = state.connections.find((c) => c.name === identity.connection);
  const database = connection ? isDatabase(connection) : identity.provider === "auth0";
  const emailConnection = database || connection?.strategy === "email";

  if (index > 0) {
    const profile = PROFILE_FIELDS.filter(present);
    if (profile.length > 0) {
      throw badRequest(
        `The following user attributes cannot be updated: ${profile.join(", ")}. The specified connection belongs to a secondary identity.`,
        "operation_not_supported",
      );
    }
  }
  if (present("email") && !emailConnection) throw badRequest("Cannot update email for non-database user.", "operation_not_supported");
  if (present("password") && !database) throw badRequest("Cannot update password for non-database user.", "operation_not_supported");
  if (present("username")) {
    if (!database) throw badRequest("Cannot update username for non-database user.", "operation_not_supported");
    if (body.username !== null && !connection?.requires_username)
      throw badRequest("Cannot set username for connection without requires_username.");
  }
  if ((present("email") || present("password")) && connection && !connection.enabled) {
    throw badRequest("Cannot change email or password for users in a disabled connection.", "operation_not_supported");
  }
  // Auth0 stores the emails of its own users lower-cased.
  const email = typeof body.email === "string" && emailConnection ? body.email.toLowerCase() : body.email;
  if (typeof email === "string" && accountHolder(state, identity.connection, { email }, current.user_id)) {
    throw badRequest("The specified new email already exists.", "email_used");
  }
  if (typeof body.username === "string" && accountHolder(state, identity.connection, { username: body.username }, current.user_id)) {
    throw badRequest("The specified new username already exists.", "username_used");
  }

  const user: StoredUser = { ...current, identities: current.identities.map((i) => ({ ...i })) };
  let target: Record<string, unknown> = user;
  if (index > 0) {
    target = { ...user.identities[index]!.profileData };
    user.identities[index]!.profileData = target;
  }
  const before = { email: target.email, phone_number: target.phone_number };
  for (const key of CREDENTIAL_FIELDS) if (present(key)) assign(target, key, key === "email" ? email : fields[key]);
  // A new address or number is not verified unless the body says so.
  if (present("email") && email !== null && email !== before.email && !present("email_verified")) target.email_verified = false;
  if (present("phone_number") && body.phone_number !== null && body.phone_number !== before.phone_number && !present("phone_verified")) {
    target.phone_verified = false;
  }
  for (const key of PROFILE_FIELDS) if (present(key)) assign(user, key, fields[key]);
  // Only the admin block: brute-force blocks live apart and need the user-blocks endpoints.
  if (body.blocked !== undefined) user.blocked = body.blocked;
  if (body.user_metadata) user.user_metadata = mergeMetadata(current.user_metadata, body.user_metadata);
  if (body.app_metadata) user.app_metadata = mergeMetadata(current.app_metadata, body.app_metadata);

  const at = now.toISOString();
  let password: UserUpdate["password"];
  if (present("password")) {
    password = { key: identityKey(identity), value: body.password ?? null };
    if (index === 0 && typeof body.password === "string") {
      user.last_password_reset = at;
      // A Management API password change also lifts an admin block (contract §7).
      if (current.blocked && body.blocked === undefined) user.blocked = false;
    }
  }
  const previous = Date.parse(current.updated_at);
  user.updated_at = Number.isNaN(previous) || now.getTime() > previous ? at : new Date(previous + 1).toISOString();
  return { user, ...(password ? { password } : {}) };
}

/** Stores a planned update; `passwordHash` is the hash of `update.password.value` when it is set. */
export function commitUserUpdate(state: EmulatorState, update: UserUpdate, passwordHash?: string): void {
  state.users.set(update.user.user_id, update.user);
  if (!update.password) return;
  if (update.password.value === null) state.passwords.delete(update.password.key);
  else if (passwordHash !== undefined) state.passwords.set(update.password.key, passwordHash);
}
