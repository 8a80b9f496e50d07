import type { Logger } from "pino";
import type { UpstreamConfig } from "../config.js";
import type { CallScope } from "./call-scope.js";
import { CallBudgetExhausted } from "./errors.js";
import { CallExecutor, type CallOptions } from "./executor.js";
import { type ExportPage, type ExportPageOptions, readExportPage } from "./export-file.js";
import { multipartBody, type StreamableFile } from "./multipart-body.js";
import type { UpstreamCallListener, UpstreamHooks } from "./hooks.js";
import type { UpstreamTracer } from "./tracing.js";
import type { WireMethod } from "./http.js";
import type { components } from "./oas.gen.js";
import type { PacerHold } from "./pacer.js";
import type { ApiPath, MethodsOf, Operation, OperationInput, SuccessBody } from "./operations.js";
import {
  checkpointQuery,
  offsetQuery,
  toCheckpointPage,
  toOffsetPage,
  type CheckpointPage,
  type CheckpointPaging,
  type OffsetPage,
  type OffsetPaging,
} from "./pages.js";
import type {
  AuthenticationMethod,
  AuthenticationMethodDetails,
  ClearRiskAssessmentsBody,
  ConnectedAccount,
  EffectivePermission,
  EffectivePermissionRoleSource,
  EffectiveRole,
  FederatedConnectionTokenSet,
  Group,
  OrganizationMember,
  RevokeRefreshTokensBody,
  RevokeUserAccessBody,
  UserGroup,
  ConnectionSummary,
  CreateUsersExportBody,
  CreateVerificationEmailBody,
  EmailVerificationTicketBody,
  Job,
  JobFailure,
  JobImportUserError,
  PasswordChangeTicketBody,
  Ticket,
  UsersExportJob,
  UsersImportJob,
  VerificationEmailJob,
  CreateAuthenticationMethodBody,
  CreatedAuthenticationMethod,
  CreateUserBody,
  Enrollment,
  LinkUserIdentityBody,
  LogEvent,
  MultifactorProvider,
  Organization,
  OrganizationDetails,
  Permission,
  PermissionRef,
  RecoveryCode,
  RefreshToken,
  RefreshTokenDetails,
  ReplaceAuthenticationMethodBody,
  ReplacedAuthenticationMethod,
  Role,
  RoleDetails,
  RolePermission,
  RoleUser,
  Session,
  SessionDetails,
  UpdateAuthenticationMethodBody,
  UpdatedRefreshToken,
  UpdatedSession,
  UpdateRefreshTokenBody,
  UpdateSessionBody,
  UpdatedAuthenticationMethod,
  UpdateUserBody,
  User,
  UserBlock,
  UserIdentity,
  UserIdentityProvider,
} from "./types.js";

export interface FieldSelection {
  fields?: string[];
  /** true (default): only `fields`; false: everything but `fields`. */
  includeFields?: boolean;
}

export interface SearchUsersParams extends FieldSelection, OffsetPaging {
  /** Lucene query (sent with search_engine=v3). */
  q?: string;
  /** "field:1" or "field:-1". */
  sort?: string;
}

export interface LogsParams extends OffsetPaging {
  sort?: string;
}

export interface RolesParams extends OffsetPaging {
  nameFilter?: string;
}

export interface BlocksParams {
  considerBruteForceEnablement?: boolean;
}

export type { CallOptions };

export interface UsersImportParams {
  /** The users file (a JSON array in Auth0's bulk-import schema); streamed, never read whole here. */
  file: StreamableFile;
  connectionId: string;
  upsert?: boolean;
  externalId?: string;
  sendCompletionEmail?: boolean;
}

/** Calls a client view may still make, shared by the views made from it. */
interface CallBudget {
  readonly max: number;
  made: number;
}

/** What a view adds to the calls made through it. */
interface ViewSettings {
  listeners: readonly UpstreamCallListener[];
  budget?: CallBudget;
  scope?: CallScope;
}

export interface ManagementClientOptions {
  logger?: Logger;
  hooks?: UpstreamHooks;
  /** Spans of upstream calls and token grants (src/ops/tracing.ts); none when absent. */
  tracer?: UpstreamTracer;
}

