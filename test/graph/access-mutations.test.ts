import { describe, expect, it } from "vitest";
import { MAX_MEMBER_ROLES } from "../../src/emulator/routes/organization-members.js";
import { organizationMemberKey } from "../../src/emulator/state.js";
import type { ClearUserRiskAssessmentsInput } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import {
  expectForbidden,
  expectInvalid,
  expectUserError,
  mutationTestGateway,
  payloadOf,
  UNKNOWN_USER,
  userIds,
} from "../support/mutations.js";

// The mutations of issue 19: one session or refresh token, a user's access everywhere, all
// authentication methods, risk assessments, a federated token set, organization membership and
// organization member roles.
const t = mutationTestGateway({ users: 60, seed: 3 });
const state = () => t.emulator.state;

describe("revokeSession", () => {
  const MUTATION = graphql(
    `mutation AccessRevokeSession($id: ID!) { revokeSession(id: $id) { revokedSessionId userErrors { field code message } } }`,
  );
  const sessionOf = () => {
    const userId = userIds(t, (id) => (state().sessions.get(id)?.length ?? 0) > 1)[0]!;
    return { userId, session: state().sessions.get(userId)![0]! };
  };

  it("revokes the session and its refresh tokens", async () => {
    const { userId, session } = sessionOf();
    t.resetCalls();
    const payload = payloadOf(await t.query(MUTATION, { id: session.id }), "revokeSession");
    expect(payload).toEqual({ revokedSessionId: session.id, userErrors: [] });
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/sessions/{id}/revoke": 1 });
    expect(
      state()
        .sessions.get(userId)!
        .map((s) => s.id),
    ).not.toContain(session.id);
    expect((state().refreshTokens.get(userId) ?? []).filter((r) => r.session_id === session.id)).toEqual([]);
  });

  it("is NOT_FOUND for an unknown session, FORBIDDEN without both delete scopes", async () => {
    await expectUserError(t, MUTATION, { id: "no-such-session" }, "revokeSession", { code: "NOT_FOUND", field: ["id"] });
    await expectForbidden(t, MUTATION, { id: sessionOf().session.id }, "revokeSession", "delete:sessions read:sessions");
    await expectInvalid(t, MUTATION, { id: "x".repeat(51) }, "revokeSession", ["id"]);
  });
});

describe("revokeRefreshToken", () => {
  const MUTATION = graphql(`
    mutation AccessRevokeRefreshToken($id: ID!) {
      revokeRefreshToken(id: $id) {
        revokedRefreshTokenId
        userErrors {
          field
          code
          message
        }
      }
    }
  `);
  const tokenOf = () => {
    const userId = userIds(t, (id) => (state().refreshTokens.get(id)?.length ?? 0) > 0)[0]!;
    return { userId, token: state().refreshTokens.get(userId)![0]! };
  };

  it("reads the token, then revokes it", async () => {
    const { userId, token } = tokenOf();
    t.resetCalls();
    const payload = payloadOf(await t.query(MUTATION, { id: token.id }), "revokeRefreshToken");
    expect(payload).toEqual({ revokedRefreshTokenId: token.id, userErrors: [] });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/refresh-tokens/{id}": 1, "DELETE /api/v2/refresh-tokens/{id}": 1 });
    expect((state().refreshTokens.get(userId) ?? []).map((r) => r.id)).not.toContain(token.id);
  });

  it("is NOT_FOUND for an unknown token (no delete sent), FORBIDDEN without delete:refresh_tokens", async () => {
    t.resetCalls();
    await expectUserError(t, MUTATION, { id: "no-such-token" }, "revokeRefreshToken", { code: "NOT_FOUND", field: ["id"] });
    expect(t.upstreamCalls()["DELETE /api/v2/refresh-tokens/{id}"]).toBeUndefined();
    await expectForbidden(t, MUTATION, { id: tokenOf().token.id }, "revokeRefreshToken", "read:refresh_tokens delete:sessions");
  });
});

