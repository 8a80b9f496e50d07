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