function fieldsQuery(selection: FieldSelection | undefined): { fields?: string; include_fields?: boolean } {
  if (!selection?.fields || selection.fields.length === 0) return {};
  return {
    fields: selection.fields.join(","),
    ...(selection.includeFields !== undefined ? { include_fields: selection.includeFields } : {}),
  };
}

/**
 * The typed client of the Management API users endpoints: one method per REST operation of the
 * contract, request and response types from the OAS. Every method takes `CallOptions` last.
 */
export class ManagementClient {
  /** @internal use createManagementClient */
  constructor(
    private readonly executor: CallExecutor,
    private readonly view: ViewSettings = { listeners: [] },
    private readonly isView = false,
  ) {}

  /**
   * A view sharing sockets, token and pacer whose calls also report to `listener` (e.g. to count the
   * upstream calls of one GraphQL operation). Closing a view does nothing; close the client.
   */
  withCallListener(listener: UpstreamCallListener): ManagementClient {
    return new ManagementClient(this.executor, { ...this.view, listeners: [...this.view.listeners, listener] }, true);
  }

  /**
   * A view that makes at most `maxCalls` calls (its retries not counted): any call beyond them is
   * not sent and rejects with `CallBudgetExhausted`. Views made from it share its budget.
   */
  withCallBudget(maxCalls: number): ManagementClient {
    return new ManagementClient(this.executor, { ...this.view, budget: { max: maxCalls, made: 0 } }, true);
  }

  /**
   * A view whose calls belong to `scope`: they queue in its lane of the pacer, are counted while
   * running, and are cancelled (or never started) once the scope is settled or past its deadline.
   */
  withScope(scope: CallScope): ManagementClient {
    return new ManagementClient(this.executor, { ...this.view, scope }, true);
  }

  /** Whether the tenant's rate limit holds calls longer than AUTH0_RATE_LIMIT_MAX_WAIT_MS (for readiness). */
  rateLimitHold(): PacerHold | undefined {
    return this.executor.pacer.held();
  }

  /** Obtains a token (resolves at once with a static one); for readiness checks. */
  async ready(options?: { signal?: AbortSignal }): Promise<void> {
    await this.executor.tokens.getToken(options?.signal);
  }

  /** Why this process works alone although REDIS_URL is set (Redis unreachable or slow); undefined otherwise. */
  degraded(): string | undefined {
    return this.executor.store?.degraded();
  }

  async close(): Promise<void> {
    if (!this.isView) await this.executor.close();
  }

  private call<P extends ApiPath, M extends MethodsOf<P>>(
    method: M,
    route: P,
    input: OperationInput<Operation<P, M>>,
    options: CallOptions | undefined,
  ): Promise<SuccessBody<Operation<P, M>>> {
    const wire = method.toUpperCase() as WireMethod;
    return this.send(wire, route, input, options) as Promise<SuccessBody<Operation<P, M>>>;
  }

  /** Any call, typed or not (for the few endpoints outside the contract), within the view's budget and scope. */
  private send(
    method: WireMethod,
    route: string,
    input: Parameters<CallExecutor["execute"]>[2],
    options: CallOptions | undefined,
  ): Promise<unknown> {
    const { budget, scope, listeners } = this.view;
    if (budget) {
      if (budget.made >= budget.max) return Promise.reject(new CallBudgetExhausted({ method, route, budget: budget.max }));
      budget.made += 1;
    }
    if (!scope) return this.executor.execute(method, route, input, listeners, options);
    const signal = options?.signal ? AbortSignal.any([options.signal, scope.signal]) : scope.signal;
    return scope.track(this.executor.execute(method, route, input, listeners, { ...options, signal, queueKey: scope.key }));
  }

  /**
   * Any operation of the contract by its method and route template, typed from the OAS like the
   * named methods (which are what the gateway uses); for operations without a method of their own.
   */
  request<P extends ApiPath, M extends MethodsOf<P>>(
    method: M,
    route: P,
    input: OperationInput<Operation<P, M>>,
    options?: CallOptions,
  ): Promise<SuccessBody<Operation<P, M>>> {
    return this.call(method, route, input, options);
  }

