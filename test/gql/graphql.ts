/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whose risk assessments to clear, on which connection, for which assessors. */
export type ClearUserRiskAssessmentsInput = {
  /** The assessors to clear (at least one). */
  assessors: Array<RiskAssessor>;
  /** The name of the connection the user logs in with, e.g. `Username-Password-Authentication`. */
  connection: string;
  /** The user's Auth0 `user_id`. */
  userId: string | number;
};

/** The types of authentication method that can be created through the Management API. */
export type CreatableAuthenticationMethodType =
  /** An email address that receives codes (needs `email`). */
  | 'EMAIL'
  /** A passkey (needs `keyId` and `publicKey`). */
  | 'PASSKEY'
  /** A phone number that receives codes by text message or voice call (needs `phoneNumber`). */
  | 'PHONE'
  /** An authenticator app generating time-based one-time passwords (needs `totpSecret`). */
  | 'TOTP'
  /** A security key (needs `keyId` and `publicKey`). */
  | 'WEBAUTHN_ROAMING';

/** Whose email the ticket verifies. */
export type CreateEmailVerificationTicketInput = {
  /** The application whose login route the user returns to. */
  clientId?: string | null | undefined;
  /** The identity to verify. */
  identity?: TicketIdentityInput | null | undefined;
  /** Add the user's email to the redirect URL. */
  includeEmailInRedirect?: boolean | null | undefined;
  /** The organization whose branding to use (`org_…`). */
  organizationId?: string | null | undefined;
  /** Where the user goes once the ticket is used (classic Universal Login). */
  resultUrl?: string | null | undefined;
  /** Seconds the ticket stays valid (default and 0: 5 days). */
  ttlSec?: number | null | undefined;
  /** The user's Auth0 `user_id`. */
  userId: string | number;
};

/** Whose password the ticket changes: `userId`, or `email` with `connectionId`. */
export type CreatePasswordChangeTicketInput = {
  /** The application whose login route the user returns to. */
  clientId?: string | null | undefined;
  /** The user's connection (`con_…`), with `email`. */
  connectionId?: string | null | undefined;
  /** The user's email (with `connectionId`). */
  email?: string | null | undefined;
  /** The identity (with `userId`). */
  identity?: TicketIdentityInput | null | undefined;
  /** Add the user's email to the redirect URL. */
  includeEmailInRedirect?: boolean | null | undefined;
  /** Also mark the user's email as verified when the ticket is used. */
  markEmailAsVerified?: boolean | null | undefined;
  /** The organization whose branding to use (`org_…`). */
  organizationId?: string | null | undefined;
  /** Where the user goes once the ticket is used (classic Universal Login; not with `organizationId`). */
  resultUrl?: string | null | undefined;
  /** Seconds the ticket stays valid (default and 0: 5 days). */
  ttlSec?: number | null | undefined;
  /** The user's Auth0 `user_id` (not with `connectionId`). */
  userId?: string | number | null | undefined;
};

/** A new authentication method: its type and the fields that type takes. Auth0 creates it confirmed. */
export type CreateUserAuthenticationMethodInput = {
  /** Passkeys only: the Authenticator Attestation Globally Unique Identifier, a UUID. */
  aaguid?: string | null | undefined;
  /** Passkeys only: whether the credential was backed up. */
  credentialBackedUp?: boolean | null | undefined;
  /** Passkeys only: whether the credential is bound to one device or can be synced. */
  credentialDeviceType?: CredentialDeviceType | null | undefined;
  /** Email methods only: the email address codes are sent to. */
  email?: string | null | undefined;
  /** Passkeys only: the ID of the user identity linked with the passkey. */
  identityUserId?: string | null | undefined;
  /** Security keys and passkeys only: the id of the credential. */
  keyId?: string | null | undefined;
  /** A human-readable label to identify the authentication method (1 to 20 characters). */
  name?: string | null | undefined;
  /** Phone methods only: the phone number codes are sent to, in E.164 form (e.g. `+14155550123`). */
  phoneNumber?: string | null | undefined;
  /** Phone methods only: whether codes are sent by text message (the default) or voice call. */
  preferredAuthenticationMethod?: PreferredAuthenticationMethod | null | undefined;
  /** Security keys and passkeys only: the credential's public key, base64-encoded. */
  publicKey?: string | null | undefined;
  /** Security keys and passkeys only: the relying party identifier, a hostname (e.g. `login.example.com`). */
  relyingPartyIdentifier?: string | null | undefined;
  /** TOTP methods only: the base32-encoded secret the authenticator app generates codes from. Write-only: it is never answered. */
  totpSecret?: string | null | undefined;
  /** Passkeys only: the transports clients use to talk to the authenticator (e.g. `internal`, `hybrid`, `usb`). */
  transports?: Array<string> | null | undefined;
  /** The type of method to create. */
  type: CreatableAuthenticationMethodType;
  /** Passkeys only: the user-agent of the browser used to create the passkey. */
  userAgent?: string | null | undefined;
  /** Passkeys only: the user handle of the user identity. */
  userHandle?: string | null | undefined;
};

/** A new user (POST /users). Values are checked before anything is sent; `connection` decides what else is needed (a database connection needs `email` and `password`). */
export type CreateUserInput = {
  /** Data that affects the user's access, writable only through the Management API. Key names may not contain "." or "$". These keys are reserved by Auth0 and refused: __tenant, _id, blocked, clientID, created_at, email_verified, email, globalClientID, global_client_id, identities, lastIP, lastLogin, loginsCount, metadata, multifactor_last_modified, multifactor, updated_at, user_id. */
  appMetadata?: Record<string, unknown> | null | undefined;
  /** Whether this user was blocked by an administrator (true) or not (false). */
  blocked?: boolean | null | undefined;
  /** Name of the connection this user should be created in (a database or passwordless connection). */
  connection: string;
  /** The user's email. */
  email?: string | null | undefined;
  /** Whether this email address is verified (true) or unverified (false). The user receives a verification email after creation if it is false or not given. */
  emailVerified?: boolean | null | undefined;
  /** The user's family name(s), 1 to 150 characters. */
  familyName?: string | null | undefined;
  /** The user's given name(s), 1 to 150 characters. */
  givenName?: string | null | undefined;
  /** The user's full name, 1 to 300 characters. */
  name?: string | null | undefined;
  /** The user's nickname, 1 to 300 characters. */
  nickname?: string | null | undefined;
  /** Initial password for this user (database connections only). Never returned or logged. */
  password?: string | null | undefined;
  /** The user's phone number, in E.164 form (`+` and 1 to 15 digits). */
  phoneNumber?: string | null | undefined;
  /** Whether this phone number has been verified (true) or not (false). */
  phoneVerified?: boolean | null | undefined;
  /** A URI pointing to the user's picture. */
  picture?: string | null | undefined;
  /** The id part of the new `user_id` (`<provider>|<userId>`); Auth0 generates one when absent. At most 255 characters, no whitespace. */
  userId?: string | null | undefined;
  /** Data the user may read and edit themselves. Key names may not contain "." or "$". */
  userMetadata?: Record<string, unknown> | null | undefined;
  /** The user's username, 1 to 128 characters; only on connections that require a username. */
  username?: string | null | undefined;
  /** Whether the user will receive a verification email after creation (true) or no email (false). Overrides the behaviour of `emailVerified`. */
  verifyEmail?: boolean | null | undefined;
};

/** Applies to passkeys only: the kind of device the credential is stored on, as defined by backup eligibility. */
export type CredentialDeviceType =
  /** The credential can be backed up if enabled by the end-user. */
  | 'MULTI_DEVICE'
  /** The credential cannot be backed up and synced to another device. */
  | 'SINGLE_DEVICE';

/** How a user holds a permission. */
export type EffectivePermissionSource =
  /** Assigned to the user directly. */
  | 'DIRECT'
  /** Granted by a role the user holds (directly or through a group). */
  | 'ROLES';

/** How a user holds a role. */
export type EffectiveRoleSource =
  /** Assigned to the user directly. */
  | 'DIRECT'
  /** Granted to a group the user is a member of. */
  | 'GROUPS';

/** A user attribute to export. */
export type ExportFieldInput = {
  /** The CSV column (or JSON key) to write it under; the name when absent. */
  exportAs?: string | null | undefined;
  /** The attribute, e.g. `email`, `user_metadata.country`, `identities[0].connection` (at most 100 characters). */
  name: string;
};

/** What to export. */
export type ExportUsersInput = {
  /** Only the users of this connection (`con_…`); every user of the tenant when absent. */
  connectionId?: string | null | undefined;
  /** The attributes to export (CSV: at most 30, metadata keys one by one). Auth0's default set when absent. Keep `user_id` to read the export as users. */
  fields?: Array<ExportFieldInput> | null | undefined;
  /** The file's format (default JSON). */
  format?: JobFileFormat | null | undefined;
  /** The most users to export (at least 1); all when absent. */
  limit?: number | null | undefined;
};

/** What to import, and where. */
export type ImportUsersInput = {
  /** The database connection's name (looked up with GET /connections?name=). Give this or `connectionId`. */
  connection?: string | null | undefined;
  /** The database connection to import into (`con_…`). Give this or `connection`. */
  connectionId?: string | null | undefined;
  /** An id of your own for the job. */
  externalId?: string | null | undefined;
  /** The users: a JSON array in Auth0's bulk-import schema, at most 512000 bytes. */
  file: File;
  /** Email the tenant's owners when the job is done (default false). */
  sendCompletionEmail?: boolean | null | undefined;
  /** Update users that already exist (default: skip and report them). */
  upsert?: boolean | null | undefined;
};

/** The format of a users export file. */
export type JobFileFormat =
  /** CSV with a header row, every value quoted and escaped against CSV injection (gzip-compressed). */
  | 'CSV'
  /** Newline-delimited JSON: one user per line (gzip-compressed). */
  | 'JSON';

/** Where a job is: it starts pending, is processed, and ends completed or failed. */
export type JobStatus =
  /** Finished. */
  | 'COMPLETED'
  /** Failed as a whole: `statusDetails` says why. */
  | 'FAILED'
  /** Waiting to start. */
  | 'PENDING'
  /** Running: see `percentageDone` and `timeLeftSeconds`. */
  | 'PROCESSING';

/** The secondary account to link: either `provider` and `userId` (with `connectionId` to pick among several database connections), or `linkWith`, its ID token — never both. */
export type LinkUserIdentityInput = {
  /** Id of the secondary account's connection (`con_` and 16 letters or digits), needed only when more than one `auth0` database connection exists. */
  connectionId?: string | null | undefined;
  /** The secondary account's ID token (a JWT issued by this tenant). The only form a caller holding just update:current_user_identities may use. Never returned or logged. */
  linkWith?: string | null | undefined;
  /** Identity provider of the secondary account, e.g. `auth0`, `google-oauth2`, `github`. */
  provider?: string | null | undefined;
  /** The secondary account's id at the provider, without the `provider|` prefix. */
  userId?: string | null | undefined;
};

/** A legacy multi-factor provider a user can be enrolled with (Auth0's `UserMultifactorProviderEnum`). */
export type MultifactorProvider =
  /** Duo Security. */
  | 'DUO'
  /** Google Authenticator (the legacy provider). */
  | 'GOOGLE_AUTHENTICATOR';

/** Applies to phone authentication methods only: the preferred communication method. */
export type PreferredAuthenticationMethod =
  /** Codes are sent by text message. */
  | 'SMS'
  /** Codes are read out in a voice call. */
  | 'VOICE';

/** One of the authentication methods that replace all of a user's methods. */
export type ReplaceUserAuthenticationMethodInput = {
  /** Email methods only: the email address codes are sent to. */
  email?: string | null | undefined;
  /** A human-readable label to identify the authentication method (1 to 20 characters). */
  name?: string | null | undefined;
  /** Phone methods only: the phone number codes are sent to, in E.164 form (e.g. `+14155550123`). */
  phoneNumber?: string | null | undefined;
  /** Phone methods only: whether codes are sent by text message (the default) or voice call. */
  preferredAuthenticationMethod?: PreferredAuthenticationMethod | null | undefined;
  /** TOTP methods only: the base32-encoded secret the authenticator app generates codes from. Write-only: it is never answered. */
  totpSecret?: string | null | undefined;
  /** The type of method. */
  type: ReplaceableAuthenticationMethodType;
};

/** The types of authentication method that `replaceUserAuthenticationMethods` can set. */
export type ReplaceableAuthenticationMethodType =
  /** An email address that receives codes (needs `email`). */
  | 'EMAIL'
  /** A phone number that receives codes by text message or voice call (needs `phoneNumber`). */
  | 'PHONE'
  /** An authenticator app generating time-based one-time passwords (needs `totpSecret`). */
  | 'TOTP';

/** Which refresh tokens to revoke: exactly one of `ids`; `userId`; `userId` + `clientId`; `userId` + `clientId` + `audience`. */
export type RevokeRefreshTokensInput = {
  /** Only the tokens granting access to this API (its identifier); needs `userId` and `clientId`. */
  audience?: string | null | undefined;
  /** Only the user's tokens issued to this application; needs `userId`. */
  clientId?: string | null | undefined;
  /** Refresh token ids (1 to 100); not with the others. */
  ids?: Array<string | number> | null | undefined;
  /** Every refresh token of this user (Auth0 `user_id`). */
  userId?: string | number | null | undefined;
};

/** Which of a user's access to revoke: every session, or one. */
export type RevokeUserAccessInput = {
  /** Keep the refresh tokens of the revoked sessions (default false: they are revoked too). */
  preserveRefreshTokens?: boolean | null | undefined;
  /** Revoke only this session (and its refresh tokens); every session of the user when absent. */
  sessionId?: string | number | null | undefined;
  /** The user's Auth0 `user_id`. */
  userId: string | number;
};

/** A risk assessor of Auth0's adaptive MFA whose memory of a user can be cleared. */
export type RiskAssessor =
  /** The devices the user logged in from before: after clearing, every device is new. */
  | 'NEW_DEVICE';

/** Whom to send a verification email. */
export type SendVerificationEmailInput = {
  /** The application whose email template and links to use; the tenant's global client when absent. */
  clientId?: string | null | undefined;
  /** The identity to verify, for a user with several. */
  identity?: VerificationIdentityInput | null | undefined;
  /** The organization whose branding and parameters to use (`org_…`). */
  organizationId?: string | null | undefined;
  /** The user's Auth0 `user_id`. */
  userId: string | number;
};

/** Ascending or descending order. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** The identity a ticket is for, for a user with several. */
export type TicketIdentityInput = {
  /** The identity's connection (`con_…`). */
  connectionId?: string | null | undefined;
  /** The identity's provider (`auth0`). */
  provider: string;
  /** The identity's user id at its provider. */
  userId: string;
};

/** Changes the caller may make to their own profile. */
export type UpdateMeInput = {
  /** The caller's own user metadata. Merged one level deep into what the user has: each top-level key given replaces that key wholesale (nested objects are not merged — send the whole sub-object), a key given as null is deleted, keys not given are kept, and {} clears it entirely. E.g. with `{"profileCode": 1479, "addresses": {"work_address": "100 Industrial Way"}}` stored, giving `{"addresses": {"work_address": "100 Industrial Way", "home_address": "742 Evergreen Terrace"}}` keeps profileCode and replaces addresses with both addresses. Key names may not contain "." or "$" (at any depth). */
  userMetadata: Record<string, unknown>;
};

/** What to change in a refresh token's record. */
export type UpdateRefreshTokenInput = {
  /** The refresh token's new metadata, replacing the old whole: at most 25 properties, each a string of at most 255 characters. null or {} clears it. Required (Auth0 takes no empty update). */
  refreshTokenMetadata?: Record<string, unknown> | null | undefined;
};

