import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredIdentity, StoredUser } from "../../src/emulator/state.js";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator({ users: 60, seed: 31 });
});
afterAll(() => t.close());

const state = () => t.emulator.state;
const users = (): StoredUser[] => [...state().users.values()];
const path = (id: string) => `/users/${encodeURIComponent(id)}`;
const withoutTokens = ({ access_token: _a, refresh_token: _r, ...identity }: StoredIdentity) => identity;

/** A standalone (unlinked, not linked-to) user no other test has used. */
const taken = new Set<string>();
function claim(description: string, test: (user: StoredUser) => boolean): StoredUser {
  const user = users().find((u) => !taken.has(u.user_id) && u.identities.length === 1 && test(u));
  if (!user) throw new Error(`the seeded tenant has no unclaimed standalone user with ${description}`);
  taken.add(user.user_id);
  return user;
}
const databaseUser = () => claim("a database identity", (u) => u.identities[0]!.provider === "auth0");
const socialUser = (provider: string) => claim(`a ${provider} identity`, (u) => u.identities[0]!.provider === provider);

describe("POST /users/{id}/identities and DELETE /users/{id}/identities/{provider}/{user_id}", () => {
  it("links a secondary account by provider and user_id, and unlinks it back into a standalone user", async () => {
    const primary = databaseUser();
    const secondary = socialUser("github");
    const identity = secondary.identities[0]!;

    const linked = await t.call<StoredIdentity[]>("POST", `${path(primary.user_id)}/identities`, {
      body: { provider: identity.provider, user_id: Number(identity.user_id) },
    });
    expect(linked.status).toBe(201);
    expect(linked.body).toEqual([
      ...primary.identities.map(withoutTokens),
      {
        ...withoutTokens(identity),
        profileData: expect.objectContaining({ ...(secondary.email ? { email: secondary.email } : {}), name: secondary.name }),
      },
    ]);
    expect((await t.call("GET", path(secondary.user_id))).status).toBe(404);
    expect((await t.call<StoredUser>("GET", path(primary.user_id))).body.identities).toEqual(linked.body);
    const found = await t.call<StoredUser[]>("GET", "/users", {
      query: { q: `identities.user_id:"${identity.user_id}"`, search_engine: "v3" },
    });
    expect(found.body.map((u: StoredUser) => u.user_id)).toEqual([primary.user_id]);

    const unlinked = await t.call("DELETE", `${path(primary.user_id)}/identities/${identity.provider}/${identity.user_id}`);
    expect(unlinked.status).toBe(200);
    expect(unlinked.body).toEqual(primary.identities.map(withoutTokens));
    const standalone = await t.call<StoredUser>("GET", path(secondary.user_id));
    expect(standalone.status).toBe(200);
    expect(standalone.body).toMatchObject({ user_id: secondary.user_id, name: secondary.name, identities: [withoutTokens(identity)] });
    if (secondary.email) expect(standalone.body.email).toBe(secondary.email);
    expect((await t.call<StoredUser>("GET", path(primary.user_id))).body.identities).toEqual(unlinked.body);

    // And once more: the recreated user links again.
    expect(
      (await t.call("POST", `${path(primary.user_id)}/identities`, { body: { provider: "github", user_id: String(identity.user_id) } }))
        .status,
    ).toBe(201);
  });

  it("answers the identities with IdP tokens only to read:user_idp_tokens", async () => {
    const primary = databaseUser();
    const secondary = socialUser("google-oauth2");
    const identity = secondary.identities[0]!;
    expect(identity.access_token).toBeDefined();
    const res = await t.call<StoredIdentity[]>("POST", `${path(primary.user_id)}/identities`, {
      scope: "update:users read:user_idp_tokens",
      body: {
        provider: identity.provider,
        user_id: identity.user_id,
        connection_id: state().connections.find((c) => c.name === identity.connection)!.id,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.at(-1)!.access_token).toBe(identity.access_token);
  });

  it("links with a link_with ID token for the caller's own account", async () => {
    const primary = databaseUser();
    const secondary = socialUser("github");
    const idToken = (sub: string, audience = t.emulator.clientId) => t.emulator.mintToken({ sub, scope: "openid", audience });
    const own = { scope: "update:current_user_identities", sub: primary.user_id };

    const mixed = await t.call("POST", `${path(primary.user_id)}/identities`, {
      ...own,
      body: { link_with: await idToken(secondary.user_id), provider: "github" },
    });
    expect(mixed.status).toBe(400);
    const forged = await t.call("POST", `${path(primary.user_id)}/identities`, { ...own, body: { link_with: "not.a.jwt" } });
    expect(forged.status).toBe(400);
    const elsewhere = await t.call<RestError>("POST", `${path(primary.user_id)}/identities`, {
      ...own,
      body: { link_with: await idToken(secondary.user_id, "another-client") },
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.message).toContain("aud");
    const byId = await t.call("POST", `${path(primary.user_id)}/identities`, {
      ...own,
      body: { provider: "github", user_id: secondary.identities[0]!.user_id },
    });
    expect(byId.status).toBe(403);
    const notMine = await t.call("POST", `${path(databaseUser().user_id)}/identities`, {
      ...own,
      body: { link_with: await idToken(secondary.user_id) },
    });
    expect(notMine.status).toBe(403);
    expect(state().users.has(secondary.user_id)).toBe(true);

    const res = await t.call<StoredIdentity[]>("POST", `${path(primary.user_id)}/identities`, {
      ...own,
      body: { link_with: await idToken(secondary.user_id) },
    });
    expect(res.status).toBe(201);
    expect(res.body.map((i: StoredIdentity) => `${i.provider}|${i.user_id}`)).toEqual([primary.user_id, secondary.user_id]);
    expect(state().users.has(secondary.user_id)).toBe(false);

    const unlinked = await t.call("DELETE", `${path(primary.user_id)}/identities/github/${secondary.identities[0]!.user_id}`, own);
    expect(unlinked.status).toBe(200);
  });

  it("answers 400 for the same identity, an unknown secondary, an unconfigured provider and malformed bodies", async () => {
    const primary = databaseUser();
    const secondary = socialUser("github");
    const before = structuredClone([state().users.get(primary.user_id), state().users.get(secondary.user_id)]);
    const link = (body: unknown) => t.call<RestError>("POST", `${path(primary.user_id)}/identities`, { body });
    const cases: [unknown, string][] = [
      [{ provider: "auth0", user_id: primary.identities[0]!.user_id }, "Main identity and the new one are the same."],
      [{ provider: "github", user_id: "999999999999" }, "Linking to an inexistent identity is not allowed."],
      [{ provider: "facebook", user_id: "1234" }, "The provider/connection is not configured."],
      [
        { provider: "github", user_id: secondary.identities[0]!.user_id, connection_id: "con_0000000000000000" },
        "The provider/connection is not configured.",
      ],
      [{ provider: "myspace", user_id: "1" }, "provider"],
      [{ user_id: secondary.identities[0]!.user_id }, "provider"],
      [{}, "Payload validation error"],
      [{ provider: "github", user_id: "1", extra: true }, "Additional properties not allowed: extra"],
    ];
    for (const [body, message] of cases) {
      const res = await link(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.message).toContain(message);
    }
    expect([state().users.get(primary.user_id), state().users.get(secondary.user_id)]).toEqual(before);
  });

  it("answers 409 for an identity already linked to an account", async () => {
    const holder = users().find((u) => u.identities.length > 1)!;
    const linked = holder.identities[1]!;
    const primary = databaseUser();
    const res = await t.call("POST", `${path(primary.user_id)}/identities`, {
      body: { provider: linked.provider, user_id: linked.user_id },
    });
    expect(res.status).toBe(409);
    expect(state().users.get(holder.user_id)!.identities).toContainEqual(linked);
  });

  it("refuses to unlink the main identity, an identity that is not linked, or an unknown provider", async () => {
    const holder = users().find((u) => u.identities.length > 1)!;
    const main = holder.identities[0]!;
    const before = structuredClone(state().users.get(holder.user_id));
    const mainRes = await t.call<RestError>("DELETE", `${path(holder.user_id)}/identities/${main.provider}/${main.user_id}`);
    expect(mainRes.status).toBe(400);
    expect(mainRes.body.message).toBe("Main identity cannot be removed.");
    expect((await t.call("DELETE", `${path(holder.user_id)}/identities/github/1`)).status).toBe(400);
    expect((await t.call("DELETE", `${path(holder.user_id)}/identities/myspace/1`)).status).toBe(400);
    expect(state().users.get(holder.user_id)).toEqual(before);
  });

  it("answers 404 for an unknown primary and 403 without an identities scope", async () => {
    expect(
      (await t.call("POST", `${path("auth0|does-not-exist")}/identities`, { body: { provider: "github", user_id: "1" } })).status,
    ).toBe(404);
    expect((await t.call("DELETE", `${path("auth0|does-not-exist")}/identities/github/1`)).status).toBe(404);
    const holder = users().find((u) => u.identities.length > 1)!;
    const linked = holder.identities[1]!;
    const denied = await t.call<RestError>("DELETE", `${path(holder.user_id)}/identities/${linked.provider}/${linked.user_id}`, {
      scope: "read:users",
    });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: update:users,update:current_user_identities");
    expect(
      (await t.call("POST", `${path(holder.user_id)}/identities`, { scope: "read:users", body: { provider: "github", user_id: "1" } }))
        .status,
    ).toBe(403);
  });
});
