import { describe, expectTypeOf, it } from "vitest";
import type { operations } from "../../src/upstream/oas.gen.js";
import type { CheckpointPage, ManagementClient, OffsetPage } from "../../src/upstream/index.js";

/**
 * The client's request and response types against the contract's generated operations. These are
 * compile-time checks: `npm test` runs `tsc --noEmit` over the test files first, so a method whose
 * types drift from auth0-management-users.oas.json fails the suite. (Runtime shapes are checked by the
 * emulator's own contract tests.)
 */

type Json<Op, Status extends number> = Op extends { responses: Record<Status, { content: { "application/json": infer B } }> } ? B : never;
type Item<T> = T extends (infer I)[] ? I : never;
type BareList<Op> = Extract<Json<Op, 200>, unknown[]>;
type Result<K extends keyof ManagementClient> = ManagementClient[K] extends (...args: never[]) => Promise<infer R> ? R : never;
type Params<K extends keyof ManagementClient> = ManagementClient[K] extends (...args: infer A) => unknown ? A : never;
type RequestJson<Op> = Op extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;

describe("the client's types follow the OAS", () => {
  it("single resources are the operations' 2xx bodies", () => {
    expectTypeOf<Result<"getUser">>().toEqualTypeOf<Json<operations["get_users_by_id"], 200>>();
    expectTypeOf<Result<"getUsersByEmail">>().toEqualTypeOf<Json<operations["get_users-by-email"], 200>>();
    expectTypeOf<Result<"createUser">>().toEqualTypeOf<Json<operations["get_users_by_id"], 200>>();
    expectTypeOf<Json<operations["post_users"], 201>>().toExtend<Result<"createUser">>();
    expectTypeOf<Json<operations["patch_users_by_id"], 200>>().toExtend<Result<"updateUser">>();
    expectTypeOf<Json<operations["post_identities"], 201>>().toExtend<Result<"linkUserIdentity">>();
    expectTypeOf<Json<operations["delete_user_identity_by_user_id"], 200>>().toExtend<Result<"unlinkUserIdentity">>();
    expectTypeOf<Result<"getUserEnrollments">>().toEqualTypeOf<Json<operations["get_enrollments"], 200>>();
    expectTypeOf<Result<"regenerateRecoveryCode">>().toEqualTypeOf<Json<operations["post_recovery-code-regeneration"], 200>>();
    expectTypeOf<Result<"getUserAuthenticationMethod">>().toEqualTypeOf<
      Json<operations["get_authentication-methods_by_authentication_method_id"], 200>
    >();
    expectTypeOf<Result<"createUserAuthenticationMethod">>().toEqualTypeOf<Json<operations["post_authentication-methods"], 201>>();
    expectTypeOf<Result<"replaceUserAuthenticationMethods">>().toEqualTypeOf<Json<operations["put_authentication-methods"], 200>>();
    expectTypeOf<Result<"updateUserAuthenticationMethod">>().toEqualTypeOf<
      Json<operations["patch_authentication-methods_by_authentication_method_id"], 200>
    >();
    expectTypeOf<Result<"getSession">>().toEqualTypeOf<Json<operations["get_session"], 200>>();
    expectTypeOf<Result<"getRefreshToken">>().toEqualTypeOf<Json<operations["get_refresh_token"], 200>>();
    expectTypeOf<Result<"getRole">>().toEqualTypeOf<Json<operations["get_roles_by_id"], 200>>();
    expectTypeOf<Result<"getOrganization">>().toEqualTypeOf<Json<operations["get_organizations_by_id"], 200>>();
    expectTypeOf<Result<"getUserBlocks">["blocked_for"]>().toEqualTypeOf<
      NonNullable<Json<operations["get_user-blocks_by_id"], 200>["blocked_for"]>
    >();
    expectTypeOf<Result<"getUserBlocksByIdentifier">["blocked_for"]>().toEqualTypeOf<
      NonNullable<Json<operations["get_user-blocks"], 200>["blocked_for"]>
    >();
  });

  it("pages hold the items of the operations' list bodies", () => {
    expectTypeOf<Result<"searchUsers">>().toEqualTypeOf<OffsetPage<Item<BareList<operations["get_users"]>>>>();
    expectTypeOf<Result<"getUserRoles">>().toEqualTypeOf<OffsetPage<Item<BareList<operations["get_user_roles"]>>>>();
    expectTypeOf<Result<"getUserPermissions">>().toEqualTypeOf<OffsetPage<Item<BareList<operations["get_permissions"]>>>>();
    expectTypeOf<Result<"getUserOrganizations">>().toEqualTypeOf<OffsetPage<Item<BareList<operations["get_user_organizations"]>>>>();
    expectTypeOf<Result<"getUserLogs">>().toEqualTypeOf<OffsetPage<Item<BareList<operations["get_logs_by_user"]>>>>();
    expectTypeOf<Result<"getUserAuthenticationMethods">>().toEqualTypeOf<
      OffsetPage<Item<BareList<operations["get_authentication-methods"]>>>
    >();
    expectTypeOf<Result<"getRoles">>().toEqualTypeOf<OffsetPage<Item<BareList<operations["get_roles"]>>>>();
    expectTypeOf<Result<"getRoleUsers">>().toEqualTypeOf<OffsetPage<Item<BareList<operations["get_role_user"]>>>>();
    expectTypeOf<Result<"getRoleUsersCheckpoint">>().toEqualTypeOf<CheckpointPage<Item<BareList<operations["get_role_user"]>>>>();
    expectTypeOf<Result<"getRolePermissions">>().toEqualTypeOf<OffsetPage<Item<BareList<operations["get_role_permission"]>>>>();
    expectTypeOf<Result<"getUserSessions">>().toEqualTypeOf<
      CheckpointPage<NonNullable<Json<operations["get_sessions_for_user"], 200>["sessions"]>[number]>
    >();
    expectTypeOf<Result<"getUserRefreshTokens">>().toEqualTypeOf<
      CheckpointPage<NonNullable<Json<operations["get_refresh_tokens_for_user"], 200>["tokens"]>[number]>
    >();
  });

  it("request bodies are what the operations accept", () => {
    expectTypeOf<Params<"assignUserPermissions">[1][number]>().toEqualTypeOf<
      RequestJson<operations["post_permissions"]>["permissions"][number]
    >();
    expectTypeOf<Params<"replaceUserAuthenticationMethods">[1]>().toEqualTypeOf<RequestJson<operations["put_authentication-methods"]>>();
    expectTypeOf<Params<"createUserAuthenticationMethod">[1]>().toEqualTypeOf<RequestJson<operations["post_authentication-methods"]>>();
    expectTypeOf<Params<"updateUserAuthenticationMethod">[2]>().toEqualTypeOf<
      RequestJson<operations["patch_authentication-methods_by_authentication_method_id"]>
    >();
    // Create/update bodies relax the generator's "defaulted means required" (see src/upstream/types.ts):
    // everything the OAS accepts is accepted, and `connection` stays required on create.
    expectTypeOf<RequestJson<operations["post_users"]>>().toExtend<Params<"createUser">[0]>();
    expectTypeOf<RequestJson<operations["patch_users_by_id"]>>().toExtend<Params<"updateUser">[1]>();
    expectTypeOf<{ email: string }>().not.toExtend<Params<"createUser">[0]>();
    expectTypeOf<Params<"deleteUserMultifactorProvider">[1]>().toEqualTypeOf<
      operations["delete_multifactor_by_provider"]["parameters"]["path"]["provider"]
    >();
    expectTypeOf<Params<"unlinkUserIdentity">[1]>().toEqualTypeOf<
      operations["delete_user_identity_by_user_id"]["parameters"]["path"]["provider"]
    >();
  });
});