/** What to change in a session. */
export type UpdateSessionInput = {
  /** The session's new metadata, replacing the old whole: at most 25 properties, each a string of at most 255 characters. null or {} clears it. Required (Auth0 takes no empty update). */
  sessionMetadata?: Record<string, unknown> | null | undefined;
};

/** What to change on an authentication method: at least one of its label and (phones only) preferred delivery. */
export type UpdateUserAuthenticationMethodInput = {
  /** A human-readable label to identify the authentication method (1 to 20 characters). */
  name?: string | null | undefined;
  /** Phone methods only: whether codes are sent by text message (the default) or voice call. */
  preferredAuthenticationMethod?: PreferredAuthenticationMethod | null | undefined;
};

/** Changes to a user (PATCH /users/{id}). A field left out is untouched; a field given replaces the stored value; an explicit null unsets the attributes that allow it (email, phoneNumber, givenName, familyName, name, nickname, password, picture, username). Metadata is merged, not replaced (see userMetadata). Auth0 refuses changing password with email or emailVerified, and username with email, emailVerified or password, in one update: such inputs are refused before anything is sent, as is an empty update. */
export type UpdateUserInput = {
  /** Data that affects the user's access. Merged one level deep into what the user has: each top-level key given replaces that key wholesale (nested objects are not merged — send the whole sub-object), a key given as null is deleted, keys not given are kept, and {} clears it entirely. E.g. with `{"profileCode": 1479, "addresses": {"work_address": "100 Industrial Way"}}` stored, giving `{"addresses": {"work_address": "100 Industrial Way", "home_address": "742 Evergreen Terrace"}}` keeps profileCode and replaces addresses with both addresses. Key names may not contain "." or "$" (at any depth). These keys are reserved by Auth0 and refused: __tenant, _id, blocked, clientID, created_at, email_verified, email, globalClientID, global_client_id, identities, lastIP, lastLogin, loginsCount, metadata, multifactor_last_modified, multifactor, updated_at, user_id. A caller holding only update:users_app_metadata may change this field alone. */
  appMetadata?: Record<string, unknown> | null | undefined;
  /** Whether this user is blocked by an administrator. false lifts only the administrator's block, not a brute-force protection block (see `blockedFor`). */
  blocked?: boolean | null | undefined;
  /** The Auth0 client (application) whose settings apply to the email or phone change; only with email or phoneNumber. */
  clientId?: string | null | undefined;
  /** Name of the connection to target: required when changing email, emailVerified, phoneNumber, phoneVerified, username or password of a secondary (linked) identity. */
  connection?: string | null | undefined;
  /** Email address of this user; null unsets it; absent leaves it as it is. Cannot be changed together with password or username. */
  email?: string | null | undefined;
  /** Whether this email address is verified. false sends no verification email unless verifyEmail is true. Not supported for enterprise and passwordless SMS users. */
  emailVerified?: boolean | null | undefined;
  /** Family name/last name/surname of this user, 1 to 150 characters; null unsets it; absent leaves it as it is. */
  familyName?: string | null | undefined;
  /** Given name/first name/forename of this user, 1 to 150 characters; null unsets it; absent leaves it as it is. */
  givenName?: string | null | undefined;
  /** Name of this user, 1 to 300 characters; null unsets it; absent leaves it as it is. */
  name?: string | null | undefined;
  /** Preferred nickname or alias of this user, 1 to 300 characters; null unsets it; absent leaves it as it is. */
  nickname?: string | null | undefined;
  /** New password for this user (database connections only); null unsets it; absent leaves it as it is. Cannot be changed together with email, emailVerified or username. Setting one also lifts an administrator's block. Never returned or logged. */
  password?: string | null | undefined;
  /** The user's phone number, in E.164 form (`+` and 1 to 15 digits); null unsets it; absent leaves it as it is. */
  phoneNumber?: string | null | undefined;
  /** Whether this phone number has been verified. */
  phoneVerified?: boolean | null | undefined;
  /** URL to picture, photo, or avatar of this user; null unsets it; absent leaves it as it is. */
  picture?: string | null | undefined;
  /** Data the user may read and edit themselves. Merged one level deep into what the user has: each top-level key given replaces that key wholesale (nested objects are not merged — send the whole sub-object), a key given as null is deleted, keys not given are kept, and {} clears it entirely. E.g. with `{"profileCode": 1479, "addresses": {"work_address": "100 Industrial Way"}}` stored, giving `{"addresses": {"work_address": "100 Industrial Way", "home_address": "742 Evergreen Terrace"}}` keeps profileCode and replaces addresses with both addresses. Key names may not contain "." or "$" (at any depth). */
  userMetadata?: Record<string, unknown> | null | undefined;
  /** The user's username, 1 to 128 characters, only on connections that require one; null unsets it; absent leaves it as it is. */
  username?: string | null | undefined;
  /** Whether the user will receive a verification email (true) or no email (false). Overrides the behaviour of emailVerified. */
  verifyEmail?: boolean | null | undefined;
  /** Whether the user will receive a text after the phone number changes. Only with phoneNumber, for SMS connections. */
  verifyPhoneNumber?: boolean | null | undefined;
};

/** Why a mutation did not do what was asked; stable for clients to branch on. */
export type UserErrorCode =
  /** What the mutation would create already exists (a user with that email, a linked identity, a method). */
  | 'ALREADY_EXISTS'
  /** The request conflicts with the current state in a way Auth0 refuses (e.g. replacing methods while a passkey is enrolled). */
  | 'CONFLICT'
  /** The input is not valid (format, length, a forbidden combination). Nothing was sent to Auth0. */
  | 'INVALID_INPUT'
  /** The user (or role, method, identity…) named does not exist. */
  | 'NOT_FOUND'
  /** Auth0 refused the request as invalid; its message says why. */
  | 'UPSTREAM_REJECTED';

/** How to order users: an attribute and a direction. */
export type UserSort = {
  /** The order; ascending by default. */
  direction?: SortDirection | null | undefined;
  /** The attribute to sort by. */
  field: UserSortField;
};

/** A user attribute Auth0 search can sort by. */
export type UserSortField =
  /** When the user was created. */
  | 'CREATED_AT'
  /** The user's email address. */
  | 'EMAIL'
  /** The user's family name. */
  | 'FAMILY_NAME'
  /** The user's given name. */
  | 'GIVEN_NAME'
  /** When the user last logged in. */
  | 'LAST_LOGIN'
  /** How many times the user logged in. */
  | 'LOGINS_COUNT'
  /** The user's name. */
  | 'NAME'
  /** The user's nickname. */
  | 'NICKNAME'
  /** When the user was last updated. */
  | 'UPDATED_AT'
  /** The user's username. */
  | 'USERNAME'
  /** The user's id. */
  | 'USER_ID';

/** One identity of a user. */
export type VerificationIdentityInput = {
  /** The identity's provider, e.g. `google-oauth2`. */
  provider: string;
  /** The identity's user id at its provider. */
  userId: string;
};

export type TrustedMeQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustedMeQuery = { me: { id: string, email: string | null } | null };

export type TrustedUserQueryVariables = Exact<{
  id: string | number;
}>;


export type TrustedUserQuery = { user: { id: string, email: string | null, name: string | null } | null };

