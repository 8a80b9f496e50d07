import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emptyState, type EmulatorState } from "../../src/emulator/state.js";
import type { UpdatedRefreshToken, UpdatedSession } from "../../src/upstream/types.js";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";
import { addUser, refreshToken, session } from "./builders.js";

const enc = encodeURIComponent;

/** A page of sessions or refresh tokens, with the cursor of the next. */
interface WalkPage {
  sessions?: { id: string }[];
  tokens?: { id: string }[];
  next?: string;
}

/** Follows `next` with take=1 from the first page; `between` runs after each page. */
async function walk(
  t: TestEmulator,
  path: string,
  key: "sessions" | "tokens",
  between: (page: number) => Promise<void> = async () => undefined,
): Promise<string[]> {
  const seen: string[] = [];
  let from: string | undefined;
  for (let page = 0; page < 100; page += 1) {
    const res = await t.call<WalkPage>("GET", path, { query: { take: 1, from } });
    expect(res.status).toBe(200);
    seen.push(...res.body[key]!.map((item: { id: string }) => item.id));
    from = res.body.next;
    if (!from) return seen;
    await between(page);
  }
  throw new Error("the walk did not end");
}

describe("sessions and refresh tokens of a seeded user", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ users: 50, seed: 25 });
  });
  afterAll(() => t.close());

  it("lists a user's sessions and refresh tokens as {sessions|tokens, next?}", async () => {
    const [userId, sessions] = [...t.emulator.state.sessions].find(([, s]) => s.length > 0)!;
    const res = await t.call("GET", `/users/${enc(userId)}/sessions`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ sessions: [...sessions].sort((a, b) => (a.id < b.id ? -1 : 1)) });

    const [tokenOwner, tokens] = [...t.emulator.state.refreshTokens].find(([, list]) => list.length > 0)!;
    const listed = await t.call("GET", `/users/${enc(tokenOwner)}/refresh-tokens`, { query: { include_totals: true } });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ tokens: [...tokens].sort((a, b) => (a.id < b.id ? -1 : 1)) });
  });

  it("answers an empty list for a user with none, and 404 for an unknown user", async () => {
    const idle = [...t.emulator.state.users.keys()].find((id) => !t.emulator.state.sessions.get(id)?.length)!;
    expect((await t.call("GET", `/users/${enc(idle)}/sessions`)).body).toEqual({ sessions: [] });
    for (const path of ["sessions", "refresh-tokens"]) {
      for (const method of ["GET", "DELETE"]) {
        const res = await t.call<RestError>(method, `/users/${enc("auth0|nobody")}/${path}`);
        expect(res.status).toBe(404);
        expect(res.body.errorCode).toBe("inexistent_user");
      }
    }
  });

  it("checks scopes", async () => {
    const userId = [...t.emulator.state.users.keys()][0]!;
    const sessions = await t.call<RestError>("GET", `/users/${enc(userId)}/sessions`, { scope: "read:users" });
    expect(sessions.status).toBe(403);
    expect(sessions.body.message).toBe("Insufficient scope, expected any of: read:sessions");
    const tokens = await t.call<RestError>("GET", `/users/${enc(userId)}/refresh-tokens`, { scope: "read:sessions" });
    expect(tokens.status).toBe(403);
    expect(tokens.body.message).toBe("Insufficient scope, expected any of: read:refresh_tokens");
    expect((await t.call("DELETE", `/users/${enc(userId)}/sessions`, { scope: "read:sessions" })).status).toBe(403);
  });

  it.each([[{ take: 0 }], [{ take: 101 }], [{ from: "garbage" }], [{ page: 1 }], [{ include_totals: "maybe" }]])(
    "answers 400 for %j",
    async (query) => {
      const userId = [...t.emulator.state.users.keys()][0]!;
      for (const path of ["sessions", "refresh-tokens"]) {
        expect((await t.call("GET", `/users/${enc(userId)}/${path}`, { query })).status).toBe(400);
      }
    },
  );
});