  // ── users ────────────────────────────────────────────────────────────────────────────────────

  async searchUsers(params: SearchUsersParams = {}, options?: CallOptions): Promise<OffsetPage<User>> {
    const body = await this.call(
      "get",
      "/users",
      {
        query: {
          ...(params.q !== undefined ? { q: params.q, search_engine: "v3" as const } : {}),
          ...(params.sort !== undefined ? { sort: params.sort } : {}),
          ...offsetQuery(params),
          ...fieldsQuery(params),
        },
      },
      options,
    );
    return toOffsetPage(body, "users", params);
  }

  getUser(id: string, selection: FieldSelection = {}, options?: CallOptions): Promise<User> {
    return this.call("get", "/users/{id}", { path: { id }, query: fieldsQuery(selection) }, options);
  }

  getUsersByEmail(email: string, selection: FieldSelection = {}, options?: CallOptions): Promise<User[]> {
    return this.call("get", "/users-by-email", { query: { email, ...fieldsQuery(selection) } }, options);
  }

  createUser(body: CreateUserBody, options?: CallOptions): Promise<User> {
    // The generated body type requires every defaulted field (see types.ts); the spec requires `connection` only.
    return this.call("post", "/users", { body: body as components["schemas"]["CreateUserRequestContent"] }, options);
  }

  updateUser(id: string, body: UpdateUserBody, options?: CallOptions): Promise<User> {
    return this.call("patch", "/users/{id}", { path: { id }, body: body as components["schemas"]["UpdateUserRequestContent"] }, options);
  }

  async deleteUser(id: string, options?: CallOptions): Promise<void> {
    await this.call("delete", "/users/{id}", { path: { id } }, options);
  }

  // ── identities ───────────────────────────────────────────────────────────────────────────────

  linkUserIdentity(id: string, body: LinkUserIdentityBody, options?: CallOptions): Promise<UserIdentity[]> {
    return this.call(
      "post",
      "/users/{id}/identities",
      { path: { id }, body: body as components["schemas"]["LinkUserIdentityRequestContent"] },
      options,
    );
  }

  /** `secondaryUserId` is the secondary identity's id without the provider prefix. */
  unlinkUserIdentity(
    id: string,
    provider: UserIdentityProvider,
    secondaryUserId: string | number,
    options?: CallOptions,
  ): Promise<UserIdentity[]> {
    return this.call(
      "delete",
      "/users/{id}/identities/{provider}/{user_id}",
      { path: { id, provider, user_id: String(secondaryUserId) } },
      options,
    );
  }

  // ── roles, permissions, organizations of a user ──────────────────────────────────────────────

  async getUserRoles(id: string, paging: OffsetPaging = {}, options?: CallOptions): Promise<OffsetPage<Role>> {
    const body = await this.call("get", "/users/{id}/roles", { path: { id }, query: offsetQuery(paging) }, options);
    return toOffsetPage(body, "roles", paging);
  }

  async assignUserRoles(id: string, roleIds: string[], options?: CallOptions): Promise<void> {
    await this.call("post", "/users/{id}/roles", { path: { id }, body: { roles: roleIds } }, options);
  }

  async removeUserRoles(id: string, roleIds: string[], options?: CallOptions): Promise<void> {
    await this.call("delete", "/users/{id}/roles", { path: { id }, body: { roles: roleIds } }, options);
  }

  async getUserPermissions(id: string, paging: OffsetPaging = {}, options?: CallOptions): Promise<OffsetPage<Permission>> {
    const body = await this.call("get", "/users/{id}/permissions", { path: { id }, query: offsetQuery(paging) }, options);
    return toOffsetPage(body, "permissions", paging);
  }

  async assignUserPermissions(id: string, permissions: PermissionRef[], options?: CallOptions): Promise<void> {
    await this.call("post", "/users/{id}/permissions", { path: { id }, body: { permissions } }, options);
  }

