import type { components } from "./oas.gen.js";

/** Friendly names for the contract's schemas (generated from the OAS into oas.gen.ts). */
type Schemas = components["schemas"];

/**
 * openapi-typescript marks every property that has a `default` in the spec as required; in a request
 * body that is wrong (the spec's own `required` list says what must be sent). This restores it.
 */
type RequestBodyOf<T, Required extends keyof T = never> = Partial<T> & Pick<T, Required>;

export type User = Schemas["UserResponseSchema"];
export type UserIdentity = Schemas["UserIdentity"];
/** An identity as it appears inside a user (`identities[]`): every field optional. */
export type UserIdentityOfUser = Schemas["UserIdentitySchema"];
export type UserIdentityProvider = Schemas["UserIdentityProviderEnum"];
export type UnlinkedIdentities = Schemas["DeleteUserIdentityResponseContent"];
export type CreateUserBody = RequestBodyOf<Schemas["CreateUserRequestContent"], "connection">;
export type UpdateUserBody = RequestBodyOf<Schemas["UpdateUserRequestContent"]>;

/**
 * POST /users/{id}/identities: either the secondary account (`provider` + `user_id`, and `connection_id` to
 * pick among several databases) or its ID token in `link_with` — never both. (The generated type marks
 * `link_with` required because the spec gives it a default.)
 */
export type LinkUserIdentityBody =
  | { provider: UserIdentityProvider; user_id: Schemas["UserId"]; connection_id?: string; link_with?: never }
  | { link_with: string; provider?: never; user_id?: never; connection_id?: never };

export type Role = Schemas["Role"];
export type RoleDetails = Schemas["GetRoleResponseContent"];
export type RoleUser = Schemas["RoleUser"];
/** A permission assigned to a user (GET /users/{id}/permissions). */
export type Permission = Schemas["UserPermissionSchema"];
/** A permission of a role (GET /roles/{id}/permissions). */
export type RolePermission = Schemas["PermissionsResponsePayload"];
/** `{resource_server_identifier, permission_name}` — what is assigned or removed. */
export type PermissionRef = Schemas["PermissionRequestPayload"];

export type Organization = Schemas["Organization"];
export type OrganizationDetails = Schemas["GetOrganizationResponseContent"];

export type LogEvent = Schemas["Log"];
export type Enrollment = Schemas["UsersEnrollment"];
export type MultifactorProvider = Schemas["UserMultifactorProviderEnum"];
export type RecoveryCode = Schemas["RegenerateUsersRecoveryCodeResponseContent"];

export type AuthenticationMethod = Schemas["UserAuthenticationMethod"];
export type AuthenticationMethodDetails = Schemas["GetUserAuthenticationMethodResponseContent"];
export type CreateAuthenticationMethodBody = Schemas["CreateUserAuthenticationMethodRequestContent"];
export type CreatedAuthenticationMethod = Schemas["CreateUserAuthenticationMethodResponseContent"];
export type ReplaceAuthenticationMethodBody = Schemas["SetUserAuthenticationMethods"];
export type ReplacedAuthenticationMethod = Schemas["SetUserAuthenticationMethodResponseContent"];
export type UpdateAuthenticationMethodBody = Schemas["UpdateUserAuthenticationMethodRequestContent"];
export type UpdatedAuthenticationMethod = Schemas["UpdateUserAuthenticationMethodResponseContent"];

export type Session = Schemas["SessionResponseContent"];
export type SessionDetails = Schemas["GetSessionResponseContent"];
export type RefreshToken = Schemas["RefreshTokenResponseContent"];
export type RefreshTokenDetails = Schemas["GetRefreshTokenResponseContent"];
export type UpdateSessionBody = Schemas["UpdateSessionRequestContent"];
export type UpdatedSession = Schemas["UpdateSessionResponseContent"];
export type UpdateRefreshTokenBody = Schemas["UpdateRefreshTokenRequestContent"];
export type UpdatedRefreshToken = Schemas["UpdateRefreshTokenResponseContent"];
export type RevokeRefreshTokensBody = Schemas["RevokeRefreshTokensRequestContent"];

export type UserBlock = Schemas["UserBlockIdentifier"];
export type UserBlocks = Schemas["ListUserBlocksResponseContent"];

export type EffectiveRole = Schemas["UserEffectiveRole"];
export type EffectivePermission = Schemas["UserEffectivePermissionResponseContent"];
export type EffectivePermissionRoleSource = Schemas["UserEffectivePermissionRoleSourceResponseContent"];
export type Group = Schemas["Group"];
export type UserGroup = Schemas["UserGroupsResponseSchema"];
export type ConnectedAccount = Schemas["ConnectedAccount"];
export type FederatedConnectionTokenSet = Schemas["FederatedConnectionTokenSet"];
export type ClearRiskAssessmentsBody = Schemas["ClearAssessorsRequestContent"];
export type RevokeUserAccessBody = Schemas["RevokeUserAccessRequestContent"];
export type OrganizationMember = Schemas["OrganizationMember"];
export type CreateUsersExportBody = RequestBodyOf<Schemas["CreateExportUsersRequestContent"]>;
export type UsersExportJob = Schemas["CreateExportUsersResponseContent"];
export type UsersImportJob = Schemas["CreateImportUsersResponseContent"];
export type CreateVerificationEmailBody = RequestBodyOf<Schemas["CreateVerificationEmailRequestContent"], "user_id">;
export type VerificationEmailJob = Schemas["CreateVerificationEmailResponseContent"];
export type Job = Schemas["GetJobResponseContent"];
export type JobImportUserError = Schemas["GetJobErrorResponseContent"];
/** `GET /jobs/{id}/errors` of a job that failed as a whole. */
export type JobFailure = Schemas["GetJobGenericErrorResponseContent"];
export type PasswordChangeTicketBody = RequestBodyOf<Schemas["ChangePasswordTicketRequestContent"]>;
export type EmailVerificationTicketBody = RequestBodyOf<Schemas["VerifyEmailTicketRequestContent"], "user_id">;
export type Ticket = Schemas["ChangePasswordTicketResponseContent"];

/** A connection as `GET /connections` lists it (outside the users contract: only what the gateway reads). */
export interface ConnectionSummary {
  id: string;
  name: string;
  strategy: string;
}
