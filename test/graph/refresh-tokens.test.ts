import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RefreshToken } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 50, seed: 3 } });
});
afterEach(() => t.emulator.faults.clear());
afterAll(() => t?.close());

const TOKENS_ROUTE = "GET /api/v2/users/{user_id}/refresh-tokens";

graphql(`fragment RtRefreshTokenFields on RefreshToken {
  id userId createdAt idleExpiresAt expiresAt lastExchangedAt
  device { initialIp initialAsn initialUserAgent lastIp lastAsn lastUserAgent }
  clientId sessionId rotating
  resourceServers { audience scopes }
  refreshTokenMetadata
}`);

/** What the graph should answer for a refresh token Auth0 returned. */
function expectedToken(r: RefreshToken) {
  return {
    id: r.id,
    userId: r.user_id ?? null,
    createdAt: r.created_at ?? null,
    idleExpiresAt: r.idle_expires_at ?? null,
    expiresAt: r.expires_at ?? null,
    lastExchangedAt: r.last_exchanged_at ?? null,
    device: r.device
      ? {
          initialIp: r.device.initial_ip ?? null,
          initialAsn: r.device.initial_asn ?? null,
          initialUserAgent: r.device.initial_user_agent ?? null,
          lastIp: r.device.last_ip ?? null,
          lastAsn: r.device.last_asn ?? null,
          lastUserAgent: r.device.last_user_agent ?? null,
        }
      : null,
    clientId: r.client_id ?? null,
    sessionId: r.session_id ?? null,
    rotating: r.rotating ?? null,
    resourceServers: (r.resource_servers ?? []).map((s) => ({ audience: s.audience ?? null, scopes: s.scopes!.split(" ") })),
    refreshTokenMetadata: r.refresh_token_metadata ?? null,
  };
}

function usersWithTokens(min: number): string[] {
  const ids = [...t.emulator.state.refreshTokens]
    .filter(([, r]) => r.length >= min)
    .sort((a, b) => b[1].length - a[1].length)
    .map(([id]) => id);
  expect(ids.length, `the seed should give some user ${min}+ refresh tokens`).toBeGreaterThan(0);
  return ids;
}

async function restTokens(userId: string): Promise<RefreshToken[]> {
  const res = await t.rest<{ tokens: RefreshToken[] }>("GET", `/users/${encodeURIComponent(userId)}/refresh-tokens?take=100`);
  expect(res.status).toBe(200);
  return res.body.tokens;
}

describe("User.refreshTokens", () => {
  it("answers what GET /users/{id}/refresh-tokens answers, scopes split into a list", async () => {
    for (const userId of usersWithTokens(2).slice(0, 2)) {
      const rest = await restTokens(userId);
      const res = await t.query(
        graphql(`query RtUserRefreshTokenList($id: ID!) {
          user(id: $id) { refreshTokens(first: 100) { nodes { ...RtRefreshTokenFields } pageInfo { hasNextPage } } }
        }`),
        { id: userId },
      );
      expect(res.body.errors).toBeUndefined();
      const tokens = res.body.data!.user!.refreshTokens!;
      expect(tokens.nodes).toEqual(rest.map(expectedToken));
      expect(tokens.pageInfo.hasNextPage).toBe(false);
      for (const node of tokens.nodes) {
        for (const server of node.resourceServers) expect(server.scopes.length).toBeGreaterThan(1);
      }
    }
  });

  it("pages with first: 1, visiting every token once, one Auth0 call per page", async () => {
    const userId = usersWithTokens(2)[0]!;
    const expected = (await restTokens(userId)).map((r) => r.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 1; ; page += 1) {
      expect(page).toBeLessThanOrEqual(expected.length);
      t.resetCalls();
      const res = await t.query(
        graphql(`
          query RtUserRefreshTokens($id: ID!, $after: String) {
            user(id: $id) {
              refreshTokens(first: 1, after: $after) {
                nodes {
                  id
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
      expect(t.upstreamCalls()[TOKENS_ROUTE]).toBe(1);
      seen.push(...res.body.data!.user!.refreshTokens!.nodes.map((n) => n.id));
      const { pageInfo } = res.body.data!.user!.refreshTokens!;
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor as string | null;
    }
    expect(seen).toEqual(expected);
  });

  it("resolves RefreshToken.user back to the owner and RefreshToken.session to its session", async () => {
    const userId = usersWithTokens(1).find((id) => t.emulator.state.refreshTokens.get(id)!.some((r) => r.session_id))!;
    expect(userId).toBeDefined();
    t.resetCalls();
    const res = await t.query(
      graphql(`
        query RtUserRefreshTokens2($id: ID!) {
          user(id: $id) {
            id
            refreshTokens {
              nodes {
                id
                sessionId
                user {
                  id
                }
                session {
                  id
                  userId
                }
              }
            }
          }
        }
      `),
      { id: userId },
    );
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.user!.refreshTokens!.nodes;
    expect(nodes.length).toBe(t.emulator.state.refreshTokens.get(userId)!.length);
    for (const node of nodes) {
      expect(node.user).toEqual({ id: userId });
      expect(node.session).toEqual(node.sessionId ? { id: node.sessionId, userId } : null);
    }
    // The owner is read once for the whole operation.
    expect(t.upstreamCalls()["GET /api/v2/users/{id}"]).toBe(1);
  });

  it("is FORBIDDEN without read:refresh_tokens, on that field only", async () => {
    const userId = usersWithTokens(1)[0]!;
    t.resetCalls();
    const res = await t.query(
      graphql(`query RtUserRefreshTokens3($id: ID!) { user(id: $id) { id refreshTokens { nodes { id } } } }`),
      { id: userId },
      { scope: "read:users read:sessions" },
    );
    expect(res.body.data!.user).toEqual({ id: userId, refreshTokens: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["user", "refreshTokens"], extensions: { code: "FORBIDDEN" } });
    expect(t.upstreamCalls()[TOKENS_ROUTE]).toBeUndefined();
  });

  it("reports an Auth0 outage on that field only, keeping the user", async () => {
    const userId = usersWithTokens(1)[0]!;
    t.emulator.faults.add({ method: "GET", route: "/api/v2/users/{user_id}/refresh-tokens", count: 5, action: { status: 500 } });
    const res = await t.query(graphql(`query RtUserRefreshTokens3($id: ID!) { user(id: $id) { id refreshTokens { nodes { id } } } }`), {
      id: userId,
    });
    expect(res.body.data!.user).toEqual({ id: userId, refreshTokens: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["user", "refreshTokens"], extensions: { code: "UPSTREAM_UNAVAILABLE" } });
  });
});

describe("Query.refreshToken", () => {
  it("answers what GET /refresh-tokens/{id} answers", async () => {
    const token = t.emulator.state.refreshTokens.get(usersWithTokens(1)[0]!)![0]!;
    const rest = await t.rest<RefreshToken>("GET", `/refresh-tokens/${encodeURIComponent(token.id)}`);
    expect(rest.status).toBe(200);
    const res = await t.query(graphql(`query RtRefreshTokenRead($id: ID!) { refreshToken(id: $id) { ...RtRefreshTokenFields } }`), {
      id: token.id,
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.refreshToken).toEqual(expectedToken(rest.body));
  });

  it("is null for a refresh token that does not exist", async () => {
    const res = await t.query(graphql(`query RtRefreshToken { refreshToken(id: "no-such-token") { id } }`));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.refreshToken).toBeNull();
  });
});