  async removeUserPermissions(id: string, permissions: PermissionRef[], options?: CallOptions): Promise<void> {
    await this.call("delete", "/users/{id}/permissions", { path: { id }, body: { permissions } }, options);
  }

  async getUserOrganizations(id: string, paging: OffsetPaging = {}, options?: CallOptions): Promise<OffsetPage<Organization>> {
    const body = await this.call("get", "/users/{id}/organizations", { path: { id }, query: offsetQuery(paging) }, options);
    return toOffsetPage(body, "organizations", paging);
  }

  // ── logs, enrollments, MFA ───────────────────────────────────────────────────────────────────

  async getUserLogs(id: string, params: LogsParams = {}, options?: CallOptions): Promise<OffsetPage<LogEvent>> {
    const body = await this.call(
      "get",
      "/users/{id}/logs",
      { path: { id }, query: { ...offsetQuery(params), ...(params.sort !== undefined ? { sort: params.sort } : {}) } },
      options,
    );
    return toOffsetPage(body, "logs", params);
  }

  getUserEnrollments(id: string, options?: CallOptions): Promise<Enrollment[]> {
    return this.call("get", "/users/{id}/enrollments", { path: { id } }, options);
  }

  async deleteUserAuthenticators(id: string, options?: CallOptions): Promise<void> {
    await this.call("delete", "/users/{id}/authenticators", { path: { id } }, options);
  }

  async deleteUserMultifactorProvider(id: string, provider: MultifactorProvider, options?: CallOptions): Promise<void> {
    await this.call("delete", "/users/{id}/multifactor/{provider}", { path: { id, provider } }, options);
  }

  async invalidateRememberBrowser(id: string, options?: CallOptions): Promise<void> {
    await this.call("post", "/users/{id}/multifactor/actions/invalidate-remember-browser", { path: { id } }, options);
  }

  regenerateRecoveryCode(id: string, options?: CallOptions): Promise<RecoveryCode> {
    return this.call("post", "/users/{id}/recovery-code-regeneration", { path: { id } }, options);
  }

  // ── authentication methods ───────────────────────────────────────────────────────────────────

  async getUserAuthenticationMethods(
    id: string,
    paging: OffsetPaging = {},
    options?: CallOptions,
  ): Promise<OffsetPage<AuthenticationMethod>> {
    const body = await this.call("get", "/users/{id}/authentication-methods", { path: { id }, query: offsetQuery(paging) }, options);
    return toOffsetPage(body, "authenticators", paging);
  }

  getUserAuthenticationMethod(id: string, methodId: string, options?: CallOptions): Promise<AuthenticationMethodDetails> {
    return this.call(
      "get",
      "/users/{id}/authentication-methods/{authentication_method_id}",
      { path: { id, authentication_method_id: methodId } },
      options,
    );
  }

  createUserAuthenticationMethod(
    id: string,
    body: CreateAuthenticationMethodBody,
    options?: CallOptions,
  ): Promise<CreatedAuthenticationMethod> {
    return this.call("post", "/users/{id}/authentication-methods", { path: { id }, body }, options);
  }

  replaceUserAuthenticationMethods(
    id: string,
    body: ReplaceAuthenticationMethodBody[],
    options?: CallOptions,
  ): Promise<ReplacedAuthenticationMethod[]> {
    return this.call("put", "/users/{id}/authentication-methods", { path: { id }, body }, options);
  }

  updateUserAuthenticationMethod(
    id: string,
    methodId: string,
    body: UpdateAuthenticationMethodBody,
    options?: CallOptions,
  ): Promise<UpdatedAuthenticationMethod> {
    return this.call(
      "patch",
      "/users/{id}/authentication-methods/{authentication_method_id}",
      { path: { id, authentication_method_id: methodId }, body },
      options,
    );
  }

  async deleteUserAuthenticationMethod(id: string, methodId: string, options?: CallOptions): Promise<void> {
    await this.call(
      "delete",
      "/users/{id}/authentication-methods/{authentication_method_id}",
      { path: { id, authentication_method_id: methodId } },
      options,
    );
  }

  async deleteUserAuthenticationMethods(id: string, options?: CallOptions): Promise<void> {
    await this.call("delete", "/users/{id}/authentication-methods", { path: { id } }, options);
  }

