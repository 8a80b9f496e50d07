import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BruteForceBlock, StoredUser } from "../../src/emulator/state.js";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";

let t: TestEmulator;
const enc = encodeURIComponent;
const UNKNOWN = "auth0|000000000000000000000000";

beforeAll(async () => {
  t = await startTestEmulator({ users: 200, seed: 13 });
});
afterAll(() => t.close());

/** What the API answers for a user's blocks, from the state. */
const expected = (userId: string) => ({
  blocked_for: t.emulator.state.bruteForceBlocks.filter((b) => b.user_id === userId).map(({ user_id: _u, ...block }) => block),
});

/** Users whose blocks a test lifts; others only read. */
const taken = new Set<string>();
function blockedUser(test: (user: StoredUser, blocks: BruteForceBlock[]) => boolean = () => true, lifts = false): StoredUser {
  const { state } = t.emulator;
  for (const block of state.bruteForceBlocks) {
    const user = state.users.get(block.user_id)!;
    if (taken.has(user.user_id)) continue;
    if (
      test(
        user,
        state.bruteForceBlocks.filter((b) => b.user_id === user.user_id),
      )
    ) {
      if (lifts) taken.add(user.user_id);
      return user;
    }
  }
  throw new Error("the seed has no such blocked user");
}

describe("GET /user-blocks/{id}", () => {
  it("lists the user's brute-force blocks as {identifier, ip?, connection}", async () => {
    const user = blockedUser();
    const res = await t.call<{ blocked_for: unknown[] }>("GET", `/user-blocks/${enc(user.user_id)}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expected(user.user_id));
    expect(res.body.blocked_for.length).toBeGreaterThan(0);
    const considered = await t.call("GET", `/user-blocks/${enc(user.user_id)}`, { query: { consider_brute_force_enablement: true } });
    expect(considered.body).toEqual(res.body);
  });

  it("answers an empty list for an admin-blocked-only user: admin blocks are not brute-force blocks", async () => {
    const { state } = t.emulator;
    const admin = [...state.users.values()].find((u) => u.blocked && !state.bruteForceBlocks.some((b) => b.user_id === u.user_id))!;
    const res = await t.call("GET", `/user-blocks/${enc(admin.user_id)}`);
    expect(res.body).toEqual({ blocked_for: [] });
  });

  it("answers 404 for an unknown user, 400 for a non-boolean flag or unknown parameter, 403 without read:users", async () => {
    const unknown = await t.call<RestError>("GET", `/user-blocks/${enc(UNKNOWN)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.errorCode).toBe("inexistent_user");
    const id = enc(blockedUser().user_id);
    const flag = await t.call("GET", `/user-blocks/${id}`, { query: { consider_brute_force_enablement: "maybe" } });
    expect(flag.status).toBe(400);
    const extra = await t.call<RestError>("GET", `/user-blocks/${id}`, { query: { identifier: "x" } });
    expect(extra.status).toBe(400);
    expect(extra.body.errorCode).toBe("invalid_query_string");
    const denied = await t.call<RestError>("GET", `/user-blocks/${id}`, { scope: "update:users" });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: read:users");
  });
});

describe("GET /user-blocks?identifier=", () => {
  it("finds the blocks by the identifier they were recorded under, case-insensitively", async () => {
    const user = blockedUser();
    const identifier = t.emulator.state.bruteForceBlocks.find((b) => b.user_id === user.user_id)!.identifier;
    const res = await t.call("GET", "/user-blocks", { query: { identifier: identifier.toUpperCase() } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expected(user.user_id));
  });

  it("finds them by the user's email too when they were recorded under another identifier", async () => {
    const user = blockedUser((u, blocks) => u.email !== undefined && blocks.every((b) => b.identifier !== u.email));
    const res = await t.call<{ blocked_for: unknown[] }>("GET", "/user-blocks", {
      query: { identifier: user.email, consider_brute_force_enablement: false },
    });
    expect(res.body).toEqual(expected(user.user_id));
    expect(res.body.blocked_for.length).toBeGreaterThan(0);
  });

  it("answers an empty list for an identifier nobody is blocked under", async () => {
    const res = await t.call("GET", "/user-blocks", { query: { identifier: "nobody@nowhere.example" } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ blocked_for: [] });
  });

  it("answers 400 without an identifier and 403 without read:users", async () => {
    for (const query of [{}, { identifier: "" }]) {
      const res = await t.call<RestError>("GET", "/user-blocks", { query });
      expect(res.status).toBe(400);
      expect(res.body.errorCode).toBe("invalid_query_string");
      expect(res.body.message).toContain("identifier");
    }
    const denied = await t.call("GET", "/user-blocks", { query: { identifier: "a@b.example" }, scope: "update:users" });
    expect(denied.status).toBe(403);
  });
});

describe("DELETE /user-blocks/{id}", () => {
  it("lifts the brute-force blocks but never the admin block", async () => {
    const user = blockedUser((u) => u.blocked === true, true);
    const res = await t.call("DELETE", `/user-blocks/${enc(user.user_id)}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    expect((await t.call("GET", `/user-blocks/${enc(user.user_id)}`)).body).toEqual({ blocked_for: [] });
    const read = await t.call<StoredUser>("GET", `/users/${enc(user.user_id)}`);
    expect(read.body.blocked).toBe(true);
    expect((await t.call("DELETE", `/user-blocks/${enc(user.user_id)}`)).status).toBe(204);
  });

  it("answers 404 for an unknown user and 403 without update:users", async () => {
    const unknown = await t.call<RestError>("DELETE", `/user-blocks/${enc(UNKNOWN)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.errorCode).toBe("inexistent_user");
    const user = blockedUser();
    const denied = await t.call<RestError>("DELETE", `/user-blocks/${enc(user.user_id)}`, { scope: "read:users" });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: update:users");
    expect(expected(user.user_id).blocked_for.length).toBeGreaterThan(0);
  });
});

describe("DELETE /user-blocks?identifier=", () => {
  it("lifts every block of the user the identifier names, and only theirs", async () => {
    const user = blockedUser(undefined, true);
    const identifier = t.emulator.state.bruteForceBlocks.find((b) => b.user_id === user.user_id)!.identifier;
    const others = t.emulator.state.bruteForceBlocks.filter((b) => b.user_id !== user.user_id).length;
    const res = await t.call("DELETE", "/user-blocks", { query: { identifier } });
    expect(res.status).toBe(204);
    expect(expected(user.user_id)).toEqual({ blocked_for: [] });
    expect(t.emulator.state.bruteForceBlocks).toHaveLength(others);
    expect((await t.call("GET", "/user-blocks", { query: { identifier } })).body).toEqual({ blocked_for: [] });
  });

  it("answers 204 for an identifier with no blocks, 400 without one, 403 without update:users", async () => {
    const before = t.emulator.state.bruteForceBlocks.length;
    expect((await t.call("DELETE", "/user-blocks", { query: { identifier: "nobody@nowhere.example" } })).status).toBe(204);
    expect(t.emulator.state.bruteForceBlocks).toHaveLength(before);
    const missing = await t.call<RestError>("DELETE", "/user-blocks");
    expect(missing.status).toBe(400);
    expect(missing.body.errorCode).toBe("invalid_query_string");
    const identifier = t.emulator.state.bruteForceBlocks[0]!.identifier;
    const denied = await t.call("DELETE", "/user-blocks", { query: { identifier }, scope: "read:users" });
    expect(denied.status).toBe(403);
    expect(t.emulator.state.bruteForceBlocks).toHaveLength(before);
  });
});