export type AccessRevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessRevokeSessionMutation = { revokeSession: { revokedSessionId: string | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type AccessRevokeRefreshTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessRevokeRefreshTokenMutation = { revokeRefreshToken: { revokedRefreshTokenId: string | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type AccessRevokeUserAccessMutationVariables = Exact<{
  input: RevokeUserAccessInput;
}>;


export type AccessRevokeUserAccessMutation = { revokeUserAccess: { user: { id: string, email: string | null, sessions: { nodes: Array<{ id: string }> } | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type AccessDeleteUserAuthenticationMethodsMutationVariables = Exact<{
  userId: string | number;
}>;


export type AccessDeleteUserAuthenticationMethodsMutation = { deleteUserAuthenticationMethods: { user: { id: string, authenticationMethods: { totalCount: number | null } | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type AccessClearUserRiskAssessmentsMutationVariables = Exact<{
  input: ClearUserRiskAssessmentsInput;
}>;


export type AccessClearUserRiskAssessmentsMutation = { clearUserRiskAssessments: { user: { id: string, email: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type AccessDeleteUserFederatedConnectionTokenSetMutationVariables = Exact<{
  userId: string | number;
  id: string | number;
}>;


export type AccessDeleteUserFederatedConnectionTokenSetMutation = { deleteUserFederatedConnectionTokenSet: { deletedTokenSetId: string | null, user: { id: string, federatedConnectionTokenSets: Array<{ id: string }> | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type AccessAddOrganizationMembersMutationVariables = Exact<{
  org: string | number;
  ids: Array<string | number> | string | number;
}>;


export type AccessAddOrganizationMembersMutation = { addOrganizationMembers: { organizationId: string | null, userIds: Array<string> | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type AccessRemoveOrganizationMembersMutationVariables = Exact<{
  org: string | number;
  ids: Array<string | number> | string | number;
}>;


export type AccessRemoveOrganizationMembersMutation = { removeOrganizationMembers: { organizationId: string | null, userIds: Array<string> | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type AccessAssignOrganizationMemberRolesMutationVariables = Exact<{
  org: string | number;
  id: string | number;
  roles: Array<string | number> | string | number;
}>;


export type AccessAssignOrganizationMemberRolesMutation = { assignOrganizationMemberRoles: { organizationId: string | null, user: { id: string, organizationRoles: { nodes: Array<{ id: string }> } | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type AccessRemoveOrganizationMemberRolesMutationVariables = Exact<{
  org: string | number;
  id: string | number;
  roles: Array<string | number> | string | number;
}>;


export type AccessRemoveOrganizationMemberRolesMutation = { removeOrganizationMemberRoles: { organizationId: string | null, user: { id: string, organizationRoles: { nodes: Array<{ id: string }> } | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type AmContactsUpdateUserAuthenticationMethodAuthenticationMethodMutationVariables = Exact<{
  id: string | number;
  methodId: string | number;
}>;


export type AmContactsUpdateUserAuthenticationMethodAuthenticationMethodMutation = { updateUserAuthenticationMethod: { authenticationMethod: { id: string, name: string | null, phoneNumber: string | null, email: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type AmContactsCreateUserAuthenticationMethodAuthenticationMethodMutationVariables = Exact<{
  id: string | number;
}>;


export type AmContactsCreateUserAuthenticationMethodAuthenticationMethodMutation = { createUserAuthenticationMethod: { authenticationMethod: { id: string, phoneNumber: string | null, email: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type AmMutMethodFragment = { id: string, type: string, name: string | null, confirmed: boolean | null, phoneNumber: string | null, preferredAuthenticationMethod: PreferredAuthenticationMethod | null, email: string | null, keyId: string | null, publicKey: string | null, relyingPartyIdentifier: string | null, aaguid: string | null, credentialDeviceType: CredentialDeviceType | null, credentialBackedUp: boolean | null, identityUserId: string | null, userAgent: string | null, userHandle: string | null, transports: Array<string> | null, createdAt: string };

export type AmMutUserFragment = { id: string, authenticationMethods: { totalCount: number | null, nodes: Array<{ id: string, type: string, name: string | null }> } | null };

export type AmMutCreateMutationVariables = Exact<{
  id: string | number;
  input: CreateUserAuthenticationMethodInput;
}>;


export type AmMutCreateMutation = { createUserAuthenticationMethod: { authenticationMethod: { id: string, type: string, name: string | null, confirmed: boolean | null, phoneNumber: string | null, preferredAuthenticationMethod: PreferredAuthenticationMethod | null, email: string | null, keyId: string | null, publicKey: string | null, relyingPartyIdentifier: string | null, aaguid: string | null, credentialDeviceType: CredentialDeviceType | null, credentialBackedUp: boolean | null, identityUserId: string | null, userAgent: string | null, userHandle: string | null, transports: Array<string> | null, createdAt: string } | null, user: { id: string, authenticationMethods: { totalCount: number | null, nodes: Array<{ id: string, type: string, name: string | null }> } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type AmMutUpdateMutationVariables = Exact<{
  id: string | number;
  methodId: string | number;
  input: UpdateUserAuthenticationMethodInput;
}>;


export type AmMutUpdateMutation = { updateUserAuthenticationMethod: { authenticationMethod: { id: string, type: string, name: string | null, confirmed: boolean | null, phoneNumber: string | null, preferredAuthenticationMethod: PreferredAuthenticationMethod | null, email: string | null, keyId: string | null, publicKey: string | null, relyingPartyIdentifier: string | null, aaguid: string | null, credentialDeviceType: CredentialDeviceType | null, credentialBackedUp: boolean | null, identityUserId: string | null, userAgent: string | null, userHandle: string | null, transports: Array<string> | null, createdAt: string } | null, user: { id: string, authenticationMethods: { totalCount: number | null, nodes: Array<{ id: string, type: string, name: string | null }> } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type AmMutDeleteMutationVariables = Exact<{
  id: string | number;
  methodId: string | number;
}>;


export type AmMutDeleteMutation = { deleteUserAuthenticationMethod: { deletedAuthenticationMethodId: string | null, user: { id: string, authenticationMethods: { totalCount: number | null, nodes: Array<{ id: string, type: string, name: string | null }> } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type AmMutReplaceMutationVariables = Exact<{
  id: string | number;
  methods: Array<ReplaceUserAuthenticationMethodInput> | ReplaceUserAuthenticationMethodInput;
}>;


export type AmMutReplaceMutation = { replaceUserAuthenticationMethods: { authenticationMethods: Array<{ id: string, type: string, name: string | null, confirmed: boolean | null, phoneNumber: string | null, preferredAuthenticationMethod: PreferredAuthenticationMethod | null, email: string | null, keyId: string | null, publicKey: string | null, relyingPartyIdentifier: string | null, aaguid: string | null, credentialDeviceType: CredentialDeviceType | null, credentialBackedUp: boolean | null, identityUserId: string | null, userAgent: string | null, userHandle: string | null, transports: Array<string> | null, createdAt: string }> | null, user: { id: string, authenticationMethods: { totalCount: number | null, nodes: Array<{ id: string, type: string, name: string | null }> } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type AmMutReadQueryVariables = Exact<{
  id: string | number;
}>;


export type AmMutReadQuery = { user: { id: string, authenticationMethods: { totalCount: number | null, nodes: Array<{ id: string, type: string, name: string | null }> } | null } | null };

export type AmMutDeleteAfterReadMutationVariables = Exact<{
  id: string | number;
  methodId: string | number;
}>;


export type AmMutDeleteAfterReadMutation = { before: { user: { id: string, authenticationMethods: { totalCount: number | null, nodes: Array<{ id: string, type: string, name: string | null }> } | null } | null } | null, deleteUserAuthenticationMethod: { deletedAuthenticationMethodId: string | null, user: { id: string, authenticationMethods: { totalCount: number | null, nodes: Array<{ id: string, type: string, name: string | null }> } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type AmMutReplaceAfterReadMutationVariables = Exact<{
  id: string | number;
  methods: Array<ReplaceUserAuthenticationMethodInput> | ReplaceUserAuthenticationMethodInput;
}>;


export type AmMutReplaceAfterReadMutation = { before: { user: { id: string, authenticationMethods: { totalCount: number | null, nodes: Array<{ id: string, type: string, name: string | null }> } | null } | null } | null, replaceUserAuthenticationMethods: { authenticationMethods: Array<{ id: string, type: string, name: string | null, phoneNumber: string | null, email: string | null }> | null, user: { id: string, authenticationMethods: { totalCount: number | null, nodes: Array<{ id: string, type: string, name: string | null }> } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type AmUserAuthenticationMethodsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type AmUserAuthenticationMethodsQuery = { user: { authenticationMethods: { totalCount: number | null, nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type AmTypeFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type AmTypeFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type AmUserAuthenticationMethods2QueryVariables = Exact<{
  id: string | number;
}>;


export type AmUserAuthenticationMethods2Query = { user: { id: string, authenticationMethods: { nodes: Array<{ id: string }> } | null } | null };

export type EffectiveUserEffectiveRolesQueryVariables = Exact<{
  id: string | number;
}>;


export type EffectiveUserEffectiveRolesQuery = { user: { effectiveRoles: { nodes: Array<{ id: string, name: string, sources: Array<EffectiveRoleSource>, sourceGroups: Array<{ id: string, name: string | null }> | null }> } | null } | null };

export type EffectiveUserEffectiveRoles2QueryVariables = Exact<{
  id: string | number;
}>;


export type EffectiveUserEffectiveRoles2Query = { user: { effectiveRoles: { nodes: Array<{ id: string, sourceGroups: Array<{ id: string }> | null }> } | null } | null };

export type EffectiveUserEffectiveRoles3QueryVariables = Exact<{ [key: string]: never; }>;


export type EffectiveUserEffectiveRoles3Query = { user: { effectiveRoles: { nodes: Array<{ id: string }> } | null } | null };

export type EffectiveUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type EffectiveUsersQuery = { users: { nodes: Array<{ id: string, effectiveRoles: { nodes: Array<{ name: string }> } | null }> } };

export type EffectiveUserEffectivePermissionsQueryVariables = Exact<{
  id: string | number;
  api: string;
}>;


export type EffectiveUserEffectivePermissionsQuery = { user: { effectivePermissions: { nodes: Array<{ resourceServerIdentifier: string, resourceServerName: string | null, permissionName: string, sources: Array<EffectivePermissionSource>, sourceRoles: { nodes: Array<{ id: string, sources: Array<EffectiveRoleSource> }> } | null }> } | null } | null };

export type EffectiveUserEffectivePermissions2QueryVariables = Exact<{
  id: string | number;
}>;


export type EffectiveUserEffectivePermissions2Query = { user: { effectivePermissions: { nodes: Array<{ permissionName: string }> } | null } | null };

export type EffectiveUserEffectivePermissions3QueryVariables = Exact<{
  id: string | number;
}>;


export type EffectiveUserEffectivePermissions3Query = { user: { effectivePermissions: { nodes: Array<{ permissionName: string }> } | null } | null };

export type EffectiveUserGroupsQueryVariables = Exact<{
  id: string | number;
}>;


export type EffectiveUserGroupsQuery = { user: { groups: { totalCount: number | null, nodes: Array<{ id: string, name: string | null, membershipCreatedAt: string | null }> } | null } | null };

export type EffectiveUserGroups2QueryVariables = Exact<{
  id: string | number;
}>;


export type EffectiveUserGroups2Query = { user: { groups: { totalCount: number | null, nodes: Array<{ id: string }> } | null } | null };

export type EffectiveUserConnectedAccountsQueryVariables = Exact<{
  id: string | number;
}>;


export type EffectiveUserConnectedAccountsQuery = { user: { connectedAccounts: { nodes: Array<{ id: string, connection: string, strategy: string, accessType: string, scopes: Array<string>, createdAt: string | null }> } | null } | null };

export type EffectiveMeConnectedAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type EffectiveMeConnectedAccountsQuery = { me: { id: string, connectedAccounts: { nodes: Array<{ id: string }> } | null } | null };

export type EffectiveUserFederatedConnectionTokenSetsQueryVariables = Exact<{
  id: string | number;
}>;


export type EffectiveUserFederatedConnectionTokenSetsQuery = { user: { federatedConnectionTokenSets: Array<{ id: string, connection: string | null, scope: string | null, issuedAt: string | null, expiresAt: string | null, lastUsedAt: string | null }> | null } | null };

export type EffectiveTypeFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type EffectiveTypeFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type EffectiveUserOrganizationRolesQueryVariables = Exact<{
  id: string | number;
  org: string | number;
}>;


export type EffectiveUserOrganizationRolesQuery = { user: { organizationRoles: { totalCount: number | null, nodes: Array<{ id: string, name: string }> } | null } | null };

export type EffectiveUserOrganizationRoles2QueryVariables = Exact<{
  id: string | number;
  org: string | number;
}>;


export type EffectiveUserOrganizationRoles2Query = { user: { id: string, organizationRoles: { nodes: Array<{ id: string }> } | null } | null };

export type EffectiveUserAuthenticationMethodQueryVariables = Exact<{
  id: string | number;
  m: string | number;
}>;


export type EffectiveUserAuthenticationMethodQuery = { user: { authenticationMethod: { id: string, type: string } | null } | null };

export type EffectiveUserAuthenticationMethod2QueryVariables = Exact<{
  id: string | number;
}>;


export type EffectiveUserAuthenticationMethod2Query = { user: { authenticationMethod: { id: string } | null } | null };

export type EffectiveOrganizationMembersQueryVariables = Exact<{
  org: string | number;
}>;


export type EffectiveOrganizationMembersQuery = { organization: { members: { nodes: Array<{ id: string, email: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type EffectiveOrganizationMembers2QueryVariables = Exact<{
  org: string | number;
  after?: string | null | undefined;
}>;


export type EffectiveOrganizationMembers2Query = { organization: { members: { nodes: Array<{ id: string, lastLogin: string | null }> } | null } | null };

export type EffectiveOrganizationMembers3QueryVariables = Exact<{
  org: string | number;
}>;


export type EffectiveOrganizationMembers3Query = { organization: { members: { nodes: Array<{ id: string, email: string | null, name: string | null, picture: string | null }> } | null } | null };

export type EffectiveOrganizationMembers4QueryVariables = Exact<{
  org: string | number;
}>;


export type EffectiveOrganizationMembers4Query = { organization: { members: { nodes: Array<{ id: string, lastLogin: string | null }> } | null } | null };

export type EffectiveOrganizationMembers5QueryVariables = Exact<{
  org: string | number;
}>;


export type EffectiveOrganizationMembers5Query = { organization: { id: string, members: { nodes: Array<{ id: string }> } | null } | null };

export type EffectiveOrganizationMembers6QueryVariables = Exact<{ [key: string]: never; }>;


export type EffectiveOrganizationMembers6Query = { organization: { members: { nodes: Array<{ id: string }> } | null } | null };

export type EffectiveUserBlocksByIdentifierQueryVariables = Exact<{
  i: string;
}>;


export type EffectiveUserBlocksByIdentifierQuery = { userBlocksByIdentifier: Array<{ identifier: string, ip: string | null, connection: string | null }> };

export type EffectiveUserBlocksByIdentifier2QueryVariables = Exact<{ [key: string]: never; }>;


export type EffectiveUserBlocksByIdentifier2Query = { userBlocksByIdentifier: Array<{ identifier: string }> };

export type EffectiveUserBlocksByIdentifier3QueryVariables = Exact<{
  i: string;
}>;


export type EffectiveUserBlocksByIdentifier3Query = { userBlocksByIdentifier: Array<{ identifier: string }> };

export type EffectiveUserLogsQueryVariables = Exact<{
  id: string | number;
}>;


export type EffectiveUserLogsQuery = { user: { asc: { nodes: Array<{ date: string | null }> } | null, desc: { nodes: Array<{ date: string | null }> } | null } | null };

export type EffectiveRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type EffectiveRolesQuery = { roles: { totalCount: number | null, nodes: Array<{ name: string }> } };

export type EffectiveUserAuthenticationMethod3QueryVariables = Exact<{
  id: string | number;
  org: string | number;
  m: string | number;
  api: string;
}>;


export type EffectiveUserAuthenticationMethod3Query = { user: { email: string | null, authenticationMethod: { id: string } | null, effectiveRoles: { nodes: Array<{ id: string, sourceGroups: Array<{ id: string }> | null }> } | null, effectivePermissions: { nodes: Array<{ permissionName: string, sourceRoles: { nodes: Array<{ id: string }> } | null }> } | null, groups: { totalCount: number | null, nodes: Array<{ id: string }> } | null, connectedAccounts: { nodes: Array<{ id: string }> } | null, federatedConnectionTokenSets: Array<{ id: string }> | null, organizationRoles: { nodes: Array<{ id: string }> } | null } | null };

export type EnrollUserEnrollmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type EnrollUserEnrollmentsQuery = { user: { enrollments: Array<{ id: string | null }> | null } | null };

export type EnrollUserEnrollments2QueryVariables = Exact<{
  id: string | number;
}>;


export type EnrollUserEnrollments2Query = { user: { id: string, enrollments: Array<{ id: string | null }> | null } | null };

export type IdMutUserQueryVariables = Exact<{
  id: string | number;
}>;


export type IdMutUserQuery = { user: { id: string } | null };

export type IdMutUpdateUserMutationVariables = Exact<{
  id: string | number;
  input: LinkUserIdentityInput;
  provider: string;
  userId: string;
}>;


export type IdMutUpdateUserMutation = { before: { user: { identities: Array<{ userId: string | null }> } | null } | null, link: { user: { userMetadata: Record<string, unknown> | null, identities: Array<{ userId: string | null }> } | null } | null, meta: { user: { identities: Array<{ userId: string | null }> } | null } | null, unlink: { user: { userMetadata: Record<string, unknown> | null, identities: Array<{ userId: string | null }> } | null } | null };

export type ImportUploadUsersMutationVariables = Exact<{
  input: ImportUsersInput;
}>;


export type ImportUploadUsersMutation = { importUsers: { job: { id: string, status: JobStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type JobsJobQueryVariables = Exact<{
  id: string | number;
}>;


export type JobsJobQuery = { job:
    | { __typename: 'UsersExportJob', format: JobFileFormat | null, limit: number | null, location: string | null, id: string, status: JobStatus, percentageDone: number | null, timeLeftSeconds: number | null, connectionId: string | null, fields: Array<{ name: string, exportAs: string | null }> | null }
    | { __typename: 'UsersImportJob', id: string, status: JobStatus, percentageDone: number | null, timeLeftSeconds: number | null, connectionId: string | null, summary: { inserted: number, updated: number, failed: number, total: number } | null }
    | { __typename: 'VerificationEmailJob', id: string, status: JobStatus, percentageDone: number | null, timeLeftSeconds: number | null, connectionId: string | null }
   | null };

export type JobsExportUsersJobMutationVariables = Exact<{
  input: ExportUsersInput;
}>;


export type JobsExportUsersJobMutation = { exportUsers: { job: { id: string, status: JobStatus, format: JobFileFormat | null, limit: number | null, fields: Array<{ name: string, exportAs: string | null }> | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type JobsJob2QueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type JobsJob2Query = { job:
    | { __typename: 'UsersExportJob', users: { edges: Array<{ cursor: string, node: { id: string, email: string | null, createdAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }
    | { __typename: 'UsersImportJob' }
    | { __typename: 'VerificationEmailJob' }
   | null };

export type JobsImportUsersJobMutationVariables = Exact<{
  input: ImportUsersInput;
}>;


export type JobsImportUsersJobMutation = { importUsers: { job: { id: string, status: JobStatus, connectionId: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type JobsJob3QueryVariables = Exact<{
  id: string | number;
}>;


export type JobsJob3Query = { job:
    | { __typename: 'UsersExportJob', status: JobStatus }
    | { __typename: 'UsersImportJob', status: JobStatus, summary: { inserted: number, updated: number, failed: number, total: number } | null, errors: Array<{ email: string | null, userId: string | null, errors: Array<{ code: string | null, message: string | null, path: string | null }> }> }
    | { __typename: 'VerificationEmailJob', status: JobStatus }
   | null };

export type JobsJob4QueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type JobsJob4Query = { job:
    | { __typename: 'UsersExportJob', users: { edges: Array<{ node: { id: string, email: string | null, givenName: string | null, name: string | null, nickname: string | null, emailVerified: boolean | null, loginsCount: number | null, createdAt: string | null, appMetadata: Record<string, unknown> | null, userMetadata: Record<string, unknown> | null, identities: Array<{ connection: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }
    | { __typename: 'UsersImportJob' }
    | { __typename: 'VerificationEmailJob' }
   | null };

export type JobsUserQueryVariables = Exact<{
  id: string | number;
}>;


export type JobsUserQuery = { user: { id: string, email: string | null, givenName: string | null } | null };

export type JobsUser2QueryVariables = Exact<{
  id: string | number;
}>;


export type JobsUser2Query = { user: { name: string | null } | null };

export type JobsJobProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type JobsJobProgressSubscription = { jobProgress:
    | { __typename: 'UsersExportJob', location: string | null, id: string, status: JobStatus, percentageDone: number | null }
    | { __typename: 'UsersImportJob', id: string, status: JobStatus, percentageDone: number | null }
    | { __typename: 'VerificationEmailJob', id: string, status: JobStatus, percentageDone: number | null }
   };

export type JobsSendVerificationEmailJobMutationVariables = Exact<{
  input: SendVerificationEmailInput;
}>;


export type JobsSendVerificationEmailJobMutation = { sendVerificationEmail: { job: { __typename: 'VerificationEmailJob', id: string, status: JobStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type JobsCreatePasswordChangeTicketMutationVariables = Exact<{
  input: CreatePasswordChangeTicketInput;
}>;


export type JobsCreatePasswordChangeTicketMutation = { createPasswordChangeTicket: { ticket: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type JobsCreateEmailVerificationTicketMutationVariables = Exact<{
  input: CreateEmailVerificationTicketInput;
}>;


export type JobsCreateEmailVerificationTicketMutation = { createEmailVerificationTicket: { ticket: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type LogsUserLogsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type LogsUserLogsQuery = { user: { logs: { totalCount: number | null, nodes: Array<{ logId: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type LogsUserLogs2QueryVariables = Exact<{
  id: string | number;
}>;


export type LogsUserLogs2Query = { user: { logs: { totalCount: number | null } | null } | null };

export type LogsUserLogs3QueryVariables = Exact<{
  id: string | number;
}>;


export type LogsUserLogs3Query = { user: { id: string, email: string | null, logs: { nodes: Array<{ logId: string | null }> } | null } | null };

export type MalformedUserQueryVariables = Exact<{
  id: string | number;
}>;


export type MalformedUserQuery = { user: { id: string, email: string | null } | null };

export type MalformedUser2QueryVariables = Exact<{
  id: string | number;
}>;


export type MalformedUser2Query = { user: { id: string } | null };

export type MalformedUserRolesQueryVariables = Exact<{
  id: string | number;
}>;


export type MalformedUserRolesQuery = { user: { id: string, roles: { totalCount: number | null, nodes: Array<{ id: string }> } | null } | null };

export type MalformedUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type MalformedUsersQuery = { users: { nodes: Array<{ id: string }> } };

export type MalformedCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type MalformedCreateUserMutation = { createUser: { user: { id: string, email: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type MfaInvalidateUserRememberBrowserMutationVariables = Exact<{
  id: string | number;
}>;


export type MfaInvalidateUserRememberBrowserMutation = { invalidateUserRememberBrowser: { user: { id: string, email: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type MfaInvalidateUserRememberBrowser2MutationVariables = Exact<{
  id: string | number;
}>;


export type MfaInvalidateUserRememberBrowser2Mutation = { invalidateUserRememberBrowser: { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type MfaDeleteUserMultifactorProviderMutationVariables = Exact<{
  id: string | number;
  provider: MultifactorProvider;
}>;


export type MfaDeleteUserMultifactorProviderMutation = { deleteUserMultifactorProvider: { user: { id: string, multifactor: Array<string> | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type MfaUserQueryVariables = Exact<{
  id: string | number;
}>;


export type MfaUserQuery = { user: { multifactor: Array<string> | null } | null };

export type MfaRegenerateUserRecoveryCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type MfaRegenerateUserRecoveryCodeMutation = { regenerateUserRecoveryCode: { recoveryCode: string | null, user: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type MfaAuthenticatorsUserFragment = { id: string, multifactor: Array<string> | null, enrollments: Array<{ id: string | null }> | null, authenticationMethods: { nodes: Array<{ id: string, type: string }> } | null };

export type MfaDeleteUserAuthenticatorsMutationVariables = Exact<{
  id: string | number;
}>;


export type MfaDeleteUserAuthenticatorsMutation = { deleteUserAuthenticators: { user: { id: string, multifactor: Array<string> | null, enrollments: Array<{ id: string | null }> | null, authenticationMethods: { nodes: Array<{ id: string, type: string }> } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type MfaDeleteUserAuthenticatorsAfterReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MfaDeleteUserAuthenticatorsAfterReadMutation = { before: { user: { id: string, multifactor: Array<string> | null, enrollments: Array<{ id: string | null }> | null, authenticationMethods: { nodes: Array<{ id: string, type: string }> } | null } | null } | null, deleteUserAuthenticators: { user: { id: string, multifactor: Array<string> | null, enrollments: Array<{ id: string | null }> | null, authenticationMethods: { nodes: Array<{ id: string, type: string }> } | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type MfaAuthenticatorsUserReadQueryVariables = Exact<{
  id: string | number;
}>;


export type MfaAuthenticatorsUserReadQuery = { user: { id: string, multifactor: Array<string> | null, enrollments: Array<{ id: string | null }> | null, authenticationMethods: { nodes: Array<{ id: string, type: string }> } | null } | null };

export type OrgsOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgsOrganizationQuery = { organization: { id: string, name: string } | null };

export type OrgsUserOrganizationsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type OrgsUserOrganizationsQuery = { user: { organizations: { nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } | null } | null };

export type OrgsUserOrganizations2QueryVariables = Exact<{
  id: string | number;
}>;


export type OrgsUserOrganizations2Query = { user: { organizations: { totalCount: number | null } | null } | null };

export type OrgsUserOrganizations3QueryVariables = Exact<{
  id: string | number;
}>;


export type OrgsUserOrganizations3Query = { user: { organizations: { nodes: Array<{ id: string }> } | null } | null };

export type OrgsUserOrganizations4QueryVariables = Exact<{
  id: string | number;
}>;


export type OrgsUserOrganizations4Query = { user: { id: string, email: string | null, organizations: { nodes: Array<{ id: string }> } | null } | null };

export type OrgsUserQueryVariables = Exact<{
  id: string | number;
  org: string | number;
}>;


export type OrgsUserQuery = { user: { id: string } | null, organization: { id: string } | null };

export type PathParamsUserQueryVariables = Exact<{
  id: string | number;
}>;


export type PathParamsUserQuery = { user: { id: string, email: string | null } | null };

export type PathParamsUsersByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PathParamsUsersByIdsQuery = { usersByIds: Array<{ id: string } | null> };

export type PathParamsRoleQueryVariables = Exact<{
  id: string | number;
}>;


export type PathParamsRoleQuery = { role: { name: string } | null, session: { id: string } | null, refreshToken: { id: string } | null, organization: { id: string } | null };

export type PathParamsRoleUsersQueryVariables = Exact<{
  id: string | number;
}>;


export type PathParamsRoleUsersQuery = { role: { id: string, users: { nodes: Array<{ id: string }> } | null } | null };

export type PermsPermissionFragment = { permissionName: string, resourceServerIdentifier: string, resourceServerName: string | null, description: string | null };

export type PermsUserPermissionPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type PermsUserPermissionPageQuery = { user: { permissions: { edges: Array<{ node: { permissionName: string, resourceServerIdentifier: string, resourceServerName: string | null, description: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type PermsRolePermissionPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type PermsRolePermissionPageQuery = { role: { permissions: { nodes: Array<{ permissionName: string, resourceServerIdentifier: string, resourceServerName: string | null, description: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type PermsUserPermissionListQueryVariables = Exact<{
  id: string | number;
}>;


export type PermsUserPermissionListQuery = { user: { permissions: { totalCount: number | null, nodes: Array<{ permissionName: string, resourceServerIdentifier: string, resourceServerName: string | null, description: string | null }> } | null } | null };

export type PermsUserPermissionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PermsUserPermissionsQuery = { user: { permissions: { totalCount: number | null } | null } | null };

export type PermsUserPermissions2QueryVariables = Exact<{
  id: string | number;
}>;


export type PermsUserPermissions2Query = { user: { permissions: { nodes: Array<{ permissionName: string }>, pageInfo: { hasNextPage: boolean } } | null } | null };

export type PermsMePermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermsMePermissionsQuery = { me: { id: string, email: string | null, permissions: { nodes: Array<{ permissionName: string }> } | null } | null };

export type PermsRolePermissionListsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermsRolePermissionListsQuery = { roles: { nodes: Array<{ id: string, permissions: { totalCount: number | null, nodes: Array<{ permissionName: string, resourceServerIdentifier: string, resourceServerName: string | null, description: string | null }> } | null }> } };

export type RtMutRevokeUserRefreshTokensMutationVariables = Exact<{
  id: string | number;
}>;


export type RtMutRevokeUserRefreshTokensMutation = { revokeUserRefreshTokens: { user: { id: string, refreshTokens: { nodes: Array<{ id: string }> } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type RtMutUserSessionsQueryVariables = Exact<{
  id: string | number;
}>;


export type RtMutUserSessionsQuery = { user: { sessions: { nodes: Array<{ id: string }> } | null, refreshTokens: { nodes: Array<{ id: string }> } | null } | null };

export type RtMutInvalidateUserRememberBrowserMutationVariables = Exact<{
  id: string | number;
}>;


export type RtMutInvalidateUserRememberBrowserMutation = { before: { user: { refreshTokens: { nodes: Array<{ id: string }> } | null } | null } | null, revokeUserRefreshTokens: { user: { refreshTokens: { nodes: Array<{ id: string }> } | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type UpdateRefreshTokenMutationVariables = Exact<{
  id: string | number;
  input: UpdateRefreshTokenInput;
}>;


export type UpdateRefreshTokenMutation = { updateRefreshToken: { refreshToken: { id: string, refreshTokenMetadata: Record<string, unknown> | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type RevokeRefreshTokensMutationVariables = Exact<{
  input: RevokeRefreshTokensInput;
}>;


export type RevokeRefreshTokensMutation = { revokeRefreshTokens: { refreshTokenIds: Array<string> | null, userId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type RtUserRefreshTokensQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type RtUserRefreshTokensQuery = { user: { refreshTokens: { nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type RtUserRefreshTokens2QueryVariables = Exact<{
  id: string | number;
}>;


export type RtUserRefreshTokens2Query = { user: { id: string, refreshTokens: { nodes: Array<{ id: string, sessionId: string | null, user: { id: string } | null, session: { id: string, userId: string | null } | null }> } | null } | null };

export type RtUserRefreshTokens3QueryVariables = Exact<{
  id: string | number;
}>;


export type RtUserRefreshTokens3Query = { user: { id: string, refreshTokens: { nodes: Array<{ id: string }> } | null } | null };

export type RtRefreshTokenQueryVariables = Exact<{ [key: string]: never; }>;


export type RtRefreshTokenQuery = { refreshToken: { id: string } | null };

export type RoleMembersRoleUsersQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type RoleMembersRoleUsersQuery = { role: { users: { nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type RoleMembersRoleUsers2QueryVariables = Exact<{
  id: string | number;
}>;


export type RoleMembersRoleUsers2Query = { role: { users: { totalCount: number | null } | null } | null };

export type RoleMembersRoleUsers3QueryVariables = Exact<{
  id: string | number;
}>;


export type RoleMembersRoleUsers3Query = { role: { users: { totalCount: number | null, nodes: Array<{ id: string }> } | null } | null };

export type RoleMutAssignUserRolesMutationVariables = Exact<{
  id: string | number;
  r: Array<string | number> | string | number;
}>;


export type RoleMutAssignUserRolesMutation = { assignUserRoles: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type RoleMutRemoveUserRolesMutationVariables = Exact<{
  id: string | number;
  r: Array<string | number> | string | number;
}>;


export type RoleMutRemoveUserRolesMutation = { removeUserRoles: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type AssignRoleUsersMutationVariables = Exact<{
  roleId: string | number;
  userIds: Array<string | number> | string | number;
}>;


export type AssignRoleUsersMutation = { assignRoleUsers: { userIds: Array<string> | null, role: { id: string, name: string, users: { nodes: Array<{ id: string }> } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type RolesRolesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type RolesRolesQuery = { roles: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, name: string, description: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type RolesRoles2QueryVariables = Exact<{ [key: string]: never; }>;


export type RolesRoles2Query = { roles: { nodes: Array<{ id: string }> } };

export type RolesRoles3QueryVariables = Exact<{ [key: string]: never; }>;


export type RolesRoles3Query = { roles: { totalCount: number | null } };

export type RolesRoles4QueryVariables = Exact<{ [key: string]: never; }>;


export type RolesRoles4Query = { roles: { totalCount: number | null, nodes: Array<{ id: string }> } };

export type RolesRoleQueryVariables = Exact<{
  id: string | number;
}>;


export type RolesRoleQuery = { role: { id: string, name: string, description: string | null } | null };

export type RolesRole2QueryVariables = Exact<{
  id: string | number;
}>;


export type RolesRole2Query = { role: { id: string, name: string } | null };

export type RolesUserRolesQueryVariables = Exact<{
  id: string | number;
}>;


export type RolesUserRolesQuery = { user: { id: string, roles: { totalCount: number | null, nodes: Array<{ id: string, name: string, description: string | null }> } | null } | null };

export type RolesUserRoles2QueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type RolesUserRoles2Query = { user: { roles: { nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type RolesUserRoles3QueryVariables = Exact<{
  id: string | number;
}>;


export type RolesUserRoles3Query = { user: { roles: { totalCount: number | null, nodes: Array<{ id: string }> } | null } | null };

export type RolesRoleUsersQueryVariables = Exact<{
  id: string | number;
}>;


export type RolesRoleUsersQuery = { role: { users: { totalCount: number | null, nodes: Array<{ id: string, email: string | null, name: string | null, picture: string | null }> } | null } | null };

export type RolesRoleUsers2QueryVariables = Exact<{
  id: string | number;
}>;


export type RolesRoleUsers2Query = { role: { users: { nodes: Array<{ id: string, email: string | null, lastLogin: string | null }> } | null } | null };

export type RolesRoleUsers3QueryVariables = Exact<{
  id: string | number;
}>;


export type RolesRoleUsers3Query = { role: { users: { nodes: Array<{ id: string, loginsCount: number | null }> } | null } | null };

export type RolesRoleUsers4QueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type RolesRoleUsers4Query = { role: { users: { edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type RolesUserRoles4QueryVariables = Exact<{
  id: string | number;
}>;


export type RolesUserRoles4Query = { user: { id: string, email: string | null, roles: { nodes: Array<{ id: string }> } | null } | null };

export type RolesUserQueryVariables = Exact<{
  id: string | number;
  role: string | number;
}>;


export type RolesUserQuery = { user: { id: string } | null, role: { id: string } | null };

export type RolesRoleUsers5QueryVariables = Exact<{
  id: string | number;
}>;


export type RolesRoleUsers5Query = { role: { id: string, name: string, users: { nodes: Array<{ id: string }> } | null } | null };

export type SessMutRevokeUserSessionsMutationVariables = Exact<{
  id: string | number;
}>;


export type SessMutRevokeUserSessionsMutation = { revokeUserSessions: { user: { id: string, sessions: { nodes: Array<{ id: string }> } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type SessMutUserSessionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SessMutUserSessionsQuery = { user: { sessions: { nodes: Array<{ id: string }> } | null, refreshTokens: { nodes: Array<{ id: string }> } | null } | null };

export type SessMutInvalidateUserRememberBrowserMutationVariables = Exact<{
  id: string | number;
}>;


export type SessMutInvalidateUserRememberBrowserMutation = { before: { user: { sessions: { nodes: Array<{ id: string }> } | null } | null } | null, revokeUserSessions: { user: { sessions: { nodes: Array<{ id: string }> } | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type DeleteSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSessionMutation = { deleteSession: { deletedSessionId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type UpdateSessionMutationVariables = Exact<{
  id: string | number;
  input: UpdateSessionInput;
}>;


export type UpdateSessionMutation = { updateSession: { session: { id: string, sessionMetadata: Record<string, unknown> | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type SessUserSessionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SessUserSessionsQuery = { user: { sessions: { nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type SessUserSessions2QueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type SessUserSessions2Query = { user: { sessions: { edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type SessUsersByIdsSessionsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SessUsersByIdsSessionsQuery = { usersByIds: Array<{ id: string, sessions: { nodes: Array<{ id: string, user: { id: string, email: string | null } | null }> } | null } | null> };

export type SessUserSessions3QueryVariables = Exact<{
  id: string | number;
}>;


export type SessUserSessions3Query = { user: { id: string, email: string | null, sessions: { nodes: Array<{ id: string }> } | null } | null };

export type SessUserSessions4QueryVariables = Exact<{
  id: string | number;
}>;


export type SessUserSessions4Query = { user: { id: string, sessions: { nodes: Array<{ id: string }> } | null } | null };

export type SessSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessSessionQuery = { session: { id: string } | null };

export type SessSession2QueryVariables = Exact<{
  id: string | number;
}>;


export type SessSession2Query = { session: { id: string } | null };

export type BlockMutUnblockUserMutationVariables = Exact<{
  id: string | number;
}>;


export type BlockMutUnblockUserMutation = { unblockUser: { user: { id: string, blocked: boolean | null, blockedFor: Array<{ identifier: string, ip: string | null }> | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type BlockMutUnblockUserByIdentifierMutationVariables = Exact<{
  identifier: string;
}>;


export type BlockMutUnblockUserByIdentifierMutation = { unblockUserByIdentifier: { identifier: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type BlockMutUserBlockedForQueryVariables = Exact<{
  id: string | number;
}>;


export type BlockMutUserBlockedForQuery = { user: { blocked: boolean | null, blockedFor: Array<{ identifier: string, ip: string | null }> | null } | null };

export type BlockMutInvalidateUserRememberBrowserMutationVariables = Exact<{
  id: string | number;
}>;


export type BlockMutInvalidateUserRememberBrowserMutation = { before: { user: { blockedFor: Array<{ identifier: string }> | null } | null } | null, unblockUser: { user: { blockedFor: Array<{ identifier: string }> | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type BlocksUserBlockedForQueryVariables = Exact<{
  id: string | number;
}>;


export type BlocksUserBlockedForQuery = { user: { id: string, blocked: boolean | null, blockedFor: Array<{ identifier: string, ip: string | null, connection: string | null }> | null } | null };

export type BlocksMeBlockedForQueryVariables = Exact<{ [key: string]: never; }>;


export type BlocksMeBlockedForQuery = { me: { id: string, blockedFor: Array<{ identifier: string }> | null } | null };

export type BlocksUserBlockedFor2QueryVariables = Exact<{
  id: string | number;
}>;


export type BlocksUserBlockedFor2Query = { user: { id: string, blockedFor: Array<{ identifier: string }> | null } | null };

export type UserMutUserFieldsFragment = { id: string, email: string | null, emailVerified: boolean | null, username: string | null, phoneNumber: string | null, name: string | null, nickname: string | null, givenName: string | null, familyName: string | null, picture: string | null, blocked: boolean | null, userMetadata: Record<string, unknown> | null, appMetadata: Record<string, unknown> | null, createdAt: string | null, updatedAt: string | null, identities: Array<{ provider: string | null, connection: string | null, userId: string | null }> };

export type UserMutCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type UserMutCreateUserMutation = { createUser: { user: { id: string, email: string | null, emailVerified: boolean | null, username: string | null, phoneNumber: string | null, name: string | null, nickname: string | null, givenName: string | null, familyName: string | null, picture: string | null, blocked: boolean | null, userMetadata: Record<string, unknown> | null, appMetadata: Record<string, unknown> | null, createdAt: string | null, updatedAt: string | null, identities: Array<{ provider: string | null, connection: string | null, userId: string | null }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type UserMutUpdateUserFieldsMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UserMutUpdateUserFieldsMutation = { updateUser: { user: { id: string, email: string | null, emailVerified: boolean | null, username: string | null, phoneNumber: string | null, name: string | null, nickname: string | null, givenName: string | null, familyName: string | null, picture: string | null, blocked: boolean | null, userMetadata: Record<string, unknown> | null, appMetadata: Record<string, unknown> | null, createdAt: string | null, updatedAt: string | null, identities: Array<{ provider: string | null, connection: string | null, userId: string | null }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type UserMutDeleteUserMutationVariables = Exact<{
  id: string | number;
}>;


export type UserMutDeleteUserMutation = { deleteUser: { deletedUserId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type UserMutUpdateMeMutationVariables = Exact<{
  input: UpdateMeInput;
}>;


export type UserMutUpdateMeMutation = { updateMe: { user: { id: string, userMetadata: Record<string, unknown> | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type UserMutUserReadQueryVariables = Exact<{
  id: string | number;
}>;


export type UserMutUserReadQuery = { user: { id: string, email: string | null, emailVerified: boolean | null, username: string | null, phoneNumber: string | null, name: string | null, nickname: string | null, givenName: string | null, familyName: string | null, picture: string | null, blocked: boolean | null, userMetadata: Record<string, unknown> | null, appMetadata: Record<string, unknown> | null, createdAt: string | null, updatedAt: string | null, identities: Array<{ provider: string | null, connection: string | null, userId: string | null }> } | null };

export type UserMutUpdateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type UserMutUpdateUserMutation = { updateUser: { user: { givenName: string | null, familyName: string | null, nickname: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type UserMutUpdateUser2MutationVariables = Exact<{
  id: string | number;
  other: string | number;
}>;


export type UserMutUpdateUser2Mutation = { first: { user: { userMetadata: Record<string, unknown> | null, roles: { totalCount: number | null } | null } | null } | null, second: { user: { userMetadata: Record<string, unknown> | null, appMetadata: Record<string, unknown> | null } | null } | null, gone: { deletedUserId: string | null, userErrors: Array<{ code: UserErrorCode }> } | null, again: { deletedUserId: string | null, userErrors: Array<{ code: UserErrorCode }> } | null, last: { deletedUserId: string | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type UserMutUserQueryVariables = Exact<{
  id: string | number;
}>;


export type UserMutUserQuery = { user: { id: string } | null };

export type UserProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type UserProfileQuery = { user: { id: string, email: string | null, emailVerified: boolean | null, username: string | null, phoneNumber: string | null, phoneVerified: boolean | null, name: string | null, nickname: string | null, givenName: string | null, familyName: string | null, picture: string | null, createdAt: string | null, updatedAt: string | null, lastLogin: string | null, lastIp: string | null, lastPasswordReset: string | null, loginsCount: number | null, blocked: boolean | null, multifactor: Array<string> | null, appMetadata: Record<string, unknown> | null, userMetadata: Record<string, unknown> | null, identities: Array<{ connection: string | null, provider: string | null, userId: string | null, isSocial: boolean | null, profileData: Record<string, unknown> | null }> } | null };

export type UsersByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type UsersByIdsQuery = { usersByIds: Array<{ id: string, email: string | null } | null> };

export type TooManyIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TooManyIdsQuery = { usersByIds: Array<{ id: string } | null> };

export type ByEmailQueryVariables = Exact<{
  email: string;
}>;


export type ByEmailQuery = { usersByEmail: Array<{ id: string, email: string | null }> };

export type NobodysEmailQueryVariables = Exact<{
  email: string;
}>;


export type NobodysEmailQuery = { usersByEmail: Array<{ id: string }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string | null } | null };

export type MachineMeQueryVariables = Exact<{ [key: string]: never; }>;


export type MachineMeQuery = { me: { id: string } | null };

export type UsersPageQueryVariables = Exact<{
  query?: string | null | undefined;
  sort?: UserSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersPageQuery = { users: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, email: string | null } }>, nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type NoTotalQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NoTotalQuery = { users: { nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean } } };

export const AmMutMethodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmMutMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"preferredAuthenticationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"relyingPartyIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"aaguid"}},{"kind":"Field","name":{"kind":"Name","value":"credentialDeviceType"}},{"kind":"Field","name":{"kind":"Name","value":"credentialBackedUp"}},{"kind":"Field","name":{"kind":"Name","value":"identityUserId"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"userHandle"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AmMutMethodFragment, unknown>;
export const AmMutUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmMutUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AmMutUserFragment, unknown>;
export const MfaAuthenticatorsUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MfaAuthenticatorsUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"multifactor"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<MfaAuthenticatorsUserFragment, unknown>;
export const PermsPermissionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermsPermission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Permission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceServerIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"resourceServerName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<PermsPermissionFragment, unknown>;
export const UserMutUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMutUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"userMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"appMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<UserMutUserFieldsFragment, unknown>;
export const TrustedMeDocument = {"__meta__":{"hash":"sha256:b21a81676863c153cc2a27569b56d1e1f2c295ef8f22c37f41fc783f255874ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<TrustedMeQuery, TrustedMeQueryVariables>;
export const TrustedUserDocument = {"__meta__":{"hash":"sha256:5b127d702e978d865c03c453464c71a1a0b46467b9ded9ff8318f3a403fabe6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TrustedUserQuery, TrustedUserQueryVariables>;
export const AccessRevokeSessionDocument = {"__meta__":{"hash":"sha256:cd723eda5ab8a7d7acc70282e4b17a0530697097d370f3018fcf57ebbf3a2e1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRevokeSessionMutation, AccessRevokeSessionMutationVariables>;
export const AccessRevokeRefreshTokenDocument = {"__meta__":{"hash":"sha256:014ff49693c32869b3fdfc3eda43f2daa72ad524e1d21b94ff85b620295f8828"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRevokeRefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRefreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedRefreshTokenId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRevokeRefreshTokenMutation, AccessRevokeRefreshTokenMutationVariables>;
export const AccessRevokeUserAccessDocument = {"__meta__":{"hash":"sha256:f58c56ee10eef412c04a2fc107d4c5ea228a9aa9b638a37a7f320c847c9d28e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRevokeUserAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeUserAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeUserAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRevokeUserAccessMutation, AccessRevokeUserAccessMutationVariables>;
export const AccessDeleteUserAuthenticationMethodsDocument = {"__meta__":{"hash":"sha256:69772b01bfb4ac910b0ebb08f5a45ce0f06a4c04735a5584c0ef1abfeae642d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessDeleteUserAuthenticationMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserAuthenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessDeleteUserAuthenticationMethodsMutation, AccessDeleteUserAuthenticationMethodsMutationVariables>;
export const AccessClearUserRiskAssessmentsDocument = {"__meta__":{"hash":"sha256:b1d412eebb5a5c2c0f56a321b7734f939a6de554d6f33ba9803a9a34e50e4393"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessClearUserRiskAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClearUserRiskAssessmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearUserRiskAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessClearUserRiskAssessmentsMutation, AccessClearUserRiskAssessmentsMutationVariables>;
export const AccessDeleteUserFederatedConnectionTokenSetDocument = {"__meta__":{"hash":"sha256:e779fde5b22b76836271b8fd7444502dd1ecf3718e92e8957f97c874a17dc0c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessDeleteUserFederatedConnectionTokenSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserFederatedConnectionTokenSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTokenSetId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"federatedConnectionTokenSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessDeleteUserFederatedConnectionTokenSetMutation, AccessDeleteUserFederatedConnectionTokenSetMutationVariables>;
export const AccessAddOrganizationMembersDocument = {"__meta__":{"hash":"sha256:c8ee4a7b3555a8ff8fbaac7cca5555c8701fef9c23bfa3a828aa166a6941359f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessAddOrganizationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrganizationMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"Argument","name":{"kind":"Name","value":"userIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessAddOrganizationMembersMutation, AccessAddOrganizationMembersMutationVariables>;
export const AccessRemoveOrganizationMembersDocument = {"__meta__":{"hash":"sha256:eff89cf93ce299e21a14dc8567ed250f8928324f98d04b7010bcd639238bee24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRemoveOrganizationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganizationMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"Argument","name":{"kind":"Name","value":"userIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRemoveOrganizationMembersMutation, AccessRemoveOrganizationMembersMutationVariables>;
export const AccessAssignOrganizationMemberRolesDocument = {"__meta__":{"hash":"sha256:a178292601fc81d4bf9fb0c8f83c23e4f9a2c762512ffa137ffa70bb24eec758"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessAssignOrganizationMemberRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignOrganizationMemberRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessAssignOrganizationMemberRolesMutation, AccessAssignOrganizationMemberRolesMutationVariables>;
export const AccessRemoveOrganizationMemberRolesDocument = {"__meta__":{"hash":"sha256:808c4fefdc1534726b205eca32c946527226d2735ae7f6260bcca1c625fe1fcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRemoveOrganizationMemberRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganizationMemberRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRemoveOrganizationMemberRolesMutation, AccessRemoveOrganizationMemberRolesMutationVariables>;
export const AmContactsUpdateUserAuthenticationMethodAuthenticationMethodDocument = {"__meta__":{"hash":"sha256:8d47cb3641ec3dfd3a2c563ac9f42bf93d796184e1977101b64b8474f65429d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmContactsUpdateUserAuthenticationMethodAuthenticationMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"methodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserAuthenticationMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"authenticationMethodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"methodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Renamed","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AmContactsUpdateUserAuthenticationMethodAuthenticationMethodMutation, AmContactsUpdateUserAuthenticationMethodAuthenticationMethodMutationVariables>;
export const AmContactsCreateUserAuthenticationMethodAuthenticationMethodDocument = {"__meta__":{"hash":"sha256:08959f0e47a0f19f20864b1a9aebc2aedd69e5780d0f24b7dca9676f62884656"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmContactsCreateUserAuthenticationMethodAuthenticationMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUserAuthenticationMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"PHONE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"phoneNumber"},"value":{"kind":"StringValue","value":"+14155550177","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AmContactsCreateUserAuthenticationMethodAuthenticationMethodMutation, AmContactsCreateUserAuthenticationMethodAuthenticationMethodMutationVariables>;
export const AmMutCreateDocument = {"__meta__":{"hash":"sha256:c68b20a31051d606ff731ef684c9a9805dae6ed2c888d000a8f6703d36977816"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmMutCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserAuthenticationMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUserAuthenticationMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmMutMethod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmMutUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmMutMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"preferredAuthenticationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"relyingPartyIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"aaguid"}},{"kind":"Field","name":{"kind":"Name","value":"credentialDeviceType"}},{"kind":"Field","name":{"kind":"Name","value":"credentialBackedUp"}},{"kind":"Field","name":{"kind":"Name","value":"identityUserId"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"userHandle"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmMutUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AmMutCreateMutation, AmMutCreateMutationVariables>;
export const AmMutUpdateDocument = {"__meta__":{"hash":"sha256:a9c18079b9eca72868a109f78cab2ff815dd463ce6f411caccfafe6e15130006"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmMutUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"methodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserAuthenticationMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserAuthenticationMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"authenticationMethodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"methodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmMutMethod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmMutUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmMutMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"preferredAuthenticationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"relyingPartyIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"aaguid"}},{"kind":"Field","name":{"kind":"Name","value":"credentialDeviceType"}},{"kind":"Field","name":{"kind":"Name","value":"credentialBackedUp"}},{"kind":"Field","name":{"kind":"Name","value":"identityUserId"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"userHandle"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmMutUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AmMutUpdateMutation, AmMutUpdateMutationVariables>;
export const AmMutDeleteDocument = {"__meta__":{"hash":"sha256:3ccd37eb23a19c8758c000290bfdf907498a9d2395f947084f0cbf1e64aa2fcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmMutDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"methodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserAuthenticationMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"authenticationMethodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"methodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAuthenticationMethodId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmMutUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmMutUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AmMutDeleteMutation, AmMutDeleteMutationVariables>;
export const AmMutReplaceDocument = {"__meta__":{"hash":"sha256:0b1180037686ec013ac62ce6c19d94d577943f08f4151ca0a1128ec09f4d6ccb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmMutReplace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"methods"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceUserAuthenticationMethodInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceUserAuthenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"methods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"methods"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmMutMethod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmMutUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmMutMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"preferredAuthenticationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"relyingPartyIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"aaguid"}},{"kind":"Field","name":{"kind":"Name","value":"credentialDeviceType"}},{"kind":"Field","name":{"kind":"Name","value":"credentialBackedUp"}},{"kind":"Field","name":{"kind":"Name","value":"identityUserId"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"userHandle"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmMutUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AmMutReplaceMutation, AmMutReplaceMutationVariables>;
export const AmMutReadDocument = {"__meta__":{"hash":"sha256:3e9ff2bb7acd8df3bbb7122d08ec773477687338613cf66af357066f279e83cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AmMutRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmMutUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmMutUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AmMutReadQuery, AmMutReadQueryVariables>;
export const AmMutDeleteAfterReadDocument = {"__meta__":{"hash":"sha256:03c00007cb8e77d41de440f632d98c8500d66fb4d0d0360bc0da45c2a0ebe1f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmMutDeleteAfterRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"methodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"invalidateUserRememberBrowser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmMutUser"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deleteUserAuthenticationMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"authenticationMethodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"methodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAuthenticationMethodId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmMutUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmMutUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AmMutDeleteAfterReadMutation, AmMutDeleteAfterReadMutationVariables>;
export const AmMutReplaceAfterReadDocument = {"__meta__":{"hash":"sha256:7add3f141f12d8ae9f59f392170a6c3edc41485c795d1f2a9408ecaa5741c775"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmMutReplaceAfterRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"methods"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceUserAuthenticationMethodInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"invalidateUserRememberBrowser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmMutUser"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaceUserAuthenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"methods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"methods"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmMutUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmMutUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AmMutReplaceAfterReadMutation, AmMutReplaceAfterReadMutationVariables>;
export const AmUserAuthenticationMethodsDocument = {"__meta__":{"hash":"sha256:71d0699d9093032bbe5e3986994f73cf1f760f13f29f109ca44d16aa8663f0e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AmUserAuthenticationMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AmUserAuthenticationMethodsQuery, AmUserAuthenticationMethodsQueryVariables>;
export const AmTypeFieldsDocument = {"__meta__":{"hash":"sha256:abf7977f1088365f017c64696991f0a8a0f5b92ae97ec5b3f8fd8523da2d04e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AmTypeFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"AuthenticationMethod","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AmTypeFieldsQuery, AmTypeFieldsQueryVariables>;
export const AmUserAuthenticationMethods2Document = {"__meta__":{"hash":"sha256:f55aa6ebb8cb346c1ff0ea3aa32158e6aa2123a57b9560e21e10e4b872437ad1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AmUserAuthenticationMethods2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AmUserAuthenticationMethods2Query, AmUserAuthenticationMethods2QueryVariables>;
export const EffectiveUserEffectiveRolesDocument = {"__meta__":{"hash":"sha256:543540745852ad55c291f5c33e1523e37befb47f3e2205993b9583168a4e1449"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserEffectiveRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"sourceGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserEffectiveRolesQuery, EffectiveUserEffectiveRolesQueryVariables>;
export const EffectiveUserEffectiveRoles2Document = {"__meta__":{"hash":"sha256:98ad1140dcacbc5ec6556b2792689842564a9048ce0ba3ff37787286ef505f28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserEffectiveRoles2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserEffectiveRoles2Query, EffectiveUserEffectiveRoles2QueryVariables>;
export const EffectiveUserEffectiveRoles3Document = {"__meta__":{"hash":"sha256:525a6da697309706498c9e92e1db6a5f7b1d29201bbd74a288d4fc6a14ecc7c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserEffectiveRoles3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"auth0|000000000000000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserEffectiveRoles3Query, EffectiveUserEffectiveRoles3QueryVariables>;
export const EffectiveUsersDocument = {"__meta__":{"hash":"sha256:f066d628e0008908ce1483913b97a60f7544583a9569533023cc0ca547763a30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUsersQuery, EffectiveUsersQueryVariables>;
export const EffectiveUserEffectivePermissionsDocument = {"__meta__":{"hash":"sha256:a2d073cf076b1015b222c3665bf8d328d2aef32b859bc125d7a456579cf12ec3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserEffectivePermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"api"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceServerIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"api"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceServerIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"resourceServerName"}},{"kind":"Field","name":{"kind":"Name","value":"permissionName"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserEffectivePermissionsQuery, EffectiveUserEffectivePermissionsQueryVariables>;
export const EffectiveUserEffectivePermissions2Document = {"__meta__":{"hash":"sha256:79629a7911c9f7018dd4e4eed6272ec5939d6af868b86fd71a25c17828c52590"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserEffectivePermissions2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceServerIdentifier"},"value":{"kind":"StringValue","value":"https://nothing.example/","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserEffectivePermissions2Query, EffectiveUserEffectivePermissions2QueryVariables>;
export const EffectiveUserEffectivePermissions3Document = {"__meta__":{"hash":"sha256:07c49e38d76acc14fef9271b23804f0168072661bd081f1c8f697b5c814ec793"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserEffectivePermissions3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceServerIdentifier"},"value":{"kind":"StringValue","value":" ","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserEffectivePermissions3Query, EffectiveUserEffectivePermissions3QueryVariables>;
export const EffectiveUserGroupsDocument = {"__meta__":{"hash":"sha256:23ba6e22c0076cf15314c65a0896d69cc1a3cc3f7820aea024a72192141c8c28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membershipCreatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserGroupsQuery, EffectiveUserGroupsQueryVariables>;
export const EffectiveUserGroups2Document = {"__meta__":{"hash":"sha256:5f538d91f3b966cb07af7e72b220ae0cc9df2a69363eefb17cc10bfcf082d872"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserGroups2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserGroups2Query, EffectiveUserGroups2QueryVariables>;
export const EffectiveUserConnectedAccountsDocument = {"__meta__":{"hash":"sha256:7b1d80476d1b64fd590c8dedcc549b521f395aaa498af7a4b90a464f6bf2fe65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserConnectedAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectedAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"accessType"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserConnectedAccountsQuery, EffectiveUserConnectedAccountsQueryVariables>;
export const EffectiveMeConnectedAccountsDocument = {"__meta__":{"hash":"sha256:eae23515de02dca8f00d187f9cd8c8f7650a19cfa86ec9fa2e7a700d01dcc330"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveMeConnectedAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectedAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveMeConnectedAccountsQuery, EffectiveMeConnectedAccountsQueryVariables>;
export const EffectiveUserFederatedConnectionTokenSetsDocument = {"__meta__":{"hash":"sha256:b96a73dcb62c75c2c6dbab49a188e01b3ed5dcdfff38846058866ea6d653f40f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserFederatedConnectionTokenSets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"federatedConnectionTokenSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserFederatedConnectionTokenSetsQuery, EffectiveUserFederatedConnectionTokenSetsQueryVariables>;
export const EffectiveTypeFieldsDocument = {"__meta__":{"hash":"sha256:28a9fc3509ae08cfc543b0118befda2a3048b8d206b2b744bd00c4098771cd08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveTypeFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"FederatedConnectionTokenSet","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveTypeFieldsQuery, EffectiveTypeFieldsQueryVariables>;
export const EffectiveUserOrganizationRolesDocument = {"__meta__":{"hash":"sha256:5c5b862f11f33c360dc85b49675a4b31e2b714f4a8624370a425ea40a4546be7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserOrganizationRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserOrganizationRolesQuery, EffectiveUserOrganizationRolesQueryVariables>;
export const EffectiveUserOrganizationRoles2Document = {"__meta__":{"hash":"sha256:0d6c408019bbe90cd02203ab041a968e16f3d5c7e56c4c29cc840eb502f484d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserOrganizationRoles2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserOrganizationRoles2Query, EffectiveUserOrganizationRoles2QueryVariables>;
export const EffectiveUserAuthenticationMethodDocument = {"__meta__":{"hash":"sha256:bda11e9b8b0003b26a6a832fd8d8f53b59d4ac3533bc36ccd423ac5c21fa4608"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserAuthenticationMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserAuthenticationMethodQuery, EffectiveUserAuthenticationMethodQueryVariables>;
export const EffectiveUserAuthenticationMethod2Document = {"__meta__":{"hash":"sha256:48dacfb6a6b153e3e0adbd69d61c56c19b4dbfbe17b81b4919e09356dfcbbd1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserAuthenticationMethod2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"email|dev_doesNotExist","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserAuthenticationMethod2Query, EffectiveUserAuthenticationMethod2QueryVariables>;
export const EffectiveOrganizationMembersDocument = {"__meta__":{"hash":"sha256:c5e34b5ffb7aabbe598988d25a76590e3ef517641bfd109f93b48ab4af9d60b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveOrganizationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveOrganizationMembersQuery, EffectiveOrganizationMembersQueryVariables>;
export const EffectiveOrganizationMembers2Document = {"__meta__":{"hash":"sha256:6a93b79b8c80a3bb14a87df34b77c18bce8ff2cafd09dd062ec581411a953752"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveOrganizationMembers2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveOrganizationMembers2Query, EffectiveOrganizationMembers2QueryVariables>;
export const EffectiveOrganizationMembers3Document = {"__meta__":{"hash":"sha256:943459327d6c83121b5a13341d410a9c43750fae365ca8422e126af1ddaca88c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveOrganizationMembers3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveOrganizationMembers3Query, EffectiveOrganizationMembers3QueryVariables>;
export const EffectiveOrganizationMembers4Document = {"__meta__":{"hash":"sha256:e2599602dda882e366fa4a87f0a5c67c8ec42f8131cd97a9358e9f717aa73b21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveOrganizationMembers4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveOrganizationMembers4Query, EffectiveOrganizationMembers4QueryVariables>;
export const EffectiveOrganizationMembers5Document = {"__meta__":{"hash":"sha256:d17f37a8084cb3858c503e7b80e0d32f748fd277a543c546d8331e34c26d57aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveOrganizationMembers5"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveOrganizationMembers5Query, EffectiveOrganizationMembers5QueryVariables>;
export const EffectiveOrganizationMembers6Document = {"__meta__":{"hash":"sha256:eef12b6e5e6d1975c9487457c377a107c7f2530cf8af958e17879fd46347c637"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveOrganizationMembers6"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"org_doesNotExist0000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveOrganizationMembers6Query, EffectiveOrganizationMembers6QueryVariables>;
export const EffectiveUserBlocksByIdentifierDocument = {"__meta__":{"hash":"sha256:55b074d98049187585bc9c6bdf339a5df76d32831a5814c1d58c23908db86e45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserBlocksByIdentifier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userBlocksByIdentifier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}}]}}]}}]} as unknown as DocumentNode<EffectiveUserBlocksByIdentifierQuery, EffectiveUserBlocksByIdentifierQueryVariables>;
export const EffectiveUserBlocksByIdentifier2Document = {"__meta__":{"hash":"sha256:84bed42bb46b22e0ce21242b804088edab5178e7818b60c22f2609c47a94d0f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserBlocksByIdentifier2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userBlocksByIdentifier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"StringValue","value":"nobody@nowhere.example","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"considerBruteForceEnablement"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<EffectiveUserBlocksByIdentifier2Query, EffectiveUserBlocksByIdentifier2QueryVariables>;
export const EffectiveUserBlocksByIdentifier3Document = {"__meta__":{"hash":"sha256:919d5e2a94d584690339f63427d3a62a2f404d5168516a87955563a72ba63205"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserBlocksByIdentifier3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userBlocksByIdentifier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<EffectiveUserBlocksByIdentifier3Query, EffectiveUserBlocksByIdentifier3QueryVariables>;
export const EffectiveUserLogsDocument = {"__meta__":{"hash":"sha256:c1af81bcdd3d09c73112767d5240d15caeebd955987a809c9d582cc0d1aa906a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"asc"},"name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"desc"},"name":{"kind":"Name","value":"logs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserLogsQuery, EffectiveUserLogsQueryVariables>;
export const EffectiveRolesDocument = {"__meta__":{"hash":"sha256:e5087f6333ff3f9b693bda925fc158d61738232615e177ccc57f6ac7a7225fc4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nameFilter"},"value":{"kind":"StringValue","value":"billing","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveRolesQuery, EffectiveRolesQueryVariables>;
export const EffectiveUserAuthenticationMethod3Document = {"__meta__":{"hash":"sha256:822774075713f8fac0524bf12617d73b7f2547ff7c321fd8751f8646aea8a942"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveUserAuthenticationMethod3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"api"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceServerIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"api"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectedAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"federatedConnectionTokenSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveUserAuthenticationMethod3Query, EffectiveUserAuthenticationMethod3QueryVariables>;
export const EnrollUserEnrollmentsDocument = {"__meta__":{"hash":"sha256:eb8281f331ddb81a44c9b9eb510264483b6116638c5ec630cdd8d352d2ef98e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrollUserEnrollments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EnrollUserEnrollmentsQuery, EnrollUserEnrollmentsQueryVariables>;
export const EnrollUserEnrollments2Document = {"__meta__":{"hash":"sha256:8c4008e8498be76a46310bcac3c9e7ef384873194a0bb04d33a6e65dd38e5b3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrollUserEnrollments2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EnrollUserEnrollments2Query, EnrollUserEnrollments2QueryVariables>;
export const IdMutUserDocument = {"__meta__":{"hash":"sha256:31e16e6eee89bc504df1391c9b7349509f931dbd31648dc40b5b73b61c6bdd43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdMutUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdMutUserQuery, IdMutUserQueryVariables>;
export const IdMutUpdateUserDocument = {"__meta__":{"hash":"sha256:67322212f5885a2fe367050f842cd0d62c1a92b4d1685022101ef8a89ee41e3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdMutUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkUserIdentityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userMetadata"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"linked"},"value":{"kind":"BooleanValue","value":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"link"},"name":{"kind":"Name","value":"linkUserIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"meta"},"name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userMetadata"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"linked"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unlink"},"name":{"kind":"Name","value":"unlinkUserIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdMutUpdateUserMutation, IdMutUpdateUserMutationVariables>;
export const ImportUploadUsersDocument = {"__meta__":{"hash":"sha256:ac6d432771d29df5f15eefbd0902d428d72684bd524def8657a865306fcd0a0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportUploadUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportUsersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ImportUploadUsersMutation, ImportUploadUsersMutationVariables>;
export const JobsJobDocument = {"__meta__":{"hash":"sha256:8c34f945d3d363d04a8669909ab99bf9734976fc0261e7e429962f5a046728b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentageDone"}},{"kind":"Field","name":{"kind":"Name","value":"timeLeftSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsersExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"exportAs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsersImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobsJobQuery, JobsJobQueryVariables>;
export const JobsExportUsersJobDocument = {"__meta__":{"hash":"sha256:8621295539477fd9d00a08f4622082a555dee66702756de8057bae74c54fd253"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsExportUsersJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportUsersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"exportAs"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<JobsExportUsersJobMutation, JobsExportUsersJobMutationVariables>;
export const JobsJob2Document = {"__meta__":{"hash":"sha256:d312adc9dc4711b137ef40c27707da571435ac5657ca1740a4e45c3150fb1eb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsJob2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsersExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobsJob2Query, JobsJob2QueryVariables>;
export const JobsImportUsersJobDocument = {"__meta__":{"hash":"sha256:417b5e0e2f14d44194fa049cf49604c644309d78085c336f1daa7802fe1a72cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsImportUsersJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportUsersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<JobsImportUsersJobMutation, JobsImportUsersJobMutationVariables>;
export const JobsJob3Document = {"__meta__":{"hash":"sha256:8cd6abb64f6e0633d998b2fd7797c16437857e5a963dcee0ceba8222436f8446"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsJob3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsersImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobsJob3Query, JobsJob3QueryVariables>;
export const JobsJob4Document = {"__meta__":{"hash":"sha256:6095976ecd1a7579363cd37f97503c0a0fc162957d558b1a3c185827d7b472ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsJob4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsersExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"loginsCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"userMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobsJob4Query, JobsJob4QueryVariables>;
export const JobsUserDocument = {"__meta__":{"hash":"sha256:7b6d1811a7e5a5e38f65ff6972a245c514f7ffb635fdea44ba47d89a5226d238"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]} as unknown as DocumentNode<JobsUserQuery, JobsUserQueryVariables>;
export const JobsUser2Document = {"__meta__":{"hash":"sha256:0dc2f173bfdb980c56278c119674c1cfd31dd9a894590f95be89e121a4c63f53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsUser2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<JobsUser2Query, JobsUser2QueryVariables>;
export const JobsJobProgressDocument = {"__meta__":{"hash":"sha256:c2e55c2e2ef5312b3470377c14e010df7b670d6a4e0a99621d9e930a3d416d10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobsJobProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentageDone"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsersExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<JobsJobProgressSubscription, JobsJobProgressSubscriptionVariables>;
export const JobsSendVerificationEmailJobDocument = {"__meta__":{"hash":"sha256:7c9ea18997eccdf917150f932d00905f880191d9e328d03a57b95fa88c33e23d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsSendVerificationEmailJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendVerificationEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendVerificationEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<JobsSendVerificationEmailJobMutation, JobsSendVerificationEmailJobMutationVariables>;
export const JobsCreatePasswordChangeTicketDocument = {"__meta__":{"hash":"sha256:6d89ce9c59c77425d236574cfd9c414db5a9c3c0da86b977b4018f9ecba4f431"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsCreatePasswordChangeTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePasswordChangeTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPasswordChangeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<JobsCreatePasswordChangeTicketMutation, JobsCreatePasswordChangeTicketMutationVariables>;
export const JobsCreateEmailVerificationTicketDocument = {"__meta__":{"hash":"sha256:cf02a45d0422b25d9f05b3215f6202e9206228c55a443d369b20d7abc31feea2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsCreateEmailVerificationTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmailVerificationTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmailVerificationTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<JobsCreateEmailVerificationTicketMutation, JobsCreateEmailVerificationTicketMutationVariables>;
export const LogsUserLogsDocument = {"__meta__":{"hash":"sha256:3da2e6b031ea68cb0e964d8f1d4757f91f3296a89746979bb36dfd8467074025"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogsUserLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LogsUserLogsQuery, LogsUserLogsQueryVariables>;
export const LogsUserLogs2Document = {"__meta__":{"hash":"sha256:f7cc676c40ee53aa157fe10e09ac887a20b5316518f97cdc49fb6d92444f6990"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogsUserLogs2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<LogsUserLogs2Query, LogsUserLogs2QueryVariables>;
export const LogsUserLogs3Document = {"__meta__":{"hash":"sha256:c5f1555462a065570d82aa403df60997eab7ff2881e82dcd07bad1b86db42bad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogsUserLogs3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LogsUserLogs3Query, LogsUserLogs3QueryVariables>;
export const MalformedUserDocument = {"__meta__":{"hash":"sha256:e9ced5f94d039a49fd322e06aea38236c1f75e923e13275ffff863a4db5d6663"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MalformedUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MalformedUserQuery, MalformedUserQueryVariables>;
export const MalformedUser2Document = {"__meta__":{"hash":"sha256:1f8c4198ff0b7a11e6cbb5b4150c3b7d82e277466365df0b1ba5e642219d5a67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MalformedUser2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MalformedUser2Query, MalformedUser2QueryVariables>;
export const MalformedUserRolesDocument = {"__meta__":{"hash":"sha256:03f526e34aad42ef7291283675c8c2bc293a01e67dbdf2318fc23daaefc6e91d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MalformedUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MalformedUserRolesQuery, MalformedUserRolesQueryVariables>;
export const MalformedUsersDocument = {"__meta__":{"hash":"sha256:fffbe570a13425642879fa2691e9ce0b9e880214cd3269372fb926cc8224bd7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MalformedUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MalformedUsersQuery, MalformedUsersQueryVariables>;
export const MalformedCreateUserDocument = {"__meta__":{"hash":"sha256:9d03c48a96c8d4a694819fdbf3c8465ec5ca01c0bd6ab49e0071bacdf9e008ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MalformedCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MalformedCreateUserMutation, MalformedCreateUserMutationVariables>;
export const MfaInvalidateUserRememberBrowserDocument = {"__meta__":{"hash":"sha256:3fd0265c28c2007c69399e4f2bc303ce7500569da4fd070c4b1c1318f04c8167"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MfaInvalidateUserRememberBrowser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidateUserRememberBrowser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MfaInvalidateUserRememberBrowserMutation, MfaInvalidateUserRememberBrowserMutationVariables>;
export const MfaInvalidateUserRememberBrowser2Document = {"__meta__":{"hash":"sha256:7e99538af773411abdb649eb82f28b9f962dd17fc71ceb317dbb6bbe1f586e53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MfaInvalidateUserRememberBrowser2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidateUserRememberBrowser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MfaInvalidateUserRememberBrowser2Mutation, MfaInvalidateUserRememberBrowser2MutationVariables>;
export const MfaDeleteUserMultifactorProviderDocument = {"__meta__":{"hash":"sha256:a2db3353eca8207bded0648d5973ddec73f93bf671bb774b2ec81bdfcf77e565"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MfaDeleteUserMultifactorProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MultifactorProvider"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserMultifactorProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"multifactor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MfaDeleteUserMultifactorProviderMutation, MfaDeleteUserMultifactorProviderMutationVariables>;
export const MfaUserDocument = {"__meta__":{"hash":"sha256:1066e585da7ce33430fdf109de2a7f5527ab7922c1203e7fc28c5229674aeec2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MfaUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multifactor"}}]}}]}}]} as unknown as DocumentNode<MfaUserQuery, MfaUserQueryVariables>;
export const MfaRegenerateUserRecoveryCodeDocument = {"__meta__":{"hash":"sha256:a5f02e20c6b82e3dcb32f3dc62006a5b08c3abf04dfa7df5635fd992964e7a1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MfaRegenerateUserRecoveryCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateUserRecoveryCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCode"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MfaRegenerateUserRecoveryCodeMutation, MfaRegenerateUserRecoveryCodeMutationVariables>;
export const MfaDeleteUserAuthenticatorsDocument = {"__meta__":{"hash":"sha256:54c37cbaddc45eaac92f02c39d338168549fbc72f335e1ab7a32a34a508aeb65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MfaDeleteUserAuthenticators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserAuthenticators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MfaAuthenticatorsUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MfaAuthenticatorsUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"multifactor"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<MfaDeleteUserAuthenticatorsMutation, MfaDeleteUserAuthenticatorsMutationVariables>;
export const MfaDeleteUserAuthenticatorsAfterReadDocument = {"__meta__":{"hash":"sha256:93dc8cef284dc1763d7fa68475ec5a1086307535e69e5c537f41b2cb1339998c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MfaDeleteUserAuthenticatorsAfterRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"invalidateUserRememberBrowser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MfaAuthenticatorsUser"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deleteUserAuthenticators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MfaAuthenticatorsUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MfaAuthenticatorsUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"multifactor"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<MfaDeleteUserAuthenticatorsAfterReadMutation, MfaDeleteUserAuthenticatorsAfterReadMutationVariables>;
export const MfaAuthenticatorsUserReadDocument = {"__meta__":{"hash":"sha256:98184fea4b79ac9680b5c16457660e172ef77516d138710123af883322996611"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MfaAuthenticatorsUserRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MfaAuthenticatorsUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MfaAuthenticatorsUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"multifactor"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<MfaAuthenticatorsUserReadQuery, MfaAuthenticatorsUserReadQueryVariables>;
export const OrgsOrganizationDocument = {"__meta__":{"hash":"sha256:aaaae73f9d6f3019965d63f1fa6bad35c3e3f0e74ff3e123569dbc0fa4ad9838"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgsOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrgsOrganizationQuery, OrgsOrganizationQueryVariables>;
export const OrgsUserOrganizationsDocument = {"__meta__":{"hash":"sha256:3e2a2f7f36bac327ff4850d3c1acee9de3751f8dbce515500b123c5af0d00876"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgsUserOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgsUserOrganizationsQuery, OrgsUserOrganizationsQueryVariables>;
export const OrgsUserOrganizations2Document = {"__meta__":{"hash":"sha256:a2f704d711cb56f5ec374f677a36d495a8037de614fac6724d4aa36bd972db4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgsUserOrganizations2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<OrgsUserOrganizations2Query, OrgsUserOrganizations2QueryVariables>;
export const OrgsUserOrganizations3Document = {"__meta__":{"hash":"sha256:487350325e884925435eb148211c387077ba93178f6a8ce208de2d32ef575558"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgsUserOrganizations3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgsUserOrganizations3Query, OrgsUserOrganizations3QueryVariables>;
export const OrgsUserOrganizations4Document = {"__meta__":{"hash":"sha256:29544ce92e14706f51112a9d2a86de8faaddeccdff6c47bf7f6ee560b159dc14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgsUserOrganizations4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgsUserOrganizations4Query, OrgsUserOrganizations4QueryVariables>;
export const OrgsUserDocument = {"__meta__":{"hash":"sha256:015d42e04d67354c4d36b1ea6f0d3cea4966808393618c313706051c160d8ea0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgsUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrgsUserQuery, OrgsUserQueryVariables>;
export const PathParamsUserDocument = {"__meta__":{"hash":"sha256:42bcfa9d57ea04a689bbfc83999d5d08cb3c05a96e6b8a567cb5cc065fce0277"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathParamsUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PathParamsUserQuery, PathParamsUserQueryVariables>;
export const PathParamsUsersByIdsDocument = {"__meta__":{"hash":"sha256:98634edb6ab5e9a364a445f75159b48802d0d9d8621cbc860ecd65cc84153609"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathParamsUsersByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usersByIds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PathParamsUsersByIdsQuery, PathParamsUsersByIdsQueryVariables>;
export const PathParamsRoleDocument = {"__meta__":{"hash":"sha256:2f34efbceed9aa44d03d8b5e2363005925a8a25d13bae8ecda6d3dba5765e72f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathParamsRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PathParamsRoleQuery, PathParamsRoleQueryVariables>;
export const PathParamsRoleUsersDocument = {"__meta__":{"hash":"sha256:b98dab4e01331fab59d67ecab15e5a9106c910628ca20e890164e4fc09c9b3e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathParamsRoleUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathParamsRoleUsersQuery, PathParamsRoleUsersQueryVariables>;
export const PermsUserPermissionPageDocument = {"__meta__":{"hash":"sha256:a5a09ab0339537981a4b59660381f6d4ed3fb46abde6ea473a99a120e7a3a504"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermsUserPermissionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermsPermission"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermsPermission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Permission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceServerIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"resourceServerName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<PermsUserPermissionPageQuery, PermsUserPermissionPageQueryVariables>;
export const PermsRolePermissionPageDocument = {"__meta__":{"hash":"sha256:5193c7f3a9cd3d622805c4f9dff1225bfe5c7cf0a43dad8de5df95556addf716"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermsRolePermissionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermsPermission"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermsPermission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Permission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceServerIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"resourceServerName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<PermsRolePermissionPageQuery, PermsRolePermissionPageQueryVariables>;
export const PermsUserPermissionListDocument = {"__meta__":{"hash":"sha256:472992128c89c43f5de15111ecad9723cefa8da3389f3b4df5dccee361ae8636"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermsUserPermissionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermsPermission"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermsPermission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Permission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceServerIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"resourceServerName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<PermsUserPermissionListQuery, PermsUserPermissionListQueryVariables>;
export const PermsUserPermissionsDocument = {"__meta__":{"hash":"sha256:14fbf4525f7bb5712fa06dbd757b0074d3a4c31d91cfa284d29284c73c1bc6dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermsUserPermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<PermsUserPermissionsQuery, PermsUserPermissionsQueryVariables>;
export const PermsUserPermissions2Document = {"__meta__":{"hash":"sha256:e7f5220ad729b00281b48650757c07cbaa3efe947ff13fdad6a37c3b7b638f92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermsUserPermissions2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermsUserPermissions2Query, PermsUserPermissions2QueryVariables>;
export const PermsMePermissionsDocument = {"__meta__":{"hash":"sha256:f7c63b083b7e654a162d8571d763dbad40f75299e0a907f729c33f3804894c62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermsMePermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermsMePermissionsQuery, PermsMePermissionsQueryVariables>;
export const PermsRolePermissionListsDocument = {"__meta__":{"hash":"sha256:c9df77377a81e05beeafa4900ba3236e9bc100682bfd9b702e13c0a585116a7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermsRolePermissionLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermsPermission"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermsPermission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Permission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceServerIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"resourceServerName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<PermsRolePermissionListsQuery, PermsRolePermissionListsQueryVariables>;
export const RtMutRevokeUserRefreshTokensDocument = {"__meta__":{"hash":"sha256:0f74d72ac9773aa188dc35c8f1ba0d9b5cae0df72c0a7c3ee7702a09c868445d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RtMutRevokeUserRefreshTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeUserRefreshTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RtMutRevokeUserRefreshTokensMutation, RtMutRevokeUserRefreshTokensMutationVariables>;
export const RtMutUserSessionsDocument = {"__meta__":{"hash":"sha256:31f69243d8a7a8b251359460a8b2ba8cf3aee3ade82738dfcdf1a8c51ce5cd72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RtMutUserSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RtMutUserSessionsQuery, RtMutUserSessionsQueryVariables>;
export const RtMutInvalidateUserRememberBrowserDocument = {"__meta__":{"hash":"sha256:86ff2dcb8dfbc0db8b9f6f96ac371ed99adc5d5726ed04ea858c1056a9581b5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RtMutInvalidateUserRememberBrowser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"invalidateUserRememberBrowser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokeUserRefreshTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RtMutInvalidateUserRememberBrowserMutation, RtMutInvalidateUserRememberBrowserMutationVariables>;
export const UpdateRefreshTokenDocument = {"__meta__":{"hash":"sha256:2c12e3a0d4264ec690043bae0b490c35f4183eac83be0435f7647fa95d0264b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRefreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenMetadata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRefreshTokenMutation, UpdateRefreshTokenMutationVariables>;
export const RevokeRefreshTokensDocument = {"__meta__":{"hash":"sha256:0a74ca7fa5cdc43de56f0a12c9b133756abd0261d5b250ac82882144b120eef2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRefreshTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeRefreshTokensInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRefreshTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshTokenIds"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeRefreshTokensMutation, RevokeRefreshTokensMutationVariables>;
export const RtUserRefreshTokensDocument = {"__meta__":{"hash":"sha256:c2b02f0dfc3f89ad8049b967bc2b07d587d7f0a7926af33c591d18713ce5459b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RtUserRefreshTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RtUserRefreshTokensQuery, RtUserRefreshTokensQueryVariables>;
export const RtUserRefreshTokens2Document = {"__meta__":{"hash":"sha256:44b8e403c7f0ba8385d188b3fd561208c4ffc4cd95640a50547e8275b8c9b8db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RtUserRefreshTokens2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RtUserRefreshTokens2Query, RtUserRefreshTokens2QueryVariables>;
export const RtUserRefreshTokens3Document = {"__meta__":{"hash":"sha256:beac943cc2081a2afb5126af3baf19d1df50149046b19737c7cc81c5fdbf8f3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RtUserRefreshTokens3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RtUserRefreshTokens3Query, RtUserRefreshTokens3QueryVariables>;
export const RtRefreshTokenDocument = {"__meta__":{"hash":"sha256:c746e9bb15aa60972ad6b1e7884595e47c7b5704b6f5b10e265e7e8064cf1fde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RtRefreshToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"no-such-token","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RtRefreshTokenQuery, RtRefreshTokenQueryVariables>;
export const RoleMembersRoleUsersDocument = {"__meta__":{"hash":"sha256:25afeab30b616f6a6d490d140e7db935ed95b2b69093f8a794618da19bcd582e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleMembersRoleUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoleMembersRoleUsersQuery, RoleMembersRoleUsersQueryVariables>;
export const RoleMembersRoleUsers2Document = {"__meta__":{"hash":"sha256:06c3b3e3c68be05f2e26fed922b9e2c7f1df274b8127af1c9263ae532c2f74e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleMembersRoleUsers2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<RoleMembersRoleUsers2Query, RoleMembersRoleUsers2QueryVariables>;
export const RoleMembersRoleUsers3Document = {"__meta__":{"hash":"sha256:5a127b676e846ec8e92a42a85981861bed7c1267a04c9876905582ed9f1d0f1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleMembersRoleUsers3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoleMembersRoleUsers3Query, RoleMembersRoleUsers3QueryVariables>;
export const RoleMutAssignUserRolesDocument = {"__meta__":{"hash":"sha256:fdbf72bd9c478ddfffab20d7cd91cc6f15c78bf9d6c51929513258bf399ceaa2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoleMutAssignUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RoleMutAssignUserRolesMutation, RoleMutAssignUserRolesMutationVariables>;
export const RoleMutRemoveUserRolesDocument = {"__meta__":{"hash":"sha256:21abc542ffd7456baa8c30706169a8fb0d15b1784c4a1fe62445138c50a67ac9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoleMutRemoveUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RoleMutRemoveUserRolesMutation, RoleMutRemoveUserRolesMutationVariables>;
export const AssignRoleUsersDocument = {"__meta__":{"hash":"sha256:a5ee138f399ed81288ff78cb850bdf49cf88b5ae489104237dafc97406f66326"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRoleUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRoleUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AssignRoleUsersMutation, AssignRoleUsersMutationVariables>;
export const RolesRolesDocument = {"__meta__":{"hash":"sha256:04fe802703123525abc921cdb52290178a3a25424716b54d0a8aee99a0ef16bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RolesRolesQuery, RolesRolesQueryVariables>;
export const RolesRoles2Document = {"__meta__":{"hash":"sha256:13350c78828d2368621f090123680b2fb5826a9b1149ca09a1070745dd283334"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesRoles2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RolesRoles2Query, RolesRoles2QueryVariables>;
export const RolesRoles3Document = {"__meta__":{"hash":"sha256:c4005a19a16dec5a2b745b1976ac9f5e1e2065bc9e662087a672e1e24ad65940"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesRoles3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RolesRoles3Query, RolesRoles3QueryVariables>;
export const RolesRoles4Document = {"__meta__":{"hash":"sha256:020b7fe9adeaa3bddcc86b6241d430adfc7c480ddeb15644af9d723a3404701c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesRoles4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RolesRoles4Query, RolesRoles4QueryVariables>;
export const RolesRoleDocument = {"__meta__":{"hash":"sha256:b842bf129279baf4d8beed22ed383973c80ac84acae052f1a60395d2da500c24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<RolesRoleQuery, RolesRoleQueryVariables>;
export const RolesRole2Document = {"__meta__":{"hash":"sha256:e4bfff8de4fcd68a5b476abb955c9d30a4e8c980806146ba84a51935e186b4b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesRole2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RolesRole2Query, RolesRole2QueryVariables>;
export const RolesUserRolesDocument = {"__meta__":{"hash":"sha256:ef4d75a9d784403d77148dacfb80bf645a440a83b69e8edde822424bdadbaf26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RolesUserRolesQuery, RolesUserRolesQueryVariables>;
export const RolesUserRoles2Document = {"__meta__":{"hash":"sha256:a8587b2060b567328a12df7a19f24ce6960a60c14d8d528bb1a8a0866d5abc46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesUserRoles2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RolesUserRoles2Query, RolesUserRoles2QueryVariables>;
export const RolesUserRoles3Document = {"__meta__":{"hash":"sha256:e5d38124c3d963578c11bbdc418cae997fe8be8b0095d81252aa734e0f2f0b39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesUserRoles3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RolesUserRoles3Query, RolesUserRoles3QueryVariables>;
export const RolesRoleUsersDocument = {"__meta__":{"hash":"sha256:9a36892f96e025a20e4270916c61aa21b6d5b67dd69d1dc7efe736ef35511e35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesRoleUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RolesRoleUsersQuery, RolesRoleUsersQueryVariables>;
export const RolesRoleUsers2Document = {"__meta__":{"hash":"sha256:e50e3df3ffa0d853f7c105d05aec883c37561759a18e9cc1ebe285d7b78c5c48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesRoleUsers2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RolesRoleUsers2Query, RolesRoleUsers2QueryVariables>;
export const RolesRoleUsers3Document = {"__meta__":{"hash":"sha256:208cca21712dab77446975447efb9ad3ee6b2a78def4332f3b2bd551fb381e44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesRoleUsers3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginsCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RolesRoleUsers3Query, RolesRoleUsers3QueryVariables>;
export const RolesRoleUsers4Document = {"__meta__":{"hash":"sha256:efde76f349ea1e06834a5a747bd67d79f19901a45f68722de15e8f0ec2f68ea8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesRoleUsers4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RolesRoleUsers4Query, RolesRoleUsers4QueryVariables>;
export const RolesUserRoles4Document = {"__meta__":{"hash":"sha256:fcc19be9b2f75b19fb8f139fbefcbca3669daf86386c78127454ecb326871c3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesUserRoles4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RolesUserRoles4Query, RolesUserRoles4QueryVariables>;
export const RolesUserDocument = {"__meta__":{"hash":"sha256:bcbd47be5683f207593323f2f0758aeaefd33a795177abfd817cfe09a6bcdfa8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RolesUserQuery, RolesUserQueryVariables>;
export const RolesRoleUsers5Document = {"__meta__":{"hash":"sha256:c11d6145128abefa3cfdc8f2079eb6f4344975d2aa989137294e164af5f49ebc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesRoleUsers5"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RolesRoleUsers5Query, RolesRoleUsers5QueryVariables>;
export const SessMutRevokeUserSessionsDocument = {"__meta__":{"hash":"sha256:248f185ba2070b2da3a132fad705479d9cc73722e0b9490cf1c1f49704c15c69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessMutRevokeUserSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeUserSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SessMutRevokeUserSessionsMutation, SessMutRevokeUserSessionsMutationVariables>;
export const SessMutUserSessionsDocument = {"__meta__":{"hash":"sha256:4e90861ebe2e5e5b2c77c416e4c0c8ef0dac4c36e3c5e30614c79d2f48017b42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessMutUserSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessMutUserSessionsQuery, SessMutUserSessionsQueryVariables>;
export const SessMutInvalidateUserRememberBrowserDocument = {"__meta__":{"hash":"sha256:85c38a7cd22cd8c71781c58cc88ddd2fe6e76da96392a012ca69bdd86b1f0da0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessMutInvalidateUserRememberBrowser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"invalidateUserRememberBrowser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokeUserSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SessMutInvalidateUserRememberBrowserMutation, SessMutInvalidateUserRememberBrowserMutationVariables>;
export const DeleteSessionDocument = {"__meta__":{"hash":"sha256:a1699a9bd005bec7bc3761ad5a2d01c3c51d9d0729e37844067ef2e4c3eeb149"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteSessionMutation, DeleteSessionMutationVariables>;
export const UpdateSessionDocument = {"__meta__":{"hash":"sha256:4ff4455112539ce1c20978f919410bea8d8257ec28113eda89bb119d22e05743"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const SessUserSessionsDocument = {"__meta__":{"hash":"sha256:9956318788704bd95ab8dbcf43270844c4eae33f82828a04a51875b6631fdd0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessUserSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessUserSessionsQuery, SessUserSessionsQueryVariables>;
export const SessUserSessions2Document = {"__meta__":{"hash":"sha256:5f9bb2bff34ac4f3ceddcf888ac697b19e6de03cc97a7b532a56c11ef988f235"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessUserSessions2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessUserSessions2Query, SessUserSessions2QueryVariables>;
export const SessUsersByIdsSessionsDocument = {"__meta__":{"hash":"sha256:736c28ba48749e9405a51696761ac4172a866dddd9f94ff11a576266417b3e80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessUsersByIdsSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usersByIds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessUsersByIdsSessionsQuery, SessUsersByIdsSessionsQueryVariables>;
export const SessUserSessions3Document = {"__meta__":{"hash":"sha256:7b9b383f76c7aaa445b89203870a9768e0dfac0868ffc89b50ad244b35d12bae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessUserSessions3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessUserSessions3Query, SessUserSessions3QueryVariables>;
export const SessUserSessions4Document = {"__meta__":{"hash":"sha256:1497ebb798e00e4d80ccc7559ed9b4eeab2414718004fdc9c9a8e24609902edc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessUserSessions4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessUserSessions4Query, SessUserSessions4QueryVariables>;
export const SessSessionDocument = {"__meta__":{"hash":"sha256:d732bbc98c052a2c4ee02ec7c04253048e63c507907b149b4bf9cf4b5f210aa4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"no-such-session","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SessSessionQuery, SessSessionQueryVariables>;
export const SessSession2Document = {"__meta__":{"hash":"sha256:ce7fff72e8483782187f3725eba64e42f2c103d10f15e7891f75b54a1e09ad92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessSession2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SessSession2Query, SessSession2QueryVariables>;
export const BlockMutUnblockUserDocument = {"__meta__":{"hash":"sha256:afb7f6694991baf7e07ba19c4689944ec969ea68f3217a52ff9363df1c043d9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlockMutUnblockUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unblockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"blockedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BlockMutUnblockUserMutation, BlockMutUnblockUserMutationVariables>;
export const BlockMutUnblockUserByIdentifierDocument = {"__meta__":{"hash":"sha256:1788c88862d4d8deec6649b8aeed8186c7936244ed11f9908d1db4c5815a3da7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlockMutUnblockUserByIdentifier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unblockUserByIdentifier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BlockMutUnblockUserByIdentifierMutation, BlockMutUnblockUserByIdentifierMutationVariables>;
export const BlockMutUserBlockedForDocument = {"__meta__":{"hash":"sha256:1dfea11ff29ebb52ca8895c60550280d3fa9cb434d6b947b477896de19718158"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlockMutUserBlockedFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"blockedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}}]}}]}}]} as unknown as DocumentNode<BlockMutUserBlockedForQuery, BlockMutUserBlockedForQueryVariables>;
export const BlockMutInvalidateUserRememberBrowserDocument = {"__meta__":{"hash":"sha256:84b013552b01307e63678db3b9ead4f4ef10ff6a66f4f7f9879a4b33c1980929"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlockMutInvalidateUserRememberBrowser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"invalidateUserRememberBrowser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unblockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BlockMutInvalidateUserRememberBrowserMutation, BlockMutInvalidateUserRememberBrowserMutationVariables>;
export const BlocksUserBlockedForDocument = {"__meta__":{"hash":"sha256:765f4694615d1f3194006bd11a0766afada7e91250be816e5d81533a6d5ebaa7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlocksUserBlockedFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"blockedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}}]}}]}}]}}]} as unknown as DocumentNode<BlocksUserBlockedForQuery, BlocksUserBlockedForQueryVariables>;
export const BlocksMeBlockedForDocument = {"__meta__":{"hash":"sha256:4706b5a848c4049cb06699f977b98e0d8801c7aa92b66f4771d6f2a5b8643be9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlocksMeBlockedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<BlocksMeBlockedForQuery, BlocksMeBlockedForQueryVariables>;
export const BlocksUserBlockedFor2Document = {"__meta__":{"hash":"sha256:09556193394cb54b6cefd8f3eafe8b15edbcea6d79800dc22899b6fa447b6ca6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlocksUserBlockedFor2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<BlocksUserBlockedFor2Query, BlocksUserBlockedFor2QueryVariables>;
export const UserMutCreateUserDocument = {"__meta__":{"hash":"sha256:b530b19ffbf23ed0ef73073c0e823f1b6e0e29b7ecff2263fb69081152b1064c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserMutCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserMutUserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMutUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"userMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"appMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<UserMutCreateUserMutation, UserMutCreateUserMutationVariables>;
export const UserMutUpdateUserFieldsDocument = {"__meta__":{"hash":"sha256:60f5da992ca69853f3a3ddd584511d0d78487d1ede4854f7e1b4ce654855fa5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserMutUpdateUserFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserMutUserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMutUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"userMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"appMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<UserMutUpdateUserFieldsMutation, UserMutUpdateUserFieldsMutationVariables>;
export const UserMutDeleteUserDocument = {"__meta__":{"hash":"sha256:b3e9b896ed5b678259773cf5b6a2d2e5a1f75c6ab503d8679a69928ac1dbb727"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserMutDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUserId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UserMutDeleteUserMutation, UserMutDeleteUserMutationVariables>;
export const UserMutUpdateMeDocument = {"__meta__":{"hash":"sha256:82700046038bc84171c37664de939e175319d869fe35b63f19d86cbd9a0b5b28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserMutUpdateMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userMetadata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UserMutUpdateMeMutation, UserMutUpdateMeMutationVariables>;
export const UserMutUserReadDocument = {"__meta__":{"hash":"sha256:96972167f78a3c60e25073c497e902b97b4cf93dcf394d7d6cd9e4a2b6a78162"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserMutUserRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserMutUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMutUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"userMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"appMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<UserMutUserReadQuery, UserMutUserReadQueryVariables>;
export const UserMutUpdateUserDocument = {"__meta__":{"hash":"sha256:66aed74b824c3acb6b0fd260a0e40b4a60468a843f8a0ce8a6ff905ee064b06b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserMutUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"familyName"},"value":{"kind":"NullValue"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UserMutUpdateUserMutation, UserMutUpdateUserMutationVariables>;
export const UserMutUpdateUser2Document = {"__meta__":{"hash":"sha256:665cb236b727ccc7db84db2972435262d857b24e1e5cd10747f360988ee68581"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserMutUpdateUser2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"other"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userMetadata"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"step"},"value":{"kind":"IntValue","value":"1"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"appMetadata"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"plan"},"value":{"kind":"StringValue","value":"gold","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"appMetadata"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gone"},"name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"other"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUserId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"other"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUserId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"last"},"name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUserId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UserMutUpdateUser2Mutation, UserMutUpdateUser2MutationVariables>;
export const UserMutUserDocument = {"__meta__":{"hash":"sha256:b8b361868a24a3362ffb95b7ba6736c26d31daad7f126e7ef72d99f964e24f5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserMutUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UserMutUserQuery, UserMutUserQueryVariables>;
export const UserProfileDocument = {"__meta__":{"hash":"sha256:e2f64afff479eeeb132cc24fc894b019d7bc0adf9d4d1370b893a228029536a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phoneVerified"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}},{"kind":"Field","name":{"kind":"Name","value":"lastIp"}},{"kind":"Field","name":{"kind":"Name","value":"lastPasswordReset"}},{"kind":"Field","name":{"kind":"Name","value":"loginsCount"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"multifactor"}},{"kind":"Field","name":{"kind":"Name","value":"appMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"userMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isSocial"}},{"kind":"Field","name":{"kind":"Name","value":"profileData"}}]}}]}}]}}]} as unknown as DocumentNode<UserProfileQuery, UserProfileQueryVariables>;
export const UsersByIdsDocument = {"__meta__":{"hash":"sha256:cf5d95c994e75e152d055f316712fb3b073a9eed7b1d7ce4bf9d1d28fd75421c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usersByIds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<UsersByIdsQuery, UsersByIdsQueryVariables>;
export const TooManyIdsDocument = {"__meta__":{"hash":"sha256:c6bb231c65f66ba04886a5f2a7535e35aa0651e1bb907209e0953e8fa13799c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TooManyIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usersByIds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TooManyIdsQuery, TooManyIdsQueryVariables>;
export const ByEmailDocument = {"__meta__":{"hash":"sha256:fd378711be383332add6a3942411d4ae5427f3e0ea4a14569bc2905188368036"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ByEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usersByEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ByEmailQuery, ByEmailQueryVariables>;
export const NobodysEmailDocument = {"__meta__":{"hash":"sha256:12999fc0a131534c73cb71b22201f33551215529b04310977b0c19ad49e7a89b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NobodysEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usersByEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NobodysEmailQuery, NobodysEmailQueryVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:b3e8b1589134c285a85c83f8b4f7986f97c1f1a6288eda202de906005c81bdad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MachineMeDocument = {"__meta__":{"hash":"sha256:edbf21b2f71db71c78d93fe3e959693474e5652cdebcfea3da5717602cafe076"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MachineMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MachineMeQuery, MachineMeQueryVariables>;
export const UsersPageDocument = {"__meta__":{"hash":"sha256:370cf384eea5be95b99d88715809240be3ed338dbf1f2474493b0044971bb781"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UsersPageQuery, UsersPageQueryVariables>;
export const NoTotalDocument = {"__meta__":{"hash":"sha256:93ac60735d1e8800b69ca3591b68a16fa62bfb975572bd2c95b5f53554cd1a31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<NoTotalQuery, NoTotalQueryVariables>;