describe("revokeUserAccess", () => {
  const MUTATION = graphql(`
    mutation AccessRevokeUserAccess($input: RevokeUserAccessInput!) {
      revokeUserAccess(input: $input) {
        user {
          id
          email
          sessions {
            nodes {
              id
            }
          }
        }
        userErrors {
          field
          code
          message
        }
      }
    }
  `);

  it("revokes one session, keeping its refresh tokens when asked", async () => {
    const userId = userIds(
      t,
      (id) => (state().sessions.get(id)?.length ?? 0) > 1 && (state().refreshTokens.get(id) ?? []).some((r) => r.session_id),
    )[0]!;
    const session =
      state()
        .sessions.get(userId)!
        .find((s) =>
          state()
            .refreshTokens.get(userId)!
            .some((r) => r.session_id === s.id),
        ) ?? state().sessions.get(userId)![0]!;
    const tokensBefore = state().refreshTokens.get(userId)!.length;
    const payload = payloadOf(
      await t.query(MUTATION, { input: { userId, sessionId: session.id, preserveRefreshTokens: true } }),
      "revokeUserAccess",
    );
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.user!.sessions!.nodes.map((s: { id: string }) => s.id)).not.toContain(session.id);
    expect(state().refreshTokens.get(userId)!.length).toBe(tokensBefore);
  });

  it("revokes every session and refresh token of the user", async () => {
    const userId = userIds(t, (id) => (state().sessions.get(id)?.length ?? 0) > 0 && (state().refreshTokens.get(id)?.length ?? 0) > 0).at(
      -1,
    )!;
    t.resetCalls();
    const payload = payloadOf(await t.query(MUTATION, { input: { userId } }), "revokeUserAccess");
    expect(payload).toMatchObject({ user: { id: userId, sessions: { nodes: [] } }, userErrors: [] });
    expect(t.upstreamCalls()["POST /api/v2/users/{id}/revoke-access"]).toBe(1);
    expect(state().refreshTokens.has(userId)).toBe(false);
  });

  it("is NOT_FOUND for an unknown user, INVALID_INPUT for a blank one, FORBIDDEN without a delete scope", async () => {
    const payload = await expectUserError(t, MUTATION, { input: { userId: UNKNOWN_USER } }, "revokeUserAccess", {
      code: "NOT_FOUND",
      field: ["input", "userId"],
    });
    expect(payload.user).toBeNull();
    await expectInvalid(t, MUTATION, { input: { userId: " " } }, "revokeUserAccess", ["input", "userId"]);
    await expectForbidden(t, MUTATION, { input: { userId: userIds(t)[0]! } }, "revokeUserAccess", "read:users read:sessions update:users");
  });
});

describe("deleteUserAuthenticationMethods", () => {
  const MUTATION = graphql(`
    mutation AccessDeleteUserAuthenticationMethods($userId: ID!) {
      deleteUserAuthenticationMethods(userId: $userId) {
        user {
          id
          authenticationMethods {
            totalCount
          }
        }
        userErrors {
          field
          code
          message
        }
      }
    }
  `);
  const hasPasskey = (id: string) => (state().authenticationMethods.get(id) ?? []).some((m) => m.type === "passkey");

  it("deletes all of a user's methods", async () => {
    const userId = userIds(t, (id) => (state().authenticationMethods.get(id)?.length ?? 0) > 0 && !hasPasskey(id))[0]!;
    const payload = payloadOf(await t.query(MUTATION, { userId }), "deleteUserAuthenticationMethods");
    expect(payload).toEqual({ user: { id: userId, authenticationMethods: { totalCount: 0 } }, userErrors: [] });
    expect(state().authenticationMethods.has(userId)).toBe(false);
  });

  it("is NOT_FOUND for an unknown user, FORBIDDEN without delete:authentication_methods", async () => {
    await expectUserError(t, MUTATION, { userId: UNKNOWN_USER }, "deleteUserAuthenticationMethods", {
      code: "NOT_FOUND",
      field: ["userId"],
    });
    await expectForbidden(
      t,
      MUTATION,
      { userId: userIds(t)[0]! },
      "deleteUserAuthenticationMethods",
      "read:users read:authentication_methods update:authentication_methods",
    );
  });
});

