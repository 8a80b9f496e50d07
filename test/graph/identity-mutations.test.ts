import { describe, expect, it } from "vitest";
import type { StoredIdentity, StoredUser } from "../../src/emulator/state.js";
import type { LinkUserIdentityInput } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import type { RestError } from "../support/gateway.js";
import { mutationTestGateway } from "../support/mutations.js";

const t = mutationTestGateway({ users: 60, seed: 43 });

const path = (id: string) => `/users/${encodeURIComponent(id)}`;
const users = (): StoredUser[] => [...t.emulator.state.users.values()];

/** A standalone (unlinked, not linked-to) user no other test of this file has used. */
const taken = new Set<string>();
function claim(provider: string): StoredUser {
  const user = users().find((u) => !taken.has(u.user_id) && u.identities.length === 1 && u.identities[0]!.provider === provider);
  if (!user) throw new Error(`the seeded tenant has no unclaimed standalone ${provider} user`);
  taken.add(user.user_id);
  return user;
}
const holderOfLinked = () => users().find((u) => u.identities.length > 1)!;

const asGraphIdentity = (i: { provider: string; connection: string; user_id: string | number; isSocial?: boolean }) => ({
  provider: i.provider,
  connection: i.connection,
  userId: String(i.user_id),
  isSocial: i.isSocial ?? null,
});

graphql(`fragment IdMutIdentityFields on Identity { provider connection userId isSocial }`);
const LINK = graphql(`mutation IdMutLinkUserIdentity($id: ID!, $input: LinkUserIdentityInput!) {
  linkUserIdentity(id: $id, input: $input) {
    user { id identities { ...IdMutIdentityFields } } identities { ...IdMutIdentityFields } userErrors { field message code }
  }
}`);
const UNLINK = graphql(`mutation IdMutUnlinkUserIdentity($id: ID!, $provider: String!, $userId: String!) {
  unlinkUserIdentity(id: $id, provider: $provider, userId: $userId) {
    user { id identities { ...IdMutIdentityFields } } identities { ...IdMutIdentityFields } userErrors { field message code }
  }
}`);

async function restIdentities(id: string): Promise<StoredIdentity[]> {
  const res = await t.rest<StoredUser>("GET", path(id));
  expect(res.status).toBe(200);
  return res.body.identities;
}

