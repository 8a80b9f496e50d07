import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../src/emulator/passwords.js";
import type { Connection, JsonObject, StoredUser } from "../../src/emulator/state.js";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";

/** A user as the endpoints answer it: both metadata objects are always there. */
type UserBody = StoredUser & { app_metadata: JsonObject; user_metadata: JsonObject };

let t: TestEmulator;
let unique = 0;

beforeAll(async () => {
  t = await startTestEmulator({ users: 60, seed: 21 });
});
afterAll(() => t.close());

const state = () => t.emulator.state;
const users = (): StoredUser[] => [...state().users.values()];
const path = (id: string) => `/users/${encodeURIComponent(id)}`;
const fresh = (label: string) => {
  unique += 1;
  return `${label}-${process.pid}-${unique}`;
};

/** A seeded user none of the other tests has touched. */
const taken = new Set<string>();
function claim(description: string, test: (user: StoredUser) => boolean): StoredUser {
  const user = users().find((u) => !taken.has(u.user_id) && test(u));
  if (!user) throw new Error(`the seeded tenant has no unclaimed user with ${description}`);
  taken.add(user.user_id);
  return user;
}

function connection(description: string, test: (c: Connection) => boolean): Connection {
  const found = state().connections.find(test);
  if (!found) throw new Error(`the seeded tenant has no ${description} connection`);
  return found;
}
const database = () => connection("database", (c) => c.strategy === "auth0" && !c.requires_username);
const usernameDatabase = () => connection("username database", (c) => c.strategy === "auth0" && c.requires_username);
const social = () => connection("social", (c) => c.strategy !== "auth0");
const primaryConnection = (user: StoredUser) => user.identities[0]!.connection;

/** Everything a write to this user could touch, to prove a rejected write touched nothing. */
function snapshot(id: string) {
  const user = state().users.get(id);
  return structuredClone({ user, password: state().passwords.get(id) });
}

