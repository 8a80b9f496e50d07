import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { UserBlock, UserBlocks } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 50, seed: 3 } });
});
afterEach(() => t.emulator.faults.clear());
afterAll(() => t?.close());

const BLOCKS_ROUTE = "GET /api/v2/user-blocks/{id}";

const expectedBlock = (b: UserBlock) => ({ identifier: b.identifier, ip: b.ip ?? null, connection: b.connection ?? null });

function bruteForcedUsers(): string[] {
  const ids = [...new Set(t.emulator.state.bruteForceBlocks.map((b) => b.user_id))];
  expect(ids.length, "the seed should brute-force-block some user").toBeGreaterThan(0);
  return ids;
}

async function restBlocks(userId: string): Promise<UserBlock[]> {
  const res = await t.rest<UserBlocks>("GET", `/user-blocks/${encodeURIComponent(userId)}`);
  expect(res.status).toBe(200);
  return res.body.blocked_for!;
}

const QUERY = graphql(`query BlocksUserBlockedFor($id: ID!) { user(id: $id) { id blocked blockedFor { identifier ip connection } } }`);

describe("User.blockedFor", () => {
  it("answers what GET /user-blocks/{id} answers", async () => {
    for (const userId of bruteForcedUsers()) {
      const rest = await restBlocks(userId);
      expect(rest.length).toBeGreaterThan(0);
      const res = await t.query(QUERY, { id: userId });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.user!.blockedFor).toEqual(rest.map(expectedBlock));
    }
  });

  it("is an empty list for a user without brute-force blocks", async () => {
    const blocked = new Set(bruteForcedUsers());
    const userId = [...t.emulator.state.users.keys()].find((id) => !blocked.has(id))!;
    expect(await restBlocks(userId)).toEqual([]);
    const res = await t.query(QUERY, { id: userId });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.user!.blockedFor).toEqual([]);
  });

  it("is FORBIDDEN without read:users, on that field only", async () => {
    const userId = bruteForcedUsers()[0]!;
    t.resetCalls();
    const res = await t.query(
      graphql(`query BlocksMeBlockedFor { me { id blockedFor { identifier } } }`),
      {},
      { scope: "read:current_user", sub: userId },
    );
    expect(res.body.data!.me).toEqual({ id: userId, blockedFor: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["me", "blockedFor"], extensions: { code: "FORBIDDEN" } });
    expect(t.upstreamCalls()[BLOCKS_ROUTE]).toBeUndefined();
  });

  it("reports an Auth0 outage on that field only, keeping the user", async () => {
    const userId = bruteForcedUsers()[0]!;
    t.emulator.faults.add({ method: "GET", route: "/api/v2/user-blocks/{id}", count: 5, action: { status: 500 } });
    const res = await t.query(graphql(`query BlocksUserBlockedFor2($id: ID!) { user(id: $id) { id blockedFor { identifier } } }`), {
      id: userId,
    });
    expect(res.body.data!.user).toEqual({ id: userId, blockedFor: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["user", "blockedFor"], extensions: { code: "UPSTREAM_UNAVAILABLE" } });
  });

  it("keeps an administrator's block (User.blocked) apart from brute-force blocks", async () => {
    const userId = bruteForcedUsers()[0]!;
    const patched = await t.rest("PATCH", `/users/${encodeURIComponent(userId)}`, { blocked: true });
    expect(patched.status).toBe(200);
    const before = await t.query(QUERY, { id: userId });
    expect(before.body.data!.user!.blocked).toBe(true);
    expect(before.body.data!.user!.blockedFor!.length).toBeGreaterThan(0);

    expect((await t.rest("DELETE", `/user-blocks/${encodeURIComponent(userId)}`)).status).toBe(204);
    const after = await t.query(QUERY, { id: userId });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data!.user).toEqual({ id: userId, blocked: true, blockedFor: await restBlocks(userId) });
    expect(after.body.data!.user!.blockedFor).toEqual([]);
  });
});
