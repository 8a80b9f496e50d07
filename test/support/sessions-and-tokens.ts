import { expect } from "vitest";
import type { RefreshToken, Session } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import type { TestGateway } from "./gateway.js";
import { userIds } from "./mutations.js";

// What the session and refresh-token mutation tests read back: revoking one kind must leave the
// other as it was, so both read both.

/** A user's session and refresh-token ids, through the graph. */
export const USER_SESSIONS_AND_TOKENS = graphql(`
  query SessionsAndTokensOfUser($id: ID!) {
    user(id: $id) {
      sessions(first: 100) {
        nodes {
          id
        }
      }
      refreshTokens(first: 100) {
        nodes {
          id
        }
      }
    }
  }
`);

/** A user's session ids, as the tenant has them. */
export async function restSessionIds(t: TestGateway, userId: string): Promise<string[]> {
  const res = await t.rest<{ sessions: Session[] }>("GET", `/users/${encodeURIComponent(userId)}/sessions?take=100`);
  expect(res.status).toBe(200);
  return res.body.sessions.map((s) => s.id!);
}

/** A user's refresh-token ids, as the tenant has them. */
export async function restRefreshTokenIds(t: TestGateway, userId: string): Promise<string[]> {
  const res = await t.rest<{ tokens: RefreshToken[] }>("GET", `/users/${encodeURIComponent(userId)}/refresh-tokens?take=100`);
  expect(res.status).toBe(200);
  return res.body.tokens.map((r) => r.id!);
}

/** The seeded users with at least one session, sorted. */
export const usersWithSessions = (t: TestGateway) => userIds(t, (id) => (t.emulator.state.sessions.get(id)?.length ?? 0) > 0);
/** The seeded users with at least one refresh token, sorted. */
export const usersWithRefreshTokens = (t: TestGateway) => userIds(t, (id) => (t.emulator.state.refreshTokens.get(id)?.length ?? 0) > 0);
/** The seeded users with both, sorted. */
export const usersWithBoth = (t: TestGateway) =>
  usersWithSessions(t).filter((id) => (t.emulator.state.refreshTokens.get(id)?.length ?? 0) > 0);
