import DataLoader from "dataloader";
import type { ManagementClient } from "../upstream/client.js";
import type { OffsetPaging, CheckpointPaging } from "../upstream/pages.js";
import { callLoader } from "./call-loader.js";
import { lazyMembers } from "./lazy-members.js";
import { offsetPagesLoader } from "./offset-pages.js";
import { orNull } from "./or-null.js";
import { loadUsersById } from "./users-by-id.js";

type Id<P> = { id: string } & P;
type UserRow = Awaited<ReturnType<ManagementClient["getUser"]>>;

/** What an operation's loaders share: the client, and the user attributes the operation selects. */
interface Scope {
  client: ManagementClient;
  /** The union over the operation, set once by the first resolver that loads a user (undefined: everything). */
  userFields?: readonly string[];
}

const fieldsOption = ({ userFields }: Scope) => (userFields ? { fields: [...userFields], includeFields: true } : {});

/** Reads that hold what Auth0 has about a user: a write to any user makes the operation forget them. */
const userReads = {
  usersByEmail: (s: Scope) => callLoader((email: string) => s.client.getUsersByEmail(email, fieldsOption(s))),
  userSearch: (s: Scope) =>
    offsetPagesLoader((params: NonNullable<Parameters<ManagementClient["searchUsers"]>[0]>) =>
      s.client.searchUsers({ ...params, ...fieldsOption(s) }),
    ),

  userRoles: (s: Scope) => offsetPagesLoader(({ id, ...paging }: Id<OffsetPaging>) => s.client.getUserRoles(id, paging)),
  userPermissions: (s: Scope) => offsetPagesLoader(({ id, ...paging }: Id<OffsetPaging>) => s.client.getUserPermissions(id, paging)),
  userOrganizations: (s: Scope) => offsetPagesLoader(({ id, ...paging }: Id<OffsetPaging>) => s.client.getUserOrganizations(id, paging)),
  userLogs: (s: Scope) => offsetPagesLoader(({ id, ...paging }: Id<OffsetPaging & { sort?: string }>) => s.client.getUserLogs(id, paging)),
  userAuthenticationMethods: (s: Scope) =>
    offsetPagesLoader(({ id, ...paging }: Id<OffsetPaging>) => s.client.getUserAuthenticationMethods(id, paging)),
  userSessions: (s: Scope) => callLoader(({ id, ...paging }: Id<CheckpointPaging>) => s.client.getUserSessions(id, paging)),
  userRefreshTokens: (s: Scope) => callLoader(({ id, ...paging }: Id<CheckpointPaging>) => s.client.getUserRefreshTokens(id, paging)),
  userEnrollments: (s: Scope) => callLoader((id: string) => s.client.getUserEnrollments(id)),
  userBlocks: (s: Scope) => callLoader((id: string) => s.client.getUserBlocks(id)),
  userBlocksByIdentifier: (s: Scope) =>
    callLoader(({ identifier, ...params }: { identifier: string; considerBruteForceEnablement?: boolean }) =>
      s.client.getUserBlocksByIdentifier(identifier, params),
    ),
  userAuthenticationMethod: (s: Scope) =>
    callLoader(({ id, methodId }: { id: string; methodId: string }) => orNull(s.client.getUserAuthenticationMethod(id, methodId))),
  userEffectiveRoles: (s: Scope) => callLoader(({ id, ...paging }: Id<CheckpointPaging>) => s.client.getUserEffectiveRoles(id, paging)),
  userRoleSourceGroups: (s: Scope) =>
    callLoader(({ id, roleId, ...paging }: Id<CheckpointPaging & { roleId: string }>) =>
      s.client.getUserRoleSourceGroups(id, roleId, paging),
    ),
  userEffectivePermissions: (s: Scope) =>
    callLoader(({ id, resourceServerIdentifier, ...paging }: Id<CheckpointPaging & { resourceServerIdentifier: string }>) =>
      s.client.getUserEffectivePermissions(id, resourceServerIdentifier, paging),
    ),
  userPermissionRoleSources: (s: Scope) =>
    callLoader(
      ({
        id,
        resourceServerIdentifier,
        permissionName,
        ...paging
      }: Id<CheckpointPaging & { resourceServerIdentifier: string; permissionName: string }>) =>
        s.client.getUserEffectivePermissionRoleSources(id, { resourceServerIdentifier, permissionName }, paging),
    ),
  userGroups: (s: Scope) => offsetPagesLoader(({ id, ...paging }: Id<OffsetPaging>) => s.client.getUserGroups(id, paging)),
  userConnectedAccounts: (s: Scope) =>
    callLoader(({ id, ...paging }: Id<CheckpointPaging>) => s.client.getUserConnectedAccounts(id, paging)),
  userFederatedTokenSets: (s: Scope) => callLoader((id: string) => s.client.getUserFederatedConnectionTokenSets(id)),
  roleUsers: (s: Scope) => offsetPagesLoader(({ id, ...paging }: Id<OffsetPaging>) => s.client.getRoleUsers(id, paging)),
  roleUsersCheckpoint: (s: Scope) => callLoader(({ id, ...paging }: Id<CheckpointPaging>) => s.client.getRoleUsersCheckpoint(id, paging)),
  organizationMembers: (s: Scope) => callLoader(({ id, ...paging }: Id<CheckpointPaging>) => s.client.getOrganizationMembers(id, paging)),
  organizationMemberRoles: (s: Scope) =>
    offsetPagesLoader(({ id, userId, ...paging }: Id<OffsetPaging & { userId: string }>) =>
      s.client.getOrganizationMemberRoles(id, userId, paging),
    ),
};

