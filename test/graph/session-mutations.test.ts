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

const REVOKE = `mutation($id: ID!) { revokeUserSessions(id: $id) { user { id sessions(first: 100) { nodes { id } } } userErrors { field message code } } }`;
const READ = `query($id: ID!) { user(id: $id) { sessions(first: 100) { nodes { id } } refreshTokens(first: 100) { nodes { id } } } }`;

const withSessions = () => userIds(t, (id) => (t.emulator.state.sessions.get(id)?.length ?? 0) > 0);
const withBoth = () => withSessions().filter((id) => (t.emulator.state.refreshTokens.get(id)?.length ?? 0) > 0);

async function restSessionIds(userId: string): Promise<string[]> {
  const res = await t.rest("GET", `/users/${encodeURIComponent(userId)}/sessions?take=100`);
  expect(res.status).toBe(200);
  return res.body.sessions.map((s: any) => s.id);
}

describe("revokeUserSessions", () => {
  it("revokes every session; the payload, a later field and a later operation show none", async () => {
    const userId = withBoth()[0]!;
    const tokensBefore = (await t.rest("GET", `/users/${encodeURIComponent(userId)}/refresh-tokens?take=100`)).body.tokens.map(
      (r: any) => r.id,
    );
    t.resetCalls();
    const res = await t.query(
      `mutation($id: ID!) {
        before: invalidateUserRememberBrowser(id: $id) { user { sessions(first: 100) { nodes { id } } } }
        revokeUserSessions(id: $id) { user { sessions(first: 100) { nodes { id } } } userErrors { code } }
      }`,
      { id: userId },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.before.user.sessions.nodes.length).toBeGreaterThan(0);
    expect(res.body.data.revokeUserSessions).toEqual({ user: { sessions: { nodes: [] } }, userErrors: [] });
    expect(t.upstreamCalls()["DELETE /api/v2/users/{user_id}/sessions"]).toBe(1);
    expect(await restSessionIds(userId)).toEqual([]);
    const later = await t.query(READ, { id: userId });
    expect(later.body.data.user.sessions.nodes).toEqual([]);
    // Refresh tokens are revoked apart.
    expect(tokensBefore.length).toBeGreaterThan(0);
    expect(later.body.data.user.refreshTokens.nodes.map((r: any) => r.id)).toEqual(tokensBefore);
  });

  it("is NOT_FOUND for an unknown user", async () => {
    const payload = await expectUserError(t, REVOKE, { id: UNKNOWN_USER }, "revokeUserSessions", { code: "NOT_FOUND", field: ["id"] });
    expect(payload.user).toBeNull();
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    const userId = withSessions()[0]!;
    const before = await restSessionIds(userId);
    await expectUpstreamRejected(t, REVOKE, { id: userId }, "revokeUserSessions", {
      method: "DELETE",
      route: "/api/v2/users/{user_id}/sessions",
    });
    expect(await restSessionIds(userId)).toEqual(before);
  });

  it("checks its input before calling Auth0", async () => {
    await expectInvalid(t, REVOKE, { id: "" }, "revokeUserSessions", ["id"]);
  });

  it("is FORBIDDEN without delete:sessions", async () => {
    const userId = withSessions()[0]!;
    const before = await restSessionIds(userId);
    await expectForbidden(t, REVOKE, { id: userId }, "revokeUserSessions", "read:users read:sessions update:users delete:refresh_tokens");
    expect(await restSessionIds(userId)).toEqual(before);
  });
});
