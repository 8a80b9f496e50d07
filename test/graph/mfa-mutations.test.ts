import { describe, expect, it } from "vitest";
import type { AuthenticationMethod, Enrollment, User } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import {
  UNKNOWN_USER,
  expectForbidden,
  expectInvalid,
  expectUpstreamRejected,
  expectUserError,
  mutationTestGateway,
  payloadOf,
  userIds,
} from "../support/mutations.js";

const t = mutationTestGateway();

const enc = encodeURIComponent;
const USER_ROUTE = "GET /api/v2/users/{id}";

async function restUser(userId: string): Promise<User> {
  const res = await t.rest<User>("GET", `/users/${enc(userId)}`);
  expect(res.status).toBe(200);
  return res.body;
}

const withProvider = (provider: string) => userIds(t, (id) => t.emulator.state.users.get(id)?.multifactor?.includes(provider) ?? false);
const withConfirmedEnrollment = () =>
  userIds(t, (id) => t.emulator.state.enrollments.get(id)?.some((e) => e.status === "confirmed") ?? false);
const withoutEnrollments = () => userIds(t, (id) => !t.emulator.state.enrollments.has(id) && !t.emulator.state.users.get(id)?.multifactor);

describe("invalidateUserRememberBrowser", () => {
  const INVALIDATE = graphql(`
    mutation MfaInvalidateUserRememberBrowser($id: ID!) {
      invalidateUserRememberBrowser(id: $id) {
        user {
          id
          email
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `);
  const INVALIDATE_BARE = graphql(
    `mutation MfaInvalidateUserRememberBrowser2($id: ID!) { invalidateUserRememberBrowser(id: $id) { userErrors { field message code } } }`,
  );

  it("is accepted; the payload's user is read after the write", async () => {
    const userId = withoutEnrollments()[0]!;
    t.resetCalls();
    const payload = payloadOf(await t.query(INVALIDATE, { id: userId }), "invalidateUserRememberBrowser");
    // The existence check is the read the payload needed anyway: one user read in all.
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/users/{id}/multifactor/actions/invalidate-remember-browser": 1, [USER_ROUTE]: 1 });
    expect(payload).toEqual({ user: { id: userId, email: (await restUser(userId)).email ?? null }, userErrors: [] });
  });

  it("costs one call when the payload does not select the user", async () => {
    t.resetCalls();
    const payload = payloadOf(await t.query(INVALIDATE_BARE, { id: withoutEnrollments()[0]! }), "invalidateUserRememberBrowser");
    expect(payload!.userErrors).toEqual([]);
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/users/{id}/multifactor/actions/invalidate-remember-browser": 1 });
  });

  it("is NOT_FOUND for an unknown user when the payload selects the user (Auth0 itself answers success)", async () => {
    const direct = await t.rest("POST", `/users/${enc(UNKNOWN_USER)}/multifactor/actions/invalidate-remember-browser`);
    expect(direct.status).toBe(204);
    const payload = await expectUserError(t, INVALIDATE, { id: UNKNOWN_USER }, "invalidateUserRememberBrowser", {
      code: "NOT_FOUND",
      field: ["id"],
    });
    expect(payload.user).toBeNull();
    // Without `user` selected the gateway spends no call on checking, and passes Auth0's success on.
    expect(payloadOf(await t.query(INVALIDATE_BARE, { id: UNKNOWN_USER }), "invalidateUserRememberBrowser")!.userErrors).toEqual([]);
  });

  it("spends no call on the check for a caller who may not read users (the user is FORBIDDEN on its own)", async () => {
    t.resetCalls();
    const res = await t.query(INVALIDATE, { id: UNKNOWN_USER }, { scope: "update:users" });
    expect(res.body.data!.invalidateUserRememberBrowser).toEqual({ user: null, userErrors: [] });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["invalidateUserRememberBrowser", "user"], extensions: { code: "FORBIDDEN" } });
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/users/{id}/multifactor/actions/invalidate-remember-browser": 1 });
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    await expectUpstreamRejected(t, INVALIDATE, { id: withoutEnrollments()[0]! }, "invalidateUserRememberBrowser", {
      method: "POST",
      route: "/api/v2/users/{id}/multifactor/actions/invalidate-remember-browser",
    });
  });

  it("checks its input before calling Auth0", async () => {
    await expectInvalid(t, INVALIDATE, { id: "" }, "invalidateUserRememberBrowser", ["id"]);
  });

  it("is FORBIDDEN without update:users", async () => {
    await expectForbidden(
      t,
      INVALIDATE,
      { id: withoutEnrollments()[0]! },
      "invalidateUserRememberBrowser",
      "read:users delete:guardian_enrollments",
    );
  });
});