describe("walking and changing sessions and refresh tokens", () => {
  let t: TestEmulator;
  let state: EmulatorState;
  const userId = "auth0|walker";
  const other = "auth0|other";
  const sessionIds = ["s1", "s2", "s3", "s4", "s5"];
  const tokenIds = ["t1", "t2", "t3", "t4", "t5"];

  beforeAll(async () => {
    state = emptyState();
    t = await startTestEmulator({ state });
  });
  afterAll(() => t.close());

  beforeEach(() => {
    state.users.clear();
    state.sessions.clear();
    state.refreshTokens.clear();
    addUser(state, userId);
    addUser(state, other);
    state.sessions.set(
      userId,
      sessionIds.map((id) => session(userId, id)),
    );
    // t1, t2 belong to s1; t3 to s2; t4 has no session; t5 to s5 and another client.
    state.refreshTokens.set(userId, [
      refreshToken(userId, "t1", "s1"),
      refreshToken(userId, "t2", "s1"),
      refreshToken(userId, "t3", "s2"),
      refreshToken(userId, "t4", null),
      refreshToken(userId, "t5", "s5", "other-client"),
    ]);
    state.sessions.set(other, [session(other, "o1")]);
    state.refreshTokens.set(other, [refreshToken(other, "o1-token", "o1")]);
    state.resourceServers = ["https://api.test/", "https://elsewhere/"].map((identifier) => ({ identifier, name: identifier, scopes: [] }));
  });

  it("visits every session and every refresh token exactly once with take=1", async () => {
    expect(await walk(t, `/users/${enc(userId)}/sessions`, "sessions")).toEqual(sessionIds);
    expect(await walk(t, `/users/${enc(userId)}/refresh-tokens`, "tokens")).toEqual(tokenIds);
  });

  it("still visits each remaining session once when sessions are deleted mid-walk", async () => {
    const seen = await walk(t, `/users/${enc(userId)}/sessions`, "sessions", async (page) => {
      // After the first page: delete the item the cursor points after, and one not yet visited.
      if (page === 0) {
        expect((await t.call("DELETE", "/sessions/s1")).status).toBe(202);
        expect((await t.call("DELETE", "/sessions/s3")).status).toBe(202);
      }
    });
    expect(seen).toEqual(["s1", "s2", "s4", "s5"]);
  });

  it("still visits each remaining refresh token once when tokens are deleted mid-walk", async () => {
    const seen = await walk(t, `/users/${enc(userId)}/refresh-tokens`, "tokens", async (page) => {
      if (page === 1) {
        expect((await t.call("DELETE", "/refresh-tokens/t2")).status).toBe(202);
        expect((await t.call("DELETE", "/refresh-tokens/t4")).status).toBe(202);
      }
    });
    expect(seen).toEqual(["t1", "t2", "t3", "t5"]);
  });

  it("gets a session and a refresh token by id, 404 when unknown", async () => {
    const res = await t.call("GET", "/sessions/s2");
    expect(res.status).toBe(200);
    expect(res.body).toEqual(state.sessions.get(userId)![1]);
    const token = await t.call("GET", "/refresh-tokens/t3");
    expect(token.status).toBe(200);
    expect(token.body).toEqual(state.refreshTokens.get(userId)![2]);
    for (const path of ["/sessions/nope", "/refresh-tokens/nope"]) {
      const missing = await t.call("GET", path);
      expect(missing.status).toBe(404);
    }
  });

  it("deletes one session (202) without touching its refresh tokens; deleting again is accepted", async () => {
    expect((await t.call("DELETE", "/sessions/s1")).status).toBe(202);
    expect(state.sessions.get(userId)!.map((s) => s.id)).toEqual(["s2", "s3", "s4", "s5"]);
    expect(state.refreshTokens.get(userId)!.map((r) => r.id)).toEqual(tokenIds);
    expect((await t.call("DELETE", "/sessions/s1")).status).toBe(202);
    expect((await t.call("GET", "/sessions/s1")).status).toBe(404);
  });

  it("deletes all of a user's sessions (202), leaving other users alone", async () => {
    const res = await t.call("DELETE", `/users/${enc(userId)}/sessions`);
    expect(res.status).toBe(202);
    expect((await t.call("GET", `/users/${enc(userId)}/sessions`)).body).toEqual({ sessions: [] });
    expect(state.refreshTokens.get(userId)).toHaveLength(5);
    expect(state.sessions.get(other)).toHaveLength(1);
  });

  it("revokes a session together with its refresh tokens (202), needing both delete scopes", async () => {
    const denied = await t.call<RestError>("POST", "/sessions/s1/revoke", { scope: "delete:sessions" });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected all of: delete:sessions,delete:refresh_tokens");
    expect(state.sessions.get(userId)).toHaveLength(5);

    const res = await t.call("POST", "/sessions/s1/revoke", { scope: "delete:sessions delete:refresh_tokens" });
    expect(res.status).toBe(202);
    expect(state.sessions.get(userId)!.map((s) => s.id)).toEqual(["s2", "s3", "s4", "s5"]);
    expect(state.refreshTokens.get(userId)!.map((r) => r.id)).toEqual(["t3", "t4", "t5"]);
    expect((await t.call("POST", "/sessions/s1/revoke")).status).toBe(404);
  });

  it("revokes a user's access: one session with its tokens, or everything, or sessions only", async () => {
    const path = `/users/${enc(userId)}/revoke-access`;
    expect((await t.call("POST", path, { scope: "read:sessions", body: {} })).status).toBe(403);
    expect((await t.call("POST", path, { body: { session_id: "s1", extra: true } })).status).toBe(400);
    expect(state.sessions.get(userId)).toHaveLength(5);

    expect((await t.call("POST", path, { scope: "delete:sessions", body: { session_id: "s1" } })).status).toBe(202);
    expect(state.sessions.get(userId)!.map((s) => s.id)).toEqual(["s2", "s3", "s4", "s5"]);
    expect(state.refreshTokens.get(userId)!.map((r) => r.id)).toEqual(["t3", "t4", "t5"]);

    expect((await t.call("POST", path, { body: { preserve_refresh_tokens: true } })).status).toBe(202);
    expect(state.sessions.has(userId)).toBe(false);
    expect(state.refreshTokens.get(userId)!.map((r) => r.id)).toEqual(["t3", "t4", "t5"]);

    expect((await t.call("POST", path)).status).toBe(202);
    expect(state.refreshTokens.has(userId)).toBe(false);
    expect(state.sessions.get(other)).toHaveLength(1);
    expect(state.refreshTokens.get(other)).toHaveLength(1);
  });

  it("updates session_metadata, and clears it with null or {}", async () => {
    const scope = "update:sessions";
    const set = await t.call<UpdatedSession>("PATCH", "/sessions/s2", { scope, body: { session_metadata: { device: "laptop" } } });
    expect(set.status).toBe(200);
    expect(set.body.session_metadata).toEqual({ device: "laptop" });
    expect(state.sessions.get(userId)![1]!.session_metadata).toEqual({ device: "laptop" });
    for (const clear of [null, {}]) {
      await t.call("PATCH", "/sessions/s2", { scope, body: { session_metadata: { device: "laptop" } } });
      const cleared = await t.call<UpdatedSession>("PATCH", "/sessions/s2", { scope, body: { session_metadata: clear } });
      expect(cleared.status).toBe(200);
      expect(cleared.body.session_metadata).toBeNull();
    }
  });

  it("rejects bad session updates without changing anything", async () => {
    const before = structuredClone(state.sessions.get(userId)![1]);
    const scope = "update:sessions";
    for (const body of [
      {},
      { session_metadata: { n: 1 } },
      { session_metadata: { s: "x".repeat(256) } },
      { other: 1 },
      { session_metadata: "x" },
    ]) {
      const res = await t.call<RestError>("PATCH", "/sessions/s2", { scope, body });
      expect(res.status).toBe(400);
      expect(res.body.errorCode).toBe("invalid_body");
    }
    const tooMany = Object.fromEntries(Array.from({ length: 26 }, (_, n) => [`k${n}`, "v"]));
    expect((await t.call("PATCH", "/sessions/s2", { scope, body: { session_metadata: tooMany } })).status).toBe(400);
    expect(state.sessions.get(userId)![1]).toEqual(before);
    expect((await t.call("PATCH", "/sessions/nope", { scope, body: { session_metadata: null } })).status).toBe(404);
    expect((await t.call("PATCH", "/sessions/s2", { scope: "delete:sessions", body: { session_metadata: null } })).status).toBe(403);
  });

  it("updates and clears refresh_token_metadata", async () => {
    const scope = "update:refresh_tokens";
    const set = await t.call("PATCH", "/refresh-tokens/t1", { scope, body: { refresh_token_metadata: { purpose: "cli" } } });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ ...state.refreshTokens.get(userId)![0], refresh_token_metadata: { purpose: "cli" } });
    const cleared = await t.call<UpdatedRefreshToken>("PATCH", "/refresh-tokens/t1", { scope, body: { refresh_token_metadata: {} } });
    expect(cleared.body.refresh_token_metadata).toBeNull();
    expect((await t.call("PATCH", "/refresh-tokens/t1", { scope, body: { refresh_token_metadata: { n: 2 } } })).status).toBe(400);
    expect((await t.call("PATCH", "/refresh-tokens/nope", { scope, body: { refresh_token_metadata: null } })).status).toBe(404);
    expect(
      (await t.call("PATCH", "/refresh-tokens/t1", { scope: "read:refresh_tokens", body: { refresh_token_metadata: null } })).status,
    ).toBe(403);
  });

  it("deletes a user's refresh tokens (202), leaving sessions and other users alone", async () => {
    expect((await t.call("DELETE", `/users/${enc(userId)}/refresh-tokens`)).status).toBe(202);
    expect((await t.call("GET", `/users/${enc(userId)}/refresh-tokens`)).body).toEqual({ tokens: [] });
    expect(state.sessions.get(userId)).toHaveLength(5);
    expect(state.refreshTokens.get(other)).toHaveLength(1);
  });

  it("revokes refresh tokens in bulk by ids, by user, by user and client", async () => {
    expect((await t.call("POST", "/refresh-tokens/revoke", { body: { ids: ["t1", "o1-token", "unknown"] } })).status).toBe(202);
    expect(state.refreshTokens.get(userId)!.map((r) => r.id)).toEqual(["t2", "t3", "t4", "t5"]);
    expect(state.refreshTokens.has(other)).toBe(false);

    expect((await t.call("POST", "/refresh-tokens/revoke", { body: { user_id: userId, client_id: "other-client" } })).status).toBe(202);
    expect(state.refreshTokens.get(userId)!.map((r) => r.id)).toEqual(["t2", "t3", "t4"]);

    const byAudience = { user_id: userId, client_id: "test-client", audience: "https://elsewhere/" };
    expect((await t.call("POST", "/refresh-tokens/revoke", { body: byAudience })).status).toBe(202);
    expect(state.refreshTokens.get(userId)).toHaveLength(3);

    expect((await t.call("POST", "/refresh-tokens/revoke", { body: { user_id: userId } })).status).toBe(202);
    expect(state.refreshTokens.has(userId)).toBe(false);
  });

  it.each([
    ["an unknown user", { user_id: "auth0|nobody" }, "User not found."],
    [
      "an unknown audience",
      { user_id: "auth0|walker", client_id: "test-client", audience: "https://nowhere/" },
      "Resource server not found.",
    ],
  ])("refuses a bulk revoke naming %s (400, as the contract says; nothing revoked)", async (_name, body, message) => {
    const res = await t.call<RestError>("POST", "/refresh-tokens/revoke", { body });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(message);
    expect(state.refreshTokens.get(userId)).toHaveLength(5);
  });

  it.each([
    ["an empty body", {}],
    ["ids with user_id", { ids: ["t1"], user_id: userId }],
    ["client_id alone", { client_id: "test-client" }],
    ["audience without client_id", { user_id: userId, audience: "https://api.test/" }],
    ["an empty ids list", { ids: [] }],
    ["more than 100 ids", { ids: Array.from({ length: 101 }, (_, n) => `t${n}`) }],
    ["an unknown property", { ids: ["t1"], all: true }],
  ])("refuses a bulk revoke with %s (400, nothing revoked)", async (_name, body) => {
    const res = await t.call<RestError>("POST", "/refresh-tokens/revoke", { body });
    expect(res.status).toBe(400);
    expect(res.body.errorCode).toBe("invalid_body");
    expect(state.refreshTokens.get(userId)).toHaveLength(5);
  });
});
