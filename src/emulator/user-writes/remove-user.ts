import type { EmulatorState } from "../state.js";
import { identityKey } from "./accounts.js";

/**
 * Removes a user and everything the tenant keys by its user_id: roles, permissions, organization
 * memberships, sessions, refresh tokens, enrollments, authentication methods, recovery codes,
 * brute-force blocks and the passwords of its identities. Logs stay: they are the tenant's audit
 * trail, as Auth0 keeps them after a deletion.
 *
 * `keepPasswords` is for linking, where the user's identity lives on under another user.
 */
export function removeUser(state: EmulatorState, userId: string, options: { keepPasswords?: boolean } = {}): boolean {
  const user = state.users.get(userId);
  if (!user) return false;
  state.users.delete(userId);
  if (!options.keepPasswords) {
    state.passwords.delete(userId);
    for (const identity of user.identities) state.passwords.delete(identityKey(identity));
  }
  state.userRoles.delete(userId);
  state.userPermissions.delete(userId);
  for (const [organizationId, members] of state.organizationMembers) {
    if (members.includes(userId))
      state.organizationMembers.set(
        organizationId,
        members.filter((member) => member !== userId),
      );
  }
  state.sessions.delete(userId);
  state.refreshTokens.delete(userId);
  state.enrollments.delete(userId);
  state.authenticationMethods.delete(userId);
  state.recoveryCodes.delete(userId);
  state.bruteForceBlocks = state.bruteForceBlocks.filter((block) => block.user_id !== userId);
  return true;
}