const makeLoaders = lazyMembers({
  users: (s: Scope) =>
    new DataLoader<string, UserRow | null>((ids) => loadUsersById(s.client, ids, s.userFields ? { fields: s.userFields } : {}), {
      maxBatchSize: 500,
    }),
  ...userReads,

  role: (s: Scope) => callLoader((id: string) => orNull(s.client.getRole(id))),
  roles: (s: Scope) => offsetPagesLoader((params: OffsetPaging & { nameFilter?: string }) => s.client.getRoles(params)),
  rolePermissions: (s: Scope) => offsetPagesLoader(({ id, ...paging }: Id<OffsetPaging>) => s.client.getRolePermissions(id, paging)),
  organization: (s: Scope) => callLoader((id: string) => orNull(s.client.getOrganization(id))),
  session: (s: Scope) => callLoader((id: string) => orNull(s.client.getSession(id))),
  refreshToken: (s: Scope) => callLoader((id: string) => orNull(s.client.getRefreshToken(id))),
});

/** The loaders a write to a user clears (besides its entry in `users`): every one of `userReads`. */
const PER_USER = Object.keys(userReads) as (keyof typeof userReads)[];

/**
 * One operation's loaders: every upstream read of the graph goes through one of them, so identical
 * reads within an operation happen once and independent ones run in parallel. Each is made when the
 * operation first uses it.
 */
export function createLoaders(client: ManagementClient) {
  const scope: Scope = { client };
  const { members: loaders, made } = makeLoaders(scope);
  const forgetPerUserReads = () => {
    for (const name of PER_USER) made(name)?.clearAll();
  };
  return Object.assign(loaders, {
    /** Sets the user attributes reads ask for, once: the first resolver to load a user decides. */
    setUserFields(fields: readonly string[]): void {
      scope.userFields ??= fields;
    },
    userFields: () => scope.userFields,
    /**
     * After a write to a user: forget everything read about it in this operation, so later fields
     * read the new state. Lists are keyed by paging as well as by user, so they are cleared whole.
     */
    invalidateUser(id: string): void {
      made("users")?.clear(id);
      forgetPerUserReads();
    },
    /** After revoking a session or a refresh token: forget every read that may list it. */
    forgetSessions(): void {
      made("session")?.clearAll();
      made("refreshToken")?.clearAll();
      forgetPerUserReads();
    },
    /** After a write that answered with the whole user: later reads of it in this operation use it. */
    primeUser(user: { user_id: string }): void {
      loaders.users.clear(user.user_id).prime(user.user_id, user as UserRow);
      forgetPerUserReads();
    },
  });
}

export type Loaders = ReturnType<typeof createLoaders>;