describe("deleteUserMultifactorProvider", () => {
  const DELETE = graphql(`
    mutation MfaDeleteUserMultifactorProvider($id: ID!, $provider: MultifactorProvider!) {
      deleteUserMultifactorProvider(id: $id, provider: $provider) {
        user {
          id
          multifactor
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `);

  it("removes the provider; the payload and a later operation show the user without it", async () => {
    for (const [provider, wire] of [
      ["DUO", "duo"],
      ["GOOGLE_AUTHENTICATOR", "google-authenticator"],
    ] as const) {
      const userId = withProvider(wire)[0]!;
      t.resetCalls();
      const payload = payloadOf(await t.query(DELETE, { id: userId, provider }), "deleteUserMultifactorProvider");
      expect(payload!.userErrors).toEqual([]);
      expect(t.upstreamCalls()["DELETE /api/v2/users/{id}/multifactor/{provider}"]).toBe(1);
      const rest = await restUser(userId);
      expect(rest.multifactor ?? []).not.toContain(wire);
      expect(payload!.user).toEqual({ id: userId, multifactor: rest.multifactor ?? null });
      const later = await t.query(graphql(`query MfaUser($id: ID!) { user(id: $id) { multifactor } }`), { id: userId });
      expect(later.body.data!.user!.multifactor).toEqual(rest.multifactor ?? null);
    }
  });

  it("is NOT_FOUND for a provider the user is not enrolled with, and for an unknown user", async () => {
    const userId = withoutEnrollments()[0]!;
    await expectUserError(t, DELETE, { id: userId, provider: "DUO" }, "deleteUserMultifactorProvider", {
      code: "NOT_FOUND",
      field: ["provider"],
    });
    await expectUserError(t, DELETE, { id: UNKNOWN_USER, provider: "DUO" }, "deleteUserMultifactorProvider", {
      code: "NOT_FOUND",
      field: ["id"],
    });
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    await expectUpstreamRejected(t, DELETE, { id: withoutEnrollments()[0]!, provider: "DUO" }, "deleteUserMultifactorProvider", {
      method: "DELETE",
      route: "/api/v2/users/{id}/multifactor/{provider}",
    });
  });

  it("checks its input before calling Auth0", async () => {
    await expectInvalid(t, DELETE, { id: " ", provider: "DUO" }, "deleteUserMultifactorProvider", ["id"]);
    t.resetCalls();
    // @ts-expect-error -- a provider in lower case, which the enum refuses, on purpose
    const res = await t.query(DELETE, { id: withoutEnrollments()[0]!, provider: "duo" });
    expect(res.body.errors?.[0]?.message).toMatch(/provider/);
    expect(t.upstreamCalls()).toEqual({});
  });

  it("is FORBIDDEN without update:users", async () => {
    await expectForbidden(
      t,
      DELETE,
      { id: withoutEnrollments()[0]!, provider: "DUO" },
      "deleteUserMultifactorProvider",
      "read:users delete:guardian_enrollments",
    );
  });
});

describe("regenerateUserRecoveryCode", () => {
  const REGENERATE = graphql(`
    mutation MfaRegenerateUserRecoveryCode($id: ID!) {
      regenerateUserRecoveryCode(id: $id) {
        recoveryCode
        user {
          id
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `);

  it("answers the new code, which replaces the old one", async () => {
    const userId = withConfirmedEnrollment()[0]!;
    const first = payloadOf(await t.query(REGENERATE, { id: userId }), "regenerateUserRecoveryCode");
    expect(first!.userErrors).toEqual([]);
    expect(first!.user).toEqual({ id: userId });
    expect(first!.recoveryCode).toBe(t.emulator.state.recoveryCodes.get(userId));
    const second = payloadOf(await t.query(REGENERATE, { id: userId }), "regenerateUserRecoveryCode");
    expect(second!.recoveryCode).toBe(t.emulator.state.recoveryCodes.get(userId));
    expect(second!.recoveryCode).not.toBe(first!.recoveryCode);
  });

  it("is NOT_FOUND for a user without a confirmed enrollment, and for an unknown user", async () => {
    const none = await expectUserError(t, REGENERATE, { id: withoutEnrollments()[0]! }, "regenerateUserRecoveryCode", {
      code: "NOT_FOUND",
      field: null,
    });
    expect(none.recoveryCode).toBeNull();
    await expectUserError(t, REGENERATE, { id: UNKNOWN_USER }, "regenerateUserRecoveryCode", { code: "NOT_FOUND", field: ["id"] });
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    await expectUpstreamRejected(t, REGENERATE, { id: withConfirmedEnrollment()[0]! }, "regenerateUserRecoveryCode", {
      method: "POST",
      route: "/api/v2/users/{id}/recovery-code-regeneration",
    });
  });

  it("checks its input before calling Auth0", async () => {
    await expectInvalid(t, REGENERATE, { id: "" }, "regenerateUserRecoveryCode", ["id"]);
  });

  it("is FORBIDDEN without update:users, and regenerates nothing", async () => {
    const userId = withConfirmedEnrollment()[0]!;
    const before = t.emulator.state.recoveryCodes.get(userId);
    await expectForbidden(t, REGENERATE, { id: userId }, "regenerateUserRecoveryCode", "read:users");
    expect(t.emulator.state.recoveryCodes.get(userId)).toBe(before);
  });
});

