import { describe, expect, it } from "vitest";
import {
  UNKNOWN_USER,
  expectForbidden,
  expectInvalid,
  expectUpstreamRejected,
  expectUserError,
  mutationTestGateway,
  userIds,
} from "../support/mutations.js";

const t = mutationTestGateway();

const REVOKE = `mutation($id: ID!) { revokeUserRefreshTokens(id: $id) { user { id refreshTokens(first: 100) { nodes { id } } } userErrors { field message code } } }`;
const READ = `query($id: ID!) { user(id: $id) { sessions(first: 100) { nodes { id } } refreshTokens(first: 100) { nodes { id } } } }`;

const withTokens = () => userIds(t, (id) => (t.emulator.state.refreshTokens.get(id)?.length ?? 0) > 0);
const withBoth = () => withTokens().filter((id) => (t.emulator.state.sessions.get(id)?.length ?? 0) > 0);

async function restTokenIds(userId: string): Promise<string[]> {
  const res = await t.rest("GET", `/users/${encodeURIComponent(userId)}/refresh-tokens?take=100`);
  expect(res.status).toBe(200);
  return res.body.tokens.map((r: any) => r.id);
}

describe("revokeUserRefreshTokens", () => {
  it("revokes every refresh token; the payload, a later field and a later operation show none", async () => {
    const userId = withBoth()[0]!;
    const sessionsBefore = (await t.rest("GET", `/users/${encodeURIComponent(userId)}/sessions?take=100`)).body.sessions.map(
      (s: any) => s.id,
    );
    t.resetCalls();
    const res = await t.query(
      `mutation($id: ID!) {
        before: invalidateUserRememberBrowser(id: $id) { user { refreshTokens(first: 100) { nodes { id } } } }
        revokeUserRefreshTokens(id: $id) { user { refreshTokens(first: 100) { nodes { id } } } userErrors { code } }
      }`,
      { id: userId },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.before.user.refreshTokens.nodes.length).toBeGreaterThan(0);
    expect(res.body.data.revokeUserRefreshTokens).toEqual({ user: { refreshTokens: { nodes: [] } }, userErrors: [] });
    expect(t.upstreamCalls()["DELETE /api/v2/users/{user_id}/refresh-tokens"]).toBe(1);
    expect(await restTokenIds(userId)).toEqual([]);
    const later = await t.query(READ, { id: userId });
    expect(later.body.data.user.refreshTokens.nodes).toEqual([]);
    // Sessions are revoked apart.
    expect(sessionsBefore.length).toBeGreaterThan(0);
    expect(later.body.data.user.sessions.nodes.map((s: any) => s.id)).toEqual(sessionsBefore);
  });

  it("is NOT_FOUND for an unknown user", async () => {
    const payload = await expectUserError(t, REVOKE, { id: UNKNOWN_USER }, "revokeUserRefreshTokens", { code: "NOT_FOUND", field: ["id"] });
    expect(payload.user).toBeNull();
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    const userId = withTokens()[0]!;
    const before = await restTokenIds(userId);
    await expectUpstreamRejected(t, REVOKE, { id: userId }, "revokeUserRefreshTokens", {
      method: "DELETE",
      route: "/api/v2/users/{user_id}/refresh-tokens",
    });
    expect(await restTokenIds(userId)).toEqual(before);
  });

  it("checks its input before calling Auth0", async () => {
    await expectInvalid(t, REVOKE, { id: "\t" }, "revokeUserRefreshTokens", ["id"]);
  });

  it("is FORBIDDEN without delete:refresh_tokens", async () => {
    const userId = withTokens()[0]!;
    const before = await restTokenIds(userId);
    await expectForbidden(
      t,
      REVOKE,
      { id: userId },
      "revokeUserRefreshTokens",
      "read:users read:refresh_tokens update:users delete:sessions",
    );
    expect(await restTokenIds(userId)).toEqual(before);
  });
});