  // ── sessions and refresh tokens ──────────────────────────────────────────────────────────────

  async getUserSessions(id: string, paging: CheckpointPaging = {}, options?: CallOptions): Promise<CheckpointPage<Session>> {
    const body = await this.call("get", "/users/{user_id}/sessions", { path: { user_id: id }, query: checkpointQuery(paging) }, options);
    return toCheckpointPage(body, "sessions");
  }

  async deleteUserSessions(id: string, options?: CallOptions): Promise<void> {
    await this.call("delete", "/users/{user_id}/sessions", { path: { user_id: id } }, options);
  }

  getSession(id: string, options?: CallOptions): Promise<SessionDetails> {
    return this.call("get", "/sessions/{id}", { path: { id } }, options);
  }

  async deleteSession(id: string, options?: CallOptions): Promise<void> {
    await this.call("delete", "/sessions/{id}", { path: { id } }, options);
  }

  updateSession(id: string, body: UpdateSessionBody, options?: CallOptions): Promise<UpdatedSession> {
    return this.call("patch", "/sessions/{id}", { path: { id }, body }, options);
  }

  async getUserRefreshTokens(id: string, paging: CheckpointPaging = {}, options?: CallOptions): Promise<CheckpointPage<RefreshToken>> {
    const body = await this.call(
      "get",
      "/users/{user_id}/refresh-tokens",
      { path: { user_id: id }, query: checkpointQuery(paging) },
      options,
    );
    return toCheckpointPage(body, "tokens");
  }

  async deleteUserRefreshTokens(id: string, options?: CallOptions): Promise<void> {
    await this.call("delete", "/users/{user_id}/refresh-tokens", { path: { user_id: id } }, options);
  }

  getRefreshToken(id: string, options?: CallOptions): Promise<RefreshTokenDetails> {
    return this.call("get", "/refresh-tokens/{id}", { path: { id } }, options);
  }

  async deleteRefreshToken(id: string, options?: CallOptions): Promise<void> {
    await this.call("delete", "/refresh-tokens/{id}", { path: { id } }, options);
  }

  updateRefreshToken(id: string, body: UpdateRefreshTokenBody, options?: CallOptions): Promise<UpdatedRefreshToken> {
    return this.call("patch", "/refresh-tokens/{id}", { path: { id }, body }, options);
  }

  /** Revokes refresh tokens by id, or a user's (narrowed by client, then audience); Auth0 revokes asynchronously. */
  async revokeRefreshTokens(body: RevokeRefreshTokensBody, options?: CallOptions): Promise<void> {
    await this.call("post", "/refresh-tokens/revoke", { body }, options);
  }

  /** Revokes the session and the refresh tokens bound to it. */
  async revokeSession(id: string, options?: CallOptions): Promise<void> {
    await this.call("post", "/sessions/{id}/revoke", { path: { id } }, options);
  }

  async revokeUserAccess(id: string, body: RevokeUserAccessBody, options?: CallOptions): Promise<void> {
    await this.call("post", "/users/{id}/revoke-access", { path: { id }, body }, options);
  }

  // ── user blocks ──────────────────────────────────────────────────────────────────────────────

  async getUserBlocksByIdentifier(
    identifier: string,
    params: BlocksParams = {},
    options?: CallOptions,
  ): Promise<{ blocked_for: UserBlock[] }> {
    const body = await this.call("get", "/user-blocks", { query: { identifier, ...blocksQuery(params) } }, options);
    return { blocked_for: body.blocked_for ?? [] };
  }

  async deleteUserBlocksByIdentifier(identifier: string, options?: CallOptions): Promise<void> {
    await this.call("delete", "/user-blocks", { query: { identifier } }, options);
  }

  async getUserBlocks(id: string, params: BlocksParams = {}, options?: CallOptions): Promise<{ blocked_for: UserBlock[] }> {
    const body = await this.call("get", "/user-blocks/{id}", { path: { id }, query: blocksQuery(params) }, options);
    return { blocked_for: body.blocked_for ?? [] };
  }

