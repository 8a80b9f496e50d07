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
    "mutation AccessRevokeSession($id: ID!) { revokeSession(id: $id) { revokedSessionId userErrors { field code message } } }": typeof types.AccessRevokeSessionDocument,
    "\n    mutation AccessRevokeRefreshToken($id: ID!) {\n      revokeRefreshToken(id: $id) {\n        revokedRefreshTokenId\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": typeof types.AccessRevokeRefreshTokenDocument,
    "\n    mutation AccessRevokeUserAccess($input: RevokeUserAccessInput!) {\n      revokeUserAccess(input: $input) {\n        user {\n          id\n          email\n          sessions {\n            nodes {\n              id\n            }\n          }\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": typeof types.AccessRevokeUserAccessDocument,
    "\n    mutation AccessDeleteUserAuthenticationMethods($userId: ID!) {\n      deleteUserAuthenticationMethods(userId: $userId) {\n        user {\n          id\n          authenticationMethods {\n            totalCount\n          }\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": typeof types.AccessDeleteUserAuthenticationMethodsDocument,
    "\n    mutation AccessClearUserRiskAssessments($input: ClearUserRiskAssessmentsInput!) {\n      clearUserRiskAssessments(input: $input) {\n        user {\n          id\n          email\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": typeof types.AccessClearUserRiskAssessmentsDocument,
    "\n    mutation AccessDeleteUserFederatedConnectionTokenSet($userId: ID!, $id: ID!) {\n      deleteUserFederatedConnectionTokenSet(userId: $userId, id: $id) {\n        deletedTokenSetId\n        user {\n          id\n          federatedConnectionTokenSets {\n            id\n          }\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": typeof types.AccessDeleteUserFederatedConnectionTokenSetDocument,
    "\n    mutation AccessAddOrganizationMembers($org: ID!, $ids: [ID!]!) {\n      addOrganizationMembers(organizationId: $org, userIds: $ids) {\n        organizationId\n        userIds\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": typeof types.AccessAddOrganizationMembersDocument,
    "\n    mutation AccessRemoveOrganizationMembers($org: ID!, $ids: [ID!]!) {\n      removeOrganizationMembers(organizationId: $org, userIds: $ids) {\n        organizationId\n        userIds\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": typeof types.AccessRemoveOrganizationMembersDocument,
    "\n      mutation AccessAssignOrganizationMemberRoles($org: ID!, $id: ID!, $roles: [ID!]!) {\n        assignOrganizationMemberRoles(\n          organizationId: $org\n          userId: $id\n          roleIds: $roles\n        ) {\n          organizationId\n          user {\n            id\n            organizationRoles(organizationId: $org) {\n              nodes {\n                id\n              }\n            }\n          }\n          userErrors {\n            field\n            code\n            message\n          }\n        }\n      }\n    ": typeof types.AccessAssignOrganizationMemberRolesDocument,
    "\n      mutation AccessRemoveOrganizationMemberRoles($org: ID!, $id: ID!, $roles: [ID!]!) {\n        removeOrganizationMemberRoles(\n          organizationId: $org\n          userId: $id\n          roleIds: $roles\n        ) {\n          organizationId\n          user {\n            id\n            organizationRoles(organizationId: $org) {\n              nodes {\n                id\n              }\n            }\n          }\n          userErrors {\n            field\n            code\n            message\n          }\n        }\n      }\n    ": typeof types.AccessRemoveOrganizationMemberRolesDocument,
    "mutation AmContactsUpdateUserAuthenticationMethodAuthenticationMethod($id: ID!, $methodId: ID!) {\n  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: { name: \"Renamed\" }) {\n    authenticationMethod { id name phoneNumber email }\n    userErrors { code }\n  }\n}": typeof types.AmContactsUpdateUserAuthenticationMethodAuthenticationMethodDocument,
    "mutation AmContactsCreateUserAuthenticationMethodAuthenticationMethod($id: ID!) {\n  createUserAuthenticationMethod(id: $id, input: { type: PHONE, phoneNumber: \"+14155550177\" }) {\n    authenticationMethod { id phoneNumber email }\n    userErrors { code }\n  }\n}": typeof types.AmContactsCreateUserAuthenticationMethodAuthenticationMethodDocument,
    "fragment AmMutMethod on AuthenticationMethod {\n  id type name confirmed phoneNumber preferredAuthenticationMethod email keyId publicKey relyingPartyIdentifier aaguid\n  credentialDeviceType credentialBackedUp identityUserId userAgent userHandle transports createdAt\n}": typeof types.AmMutMethodFragmentDoc,
    "fragment AmMutUser on User { id authenticationMethods(first: 100) { totalCount nodes { id type name } } }": typeof types.AmMutUserFragmentDoc,
    "mutation AmMutCreate($id: ID!, $input: CreateUserAuthenticationMethodInput!) {\n  createUserAuthenticationMethod(id: $id, input: $input) {\n    authenticationMethod { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }\n  }\n}": typeof types.AmMutCreateDocument,
    "mutation AmMutUpdate($id: ID!, $methodId: ID!, $input: UpdateUserAuthenticationMethodInput!) {\n  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: $input) {\n    authenticationMethod { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }\n  }\n}": typeof types.AmMutUpdateDocument,
    "mutation AmMutDelete($id: ID!, $methodId: ID!) {\n  deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {\n    deletedAuthenticationMethodId user { ...AmMutUser } userErrors { field message code }\n  }\n}": typeof types.AmMutDeleteDocument,
    "mutation AmMutReplace($id: ID!, $methods: [ReplaceUserAuthenticationMethodInput!]!) {\n  replaceUserAuthenticationMethods(id: $id, methods: $methods) {\n    authenticationMethods { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }\n  }\n}": typeof types.AmMutReplaceDocument,
    "query AmMutRead($id: ID!) { user(id: $id) { ...AmMutUser } }": typeof types.AmMutReadDocument,
    "mutation AmMutDeleteAfterRead($id: ID!, $methodId: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { ...AmMutUser } }\n        deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {\n          deletedAuthenticationMethodId user { ...AmMutUser } userErrors { field message code }\n        }\n      }": typeof types.AmMutDeleteAfterReadDocument,
    "mutation AmMutReplaceAfterRead($id: ID!, $methods: [ReplaceUserAuthenticationMethodInput!]!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { ...AmMutUser } }\n        replaceUserAuthenticationMethods(id: $id, methods: $methods) {\n          authenticationMethods { id type name phoneNumber email } user { ...AmMutUser } userErrors { field message code }\n        }\n      }": typeof types.AmMutReplaceAfterReadDocument,
    "fragment AmMethodFields on AuthenticationMethod {\n  id type confirmed name authenticationMethods { id type } preferredAuthenticationMethod linkId\n  phoneNumber email keyId publicKey createdAt enrolledAt lastAuthAt\n  credentialDeviceType credentialBackedUp identityUserId userAgent userHandle transports aaguid relyingPartyIdentifier\n}": typeof types.AmMethodFieldsFragmentDoc,
    "query AmUserAuthenticationMethodList($id: ID!) {\n  user(id: $id) { authenticationMethods(first: 100) { totalCount nodes { ...AmMethodFields } pageInfo { hasNextPage } } }\n}": typeof types.AmUserAuthenticationMethodListDocument,
    "\n          query AmUserAuthenticationMethods($id: ID!, $after: String) {\n            user(id: $id) {\n              authenticationMethods(first: 1, after: $after) {\n                totalCount\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": typeof types.AmUserAuthenticationMethodsDocument,
    "query AmTypeFields { __type(name: \"AuthenticationMethod\") { fields { name } } }": typeof types.AmTypeFieldsDocument,
    "query AmUserAuthenticationMethods2($id: ID!) { user(id: $id) { id authenticationMethods { nodes { id } } } }": typeof types.AmUserAuthenticationMethods2Document,
    "\n        query EffectiveUserEffectiveRoles($id: ID!) {\n          user(id: $id) {\n            effectiveRoles(first: 100) {\n              nodes {\n                id\n                name\n                sources\n                sourceGroups {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.EffectiveUserEffectiveRolesDocument,
    "query EffectiveForbiddenEffectiveRoles($id: ID!) { user(id: $id) { id effectiveRoles { nodes { id } } } }": typeof types.EffectiveForbiddenEffectiveRolesDocument,
    "query EffectiveUserEffectiveRoles2($id: ID!) { user(id: $id) { effectiveRoles(first: 1) { nodes { id sourceGroups { id } } } } }": typeof types.EffectiveUserEffectiveRoles2Document,
    "query EffectiveUserEffectiveRoles3 { user(id: \"auth0|000000000000000000000000\") { effectiveRoles { nodes { id } } } }": typeof types.EffectiveUserEffectiveRoles3Document,
    "query EffectiveUsers { users(first: 50) { nodes { id effectiveRoles { nodes { name } } } } }": typeof types.EffectiveUsersDocument,
    "\n        query EffectiveUserEffectivePermissions($id: ID!, $api: String!) {\n          user(id: $id) {\n            effectivePermissions(resourceServerIdentifier: $api, first: 100) {\n              nodes {\n                resourceServerIdentifier\n                resourceServerName\n                permissionName\n                sources\n                sourceRoles(first: 100) {\n                  nodes {\n                    id\n                    sources\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.EffectiveUserEffectivePermissionsDocument,
    "\n        query EffectiveUserEffectivePermissions2($id: ID!) {\n          user(id: $id) {\n            effectivePermissions(resourceServerIdentifier: \"https://nothing.example/\") {\n              nodes {\n                permissionName\n              }\n            }\n          }\n        }\n      ": typeof types.EffectiveUserEffectivePermissions2Document,
    "\n        query EffectiveUserEffectivePermissions3($id: ID!) {\n          user(id: $id) {\n            effectivePermissions(resourceServerIdentifier: \" \") {\n              nodes {\n                permissionName\n              }\n            }\n          }\n        }\n      ": typeof types.EffectiveUserEffectivePermissions3Document,
    "query EffectiveForbiddenEffectivePermissions($id: ID!, $api: String!) {\n        user(id: $id) { id effectivePermissions(resourceServerIdentifier: $api) { nodes { permissionName } } }\n      }": typeof types.EffectiveForbiddenEffectivePermissionsDocument,
    "query EffectiveUserEffectivePermissionSourceRoles($id: ID!, $api: String!) {\n        user(id: $id) { effectivePermissions(resourceServerIdentifier: $api, first: 1) { nodes { sourceRoles { nodes { id } } } } }\n      }": typeof types.EffectiveUserEffectivePermissionSourceRolesDocument,
    "query EffectiveUserGroups($id: ID!) { user(id: $id) { groups(first: 10) { totalCount nodes { id name membershipCreatedAt } } } }": typeof types.EffectiveUserGroupsDocument,
    "query EffectiveForbiddenGroups($id: ID!) { user(id: $id) { id groups { nodes { id } } } }": typeof types.EffectiveForbiddenGroupsDocument,
    "query EffectiveUserGroups2($id: ID!) { user(id: $id) { groups { totalCount nodes { id } } } }": typeof types.EffectiveUserGroups2Document,
    "\n        query EffectiveUserConnectedAccounts($id: ID!) {\n          user(id: $id) {\n            connectedAccounts {\n              nodes {\n                id\n                connection\n                strategy\n                accessType\n                scopes\n                createdAt\n              }\n            }\n          }\n        }\n      ": typeof types.EffectiveUserConnectedAccountsDocument,
    "query EffectiveMeConnectedAccounts { me { id connectedAccounts { nodes { id } } } }": typeof types.EffectiveMeConnectedAccountsDocument,
    "\n        query EffectiveUserFederatedConnectionTokenSets($id: ID!) {\n          user(id: $id) {\n            federatedConnectionTokenSets {\n              id\n              connection\n              scope\n              issuedAt\n              expiresAt\n              lastUsedAt\n            }\n          }\n        }\n      ": typeof types.EffectiveUserFederatedConnectionTokenSetsDocument,
    "query EffectiveTypeFields { __type(name: \"FederatedConnectionTokenSet\") { fields { name } } }": typeof types.EffectiveTypeFieldsDocument,
    "query EffectiveForbiddenFederatedConnectionTokenSets($id: ID!) { user(id: $id) { id federatedConnectionTokenSets { id } } }": typeof types.EffectiveForbiddenFederatedConnectionTokenSetsDocument,
    "\n        query EffectiveUserOrganizationRoles($id: ID!, $org: ID!) {\n          user(id: $id) {\n            organizationRoles(organizationId: $org) {\n              totalCount\n              nodes {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.EffectiveUserOrganizationRolesDocument,
    "\n        query EffectiveUserOrganizationRoles2($id: ID!, $org: ID!) {\n          user(id: $id) {\n            id\n            organizationRoles(organizationId: $org) {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.EffectiveUserOrganizationRoles2Document,
    "query EffectiveForbiddenOrganizationRoles($id: ID!, $org: ID!) {\n        user(id: $id) { id organizationRoles(organizationId: $org) { nodes { id } } }\n      }": typeof types.EffectiveForbiddenOrganizationRolesDocument,
    "query EffectiveUserAuthenticationMethod($id: ID!, $m: ID!) { user(id: $id) { authenticationMethod(id: $m) { id type } } }": typeof types.EffectiveUserAuthenticationMethodDocument,
    "\n        query EffectiveUserAuthenticationMethod2($id: ID!) {\n          user(id: $id) {\n            authenticationMethod(id: \"email|dev_doesNotExist\") {\n              id\n            }\n          }\n        }\n      ": typeof types.EffectiveUserAuthenticationMethod2Document,
    "query EffectiveForbiddenAuthenticationMethod($id: ID!, $m: ID!) { user(id: $id) { id authenticationMethod(id: $m) { id } } }": typeof types.EffectiveForbiddenAuthenticationMethodDocument,
    "\n        query EffectiveOrganizationMembers($org: ID!) {\n          organization(id: $org) {\n            members(first: 2) {\n              nodes {\n                id\n                email\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n      ": typeof types.EffectiveOrganizationMembersDocument,
    "\n        query EffectiveOrganizationMembers2($org: ID!, $after: String) {\n          organization(id: $org) {\n            members(first: 100, after: $after) {\n              nodes {\n                id\n                lastLogin\n              }\n            }\n          }\n        }\n      ": typeof types.EffectiveOrganizationMembers2Document,
    "\n        query EffectiveOrganizationMembers3($org: ID!) {\n          organization(id: $org) {\n            members(first: 1) {\n              nodes {\n                id\n                email\n                name\n                picture\n              }\n            }\n          }\n        }\n      ": typeof types.EffectiveOrganizationMembers3Document,
    "query EffectiveOrganizationMembers4($org: ID!) { organization(id: $org) { members(first: 1) { nodes { id lastLogin } } } }": typeof types.EffectiveOrganizationMembers4Document,
    "query EffectiveOrganizationMembers5($org: ID!) { organization(id: $org) { id members { nodes { id } } } }": typeof types.EffectiveOrganizationMembers5Document,
    "query EffectiveOrganizationMembers6 { organization(id: \"org_doesNotExist0000\") { members { nodes { id } } } }": typeof types.EffectiveOrganizationMembers6Document,
    "query EffectiveUserBlocksByIdentifier($i: String!) { userBlocksByIdentifier(identifier: $i) { identifier ip connection } }": typeof types.EffectiveUserBlocksByIdentifierDocument,
    "\n        query EffectiveUserBlocksByIdentifier2 {\n          userBlocksByIdentifier(\n            identifier: \"nobody@nowhere.example\"\n            considerBruteForceEnablement: true\n          ) {\n            identifier\n          }\n        }\n      ": typeof types.EffectiveUserBlocksByIdentifier2Document,
    "query EffectiveUserBlocksByIdentifier3($i: String!) { userBlocksByIdentifier(identifier: $i) { identifier } }": typeof types.EffectiveUserBlocksByIdentifier3Document,
    "\n        query EffectiveUserLogs($id: ID!) {\n          user(id: $id) {\n            asc: logs(sort: {field: DATE, direction: ASC}) {\n              nodes {\n                date\n              }\n            }\n            desc: logs {\n              nodes {\n                date\n              }\n            }\n          }\n        }\n      ": typeof types.EffectiveUserLogsDocument,
    "query EffectiveRoles { roles(nameFilter: \"billing\") { totalCount nodes { name } } }": typeof types.EffectiveRolesDocument,
    "query EffectiveUserAuthenticationMethod3($id: ID!, $org: ID!, $m: ID!, $api: String!) { user(id: $id) {\n        email\n        authenticationMethod(id: $m) { id }\n        effectiveRoles(first: 2) { nodes { id sourceGroups { id } } }\n        effectivePermissions(resourceServerIdentifier: $api, first: 2) { nodes { permissionName sourceRoles(first: 5) { nodes { id } } } }\n        groups(first: 5) { totalCount nodes { id } }\n        connectedAccounts(first: 5) { nodes { id } }\n        federatedConnectionTokenSets { id }\n        organizationRoles(organizationId: $org, first: 5) { nodes { id } }\n      } }": typeof types.EffectiveUserAuthenticationMethod3Document,
    "fragment EnrollEnrollmentFields on Enrollment { id status type name identifier phoneNumber authMethod enrolledAt lastAuth }": typeof types.EnrollEnrollmentFieldsFragmentDoc,
    "query EnrollUserEnrollmentList($id: ID!) { user(id: $id) { enrollments { ...EnrollEnrollmentFields } } }": typeof types.EnrollUserEnrollmentListDocument,
    "query EnrollUserEnrollments($id: ID!) { user(id: $id) { enrollments { id } } }": typeof types.EnrollUserEnrollmentsDocument,
    "query EnrollMeEnrollmentList { me { id enrollments { ...EnrollEnrollmentFields } } }": typeof types.EnrollMeEnrollmentListDocument,
    "query EnrollUserEnrollments2($id: ID!) { user(id: $id) { id enrollments { id } } }": typeof types.EnrollUserEnrollments2Document,
    "fragment IdMutIdentityFields on Identity { provider connection userId isSocial }": typeof types.IdMutIdentityFieldsFragmentDoc,
    "mutation IdMutLinkUserIdentity($id: ID!, $input: LinkUserIdentityInput!) {\n  linkUserIdentity(id: $id, input: $input) {\n    user { id identities { ...IdMutIdentityFields } } identities { ...IdMutIdentityFields } userErrors { field message code }\n  }\n}": typeof types.IdMutLinkUserIdentityDocument,
    "mutation IdMutUnlinkUserIdentity($id: ID!, $provider: String!, $userId: String!) {\n  unlinkUserIdentity(id: $id, provider: $provider, userId: $userId) {\n    user { id identities { ...IdMutIdentityFields } } identities { ...IdMutIdentityFields } userErrors { field message code }\n  }\n}": typeof types.IdMutUnlinkUserIdentityDocument,
    "query IdMutUser($id: ID!) { user(id: $id) { id } }": typeof types.IdMutUserDocument,
    "query IdMutUserIdentities($id: ID!) { user(id: $id) { id identities { ...IdMutIdentityFields } } }": typeof types.IdMutUserIdentitiesDocument,
    "mutation IdMutUpdateUser($id: ID!, $input: LinkUserIdentityInput!, $provider: String!, $userId: String!) {\n        before: updateUser(id: $id, input: { userMetadata: { linked: false } }) { user { identities { userId } } }\n        link: linkUserIdentity(id: $id, input: $input) { user { userMetadata identities { userId } } }\n        meta: updateUser(id: $id, input: { userMetadata: { linked: true } }) { user { identities { userId } } }\n        unlink: unlinkUserIdentity(id: $id, provider: $provider, userId: $userId) { user { userMetadata identities { userId } } }\n      }": typeof types.IdMutUpdateUserDocument,
    "mutation IdMutLinkOwnUserIdentity($id: ID!, $input: LinkUserIdentityInput!) {\n        linkUserIdentity(id: $id, input: $input) { identities { ...IdMutIdentityFields } userErrors { code } }\n      }": typeof types.IdMutLinkOwnUserIdentityDocument,
    "\n  mutation ImportUploadUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      job {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ImportUploadUsersDocument,
    "query JobsJob($id: ID!) { job(id: $id) { __typename id status percentageDone timeLeftSeconds connectionId\n  ... on UsersExportJob { format limit fields { name exportAs } location }\n  ... on UsersImportJob { summary { inserted updated failed total } } } }": typeof types.JobsJobDocument,
    "\n  mutation JobsExportUsersJob($input: ExportUsersInput!) {\n    exportUsers(input: $input) {\n      job {\n        id\n        status\n        format\n        limit\n        fields {\n          name\n          exportAs\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.JobsExportUsersJobDocument,
    "\n    query JobsJob2($id: ID!, $first: Int, $after: String) {\n      job(id: $id) {\n        __typename\n        ... on UsersExportJob {\n          users(first: $first, after: $after) {\n            edges {\n              cursor\n              node {\n                id\n                email\n                createdAt\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.JobsJob2Document,
    "\n  mutation JobsImportUsersJob($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      job {\n        id\n        status\n        connectionId\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.JobsImportUsersJobDocument,
    "\n  query JobsJob3($id: ID!) {\n    job(id: $id) {\n      __typename\n      status\n      ... on UsersImportJob {\n        summary {\n          inserted\n          updated\n          failed\n          total\n        }\n        errors {\n          email\n          userId\n          errors {\n            code\n            message\n            path\n          }\n        }\n      }\n    }\n  }\n": typeof types.JobsJob3Document,
    "\n        query JobsJob4($id: ID!, $after: String) {\n          job(id: $id) {\n            __typename\n            ... on UsersExportJob {\n              users(first: 10, after: $after) {\n                edges {\n                  node {\n                    id\n                    email\n                    givenName\n                    name\n                    nickname\n                    emailVerified\n                    loginsCount\n                    createdAt\n                    appMetadata\n                    userMetadata\n                    identities {\n                      connection\n                    }\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.JobsJob4Document,
    "query JobsUsersPastWindow($after: String) { users(first: 20, after: $after) { nodes { id } } }": typeof types.JobsUsersPastWindowDocument,
    "query JobsUser($id: ID!) { user(id: $id) { id email givenName } }": typeof types.JobsUserDocument,
    "query JobsUser2($id: ID!) { user(id: $id) { name } }": typeof types.JobsUser2Document,
    "subscription JobsJobProgress($id: ID!) {\n    jobProgress(id: $id) { __typename id status percentageDone ... on UsersExportJob { location } }\n  }": typeof types.JobsJobProgressDocument,
    "\n    mutation JobsSendVerificationEmailJob($input: SendVerificationEmailInput!) {\n      sendVerificationEmail(input: $input) {\n        job {\n          __typename\n          id\n          status\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.JobsSendVerificationEmailJobDocument,
    "\n    mutation JobsCreatePasswordChangeTicket($input: CreatePasswordChangeTicketInput!) {\n      createPasswordChangeTicket(input: $input) {\n        ticket\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.JobsCreatePasswordChangeTicketDocument,
    "\n    mutation JobsCreateEmailVerificationTicket($input: CreateEmailVerificationTicketInput!) {\n      createEmailVerificationTicket(input: $input) {\n        ticket\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.JobsCreateEmailVerificationTicketDocument,
    "fragment LogsLogFields on LogEvent {\n  logId date type description connection connectionId clientId clientName ip hostname userId userName\n  audience scope strategy strategyType isMobile details userAgent\n  securityContext { ja3 ja4 }\n  locationInfo { countryCode countryCode3 countryName cityName latitude longitude timeZone continentCode }\n}": typeof types.LogsLogFieldsFragmentDoc,
    "query LogsUserLogList($id: ID!) {\n          user(id: $id) { logs(first: 100) { totalCount nodes { ...LogsLogFields } pageInfo { hasNextPage } } }\n        }": typeof types.LogsUserLogListDocument,
    "\n          query LogsUserLogs($id: ID!, $after: String) {\n            user(id: $id) {\n              logs(first: 2, after: $after) {\n                totalCount\n                nodes {\n                  logId\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": typeof types.LogsUserLogsDocument,
    "query LogsUserLogs2($id: ID!) { user(id: $id) { logs { totalCount } } }": typeof types.LogsUserLogs2Document,
    "query LogsUserLogs3($id: ID!) { user(id: $id) { id email logs { nodes { logId } } } }": typeof types.LogsUserLogs3Document,
    "query MalformedUser($id: ID!) { user(id: $id) { id email } }": typeof types.MalformedUserDocument,
    "query MalformedUser2($id: ID!) { user(id: $id) { id } }": typeof types.MalformedUser2Document,
    "query MalformedUserRoles($id: ID!) { user(id: $id) { id roles(first: 5) { totalCount nodes { id } } } }": typeof types.MalformedUserRolesDocument,
    "query MalformedUsers { users(first: 3) { nodes { id } } }": typeof types.MalformedUsersDocument,
    "mutation MalformedCreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id email } userErrors { code } } }": typeof types.MalformedCreateUserDocument,
    "\n    mutation MfaInvalidateUserRememberBrowser($id: ID!) {\n      invalidateUserRememberBrowser(id: $id) {\n        user {\n          id\n          email\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.MfaInvalidateUserRememberBrowserDocument,
    "mutation MfaInvalidateUserRememberBrowser2($id: ID!) { invalidateUserRememberBrowser(id: $id) { userErrors { field message code } } }": typeof types.MfaInvalidateUserRememberBrowser2Document,
    "\n    mutation MfaDeleteUserMultifactorProvider($id: ID!, $provider: MultifactorProvider!) {\n      deleteUserMultifactorProvider(id: $id, provider: $provider) {\n        user {\n          id\n          multifactor\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.MfaDeleteUserMultifactorProviderDocument,
    "query MfaUser($id: ID!) { user(id: $id) { multifactor } }": typeof types.MfaUserDocument,
    "\n    mutation MfaRegenerateUserRecoveryCode($id: ID!) {\n      regenerateUserRecoveryCode(id: $id) {\n        recoveryCode\n        user {\n          id\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.MfaRegenerateUserRecoveryCodeDocument,
    "fragment MfaAuthenticatorsUser on User { id multifactor enrollments { id } authenticationMethods(first: 100) { nodes { id type } } }": typeof types.MfaAuthenticatorsUserFragmentDoc,
    "mutation MfaDeleteUserAuthenticators($id: ID!) {\n    deleteUserAuthenticators(id: $id) { user { ...MfaAuthenticatorsUser } userErrors { field message code } }\n  }": typeof types.MfaDeleteUserAuthenticatorsDocument,
    "mutation MfaDeleteUserAuthenticatorsAfterRead($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { ...MfaAuthenticatorsUser } }\n        deleteUserAuthenticators(id: $id) { user { ...MfaAuthenticatorsUser } userErrors { code } }\n      }": typeof types.MfaDeleteUserAuthenticatorsAfterReadDocument,
    "query MfaAuthenticatorsUserRead($id: ID!) { user(id: $id) { ...MfaAuthenticatorsUser } }": typeof types.MfaAuthenticatorsUserReadDocument,
    "fragment OrgsOrganizationFields on Organization { id name displayName branding { logoUrl colors { primary pageBackground } } metadata }": typeof types.OrgsOrganizationFieldsFragmentDoc,
    "query OrgsOrganizationRead($id: ID!) { organization(id: $id) { ...OrgsOrganizationFields } }": typeof types.OrgsOrganizationReadDocument,
    "query OrgsOrganization($id: ID!) { organization(id: $id) { id name } }": typeof types.OrgsOrganizationDocument,
    "query OrgsUserOrganizationList($id: ID!) { user(id: $id) { organizations { totalCount nodes { ...OrgsOrganizationFields } } } }": typeof types.OrgsUserOrganizationListDocument,
    "\n          query OrgsUserOrganizations($id: ID!, $after: String) {\n            user(id: $id) {\n              organizations(first: 1, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  hasPreviousPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": typeof types.OrgsUserOrganizationsDocument,
    "query OrgsUserOrganizations2($id: ID!) { user(id: $id) { organizations { totalCount } } }": typeof types.OrgsUserOrganizations2Document,
    "query OrgsUserOrganizations3($id: ID!) { user(id: $id) { organizations { nodes { id } } } }": typeof types.OrgsUserOrganizations3Document,
    "query OrgsUserOrganizations4($id: ID!) { user(id: $id) { id email organizations { nodes { id } } } }": typeof types.OrgsUserOrganizations4Document,
    "query OrgsUser($id: ID!, $org: ID!) { user(id: $id) { id } organization(id: $org) { id } }": typeof types.OrgsUserDocument,
    "fragment PathParamsErrors on UserError { field message code }": typeof types.PathParamsErrorsFragmentDoc,
    "mutation PathParamsDeleteUserAuthenticationMethod($id: ID!, $methodId: ID!) {\n  deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {\n    deletedAuthenticationMethodId userErrors { ...PathParamsErrors }\n  }\n}": typeof types.PathParamsDeleteUserAuthenticationMethodDocument,
    "mutation PathParamsUpdateUserAuthenticationMethod($id: ID!, $methodId: ID!) {\n  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: { name: \"renamed\" }) {\n    authenticationMethod { id } userErrors { ...PathParamsErrors }\n  }\n}": typeof types.PathParamsUpdateUserAuthenticationMethodDocument,
    "mutation PathParamsRevokeUserSessions($id: ID!) {\n  revokeUserSessions(id: $id) { user { id } userErrors { ...PathParamsErrors } }\n}": typeof types.PathParamsRevokeUserSessionsDocument,
    "query PathParamsUser($id: ID!) { user(id: $id) { id email } }": typeof types.PathParamsUserDocument,
    "query PathParamsUsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }": typeof types.PathParamsUsersByIdsDocument,
    "\n          query PathParamsRole($id: ID!) {\n            role(id: $id) {\n              name\n            }\n            session(id: $id) {\n              id\n            }\n            refreshToken(id: $id) {\n              id\n            }\n            organization(id: $id) {\n              id\n            }\n          }\n        ": typeof types.PathParamsRoleDocument,
    "query PathParamsRoleUsers($id: ID!) { role(id: $id) { id users { nodes { id } } } }": typeof types.PathParamsRoleUsersDocument,
    "fragment PermMutUserPermissions on User {\n  permissions(first: 100) { totalCount nodes { resourceServerIdentifier permissionName resourceServerName description } }\n}": typeof types.PermMutUserPermissionsFragmentDoc,
    "mutation PermMutAssignUserPermissions($id: ID!, $p: [PermissionInput!]!) {\n  assignUserPermissions(id: $id, permissions: $p) { user { id ...PermMutUserPermissions } userErrors { field message code } }\n}": typeof types.PermMutAssignUserPermissionsDocument,
    "mutation PermMutRemoveUserPermissions($id: ID!, $p: [PermissionInput!]!) {\n  removeUserPermissions(id: $id, permissions: $p) { user { id ...PermMutUserPermissions } userErrors { field message code } }\n}": typeof types.PermMutRemoveUserPermissionsDocument,
    "query PermMutUserPermissionsRead($id: ID!) { user(id: $id) { ...PermMutUserPermissions } }": typeof types.PermMutUserPermissionsReadDocument,
    "mutation PermMutRemoveUserPermissionsTwice($id: ID!, $one: [PermissionInput!]!, $all: [PermissionInput!]!) {\n        a: removeUserPermissions(id: $id, permissions: $one) { user { ...PermMutUserPermissions } }\n        b: removeUserPermissions(id: $id, permissions: $all) { user { ...PermMutUserPermissions } }\n      }": typeof types.PermMutRemoveUserPermissionsTwiceDocument,
    "fragment PermsPermission on Permission { permissionName resourceServerIdentifier resourceServerName description }": typeof types.PermsPermissionFragmentDoc,
    "query PermsUserPermissionPage($id: ID!, $after: String) {\n  user(id: $id) { permissions(first: 1, after: $after) { edges { node { ...PermsPermission } } pageInfo { hasNextPage endCursor } } }\n}": typeof types.PermsUserPermissionPageDocument,
    "query PermsRolePermissionPage($id: ID!, $after: String) {\n  role(id: $id) { permissions(first: 2, after: $after) { nodes { ...PermsPermission } pageInfo { hasNextPage endCursor } } }\n}": typeof types.PermsRolePermissionPageDocument,
    "query PermsUserPermissionList($id: ID!) { user(id: $id) { permissions { totalCount nodes { ...PermsPermission } } } }": typeof types.PermsUserPermissionListDocument,
    "query PermsUserPermissions($id: ID!) { user(id: $id) { permissions { totalCount } } }": typeof types.PermsUserPermissionsDocument,
    "query PermsUserPermissions2($id: ID!) { user(id: $id) { permissions { nodes { permissionName } pageInfo { hasNextPage } } } }": typeof types.PermsUserPermissions2Document,
    "query PermsMePermissions { me { id email permissions { nodes { permissionName } } } }": typeof types.PermsMePermissionsDocument,
    "query PermsRolePermissionLists {\n        roles(first: 100) { nodes { id permissions(first: 100) { totalCount nodes { ...PermsPermission } } } }\n      }": typeof types.PermsRolePermissionListsDocument,
    "\n  mutation RtMutRevokeUserRefreshTokens($id: ID!) {\n    revokeUserRefreshTokens(id: $id) {\n      user {\n        id\n        refreshTokens(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RtMutRevokeUserRefreshTokensDocument,
    "mutation RtMutInvalidateUserRememberBrowser($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { refreshTokens(first: 100) { nodes { id } } } }\n        revokeUserRefreshTokens(id: $id) { user { refreshTokens(first: 100) { nodes { id } } } userErrors { code } }\n      }": typeof types.RtMutInvalidateUserRememberBrowserDocument,
    "\n    mutation UpdateRefreshToken($id: ID!, $input: UpdateRefreshTokenInput!) {\n      updateRefreshToken(id: $id, input: $input) {\n        refreshToken {\n          id\n          refreshTokenMetadata\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.UpdateRefreshTokenDocument,
    "\n    mutation RevokeRefreshTokens($input: RevokeRefreshTokensInput!) {\n      revokeRefreshTokens(input: $input) {\n        refreshTokenIds\n        userId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.RevokeRefreshTokensDocument,
    "fragment RtRefreshTokenFields on RefreshToken {\n  id userId createdAt idleExpiresAt expiresAt lastExchangedAt\n  device { initialIp initialAsn initialUserAgent lastIp lastAsn lastUserAgent }\n  clientId sessionId rotating\n  resourceServers { audience scopes }\n  refreshTokenMetadata\n}": typeof types.RtRefreshTokenFieldsFragmentDoc,
    "query RtUserRefreshTokenList($id: ID!) {\n          user(id: $id) { refreshTokens(first: 100) { nodes { ...RtRefreshTokenFields } pageInfo { hasNextPage } } }\n        }": typeof types.RtUserRefreshTokenListDocument,
    "\n          query RtUserRefreshTokens($id: ID!, $after: String) {\n            user(id: $id) {\n              refreshTokens(first: 1, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": typeof types.RtUserRefreshTokensDocument,
    "\n        query RtUserRefreshTokens2($id: ID!) {\n          user(id: $id) {\n            id\n            refreshTokens {\n              nodes {\n                id\n                sessionId\n                user {\n                  id\n                }\n                session {\n                  id\n                  userId\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.RtUserRefreshTokens2Document,
    "query RtUserRefreshTokens3($id: ID!) { user(id: $id) { id refreshTokens { nodes { id } } } }": typeof types.RtUserRefreshTokens3Document,
    "query RtRefreshTokenRead($id: ID!) { refreshToken(id: $id) { ...RtRefreshTokenFields } }": typeof types.RtRefreshTokenReadDocument,
    "query RtRefreshToken { refreshToken(id: \"no-such-token\") { id } }": typeof types.RtRefreshTokenDocument,
    "\n          query RoleMembersRoleUsers($id: ID!, $after: String) {\n            role(id: $id) {\n              users(first: 100, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": typeof types.RoleMembersRoleUsersDocument,
    "query RoleMembersRoleUsers2($id: ID!) { role(id: $id) { users { totalCount } } }": typeof types.RoleMembersRoleUsers2Document,
    "query RoleMembersRoleUsers3($id: ID!) { role(id: $id) { users(first: 5) { totalCount nodes { id } } } }": typeof types.RoleMembersRoleUsers3Document,
    "fragment RoleMutUserRoles on User { roles(first: 100) { totalCount nodes { id name } } }": typeof types.RoleMutUserRolesFragmentDoc,
    "mutation RoleMutAssignUserRolesRead($id: ID!, $roleIds: [ID!]!) {\n  assignUserRoles(id: $id, roleIds: $roleIds) { user { id ...RoleMutUserRoles } userErrors { field message code } }\n}": typeof types.RoleMutAssignUserRolesReadDocument,
    "mutation RoleMutRemoveUserRolesRead($id: ID!, $roleIds: [ID!]!) {\n  removeUserRoles(id: $id, roleIds: $roleIds) { user { id ...RoleMutUserRoles } userErrors { field message code } }\n}": typeof types.RoleMutRemoveUserRolesReadDocument,
    "query RoleMutUserRolesRead($id: ID!) { user(id: $id) { ...RoleMutUserRoles } }": typeof types.RoleMutUserRolesReadDocument,
    "mutation RoleMutAssignUserRolesTwice($id: ID!, $a: [ID!]!, $b: [ID!]!) {\n        one: assignUserRoles(id: $id, roleIds: $a) { user { ...RoleMutUserRoles } userErrors { code } }\n        two: assignUserRoles(id: $id, roleIds: $b) { user { ...RoleMutUserRoles } userErrors { code } }\n      }": typeof types.RoleMutAssignUserRolesTwiceDocument,
    "mutation RoleMutAssignUserRoles($id: ID!, $r: [ID!]!) { assignUserRoles(id: $id, roleIds: $r) { userErrors { code } } }": typeof types.RoleMutAssignUserRolesDocument,
    "mutation RoleMutAssignThenRemoveUserRoles($id: ID!, $r: [ID!]!, $all: [ID!]!) {\n        keep: assignUserRoles(id: $id, roleIds: $r) { user { ...RoleMutUserRoles } }\n        drop: removeUserRoles(id: $id, roleIds: $all) { user { ...RoleMutUserRoles } userErrors { code } }\n      }": typeof types.RoleMutAssignThenRemoveUserRolesDocument,
    "mutation RoleMutRemoveUserRoles($id: ID!, $r: [ID!]!) { removeUserRoles(id: $id, roleIds: $r) { userErrors { code } } }": typeof types.RoleMutRemoveUserRolesDocument,
    "\n    mutation AssignRoleUsers($roleId: ID!, $userIds: [ID!]!) {\n      assignRoleUsers(roleId: $roleId, userIds: $userIds) {\n        role {\n          id\n          name\n          users(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n        userIds\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.AssignRoleUsersDocument,
    "\n          query RolesRoles($after: String) {\n            roles(first: 3, after: $after) {\n              totalCount\n              edges {\n                cursor\n                node {\n                  id\n                  name\n                  description\n                }\n              }\n              pageInfo {\n                hasNextPage\n                hasPreviousPage\n                endCursor\n              }\n            }\n          }\n        ": typeof types.RolesRolesDocument,
    "query RolesRoles2 { roles(first: 2) { nodes { id } } }": typeof types.RolesRoles2Document,
    "query RolesRoles3 { roles { totalCount } }": typeof types.RolesRoles3Document,
    "query RolesRoles4 { roles(first: 2) { totalCount nodes { id } } }": typeof types.RolesRoles4Document,
    "query RolesRole($id: ID!) { role(id: $id) { id name description } }": typeof types.RolesRoleDocument,
    "query RolesRole2($id: ID!) { role(id: $id) { id name } }": typeof types.RolesRole2Document,
    "query RolesUserRoles($id: ID!) { user(id: $id) { id roles { totalCount nodes { id name description } } } }": typeof types.RolesUserRolesDocument,
    "\n          query RolesUserRoles2($id: ID!, $after: String) {\n            user(id: $id) {\n              roles(first: 1, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": typeof types.RolesUserRoles2Document,
    "query RolesUserRoles3($id: ID!) { user(id: $id) { roles { totalCount nodes { id } } } }": typeof types.RolesUserRoles3Document,
    "query RolesRoleUsers($id: ID!) { role(id: $id) { users(first: 100) { totalCount nodes { id email name picture } } } }": typeof types.RolesRoleUsersDocument,
    "query RolesRoleUsers2($id: ID!) { role(id: $id) { users(first: 3) { nodes { id email lastLogin } } } }": typeof types.RolesRoleUsers2Document,
    "query RolesRoleUsers3($id: ID!) { role(id: $id) { users { nodes { id loginsCount } } } }": typeof types.RolesRoleUsers3Document,
    "\n          query RolesRoleUsers4($id: ID!, $after: String) {\n            role(id: $id) {\n              users(first: 2, after: $after) {\n                edges {\n                  cursor\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": typeof types.RolesRoleUsers4Document,
    "query RolesUserRoles4($id: ID!) { user(id: $id) { id email roles { nodes { id } } } }": typeof types.RolesUserRoles4Document,
    "query RolesUser($id: ID!, $role: ID!) { user(id: $id) { id } role(id: $role) { id } }": typeof types.RolesUserDocument,
    "query RolesRoleUsers5($id: ID!) { role(id: $id) { id name users { nodes { id } } } }": typeof types.RolesRoleUsers5Document,
    "\n  mutation SessMutRevokeUserSessions($id: ID!) {\n    revokeUserSessions(id: $id) {\n      user {\n        id\n        sessions(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SessMutRevokeUserSessionsDocument,
    "mutation SessMutInvalidateUserRememberBrowser($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { sessions(first: 100) { nodes { id } } } }\n        revokeUserSessions(id: $id) { user { sessions(first: 100) { nodes { id } } } userErrors { code } }\n      }": typeof types.SessMutInvalidateUserRememberBrowserDocument,
    "\n    mutation DeleteSession($id: ID!) {\n      deleteSession(id: $id) {\n        deletedSessionId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.DeleteSessionDocument,
    "\n    mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n      updateSession(id: $id, input: $input) {\n        session {\n          id\n          sessionMetadata\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.UpdateSessionDocument,
    "fragment SessSessionFields on Session {\n  id userId createdAt updatedAt authenticatedAt idleExpiresAt expiresAt lastInteractedAt\n  device { initialUserAgent initialIp initialAsn lastUserAgent lastIp lastAsn }\n  clients { clientId }\n  authentication { methods { name timestamp type } }\n  cookie { mode }\n  sessionMetadata\n  actor { sub }\n}": typeof types.SessSessionFieldsFragmentDoc,
    "query SessUserSessionList($id: ID!) {\n          user(id: $id) { id sessions(first: 100) { nodes { ...SessSessionFields } pageInfo { hasNextPage hasPreviousPage } } }\n        }": typeof types.SessUserSessionListDocument,
    "query SessUserSessions($id: ID!) { user(id: $id) { sessions { nodes { id } pageInfo { hasNextPage endCursor } } } }": typeof types.SessUserSessionsDocument,
    "\n          query SessUserSessions2($id: ID!, $after: String) {\n            user(id: $id) {\n              sessions(first: 1, after: $after) {\n                edges {\n                  cursor\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": typeof types.SessUserSessions2Document,
    "query SessUsersByIdsSessions($ids: [ID!]!) { usersByIds(ids: $ids) { id sessions { nodes { id user { id email } } } } }": typeof types.SessUsersByIdsSessionsDocument,
    "query SessUserSessions3($id: ID!) { user(id: $id) { id email sessions { nodes { id } } } }": typeof types.SessUserSessions3Document,
    "query SessUserSessions4($id: ID!) { user(id: $id) { id sessions { nodes { id } } } }": typeof types.SessUserSessions4Document,
    "query SessSessionWithUser($id: ID!) { session(id: $id) { ...SessSessionFields user { id } } }": typeof types.SessSessionWithUserDocument,
    "query SessSession { session(id: \"no-such-session\") { id } }": typeof types.SessSessionDocument,
    "query SessSession2($id: ID!) { session(id: $id) { id } }": typeof types.SessSession2Document,
    "\n  mutation BlockMutUnblockUser($id: ID!) {\n    unblockUser(id: $id) {\n      user {\n        id\n        blocked\n        blockedFor {\n          identifier\n          ip\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.BlockMutUnblockUserDocument,
    "\n  mutation BlockMutUnblockUserByIdentifier($identifier: String!) {\n    unblockUserByIdentifier(identifier: $identifier) {\n      identifier\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.BlockMutUnblockUserByIdentifierDocument,
    "query BlockMutUserBlockedFor($id: ID!) { user(id: $id) { blocked blockedFor { identifier ip } } }": typeof types.BlockMutUserBlockedForDocument,
    "mutation BlockMutInvalidateUserRememberBrowser($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { blockedFor { identifier } } }\n        unblockUser(id: $id) { user { blockedFor { identifier } } userErrors { code } }\n      }": typeof types.BlockMutInvalidateUserRememberBrowserDocument,
    "query BlocksUserBlockedFor($id: ID!) { user(id: $id) { id blocked blockedFor { identifier ip connection } } }": typeof types.BlocksUserBlockedForDocument,
    "query BlocksMeBlockedFor { me { id blockedFor { identifier } } }": typeof types.BlocksMeBlockedForDocument,
    "query BlocksUserBlockedFor2($id: ID!) { user(id: $id) { id blockedFor { identifier } } }": typeof types.BlocksUserBlockedFor2Document,
    "fragment UserMutUserFields on User {\n  id email emailVerified username phoneNumber name nickname givenName familyName picture blocked\n  userMetadata appMetadata createdAt updatedAt identities { provider connection userId }\n}": typeof types.UserMutUserFieldsFragmentDoc,
    "mutation UserMutCreateUser($input: CreateUserInput!) {\n  createUser(input: $input) { user { ...UserMutUserFields } userErrors { field message code } }\n}": typeof types.UserMutCreateUserDocument,
    "mutation UserMutUpdateUserFields($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) { user { ...UserMutUserFields } userErrors { field message code } }\n}": typeof types.UserMutUpdateUserFieldsDocument,
    "mutation UserMutDeleteUser($id: ID!) { deleteUser(id: $id) { deletedUserId userErrors { field message code } } }": typeof types.UserMutDeleteUserDocument,
    "\n  mutation UserMutUpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        id\n        userMetadata\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UserMutUpdateMeDocument,
    "query UserMutUserRead($id: ID!) { user(id: $id) { ...UserMutUserFields } }": typeof types.UserMutUserReadDocument,
    "\n        mutation UserMutUpdateUser($id: ID!) {\n          updateUser(id: $id, input: {familyName: null}) {\n            user {\n              givenName\n              familyName\n              nickname\n            }\n            userErrors {\n              code\n            }\n          }\n        }\n      ": typeof types.UserMutUpdateUserDocument,
    "mutation UserMutUpdateUser2($id: ID!, $other: ID!) {\n        first: updateUser(id: $id, input: { userMetadata: { step: 1 } }) { user { userMetadata roles { totalCount } } }\n        second: updateUser(id: $id, input: { appMetadata: { plan: \"gold\" } }) { user { userMetadata appMetadata } }\n        gone: deleteUser(id: $other) { deletedUserId userErrors { code } }\n        again: deleteUser(id: $other) { deletedUserId userErrors { code } }\n        last: deleteUser(id: $id) { deletedUserId userErrors { code } }\n      }": typeof types.UserMutUpdateUser2Document,
    "query UserMutUser($id: ID!) { user(id: $id) { id } }": typeof types.UserMutUserDocument,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      emailVerified\n      username\n      phoneNumber\n      phoneVerified\n      name\n      nickname\n      givenName\n      familyName\n      picture\n      createdAt\n      updatedAt\n      lastLogin\n      lastIp\n      lastPasswordReset\n      loginsCount\n      blocked\n      multifactor\n      appMetadata\n      userMetadata\n      identities { connection provider userId isSocial profileData }\n    }\n  }\n": typeof types.UserProfileDocument,
    "query UsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id email } }": typeof types.UsersByIdsDocument,
    "query TooManyIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }": typeof types.TooManyIdsDocument,
    "query ByEmail($email: String!) { usersByEmail(email: $email) { id email } }": typeof types.ByEmailDocument,
    "query NobodysEmail($email: String!) { usersByEmail(email: $email) { id } }": typeof types.NobodysEmailDocument,
    "query Me { me { id email } }": typeof types.MeDocument,
    "query MachineMe { me { id } }": typeof types.MachineMeDocument,
    "\n  query UsersPage($query: String, $sort: UserSort, $first: Int, $after: String) {\n    users(query: $query, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id email } }\n      nodes { id }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.UsersPageDocument,
    "query NoTotal($first: Int) { users(first: $first) { nodes { id } pageInfo { hasNextPage } } }": typeof types.NoTotalDocument,
    "\n  query SessionsAndTokensOfUser($id: ID!) {\n    user(id: $id) {\n      sessions(first: 100) {\n        nodes {\n          id\n        }\n      }\n      refreshTokens(first: 100) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SessionsAndTokensOfUserDocument,
};
const documents: Documents = {
    "query TrustedMe { me { id email } }": types.TrustedMeDocument,
    "query TrustedUser($id: ID!) { user(id: $id) { id email name } }": types.TrustedUserDocument,
    "mutation AccessRevokeSession($id: ID!) { revokeSession(id: $id) { revokedSessionId userErrors { field code message } } }": types.AccessRevokeSessionDocument,
    "\n    mutation AccessRevokeRefreshToken($id: ID!) {\n      revokeRefreshToken(id: $id) {\n        revokedRefreshTokenId\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": types.AccessRevokeRefreshTokenDocument,
    "\n    mutation AccessRevokeUserAccess($input: RevokeUserAccessInput!) {\n      revokeUserAccess(input: $input) {\n        user {\n          id\n          email\n          sessions {\n            nodes {\n              id\n            }\n          }\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": types.AccessRevokeUserAccessDocument,
    "\n    mutation AccessDeleteUserAuthenticationMethods($userId: ID!) {\n      deleteUserAuthenticationMethods(userId: $userId) {\n        user {\n          id\n          authenticationMethods {\n            totalCount\n          }\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": types.AccessDeleteUserAuthenticationMethodsDocument,
    "\n    mutation AccessClearUserRiskAssessments($input: ClearUserRiskAssessmentsInput!) {\n      clearUserRiskAssessments(input: $input) {\n        user {\n          id\n          email\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": types.AccessClearUserRiskAssessmentsDocument,
    "\n    mutation AccessDeleteUserFederatedConnectionTokenSet($userId: ID!, $id: ID!) {\n      deleteUserFederatedConnectionTokenSet(userId: $userId, id: $id) {\n        deletedTokenSetId\n        user {\n          id\n          federatedConnectionTokenSets {\n            id\n          }\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": types.AccessDeleteUserFederatedConnectionTokenSetDocument,
    "\n    mutation AccessAddOrganizationMembers($org: ID!, $ids: [ID!]!) {\n      addOrganizationMembers(organizationId: $org, userIds: $ids) {\n        organizationId\n        userIds\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": types.AccessAddOrganizationMembersDocument,
    "\n    mutation AccessRemoveOrganizationMembers($org: ID!, $ids: [ID!]!) {\n      removeOrganizationMembers(organizationId: $org, userIds: $ids) {\n        organizationId\n        userIds\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  ": types.AccessRemoveOrganizationMembersDocument,
    "\n      mutation AccessAssignOrganizationMemberRoles($org: ID!, $id: ID!, $roles: [ID!]!) {\n        assignOrganizationMemberRoles(\n          organizationId: $org\n          userId: $id\n          roleIds: $roles\n        ) {\n          organizationId\n          user {\n            id\n            organizationRoles(organizationId: $org) {\n              nodes {\n                id\n              }\n            }\n          }\n          userErrors {\n            field\n            code\n            message\n          }\n        }\n      }\n    ": types.AccessAssignOrganizationMemberRolesDocument,
    "\n      mutation AccessRemoveOrganizationMemberRoles($org: ID!, $id: ID!, $roles: [ID!]!) {\n        removeOrganizationMemberRoles(\n          organizationId: $org\n          userId: $id\n          roleIds: $roles\n        ) {\n          organizationId\n          user {\n            id\n            organizationRoles(organizationId: $org) {\n              nodes {\n                id\n              }\n            }\n          }\n          userErrors {\n            field\n            code\n            message\n          }\n        }\n      }\n    ": types.AccessRemoveOrganizationMemberRolesDocument,
    "mutation AmContactsUpdateUserAuthenticationMethodAuthenticationMethod($id: ID!, $methodId: ID!) {\n  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: { name: \"Renamed\" }) {\n    authenticationMethod { id name phoneNumber email }\n    userErrors { code }\n  }\n}": types.AmContactsUpdateUserAuthenticationMethodAuthenticationMethodDocument,
    "mutation AmContactsCreateUserAuthenticationMethodAuthenticationMethod($id: ID!) {\n  createUserAuthenticationMethod(id: $id, input: { type: PHONE, phoneNumber: \"+14155550177\" }) {\n    authenticationMethod { id phoneNumber email }\n    userErrors { code }\n  }\n}": types.AmContactsCreateUserAuthenticationMethodAuthenticationMethodDocument,
    "fragment AmMutMethod on AuthenticationMethod {\n  id type name confirmed phoneNumber preferredAuthenticationMethod email keyId publicKey relyingPartyIdentifier aaguid\n  credentialDeviceType credentialBackedUp identityUserId userAgent userHandle transports createdAt\n}": types.AmMutMethodFragmentDoc,
    "fragment AmMutUser on User { id authenticationMethods(first: 100) { totalCount nodes { id type name } } }": types.AmMutUserFragmentDoc,
    "mutation AmMutCreate($id: ID!, $input: CreateUserAuthenticationMethodInput!) {\n  createUserAuthenticationMethod(id: $id, input: $input) {\n    authenticationMethod { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }\n  }\n}": types.AmMutCreateDocument,
    "mutation AmMutUpdate($id: ID!, $methodId: ID!, $input: UpdateUserAuthenticationMethodInput!) {\n  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: $input) {\n    authenticationMethod { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }\n  }\n}": types.AmMutUpdateDocument,
    "mutation AmMutDelete($id: ID!, $methodId: ID!) {\n  deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {\n    deletedAuthenticationMethodId user { ...AmMutUser } userErrors { field message code }\n  }\n}": types.AmMutDeleteDocument,
    "mutation AmMutReplace($id: ID!, $methods: [ReplaceUserAuthenticationMethodInput!]!) {\n  replaceUserAuthenticationMethods(id: $id, methods: $methods) {\n    authenticationMethods { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }\n  }\n}": types.AmMutReplaceDocument,
    "query AmMutRead($id: ID!) { user(id: $id) { ...AmMutUser } }": types.AmMutReadDocument,
    "mutation AmMutDeleteAfterRead($id: ID!, $methodId: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { ...AmMutUser } }\n        deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {\n          deletedAuthenticationMethodId user { ...AmMutUser } userErrors { field message code }\n        }\n      }": types.AmMutDeleteAfterReadDocument,
    "mutation AmMutReplaceAfterRead($id: ID!, $methods: [ReplaceUserAuthenticationMethodInput!]!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { ...AmMutUser } }\n        replaceUserAuthenticationMethods(id: $id, methods: $methods) {\n          authenticationMethods { id type name phoneNumber email } user { ...AmMutUser } userErrors { field message code }\n        }\n      }": types.AmMutReplaceAfterReadDocument,
    "fragment AmMethodFields on AuthenticationMethod {\n  id type confirmed name authenticationMethods { id type } preferredAuthenticationMethod linkId\n  phoneNumber email keyId publicKey createdAt enrolledAt lastAuthAt\n  credentialDeviceType credentialBackedUp identityUserId userAgent userHandle transports aaguid relyingPartyIdentifier\n}": types.AmMethodFieldsFragmentDoc,
    "query AmUserAuthenticationMethodList($id: ID!) {\n  user(id: $id) { authenticationMethods(first: 100) { totalCount nodes { ...AmMethodFields } pageInfo { hasNextPage } } }\n}": types.AmUserAuthenticationMethodListDocument,
    "\n          query AmUserAuthenticationMethods($id: ID!, $after: String) {\n            user(id: $id) {\n              authenticationMethods(first: 1, after: $after) {\n                totalCount\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": types.AmUserAuthenticationMethodsDocument,
    "query AmTypeFields { __type(name: \"AuthenticationMethod\") { fields { name } } }": types.AmTypeFieldsDocument,
    "query AmUserAuthenticationMethods2($id: ID!) { user(id: $id) { id authenticationMethods { nodes { id } } } }": types.AmUserAuthenticationMethods2Document,
    "\n        query EffectiveUserEffectiveRoles($id: ID!) {\n          user(id: $id) {\n            effectiveRoles(first: 100) {\n              nodes {\n                id\n                name\n                sources\n                sourceGroups {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": types.EffectiveUserEffectiveRolesDocument,
    "query EffectiveForbiddenEffectiveRoles($id: ID!) { user(id: $id) { id effectiveRoles { nodes { id } } } }": types.EffectiveForbiddenEffectiveRolesDocument,
    "query EffectiveUserEffectiveRoles2($id: ID!) { user(id: $id) { effectiveRoles(first: 1) { nodes { id sourceGroups { id } } } } }": types.EffectiveUserEffectiveRoles2Document,
    "query EffectiveUserEffectiveRoles3 { user(id: \"auth0|000000000000000000000000\") { effectiveRoles { nodes { id } } } }": types.EffectiveUserEffectiveRoles3Document,
    "query EffectiveUsers { users(first: 50) { nodes { id effectiveRoles { nodes { name } } } } }": types.EffectiveUsersDocument,
    "\n        query EffectiveUserEffectivePermissions($id: ID!, $api: String!) {\n          user(id: $id) {\n            effectivePermissions(resourceServerIdentifier: $api, first: 100) {\n              nodes {\n                resourceServerIdentifier\n                resourceServerName\n                permissionName\n                sources\n                sourceRoles(first: 100) {\n                  nodes {\n                    id\n                    sources\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.EffectiveUserEffectivePermissionsDocument,
    "\n        query EffectiveUserEffectivePermissions2($id: ID!) {\n          user(id: $id) {\n            effectivePermissions(resourceServerIdentifier: \"https://nothing.example/\") {\n              nodes {\n                permissionName\n              }\n            }\n          }\n        }\n      ": types.EffectiveUserEffectivePermissions2Document,
    "\n        query EffectiveUserEffectivePermissions3($id: ID!) {\n          user(id: $id) {\n            effectivePermissions(resourceServerIdentifier: \" \") {\n              nodes {\n                permissionName\n              }\n            }\n          }\n        }\n      ": types.EffectiveUserEffectivePermissions3Document,
    "query EffectiveForbiddenEffectivePermissions($id: ID!, $api: String!) {\n        user(id: $id) { id effectivePermissions(resourceServerIdentifier: $api) { nodes { permissionName } } }\n      }": types.EffectiveForbiddenEffectivePermissionsDocument,
    "query EffectiveUserEffectivePermissionSourceRoles($id: ID!, $api: String!) {\n        user(id: $id) { effectivePermissions(resourceServerIdentifier: $api, first: 1) { nodes { sourceRoles { nodes { id } } } } }\n      }": types.EffectiveUserEffectivePermissionSourceRolesDocument,
    "query EffectiveUserGroups($id: ID!) { user(id: $id) { groups(first: 10) { totalCount nodes { id name membershipCreatedAt } } } }": types.EffectiveUserGroupsDocument,
    "query EffectiveForbiddenGroups($id: ID!) { user(id: $id) { id groups { nodes { id } } } }": types.EffectiveForbiddenGroupsDocument,
    "query EffectiveUserGroups2($id: ID!) { user(id: $id) { groups { totalCount nodes { id } } } }": types.EffectiveUserGroups2Document,
    "\n        query EffectiveUserConnectedAccounts($id: ID!) {\n          user(id: $id) {\n            connectedAccounts {\n              nodes {\n                id\n                connection\n                strategy\n                accessType\n                scopes\n                createdAt\n              }\n            }\n          }\n        }\n      ": types.EffectiveUserConnectedAccountsDocument,
    "query EffectiveMeConnectedAccounts { me { id connectedAccounts { nodes { id } } } }": types.EffectiveMeConnectedAccountsDocument,
    "\n        query EffectiveUserFederatedConnectionTokenSets($id: ID!) {\n          user(id: $id) {\n            federatedConnectionTokenSets {\n              id\n              connection\n              scope\n              issuedAt\n              expiresAt\n              lastUsedAt\n            }\n          }\n        }\n      ": types.EffectiveUserFederatedConnectionTokenSetsDocument,
    "query EffectiveTypeFields { __type(name: \"FederatedConnectionTokenSet\") { fields { name } } }": types.EffectiveTypeFieldsDocument,
    "query EffectiveForbiddenFederatedConnectionTokenSets($id: ID!) { user(id: $id) { id federatedConnectionTokenSets { id } } }": types.EffectiveForbiddenFederatedConnectionTokenSetsDocument,
    "\n        query EffectiveUserOrganizationRoles($id: ID!, $org: ID!) {\n          user(id: $id) {\n            organizationRoles(organizationId: $org) {\n              totalCount\n              nodes {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": types.EffectiveUserOrganizationRolesDocument,
    "\n        query EffectiveUserOrganizationRoles2($id: ID!, $org: ID!) {\n          user(id: $id) {\n            id\n            organizationRoles(organizationId: $org) {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      ": types.EffectiveUserOrganizationRoles2Document,
    "query EffectiveForbiddenOrganizationRoles($id: ID!, $org: ID!) {\n        user(id: $id) { id organizationRoles(organizationId: $org) { nodes { id } } }\n      }": types.EffectiveForbiddenOrganizationRolesDocument,
    "query EffectiveUserAuthenticationMethod($id: ID!, $m: ID!) { user(id: $id) { authenticationMethod(id: $m) { id type } } }": types.EffectiveUserAuthenticationMethodDocument,
    "\n        query EffectiveUserAuthenticationMethod2($id: ID!) {\n          user(id: $id) {\n            authenticationMethod(id: \"email|dev_doesNotExist\") {\n              id\n            }\n          }\n        }\n      ": types.EffectiveUserAuthenticationMethod2Document,
    "query EffectiveForbiddenAuthenticationMethod($id: ID!, $m: ID!) { user(id: $id) { id authenticationMethod(id: $m) { id } } }": types.EffectiveForbiddenAuthenticationMethodDocument,
    "\n        query EffectiveOrganizationMembers($org: ID!) {\n          organization(id: $org) {\n            members(first: 2) {\n              nodes {\n                id\n                email\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n      ": types.EffectiveOrganizationMembersDocument,
    "\n        query EffectiveOrganizationMembers2($org: ID!, $after: String) {\n          organization(id: $org) {\n            members(first: 100, after: $after) {\n              nodes {\n                id\n                lastLogin\n              }\n            }\n          }\n        }\n      ": types.EffectiveOrganizationMembers2Document,
    "\n        query EffectiveOrganizationMembers3($org: ID!) {\n          organization(id: $org) {\n            members(first: 1) {\n              nodes {\n                id\n                email\n                name\n                picture\n              }\n            }\n          }\n        }\n      ": types.EffectiveOrganizationMembers3Document,
    "query EffectiveOrganizationMembers4($org: ID!) { organization(id: $org) { members(first: 1) { nodes { id lastLogin } } } }": types.EffectiveOrganizationMembers4Document,
    "query EffectiveOrganizationMembers5($org: ID!) { organization(id: $org) { id members { nodes { id } } } }": types.EffectiveOrganizationMembers5Document,
    "query EffectiveOrganizationMembers6 { organization(id: \"org_doesNotExist0000\") { members { nodes { id } } } }": types.EffectiveOrganizationMembers6Document,
    "query EffectiveUserBlocksByIdentifier($i: String!) { userBlocksByIdentifier(identifier: $i) { identifier ip connection } }": types.EffectiveUserBlocksByIdentifierDocument,
    "\n        query EffectiveUserBlocksByIdentifier2 {\n          userBlocksByIdentifier(\n            identifier: \"nobody@nowhere.example\"\n            considerBruteForceEnablement: true\n          ) {\n            identifier\n          }\n        }\n      ": types.EffectiveUserBlocksByIdentifier2Document,
    "query EffectiveUserBlocksByIdentifier3($i: String!) { userBlocksByIdentifier(identifier: $i) { identifier } }": types.EffectiveUserBlocksByIdentifier3Document,
    "\n        query EffectiveUserLogs($id: ID!) {\n          user(id: $id) {\n            asc: logs(sort: {field: DATE, direction: ASC}) {\n              nodes {\n                date\n              }\n            }\n            desc: logs {\n              nodes {\n                date\n              }\n            }\n          }\n        }\n      ": types.EffectiveUserLogsDocument,
    "query EffectiveRoles { roles(nameFilter: \"billing\") { totalCount nodes { name } } }": types.EffectiveRolesDocument,
    "query EffectiveUserAuthenticationMethod3($id: ID!, $org: ID!, $m: ID!, $api: String!) { user(id: $id) {\n        email\n        authenticationMethod(id: $m) { id }\n        effectiveRoles(first: 2) { nodes { id sourceGroups { id } } }\n        effectivePermissions(resourceServerIdentifier: $api, first: 2) { nodes { permissionName sourceRoles(first: 5) { nodes { id } } } }\n        groups(first: 5) { totalCount nodes { id } }\n        connectedAccounts(first: 5) { nodes { id } }\n        federatedConnectionTokenSets { id }\n        organizationRoles(organizationId: $org, first: 5) { nodes { id } }\n      } }": types.EffectiveUserAuthenticationMethod3Document,
    "fragment EnrollEnrollmentFields on Enrollment { id status type name identifier phoneNumber authMethod enrolledAt lastAuth }": types.EnrollEnrollmentFieldsFragmentDoc,
    "query EnrollUserEnrollmentList($id: ID!) { user(id: $id) { enrollments { ...EnrollEnrollmentFields } } }": types.EnrollUserEnrollmentListDocument,
    "query EnrollUserEnrollments($id: ID!) { user(id: $id) { enrollments { id } } }": types.EnrollUserEnrollmentsDocument,
    "query EnrollMeEnrollmentList { me { id enrollments { ...EnrollEnrollmentFields } } }": types.EnrollMeEnrollmentListDocument,
    "query EnrollUserEnrollments2($id: ID!) { user(id: $id) { id enrollments { id } } }": types.EnrollUserEnrollments2Document,
    "fragment IdMutIdentityFields on Identity { provider connection userId isSocial }": types.IdMutIdentityFieldsFragmentDoc,
    "mutation IdMutLinkUserIdentity($id: ID!, $input: LinkUserIdentityInput!) {\n  linkUserIdentity(id: $id, input: $input) {\n    user { id identities { ...IdMutIdentityFields } } identities { ...IdMutIdentityFields } userErrors { field message code }\n  }\n}": types.IdMutLinkUserIdentityDocument,
    "mutation IdMutUnlinkUserIdentity($id: ID!, $provider: String!, $userId: String!) {\n  unlinkUserIdentity(id: $id, provider: $provider, userId: $userId) {\n    user { id identities { ...IdMutIdentityFields } } identities { ...IdMutIdentityFields } userErrors { field message code }\n  }\n}": types.IdMutUnlinkUserIdentityDocument,
    "query IdMutUser($id: ID!) { user(id: $id) { id } }": types.IdMutUserDocument,
    "query IdMutUserIdentities($id: ID!) { user(id: $id) { id identities { ...IdMutIdentityFields } } }": types.IdMutUserIdentitiesDocument,
    "mutation IdMutUpdateUser($id: ID!, $input: LinkUserIdentityInput!, $provider: String!, $userId: String!) {\n        before: updateUser(id: $id, input: { userMetadata: { linked: false } }) { user { identities { userId } } }\n        link: linkUserIdentity(id: $id, input: $input) { user { userMetadata identities { userId } } }\n        meta: updateUser(id: $id, input: { userMetadata: { linked: true } }) { user { identities { userId } } }\n        unlink: unlinkUserIdentity(id: $id, provider: $provider, userId: $userId) { user { userMetadata identities { userId } } }\n      }": types.IdMutUpdateUserDocument,
    "mutation IdMutLinkOwnUserIdentity($id: ID!, $input: LinkUserIdentityInput!) {\n        linkUserIdentity(id: $id, input: $input) { identities { ...IdMutIdentityFields } userErrors { code } }\n      }": types.IdMutLinkOwnUserIdentityDocument,
    "\n  mutation ImportUploadUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      job {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ImportUploadUsersDocument,
    "query JobsJob($id: ID!) { job(id: $id) { __typename id status percentageDone timeLeftSeconds connectionId\n  ... on UsersExportJob { format limit fields { name exportAs } location }\n  ... on UsersImportJob { summary { inserted updated failed total } } } }": types.JobsJobDocument,
    "\n  mutation JobsExportUsersJob($input: ExportUsersInput!) {\n    exportUsers(input: $input) {\n      job {\n        id\n        status\n        format\n        limit\n        fields {\n          name\n          exportAs\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.JobsExportUsersJobDocument,
    "\n    query JobsJob2($id: ID!, $first: Int, $after: String) {\n      job(id: $id) {\n        __typename\n        ... on UsersExportJob {\n          users(first: $first, after: $after) {\n            edges {\n              cursor\n              node {\n                id\n                email\n                createdAt\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  ": types.JobsJob2Document,
    "\n  mutation JobsImportUsersJob($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      job {\n        id\n        status\n        connectionId\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.JobsImportUsersJobDocument,
    "\n  query JobsJob3($id: ID!) {\n    job(id: $id) {\n      __typename\n      status\n      ... on UsersImportJob {\n        summary {\n          inserted\n          updated\n          failed\n          total\n        }\n        errors {\n          email\n          userId\n          errors {\n            code\n            message\n            path\n          }\n        }\n      }\n    }\n  }\n": types.JobsJob3Document,
    "\n        query JobsJob4($id: ID!, $after: String) {\n          job(id: $id) {\n            __typename\n            ... on UsersExportJob {\n              users(first: 10, after: $after) {\n                edges {\n                  node {\n                    id\n                    email\n                    givenName\n                    name\n                    nickname\n                    emailVerified\n                    loginsCount\n                    createdAt\n                    appMetadata\n                    userMetadata\n                    identities {\n                      connection\n                    }\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        }\n      ": types.JobsJob4Document,
    "query JobsUsersPastWindow($after: String) { users(first: 20, after: $after) { nodes { id } } }": types.JobsUsersPastWindowDocument,
    "query JobsUser($id: ID!) { user(id: $id) { id email givenName } }": types.JobsUserDocument,
    "query JobsUser2($id: ID!) { user(id: $id) { name } }": types.JobsUser2Document,
    "subscription JobsJobProgress($id: ID!) {\n    jobProgress(id: $id) { __typename id status percentageDone ... on UsersExportJob { location } }\n  }": types.JobsJobProgressDocument,
    "\n    mutation JobsSendVerificationEmailJob($input: SendVerificationEmailInput!) {\n      sendVerificationEmail(input: $input) {\n        job {\n          __typename\n          id\n          status\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.JobsSendVerificationEmailJobDocument,
    "\n    mutation JobsCreatePasswordChangeTicket($input: CreatePasswordChangeTicketInput!) {\n      createPasswordChangeTicket(input: $input) {\n        ticket\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.JobsCreatePasswordChangeTicketDocument,
    "\n    mutation JobsCreateEmailVerificationTicket($input: CreateEmailVerificationTicketInput!) {\n      createEmailVerificationTicket(input: $input) {\n        ticket\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.JobsCreateEmailVerificationTicketDocument,
    "fragment LogsLogFields on LogEvent {\n  logId date type description connection connectionId clientId clientName ip hostname userId userName\n  audience scope strategy strategyType isMobile details userAgent\n  securityContext { ja3 ja4 }\n  locationInfo { countryCode countryCode3 countryName cityName latitude longitude timeZone continentCode }\n}": types.LogsLogFieldsFragmentDoc,
    "query LogsUserLogList($id: ID!) {\n          user(id: $id) { logs(first: 100) { totalCount nodes { ...LogsLogFields } pageInfo { hasNextPage } } }\n        }": types.LogsUserLogListDocument,
    "\n          query LogsUserLogs($id: ID!, $after: String) {\n            user(id: $id) {\n              logs(first: 2, after: $after) {\n                totalCount\n                nodes {\n                  logId\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": types.LogsUserLogsDocument,
    "query LogsUserLogs2($id: ID!) { user(id: $id) { logs { totalCount } } }": types.LogsUserLogs2Document,
    "query LogsUserLogs3($id: ID!) { user(id: $id) { id email logs { nodes { logId } } } }": types.LogsUserLogs3Document,
    "query MalformedUser($id: ID!) { user(id: $id) { id email } }": types.MalformedUserDocument,
    "query MalformedUser2($id: ID!) { user(id: $id) { id } }": types.MalformedUser2Document,
    "query MalformedUserRoles($id: ID!) { user(id: $id) { id roles(first: 5) { totalCount nodes { id } } } }": types.MalformedUserRolesDocument,
    "query MalformedUsers { users(first: 3) { nodes { id } } }": types.MalformedUsersDocument,
    "mutation MalformedCreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id email } userErrors { code } } }": types.MalformedCreateUserDocument,
    "\n    mutation MfaInvalidateUserRememberBrowser($id: ID!) {\n      invalidateUserRememberBrowser(id: $id) {\n        user {\n          id\n          email\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.MfaInvalidateUserRememberBrowserDocument,
    "mutation MfaInvalidateUserRememberBrowser2($id: ID!) { invalidateUserRememberBrowser(id: $id) { userErrors { field message code } } }": types.MfaInvalidateUserRememberBrowser2Document,
    "\n    mutation MfaDeleteUserMultifactorProvider($id: ID!, $provider: MultifactorProvider!) {\n      deleteUserMultifactorProvider(id: $id, provider: $provider) {\n        user {\n          id\n          multifactor\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.MfaDeleteUserMultifactorProviderDocument,
    "query MfaUser($id: ID!) { user(id: $id) { multifactor } }": types.MfaUserDocument,
    "\n    mutation MfaRegenerateUserRecoveryCode($id: ID!) {\n      regenerateUserRecoveryCode(id: $id) {\n        recoveryCode\n        user {\n          id\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.MfaRegenerateUserRecoveryCodeDocument,
    "fragment MfaAuthenticatorsUser on User { id multifactor enrollments { id } authenticationMethods(first: 100) { nodes { id type } } }": types.MfaAuthenticatorsUserFragmentDoc,
    "mutation MfaDeleteUserAuthenticators($id: ID!) {\n    deleteUserAuthenticators(id: $id) { user { ...MfaAuthenticatorsUser } userErrors { field message code } }\n  }": types.MfaDeleteUserAuthenticatorsDocument,
    "mutation MfaDeleteUserAuthenticatorsAfterRead($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { ...MfaAuthenticatorsUser } }\n        deleteUserAuthenticators(id: $id) { user { ...MfaAuthenticatorsUser } userErrors { code } }\n      }": types.MfaDeleteUserAuthenticatorsAfterReadDocument,
    "query MfaAuthenticatorsUserRead($id: ID!) { user(id: $id) { ...MfaAuthenticatorsUser } }": types.MfaAuthenticatorsUserReadDocument,
    "fragment OrgsOrganizationFields on Organization { id name displayName branding { logoUrl colors { primary pageBackground } } metadata }": types.OrgsOrganizationFieldsFragmentDoc,
    "query OrgsOrganizationRead($id: ID!) { organization(id: $id) { ...OrgsOrganizationFields } }": types.OrgsOrganizationReadDocument,
    "query OrgsOrganization($id: ID!) { organization(id: $id) { id name } }": types.OrgsOrganizationDocument,
    "query OrgsUserOrganizationList($id: ID!) { user(id: $id) { organizations { totalCount nodes { ...OrgsOrganizationFields } } } }": types.OrgsUserOrganizationListDocument,
    "\n          query OrgsUserOrganizations($id: ID!, $after: String) {\n            user(id: $id) {\n              organizations(first: 1, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  hasPreviousPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": types.OrgsUserOrganizationsDocument,
    "query OrgsUserOrganizations2($id: ID!) { user(id: $id) { organizations { totalCount } } }": types.OrgsUserOrganizations2Document,
    "query OrgsUserOrganizations3($id: ID!) { user(id: $id) { organizations { nodes { id } } } }": types.OrgsUserOrganizations3Document,
    "query OrgsUserOrganizations4($id: ID!) { user(id: $id) { id email organizations { nodes { id } } } }": types.OrgsUserOrganizations4Document,
    "query OrgsUser($id: ID!, $org: ID!) { user(id: $id) { id } organization(id: $org) { id } }": types.OrgsUserDocument,
    "fragment PathParamsErrors on UserError { field message code }": types.PathParamsErrorsFragmentDoc,
    "mutation PathParamsDeleteUserAuthenticationMethod($id: ID!, $methodId: ID!) {\n  deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {\n    deletedAuthenticationMethodId userErrors { ...PathParamsErrors }\n  }\n}": types.PathParamsDeleteUserAuthenticationMethodDocument,
    "mutation PathParamsUpdateUserAuthenticationMethod($id: ID!, $methodId: ID!) {\n  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: { name: \"renamed\" }) {\n    authenticationMethod { id } userErrors { ...PathParamsErrors }\n  }\n}": types.PathParamsUpdateUserAuthenticationMethodDocument,
    "mutation PathParamsRevokeUserSessions($id: ID!) {\n  revokeUserSessions(id: $id) { user { id } userErrors { ...PathParamsErrors } }\n}": types.PathParamsRevokeUserSessionsDocument,
    "query PathParamsUser($id: ID!) { user(id: $id) { id email } }": types.PathParamsUserDocument,
    "query PathParamsUsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }": types.PathParamsUsersByIdsDocument,
    "\n          query PathParamsRole($id: ID!) {\n            role(id: $id) {\n              name\n            }\n            session(id: $id) {\n              id\n            }\n            refreshToken(id: $id) {\n              id\n            }\n            organization(id: $id) {\n              id\n            }\n          }\n        ": types.PathParamsRoleDocument,
    "query PathParamsRoleUsers($id: ID!) { role(id: $id) { id users { nodes { id } } } }": types.PathParamsRoleUsersDocument,
    "fragment PermMutUserPermissions on User {\n  permissions(first: 100) { totalCount nodes { resourceServerIdentifier permissionName resourceServerName description } }\n}": types.PermMutUserPermissionsFragmentDoc,
    "mutation PermMutAssignUserPermissions($id: ID!, $p: [PermissionInput!]!) {\n  assignUserPermissions(id: $id, permissions: $p) { user { id ...PermMutUserPermissions } userErrors { field message code } }\n}": types.PermMutAssignUserPermissionsDocument,
    "mutation PermMutRemoveUserPermissions($id: ID!, $p: [PermissionInput!]!) {\n  removeUserPermissions(id: $id, permissions: $p) { user { id ...PermMutUserPermissions } userErrors { field message code } }\n}": types.PermMutRemoveUserPermissionsDocument,
    "query PermMutUserPermissionsRead($id: ID!) { user(id: $id) { ...PermMutUserPermissions } }": types.PermMutUserPermissionsReadDocument,
    "mutation PermMutRemoveUserPermissionsTwice($id: ID!, $one: [PermissionInput!]!, $all: [PermissionInput!]!) {\n        a: removeUserPermissions(id: $id, permissions: $one) { user { ...PermMutUserPermissions } }\n        b: removeUserPermissions(id: $id, permissions: $all) { user { ...PermMutUserPermissions } }\n      }": types.PermMutRemoveUserPermissionsTwiceDocument,
    "fragment PermsPermission on Permission { permissionName resourceServerIdentifier resourceServerName description }": types.PermsPermissionFragmentDoc,
    "query PermsUserPermissionPage($id: ID!, $after: String) {\n  user(id: $id) { permissions(first: 1, after: $after) { edges { node { ...PermsPermission } } pageInfo { hasNextPage endCursor } } }\n}": types.PermsUserPermissionPageDocument,
    "query PermsRolePermissionPage($id: ID!, $after: String) {\n  role(id: $id) { permissions(first: 2, after: $after) { nodes { ...PermsPermission } pageInfo { hasNextPage endCursor } } }\n}": types.PermsRolePermissionPageDocument,
    "query PermsUserPermissionList($id: ID!) { user(id: $id) { permissions { totalCount nodes { ...PermsPermission } } } }": types.PermsUserPermissionListDocument,
    "query PermsUserPermissions($id: ID!) { user(id: $id) { permissions { totalCount } } }": types.PermsUserPermissionsDocument,
    "query PermsUserPermissions2($id: ID!) { user(id: $id) { permissions { nodes { permissionName } pageInfo { hasNextPage } } } }": types.PermsUserPermissions2Document,
    "query PermsMePermissions { me { id email permissions { nodes { permissionName } } } }": types.PermsMePermissionsDocument,
    "query PermsRolePermissionLists {\n        roles(first: 100) { nodes { id permissions(first: 100) { totalCount nodes { ...PermsPermission } } } }\n      }": types.PermsRolePermissionListsDocument,
    "\n  mutation RtMutRevokeUserRefreshTokens($id: ID!) {\n    revokeUserRefreshTokens(id: $id) {\n      user {\n        id\n        refreshTokens(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RtMutRevokeUserRefreshTokensDocument,
    "mutation RtMutInvalidateUserRememberBrowser($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { refreshTokens(first: 100) { nodes { id } } } }\n        revokeUserRefreshTokens(id: $id) { user { refreshTokens(first: 100) { nodes { id } } } userErrors { code } }\n      }": types.RtMutInvalidateUserRememberBrowserDocument,
    "\n    mutation UpdateRefreshToken($id: ID!, $input: UpdateRefreshTokenInput!) {\n      updateRefreshToken(id: $id, input: $input) {\n        refreshToken {\n          id\n          refreshTokenMetadata\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.UpdateRefreshTokenDocument,
    "\n    mutation RevokeRefreshTokens($input: RevokeRefreshTokensInput!) {\n      revokeRefreshTokens(input: $input) {\n        refreshTokenIds\n        userId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.RevokeRefreshTokensDocument,
    "fragment RtRefreshTokenFields on RefreshToken {\n  id userId createdAt idleExpiresAt expiresAt lastExchangedAt\n  device { initialIp initialAsn initialUserAgent lastIp lastAsn lastUserAgent }\n  clientId sessionId rotating\n  resourceServers { audience scopes }\n  refreshTokenMetadata\n}": types.RtRefreshTokenFieldsFragmentDoc,
    "query RtUserRefreshTokenList($id: ID!) {\n          user(id: $id) { refreshTokens(first: 100) { nodes { ...RtRefreshTokenFields } pageInfo { hasNextPage } } }\n        }": types.RtUserRefreshTokenListDocument,
    "\n          query RtUserRefreshTokens($id: ID!, $after: String) {\n            user(id: $id) {\n              refreshTokens(first: 1, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": types.RtUserRefreshTokensDocument,
    "\n        query RtUserRefreshTokens2($id: ID!) {\n          user(id: $id) {\n            id\n            refreshTokens {\n              nodes {\n                id\n                sessionId\n                user {\n                  id\n                }\n                session {\n                  id\n                  userId\n                }\n              }\n            }\n          }\n        }\n      ": types.RtUserRefreshTokens2Document,
    "query RtUserRefreshTokens3($id: ID!) { user(id: $id) { id refreshTokens { nodes { id } } } }": types.RtUserRefreshTokens3Document,
    "query RtRefreshTokenRead($id: ID!) { refreshToken(id: $id) { ...RtRefreshTokenFields } }": types.RtRefreshTokenReadDocument,
    "query RtRefreshToken { refreshToken(id: \"no-such-token\") { id } }": types.RtRefreshTokenDocument,
    "\n          query RoleMembersRoleUsers($id: ID!, $after: String) {\n            role(id: $id) {\n              users(first: 100, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": types.RoleMembersRoleUsersDocument,
    "query RoleMembersRoleUsers2($id: ID!) { role(id: $id) { users { totalCount } } }": types.RoleMembersRoleUsers2Document,
    "query RoleMembersRoleUsers3($id: ID!) { role(id: $id) { users(first: 5) { totalCount nodes { id } } } }": types.RoleMembersRoleUsers3Document,
    "fragment RoleMutUserRoles on User { roles(first: 100) { totalCount nodes { id name } } }": types.RoleMutUserRolesFragmentDoc,
    "mutation RoleMutAssignUserRolesRead($id: ID!, $roleIds: [ID!]!) {\n  assignUserRoles(id: $id, roleIds: $roleIds) { user { id ...RoleMutUserRoles } userErrors { field message code } }\n}": types.RoleMutAssignUserRolesReadDocument,
    "mutation RoleMutRemoveUserRolesRead($id: ID!, $roleIds: [ID!]!) {\n  removeUserRoles(id: $id, roleIds: $roleIds) { user { id ...RoleMutUserRoles } userErrors { field message code } }\n}": types.RoleMutRemoveUserRolesReadDocument,
    "query RoleMutUserRolesRead($id: ID!) { user(id: $id) { ...RoleMutUserRoles } }": types.RoleMutUserRolesReadDocument,
    "mutation RoleMutAssignUserRolesTwice($id: ID!, $a: [ID!]!, $b: [ID!]!) {\n        one: assignUserRoles(id: $id, roleIds: $a) { user { ...RoleMutUserRoles } userErrors { code } }\n        two: assignUserRoles(id: $id, roleIds: $b) { user { ...RoleMutUserRoles } userErrors { code } }\n      }": types.RoleMutAssignUserRolesTwiceDocument,
    "mutation RoleMutAssignUserRoles($id: ID!, $r: [ID!]!) { assignUserRoles(id: $id, roleIds: $r) { userErrors { code } } }": types.RoleMutAssignUserRolesDocument,
    "mutation RoleMutAssignThenRemoveUserRoles($id: ID!, $r: [ID!]!, $all: [ID!]!) {\n        keep: assignUserRoles(id: $id, roleIds: $r) { user { ...RoleMutUserRoles } }\n        drop: removeUserRoles(id: $id, roleIds: $all) { user { ...RoleMutUserRoles } userErrors { code } }\n      }": types.RoleMutAssignThenRemoveUserRolesDocument,
    "mutation RoleMutRemoveUserRoles($id: ID!, $r: [ID!]!) { removeUserRoles(id: $id, roleIds: $r) { userErrors { code } } }": types.RoleMutRemoveUserRolesDocument,
    "\n    mutation AssignRoleUsers($roleId: ID!, $userIds: [ID!]!) {\n      assignRoleUsers(roleId: $roleId, userIds: $userIds) {\n        role {\n          id\n          name\n          users(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n        userIds\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.AssignRoleUsersDocument,
    "\n          query RolesRoles($after: String) {\n            roles(first: 3, after: $after) {\n              totalCount\n              edges {\n                cursor\n                node {\n                  id\n                  name\n                  description\n                }\n              }\n              pageInfo {\n                hasNextPage\n                hasPreviousPage\n                endCursor\n              }\n            }\n          }\n        ": types.RolesRolesDocument,
    "query RolesRoles2 { roles(first: 2) { nodes { id } } }": types.RolesRoles2Document,
    "query RolesRoles3 { roles { totalCount } }": types.RolesRoles3Document,
    "query RolesRoles4 { roles(first: 2) { totalCount nodes { id } } }": types.RolesRoles4Document,
    "query RolesRole($id: ID!) { role(id: $id) { id name description } }": types.RolesRoleDocument,
    "query RolesRole2($id: ID!) { role(id: $id) { id name } }": types.RolesRole2Document,
    "query RolesUserRoles($id: ID!) { user(id: $id) { id roles { totalCount nodes { id name description } } } }": types.RolesUserRolesDocument,
    "\n          query RolesUserRoles2($id: ID!, $after: String) {\n            user(id: $id) {\n              roles(first: 1, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": types.RolesUserRoles2Document,
    "query RolesUserRoles3($id: ID!) { user(id: $id) { roles { totalCount nodes { id } } } }": types.RolesUserRoles3Document,
    "query RolesRoleUsers($id: ID!) { role(id: $id) { users(first: 100) { totalCount nodes { id email name picture } } } }": types.RolesRoleUsersDocument,
    "query RolesRoleUsers2($id: ID!) { role(id: $id) { users(first: 3) { nodes { id email lastLogin } } } }": types.RolesRoleUsers2Document,
    "query RolesRoleUsers3($id: ID!) { role(id: $id) { users { nodes { id loginsCount } } } }": types.RolesRoleUsers3Document,
    "\n          query RolesRoleUsers4($id: ID!, $after: String) {\n            role(id: $id) {\n              users(first: 2, after: $after) {\n                edges {\n                  cursor\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": types.RolesRoleUsers4Document,
    "query RolesUserRoles4($id: ID!) { user(id: $id) { id email roles { nodes { id } } } }": types.RolesUserRoles4Document,
    "query RolesUser($id: ID!, $role: ID!) { user(id: $id) { id } role(id: $role) { id } }": types.RolesUserDocument,
    "query RolesRoleUsers5($id: ID!) { role(id: $id) { id name users { nodes { id } } } }": types.RolesRoleUsers5Document,
    "\n  mutation SessMutRevokeUserSessions($id: ID!) {\n    revokeUserSessions(id: $id) {\n      user {\n        id\n        sessions(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SessMutRevokeUserSessionsDocument,
    "mutation SessMutInvalidateUserRememberBrowser($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { sessions(first: 100) { nodes { id } } } }\n        revokeUserSessions(id: $id) { user { sessions(first: 100) { nodes { id } } } userErrors { code } }\n      }": types.SessMutInvalidateUserRememberBrowserDocument,
    "\n    mutation DeleteSession($id: ID!) {\n      deleteSession(id: $id) {\n        deletedSessionId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.DeleteSessionDocument,
    "\n    mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n      updateSession(id: $id, input: $input) {\n        session {\n          id\n          sessionMetadata\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.UpdateSessionDocument,
    "fragment SessSessionFields on Session {\n  id userId createdAt updatedAt authenticatedAt idleExpiresAt expiresAt lastInteractedAt\n  device { initialUserAgent initialIp initialAsn lastUserAgent lastIp lastAsn }\n  clients { clientId }\n  authentication { methods { name timestamp type } }\n  cookie { mode }\n  sessionMetadata\n  actor { sub }\n}": types.SessSessionFieldsFragmentDoc,
    "query SessUserSessionList($id: ID!) {\n          user(id: $id) { id sessions(first: 100) { nodes { ...SessSessionFields } pageInfo { hasNextPage hasPreviousPage } } }\n        }": types.SessUserSessionListDocument,
    "query SessUserSessions($id: ID!) { user(id: $id) { sessions { nodes { id } pageInfo { hasNextPage endCursor } } } }": types.SessUserSessionsDocument,
    "\n          query SessUserSessions2($id: ID!, $after: String) {\n            user(id: $id) {\n              sessions(first: 1, after: $after) {\n                edges {\n                  cursor\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": types.SessUserSessions2Document,
    "query SessUsersByIdsSessions($ids: [ID!]!) { usersByIds(ids: $ids) { id sessions { nodes { id user { id email } } } } }": types.SessUsersByIdsSessionsDocument,
    "query SessUserSessions3($id: ID!) { user(id: $id) { id email sessions { nodes { id } } } }": types.SessUserSessions3Document,
    "query SessUserSessions4($id: ID!) { user(id: $id) { id sessions { nodes { id } } } }": types.SessUserSessions4Document,
    "query SessSessionWithUser($id: ID!) { session(id: $id) { ...SessSessionFields user { id } } }": types.SessSessionWithUserDocument,
    "query SessSession { session(id: \"no-such-session\") { id } }": types.SessSessionDocument,
    "query SessSession2($id: ID!) { session(id: $id) { id } }": types.SessSession2Document,
    "\n  mutation BlockMutUnblockUser($id: ID!) {\n    unblockUser(id: $id) {\n      user {\n        id\n        blocked\n        blockedFor {\n          identifier\n          ip\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.BlockMutUnblockUserDocument,
    "\n  mutation BlockMutUnblockUserByIdentifier($identifier: String!) {\n    unblockUserByIdentifier(identifier: $identifier) {\n      identifier\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.BlockMutUnblockUserByIdentifierDocument,
    "query BlockMutUserBlockedFor($id: ID!) { user(id: $id) { blocked blockedFor { identifier ip } } }": types.BlockMutUserBlockedForDocument,
    "mutation BlockMutInvalidateUserRememberBrowser($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { blockedFor { identifier } } }\n        unblockUser(id: $id) { user { blockedFor { identifier } } userErrors { code } }\n      }": types.BlockMutInvalidateUserRememberBrowserDocument,
    "query BlocksUserBlockedFor($id: ID!) { user(id: $id) { id blocked blockedFor { identifier ip connection } } }": types.BlocksUserBlockedForDocument,
    "query BlocksMeBlockedFor { me { id blockedFor { identifier } } }": types.BlocksMeBlockedForDocument,
    "query BlocksUserBlockedFor2($id: ID!) { user(id: $id) { id blockedFor { identifier } } }": types.BlocksUserBlockedFor2Document,
    "fragment UserMutUserFields on User {\n  id email emailVerified username phoneNumber name nickname givenName familyName picture blocked\n  userMetadata appMetadata createdAt updatedAt identities { provider connection userId }\n}": types.UserMutUserFieldsFragmentDoc,
    "mutation UserMutCreateUser($input: CreateUserInput!) {\n  createUser(input: $input) { user { ...UserMutUserFields } userErrors { field message code } }\n}": types.UserMutCreateUserDocument,
    "mutation UserMutUpdateUserFields($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) { user { ...UserMutUserFields } userErrors { field message code } }\n}": types.UserMutUpdateUserFieldsDocument,
    "mutation UserMutDeleteUser($id: ID!) { deleteUser(id: $id) { deletedUserId userErrors { field message code } } }": types.UserMutDeleteUserDocument,
    "\n  mutation UserMutUpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        id\n        userMetadata\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UserMutUpdateMeDocument,
    "query UserMutUserRead($id: ID!) { user(id: $id) { ...UserMutUserFields } }": types.UserMutUserReadDocument,
    "\n        mutation UserMutUpdateUser($id: ID!) {\n          updateUser(id: $id, input: {familyName: null}) {\n            user {\n              givenName\n              familyName\n              nickname\n            }\n            userErrors {\n              code\n            }\n          }\n        }\n      ": types.UserMutUpdateUserDocument,
    "mutation UserMutUpdateUser2($id: ID!, $other: ID!) {\n        first: updateUser(id: $id, input: { userMetadata: { step: 1 } }) { user { userMetadata roles { totalCount } } }\n        second: updateUser(id: $id, input: { appMetadata: { plan: \"gold\" } }) { user { userMetadata appMetadata } }\n        gone: deleteUser(id: $other) { deletedUserId userErrors { code } }\n        again: deleteUser(id: $other) { deletedUserId userErrors { code } }\n        last: deleteUser(id: $id) { deletedUserId userErrors { code } }\n      }": types.UserMutUpdateUser2Document,
    "query UserMutUser($id: ID!) { user(id: $id) { id } }": types.UserMutUserDocument,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      emailVerified\n      username\n      phoneNumber\n      phoneVerified\n      name\n      nickname\n      givenName\n      familyName\n      picture\n      createdAt\n      updatedAt\n      lastLogin\n      lastIp\n      lastPasswordReset\n      loginsCount\n      blocked\n      multifactor\n      appMetadata\n      userMetadata\n      identities { connection provider userId isSocial profileData }\n    }\n  }\n": types.UserProfileDocument,
    "query UsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id email } }": types.UsersByIdsDocument,
    "query TooManyIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }": types.TooManyIdsDocument,
    "query ByEmail($email: String!) { usersByEmail(email: $email) { id email } }": types.ByEmailDocument,
    "query NobodysEmail($email: String!) { usersByEmail(email: $email) { id } }": types.NobodysEmailDocument,
    "query Me { me { id email } }": types.MeDocument,
    "query MachineMe { me { id } }": types.MachineMeDocument,
    "\n  query UsersPage($query: String, $sort: UserSort, $first: Int, $after: String) {\n    users(query: $query, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id email } }\n      nodes { id }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.UsersPageDocument,
    "query NoTotal($first: Int) { users(first: $first) { nodes { id } pageInfo { hasNextPage } } }": types.NoTotalDocument,
    "\n  query SessionsAndTokensOfUser($id: ID!) {\n    user(id: $id) {\n      sessions(first: 100) {\n        nodes {\n          id\n        }\n      }\n      refreshTokens(first: 100) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.SessionsAndTokensOfUserDocument,
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
export function graphql(source: "mutation AccessRevokeSession($id: ID!) { revokeSession(id: $id) { revokedSessionId userErrors { field code message } } }"): (typeof documents)["mutation AccessRevokeSession($id: ID!) { revokeSession(id: $id) { revokedSessionId userErrors { field code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessRevokeRefreshToken($id: ID!) {\n      revokeRefreshToken(id: $id) {\n        revokedRefreshTokenId\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AccessRevokeRefreshToken($id: ID!) {\n      revokeRefreshToken(id: $id) {\n        revokedRefreshTokenId\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessRevokeUserAccess($input: RevokeUserAccessInput!) {\n      revokeUserAccess(input: $input) {\n        user {\n          id\n          email\n          sessions {\n            nodes {\n              id\n            }\n          }\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AccessRevokeUserAccess($input: RevokeUserAccessInput!) {\n      revokeUserAccess(input: $input) {\n        user {\n          id\n          email\n          sessions {\n            nodes {\n              id\n            }\n          }\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessDeleteUserAuthenticationMethods($userId: ID!) {\n      deleteUserAuthenticationMethods(userId: $userId) {\n        user {\n          id\n          authenticationMethods {\n            totalCount\n          }\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AccessDeleteUserAuthenticationMethods($userId: ID!) {\n      deleteUserAuthenticationMethods(userId: $userId) {\n        user {\n          id\n          authenticationMethods {\n            totalCount\n          }\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessClearUserRiskAssessments($input: ClearUserRiskAssessmentsInput!) {\n      clearUserRiskAssessments(input: $input) {\n        user {\n          id\n          email\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AccessClearUserRiskAssessments($input: ClearUserRiskAssessmentsInput!) {\n      clearUserRiskAssessments(input: $input) {\n        user {\n          id\n          email\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessDeleteUserFederatedConnectionTokenSet($userId: ID!, $id: ID!) {\n      deleteUserFederatedConnectionTokenSet(userId: $userId, id: $id) {\n        deletedTokenSetId\n        user {\n          id\n          federatedConnectionTokenSets {\n            id\n          }\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AccessDeleteUserFederatedConnectionTokenSet($userId: ID!, $id: ID!) {\n      deleteUserFederatedConnectionTokenSet(userId: $userId, id: $id) {\n        deletedTokenSetId\n        user {\n          id\n          federatedConnectionTokenSets {\n            id\n          }\n        }\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessAddOrganizationMembers($org: ID!, $ids: [ID!]!) {\n      addOrganizationMembers(organizationId: $org, userIds: $ids) {\n        organizationId\n        userIds\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AccessAddOrganizationMembers($org: ID!, $ids: [ID!]!) {\n      addOrganizationMembers(organizationId: $org, userIds: $ids) {\n        organizationId\n        userIds\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessRemoveOrganizationMembers($org: ID!, $ids: [ID!]!) {\n      removeOrganizationMembers(organizationId: $org, userIds: $ids) {\n        organizationId\n        userIds\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AccessRemoveOrganizationMembers($org: ID!, $ids: [ID!]!) {\n      removeOrganizationMembers(organizationId: $org, userIds: $ids) {\n        organizationId\n        userIds\n        userErrors {\n          field\n          code\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccessAssignOrganizationMemberRoles($org: ID!, $id: ID!, $roles: [ID!]!) {\n        assignOrganizationMemberRoles(\n          organizationId: $org\n          userId: $id\n          roleIds: $roles\n        ) {\n          organizationId\n          user {\n            id\n            organizationRoles(organizationId: $org) {\n              nodes {\n                id\n              }\n            }\n          }\n          userErrors {\n            field\n            code\n            message\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation AccessAssignOrganizationMemberRoles($org: ID!, $id: ID!, $roles: [ID!]!) {\n        assignOrganizationMemberRoles(\n          organizationId: $org\n          userId: $id\n          roleIds: $roles\n        ) {\n          organizationId\n          user {\n            id\n            organizationRoles(organizationId: $org) {\n              nodes {\n                id\n              }\n            }\n          }\n          userErrors {\n            field\n            code\n            message\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccessRemoveOrganizationMemberRoles($org: ID!, $id: ID!, $roles: [ID!]!) {\n        removeOrganizationMemberRoles(\n          organizationId: $org\n          userId: $id\n          roleIds: $roles\n        ) {\n          organizationId\n          user {\n            id\n            organizationRoles(organizationId: $org) {\n              nodes {\n                id\n              }\n            }\n          }\n          userErrors {\n            field\n            code\n            message\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation AccessRemoveOrganizationMemberRoles($org: ID!, $id: ID!, $roles: [ID!]!) {\n        removeOrganizationMemberRoles(\n          organizationId: $org\n          userId: $id\n          roleIds: $roles\n        ) {\n          organizationId\n          user {\n            id\n            organizationRoles(organizationId: $org) {\n              nodes {\n                id\n              }\n            }\n          }\n          userErrors {\n            field\n            code\n            message\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmContactsUpdateUserAuthenticationMethodAuthenticationMethod($id: ID!, $methodId: ID!) {\n  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: { name: \"Renamed\" }) {\n    authenticationMethod { id name phoneNumber email }\n    userErrors { code }\n  }\n}"): (typeof documents)["mutation AmContactsUpdateUserAuthenticationMethodAuthenticationMethod($id: ID!, $methodId: ID!) {\n  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: { name: \"Renamed\" }) {\n    authenticationMethod { id name phoneNumber email }\n    userErrors { code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmContactsCreateUserAuthenticationMethodAuthenticationMethod($id: ID!) {\n  createUserAuthenticationMethod(id: $id, input: { type: PHONE, phoneNumber: \"+14155550177\" }) {\n    authenticationMethod { id phoneNumber email }\n    userErrors { code }\n  }\n}"): (typeof documents)["mutation AmContactsCreateUserAuthenticationMethodAuthenticationMethod($id: ID!) {\n  createUserAuthenticationMethod(id: $id, input: { type: PHONE, phoneNumber: \"+14155550177\" }) {\n    authenticationMethod { id phoneNumber email }\n    userErrors { code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AmMutMethod on AuthenticationMethod {\n  id type name confirmed phoneNumber preferredAuthenticationMethod email keyId publicKey relyingPartyIdentifier aaguid\n  credentialDeviceType credentialBackedUp identityUserId userAgent userHandle transports createdAt\n}"): (typeof documents)["fragment AmMutMethod on AuthenticationMethod {\n  id type name confirmed phoneNumber preferredAuthenticationMethod email keyId publicKey relyingPartyIdentifier aaguid\n  credentialDeviceType credentialBackedUp identityUserId userAgent userHandle transports createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AmMutUser on User { id authenticationMethods(first: 100) { totalCount nodes { id type name } } }"): (typeof documents)["fragment AmMutUser on User { id authenticationMethods(first: 100) { totalCount nodes { id type name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmMutCreate($id: ID!, $input: CreateUserAuthenticationMethodInput!) {\n  createUserAuthenticationMethod(id: $id, input: $input) {\n    authenticationMethod { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }\n  }\n}"): (typeof documents)["mutation AmMutCreate($id: ID!, $input: CreateUserAuthenticationMethodInput!) {\n  createUserAuthenticationMethod(id: $id, input: $input) {\n    authenticationMethod { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmMutUpdate($id: ID!, $methodId: ID!, $input: UpdateUserAuthenticationMethodInput!) {\n  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: $input) {\n    authenticationMethod { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }\n  }\n}"): (typeof documents)["mutation AmMutUpdate($id: ID!, $methodId: ID!, $input: UpdateUserAuthenticationMethodInput!) {\n  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: $input) {\n    authenticationMethod { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmMutDelete($id: ID!, $methodId: ID!) {\n  deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {\n    deletedAuthenticationMethodId user { ...AmMutUser } userErrors { field message code }\n  }\n}"): (typeof documents)["mutation AmMutDelete($id: ID!, $methodId: ID!) {\n  deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {\n    deletedAuthenticationMethodId user { ...AmMutUser } userErrors { field message code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmMutReplace($id: ID!, $methods: [ReplaceUserAuthenticationMethodInput!]!) {\n  replaceUserAuthenticationMethods(id: $id, methods: $methods) {\n    authenticationMethods { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }\n  }\n}"): (typeof documents)["mutation AmMutReplace($id: ID!, $methods: [ReplaceUserAuthenticationMethodInput!]!) {\n  replaceUserAuthenticationMethods(id: $id, methods: $methods) {\n    authenticationMethods { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AmMutRead($id: ID!) { user(id: $id) { ...AmMutUser } }"): (typeof documents)["query AmMutRead($id: ID!) { user(id: $id) { ...AmMutUser } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmMutDeleteAfterRead($id: ID!, $methodId: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { ...AmMutUser } }\n        deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {\n          deletedAuthenticationMethodId user { ...AmMutUser } userErrors { field message code }\n        }\n      }"): (typeof documents)["mutation AmMutDeleteAfterRead($id: ID!, $methodId: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { ...AmMutUser } }\n        deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {\n          deletedAuthenticationMethodId user { ...AmMutUser } userErrors { field message code }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmMutReplaceAfterRead($id: ID!, $methods: [ReplaceUserAuthenticationMethodInput!]!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { ...AmMutUser } }\n        replaceUserAuthenticationMethods(id: $id, methods: $methods) {\n          authenticationMethods { id type name phoneNumber email } user { ...AmMutUser } userErrors { field message code }\n        }\n      }"): (typeof documents)["mutation AmMutReplaceAfterRead($id: ID!, $methods: [ReplaceUserAuthenticationMethodInput!]!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { ...AmMutUser } }\n        replaceUserAuthenticationMethods(id: $id, methods: $methods) {\n          authenticationMethods { id type name phoneNumber email } user { ...AmMutUser } userErrors { field message code }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AmMethodFields on AuthenticationMethod {\n  id type confirmed name authenticationMethods { id type } preferredAuthenticationMethod linkId\n  phoneNumber email keyId publicKey createdAt enrolledAt lastAuthAt\n  credentialDeviceType credentialBackedUp identityUserId userAgent userHandle transports aaguid relyingPartyIdentifier\n}"): (typeof documents)["fragment AmMethodFields on AuthenticationMethod {\n  id type confirmed name authenticationMethods { id type } preferredAuthenticationMethod linkId\n  phoneNumber email keyId publicKey createdAt enrolledAt lastAuthAt\n  credentialDeviceType credentialBackedUp identityUserId userAgent userHandle transports aaguid relyingPartyIdentifier\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AmUserAuthenticationMethodList($id: ID!) {\n  user(id: $id) { authenticationMethods(first: 100) { totalCount nodes { ...AmMethodFields } pageInfo { hasNextPage } } }\n}"): (typeof documents)["query AmUserAuthenticationMethodList($id: ID!) {\n  user(id: $id) { authenticationMethods(first: 100) { totalCount nodes { ...AmMethodFields } pageInfo { hasNextPage } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AmUserAuthenticationMethods($id: ID!, $after: String) {\n            user(id: $id) {\n              authenticationMethods(first: 1, after: $after) {\n                totalCount\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AmUserAuthenticationMethods($id: ID!, $after: String) {\n            user(id: $id) {\n              authenticationMethods(first: 1, after: $after) {\n                totalCount\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AmTypeFields { __type(name: \"AuthenticationMethod\") { fields { name } } }"): (typeof documents)["query AmTypeFields { __type(name: \"AuthenticationMethod\") { fields { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AmUserAuthenticationMethods2($id: ID!) { user(id: $id) { id authenticationMethods { nodes { id } } } }"): (typeof documents)["query AmUserAuthenticationMethods2($id: ID!) { user(id: $id) { id authenticationMethods { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveUserEffectiveRoles($id: ID!) {\n          user(id: $id) {\n            effectiveRoles(first: 100) {\n              nodes {\n                id\n                name\n                sources\n                sourceGroups {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveUserEffectiveRoles($id: ID!) {\n          user(id: $id) {\n            effectiveRoles(first: 100) {\n              nodes {\n                id\n                name\n                sources\n                sourceGroups {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveForbiddenEffectiveRoles($id: ID!) { user(id: $id) { id effectiveRoles { nodes { id } } } }"): (typeof documents)["query EffectiveForbiddenEffectiveRoles($id: ID!) { user(id: $id) { id effectiveRoles { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveUserEffectiveRoles2($id: ID!) { user(id: $id) { effectiveRoles(first: 1) { nodes { id sourceGroups { id } } } } }"): (typeof documents)["query EffectiveUserEffectiveRoles2($id: ID!) { user(id: $id) { effectiveRoles(first: 1) { nodes { id sourceGroups { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveUserEffectiveRoles3 { user(id: \"auth0|000000000000000000000000\") { effectiveRoles { nodes { id } } } }"): (typeof documents)["query EffectiveUserEffectiveRoles3 { user(id: \"auth0|000000000000000000000000\") { effectiveRoles { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveUsers { users(first: 50) { nodes { id effectiveRoles { nodes { name } } } } }"): (typeof documents)["query EffectiveUsers { users(first: 50) { nodes { id effectiveRoles { nodes { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveUserEffectivePermissions($id: ID!, $api: String!) {\n          user(id: $id) {\n            effectivePermissions(resourceServerIdentifier: $api, first: 100) {\n              nodes {\n                resourceServerIdentifier\n                resourceServerName\n                permissionName\n                sources\n                sourceRoles(first: 100) {\n                  nodes {\n                    id\n                    sources\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveUserEffectivePermissions($id: ID!, $api: String!) {\n          user(id: $id) {\n            effectivePermissions(resourceServerIdentifier: $api, first: 100) {\n              nodes {\n                resourceServerIdentifier\n                resourceServerName\n                permissionName\n                sources\n                sourceRoles(first: 100) {\n                  nodes {\n                    id\n                    sources\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveUserEffectivePermissions2($id: ID!) {\n          user(id: $id) {\n            effectivePermissions(resourceServerIdentifier: \"https://nothing.example/\") {\n              nodes {\n                permissionName\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveUserEffectivePermissions2($id: ID!) {\n          user(id: $id) {\n            effectivePermissions(resourceServerIdentifier: \"https://nothing.example/\") {\n              nodes {\n                permissionName\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveUserEffectivePermissions3($id: ID!) {\n          user(id: $id) {\n            effectivePermissions(resourceServerIdentifier: \" \") {\n              nodes {\n                permissionName\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveUserEffectivePermissions3($id: ID!) {\n          user(id: $id) {\n            effectivePermissions(resourceServerIdentifier: \" \") {\n              nodes {\n                permissionName\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveForbiddenEffectivePermissions($id: ID!, $api: String!) {\n        user(id: $id) { id effectivePermissions(resourceServerIdentifier: $api) { nodes { permissionName } } }\n      }"): (typeof documents)["query EffectiveForbiddenEffectivePermissions($id: ID!, $api: String!) {\n        user(id: $id) { id effectivePermissions(resourceServerIdentifier: $api) { nodes { permissionName } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveUserEffectivePermissionSourceRoles($id: ID!, $api: String!) {\n        user(id: $id) { effectivePermissions(resourceServerIdentifier: $api, first: 1) { nodes { sourceRoles { nodes { id } } } } }\n      }"): (typeof documents)["query EffectiveUserEffectivePermissionSourceRoles($id: ID!, $api: String!) {\n        user(id: $id) { effectivePermissions(resourceServerIdentifier: $api, first: 1) { nodes { sourceRoles { nodes { id } } } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveUserGroups($id: ID!) { user(id: $id) { groups(first: 10) { totalCount nodes { id name membershipCreatedAt } } } }"): (typeof documents)["query EffectiveUserGroups($id: ID!) { user(id: $id) { groups(first: 10) { totalCount nodes { id name membershipCreatedAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveForbiddenGroups($id: ID!) { user(id: $id) { id groups { nodes { id } } } }"): (typeof documents)["query EffectiveForbiddenGroups($id: ID!) { user(id: $id) { id groups { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveUserGroups2($id: ID!) { user(id: $id) { groups { totalCount nodes { id } } } }"): (typeof documents)["query EffectiveUserGroups2($id: ID!) { user(id: $id) { groups { totalCount nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveUserConnectedAccounts($id: ID!) {\n          user(id: $id) {\n            connectedAccounts {\n              nodes {\n                id\n                connection\n                strategy\n                accessType\n                scopes\n                createdAt\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveUserConnectedAccounts($id: ID!) {\n          user(id: $id) {\n            connectedAccounts {\n              nodes {\n                id\n                connection\n                strategy\n                accessType\n                scopes\n                createdAt\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveMeConnectedAccounts { me { id connectedAccounts { nodes { id } } } }"): (typeof documents)["query EffectiveMeConnectedAccounts { me { id connectedAccounts { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveUserFederatedConnectionTokenSets($id: ID!) {\n          user(id: $id) {\n            federatedConnectionTokenSets {\n              id\n              connection\n              scope\n              issuedAt\n              expiresAt\n              lastUsedAt\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveUserFederatedConnectionTokenSets($id: ID!) {\n          user(id: $id) {\n            federatedConnectionTokenSets {\n              id\n              connection\n              scope\n              issuedAt\n              expiresAt\n              lastUsedAt\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveTypeFields { __type(name: \"FederatedConnectionTokenSet\") { fields { name } } }"): (typeof documents)["query EffectiveTypeFields { __type(name: \"FederatedConnectionTokenSet\") { fields { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveForbiddenFederatedConnectionTokenSets($id: ID!) { user(id: $id) { id federatedConnectionTokenSets { id } } }"): (typeof documents)["query EffectiveForbiddenFederatedConnectionTokenSets($id: ID!) { user(id: $id) { id federatedConnectionTokenSets { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveUserOrganizationRoles($id: ID!, $org: ID!) {\n          user(id: $id) {\n            organizationRoles(organizationId: $org) {\n              totalCount\n              nodes {\n                id\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveUserOrganizationRoles($id: ID!, $org: ID!) {\n          user(id: $id) {\n            organizationRoles(organizationId: $org) {\n              totalCount\n              nodes {\n                id\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveUserOrganizationRoles2($id: ID!, $org: ID!) {\n          user(id: $id) {\n            id\n            organizationRoles(organizationId: $org) {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveUserOrganizationRoles2($id: ID!, $org: ID!) {\n          user(id: $id) {\n            id\n            organizationRoles(organizationId: $org) {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveForbiddenOrganizationRoles($id: ID!, $org: ID!) {\n        user(id: $id) { id organizationRoles(organizationId: $org) { nodes { id } } }\n      }"): (typeof documents)["query EffectiveForbiddenOrganizationRoles($id: ID!, $org: ID!) {\n        user(id: $id) { id organizationRoles(organizationId: $org) { nodes { id } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveUserAuthenticationMethod($id: ID!, $m: ID!) { user(id: $id) { authenticationMethod(id: $m) { id type } } }"): (typeof documents)["query EffectiveUserAuthenticationMethod($id: ID!, $m: ID!) { user(id: $id) { authenticationMethod(id: $m) { id type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveUserAuthenticationMethod2($id: ID!) {\n          user(id: $id) {\n            authenticationMethod(id: \"email|dev_doesNotExist\") {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveUserAuthenticationMethod2($id: ID!) {\n          user(id: $id) {\n            authenticationMethod(id: \"email|dev_doesNotExist\") {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveForbiddenAuthenticationMethod($id: ID!, $m: ID!) { user(id: $id) { id authenticationMethod(id: $m) { id } } }"): (typeof documents)["query EffectiveForbiddenAuthenticationMethod($id: ID!, $m: ID!) { user(id: $id) { id authenticationMethod(id: $m) { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveOrganizationMembers($org: ID!) {\n          organization(id: $org) {\n            members(first: 2) {\n              nodes {\n                id\n                email\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveOrganizationMembers($org: ID!) {\n          organization(id: $org) {\n            members(first: 2) {\n              nodes {\n                id\n                email\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveOrganizationMembers2($org: ID!, $after: String) {\n          organization(id: $org) {\n            members(first: 100, after: $after) {\n              nodes {\n                id\n                lastLogin\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveOrganizationMembers2($org: ID!, $after: String) {\n          organization(id: $org) {\n            members(first: 100, after: $after) {\n              nodes {\n                id\n                lastLogin\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveOrganizationMembers3($org: ID!) {\n          organization(id: $org) {\n            members(first: 1) {\n              nodes {\n                id\n                email\n                name\n                picture\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveOrganizationMembers3($org: ID!) {\n          organization(id: $org) {\n            members(first: 1) {\n              nodes {\n                id\n                email\n                name\n                picture\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveOrganizationMembers4($org: ID!) { organization(id: $org) { members(first: 1) { nodes { id lastLogin } } } }"): (typeof documents)["query EffectiveOrganizationMembers4($org: ID!) { organization(id: $org) { members(first: 1) { nodes { id lastLogin } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveOrganizationMembers5($org: ID!) { organization(id: $org) { id members { nodes { id } } } }"): (typeof documents)["query EffectiveOrganizationMembers5($org: ID!) { organization(id: $org) { id members { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveOrganizationMembers6 { organization(id: \"org_doesNotExist0000\") { members { nodes { id } } } }"): (typeof documents)["query EffectiveOrganizationMembers6 { organization(id: \"org_doesNotExist0000\") { members { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveUserBlocksByIdentifier($i: String!) { userBlocksByIdentifier(identifier: $i) { identifier ip connection } }"): (typeof documents)["query EffectiveUserBlocksByIdentifier($i: String!) { userBlocksByIdentifier(identifier: $i) { identifier ip connection } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveUserBlocksByIdentifier2 {\n          userBlocksByIdentifier(\n            identifier: \"nobody@nowhere.example\"\n            considerBruteForceEnablement: true\n          ) {\n            identifier\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveUserBlocksByIdentifier2 {\n          userBlocksByIdentifier(\n            identifier: \"nobody@nowhere.example\"\n            considerBruteForceEnablement: true\n          ) {\n            identifier\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveUserBlocksByIdentifier3($i: String!) { userBlocksByIdentifier(identifier: $i) { identifier } }"): (typeof documents)["query EffectiveUserBlocksByIdentifier3($i: String!) { userBlocksByIdentifier(identifier: $i) { identifier } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectiveUserLogs($id: ID!) {\n          user(id: $id) {\n            asc: logs(sort: {field: DATE, direction: ASC}) {\n              nodes {\n                date\n              }\n            }\n            desc: logs {\n              nodes {\n                date\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EffectiveUserLogs($id: ID!) {\n          user(id: $id) {\n            asc: logs(sort: {field: DATE, direction: ASC}) {\n              nodes {\n                date\n              }\n            }\n            desc: logs {\n              nodes {\n                date\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveRoles { roles(nameFilter: \"billing\") { totalCount nodes { name } } }"): (typeof documents)["query EffectiveRoles { roles(nameFilter: \"billing\") { totalCount nodes { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveUserAuthenticationMethod3($id: ID!, $org: ID!, $m: ID!, $api: String!) { user(id: $id) {\n        email\n        authenticationMethod(id: $m) { id }\n        effectiveRoles(first: 2) { nodes { id sourceGroups { id } } }\n        effectivePermissions(resourceServerIdentifier: $api, first: 2) { nodes { permissionName sourceRoles(first: 5) { nodes { id } } } }\n        groups(first: 5) { totalCount nodes { id } }\n        connectedAccounts(first: 5) { nodes { id } }\n        federatedConnectionTokenSets { id }\n        organizationRoles(organizationId: $org, first: 5) { nodes { id } }\n      } }"): (typeof documents)["query EffectiveUserAuthenticationMethod3($id: ID!, $org: ID!, $m: ID!, $api: String!) { user(id: $id) {\n        email\n        authenticationMethod(id: $m) { id }\n        effectiveRoles(first: 2) { nodes { id sourceGroups { id } } }\n        effectivePermissions(resourceServerIdentifier: $api, first: 2) { nodes { permissionName sourceRoles(first: 5) { nodes { id } } } }\n        groups(first: 5) { totalCount nodes { id } }\n        connectedAccounts(first: 5) { nodes { id } }\n        federatedConnectionTokenSets { id }\n        organizationRoles(organizationId: $org, first: 5) { nodes { id } }\n      } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EnrollEnrollmentFields on Enrollment { id status type name identifier phoneNumber authMethod enrolledAt lastAuth }"): (typeof documents)["fragment EnrollEnrollmentFields on Enrollment { id status type name identifier phoneNumber authMethod enrolledAt lastAuth }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnrollUserEnrollmentList($id: ID!) { user(id: $id) { enrollments { ...EnrollEnrollmentFields } } }"): (typeof documents)["query EnrollUserEnrollmentList($id: ID!) { user(id: $id) { enrollments { ...EnrollEnrollmentFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnrollUserEnrollments($id: ID!) { user(id: $id) { enrollments { id } } }"): (typeof documents)["query EnrollUserEnrollments($id: ID!) { user(id: $id) { enrollments { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnrollMeEnrollmentList { me { id enrollments { ...EnrollEnrollmentFields } } }"): (typeof documents)["query EnrollMeEnrollmentList { me { id enrollments { ...EnrollEnrollmentFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnrollUserEnrollments2($id: ID!) { user(id: $id) { id enrollments { id } } }"): (typeof documents)["query EnrollUserEnrollments2($id: ID!) { user(id: $id) { id enrollments { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IdMutIdentityFields on Identity { provider connection userId isSocial }"): (typeof documents)["fragment IdMutIdentityFields on Identity { provider connection userId isSocial }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdMutLinkUserIdentity($id: ID!, $input: LinkUserIdentityInput!) {\n  linkUserIdentity(id: $id, input: $input) {\n    user { id identities { ...IdMutIdentityFields } } identities { ...IdMutIdentityFields } userErrors { field message code }\n  }\n}"): (typeof documents)["mutation IdMutLinkUserIdentity($id: ID!, $input: LinkUserIdentityInput!) {\n  linkUserIdentity(id: $id, input: $input) {\n    user { id identities { ...IdMutIdentityFields } } identities { ...IdMutIdentityFields } userErrors { field message code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdMutUnlinkUserIdentity($id: ID!, $provider: String!, $userId: String!) {\n  unlinkUserIdentity(id: $id, provider: $provider, userId: $userId) {\n    user { id identities { ...IdMutIdentityFields } } identities { ...IdMutIdentityFields } userErrors { field message code }\n  }\n}"): (typeof documents)["mutation IdMutUnlinkUserIdentity($id: ID!, $provider: String!, $userId: String!) {\n  unlinkUserIdentity(id: $id, provider: $provider, userId: $userId) {\n    user { id identities { ...IdMutIdentityFields } } identities { ...IdMutIdentityFields } userErrors { field message code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdMutUser($id: ID!) { user(id: $id) { id } }"): (typeof documents)["query IdMutUser($id: ID!) { user(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdMutUserIdentities($id: ID!) { user(id: $id) { id identities { ...IdMutIdentityFields } } }"): (typeof documents)["query IdMutUserIdentities($id: ID!) { user(id: $id) { id identities { ...IdMutIdentityFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdMutUpdateUser($id: ID!, $input: LinkUserIdentityInput!, $provider: String!, $userId: String!) {\n        before: updateUser(id: $id, input: { userMetadata: { linked: false } }) { user { identities { userId } } }\n        link: linkUserIdentity(id: $id, input: $input) { user { userMetadata identities { userId } } }\n        meta: updateUser(id: $id, input: { userMetadata: { linked: true } }) { user { identities { userId } } }\n        unlink: unlinkUserIdentity(id: $id, provider: $provider, userId: $userId) { user { userMetadata identities { userId } } }\n      }"): (typeof documents)["mutation IdMutUpdateUser($id: ID!, $input: LinkUserIdentityInput!, $provider: String!, $userId: String!) {\n        before: updateUser(id: $id, input: { userMetadata: { linked: false } }) { user { identities { userId } } }\n        link: linkUserIdentity(id: $id, input: $input) { user { userMetadata identities { userId } } }\n        meta: updateUser(id: $id, input: { userMetadata: { linked: true } }) { user { identities { userId } } }\n        unlink: unlinkUserIdentity(id: $id, provider: $provider, userId: $userId) { user { userMetadata identities { userId } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdMutLinkOwnUserIdentity($id: ID!, $input: LinkUserIdentityInput!) {\n        linkUserIdentity(id: $id, input: $input) { identities { ...IdMutIdentityFields } userErrors { code } }\n      }"): (typeof documents)["mutation IdMutLinkOwnUserIdentity($id: ID!, $input: LinkUserIdentityInput!) {\n        linkUserIdentity(id: $id, input: $input) { identities { ...IdMutIdentityFields } userErrors { code } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUploadUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      job {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUploadUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      job {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobsJob($id: ID!) { job(id: $id) { __typename id status percentageDone timeLeftSeconds connectionId\n  ... on UsersExportJob { format limit fields { name exportAs } location }\n  ... on UsersImportJob { summary { inserted updated failed total } } } }"): (typeof documents)["query JobsJob($id: ID!) { job(id: $id) { __typename id status percentageDone timeLeftSeconds connectionId\n  ... on UsersExportJob { format limit fields { name exportAs } location }\n  ... on UsersImportJob { summary { inserted updated failed total } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsExportUsersJob($input: ExportUsersInput!) {\n    exportUsers(input: $input) {\n      job {\n        id\n        status\n        format\n        limit\n        fields {\n          name\n          exportAs\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobsExportUsersJob($input: ExportUsersInput!) {\n    exportUsers(input: $input) {\n      job {\n        id\n        status\n        format\n        limit\n        fields {\n          name\n          exportAs\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query JobsJob2($id: ID!, $first: Int, $after: String) {\n      job(id: $id) {\n        __typename\n        ... on UsersExportJob {\n          users(first: $first, after: $after) {\n            edges {\n              cursor\n              node {\n                id\n                email\n                createdAt\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query JobsJob2($id: ID!, $first: Int, $after: String) {\n      job(id: $id) {\n        __typename\n        ... on UsersExportJob {\n          users(first: $first, after: $after) {\n            edges {\n              cursor\n              node {\n                id\n                email\n                createdAt\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsImportUsersJob($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      job {\n        id\n        status\n        connectionId\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobsImportUsersJob($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      job {\n        id\n        status\n        connectionId\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsJob3($id: ID!) {\n    job(id: $id) {\n      __typename\n      status\n      ... on UsersImportJob {\n        summary {\n          inserted\n          updated\n          failed\n          total\n        }\n        errors {\n          email\n          userId\n          errors {\n            code\n            message\n            path\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobsJob3($id: ID!) {\n    job(id: $id) {\n      __typename\n      status\n      ... on UsersImportJob {\n        summary {\n          inserted\n          updated\n          failed\n          total\n        }\n        errors {\n          email\n          userId\n          errors {\n            code\n            message\n            path\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query JobsJob4($id: ID!, $after: String) {\n          job(id: $id) {\n            __typename\n            ... on UsersExportJob {\n              users(first: 10, after: $after) {\n                edges {\n                  node {\n                    id\n                    email\n                    givenName\n                    name\n                    nickname\n                    emailVerified\n                    loginsCount\n                    createdAt\n                    appMetadata\n                    userMetadata\n                    identities {\n                      connection\n                    }\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query JobsJob4($id: ID!, $after: String) {\n          job(id: $id) {\n            __typename\n            ... on UsersExportJob {\n              users(first: 10, after: $after) {\n                edges {\n                  node {\n                    id\n                    email\n                    givenName\n                    name\n                    nickname\n                    emailVerified\n                    loginsCount\n                    createdAt\n                    appMetadata\n                    userMetadata\n                    identities {\n                      connection\n                    }\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobsUsersPastWindow($after: String) { users(first: 20, after: $after) { nodes { id } } }"): (typeof documents)["query JobsUsersPastWindow($after: String) { users(first: 20, after: $after) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobsUser($id: ID!) { user(id: $id) { id email givenName } }"): (typeof documents)["query JobsUser($id: ID!) { user(id: $id) { id email givenName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobsUser2($id: ID!) { user(id: $id) { name } }"): (typeof documents)["query JobsUser2($id: ID!) { user(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription JobsJobProgress($id: ID!) {\n    jobProgress(id: $id) { __typename id status percentageDone ... on UsersExportJob { location } }\n  }"): (typeof documents)["subscription JobsJobProgress($id: ID!) {\n    jobProgress(id: $id) { __typename id status percentageDone ... on UsersExportJob { location } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation JobsSendVerificationEmailJob($input: SendVerificationEmailInput!) {\n      sendVerificationEmail(input: $input) {\n        job {\n          __typename\n          id\n          status\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation JobsSendVerificationEmailJob($input: SendVerificationEmailInput!) {\n      sendVerificationEmail(input: $input) {\n        job {\n          __typename\n          id\n          status\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation JobsCreatePasswordChangeTicket($input: CreatePasswordChangeTicketInput!) {\n      createPasswordChangeTicket(input: $input) {\n        ticket\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation JobsCreatePasswordChangeTicket($input: CreatePasswordChangeTicketInput!) {\n      createPasswordChangeTicket(input: $input) {\n        ticket\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation JobsCreateEmailVerificationTicket($input: CreateEmailVerificationTicketInput!) {\n      createEmailVerificationTicket(input: $input) {\n        ticket\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation JobsCreateEmailVerificationTicket($input: CreateEmailVerificationTicketInput!) {\n      createEmailVerificationTicket(input: $input) {\n        ticket\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LogsLogFields on LogEvent {\n  logId date type description connection connectionId clientId clientName ip hostname userId userName\n  audience scope strategy strategyType isMobile details userAgent\n  securityContext { ja3 ja4 }\n  locationInfo { countryCode countryCode3 countryName cityName latitude longitude timeZone continentCode }\n}"): (typeof documents)["fragment LogsLogFields on LogEvent {\n  logId date type description connection connectionId clientId clientName ip hostname userId userName\n  audience scope strategy strategyType isMobile details userAgent\n  securityContext { ja3 ja4 }\n  locationInfo { countryCode countryCode3 countryName cityName latitude longitude timeZone continentCode }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogsUserLogList($id: ID!) {\n          user(id: $id) { logs(first: 100) { totalCount nodes { ...LogsLogFields } pageInfo { hasNextPage } } }\n        }"): (typeof documents)["query LogsUserLogList($id: ID!) {\n          user(id: $id) { logs(first: 100) { totalCount nodes { ...LogsLogFields } pageInfo { hasNextPage } } }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LogsUserLogs($id: ID!, $after: String) {\n            user(id: $id) {\n              logs(first: 2, after: $after) {\n                totalCount\n                nodes {\n                  logId\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query LogsUserLogs($id: ID!, $after: String) {\n            user(id: $id) {\n              logs(first: 2, after: $after) {\n                totalCount\n                nodes {\n                  logId\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogsUserLogs2($id: ID!) { user(id: $id) { logs { totalCount } } }"): (typeof documents)["query LogsUserLogs2($id: ID!) { user(id: $id) { logs { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogsUserLogs3($id: ID!) { user(id: $id) { id email logs { nodes { logId } } } }"): (typeof documents)["query LogsUserLogs3($id: ID!) { user(id: $id) { id email logs { nodes { logId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MalformedUser($id: ID!) { user(id: $id) { id email } }"): (typeof documents)["query MalformedUser($id: ID!) { user(id: $id) { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MalformedUser2($id: ID!) { user(id: $id) { id } }"): (typeof documents)["query MalformedUser2($id: ID!) { user(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MalformedUserRoles($id: ID!) { user(id: $id) { id roles(first: 5) { totalCount nodes { id } } } }"): (typeof documents)["query MalformedUserRoles($id: ID!) { user(id: $id) { id roles(first: 5) { totalCount nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MalformedUsers { users(first: 3) { nodes { id } } }"): (typeof documents)["query MalformedUsers { users(first: 3) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MalformedCreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id email } userErrors { code } } }"): (typeof documents)["mutation MalformedCreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id email } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MfaInvalidateUserRememberBrowser($id: ID!) {\n      invalidateUserRememberBrowser(id: $id) {\n        user {\n          id\n          email\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation MfaInvalidateUserRememberBrowser($id: ID!) {\n      invalidateUserRememberBrowser(id: $id) {\n        user {\n          id\n          email\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaInvalidateUserRememberBrowser2($id: ID!) { invalidateUserRememberBrowser(id: $id) { userErrors { field message code } } }"): (typeof documents)["mutation MfaInvalidateUserRememberBrowser2($id: ID!) { invalidateUserRememberBrowser(id: $id) { userErrors { field message code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MfaDeleteUserMultifactorProvider($id: ID!, $provider: MultifactorProvider!) {\n      deleteUserMultifactorProvider(id: $id, provider: $provider) {\n        user {\n          id\n          multifactor\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation MfaDeleteUserMultifactorProvider($id: ID!, $provider: MultifactorProvider!) {\n      deleteUserMultifactorProvider(id: $id, provider: $provider) {\n        user {\n          id\n          multifactor\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MfaUser($id: ID!) { user(id: $id) { multifactor } }"): (typeof documents)["query MfaUser($id: ID!) { user(id: $id) { multifactor } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MfaRegenerateUserRecoveryCode($id: ID!) {\n      regenerateUserRecoveryCode(id: $id) {\n        recoveryCode\n        user {\n          id\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation MfaRegenerateUserRecoveryCode($id: ID!) {\n      regenerateUserRecoveryCode(id: $id) {\n        recoveryCode\n        user {\n          id\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MfaAuthenticatorsUser on User { id multifactor enrollments { id } authenticationMethods(first: 100) { nodes { id type } } }"): (typeof documents)["fragment MfaAuthenticatorsUser on User { id multifactor enrollments { id } authenticationMethods(first: 100) { nodes { id type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaDeleteUserAuthenticators($id: ID!) {\n    deleteUserAuthenticators(id: $id) { user { ...MfaAuthenticatorsUser } userErrors { field message code } }\n  }"): (typeof documents)["mutation MfaDeleteUserAuthenticators($id: ID!) {\n    deleteUserAuthenticators(id: $id) { user { ...MfaAuthenticatorsUser } userErrors { field message code } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaDeleteUserAuthenticatorsAfterRead($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { ...MfaAuthenticatorsUser } }\n        deleteUserAuthenticators(id: $id) { user { ...MfaAuthenticatorsUser } userErrors { code } }\n      }"): (typeof documents)["mutation MfaDeleteUserAuthenticatorsAfterRead($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { ...MfaAuthenticatorsUser } }\n        deleteUserAuthenticators(id: $id) { user { ...MfaAuthenticatorsUser } userErrors { code } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MfaAuthenticatorsUserRead($id: ID!) { user(id: $id) { ...MfaAuthenticatorsUser } }"): (typeof documents)["query MfaAuthenticatorsUserRead($id: ID!) { user(id: $id) { ...MfaAuthenticatorsUser } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrgsOrganizationFields on Organization { id name displayName branding { logoUrl colors { primary pageBackground } } metadata }"): (typeof documents)["fragment OrgsOrganizationFields on Organization { id name displayName branding { logoUrl colors { primary pageBackground } } metadata }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgsOrganizationRead($id: ID!) { organization(id: $id) { ...OrgsOrganizationFields } }"): (typeof documents)["query OrgsOrganizationRead($id: ID!) { organization(id: $id) { ...OrgsOrganizationFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgsOrganization($id: ID!) { organization(id: $id) { id name } }"): (typeof documents)["query OrgsOrganization($id: ID!) { organization(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgsUserOrganizationList($id: ID!) { user(id: $id) { organizations { totalCount nodes { ...OrgsOrganizationFields } } } }"): (typeof documents)["query OrgsUserOrganizationList($id: ID!) { user(id: $id) { organizations { totalCount nodes { ...OrgsOrganizationFields } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OrgsUserOrganizations($id: ID!, $after: String) {\n            user(id: $id) {\n              organizations(first: 1, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  hasPreviousPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query OrgsUserOrganizations($id: ID!, $after: String) {\n            user(id: $id) {\n              organizations(first: 1, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  hasPreviousPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgsUserOrganizations2($id: ID!) { user(id: $id) { organizations { totalCount } } }"): (typeof documents)["query OrgsUserOrganizations2($id: ID!) { user(id: $id) { organizations { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgsUserOrganizations3($id: ID!) { user(id: $id) { organizations { nodes { id } } } }"): (typeof documents)["query OrgsUserOrganizations3($id: ID!) { user(id: $id) { organizations { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgsUserOrganizations4($id: ID!) { user(id: $id) { id email organizations { nodes { id } } } }"): (typeof documents)["query OrgsUserOrganizations4($id: ID!) { user(id: $id) { id email organizations { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgsUser($id: ID!, $org: ID!) { user(id: $id) { id } organization(id: $org) { id } }"): (typeof documents)["query OrgsUser($id: ID!, $org: ID!) { user(id: $id) { id } organization(id: $org) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PathParamsErrors on UserError { field message code }"): (typeof documents)["fragment PathParamsErrors on UserError { field message code }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PathParamsDeleteUserAuthenticationMethod($id: ID!, $methodId: ID!) {\n  deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {\n    deletedAuthenticationMethodId userErrors { ...PathParamsErrors }\n  }\n}"): (typeof documents)["mutation PathParamsDeleteUserAuthenticationMethod($id: ID!, $methodId: ID!) {\n  deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {\n    deletedAuthenticationMethodId userErrors { ...PathParamsErrors }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PathParamsUpdateUserAuthenticationMethod($id: ID!, $methodId: ID!) {\n  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: { name: \"renamed\" }) {\n    authenticationMethod { id } userErrors { ...PathParamsErrors }\n  }\n}"): (typeof documents)["mutation PathParamsUpdateUserAuthenticationMethod($id: ID!, $methodId: ID!) {\n  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: { name: \"renamed\" }) {\n    authenticationMethod { id } userErrors { ...PathParamsErrors }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PathParamsRevokeUserSessions($id: ID!) {\n  revokeUserSessions(id: $id) { user { id } userErrors { ...PathParamsErrors } }\n}"): (typeof documents)["mutation PathParamsRevokeUserSessions($id: ID!) {\n  revokeUserSessions(id: $id) { user { id } userErrors { ...PathParamsErrors } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathParamsUser($id: ID!) { user(id: $id) { id email } }"): (typeof documents)["query PathParamsUser($id: ID!) { user(id: $id) { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathParamsUsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }"): (typeof documents)["query PathParamsUsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PathParamsRole($id: ID!) {\n            role(id: $id) {\n              name\n            }\n            session(id: $id) {\n              id\n            }\n            refreshToken(id: $id) {\n              id\n            }\n            organization(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query PathParamsRole($id: ID!) {\n            role(id: $id) {\n              name\n            }\n            session(id: $id) {\n              id\n            }\n            refreshToken(id: $id) {\n              id\n            }\n            organization(id: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathParamsRoleUsers($id: ID!) { role(id: $id) { id users { nodes { id } } } }"): (typeof documents)["query PathParamsRoleUsers($id: ID!) { role(id: $id) { id users { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PermMutUserPermissions on User {\n  permissions(first: 100) { totalCount nodes { resourceServerIdentifier permissionName resourceServerName description } }\n}"): (typeof documents)["fragment PermMutUserPermissions on User {\n  permissions(first: 100) { totalCount nodes { resourceServerIdentifier permissionName resourceServerName description } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermMutAssignUserPermissions($id: ID!, $p: [PermissionInput!]!) {\n  assignUserPermissions(id: $id, permissions: $p) { user { id ...PermMutUserPermissions } userErrors { field message code } }\n}"): (typeof documents)["mutation PermMutAssignUserPermissions($id: ID!, $p: [PermissionInput!]!) {\n  assignUserPermissions(id: $id, permissions: $p) { user { id ...PermMutUserPermissions } userErrors { field message code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermMutRemoveUserPermissions($id: ID!, $p: [PermissionInput!]!) {\n  removeUserPermissions(id: $id, permissions: $p) { user { id ...PermMutUserPermissions } userErrors { field message code } }\n}"): (typeof documents)["mutation PermMutRemoveUserPermissions($id: ID!, $p: [PermissionInput!]!) {\n  removeUserPermissions(id: $id, permissions: $p) { user { id ...PermMutUserPermissions } userErrors { field message code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermMutUserPermissionsRead($id: ID!) { user(id: $id) { ...PermMutUserPermissions } }"): (typeof documents)["query PermMutUserPermissionsRead($id: ID!) { user(id: $id) { ...PermMutUserPermissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermMutRemoveUserPermissionsTwice($id: ID!, $one: [PermissionInput!]!, $all: [PermissionInput!]!) {\n        a: removeUserPermissions(id: $id, permissions: $one) { user { ...PermMutUserPermissions } }\n        b: removeUserPermissions(id: $id, permissions: $all) { user { ...PermMutUserPermissions } }\n      }"): (typeof documents)["mutation PermMutRemoveUserPermissionsTwice($id: ID!, $one: [PermissionInput!]!, $all: [PermissionInput!]!) {\n        a: removeUserPermissions(id: $id, permissions: $one) { user { ...PermMutUserPermissions } }\n        b: removeUserPermissions(id: $id, permissions: $all) { user { ...PermMutUserPermissions } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PermsPermission on Permission { permissionName resourceServerIdentifier resourceServerName description }"): (typeof documents)["fragment PermsPermission on Permission { permissionName resourceServerIdentifier resourceServerName description }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermsUserPermissionPage($id: ID!, $after: String) {\n  user(id: $id) { permissions(first: 1, after: $after) { edges { node { ...PermsPermission } } pageInfo { hasNextPage endCursor } } }\n}"): (typeof documents)["query PermsUserPermissionPage($id: ID!, $after: String) {\n  user(id: $id) { permissions(first: 1, after: $after) { edges { node { ...PermsPermission } } pageInfo { hasNextPage endCursor } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermsRolePermissionPage($id: ID!, $after: String) {\n  role(id: $id) { permissions(first: 2, after: $after) { nodes { ...PermsPermission } pageInfo { hasNextPage endCursor } } }\n}"): (typeof documents)["query PermsRolePermissionPage($id: ID!, $after: String) {\n  role(id: $id) { permissions(first: 2, after: $after) { nodes { ...PermsPermission } pageInfo { hasNextPage endCursor } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermsUserPermissionList($id: ID!) { user(id: $id) { permissions { totalCount nodes { ...PermsPermission } } } }"): (typeof documents)["query PermsUserPermissionList($id: ID!) { user(id: $id) { permissions { totalCount nodes { ...PermsPermission } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermsUserPermissions($id: ID!) { user(id: $id) { permissions { totalCount } } }"): (typeof documents)["query PermsUserPermissions($id: ID!) { user(id: $id) { permissions { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermsUserPermissions2($id: ID!) { user(id: $id) { permissions { nodes { permissionName } pageInfo { hasNextPage } } } }"): (typeof documents)["query PermsUserPermissions2($id: ID!) { user(id: $id) { permissions { nodes { permissionName } pageInfo { hasNextPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermsMePermissions { me { id email permissions { nodes { permissionName } } } }"): (typeof documents)["query PermsMePermissions { me { id email permissions { nodes { permissionName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermsRolePermissionLists {\n        roles(first: 100) { nodes { id permissions(first: 100) { totalCount nodes { ...PermsPermission } } } }\n      }"): (typeof documents)["query PermsRolePermissionLists {\n        roles(first: 100) { nodes { id permissions(first: 100) { totalCount nodes { ...PermsPermission } } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RtMutRevokeUserRefreshTokens($id: ID!) {\n    revokeUserRefreshTokens(id: $id) {\n      user {\n        id\n        refreshTokens(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RtMutRevokeUserRefreshTokens($id: ID!) {\n    revokeUserRefreshTokens(id: $id) {\n      user {\n        id\n        refreshTokens(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RtMutInvalidateUserRememberBrowser($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { refreshTokens(first: 100) { nodes { id } } } }\n        revokeUserRefreshTokens(id: $id) { user { refreshTokens(first: 100) { nodes { id } } } userErrors { code } }\n      }"): (typeof documents)["mutation RtMutInvalidateUserRememberBrowser($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { refreshTokens(first: 100) { nodes { id } } } }\n        revokeUserRefreshTokens(id: $id) { user { refreshTokens(first: 100) { nodes { id } } } userErrors { code } }\n      }"];
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
export function graphql(source: "fragment RtRefreshTokenFields on RefreshToken {\n  id userId createdAt idleExpiresAt expiresAt lastExchangedAt\n  device { initialIp initialAsn initialUserAgent lastIp lastAsn lastUserAgent }\n  clientId sessionId rotating\n  resourceServers { audience scopes }\n  refreshTokenMetadata\n}"): (typeof documents)["fragment RtRefreshTokenFields on RefreshToken {\n  id userId createdAt idleExpiresAt expiresAt lastExchangedAt\n  device { initialIp initialAsn initialUserAgent lastIp lastAsn lastUserAgent }\n  clientId sessionId rotating\n  resourceServers { audience scopes }\n  refreshTokenMetadata\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RtUserRefreshTokenList($id: ID!) {\n          user(id: $id) { refreshTokens(first: 100) { nodes { ...RtRefreshTokenFields } pageInfo { hasNextPage } } }\n        }"): (typeof documents)["query RtUserRefreshTokenList($id: ID!) {\n          user(id: $id) { refreshTokens(first: 100) { nodes { ...RtRefreshTokenFields } pageInfo { hasNextPage } } }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RtUserRefreshTokens($id: ID!, $after: String) {\n            user(id: $id) {\n              refreshTokens(first: 1, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query RtUserRefreshTokens($id: ID!, $after: String) {\n            user(id: $id) {\n              refreshTokens(first: 1, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RtUserRefreshTokens2($id: ID!) {\n          user(id: $id) {\n            id\n            refreshTokens {\n              nodes {\n                id\n                sessionId\n                user {\n                  id\n                }\n                session {\n                  id\n                  userId\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query RtUserRefreshTokens2($id: ID!) {\n          user(id: $id) {\n            id\n            refreshTokens {\n              nodes {\n                id\n                sessionId\n                user {\n                  id\n                }\n                session {\n                  id\n                  userId\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RtUserRefreshTokens3($id: ID!) { user(id: $id) { id refreshTokens { nodes { id } } } }"): (typeof documents)["query RtUserRefreshTokens3($id: ID!) { user(id: $id) { id refreshTokens { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RtRefreshTokenRead($id: ID!) { refreshToken(id: $id) { ...RtRefreshTokenFields } }"): (typeof documents)["query RtRefreshTokenRead($id: ID!) { refreshToken(id: $id) { ...RtRefreshTokenFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RtRefreshToken { refreshToken(id: \"no-such-token\") { id } }"): (typeof documents)["query RtRefreshToken { refreshToken(id: \"no-such-token\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RoleMembersRoleUsers($id: ID!, $after: String) {\n            role(id: $id) {\n              users(first: 100, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query RoleMembersRoleUsers($id: ID!, $after: String) {\n            role(id: $id) {\n              users(first: 100, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoleMembersRoleUsers2($id: ID!) { role(id: $id) { users { totalCount } } }"): (typeof documents)["query RoleMembersRoleUsers2($id: ID!) { role(id: $id) { users { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoleMembersRoleUsers3($id: ID!) { role(id: $id) { users(first: 5) { totalCount nodes { id } } } }"): (typeof documents)["query RoleMembersRoleUsers3($id: ID!) { role(id: $id) { users(first: 5) { totalCount nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoleMutUserRoles on User { roles(first: 100) { totalCount nodes { id name } } }"): (typeof documents)["fragment RoleMutUserRoles on User { roles(first: 100) { totalCount nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoleMutAssignUserRolesRead($id: ID!, $roleIds: [ID!]!) {\n  assignUserRoles(id: $id, roleIds: $roleIds) { user { id ...RoleMutUserRoles } userErrors { field message code } }\n}"): (typeof documents)["mutation RoleMutAssignUserRolesRead($id: ID!, $roleIds: [ID!]!) {\n  assignUserRoles(id: $id, roleIds: $roleIds) { user { id ...RoleMutUserRoles } userErrors { field message code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoleMutRemoveUserRolesRead($id: ID!, $roleIds: [ID!]!) {\n  removeUserRoles(id: $id, roleIds: $roleIds) { user { id ...RoleMutUserRoles } userErrors { field message code } }\n}"): (typeof documents)["mutation RoleMutRemoveUserRolesRead($id: ID!, $roleIds: [ID!]!) {\n  removeUserRoles(id: $id, roleIds: $roleIds) { user { id ...RoleMutUserRoles } userErrors { field message code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoleMutUserRolesRead($id: ID!) { user(id: $id) { ...RoleMutUserRoles } }"): (typeof documents)["query RoleMutUserRolesRead($id: ID!) { user(id: $id) { ...RoleMutUserRoles } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoleMutAssignUserRolesTwice($id: ID!, $a: [ID!]!, $b: [ID!]!) {\n        one: assignUserRoles(id: $id, roleIds: $a) { user { ...RoleMutUserRoles } userErrors { code } }\n        two: assignUserRoles(id: $id, roleIds: $b) { user { ...RoleMutUserRoles } userErrors { code } }\n      }"): (typeof documents)["mutation RoleMutAssignUserRolesTwice($id: ID!, $a: [ID!]!, $b: [ID!]!) {\n        one: assignUserRoles(id: $id, roleIds: $a) { user { ...RoleMutUserRoles } userErrors { code } }\n        two: assignUserRoles(id: $id, roleIds: $b) { user { ...RoleMutUserRoles } userErrors { code } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoleMutAssignUserRoles($id: ID!, $r: [ID!]!) { assignUserRoles(id: $id, roleIds: $r) { userErrors { code } } }"): (typeof documents)["mutation RoleMutAssignUserRoles($id: ID!, $r: [ID!]!) { assignUserRoles(id: $id, roleIds: $r) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoleMutAssignThenRemoveUserRoles($id: ID!, $r: [ID!]!, $all: [ID!]!) {\n        keep: assignUserRoles(id: $id, roleIds: $r) { user { ...RoleMutUserRoles } }\n        drop: removeUserRoles(id: $id, roleIds: $all) { user { ...RoleMutUserRoles } userErrors { code } }\n      }"): (typeof documents)["mutation RoleMutAssignThenRemoveUserRoles($id: ID!, $r: [ID!]!, $all: [ID!]!) {\n        keep: assignUserRoles(id: $id, roleIds: $r) { user { ...RoleMutUserRoles } }\n        drop: removeUserRoles(id: $id, roleIds: $all) { user { ...RoleMutUserRoles } userErrors { code } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoleMutRemoveUserRoles($id: ID!, $r: [ID!]!) { removeUserRoles(id: $id, roleIds: $r) { userErrors { code } } }"): (typeof documents)["mutation RoleMutRemoveUserRoles($id: ID!, $r: [ID!]!) { removeUserRoles(id: $id, roleIds: $r) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AssignRoleUsers($roleId: ID!, $userIds: [ID!]!) {\n      assignRoleUsers(roleId: $roleId, userIds: $userIds) {\n        role {\n          id\n          name\n          users(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n        userIds\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AssignRoleUsers($roleId: ID!, $userIds: [ID!]!) {\n      assignRoleUsers(roleId: $roleId, userIds: $userIds) {\n        role {\n          id\n          name\n          users(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n        userIds\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RolesRoles($after: String) {\n            roles(first: 3, after: $after) {\n              totalCount\n              edges {\n                cursor\n                node {\n                  id\n                  name\n                  description\n                }\n              }\n              pageInfo {\n                hasNextPage\n                hasPreviousPage\n                endCursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query RolesRoles($after: String) {\n            roles(first: 3, after: $after) {\n              totalCount\n              edges {\n                cursor\n                node {\n                  id\n                  name\n                  description\n                }\n              }\n              pageInfo {\n                hasNextPage\n                hasPreviousPage\n                endCursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesRoles2 { roles(first: 2) { nodes { id } } }"): (typeof documents)["query RolesRoles2 { roles(first: 2) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesRoles3 { roles { totalCount } }"): (typeof documents)["query RolesRoles3 { roles { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesRoles4 { roles(first: 2) { totalCount nodes { id } } }"): (typeof documents)["query RolesRoles4 { roles(first: 2) { totalCount nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesRole($id: ID!) { role(id: $id) { id name description } }"): (typeof documents)["query RolesRole($id: ID!) { role(id: $id) { id name description } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesRole2($id: ID!) { role(id: $id) { id name } }"): (typeof documents)["query RolesRole2($id: ID!) { role(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesUserRoles($id: ID!) { user(id: $id) { id roles { totalCount nodes { id name description } } } }"): (typeof documents)["query RolesUserRoles($id: ID!) { user(id: $id) { id roles { totalCount nodes { id name description } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RolesUserRoles2($id: ID!, $after: String) {\n            user(id: $id) {\n              roles(first: 1, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query RolesUserRoles2($id: ID!, $after: String) {\n            user(id: $id) {\n              roles(first: 1, after: $after) {\n                nodes {\n                  id\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesUserRoles3($id: ID!) { user(id: $id) { roles { totalCount nodes { id } } } }"): (typeof documents)["query RolesUserRoles3($id: ID!) { user(id: $id) { roles { totalCount nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesRoleUsers($id: ID!) { role(id: $id) { users(first: 100) { totalCount nodes { id email name picture } } } }"): (typeof documents)["query RolesRoleUsers($id: ID!) { role(id: $id) { users(first: 100) { totalCount nodes { id email name picture } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesRoleUsers2($id: ID!) { role(id: $id) { users(first: 3) { nodes { id email lastLogin } } } }"): (typeof documents)["query RolesRoleUsers2($id: ID!) { role(id: $id) { users(first: 3) { nodes { id email lastLogin } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesRoleUsers3($id: ID!) { role(id: $id) { users { nodes { id loginsCount } } } }"): (typeof documents)["query RolesRoleUsers3($id: ID!) { role(id: $id) { users { nodes { id loginsCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RolesRoleUsers4($id: ID!, $after: String) {\n            role(id: $id) {\n              users(first: 2, after: $after) {\n                edges {\n                  cursor\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query RolesRoleUsers4($id: ID!, $after: String) {\n            role(id: $id) {\n              users(first: 2, after: $after) {\n                edges {\n                  cursor\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesUserRoles4($id: ID!) { user(id: $id) { id email roles { nodes { id } } } }"): (typeof documents)["query RolesUserRoles4($id: ID!) { user(id: $id) { id email roles { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesUser($id: ID!, $role: ID!) { user(id: $id) { id } role(id: $role) { id } }"): (typeof documents)["query RolesUser($id: ID!, $role: ID!) { user(id: $id) { id } role(id: $role) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesRoleUsers5($id: ID!) { role(id: $id) { id name users { nodes { id } } } }"): (typeof documents)["query RolesRoleUsers5($id: ID!) { role(id: $id) { id name users { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessMutRevokeUserSessions($id: ID!) {\n    revokeUserSessions(id: $id) {\n      user {\n        id\n        sessions(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessMutRevokeUserSessions($id: ID!) {\n    revokeUserSessions(id: $id) {\n      user {\n        id\n        sessions(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessMutInvalidateUserRememberBrowser($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { sessions(first: 100) { nodes { id } } } }\n        revokeUserSessions(id: $id) { user { sessions(first: 100) { nodes { id } } } userErrors { code } }\n      }"): (typeof documents)["mutation SessMutInvalidateUserRememberBrowser($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { sessions(first: 100) { nodes { id } } } }\n        revokeUserSessions(id: $id) { user { sessions(first: 100) { nodes { id } } } userErrors { code } }\n      }"];
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
export function graphql(source: "fragment SessSessionFields on Session {\n  id userId createdAt updatedAt authenticatedAt idleExpiresAt expiresAt lastInteractedAt\n  device { initialUserAgent initialIp initialAsn lastUserAgent lastIp lastAsn }\n  clients { clientId }\n  authentication { methods { name timestamp type } }\n  cookie { mode }\n  sessionMetadata\n  actor { sub }\n}"): (typeof documents)["fragment SessSessionFields on Session {\n  id userId createdAt updatedAt authenticatedAt idleExpiresAt expiresAt lastInteractedAt\n  device { initialUserAgent initialIp initialAsn lastUserAgent lastIp lastAsn }\n  clients { clientId }\n  authentication { methods { name timestamp type } }\n  cookie { mode }\n  sessionMetadata\n  actor { sub }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessUserSessionList($id: ID!) {\n          user(id: $id) { id sessions(first: 100) { nodes { ...SessSessionFields } pageInfo { hasNextPage hasPreviousPage } } }\n        }"): (typeof documents)["query SessUserSessionList($id: ID!) {\n          user(id: $id) { id sessions(first: 100) { nodes { ...SessSessionFields } pageInfo { hasNextPage hasPreviousPage } } }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessUserSessions($id: ID!) { user(id: $id) { sessions { nodes { id } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query SessUserSessions($id: ID!) { user(id: $id) { sessions { nodes { id } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SessUserSessions2($id: ID!, $after: String) {\n            user(id: $id) {\n              sessions(first: 1, after: $after) {\n                edges {\n                  cursor\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SessUserSessions2($id: ID!, $after: String) {\n            user(id: $id) {\n              sessions(first: 1, after: $after) {\n                edges {\n                  cursor\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessUsersByIdsSessions($ids: [ID!]!) { usersByIds(ids: $ids) { id sessions { nodes { id user { id email } } } } }"): (typeof documents)["query SessUsersByIdsSessions($ids: [ID!]!) { usersByIds(ids: $ids) { id sessions { nodes { id user { id email } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessUserSessions3($id: ID!) { user(id: $id) { id email sessions { nodes { id } } } }"): (typeof documents)["query SessUserSessions3($id: ID!) { user(id: $id) { id email sessions { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessUserSessions4($id: ID!) { user(id: $id) { id sessions { nodes { id } } } }"): (typeof documents)["query SessUserSessions4($id: ID!) { user(id: $id) { id sessions { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessSessionWithUser($id: ID!) { session(id: $id) { ...SessSessionFields user { id } } }"): (typeof documents)["query SessSessionWithUser($id: ID!) { session(id: $id) { ...SessSessionFields user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessSession { session(id: \"no-such-session\") { id } }"): (typeof documents)["query SessSession { session(id: \"no-such-session\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessSession2($id: ID!) { session(id: $id) { id } }"): (typeof documents)["query SessSession2($id: ID!) { session(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockMutUnblockUser($id: ID!) {\n    unblockUser(id: $id) {\n      user {\n        id\n        blocked\n        blockedFor {\n          identifier\n          ip\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BlockMutUnblockUser($id: ID!) {\n    unblockUser(id: $id) {\n      user {\n        id\n        blocked\n        blockedFor {\n          identifier\n          ip\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockMutUnblockUserByIdentifier($identifier: String!) {\n    unblockUserByIdentifier(identifier: $identifier) {\n      identifier\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BlockMutUnblockUserByIdentifier($identifier: String!) {\n    unblockUserByIdentifier(identifier: $identifier) {\n      identifier\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlockMutUserBlockedFor($id: ID!) { user(id: $id) { blocked blockedFor { identifier ip } } }"): (typeof documents)["query BlockMutUserBlockedFor($id: ID!) { user(id: $id) { blocked blockedFor { identifier ip } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BlockMutInvalidateUserRememberBrowser($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { blockedFor { identifier } } }\n        unblockUser(id: $id) { user { blockedFor { identifier } } userErrors { code } }\n      }"): (typeof documents)["mutation BlockMutInvalidateUserRememberBrowser($id: ID!) {\n        before: invalidateUserRememberBrowser(id: $id) { user { blockedFor { identifier } } }\n        unblockUser(id: $id) { user { blockedFor { identifier } } userErrors { code } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlocksUserBlockedFor($id: ID!) { user(id: $id) { id blocked blockedFor { identifier ip connection } } }"): (typeof documents)["query BlocksUserBlockedFor($id: ID!) { user(id: $id) { id blocked blockedFor { identifier ip connection } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlocksMeBlockedFor { me { id blockedFor { identifier } } }"): (typeof documents)["query BlocksMeBlockedFor { me { id blockedFor { identifier } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlocksUserBlockedFor2($id: ID!) { user(id: $id) { id blockedFor { identifier } } }"): (typeof documents)["query BlocksUserBlockedFor2($id: ID!) { user(id: $id) { id blockedFor { identifier } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserMutUserFields on User {\n  id email emailVerified username phoneNumber name nickname givenName familyName picture blocked\n  userMetadata appMetadata createdAt updatedAt identities { provider connection userId }\n}"): (typeof documents)["fragment UserMutUserFields on User {\n  id email emailVerified username phoneNumber name nickname givenName familyName picture blocked\n  userMetadata appMetadata createdAt updatedAt identities { provider connection userId }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserMutCreateUser($input: CreateUserInput!) {\n  createUser(input: $input) { user { ...UserMutUserFields } userErrors { field message code } }\n}"): (typeof documents)["mutation UserMutCreateUser($input: CreateUserInput!) {\n  createUser(input: $input) { user { ...UserMutUserFields } userErrors { field message code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserMutUpdateUserFields($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) { user { ...UserMutUserFields } userErrors { field message code } }\n}"): (typeof documents)["mutation UserMutUpdateUserFields($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) { user { ...UserMutUserFields } userErrors { field message code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserMutDeleteUser($id: ID!) { deleteUser(id: $id) { deletedUserId userErrors { field message code } } }"): (typeof documents)["mutation UserMutDeleteUser($id: ID!) { deleteUser(id: $id) { deletedUserId userErrors { field message code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserMutUpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        id\n        userMetadata\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserMutUpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        id\n        userMetadata\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserMutUserRead($id: ID!) { user(id: $id) { ...UserMutUserFields } }"): (typeof documents)["query UserMutUserRead($id: ID!) { user(id: $id) { ...UserMutUserFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UserMutUpdateUser($id: ID!) {\n          updateUser(id: $id, input: {familyName: null}) {\n            user {\n              givenName\n              familyName\n              nickname\n            }\n            userErrors {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation UserMutUpdateUser($id: ID!) {\n          updateUser(id: $id, input: {familyName: null}) {\n            user {\n              givenName\n              familyName\n              nickname\n            }\n            userErrors {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserMutUpdateUser2($id: ID!, $other: ID!) {\n        first: updateUser(id: $id, input: { userMetadata: { step: 1 } }) { user { userMetadata roles { totalCount } } }\n        second: updateUser(id: $id, input: { appMetadata: { plan: \"gold\" } }) { user { userMetadata appMetadata } }\n        gone: deleteUser(id: $other) { deletedUserId userErrors { code } }\n        again: deleteUser(id: $other) { deletedUserId userErrors { code } }\n        last: deleteUser(id: $id) { deletedUserId userErrors { code } }\n      }"): (typeof documents)["mutation UserMutUpdateUser2($id: ID!, $other: ID!) {\n        first: updateUser(id: $id, input: { userMetadata: { step: 1 } }) { user { userMetadata roles { totalCount } } }\n        second: updateUser(id: $id, input: { appMetadata: { plan: \"gold\" } }) { user { userMetadata appMetadata } }\n        gone: deleteUser(id: $other) { deletedUserId userErrors { code } }\n        again: deleteUser(id: $other) { deletedUserId userErrors { code } }\n        last: deleteUser(id: $id) { deletedUserId userErrors { code } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserMutUser($id: ID!) { user(id: $id) { id } }"): (typeof documents)["query UserMutUser($id: ID!) { user(id: $id) { id } }"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsAndTokensOfUser($id: ID!) {\n    user(id: $id) {\n      sessions(first: 100) {\n        nodes {\n          id\n        }\n      }\n      refreshTokens(first: 100) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionsAndTokensOfUser($id: ID!) {\n    user(id: $id) {\n      sessions(first: 100) {\n        nodes {\n          id\n        }\n      }\n      refreshTokens(first: 100) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;