import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 50, seed: 3 } });
});
afterEach(() => t.emulator.faults.clear());
afterAll(() => t?.close());

const SESSIONS_ROUTE = "GET /api/v2/users/{user_id}/sessions";

graphql(`fragment SessSessionFields on Session {
  id userId createdAt updatedAt authenticatedAt idleExpiresAt expiresAt lastInteractedAt
  device { initialUserAgent initialIp initialAsn lastUserAgent lastIp lastAsn }
  clients { clientId }
  authentication { methods { name timestamp type } }
  cookie { mode }
  sessionMetadata
  actor { sub }
}`);

/** What the graph should answer for a session Auth0 returned. */
function expectedSession(s: Session) {
  return {
    id: s.id,
    userId: s.user_id ?? null,
    createdAt: s.created_at ?? null,
    updatedAt: s.updated_at ?? null,
    authenticatedAt: s.authenticated_at ?? null,
    idleExpiresAt: s.idle_expires_at ?? null,
    expiresAt: s.expires_at ?? null,
    lastInteractedAt: s.last_interacted_at ?? null,
    device: s.device
      ? {
          initialUserAgent: s.device.initial_user_agent ?? null,
          initialIp: s.device.initial_ip ?? null,
          initialAsn: s.device.initial_asn ?? null,
          lastUserAgent: s.device.last_user_agent ?? null,
          lastIp: s.device.last_ip ?? null,
          lastAsn: s.device.last_asn ?? null,
        }
      : null,
    clients: (s.clients ?? []).map((c) => ({ clientId: c.client_id ?? null })),
    authentication: s.authentication
      ? {
          methods: (s.authentication.methods ?? []).map((m) => ({
            name: m.name ?? null,
            timestamp: m.timestamp ?? null,
            type: m.type ?? null,
          })),
        }
      : null,
    cookie: s.cookie
      ? { mode: s.cookie.mode === undefined ? null : s.cookie.mode === "persistent" ? "PERSISTENT" : "NON_PERSISTENT" }
      : null,
    sessionMetadata: s.session_metadata ?? null,
    actor: s.actor ? { sub: (s.actor as { sub?: string }).sub ?? null } : null,
  };
}

/** Users with at least `min` sessions, most first. */
function usersWithSessions(min: number): string[] {
  const ids = [...t.emulator.state.sessions]
    .filter(([, s]) => s.length >= min)
    .sort((a, b) => b[1].length - a[1].length)
    .map(([id]) => id);
  expect(ids.length, `the seed should give some user ${min}+ sessions`).toBeGreaterThan(0);
  return ids;
}

async function restSessions(userId: string): Promise<Session[]> {
  const res = await t.rest<{ sessions: Session[] }>("GET", `/users/${encodeURIComponent(userId)}/sessions?take=100`);
  expect(res.status).toBe(200);
  return res.body.sessions;
}

