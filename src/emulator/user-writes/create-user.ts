import { createHash, randomBytes } from "node:crypto";
import { ApiError, invalidBody } from "../errors.js";
import { hashPassword } from "../passwords.js";
import type { EmulatorState, JsonObject, StoredUser } from "../state.js";
import { accountHolder, connectionNamed, isDatabase, isPasswordless } from "./accounts.js";
import { checkMetadata, initialMetadata } from "./metadata.js";

/** `CreateUserRequestContent` (contract §2.2), already validated against the schema. */
export interface CreateUserBody {
  connection: string;
  email?: string;
  phone_number?: string;
  user_metadata?: JsonObject;
  app_metadata?: JsonObject;
  blocked?: boolean;
  email_verified?: boolean;
  phone_verified?: boolean;
  given_name?: string;
  family_name?: string;
  name?: string;
  nickname?: string;
  picture?: string;
  user_id?: string;
  password?: string;
  verify_email?: boolean;
  username?: string;
}

export const userExists = () => new ApiError(409, "The user already exists.", "auth0_idp_error");
const missing = (property: string) => invalidBody(`'Missing required property: ${property}'.`);

function defaultPicture(seed: string, label: string): string {
  const initials = (label.replace(/[^A-Za-z0-9]/g, "").slice(0, 2) || "u").toLowerCase();
  const gravatar = createHash("md5").update(seed).digest("hex");
  return `https://s.gravatar.com/avatar/${gravatar}?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F${initials}.png`;
}

/**
 * Creates a user in a database or passwordless connection (POST /users). Everything is checked
 * before anything is stored; the password is kept only as a hash.
 */
export async function createUser(state: EmulatorState, body: CreateUserBody, now: Date): Promise<StoredUser> {
  const connection = connectionNamed(state, body.connection);
  if (!connection.enabled) throw new ApiError(400, "Connection is disabled.", "connection_disabled");
  if (!isDatabase(connection) && !isPasswordless(connection)) {
    throw new ApiError(
      400,
      "Connection does not support user creation through the API. It must either be a database or passwordless connection.",
      "operation_not_supported",
    );
  }
  if (isDatabase(connection)) {
    if (body.email === undefined) throw missing("email");
    if (body.password === undefined) throw missing("password");
    if (connection.requires_username && body.username === undefined) throw missing("username");
    if (!connection.requires_username && body.username !== undefined) {
      throw new ApiError(400, "Cannot set username for connection without requires_username.", "invalid_body");
    }
  } else {
    if (body.password !== undefined) throw invalidBody("'password is only valid for database connections' on property password.");
    if (body.username !== undefined)
      throw new ApiError(400, "Cannot set username for connection without requires_username.", "invalid_body");
    if (connection.strategy === "email" && body.email === undefined) throw missing("email");
    if (connection.strategy === "sms" && body.phone_number === undefined) throw missing("phone_number");
  }
  if (body.user_metadata) checkMetadata("user_metadata", body.user_metadata);
  if (body.app_metadata) checkMetadata("app_metadata", body.app_metadata);

  // Auth0 keeps the emails of the users it stores lower-cased.
  const email = body.email?.toLowerCase();
  const provider = connection.strategy;
  const localId = body.user_id ? body.user_id : randomBytes(12).toString("hex");
  const userId = `${provider}|${localId}`;
  const checkUnique = () => {
    const wanted = { ...(email !== undefined ? { email } : {}), ...(body.username !== undefined ? { username: body.username } : {}) };
    if (state.users.has(userId) || accountHolder(state, connection.name, wanted)) throw userExists();
  };
  checkUnique();
  const passwordHash = body.password === undefined ? undefined : await hashPassword(body.password);
  // Hashing yields the event loop: another request may have created the same account meanwhile.
  checkUnique();

  const at = now.toISOString();
  const handle = email ?? body.username ?? body.phone_number ?? localId;
  const user: StoredUser = {
    user_id: userId,
    ...(email !== undefined ? { email, email_verified: body.email_verified ?? false } : {}),
    ...(body.username !== undefined ? { username: body.username } : {}),
    ...(body.phone_number !== undefined ? { phone_number: body.phone_number, phone_verified: body.phone_verified ?? false } : {}),
    created_at: at,
    updated_at: at,
    identities: [{ connection: connection.name, provider, user_id: localId, isSocial: false }],
    name: body.name ?? handle,
    nickname: body.nickname ?? (email ? email.split("@")[0]! : handle),
    picture: body.picture ?? defaultPicture(email ?? userId, body.name ?? handle),
    ...(body.given_name !== undefined ? { given_name: body.given_name } : {}),
    ...(body.family_name !== undefined ? { family_name: body.family_name } : {}),
    ...(body.user_metadata ? { user_metadata: initialMetadata(body.user_metadata) } : {}),
    ...(body.app_metadata ? { app_metadata: initialMetadata(body.app_metadata) } : {}),
    ...(body.blocked !== undefined ? { blocked: body.blocked } : {}),
  };
  state.users.set(userId, user);
  if (passwordHash !== undefined) state.passwords.set(userId, passwordHash);
  return user;
}
