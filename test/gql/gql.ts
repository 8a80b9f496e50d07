/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query TrustedMe { me { id email } }": typeof types.TrustedMeDocument,
    "query TrustedUser($id: ID!) { user(id: $id) { id email name } }": typeof types.TrustedUserDocument,
    "\n    mutation UpdateRefreshToken($id: ID!, $input: UpdateRefreshTokenInput!) {\n      updateRefreshToken(id: $id, input: $input) {\n        refreshToken {\n          id\n          refreshTokenMetadata\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.UpdateRefreshTokenDocument,
    "\n    mutation RevokeRefreshTokens($input: RevokeRefreshTokensInput!) {\n      revokeRefreshTokens(input: $input) {\n        refreshTokenIds\n        userId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.RevokeRefreshTokensDocument,
    "\n    mutation AssignRoleUsers($roleId: ID!, $userIds: [ID!]!) {\n      assignRoleUsers(roleId: $roleId, userIds: $userIds) {\n        role {\n          id\n          name\n          users(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n        userIds\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.AssignRoleUsersDocument,
    "\n    mutation DeleteSession($id: ID!) {\n      deleteSession(id: $id) {\n        deletedSessionId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.DeleteSessionDocument,
    "\n    mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n      updateSession(id: $id, input: $input) {\n        session {\n          id\n          sessionMetadata\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.UpdateSessionDocument,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      emailVerified\n      username\n      phoneNumber\n      phoneVerified\n      name\n      nickname\n      givenName\n      familyName\n      picture\n      createdAt\n      updatedAt\n      lastLogin\n      lastIp\n      lastPasswordReset\n      loginsCount\n      blocked\n      multifactor\n      appMetadata\n      userMetadata\n      identities { connection provider userId isSocial profileData }\n    }\n  }\n": typeof types.UserProfileDocument,
    "query UsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id email } }": typeof types.UsersByIdsDocument,
    "query TooManyIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }": typeof types.TooManyIdsDocument,
    "query ByEmail($email: String!) { usersByEmail(email: $email) { id email } }": typeof types.ByEmailDocument,
    "query NobodysEmail($email: String!) { usersByEmail(email: $email) { id } }": typeof types.NobodysEmailDocument,
    "query Me { me { id email } }": typeof types.MeDocument,
    "query MachineMe { me { id } }": typeof types.MachineMeDocument,
    "\n  query UsersPage($query: String, $sort: UserSort, $first: Int, $after: String) {\n    users(query: $query, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id email } }\n      nodes { id }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.UsersPageDocument,
    "query NoTotal($first: Int) { users(first: $first) { nodes { id } pageInfo { hasNextPage } } }": typeof types.NoTotalDocument,
};
const documents: Documents = {
    "query TrustedMe { me { id email } }": types.TrustedMeDocument,
    "query TrustedUser($id: ID!) { user(id: $id) { id email name } }": types.TrustedUserDocument,
    "\n    mutation UpdateRefreshToken($id: ID!, $input: UpdateRefreshTokenInput!) {\n      updateRefreshToken(id: $id, input: $input) {\n        refreshToken {\n          id\n          refreshTokenMetadata\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.UpdateRefreshTokenDocument,
    "\n    mutation RevokeRefreshTokens($input: RevokeRefreshTokensInput!) {\n      revokeRefreshTokens(input: $input) {\n        refreshTokenIds\n        userId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.RevokeRefreshTokensDocument,
    "\n    mutation AssignRoleUsers($roleId: ID!, $userIds: [ID!]!) {\n      assignRoleUsers(roleId: $roleId, userIds: $userIds) {\n        role {\n          id\n          name\n          users(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n        userIds\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.AssignRoleUsersDocument,
    "\n    mutation DeleteSession($id: ID!) {\n      deleteSession(id: $id) {\n        deletedSessionId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.DeleteSessionDocument,
    "\n    mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n      updateSession(id: $id, input: $input) {\n        session {\n          id\n          sessionMetadata\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.UpdateSessionDocument,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      emailVerified\n      username\n      phoneNumber\n      phoneVerified\n      name\n      nickname\n      givenName\n      familyName\n      picture\n      createdAt\n      updatedAt\n      lastLogin\n      lastIp\n      lastPasswordReset\n      loginsCount\n      blocked\n      multifactor\n      appMetadata\n      userMetadata\n      identities { connection provider userId isSocial profileData }\n    }\n  }\n": types.UserProfileDocument,
    "query UsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id email } }": types.UsersByIdsDocument,
    "query TooManyIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }": types.TooManyIdsDocument,
    "query ByEmail($email: String!) { usersByEmail(email: $email) { id email } }": types.ByEmailDocument,
    "query NobodysEmail($email: String!) { usersByEmail(email: $email) { id } }": types.NobodysEmailDocument,
    "query Me { me { id email } }": types.MeDocument,
    "query MachineMe { me { id } }": types.MachineMeDocument,
    "\n  query UsersPage($query: String, $sort: UserSort, $first: Int, $after: String) {\n    users(query: $query, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id email } }\n      nodes { id }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.UsersPageDocument,
    "query NoTotal($first: Int) { users(first: $first) { nodes { id } pageInfo { hasNextPage } } }": types.NoTotalDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustedMe { me { id email } }"): (typeof documents)["query TrustedMe { me { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustedUser($id: ID!) { user(id: $id) { id email name } }"): (typeof documents)["query TrustedUser($id: ID!) { user(id: $id) { id email name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateRefreshToken($id: ID!, $input: UpdateRefreshTokenInput!) {\n      updateRefreshToken(id: $id, input: $input) {\n        refreshToken {\n          id\n          refreshTokenMetadata\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateRefreshToken($id: ID!, $input: UpdateRefreshTokenInput!) {\n      updateRefreshToken(id: $id, input: $input) {\n        refreshToken {\n          id\n          refreshTokenMetadata\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RevokeRefreshTokens($input: RevokeRefreshTokensInput!) {\n      revokeRefreshTokens(input: $input) {\n        refreshTokenIds\n        userId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation RevokeRefreshTokens($input: RevokeRefreshTokensInput!) {\n      revokeRefreshTokens(input: $input) {\n        refreshTokenIds\n        userId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AssignRoleUsers($roleId: ID!, $userIds: [ID!]!) {\n      assignRoleUsers(roleId: $roleId, userIds: $userIds) {\n        role {\n          id\n          name\n          users(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n        userIds\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AssignRoleUsers($roleId: ID!, $userIds: [ID!]!) {\n      assignRoleUsers(roleId: $roleId, userIds: $userIds) {\n        role {\n          id\n          name\n          users(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n        userIds\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeleteSession($id: ID!) {\n      deleteSession(id: $id) {\n        deletedSessionId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation DeleteSession($id: ID!) {\n      deleteSession(id: $id) {\n        deletedSessionId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n      updateSession(id: $id, input: $input) {\n        session {\n          id\n          sessionMetadata\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n      updateSession(id: $id, input: $input) {\n        session {\n          id\n          sessionMetadata\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      emailVerified\n      username\n      phoneNumber\n      phoneVerified\n      name\n      nickname\n      givenName\n      familyName\n      picture\n      createdAt\n      updatedAt\n      lastLogin\n      lastIp\n      lastPasswordReset\n      loginsCount\n      blocked\n      multifactor\n      appMetadata\n      userMetadata\n      identities { connection provider userId isSocial profileData }\n    }\n  }\n"): (typeof documents)["\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      emailVerified\n      username\n      phoneNumber\n      phoneVerified\n      name\n      nickname\n      givenName\n      familyName\n      picture\n      createdAt\n      updatedAt\n      lastLogin\n      lastIp\n      lastPasswordReset\n      loginsCount\n      blocked\n      multifactor\n      appMetadata\n      userMetadata\n      identities { connection provider userId isSocial profileData }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id email } }"): (typeof documents)["query UsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TooManyIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }"): (typeof documents)["query TooManyIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ByEmail($email: String!) { usersByEmail(email: $email) { id email } }"): (typeof documents)["query ByEmail($email: String!) { usersByEmail(email: $email) { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NobodysEmail($email: String!) { usersByEmail(email: $email) { id } }"): (typeof documents)["query NobodysEmail($email: String!) { usersByEmail(email: $email) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id email } }"): (typeof documents)["query Me { me { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MachineMe { me { id } }"): (typeof documents)["query MachineMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage($query: String, $sort: UserSort, $first: Int, $after: String) {\n    users(query: $query, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id email } }\n      nodes { id }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query UsersPage($query: String, $sort: UserSort, $first: Int, $after: String) {\n    users(query: $query, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id email } }\n      nodes { id }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NoTotal($first: Int) { users(first: $first) { nodes { id } pageInfo { hasNextPage } } }"): (typeof documents)["query NoTotal($first: Int) { users(first: $first) { nodes { id } pageInfo { hasNextPage } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;