describe("clearUserRiskAssessments", () => {
  const MUTATION = graphql(`
    mutation AccessClearUserRiskAssessments($input: ClearUserRiskAssessmentsInput!) {
      clearUserRiskAssessments(input: $input) {
        user {
          id
          email
        }
        userErrors {
          field
          code
          message
        }
      }
    }
  `);

  it("clears the assessors' memory of the user on that connection", async () => {
    const userId = userIds(t, (id) => state().riskAssessments.has(id))[0]!;
    const { connection } = state().riskAssessments.get(userId)![0]!;
    t.resetCalls();
    const payload = payloadOf(
      await t.query(MUTATION, { input: { userId, connection, assessors: ["NEW_DEVICE"] } }),
      "clearUserRiskAssessments",
    );
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.user!.id).toBe(userId);
    expect(t.upstreamCalls()["POST /api/v2/users/{id}/risk-assessments/clear"]).toBe(1);
    expect(state().riskAssessments.has(userId)).toBe(false);
  });

  it("is NOT_FOUND for an unknown user, INVALID_INPUT for a bad connection name, FORBIDDEN without update:users", async () => {
    const input: ClearUserRiskAssessmentsInput = { userId: UNKNOWN_USER, connection: "github", assessors: ["NEW_DEVICE"] };
    await expectUserError(t, MUTATION, { input }, "clearUserRiskAssessments", { code: "NOT_FOUND", field: ["input", "userId"] });
    await expectInvalid(t, MUTATION, { input: { ...input, connection: "no spaces" } }, "clearUserRiskAssessments", ["input", "connection"]);
    await expectInvalid(t, MUTATION, { input: { ...input, assessors: [] } }, "clearUserRiskAssessments", ["input", "assessors"]);
    await expectForbidden(
      t,
      MUTATION,
      { input: { ...input, userId: userIds(t)[0]! } },
      "clearUserRiskAssessments",
      "read:users delete:users",
    );
  });
});

describe("deleteUserFederatedConnectionTokenSet", () => {
  const MUTATION = graphql(`
    mutation AccessDeleteUserFederatedConnectionTokenSet($userId: ID!, $id: ID!) {
      deleteUserFederatedConnectionTokenSet(userId: $userId, id: $id) {
        deletedTokenSetId
        user {
          id
          federatedConnectionTokenSets {
            id
          }
        }
        userErrors {
          field
          code
          message
        }
      }
    }
  `);
  const withSets = () => userIds(t, (id) => (state().federatedTokenSets.get(id)?.length ?? 0) > 0);

  it("reads the user's token sets, then deletes the one named", async () => {
    const userId = withSets()[0]!;
    const set = state().federatedTokenSets.get(userId)![0]!;
    t.resetCalls();
    const payload = payloadOf(await t.query(MUTATION, { userId, id: set.id }), "deleteUserFederatedConnectionTokenSet");
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.deletedTokenSetId).toBe(set.id);
    expect(payload!.user!.federatedConnectionTokenSets!.map((s: { id: string }) => s.id)).not.toContain(set.id);
    expect(t.upstreamCalls()["DELETE /api/v2/users/{id}/federated-connections-tokensets/{tokenset_id}"]).toBe(1);
  });

  it("is NOT_FOUND for an unknown user or token set (no delete sent), FORBIDDEN without its scope", async () => {
    t.resetCalls();
    await expectUserError(t, MUTATION, { userId: UNKNOWN_USER, id: "tset_x" }, "deleteUserFederatedConnectionTokenSet", {
      code: "NOT_FOUND",
      field: ["userId"],
    });
    await expectUserError(t, MUTATION, { userId: withSets()[0]!, id: "tset_unknown" }, "deleteUserFederatedConnectionTokenSet", {
      code: "NOT_FOUND",
      field: ["id"],
    });
    expect(t.upstreamCalls()["DELETE /api/v2/users/{id}/federated-connections-tokensets/{tokenset_id}"]).toBeUndefined();
    await expectInvalid(t, MUTATION, { userId: withSets()[0]!, id: "x".repeat(37) }, "deleteUserFederatedConnectionTokenSet", ["id"]);
    await expectForbidden(
      t,
      MUTATION,
      { userId: withSets()[0]!, id: "tset_x" },
      "deleteUserFederatedConnectionTokenSet",
      "read:users read:federated_connections_tokens",
    );
  });
});