describe("POST /users", () => {
  it("creates a database user: 201, the full user with its identity, the password kept only as a hash", async () => {
    const before = state().users.size;
    const email = `${fresh("New.Person")}@Example.COM`;
    const res = await t.call<UserBody>("POST", "/users", {
      body: {
        connection: database().name,
        email,
        password: "Correct-horse-9",
        given_name: "New",
        user_metadata: { theme: "dark", gone: null },
        app_metadata: { plan: "pro" },
      },
    });
    expect(res.status).toBe(201);
    const user = res.body;
    expect(user.user_id).toMatch(/^auth0\|[0-9a-f]{24}$/);
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      email_verified: false,
      given_name: "New",
      user_metadata: { theme: "dark" },
      app_metadata: { plan: "pro" },
      identities: [{ connection: database().name, provider: "auth0", user_id: user.user_id.slice("auth0|".length), isSocial: false }],
    });
    expect(user.user_metadata).not.toHaveProperty("gone");
    expect(user.created_at).toBe(user.updated_at);
    expect(Date.parse(user.created_at)).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(user)).not.toContain("Correct-horse-9");
    expect(user).not.toHaveProperty("password");
    expect(state().users.size).toBe(before + 1);
    const hash = state().passwords.get(user.user_id)!;
    expect(hash).not.toContain("Correct-horse-9");
    expect(await verifyPassword("Correct-horse-9", hash)).toBe(true);
    expect((await t.call<UserBody>("GET", path(user.user_id))).body).toEqual(user);
  });

  it("uses a given user_id, and answers 409 when it is taken", async () => {
    const id = fresh("custom");
    const body = { connection: database().name, email: `${id}@example.com`, password: "Correct-horse-9", user_id: id };
    const created = await t.call<UserBody>("POST", "/users", { body });
    expect(created.status).toBe(201);
    expect(created.body.user_id).toBe(`auth0|${id}`);
    const again = await t.call("POST", "/users", { body: { ...body, email: `other-${id}@example.com` } });
    expect(again.status).toBe(409);
  });

  it("answers 409 for an email or username that already has an account in that connection", async () => {
    const existing = claim("a database email", (u) => primaryConnection(u) === database().name && !!u.email);
    const res = await t.call("POST", "/users", {
      body: { connection: database().name, email: existing.email!.toUpperCase(), password: "Correct-horse-9" },
    });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ statusCode: 409, error: "Conflict", message: "The user already exists.", errorCode: "auth0_idp_error" });

    // The same email in another connection is another account.
    const elsewhere = await t.call("POST", "/users", {
      body: { connection: usernameDatabase().name, email: existing.email, username: fresh("elsewhere"), password: "Correct-horse-9" },
    });
    expect(elsewhere.status).toBe(201);

    const named = claim("a username", (u) => !!u.username);
    const taken = await t.call("POST", "/users", {
      body: {
        connection: primaryConnection(named),
        email: `${fresh("x")}@example.com`,
        username: named.username,
        password: "Correct-horse-9",
      },
    });
    expect(taken.status).toBe(409);
  });

  it("takes a username only where the connection requires one", async () => {
    const body = { email: `${fresh("u")}@example.com`, password: "Correct-horse-9" };
    const missing = await t.call<RestError>("POST", "/users", { body: { ...body, connection: usernameDatabase().name } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain("username");
    const username = fresh("handle");
    const created = await t.call<UserBody>("POST", "/users", { body: { ...body, connection: usernameDatabase().name, username } });
    expect(created.status).toBe(201);
    expect(created.body.username).toBe(username);
    const refused = await t.call<RestError>("POST", "/users", {
      body: { ...body, email: `${fresh("u")}@example.com`, connection: database().name, username: fresh("h") },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe("Cannot set username for connection without requires_username.");
  });

  it.each([
    ["no connection", { email: "a@example.com", password: "x" }, "Missing required property: connection"],
    ["an unknown connection", { connection: "Nope-Connection", email: "a@example.com", password: "x" }, "The connection does not exist."],
    ["a social connection", { connection: "<social>", email: "a@example.com" }, "must either be a database or passwordless connection"],
    ["no password", { connection: "<db>", email: "a@example.com" }, "Missing required property: password"],
    ["no email", { connection: "<db>", password: "Correct-horse-9" }, "Missing required property: email"],
    [
      "an unknown property",
      { connection: "<db>", email: "a@example.com", password: "x", favourite: 1 },
      "Additional properties not allowed: favourite",
    ],
    [
      "a reserved app_metadata key",
      { connection: "<db>", email: "a@example.com", password: "x", app_metadata: { user_id: "x" } },
      "reserved",
    ],
    ["a metadata key with a dot", { connection: "<db>", email: "a@example.com", password: "x", user_metadata: { "a.b": 1 } }, '"." or "$"'],
    ["a malformed email", { connection: "<db>", email: "not-an-email", password: "x" }, "email"],
  ])("answers 400 for %s and creates nothing", async (_name, raw, fragment) => {
    const body = { ...raw } as Record<string, unknown>;
    if (body.connection === "<db>") body.connection = database().name;
    if (body.connection === "<social>") body.connection = social().name;
    const before = state().users.size;
    const res = await t.call<RestError>("POST", "/users", { body });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(fragment);
    expect(state().users.size).toBe(before);
  });

  it("answers 403 without create:users", async () => {
    const res = await t.call<RestError>("POST", "/users", {
      scope: "read:users",
      body: { connection: database().name, email: "a@example.com", password: "x" },
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toBe("Insufficient scope, expected any of: create:users");
  });
});

describe("GET /users-by-email", () => {
  it("finds users by exact, case-sensitive email, always as a bare array", async () => {
    const user = users().find((u) => u.email)!;
    const res = await t.call<UserBody[]>("GET", "/users-by-email", { query: { email: user.email } });
    expect(res.status).toBe(200);
    expect(res.body.map((u: StoredUser) => u.user_id)).toEqual(
      users()
        .filter((u) => u.email === user.email)
        .map((u) => u.user_id),
    );
    expect(res.body[0]).toEqual((await t.call("GET", path(user.user_id))).body);
    expect((await t.call("GET", "/users-by-email", { query: { email: user.email!.toUpperCase() } })).body).toEqual([]);
    expect((await t.call("GET", "/users-by-email", { query: { email: `nobody-${fresh("x")}@example.com` } })).body).toEqual([]);
  });

  it("projects fields", async () => {
    const user = users().find((u) => u.email)!;
    const res = await t.call("GET", "/users-by-email", { query: { email: user.email, fields: "user_id,email" } });
    expect(res.body).toEqual([{ user_id: user.user_id, email: user.email }]);
  });

  it("answers 400 without an email, for an unknown parameter, and 403 without read:users", async () => {
    expect((await t.call("GET", "/users-by-email")).status).toBe(400);
    expect((await t.call("GET", "/users-by-email", { query: { email: "a@example.com", q: "x" } })).status).toBe(400);
    expect((await t.call("GET", "/users-by-email", { scope: "read:roles", query: { email: "a@example.com" } })).status).toBe(403);
  });
});

describe("GET /users/{id}", () => {
  it("reads a user by raw or percent-encoded id", async () => {
    const user = users().find((u) => u.user_id.includes("|"))!;
    const encoded = await t.call<UserBody>("GET", `/users/${encodeURIComponent(user.user_id)}`);
    expect(encoded.status).toBe(200);
    expect(encoded.body.user_id).toBe(user.user_id);
    expect(`/users/${encodeURIComponent(user.user_id)}`).toContain("%7C");
    const raw = await t.call("GET", `/users/${user.user_id}`);
    expect(raw.body).toEqual(encoded.body);
  });

  it("projects fields in and out", async () => {
    const user = users()[0]!;
    expect((await t.call("GET", path(user.user_id), { query: { fields: "email,user_id" } })).body).toEqual({
      email: user.email,
      user_id: user.user_id,
    });
    const without = (await t.call<Partial<UserBody>>("GET", path(user.user_id), { query: { fields: "identities", include_fields: false } }))
      .body;
    expect(without).not.toHaveProperty("identities");
    expect(without.user_id).toBe(user.user_id);
    expect((await t.call("GET", path(user.user_id), { query: { fields: "email,,x y" } })).status).toBe(400);
    expect((await t.call("GET", path(user.user_id), { query: { include_fields: "maybe" } })).status).toBe(400);
    expect((await t.call("GET", path(user.user_id), { query: { q: "x" } })).status).toBe(400);
    expect((await t.call("PATCH", path(user.user_id), { query: { fields: "email" }, body: { name: "x" } })).status).toBe(400);
    expect(state().users.get(user.user_id)!.name).toBe(user.name);
  });

  it("shows IdP tokens only to read:user_idp_tokens", async () => {
    const user = users().find((u) => u.identities.some((i) => i.access_token))!;
    const plain = await t.call<UserBody>("GET", path(user.user_id));
    expect(JSON.stringify(plain.body.identities)).not.toContain("access_token");
    const withTokens = await t.call<UserBody>("GET", path(user.user_id), { scope: "read:user_idp_tokens" });
    expect(withTokens.status).toBe(200);
    expect(withTokens.body.identities.some((i: { access_token?: string }) => i.access_token)).toBe(true);
  });

  it("answers 404 for an unknown user, 403 without a read scope, and lets read:current_user read only itself", async () => {
    const missing = await t.call("GET", path("auth0|does-not-exist"));
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      statusCode: 404,
      error: "Not Found",
      message: "The user does not exist.",
      errorCode: "inexistent_user",
    });
    const [self, other] = users();
    expect((await t.call("GET", path(self!.user_id), { scope: "read:roles" })).status).toBe(403);
    expect((await t.call("GET", path(self!.user_id), { scope: "read:current_user", sub: self!.user_id })).status).toBe(200);
    expect((await t.call("GET", path(other!.user_id), { scope: "read:current_user", sub: self!.user_id })).status).toBe(403);
  });
});

describe("PATCH /users/{id}", () => {
  it("replaces root attributes, changes updated_at, and answers the full user", async () => {
    const user = claim("a name", (u) => !!u.name);
    const res = await t.call<UserBody>("PATCH", path(user.user_id), { body: { name: "Renamed Person", nickname: "renamed" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user_id: user.user_id, name: "Renamed Person", nickname: "renamed", identities: expect.any(Array) });
    expect(res.body.updated_at).not.toBe(user.updated_at);
    expect(Date.parse(res.body.updated_at)).toBeGreaterThan(Date.parse(user.updated_at));
    expect(res.body.created_at).toBe(user.created_at);
    expect(state().users.get(user.user_id)!.name).toBe("Renamed Person");
  });

  it("merges metadata one level deep: the contract's addresses example", async () => {
    const user = claim("user metadata", () => true);
    const patch = (body: unknown) => t.call<UserBody>("PATCH", path(user.user_id), { body });
    await patch({ user_metadata: {} });
    expect((await patch({ user_metadata: { profileCode: 1479 } })).body.user_metadata).toEqual({ profileCode: 1479 });
    const first = await patch({ user_metadata: { addresses: { work_address: "100 Industrial Way" } } });
    expect(first.body.user_metadata).toEqual({ profileCode: 1479, addresses: { work_address: "100 Industrial Way" } });
    const second = await patch({
      user_metadata: { addresses: { work_address: "100 Industrial Way", home_address: "742 Evergreen Terrace" } },
    });
    expect(second.body.user_metadata).toEqual({
      profileCode: 1479,
      addresses: { work_address: "100 Industrial Way", home_address: "742 Evergreen Terrace" },
    });
    // A nested object is replaced whole, not merged.
    expect((await patch({ user_metadata: { addresses: { home_address: "742 Evergreen Terrace" } } })).body.user_metadata).toEqual({
      profileCode: 1479,
      addresses: { home_address: "742 Evergreen Terrace" },
    });
  });

  it("deletes a metadata key sent as null, clears metadata sent as {}, and keeps what is not mentioned", async () => {
    const user = claim("app metadata with two keys", (u) => Object.keys(u.app_metadata ?? {}).length >= 2);
    const [drop, keep] = Object.keys(user.app_metadata!);
    const res = await t.call<UserBody>("PATCH", path(user.user_id), { body: { app_metadata: { [drop!]: null, added: true } } });
    expect(res.body.app_metadata).not.toHaveProperty(drop!);
    expect(res.body.app_metadata[keep!]).toEqual(user.app_metadata![keep!]);
    expect(res.body.app_metadata.added).toBe(true);
    expect(res.body.user_metadata).toEqual(user.user_metadata);
    const cleared = await t.call<UserBody>("PATCH", path(user.user_id), { body: { app_metadata: {} } });
    expect(cleared.body.app_metadata).toEqual({});
  });

  it("unsets nullable root attributes sent as null", async () => {
    const user = claim("given and family names", (u) => !!u.given_name && !!u.family_name && !!u.picture);
    const res = await t.call<UserBody>("PATCH", path(user.user_id), { body: { given_name: null, family_name: null, picture: null } });
    expect(res.status).toBe(200);
    for (const field of ["given_name", "family_name", "picture"]) expect(res.body).not.toHaveProperty(field);
    expect(res.body.name).toBe(user.name);
  });

  it.each([
    ["password", "email", { password: "Correct-horse-9", email: "combo@example.com" }],
    ["password", "email_verified", { password: "Correct-horse-9", email_verified: true }],
    ["username", "email", { username: "combo", email: "combo@example.com" }],
    ["username", "email_verified", { username: "combo", email_verified: true }],
    ["username", "password", { username: "combo", password: "Correct-horse-9" }],
  ])("rejects %s with %s and changes nothing", async (a, b, body) => {
    const user = users().find((u) => u.username)!;
    const before = snapshot(user.user_id);
    const res = await t.call<RestError>("PATCH", path(user.user_id), { body });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(`Cannot update ${a} and ${b} simultaneously.`);
    expect(snapshot(user.user_id)).toEqual(before);
  });

  it.each([
    ["a reserved app_metadata key", { name: "Not Applied", app_metadata: { blocked: true } }, "reserved"],
    ["a metadata key with a dot", { name: "Not Applied", user_metadata: { "a.b": 1 } }, '"." or "$"'],
    ["a nested metadata key with a dollar", { name: "Not Applied", user_metadata: { ok: { $where: 1 } } }, '"." or "$"'],
    ["an unknown property", { name: "Not Applied", favourite_colour: "blue" }, "Additional properties not allowed: favourite_colour"],
    ["a wrong type", { name: "Not Applied", blocked: "yes" }, "blocked"],
    ["an unknown connection", { email_verified: true, connection: "Nope-Connection" }, "The connection does not exist."],
  ])("rejects %s and changes nothing", async (_name, body, fragment) => {
    const user = users()[1]!;
    const before = snapshot(user.user_id);
    const res = await t.call<RestError>("PATCH", path(user.user_id), { body });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(fragment);
    expect(snapshot(user.user_id)).toEqual(before);
  });

  it("lifts only the admin block with blocked:false", async () => {
    const user = claim("an admin block", (u) => u.blocked === true && !!u.email);
    if (!state().bruteForceBlocks.some((b) => b.user_id === user.user_id)) {
      state().bruteForceBlocks.push({
        user_id: user.user_id,
        identifier: user.email!,
        ip: "203.0.113.9",
        connection: primaryConnection(user),
      });
    }
    const blocks = state().bruteForceBlocks.filter((b) => b.user_id === user.user_id);
    const res = await t.call<UserBody>("PATCH", path(user.user_id), { body: { blocked: false } });
    expect(res.body.blocked).toBe(false);
    expect(state().bruteForceBlocks.filter((b) => b.user_id === user.user_id)).toEqual(blocks);
  });

  it("changes a password: kept as a new hash, never answered", async () => {
    const user = claim("a password", (u) => state().passwords.has(u.user_id));
    const res = await t.call<UserBody>("PATCH", path(user.user_id), { body: { password: "Brand-new-pass-7" } });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain("Brand-new-pass-7");
    expect(await verifyPassword("Brand-new-pass-7", state().passwords.get(user.user_id)!)).toBe(true);
    expect(Date.parse(res.body.last_password_reset!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("changes the email of a database user (lower-cased, unverified), never of a social one", async () => {
    const user = claim("a verified database email", (u) => primaryConnection(u) === database().name && u.email_verified === true);
    const email = `${fresh("Changed")}@Example.com`;
    const res = await t.call("PATCH", path(user.user_id), { body: { email } });
    expect(res.body).toMatchObject({ email: email.toLowerCase(), email_verified: false });
    const socialUser = claim("a social primary", (u) => primaryConnection(u) === social().name);
    const before = snapshot(socialUser.user_id);
    const refused = await t.call<RestError>("PATCH", path(socialUser.user_id), { body: { email: `${fresh("x")}@example.com` } });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe("Cannot update email for non-database user.");
    expect(snapshot(socialUser.user_id)).toEqual(before);
  });

  it("changes a username only where the connection requires one", async () => {
    const named = claim("a username", (u) => !!u.username);
    const username = fresh("renamed");
    expect((await t.call<UserBody>("PATCH", path(named.user_id), { body: { username } })).body.username).toBe(username);
    const plain = claim("a plain database user", (u) => primaryConnection(u) === database().name);
    const refused = await t.call("PATCH", path(plain.user_id), { body: { username: fresh("x") } });
    expect(refused.status).toBe(400);
  });

  it("targets a secondary identity only when its connection is named", async () => {
    const user = claim("a linked identity", (u) => u.identities.length > 1);
    const secondary = user.identities[1]!;
    const res = await t.call<UserBody>("PATCH", path(user.user_id), { body: { email_verified: false, connection: secondary.connection } });
    expect(res.status).toBe(200);
    expect(res.body.identities[1]!.profileData!.email_verified).toBe(false);
    expect(res.body.email_verified).toBe(user.email_verified);

    const before = snapshot(user.user_id);
    const profile = await t.call<RestError>("PATCH", path(user.user_id), {
      body: { name: "Not Applied", connection: secondary.connection },
    });
    expect(profile.status).toBe(400);
    expect(profile.body.message).toContain("secondary identity");
    const notTheirs = state().connections.find((c) => !user.identities.some((i) => i.connection === c.name))!;
    const foreign = await t.call("PATCH", path(user.user_id), { body: { email_verified: true, connection: notTheirs.name } });
    expect(foreign.status).toBe(400);
    expect(snapshot(user.user_id)).toEqual(before);
  });

  it("limits update:users_app_metadata to app_metadata and update:current_user_metadata to one's own user_metadata", async () => {
    const user = claim("any", () => true);
    const other = claim("any", () => true);
    const appOnly = await t.call<UserBody>("PATCH", path(user.user_id), {
      scope: "update:users_app_metadata",
      body: { app_metadata: { tier: "gold" } },
    });
    expect(appOnly.status).toBe(200);
    expect(appOnly.body.app_metadata.tier).toBe("gold");
    const before = snapshot(user.user_id);
    const denied = await t.call("PATCH", path(user.user_id), { scope: "update:users_app_metadata", body: { user_metadata: { x: 1 } } });
    expect(denied.status).toBe(403);

    const self = await t.call<UserBody>("PATCH", path(user.user_id), {
      scope: "update:current_user_metadata",
      sub: user.user_id,
      body: { user_metadata: { mine: true } },
    });
    expect(self.status).toBe(200);
    expect(self.body.user_metadata.mine).toBe(true);
    const selfApp = await t.call("PATCH", path(user.user_id), {
      scope: "update:current_user_metadata",
      sub: user.user_id,
      body: { app_metadata: { tier: "x" } },
    });
    expect(selfApp.status).toBe(403);
    const otherUser = await t.call<RestError>("PATCH", path(other.user_id), {
      scope: "update:current_user_metadata",
      sub: user.user_id,
      body: { user_metadata: { mine: true } },
    });
    expect(otherUser.status).toBe(403);
    expect(otherUser.body.message).toBe("User to be acted on does not match subject in bearer token.");
    expect(snapshot(user.user_id).user!.app_metadata).toEqual(before.user!.app_metadata);
    expect((await t.call("PATCH", path(user.user_id), { scope: "read:users", body: { name: "x" } })).status).toBe(403);
  });

  it("answers 404 for an unknown user and 400 without a body", async () => {
    expect((await t.call("PATCH", path("auth0|does-not-exist"), { body: { name: "x" } })).status).toBe(404);
    const res = await t.call<RestError>("PATCH", path(users()[0]!.user_id));
    expect(res.status).toBe(400);
    expect(res.body.errorCode).toBe("invalid_body");
  });
});

describe("DELETE /users/{id}", () => {
  it("removes the user and everything keyed by it, then stays 204", async () => {
    const s = state();
    const member = (id: string) => [...s.organizationMembers.values()].some((m) => m.includes(id));
    const user = claim(
      "roles, memberships and sessions",
      (u) => s.userRoles.has(u.user_id) && member(u.user_id) && (s.sessions.get(u.user_id)?.length ?? 0) > 0,
    );
    const res = await t.call("DELETE", path(user.user_id));
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    expect((await t.call("GET", path(user.user_id))).status).toBe(404);
    expect(s.users.has(user.user_id)).toBe(false);
    expect(s.userRoles.has(user.user_id)).toBe(false);
    expect(member(user.user_id)).toBe(false);
    expect(s.sessions.has(user.user_id)).toBe(false);
    expect(s.refreshTokens.has(user.user_id)).toBe(false);
    expect(s.passwords.has(user.user_id)).toBe(false);
    expect(s.bruteForceBlocks.some((b) => b.user_id === user.user_id)).toBe(false);
    expect((await t.call("GET", "/users", { query: { q: `user_id:"${user.user_id}"` } })).body).toEqual([]);
    expect((await t.call("DELETE", path(user.user_id))).status).toBe(204);
  });

  it("lets delete:current_user delete only itself, and answers 403 without a delete scope", async () => {
    const self = claim("any", () => true);
    const other = claim("any", () => true);
    expect((await t.call("DELETE", path(other.user_id), { scope: "delete:current_user", sub: self.user_id })).status).toBe(403);
    expect((await t.call("DELETE", path(other.user_id), { scope: "read:users" })).status).toBe(403);
    expect(state().users.has(other.user_id)).toBe(true);
    expect((await t.call("DELETE", path(self.user_id), { scope: "delete:current_user", sub: self.user_id })).status).toBe(204);
    expect(state().users.has(self.user_id)).toBe(false);
  });
});

describe("writes reach the --data file", () => {
  const dir = mkdtemp(join(tmpdir(), "usergraph-users-"));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));

  it("keeps created, updated and deleted users across a restart", async () => {
    const dataFile = join(await dir, "tenant.json");
    const first = await startTestEmulator({ users: 8, seed: 4, dataFile });
    const [patched, deleted] = [...first.emulator.state.users.keys()];
    const db = first.emulator.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!;
    const created = await first.call<UserBody>("POST", "/users", {
      body: { connection: db.name, email: "persisted@example.com", password: "Correct-horse-9" },
    });
    await first.call("PATCH", path(patched!), { body: { user_metadata: { persisted: true } } });
    await first.call("DELETE", path(deleted!));
    await first.close();

    const second = await startTestEmulator({ users: 3, seed: 1, dataFile });
    try {
      expect((await second.call<UserBody>("GET", path(created.body.user_id))).body.email).toBe("persisted@example.com");
      expect((await second.call<UserBody>("GET", path(patched!))).body.user_metadata.persisted).toBe(true);
      expect((await second.call("GET", path(deleted!))).status).toBe(404);
    } finally {
      await second.close();
    }
  });
});
