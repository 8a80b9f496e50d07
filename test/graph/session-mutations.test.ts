import { describe, expect, it } from "vitest";
import { COST_HEADER } from "../../src/cost/plugin.js";
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
  usersWithSessions,
} from "../support/sessions-and-tokens.js";

const t = mutationTestGateway();

const REVOKE = graphql(`
  mutation SessMutRevokeUserSessions($id: ID!) {
    revokeUserSessions(id: $id) {
      user {
        id
        sessions(first: 100) {
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

describe("revokeUserSessions", () => {
  it("revokes every session; the payload, a later field and a later operation show none", async () => {
    const userId = usersWithBoth(t)[0]!;
    const tokensBefore = await restRefreshTokenIds(t, userId);
    t.resetCalls();
    const res = await t.query(
      graphql(`mutation SessMutInvalidateUserRememberBrowser($id: ID!) {
        before: invalidateUserRememberBrowser(id: $id) { user { sessions(first: 100) { nodes { id } } } }
        revokeUserSessions(id: $id) { user { sessions(first: 100) { nodes { id } } } userErrors { code } }
      }`),
      { id: userId },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.before!.user!.sessions!.nodes.length).toBeGreaterThan(0);
    expect(res.body.data!.revokeUserSessions).toEqual({ user: { sessions: { nodes: [] } }, userErrors: [] });
    expect(t.upstreamCalls()["DELETE /api/v2/users/{user_id}/sessions"]).toBe(1);
    expect(await restSessionIds(t, userId)).toEqual([]);
    const later = await t.query(USER_SESSIONS_AND_TOKENS, { id: userId });
    expect(later.body.data!.user!.sessions!.nodes).toEqual([]);
    // Refresh tokens are revoked apart.
    expect(tokensBefore.length).toBeGreaterThan(0);
    expect(later.body.data!.user!.refreshTokens!.nodes.map((r) => r.id)).toEqual(tokensBefore);
  });

  it("is NOT_FOUND for an unknown user", async () => {
    const payload = await expectUserError(t, REVOKE, { id: UNKNOWN_USER }, "revokeUserSessions", { code: "NOT_FOUND", field: ["id"] });
    expect(payload.user).toBeNull();
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    const userId = usersWithSessions(t)[0]!;
    const before = await restSessionIds(t, userId);
    await expectUpstreamRejected(t, REVOKE, { id: userId }, "revokeUserSessions", {
      method: "DELETE",
      route: "/api/v2/users/{user_id}/sessions",
    });
    expect(await restSessionIds(t, userId)).toEqual(before);
  });

  it("checks its input before calling Auth0", async () => {
    await expectInvalid(t, REVOKE, { id: "" }, "revokeUserSessions", ["id"]);
  });

  it("is FORBIDDEN without delete:sessions", async () => {
    const userId = usersWithSessions(t)[0]!;
    const before = await restSessionIds(t, userId);
    await expectForbidden(t, REVOKE, { id: userId }, "revokeUserSessions", "read:users read:sessions update:users delete:refresh_tokens");
    expect(await restSessionIds(t, userId)).toEqual(before);
  });
});

describe("deleteSession", () => {
  const DELETE = graphql(`
    mutation DeleteSession($id: ID!) {
      deleteSession(id: $id) {
        deletedSessionId
        userErrors {
          field
          message
          code
        }
      }
    }
  `);
  /** A session of a user, with the refresh tokens bound to it. */
  const sessionWithTokens = () => {
    const state = t.emulator.state;
    for (const userId of usersWithBoth(t)) {
      const session = state.sessions.get(userId)!.find((s) => state.refreshTokens.get(userId)!.some((r) => r.session_id === s.id));
      if (session) return { userId, session };
    }
    throw new Error("the seed has no session with refresh tokens");
  };
  const sessionIdsOf = (userId: string) => (t.emulator.state.sessions.get(userId) ?? []).map((s) => s.id);

  it("deletes the session alone: its refresh tokens stay; reads it first, then deletes", async () => {
    const { userId, session } = sessionWithTokens();
    const tokensBefore = t.emulator.state.refreshTokens.get(userId)!.map((r) => r.id);
    t.resetCalls();
    const res = await t.query(DELETE, { id: session.id }, { headers: { [COST_HEADER]: "1" } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions?.cost).toMatchObject({ estimated: 2, upstreamCalls: 2 });
    expect(res.body.data?.deleteSession).toEqual({ deletedSessionId: session.id, userErrors: [] });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/sessions/{id}": 1, "DELETE /api/v2/sessions/{id}": 1 });
    expect(sessionIdsOf(userId)).not.toContain(session.id);
    expect(t.emulator.state.refreshTokens.get(userId)!.map((r) => r.id)).toEqual(tokensBefore);
  });

  it("is NOT_FOUND for an unknown session, with no delete sent", async () => {
    t.resetCalls();
    const res = await t.query(DELETE, { id: "no-such-session" });
    expect(res.body.data?.deleteSession?.deletedSessionId).toBeNull();
    expect(res.body.data?.deleteSession?.userErrors).toMatchObject([{ code: "NOT_FOUND", field: ["id"] }]);
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/sessions/{id}": 1 });
  });

  it.each([
    ["a blank id", " "],
    ["an id over 50 characters", "s".repeat(51)],
  ])("is INVALID_INPUT for %s, with nothing sent", async (_name, id) => {
    t.resetCalls();
    const res = await t.query(DELETE, { id });
    expect(res.body.data?.deleteSession?.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: ["id"] }]);
    expect(t.upstreamCalls()).toEqual({});
  });

  it("is INVALID_INPUT for a dot-segment id, with nothing sent", async () => {
    for (const id of ["..", "%2e%2e"]) {
      t.resetCalls();
      const res = await t.query(DELETE, { id });
      expect(res.body.data?.deleteSession?.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: ["id"] }]);
      expect(t.upstreamCalls()).toEqual({});
    }
  });

  it("is FORBIDDEN without delete:sessions, with nothing sent", async () => {
    const { userId, session } = sessionWithTokens();
    t.resetCalls();
    const res = await t.query(DELETE, { id: session.id }, { scope: "read:sessions update:sessions delete:refresh_tokens" });
    expect(res.body.data?.deleteSession).toBeNull();
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["deleteSession"], "FORBIDDEN"]]);
    expect(t.upstreamCalls()).toEqual({});
    expect(sessionIdsOf(userId)).toContain(session.id);
  });
});

describe("updateSession", () => {
  const UPDATE = graphql(`
    mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {
      updateSession(id: $id, input: $input) {
        session {
          id
          sessionMetadata
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `);
  const someSession = () => t.emulator.state.sessions.get(usersWithSessions(t)[0]!)![0]!;

  it("replaces the metadata, then clears it with null; one PATCH each, the payload from Auth0's answer", async () => {
    const session = someSession();
    const metadata = { device: "kiosk-7", purpose: "audit" };
    t.resetCalls();
    const set = await t.query(UPDATE, { id: session.id, input: { sessionMetadata: metadata } });
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data?.updateSession).toEqual({ session: { id: session.id, sessionMetadata: metadata }, userErrors: [] });
    expect(t.upstreamCalls()).toEqual({ "PATCH /api/v2/sessions/{id}": 1 });
    expect(someSession().session_metadata).toEqual(metadata);

    const cleared = await t.query(UPDATE, { id: session.id, input: { sessionMetadata: null } });
    expect(cleared.body.data?.updateSession).toEqual({ session: { id: session.id, sessionMetadata: null }, userErrors: [] });
    expect(someSession().session_metadata ?? null).toBeNull();
  });

  it("is NOT_FOUND for an unknown session", async () => {
    t.resetCalls();
    const res = await t.query(UPDATE, { id: "no-such-session", input: { sessionMetadata: { a: "b" } } });
    expect(res.body.data?.updateSession).toMatchObject({ session: null, userErrors: [{ code: "NOT_FOUND", field: ["id"] }] });
    expect(t.upstreamCalls()).toEqual({ "PATCH /api/v2/sessions/{id}": 1 });
  });

  it.each([
    ["no sessionMetadata", {}, ["input", "sessionMetadata"]],
    ["a value that is not a string", { sessionMetadata: { n: 2 } }, ["input", "sessionMetadata", "n"]],
    ["a value over 255 characters", { sessionMetadata: { long: "x".repeat(256) } }, ["input", "sessionMetadata", "long"]],
    [
      "more than 25 properties",
      { sessionMetadata: Object.fromEntries(Array.from({ length: 26 }, (_, n) => [`k${n}`, "v"])) },
      ["input", "sessionMetadata"],
    ],
  ])("is INVALID_INPUT for %s, with nothing sent", async (_name, input, field) => {
    const session = someSession();
    const before = session.session_metadata;
    t.resetCalls();
    const res = await t.query(UPDATE, { id: session.id, input });
    expect(res.body.data?.updateSession).toMatchObject({ session: null, userErrors: [{ code: "INVALID_INPUT", field }] });
    expect(t.upstreamCalls()).toEqual({});
    expect(someSession().session_metadata).toEqual(before);
  });

  it("is INVALID_INPUT for a dot-segment id, with nothing sent", async () => {
    for (const id of ["..", "%2e%2e"]) {
      t.resetCalls();
      const res = await t.query(UPDATE, { id, input: { sessionMetadata: null } });
      expect(res.body.data?.updateSession?.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: ["id"] }]);
      expect(t.upstreamCalls()).toEqual({});
    }
  });

  it("is FORBIDDEN without update:sessions, with nothing sent", async () => {
    const session = someSession();
    t.resetCalls();
    const res = await t.query(
      UPDATE,
      { id: session.id, input: { sessionMetadata: { a: "b" } } },
      { scope: "read:sessions delete:sessions" },
    );
    expect(res.body.data?.updateSession).toBeNull();
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["updateSession"], "FORBIDDEN"]]);
    expect(t.upstreamCalls()).toEqual({});
  });

  it("answers the session only to a caller with read:sessions, while the update is made", async () => {
    const session = someSession();
    const res = await t.query(UPDATE, { id: session.id, input: { sessionMetadata: { by: "writer" } } }, { scope: "update:sessions" });
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["updateSession", "session"], "FORBIDDEN"]]);
    expect(res.body.data?.updateSession).toEqual({ session: null, userErrors: [] });
    expect(someSession().session_metadata).toEqual({ by: "writer" });
  });
});
