import { ApiError } from "../errors.js";
import type { EmulatorState, JsonObject, StoredIdentity, StoredUser } from "../state.js";
import { removeUser } from "./remove-user.js";

// Account linking (contract §1b): the secondary user stops existing on its own and its identity,
// with its profile as profileData, joins the primary's identities; unlinking makes it a standalone
// user again (without the metadata, roles or sessions it had before it was linked).

const badRequest = (message: string) => new ApiError(400, message, "invalid_body");

/** Profile attributes a linked identity carries in profileData. */
const PROFILE_DATA_FIELDS = [
  "email",
  "email_verified",
  "name",
  "username",
  "given_name",
  "family_name",
  "nickname",
  "picture",
  "phone_number",
  "phone_verified",
] as const;

const sameIdentity = (identity: StoredIdentity, provider: string, userId: string) =>
  identity.provider === provider && String(identity.user_id) === userId;

function touch(user: StoredUser, now: Date): string {
  const previous = Date.parse(user.updated_at);
  return Number.isNaN(previous) || now.getTime() > previous ? now.toISOString() : new Date(previous + 1).toISOString();
}

/** The user that holds `provider|userId` as a linked (not primary) identity, if any. */
export function linkedHolder(state: EmulatorState, provider: string, userId: string): StoredUser | undefined {
  for (const user of state.users.values()) {
    if (user.identities.some((identity, index) => index > 0 && sameIdentity(identity, provider, userId))) return user;
  }
  return undefined;
}

/**
 * Links `secondary` into `primary` and returns the primary as stored afterwards. 400 for the same
 * identity or a secondary that has linked identities itself; 409 when the identity is already linked.
 */
export function linkAccounts(state: EmulatorState, primary: StoredUser, secondary: StoredUser, now: Date): StoredUser {
  if (primary.user_id === secondary.user_id) throw badRequest("Main identity and the new one are the same.");
  const identity = secondary.identities[0];
  if (!identity || secondary.identities.length > 1) throw badRequest("Unable to link with the secondary account.");
  if (linkedHolder(state, identity.provider, String(identity.user_id))) {
    throw new ApiError(409, "Specified identity already exists.", "identity_conflict");
  }
  const profileData: JsonObject = {};
  for (const field of PROFILE_DATA_FIELDS) if (secondary[field] !== undefined) profileData[field] = secondary[field];
  const linked: StoredUser = {
    ...primary,
    identities: [...primary.identities, { ...identity, profileData }],
    updated_at: touch(primary, now),
  };
  removeUser(state, secondary.user_id, { keepPasswords: true });
  state.users.set(linked.user_id, linked);
  return linked;
}

/**
 * Unlinks `provider|userId` from `primary`; the identity becomes a standalone user again. Returns
 * the primary as stored afterwards. 400 for the primary identity or one that is not linked.
 */
export function unlinkIdentity(state: EmulatorState, primary: StoredUser, provider: string, userId: string, now: Date): StoredUser {
  const index = primary.identities.findIndex((identity) => sameIdentity(identity, provider, userId));
  if (index === 0) throw badRequest("Main identity cannot be removed.");
  if (index < 0) throw badRequest(`The identity ${provider}|${userId} is not linked to this user.`);
  const { profileData = {}, ...identity } = primary.identities[index]!;
  const at = now.toISOString();
  const remaining: StoredUser = {
    ...primary,
    identities: primary.identities.filter((_, i) => i !== index),
    updated_at: touch(primary, now),
  };
  state.users.set(remaining.user_id, remaining);

  const standaloneId = `${provider}|${userId}`;
  if (!state.users.has(standaloneId)) {
    const standalone: StoredUser = { user_id: standaloneId, created_at: at, updated_at: at, identities: [identity] };
    for (const field of PROFILE_DATA_FIELDS)
      if (profileData[field] !== undefined) (standalone as Record<string, unknown>)[field] = profileData[field];
    state.users.set(standaloneId, standalone);
  }
  return remaining;
}