  async deleteUserBlocks(id: string, options?: CallOptions): Promise<void> {
    await this.call("delete", "/user-blocks/{id}", { path: { id } }, options);
  }

  // ── roles and organizations ──────────────────────────────────────────────────────────────────

  async getRoles(params: RolesParams = {}, options?: CallOptions): Promise<OffsetPage<Role>> {
    const body = await this.call(
      "get",
      "/roles",
      { query: { ...offsetQuery(params), ...(params.nameFilter !== undefined ? { name_filter: params.nameFilter } : {}) } },
      options,
    );
    return toOffsetPage(body, "roles", params);
  }

  getRole(id: string, options?: CallOptions): Promise<RoleDetails> {
    return this.call("get", "/roles/{id}", { path: { id } }, options);
  }

  async getRoleUsers(id: string, paging: OffsetPaging = {}, options?: CallOptions): Promise<OffsetPage<RoleUser>> {
    const body = await this.call("get", "/roles/{id}/users", { path: { id }, query: offsetQuery(paging) }, options);
    return toOffsetPage(body, "users", paging);
  }

  async getRoleUsersCheckpoint(id: string, paging: CheckpointPaging = {}, options?: CallOptions): Promise<CheckpointPage<RoleUser>> {
    const body = await this.call("get", "/roles/{id}/users", { path: { id }, query: checkpointQuery(paging) }, options);
    // Without `from`/`take` the upstream answers a bare array, as in offset mode.
    if (Array.isArray(body)) return { items: body };
    return toCheckpointPage(body as { next?: string; users?: RoleUser[] }, "users");
  }

  async assignRoleUsers(id: string, userIds: string[], options?: CallOptions): Promise<void> {
    await this.call("post", "/roles/{id}/users", { path: { id }, body: { users: userIds } }, options);
  }

  async getRolePermissions(id: string, paging: OffsetPaging = {}, options?: CallOptions): Promise<OffsetPage<RolePermission>> {
    const body = await this.call("get", "/roles/{id}/permissions", { path: { id }, query: offsetQuery(paging) }, options);
    return toOffsetPage(body, "permissions", paging);
  }

  getOrganization(id: string, options?: CallOptions): Promise<OrganizationDetails> {
    return this.call("get", "/organizations/{id}", { path: { id } }, options);
  }

  // ── organization members ─────────────────────────────────────────────────────────────────────

  async getOrganizationMembers(
    id: string,
    paging: CheckpointPaging = {},
    options?: CallOptions,
  ): Promise<CheckpointPage<OrganizationMember>> {
    const body = await this.call("get", "/organizations/{id}/members", { path: { id }, query: checkpointQuery(paging) }, options);
    // Without `from`/`take` the upstream answers a bare array, as in offset mode.
    if (Array.isArray(body)) return { items: body };
    return toCheckpointPage(body as { next?: string; members?: OrganizationMember[] }, "members");
  }

  async addOrganizationMembers(id: string, userIds: string[], options?: CallOptions): Promise<void> {
    await this.call("post", "/organizations/{id}/members", { path: { id }, body: { members: userIds } }, options);
  }

  async removeOrganizationMembers(id: string, userIds: string[], options?: CallOptions): Promise<void> {
    await this.call("delete", "/organizations/{id}/members", { path: { id }, body: { members: userIds } }, options);
  }

  async getOrganizationMemberRoles(
    id: string,
    userId: string,
    paging: OffsetPaging = {},
    options?: CallOptions,
  ): Promise<OffsetPage<Role>> {
    const body = await this.call(
      "get",
      "/organizations/{id}/members/{user_id}/roles",
      { path: { id, user_id: userId }, query: offsetQuery(paging) },
      options,
    );
    return toOffsetPage(body, "roles", paging);
  }

  async assignOrganizationMemberRoles(id: string, userId: string, roleIds: string[], options?: CallOptions): Promise<void> {
    await this.call(
      "post",
      "/organizations/{id}/members/{user_id}/roles",
      { path: { id, user_id: userId }, body: { roles: roleIds } },
      options,
    );
  }