describe("User.sessions", () => {
  it("answers what GET /users/{id}/sessions answers, every field", async () => {
    for (const userId of usersWithSessions(2).slice(0, 2)) {
      const rest = await restSessions(userId);
      const res = await t.query(
        graphql(`query SessUserSessionList($id: ID!) {
          user(id: $id) { id sessions(first: 100) { nodes { ...SessSessionFields } pageInfo { hasNextPage hasPreviousPage } } }
        }`),
        { id: userId },
      );
      expect(res.body.errors).toBeUndefined();
      const sessions = res.body.data!.user!.sessions!;
      expect(sessions.nodes).toEqual(rest.map(expectedSession));
      expect(sessions.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
    }
  });

  it("is an empty connection for a user without sessions", async () => {
    const userId = [...t.emulator.state.users.keys()].find((id) => !t.emulator.state.sessions.get(id)?.length)!;
    expect(await restSessions(userId)).toEqual([]);
    const res = await t.query(
      graphql(`query SessUserSessions($id: ID!) { user(id: $id) { sessions { nodes { id } pageInfo { hasNextPage endCursor } } } }`),
      {
        id: userId,
      },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.user!.sessions).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("pages with first: 1, visiting every session once, one Auth0 call per page", async () => {
    const userId = usersWithSessions(3)[0]!;
    const expected = (await restSessions(userId)).map((s) => s.id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      t.resetCalls();
      const res = await t.query(
        graphql(`
          query SessUserSessions2($id: ID!, $after: String) {
            user(id: $id) {
              sessions(first: 1, after: $after) {
                edges {
                  cursor
                  node {
                    id
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          }
        `),
        { id: userId, after },
      );
      expect(res.body.errors).toBeUndefined();
      expect(t.upstreamCalls()[SESSIONS_ROUTE]).toBe(1);
      const { edges, pageInfo } = res.body.data!.user!.sessions!;
      expect(edges).toHaveLength(1);
      seen.push(edges[0]!.node.id);
      expect(pageInfo.endCursor).toBe(edges[0]!.cursor);
      pages += 1;
      expect(pages).toBeLessThanOrEqual(expected.length);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor as string | null;
    }
    expect(seen).toEqual(expected);
  });

  it("resolves Session.user back to the owner, from the same batched user read", async () => {
    const [a, b] = usersWithSessions(2) as [string, string];
    t.resetCalls();
    const res = await t.query(
      graphql(`query SessUsersByIdsSessions($ids: [ID!]!) { usersByIds(ids: $ids) { id sessions { nodes { id user { id email } } } } }`),
      {
        ids: [a, b],
      },
    );
    expect(res.body.errors).toBeUndefined();
    for (const user of res.body.data!.usersByIds) {
      expect(user!.sessions!.nodes.length).toBe(t.emulator.state.sessions.get(user!.id)!.length);
      for (const session of user!.sessions!.nodes) {
        expect(session.user).toEqual({ id: user!.id, email: t.emulator.state.users.get(user!.id)!.email ?? null });
      }
    }
    // The owners were read once (one batched search); every Session.user came from that read.
    expect(t.upstreamCalls()["GET /api/v2/users"]).toBe(1);
    expect(t.upstreamCalls()["GET /api/v2/users/{id}"]).toBeUndefined();
    expect(t.upstreamCalls()[SESSIONS_ROUTE]).toBe(2);
  });

  it("is FORBIDDEN without read:sessions, on that field only", async () => {
    const userId = usersWithSessions(1)[0]!;
    t.resetCalls();
    const res = await t.query(
      graphql(`query SessUserSessions3($id: ID!) { user(id: $id) { id email sessions { nodes { id } } } }`),
      { id: userId },
      { scope: "read:users" },
    );
    expect(res.body.data!.user).toEqual({ id: userId, email: t.emulator.state.users.get(userId)!.email ?? null, sessions: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["user", "sessions"], extensions: { code: "FORBIDDEN" } });
    expect(t.upstreamCalls()[SESSIONS_ROUTE]).toBeUndefined();
  });

  it("reports an Auth0 outage on that field only, keeping the user", async () => {
    const userId = usersWithSessions(1)[0]!;
    t.emulator.faults.add({ method: "GET", route: "/api/v2/users/{user_id}/sessions", count: 5, action: { status: 500 } });
    const res = await t.query(graphql(`query SessUserSessions4($id: ID!) { user(id: $id) { id sessions { nodes { id } } } }`), {
      id: userId,
    });
    expect(res.body.data!.user).toEqual({ id: userId, sessions: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["user", "sessions"], extensions: { code: "UPSTREAM_UNAVAILABLE" } });
  });
});

describe("Query.session", () => {
  it("answers what GET /sessions/{id} answers", async () => {
    const userId = usersWithSessions(1)[0]!;
    const id = t.emulator.state.sessions.get(userId)![0]!.id;
    const rest = await t.rest<Session>("GET", `/sessions/${encodeURIComponent(id)}`);
    expect(rest.status).toBe(200);
    const res = await t.query(graphql(`query SessSessionWithUser($id: ID!) { session(id: $id) { ...SessSessionFields user { id } } }`), {
      id,
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.session).toEqual({ ...expectedSession(rest.body), user: { id: userId } });
  });

  it("is null for a session that does not exist", async () => {
    const res = await t.query(graphql(`query SessSession { session(id: "no-such-session") { id } }`));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.session).toBeNull();
  });

  it("is FORBIDDEN without read:sessions", async () => {
    const id = t.emulator.state.sessions.get(usersWithSessions(1)[0]!)![0]!.id;
    const res = await t.query(graphql(`query SessSession2($id: ID!) { session(id: $id) { id } }`), { id }, { scope: "read:users" });
    expect(res.body.data?.session ?? null).toBeNull();
    expect(res.body.errors![0]).toMatchObject({ path: ["session"], extensions: { code: "FORBIDDEN" } });
  });
});
