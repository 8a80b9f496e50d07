import { describe, expect, it } from "vitest";
import type { UserBlocks } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import {
  UNKNOWN_USER,
  expectForbidden,
  expectInvalid,
  expectUpstreamRejected,
  expectUserError,
  mutationTestGateway,
  payloadOf,
} from "../support/mutations.js";

const t = mutationTestGateway();

const UNBLOCK = graphql(`
  mutation BlockMutUnblockUser($id: ID!) {
    unblockUser(id: $id) {
      user {
        id
        blocked
        blockedFor {
          identifier
          ip
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
const UNBLOCK_BY_IDENTIFIER = graphql(`
  mutation BlockMutUnblockUserByIdentifier($identifier: String!) {
    unblockUserByIdentifier(identifier: $identifier) {
      identifier
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const READ = graphql(`query BlockMutUserBlockedFor($id: ID!) { user(id: $id) { blocked blockedFor { identifier ip } } }`);

/** Brute-force-blocked users, each with the identifier its blocks were recorded under. */
function blockedUsers(): { userId: string; identifier: string }[] {
  const seen = new Map<string, string>();
  for (const block of t.emulator.state.bruteForceBlocks) if (!seen.has(block.user_id)) seen.set(block.user_id, block.identifier);
  return [...seen].sort().map(([userId, identifier]) => ({ userId, identifier }));
}

async function restBlocks(userId: string): Promise<unknown[]> {
  const res = await t.rest<UserBlocks>("GET", `/user-blocks/${encodeURIComponent(userId)}`);
  expect(res.status).toBe(200);
  return res.body.blocked_for!;
}

/** A user still brute-force-blocked (the list shrinks as tests unblock them). */
function nextBlockedUser(): { userId: string; identifier: string } {
  const user = blockedUsers()[0];
  expect(user, "the seed should leave a brute-force-blocked user for this test").toBeDefined();
  return user!;
}

describe("unblockUser", () => {
  it("lifts the user's brute-force blocks; the payload, a later field and a later operation show none", async () => {
    const { userId } = nextBlockedUser();
    expect((await restBlocks(userId)).length).toBeGreaterThan(0);
    t.resetCalls();
    const res = await t.query(
      graphql(`mutation BlockMutInvalidateUserRememberBrowser($id: ID!) {
        before: invalidateUserRememberBrowser(id: $id) { user { blockedFor { identifier } } }
        unblockUser(id: $id) { user { blockedFor { identifier } } userErrors { code } }
      }`),
      { id: userId },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.before!.user!.blockedFor!.length).toBeGreaterThan(0);
    expect(res.body.data!.unblockUser).toEqual({ user: { blockedFor: [] }, userErrors: [] });
    expect(t.upstreamCalls()["DELETE /api/v2/user-blocks/{id}"]).toBe(1);
    expect(await restBlocks(userId)).toEqual([]);
    expect((await t.query(READ, { id: userId })).body.data!.user!.blockedFor).toEqual([]);
  });

  it("leaves an administrator's block alone", async () => {
    const { userId } = nextBlockedUser();
    expect((await t.rest("PATCH", `/users/${encodeURIComponent(userId)}`, { blocked: true })).status).toBe(200);
    const payload = payloadOf(await t.query(UNBLOCK, { id: userId }), "unblockUser");
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.user).toEqual({ id: userId, blocked: true, blockedFor: [] });
  });

  it("is NOT_FOUND for an unknown user", async () => {
    const payload = await expectUserError(t, UNBLOCK, { id: UNKNOWN_USER }, "unblockUser", { code: "NOT_FOUND", field: ["id"] });
    expect(payload.user).toBeNull();
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    const { userId } = blockedUsers()[0]!;
    await expectUpstreamRejected(t, UNBLOCK, { id: userId }, "unblockUser", { method: "DELETE", route: "/api/v2/user-blocks/{id}" });
    expect((await restBlocks(userId)).length).toBeGreaterThan(0);
  });

  it("checks its input before calling Auth0", async () => {
    await expectInvalid(t, UNBLOCK, { id: " " }, "unblockUser", ["id"]);
  });

  it("is FORBIDDEN without update:users", async () => {
    const { userId } = blockedUsers()[0]!;
    await expectForbidden(t, UNBLOCK, { id: userId }, "unblockUser", "read:users delete:sessions");
    expect((await restBlocks(userId)).length).toBeGreaterThan(0);
  });
});

describe("unblockUserByIdentifier", () => {
  it("lifts the blocks recorded under the identifier; a later operation shows none", async () => {
    const { userId, identifier } = nextBlockedUser();
    t.resetCalls();
    const payload = payloadOf(await t.query(UNBLOCK_BY_IDENTIFIER, { identifier }), "unblockUserByIdentifier");
    expect(payload).toEqual({ identifier, userErrors: [] });
    expect(t.upstreamCalls()).toEqual({ "DELETE /api/v2/user-blocks": 1 });
    expect(await restBlocks(userId)).toEqual([]);
    expect((await t.query(READ, { id: userId })).body.data!.user!.blockedFor).toEqual([]);
  });

  it("succeeds for an identifier nothing is blocked under, as Auth0 does", async () => {
    const before = t.emulator.state.bruteForceBlocks.length;
    const payload = payloadOf(await t.query(UNBLOCK_BY_IDENTIFIER, { identifier: "nobody@nowhere.example" }), "unblockUserByIdentifier");
    expect(payload).toEqual({ identifier: "nobody@nowhere.example", userErrors: [] });
    expect(t.emulator.state.bruteForceBlocks.length).toBe(before);
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    const { identifier } = blockedUsers()[0]!;
    await expectUpstreamRejected(t, UNBLOCK_BY_IDENTIFIER, { identifier }, "unblockUserByIdentifier", {
      method: "DELETE",
      route: "/api/v2/user-blocks",
    });
  });

  it("checks its input before calling Auth0", async () => {
    await expectInvalid(t, UNBLOCK_BY_IDENTIFIER, { identifier: "" }, "unblockUserByIdentifier", ["identifier"]);
  });

  it("is FORBIDDEN without update:users", async () => {
    const { userId, identifier } = blockedUsers()[0]!;
    await expectForbidden(t, UNBLOCK_BY_IDENTIFIER, { identifier }, "unblockUserByIdentifier", "read:users");
    expect((await restBlocks(userId)).length).toBeGreaterThan(0);
  });
});