describe("deleteUserAuthenticators", () => {
  graphql(
    `fragment MfaAuthenticatorsUser on User { id multifactor enrollments { id } authenticationMethods(first: 100) { nodes { id type } } }`,
  );
  const DELETE = graphql(`mutation MfaDeleteUserAuthenticators($id: ID!) {
    deleteUserAuthenticators(id: $id) { user { ...MfaAuthenticatorsUser } userErrors { field message code } }
  }`);

  async function restState(userId: string) {
    const methods = await t.rest<AuthenticationMethod[]>("GET", `/users/${enc(userId)}/authentication-methods?per_page=100`);
    const enrollments = await t.rest<Enrollment[]>("GET", `/users/${enc(userId)}/enrollments`);
    return {
      multifactor: (await restUser(userId)).multifactor ?? null,
      enrollments: enrollments.body.map((e) => ({ id: e.id })),
      methods: methods.body.map((m) => ({ id: m.id, type: m.type })),
    };
  }

  it("deletes the Guardian enrollments and authenticators; the payload, a later field and a later operation show it", async () => {
    const userId = withProvider("guardian").find((id) =>
      (t.emulator.state.authenticationMethods.get(id) ?? []).some((m) => m.type === "webauthn-roaming"),
    )!;
    expect(userId).toBeDefined();
    const before = await restState(userId);
    expect(before.enrollments.length).toBeGreaterThan(0);
    const res = await t.query(
      graphql(`mutation MfaDeleteUserAuthenticatorsAfterRead($id: ID!) {
        before: invalidateUserRememberBrowser(id: $id) { user { ...MfaAuthenticatorsUser } }
        deleteUserAuthenticators(id: $id) { user { ...MfaAuthenticatorsUser } userErrors { code } }
      }`),
      { id: userId },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.before!.user!.enrollments).toEqual(before.enrollments);
    const after = await restState(userId);
    expect(after.enrollments).toEqual([]);
    expect(after.multifactor ?? []).not.toContain("guardian");
    expect(after.methods.map((m) => m.type)).toEqual(["webauthn-roaming"]);
    const expected = { id: userId, multifactor: after.multifactor, enrollments: [], authenticationMethods: { nodes: after.methods } };
    expect(res.body.data!.deleteUserAuthenticators).toEqual({ user: expected, userErrors: [] });
    const later = await t.query(graphql(`query MfaAuthenticatorsUserRead($id: ID!) { user(id: $id) { ...MfaAuthenticatorsUser } }`), {
      id: userId,
    });
    expect(later.body.data!.user).toEqual(expected);
  });

  it("is NOT_FOUND for an unknown user when the payload selects the user (Auth0 itself answers success)", async () => {
    expect((await t.rest("DELETE", `/users/${enc(UNKNOWN_USER)}/authenticators`)).status).toBe(204);
    await expectUserError(t, DELETE, { id: UNKNOWN_USER }, "deleteUserAuthenticators", { code: "NOT_FOUND", field: ["id"] });
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    await expectUpstreamRejected(t, DELETE, { id: withConfirmedEnrollment()[0]! }, "deleteUserAuthenticators", {
      method: "DELETE",
      route: "/api/v2/users/{id}/authenticators",
    });
  });

  it("checks its input before calling Auth0", async () => {
    await expectInvalid(t, DELETE, { id: "  " }, "deleteUserAuthenticators", ["id"]);
  });

  it("is FORBIDDEN without delete:guardian_enrollments, and deletes nothing", async () => {
    const userId = withConfirmedEnrollment()[0]!;
    const before = await restState(userId);
    await expectForbidden(t, DELETE, { id: userId }, "deleteUserAuthenticators", "read:users update:users delete:authentication_methods");
    expect(await restState(userId)).toEqual(before);
  });
});