describe("linkUserIdentity and unlinkUserIdentity", () => {
  it("links a secondary account by provider and userId, then unlinks it into a standalone user again", async () => {
    const primary = claim("auth0");
    const secondary = claim("github");
    const identity = secondary.identities[0]!;

    t.resetCalls();
    const linked = await t.query(LINK, {
      id: primary.user_id,
      input: { provider: identity.provider, userId: String(identity.user_id) },
    });
    expect(linked.body.errors).toBeUndefined();
    // The payload's user was read after the link, once.
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/users/{id}/identities": 1, "GET /api/v2/users/{id}": 1 });
    const after = (await restIdentities(primary.user_id)).map(asGraphIdentity);
    expect(after).toHaveLength(2);
    expect(after[1]).toEqual(asGraphIdentity(identity));
    expect(linked.body.data!.linkUserIdentity).toEqual({
      user: { id: primary.user_id, identities: after },
      identities: after,
      userErrors: [],
    });
    expect((await t.query(graphql(`query IdMutUser($id: ID!) { user(id: $id) { id } }`), { id: secondary.user_id })).body).toEqual({
      data: { user: null },
    });

    t.resetCalls();
    const unlinked = await t.query(UNLINK, {
      id: primary.user_id,
      provider: identity.provider,
      userId: String(identity.user_id),
    });
    expect(unlinked.body.errors).toBeUndefined();
    expect(t.upstreamCalls()).toEqual({ "DELETE /api/v2/users/{id}/identities/{provider}/{user_id}": 1, "GET /api/v2/users/{id}": 1 });
    const remaining = (await restIdentities(primary.user_id)).map(asGraphIdentity);
    expect(remaining).toEqual(primary.identities.map(asGraphIdentity));
    expect(unlinked.body.data!.unlinkUserIdentity).toEqual({
      user: { id: primary.user_id, identities: remaining },
      identities: remaining,
      userErrors: [],
    });
    const standalone = await t.query(
      graphql(`query IdMutUserIdentities($id: ID!) { user(id: $id) { id identities { ...IdMutIdentityFields } } }`),
      {
        id: secondary.user_id,
      },
    );
    expect(standalone.body).toEqual({ data: { user: { id: secondary.user_id, identities: [asGraphIdentity(identity)] } } });
  });

  it("shows the change to later fields of the same operation", async () => {
    const primary = claim("auth0");
    const secondary = claim("github");
    const identity = secondary.identities[0]!;
    const res = await t.query(
      graphql(`mutation IdMutUpdateUser($id: ID!, $input: LinkUserIdentityInput!, $provider: String!, $userId: String!) {
        before: updateUser(id: $id, input: { userMetadata: { linked: false } }) { user { identities { userId } } }
        link: linkUserIdentity(id: $id, input: $input) { user { userMetadata identities { userId } } }
        meta: updateUser(id: $id, input: { userMetadata: { linked: true } }) { user { identities { userId } } }
        unlink: unlinkUserIdentity(id: $id, provider: $provider, userId: $userId) { user { userMetadata identities { userId } } }
      }`),
      {
        id: primary.user_id,
        input: { provider: "github", userId: String(identity.user_id) },
        provider: "github",
        userId: String(identity.user_id),
      },
    );
    expect(res.body.errors).toBeUndefined();
    const ids = (list: { userId: string | null }[]) => list.map((i) => i.userId);
    const own = String(primary.identities[0]!.user_id);
    expect(ids(res.body.data!.before!.user!.identities)).toEqual([own]);
    expect(res.body.data!.link!.user).toEqual({
      userMetadata: { ...primary.user_metadata, linked: false },
      identities: [{ userId: own }, { userId: String(identity.user_id) }],
    });
    expect(ids(res.body.data!.meta!.user!.identities)).toEqual([own, String(identity.user_id)]);
    expect(res.body.data!.unlink!.user).toEqual({
      userMetadata: { ...primary.user_metadata, linked: true },
      identities: [{ userId: own }],
    });
  });

  it("links with a linkWith ID token when the caller holds only update:current_user_identities, on its own user only", async () => {
    const primary = claim("auth0");
    const secondary = claim("google-oauth2");
    const other = claim("auth0");
    const own = { scope: "read:current_user update:current_user_identities", sub: primary.user_id };
    const idToken = await t.emulator.mintToken({ sub: secondary.user_id, scope: "openid", audience: t.emulator.clientId });

    t.resetCalls();
    const byAccount = await t.query(
      LINK,
      { id: primary.user_id, input: { provider: "google-oauth2", userId: String(secondary.identities[0]!.user_id) } },
      own,
    );
    expect(byAccount.body.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["update:users"] });
    const someoneElse = await t.query(LINK, { id: other.user_id, input: { linkWith: idToken } }, own);
    expect(someoneElse.body.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["update:users"] });
    expect(t.upstreamTotal()).toBe(0);

    const res = await t.query(
      graphql(`mutation IdMutLinkOwnUserIdentity($id: ID!, $input: LinkUserIdentityInput!) {
        linkUserIdentity(id: $id, input: $input) { identities { ...IdMutIdentityFields } userErrors { code } }
      }`),
      {
        id: primary.user_id,
        input: { linkWith: idToken },
      },
      own,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.linkUserIdentity).toEqual({
      identities: (await restIdentities(primary.user_id)).map(asGraphIdentity),
      userErrors: [],
    });
    expect(JSON.stringify(res.body)).not.toContain(idToken);
    expect(t.emulator.state.users.has(secondary.user_id)).toBe(false);

    const unlinked = await t.query(
      UNLINK,
      { id: primary.user_id, provider: "google-oauth2", userId: String(secondary.identities[0]!.user_id) },
      own,
    );
    expect(unlinked.body.data!.unlinkUserIdentity!.userErrors).toEqual([]);
    expect(t.emulator.state.users.has(secondary.user_id)).toBe(true);
    const notMine = await t.query(UNLINK, { id: other.user_id, provider: "auth0", userId: "whatever" }, own);
    expect(notMine.body.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
  });

  it(
    "answers ALREADY_EXISTS for an identity linked elsewhere, NOT_FOUND for unknown accounts, " +
      "UPSTREAM_REJECTED for Auth0's other refusals",
    async () => {
      const primary = claim("auth0");
      const holder = holderOfLinked();
      const linked = holder.identities[1]!;
      const before = structuredClone([t.emulator.state.users.get(primary.user_id), t.emulator.state.users.get(holder.user_id)]);
      const link = (id: string, input: LinkUserIdentityInput) => t.query(LINK, { id, input });
      const restLink = (id: string, body: Record<string, unknown>) => t.rest<RestError>("POST", `${path(id)}/identities`, body);

      const conflict = await restLink(primary.user_id, { provider: linked.provider, user_id: linked.user_id });
      expect(conflict.status).toBe(409);
      expect(
        (await link(primary.user_id, { provider: linked.provider, userId: String(linked.user_id) })).body.data!.linkUserIdentity,
      ).toEqual({
        user: null,
        identities: null,
        userErrors: [{ field: ["input"], message: conflict.body.message, code: "ALREADY_EXISTS" }],
      });

      const inexistent = await restLink(primary.user_id, { provider: "github", user_id: "999999999999" });
      expect(inexistent.status).toBe(400);
      expect((await link(primary.user_id, { provider: "github", userId: "999999999999" })).body.data!.linkUserIdentity!.userErrors).toEqual(
        [{ field: ["input"], message: inexistent.body.message, code: "NOT_FOUND" }],
      );

      const missing = "auth0|doesnotexist000000000002";
      const noPrimary = await restLink(missing, { provider: "github", user_id: "1" });
      expect(noPrimary.status).toBe(404);
      expect((await link(missing, { provider: "github", userId: "1" })).body.data!.linkUserIdentity!.userErrors).toEqual([
        { field: ["id"], message: noPrimary.body.message, code: "NOT_FOUND" },
      ]);

      const unconfigured = await restLink(primary.user_id, { provider: "facebook", user_id: "1234" });
      expect(unconfigured.status).toBe(400);
      expect((await link(primary.user_id, { provider: "facebook", userId: "1234" })).body.data!.linkUserIdentity!.userErrors).toEqual([
        { field: null, message: unconfigured.body.message, code: "UPSTREAM_REJECTED" },
      ]);

      const forged = await link(primary.user_id, { linkWith: "aaaa.bbbb.cccc" });
      expect(forged.body.data!.linkUserIdentity!.userErrors).toEqual([
        { field: null, message: expect.stringContaining("JWT"), code: "UPSTREAM_REJECTED" },
      ]);

      expect([t.emulator.state.users.get(primary.user_id), t.emulator.state.users.get(holder.user_id)]).toEqual(before);
    },
  );

  it("refuses malformed link input before sending anything", async () => {
    const primary = claim("auth0");
    const ownId = String(primary.identities[0]!.user_id);
    const cases: [LinkUserIdentityInput, string[][]][] = [
      [{}, [["input"]]],
      [{ linkWith: "a.b.c", provider: "github" }, [["input", "linkWith"]]],
      [{ linkWith: "not a jwt" }, [["input", "linkWith"]]],
      [{ provider: "github" }, [["input", "userId"]]],
      [{ userId: "1" }, [["input", "provider"]]],
      [
        { provider: "myspace", userId: "" },
        [
          ["input", "provider"],
          ["input", "userId"],
        ],
      ],
      [{ provider: "github", userId: "1", connectionId: "con_short" }, [["input", "connectionId"]]],
      [{ provider: "auth0", userId: ownId }, [["input", "userId"]]],
    ];
    t.resetCalls();
    for (const [input, fields] of cases) {
      const res = await t.query(LINK, { id: primary.user_id, input });
      expect(res.body.errors, JSON.stringify(input)).toBeUndefined();
      const errors = res.body.data!.linkUserIdentity!.userErrors;
      expect(errors.map((e) => e.field).sort(), JSON.stringify(input)).toEqual([...fields].sort());
      expect(errors.every((e) => e.code === "INVALID_INPUT")).toBe(true);
    }
    expect(t.upstreamTotal()).toBe(0);
  });

  it(
    "unlink: NOT_FOUND for an identity that is not linked or an unknown user, INVALID_INPUT for the main " +
      "identity or an unknown provider",
    async () => {
      const holder = holderOfLinked();
      const main = holder.identities[0]!;
      const before = structuredClone(t.emulator.state.users.get(holder.user_id));
      const unlink = (id: string, provider: string, userId: string) => t.query(UNLINK, { id, provider, userId });

      const notLinked = await t.rest<RestError>("DELETE", `${path(holder.user_id)}/identities/github/1`);
      expect(notLinked.status).toBe(400);
      expect((await unlink(holder.user_id, "github", "1")).body.data!.unlinkUserIdentity).toEqual({
        user: null,
        identities: null,
        userErrors: [{ field: ["userId"], message: notLinked.body.message, code: "NOT_FOUND" }],
      });
      const missing = "auth0|doesnotexist000000000003";
      expect((await unlink(missing, "github", "1")).body.data!.unlinkUserIdentity!.userErrors).toEqual([
        { field: ["id"], message: expect.any(String), code: "NOT_FOUND" },
      ]);

      t.resetCalls();
      expect((await unlink(holder.user_id, main.provider, String(main.user_id))).body.data!.unlinkUserIdentity!.userErrors).toEqual([
        { field: ["userId"], message: expect.any(String), code: "INVALID_INPUT" },
      ]);
      expect((await unlink(holder.user_id, "myspace", "")).body.data!.unlinkUserIdentity!.userErrors.map((e) => e.field)).toEqual([
        ["provider"],
        ["userId"],
      ]);
      expect(t.upstreamTotal()).toBe(0);
      expect(t.emulator.state.users.get(holder.user_id)).toEqual(before);
    },
  );

  it("needs update:users", async () => {
    const holder = holderOfLinked();
    const linked = holder.identities[1]!;
    t.resetCalls();
    const res = await t.query(
      UNLINK,
      { id: holder.user_id, provider: linked.provider, userId: String(linked.user_id) },
      { scope: "read:users" },
    );
    expect(res.body.data).toEqual({ unlinkUserIdentity: null });
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["update:users"] });
    expect(t.upstreamTotal()).toBe(0);
  });
});