  async removeOrganizationMemberRoles(id: string, userId: string, roleIds: string[], options?: CallOptions): Promise<void> {
    await this.call(
      "delete",
      "/organizations/{id}/members/{user_id}/roles",
      { path: { id, user_id: userId }, body: { roles: roleIds } },
      options,
    );
  }

  // ── effective access and groups ──────────────────────────────────────────────────────────────

  async getUserEffectiveRoles(id: string, paging: CheckpointPaging = {}, options?: CallOptions): Promise<CheckpointPage<EffectiveRole>> {
    const body = await this.call("get", "/users/{id}/effective-roles", { path: { id }, query: checkpointQuery(paging) }, options);
    return toCheckpointPage(body, "roles");
  }

  async getUserRoleSourceGroups(
    id: string,
    roleId: string,
    paging: CheckpointPaging = {},
    options?: CallOptions,
  ): Promise<CheckpointPage<Group>> {
    const body = await this.call(
      "get",
      "/users/{id}/effective-roles/sources/groups",
      { path: { id }, query: { role_id: roleId, ...checkpointQuery(paging) } },
      options,
    );
    return toCheckpointPage(body, "groups");
  }

  async getUserEffectivePermissions(
    id: string,
    resourceServerIdentifier: string,
    paging: CheckpointPaging = {},
    options?: CallOptions,
  ): Promise<CheckpointPage<EffectivePermission>> {
    const body = await this.call(
      "get",
      "/users/{id}/effective-permissions",
      { path: { id }, query: { resource_server_identifier: resourceServerIdentifier, ...checkpointQuery(paging) } },
      options,
    );
    return toCheckpointPage(body, "permissions");
  }

  async getUserEffectivePermissionRoleSources(
    id: string,
    permission: { resourceServerIdentifier: string; permissionName: string },
    paging: CheckpointPaging = {},
    options?: CallOptions,
  ): Promise<CheckpointPage<EffectivePermissionRoleSource>> {
    const body = await this.call(
      "get",
      "/users/{id}/effective-permissions/sources/effective-roles",
      {
        path: { id },
        query: {
          resource_server_identifier: permission.resourceServerIdentifier,
          permission_name: permission.permissionName,
          ...checkpointQuery(paging),
        },
      },
      options,
    );
    return toCheckpointPage(body, "roles");
  }

  async getUserGroups(id: string, paging: OffsetPaging = {}, options?: CallOptions): Promise<OffsetPage<UserGroup>> {
    const body = await this.call("get", "/users/{id}/groups", { path: { id }, query: offsetQuery(paging) }, options);
    return toOffsetPage(body as UserGroup[] | { start?: number; limit?: number; total?: number; groups?: UserGroup[] }, "groups", paging);
  }

  // ── connected accounts, federated token sets, risk assessments ───────────────────────────────

  async getUserConnectedAccounts(
    id: string,
    paging: CheckpointPaging = {},
    options?: CallOptions,
  ): Promise<CheckpointPage<ConnectedAccount>> {
    const body = await this.call("get", "/users/{id}/connected-accounts", { path: { id }, query: checkpointQuery(paging) }, options);
    return toCheckpointPage(body, "connected_accounts");
  }

  getUserFederatedConnectionTokenSets(id: string, options?: CallOptions): Promise<FederatedConnectionTokenSet[]> {
    return this.call("get", "/users/{id}/federated-connections-tokensets", { path: { id } }, options);
  }

  async deleteUserFederatedConnectionTokenSet(id: string, tokenSetId: string, options?: CallOptions): Promise<void> {
    await this.call(
      "delete",
      "/users/{id}/federated-connections-tokensets/{tokenset_id}",
      { path: { id, tokenset_id: tokenSetId } },
      options,
    );
  }

  async clearUserRiskAssessments(id: string, body: ClearRiskAssessmentsBody, options?: CallOptions): Promise<void> {
    await this.call("post", "/users/{id}/risk-assessments/clear", { path: { id }, body }, options);
  }

  // ── jobs and tickets ─────────────────────────────────────────────────────────────────────────

