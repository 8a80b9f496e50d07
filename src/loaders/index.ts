import DataLoader from "dataloader";
import type { ManagementClient } from "../upstream/client.js";
import type { OffsetPaging, CheckpointPaging } from "../upstream/pages.js";
import { callLoader } from "./call-loader.js";
import { orNull } from "./or-null.js";
import { loadUsersById } from "./users-by-id.js";

type Id<P> = { id: string } & P;


/**
 * One operation's loaders: every upstream read of the graph goes through one of them, so identical
 * reads within an operation happen once and independent ones run in parallel.
 */
export function createLoaders(client: ManagementClient) {
  let userFields: readonly string[] | undefined;
  const fieldsOption = () => (userFields ? { fields: [...userFields], includeFields: true } : {});

  const loaders = {
    /**
     * The attributes user reads ask for: the union over the operation, set once by the first
     * resolver that loads a user (undefined: everything).
     */
    setUserFields(fields: readonly string[]): void {
      userFields ??= fields;
    },
    userFields: () => userFields,

    users: new DataLoader<string, Awaited<ReturnType<ManagementClient["getUser"]>> | null>(
      (ids) => loadUsersById(client, ids, userFields ? { fields: userFields } : {}),
      { maxBatchSize: 500 },
    ),
    usersByEmail: callLoader((email: string) => client.getUsersByEmail(email, fieldsOption())),
    userSearch: callLoader((params: Parameters<ManagementClient["searchUsers"]>[0]) =>
      client.searchUsers({ ...params, ...fieldsOption() }),
    ),

    userRoles: callLoader(({ id, ...paging }: Id<OffsetPaging>) => client.getUserRoles(id, paging)),
    userPermissions: callLoader(({ id, ...paging }: Id<OffsetPaging>) => client.getUserPermissions(id, paging)),
    userOrganizations: callLoader(({ id, ...paging }: Id<OffsetPaging>) => client.getUserOrganizations(id, paging)),
    userLogs: callLoader(({ id, ...paging }: Id<OffsetPaging & { sort?: string }>) => client.getUserLogs(id, paging)),
    userAuthenticationMethods: callLoader(({ id, ...paging }: Id<OffsetPaging>) =>
      client.getUserAuthenticationMethods(id, paging),
    ),
    userSessions: callLoader(({ id, ...paging }: Id<CheckpointPaging>) => client.getUserSessions(id, paging)),
    userRefreshTokens: callLoader(({ id, ...paging }: Id<CheckpointPaging>) => client.getUserRefreshTokens(id, paging)),
    userEnrollments: callLoader((id: string) => client.getUserEnrollments(id)),
    userBlocks: callLoader((id: string) => client.getUserBlocks(id)),

    role: callLoader((id: string) => orNull(client.getRole(id))),
    roles: callLoader((paging: OffsetPaging) => client.getRoles(paging)),
    roleUsers: callLoader(({ id, ...paging }: Id<OffsetPaging>) => client.getRoleUsers(id, paging)),
    rolePermissions: callLoader(({ id, ...paging }: Id<OffsetPaging>) => client.getRolePermissions(id, paging)),
    organization: callLoader((id: string) => orNull(client.getOrganization(id))),
    session: callLoader((id: string) => orNull(client.getSession(id))),
    refreshToken: callLoader((id: string) => orNull(client.getRefreshToken(id))),
  };
  /** Per-user reads a write to that user may have changed. */
  const perUser = [
    loaders.userRoles,
    loaders.userPermissions,
    loaders.userOrganizations,
    loaders.userLogs,
    loaders.userAuthenticationMethods,
    loaders.userSessions,
    loaders.userRefreshTokens,
    loaders.userEnrollments,
    loaders.userBlocks,
    loaders.usersByEmail,
    loaders.userSearch,
    loaders.roleUsers,
  ];
  return {
    ...loaders,
    /**
     * After a write to a user: forget everything read about it in this operation, so later fields
     * read the new state. Lists are keyed by paging as well as by user, so they are cleared whole.
     */
    invalidateUser(id: string): void {
      loaders.users.clear(id);
      for (const loader of perUser) loader.clearAll();
    },
    /** After a write that answered with the whole user: later reads of it in this operation use it. */
    primeUser(user: { user_id: string }): void {
      loaders.users.clear(user.user_id).prime(user.user_id, user as Awaited<ReturnType<ManagementClient["getUser"]>>);
      for (const loader of perUser) loader.clearAll();
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