describe("organization members and member roles", () => {
  const ADD = graphql(`
    mutation AccessAddOrganizationMembers($org: ID!, $ids: [ID!]!) {
      addOrganizationMembers(organizationId: $org, userIds: $ids) {
        organizationId
        userIds
        userErrors {
          field
          code
          message
        }
      }
    }
  `);
  const REMOVE = graphql(`
    mutation AccessRemoveOrganizationMembers($org: ID!, $ids: [ID!]!) {
      removeOrganizationMembers(organizationId: $org, userIds: $ids) {
        organizationId
        userIds
        userErrors {
          field
          code
          message
        }
      }
    }
  `);
  const ASSIGN = graphql(`
      mutation AccessAssignOrganizationMemberRoles($org: ID!, $id: ID!, $roles: [ID!]!) {
        assignOrganizationMemberRoles(
          organizationId: $org
          userId: $id
          roleIds: $roles
        ) {
          organizationId
          user {
            id
            organizationRoles(organizationId: $org) {
              nodes {
                id
              }
            }
          }
          userErrors {
            field
            code
            message
          }
        }
      }
    `);
  const UNASSIGN = graphql(`
      mutation AccessRemoveOrganizationMemberRoles($org: ID!, $id: ID!, $roles: [ID!]!) {
        removeOrganizationMemberRoles(
          organizationId: $org
          userId: $id
          roleIds: $roles
        ) {
          organizationId
          user {
            id
            organizationRoles(organizationId: $org) {
              nodes {
                id
              }
            }
          }
          userErrors {
            field
            code
            message
          }
        }
      }
    `);
  const orgId = () => [...state().organizations.keys()].sort()[0]!;
  const outsider = () => userIds(t, (id) => !state().organizationMembers.get(orgId())!.includes(id))[0]!;
  const roleIds = () => [...state().roles.keys()].sort();

  it("adds a member, gives and takes organization roles, removes the member", async () => {
    const userId = outsider();
    expect(payloadOf(await t.query(ADD, { org: orgId(), ids: [userId, userId] }), "addOrganizationMembers")).toEqual({
      organizationId: orgId(),
      userIds: [userId],
      userErrors: [],
    });
    expect(state().organizationMembers.get(orgId())).toContain(userId);
    const [a, b] = roleIds() as [string, string];
    const assigned = payloadOf(await t.query(ASSIGN, { org: orgId(), id: userId, roles: [a, b] }), "assignOrganizationMemberRoles");
    expect(assigned).toEqual({
      organizationId: orgId(),
      user: { id: userId, organizationRoles: { nodes: [{ id: a }, { id: b }] } },
      userErrors: [],
    });
    const removed = payloadOf(await t.query(UNASSIGN, { org: orgId(), id: userId, roles: [a] }), "removeOrganizationMemberRoles");
    expect(removed!.user!.organizationRoles!.nodes).toEqual([{ id: b }]);
    expect(payloadOf(await t.query(REMOVE, { org: orgId(), ids: [userId] }), "removeOrganizationMembers")!.userErrors).toEqual([]);
    expect(state().organizationMembers.get(orgId())).not.toContain(userId);
    expect(state().organizationMemberRoles.has(organizationMemberKey(orgId(), userId))).toBe(false);
  });

  it("is NOT_FOUND for an unknown organization or user, or a user who is not a member", async () => {
    await expectUserError(t, ADD, { org: "org_doesNotExist0000", ids: [outsider()] }, "addOrganizationMembers", {
      code: "NOT_FOUND",
      field: ["organizationId"],
    });
    await expectUserError(t, ADD, { org: orgId(), ids: [UNKNOWN_USER] }, "addOrganizationMembers", {
      code: "NOT_FOUND",
      field: ["userIds"],
    });
    await expectUserError(t, REMOVE, { org: "org_doesNotExist0000", ids: [outsider()] }, "removeOrganizationMembers", {
      code: "NOT_FOUND",
      field: ["organizationId"],
    });
    await expectUserError(t, ASSIGN, { org: orgId(), id: outsider(), roles: [roleIds()[0]!] }, "assignOrganizationMemberRoles", {
      code: "NOT_FOUND",
      field: null,
    });
    await expectUserError(t, UNASSIGN, { org: orgId(), id: UNKNOWN_USER, roles: [roleIds()[0]!] }, "removeOrganizationMemberRoles", {
      code: "NOT_FOUND",
      field: ["userId"],
    });
    const member = state().organizationMembers.get(orgId())![0]!;
    await expectUserError(t, ASSIGN, { org: orgId(), id: member, roles: ["rol_doesNotExist0000"] }, "assignOrganizationMemberRoles", {
      code: "NOT_FOUND",
      field: ["roleIds"],
    });
  });

  it("is CONFLICT beyond Auth0's limit of roles per member", async () => {
    const member = state().organizationMembers.get(orgId())![0]!;
    const key = organizationMemberKey(orgId(), member);
    const before = state().organizationMemberRoles.get(key);
    state().organizationMemberRoles.set(
      key,
      Array.from({ length: MAX_MEMBER_ROLES }, (_, i) => `rol_full${String(i).padStart(12, "0")}`),
    );
    try {
      await expectUserError(t, ASSIGN, { org: orgId(), id: member, roles: [roleIds()[0]!] }, "assignOrganizationMemberRoles", {
        code: "CONFLICT",
        field: ["roleIds"],
      });
    } finally {
      if (before) state().organizationMemberRoles.set(key, before);
      else state().organizationMemberRoles.delete(key);
    }
  });

  it("checks input first and is FORBIDDEN without each mutation's own scope", async () => {
    await expectInvalid(t, ADD, { org: orgId(), ids: [] }, "addOrganizationMembers", ["userIds"]);
    await expectInvalid(t, ASSIGN, { org: " ", id: outsider(), roles: ["rol_x"] }, "assignOrganizationMemberRoles", ["organizationId"]);
    const all = "read:users read:organizations read:organization_members read:organization_member_roles";
    await expectForbidden(t, ADD, { org: orgId(), ids: [outsider()] }, "addOrganizationMembers", `${all} delete:organization_members`);
    await expectForbidden(
      t,
      REMOVE,
      { org: orgId(), ids: [outsider()] },
      "removeOrganizationMembers",
      `${all} create:organization_members`,
    );
    await expectForbidden(
      t,
      ASSIGN,
      { org: orgId(), id: outsider(), roles: ["rol_x"] },
      "assignOrganizationMemberRoles",
      `${all} delete:organization_member_roles`,
    );
    await expectForbidden(
      t,
      UNASSIGN,
      { org: orgId(), id: outsider(), roles: ["rol_x"] },
      "removeOrganizationMemberRoles",
      `${all} create:organization_member_roles`,
    );
  });
});