  createUsersExportJob(body: CreateUsersExportBody, options?: CallOptions): Promise<UsersExportJob> {
    return this.call("post", "/jobs/users-exports", { body: body as components["schemas"]["CreateExportUsersRequestContent"] }, options);
  }

  /**
   * POST /jobs/users-imports as multipart/form-data. The file is streamed into the request from its
   * own stream, so it is never copied whole; each attempt reads it afresh.
   */
  async createUsersImportJob(params: UsersImportParams, options?: CallOptions): Promise<UsersImportJob> {
    const fields: Record<string, string> = { connection_id: params.connectionId };
    if (params.upsert !== undefined) fields.upsert = String(params.upsert);
    if (params.externalId !== undefined) fields.external_id = params.externalId;
    if (params.sendCompletionEmail !== undefined) fields.send_completion_email = String(params.sendCompletionEmail);
    const upload = () => multipartBody(fields, { name: "users", filename: "users.json", value: params.file });
    return (await this.send("POST", "/jobs/users-imports", { upload }, options)) as UsersImportJob;
  }

  createVerificationEmailJob(body: CreateVerificationEmailBody, options?: CallOptions): Promise<VerificationEmailJob> {
    return this.call(
      "post",
      "/jobs/verification-email",
      { body: body as components["schemas"]["CreateVerificationEmailRequestContent"] },
      options,
    );
  }

  getJob(id: string, options?: CallOptions): Promise<Job> {
    return this.call("get", "/jobs/{id}", { path: { id } }, options);
  }

  /** A finished import's per-user errors ([] when there are none), or the failure of a job that failed as a whole. */
  async getJobErrors(id: string, options?: CallOptions): Promise<JobImportUserError[] | JobFailure> {
    const body = await this.call("get", "/jobs/{id}/errors", { path: { id } }, options);
    return (body ?? []) as JobImportUserError[] | JobFailure;
  }

  createPasswordChangeTicket(body: PasswordChangeTicketBody, options?: CallOptions): Promise<Ticket> {
    return this.call(
      "post",
      "/tickets/password-change",
      { body: body as components["schemas"]["ChangePasswordTicketRequestContent"] },
      options,
    );
  }

  createEmailVerificationTicket(body: EmailVerificationTicketBody, options?: CallOptions): Promise<Ticket> {
    return this.call(
      "post",
      "/tickets/email-verification",
      { body: body as components["schemas"]["VerifyEmailTicketRequestContent"] },
      options,
    );
  }

  /**
   * One page of a finished JSON users export, streamed from its `location` (gunzip + NDJSON, stopping
   * once the page is full). Counts against the call budget like any upstream call.
   */
  readUsersExportPage(
    location: string,
    page: Pick<ExportPageOptions, "offset" | "limit" | "format" | "fields">,
    options?: CallOptions,
  ): Promise<ExportPage<User>> {
    const { budget } = this.view;
    if (budget) {
      if (budget.made >= budget.max)
        return Promise.reject(new CallBudgetExhausted({ method: "GET", route: "export file", budget: budget.max }));
      budget.made += 1;
    }
    return readExportPage<User>(location, {
      ...page,
      timeoutMs: this.executor.config.deadlineMs,
      ...(options?.signal ? { signal: options.signal } : {}),
    });
  }

  /** GET /connections?name= (scope read:connections): the connections of that name (at most one). */
  async getConnectionsByName(name: string, options?: CallOptions): Promise<ConnectionSummary[]> {
    const body = await this.send("GET", "/connections", { query: { name, fields: "id,name,strategy", include_fields: true } }, options);
    return (body as ConnectionSummary[]).map(({ id, name: connectionName, strategy }) => ({ id, name: connectionName, strategy }));
  }
}

function blocksQuery(params: BlocksParams): { consider_brute_force_enablement?: boolean } {
  return params.considerBruteForceEnablement !== undefined ? { consider_brute_force_enablement: params.considerBruteForceEnablement } : {};
}

export function createManagementClient(config: UpstreamConfig, options: ManagementClientOptions = {}): ManagementClient {
  return new ManagementClient(new CallExecutor(config, options.hooks ?? {}, options.logger, options.tracer));
}
