import { ApiError } from "../errors.js";
import type { Connection, EmulatorState, StoredIdentity, StoredUser } from "../state.js";

// An "account" is one identity of one connection: a user's primary identity carries its profile on
// the user, a linked (secondary) identity carries it in profileData.

export const inexistentConnection = () => new ApiError(400, "The connection does not exist.", "inexistent_connection");

export function connectionNamed(state: EmulatorState, name: string): Connection {
  const connection = state.connections.find((c) => c.name === name);
  if (!connection) throw inexistentConnection();
  return connection;
}

/** Database connections hold passwords; passwordless ones (email, sms) are the other kind users can be created in. */
export const isDatabase = (connection: Connection) => connection.strategy === "auth0";
export const isPasswordless = (connection: Connection) => connection.strategy === "email" || connection.strategy === "sms";

/** The key of an identity's password in `state.passwords` (its full user id). */
export const identityKey = (identity: Pick<StoredIdentity, "provider" | "user_id">) => `${identity.provider}|${identity.user_id}`;

function profileOf(user: StoredUser, index: number): { email?: unknown; username?: unknown } {
  return index === 0 ? user : (user.identities[index]?.profileData ?? {});
}

/**
 * The user holding an account of `connection` with this email (compared lower-cased) or username,
 * other than `except`.
 */
export function accountHolder(
  state: EmulatorState,
  connection: string,
  wanted: { email?: string; username?: string },
  except?: string,
): StoredUser | undefined {
  const email = wanted.email?.toLowerCase();
  for (const user of state.users.values()) {
    if (user.user_id === except) continue;
    for (let index = 0; index < user.identities.length; index += 1) {
      if (user.identities[index]!.connection !== connection) continue;
      const profile = profileOf(user, index);
      if (email !== undefined && typeof profile.email === "string" && profile.email.toLowerCase() === email) return user;
      if (wanted.username !== undefined && profile.username === wanted.username) return user;
    }
  }
  return undefined;
}
