import { describe, expect, it } from "vitest";
import { graphql } from "../gql/index.js";
import {
  UNKNOWN_USER,
  expectForbidden,
  expectInvalid,
  expectUpstreamRejected,
  expectUserError,
  mutationTestGateway,
} from "../support/mutations.js";
import {
  USER_SESSIONS_AND_TOKENS,
  restRefreshTokenIds,
  restSessionIds,
  usersWithBoth,
  usersWithRefreshTokens,
} from "../support/sessions-and-tokens.js";

const t = mutationTestGateway();

const REVOKE = graphql(`
  mutation RtMutRevokeUserRefreshTokens($id: ID!) {
    revokeUserRefreshTokens(id: $id) {
      user {
        id
        refreshTokens(first: 100) {
          nodes {
            id
          }
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

describe("revokeUserRefreshTokens", () => {
  it("revokes every refresh token; the payload, a later field and a later operation show none", async () => {
    const userId = usersWithBoth(t)[0]!;
    const sessionsBefore = await restSessionIds(t, userId);
    t.resetCalls();
    const res = await t.query(
      graphql(`mutation RtMutInvalidateUserRememberBrowser($id: ID!) {
        before: invalidateUserRememberBrowser(id: $id) { user { refreshTokens(first: 100) { nodes { id } } } }
        revokeUserRefreshTokens(id: $id) { user { refreshTokens(first: 100) { nodes { id } } } userErrors { code } }
      }`),
      { id: userId },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.before!.user!.refreshTokens!.nodes.length).toBeGreaterThan(0);
    expect(res.body.data!.revokeUserRefreshTokens).toEqual({ user: { refreshTokens: { nodes: [] } }, userErrors: [] });
    expect(t.upstreamCalls()["DELETE /api/v2/users/{user_id}/refresh-tokens"]).toBe(1);
    expect(await restRefreshTokenIds(t, userId)).toEqual([]);
    const later = await t.query(USER_SESSIONS_AND_TOKENS, { id: userId });
    expect(later.body.data!.user!.refreshTokens!.nodes).toEqual([]);
    // Sessions are revoked apart.
    expect(sessionsBefore.length).toBeGreaterThan(0);
    expect(later.body.data!.user!.sessions!.nodes.map((s) => s.id)).toEqual(sessionsBefore);
  });

  it("is NOT_FOUND for an unknown user", async () => {
    const payload = await expectUserError(t, REVOKE, { id: UNKNOWN_USER }, "revokeUserRefreshTokens", { code: "NOT_FOUND", field: ["id"] });
    expect(payload.user).toBeNull();
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    const userId = usersWithRefreshTokens(t)[0]!;
    const before = await restRefreshTokenIds(t, userId);
    await expectUpstreamRejected(t, REVOKE, { id: userId }, "revokeUserRefreshTokens", {
      method: "DELETE",
      route: "/api/v2/users/{user_id}/refresh-tokens",
    });
    expect(await restRefreshTokenIds(t, userId)).toEqual(before);
  });

  it("checks its input before calling Auth0", async () => {
    await expectInvalid(t, REVOKE, { id: "\t" }, "revokeUserRefreshTokens", ["id"]);
  });

  it("is FORBIDDEN without delete:refresh_tokens", async () => {
    const userId = usersWithRefreshTokens(t)[0]!;
    const before = await restRefreshTokenIds(t, userId);
    await expectForbidden(
      t,
      REVOKE,
      { id: userId },
      "revokeUserRefreshTokens",
      "read:users read:refresh_tokens update:users delete:sessions",
    );
    expect(await restRefreshTokenIds(t, userId)).toEqual(before);
  });
});

describe("updateRefreshToken", () => {
  const UPDATE = graphql(`
    mutation UpdateRefreshToken($id: ID!, $input: UpdateRefreshTokenInput!) {
      updateRefreshToken(id: $id, input: $input) {
        refreshToken {
          id
          refreshTokenMetadata
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `);
  const someToken = () => t.emulator.state.refreshTokens.get(usersWithRefreshTokens(t)[0]!)![0]!;

  it("replaces the metadata, then clears it with {}; one PATCH each, the payload from Auth0's answer", async () => {
    const token = someToken();
    const metadata = { issued_for: "kiosk", risk: "high" };
    t.resetCalls();
    const set = await t.query(UPDATE, { id: token.id, input: { refreshTokenMetadata: metadata } });
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data?.updateRefreshToken).toEqual({ refreshToken: { id: token.id, refreshTokenMetadata: metadata }, userErrors: [] });
    expect(t.upstreamCalls()).toEqual({ "PATCH /api/v2/refresh-tokens/{id}": 1 });
    expect(someToken().refresh_token_metadata).toEqual(metadata);

    const cleared = await t.query(UPDATE, { id: token.id, input: { refreshTokenMetadata: {} } });
    expect(cleared.body.data?.updateRefreshToken).toEqual({ refreshToken: { id: token.id, refreshTokenMetadata: null }, userErrors: [] });
    expect(someToken().refresh_token_metadata).toBeNull();
  });

  it("is NOT_FOUND for an unknown refresh token", async () => {
    t.resetCalls();
    const res = await t.query(UPDATE, { id: "no-such-token", input: { refreshTokenMetadata: null } });
    expect(res.body.data?.updateRefreshToken).toMatchObject({ refreshToken: null, userErrors: [{ code: "NOT_FOUND", field: ["id"] }] });
    expect(t.upstreamCalls()).toEqual({ "PATCH /api/v2/refresh-tokens/{id}": 1 });
  });

  it.each([
    ["a blank id", " ", { refreshTokenMetadata: null }, ["id"]],
    ["no refreshTokenMetadata", undefined, {}, ["input", "refreshTokenMetadata"]],
    ["a value that is not a string", undefined, { refreshTokenMetadata: { ok: true } }, ["input", "refreshTokenMetadata", "ok"]],
  ])("is INVALID_INPUT for %s, with nothing sent", async (_name, id, input, field) => {
    const token = someToken();
    const before = token.refresh_token_metadata;
    t.resetCalls();
    const res = await t.query(UPDATE, { id: id ?? token.id, input });
    expect(res.body.data?.updateRefreshToken).toMatchObject({ refreshToken: null, userErrors: [{ code: "INVALID_INPUT", field }] });
    expect(t.upstreamCalls()).toEqual({});
    expect(someToken().refresh_token_metadata).toEqual(before);
  });

  it("is INVALID_INPUT for a dot-segment id, with nothing sent", async () => {
    for (const id of ["..", "%2e%2e"]) {
      t.resetCalls();
      const res = await t.query(UPDATE, { id, input: { refreshTokenMetadata: null } });
      expect(res.body.data?.updateRefreshToken?.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: ["id"] }]);
      expect(t.upstreamCalls()).toEqual({});
    }
  });

  it("is FORBIDDEN without update:refresh_tokens, with nothing sent", async () => {
    const token = someToken();
    t.resetCalls();
    const res = await t.query(
      UPDATE,
      { id: token.id, input: { refreshTokenMetadata: { a: "b" } } },
      { scope: "read:refresh_tokens delete:refresh_tokens update:sessions" },
    );
    expect(res.body.data?.updateRefreshToken).toBeNull();
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["updateRefreshToken"], "FORBIDDEN"]]);
    expect(t.upstreamCalls()).toEqual({});
  });

  it("answers the refresh token only to a caller with read:refresh_tokens, while the update is made", async () => {
    const token = someToken();
    const res = await t.query(
      UPDATE,
      { id: token.id, input: { refreshTokenMetadata: { by: "writer" } } },
      { scope: "update:refresh_tokens" },
    );
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["updateRefreshToken", "refreshToken"], "FORBIDDEN"]]);
    expect(res.body.data?.updateRefreshToken).toEqual({ refreshToken: null, userErrors: [] });
    expect(someToken().refresh_token_metadata).toEqual({ by: "writer" });
  });
});

describe("revokeRefreshTokens", () => {
  const REVOKE_MANY = graphql(`
    mutation RevokeRefreshTokens($input: RevokeRefreshTokensInput!) {
      revokeRefreshTokens(input: $input) {
        refreshTokenIds
        userId
        userErrors {
          field
          message
          code
        }
      }
    }
  `);
  const tokensOf = (userId: string) => t.emulator.state.refreshTokens.get(userId) ?? [];
  /** A user whose refresh tokens were issued to at least two applications. */
  const withTwoClients = () => {
    const userId = usersWithRefreshTokens(t).find((id) => new Set(tokensOf(id).map((r) => r.client_id)).size > 1);
    expect(userId, "the seed has a user with tokens of two applications").toBeDefined();
    return userId!;
  };

  it("revokes by id, repeats dropped, other tokens left alone", async () => {
    const [userId, otherUser] = usersWithRefreshTokens(t);
    const [first, ...rest] = tokensOf(userId!).map((r) => r.id);
    const othersBefore = tokensOf(otherUser!).map((r) => r.id);
    t.resetCalls();
    const res = await t.query(REVOKE_MANY, { input: { ids: [first!, first!] } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.revokeRefreshTokens).toEqual({ refreshTokenIds: [first], userId: null, userErrors: [] });
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/refresh-tokens/revoke": 1 });
    expect(tokensOf(userId!).map((r) => r.id)).toEqual(rest);
    expect(tokensOf(otherUser!).map((r) => r.id)).toEqual(othersBefore);
  });

  it("revokes a user's tokens of one application, then of one API, then all of them", async () => {
    const userId = withTwoClients();
    const [kept, dropped] = [...new Set(tokensOf(userId).map((r) => r.client_id))];
    t.resetCalls();
    const byClient = await t.query(REVOKE_MANY, { input: { userId, clientId: dropped! } });
    expect(byClient.body.data?.revokeRefreshTokens).toEqual({ refreshTokenIds: null, userId, userErrors: [] });
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/refresh-tokens/revoke": 1 });
    expect(tokensOf(userId).map((r) => r.client_id)).not.toContain(dropped);
    expect(tokensOf(userId).map((r) => r.client_id)).toContain(kept);

    const audience = tokensOf(userId)[0]!.resource_servers[0]!.audience;
    const byAudience = await t.query(REVOKE_MANY, { input: { userId, clientId: kept!, audience } });
    expect(byAudience.body.data?.revokeRefreshTokens?.userErrors).toEqual([]);
    expect(tokensOf(userId).filter((r) => r.client_id === kept && r.resource_servers.some((s) => s.audience === audience))).toEqual([]);

    const all = await t.query(REVOKE_MANY, { input: { userId } });
    expect(all.body.data?.revokeRefreshTokens?.userErrors).toEqual([]);
    expect(tokensOf(userId)).toEqual([]);
  });

  it("is NOT_FOUND for an unknown user or API, revoking nothing", async () => {
    const userId = withTwoClients();
    const before = tokensOf(userId).map((r) => r.id);
    t.resetCalls();
    const noUser = await t.query(REVOKE_MANY, { input: { userId: UNKNOWN_USER } });
    expect(noUser.body.data?.revokeRefreshTokens).toMatchObject({
      userId: null,
      userErrors: [{ code: "NOT_FOUND", field: ["input", "userId"] }],
    });
    const clientId = tokensOf(userId)[0]!.client_id;
    const noApi = await t.query(REVOKE_MANY, { input: { userId, clientId, audience: "https://nowhere.example/" } });
    expect(noApi.body.data?.revokeRefreshTokens?.userErrors).toMatchObject([{ code: "NOT_FOUND", field: ["input", "audience"] }]);
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/refresh-tokens/revoke": 2 });
    expect(tokensOf(userId).map((r) => r.id)).toEqual(before);
  });

  it.each([
    ["nothing", {}, ["input", "userId"]],
    ["ids with a userId", { ids: ["t1"], userId: UNKNOWN_USER }, ["input", "userId"]],
    ["a clientId alone", { clientId: "some-client" }, ["input", "userId"]],
    ["an audience without a clientId", { userId: UNKNOWN_USER, audience: "https://api.usergraph.dev/" }, ["input", "clientId"]],
    ["an empty ids list", { ids: [] }, ["input", "ids"]],
    ["more than 100 ids", { ids: Array.from({ length: 101 }, (_, n) => `token-${n}`) }, ["input", "ids"]],
    ["an id over 30 characters", { ids: ["t".repeat(31)] }, ["input", "ids", "0"]],
  ])("is INVALID_INPUT for %s, with nothing sent", async (_name, input, field) => {
    t.resetCalls();
    const res = await t.query(REVOKE_MANY, { input });
    expect(res.body.data?.revokeRefreshTokens).toMatchObject({ refreshTokenIds: null, userId: null });
    expect(res.body.data?.revokeRefreshTokens?.userErrors).toContainEqual(expect.objectContaining({ code: "INVALID_INPUT", field }));
    expect(t.upstreamCalls()).toEqual({});
  });

  it("is FORBIDDEN without delete:refresh_tokens, with nothing sent", async () => {
    const userId = usersWithRefreshTokens(t)[0]!;
    const before = tokensOf(userId).map((r) => r.id);
    t.resetCalls();
    const res = await t.query(REVOKE_MANY, { input: { userId } }, { scope: "read:refresh_tokens update:refresh_tokens delete:sessions" });
    expect(res.body.data?.revokeRefreshTokens).toBeNull();
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["revokeRefreshTokens"], "FORBIDDEN"]]);
    expect(t.upstreamCalls()).toEqual({});
    expect(tokensOf(userId).map((r) => r.id)).toEqual(before);
  });
});
