import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emptyState, type AuthenticationMethod, type EmulatorState } from "../../src/emulator/state.js";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";
import { addUser } from "./builders.js";

/** An authentication method as the write endpoints answer it (totp_secret on create only). */
interface MethodBody {
  id: string;
  type: string;
  created_at?: string;
  totp_secret?: string;
}

const enc = encodeURIComponent;
const TOTP_SECRET = "JBSWY3DPEHPK3PXP";

describe("authentication methods of a seeded tenant", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ users: 50, seed: 26 });
  });
  afterAll(() => t.close());

  function userWithMethods(min: number): string {
    const found = [...t.emulator.state.authenticationMethods].find(
      ([u, methods]) => methods.length >= min && t.emulator.state.users.has(u),
    );
    expect(found, `the seed has a user with ${min}+ authentication methods`).toBeDefined();
    return found![0];
  }

  it("lists a user's methods, bare and wrapped in {start, limit, total, authenticators}", async () => {
    const userId = userWithMethods(2);
    const all = t.emulator.state.authenticationMethods.get(userId)!;
    const bare = await t.call("GET", `/users/${enc(userId)}/authentication-methods`);
    expect(bare.status).toBe(200);
    expect(bare.body).toEqual(all);
    const wrapped = await t.call("GET", `/users/${enc(userId)}/authentication-methods`, {
      query: { include_totals: true, per_page: 1, page: 1 },
    });
    expect(wrapped.body).toEqual({ start: 1, limit: 1, total: all.length, authenticators: [all[1]] });
    const none = await t.call("GET", `/users/${enc(userId)}/authentication-methods`, { query: { per_page: 0 } });
    expect(none.body).toEqual([]);
  });

  it("gets one method by id", async () => {
    const userId = userWithMethods(1);
    const method = t.emulator.state.authenticationMethods.get(userId)![0]!;
    const res = await t.call("GET", `/users/${enc(userId)}/authentication-methods/${enc(method.id)}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(method);
  });

  it("answers 404 for an unknown user or method, 403 without the scope, 400 for bad paging", async () => {
    const userId = userWithMethods(1);
    const noUser = await t.call<RestError>("GET", `/users/${enc("auth0|nobody")}/authentication-methods`);
    expect(noUser.status).toBe(404);
    expect(noUser.body.errorCode).toBe("inexistent_user");
    const noMethod = await t.call("GET", `/users/${enc(userId)}/authentication-methods/${enc("totp|dev_nothing")}`);
    expect(noMethod.status).toBe(404);
    const denied = await t.call<RestError>("GET", `/users/${enc(userId)}/authentication-methods`, { scope: "read:users" });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: read:authentication_methods");
    expect((await t.call("GET", `/users/${enc(userId)}/authentication-methods`, { query: { per_page: 101 } })).status).toBe(400);
    expect((await t.call("GET", `/users/${enc(userId)}/authentication-methods`, { query: { page: -1 } })).status).toBe(400);
  });
});

describe("writing authentication methods", () => {
  let t: TestEmulator;
  let state: EmulatorState;
  const userId = "auth0|mfa";
  const path = `/users/${enc(userId)}/authentication-methods`;
  const methods = () => state.authenticationMethods.get(userId) ?? [];

  beforeAll(async () => {
    state = emptyState();
    t = await startTestEmulator({ state });
  });
  afterAll(() => t.close());

  beforeEach(() => {
    state.users.clear();
    state.authenticationMethods.clear();
    addUser(state, userId);
  });

  it("creates a confirmed phone method (201) and refuses an identical one (409)", async () => {
    const res = await t.call<MethodBody>("POST", path, { body: { type: "phone", phone_number: "+15551234567", name: "Work phone" } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      type: "phone",
      phone_number: "+15551234567",
      name: "Work phone",
      preferred_authentication_method: "sms",
    });
    expect(methods()).toHaveLength(1);
    const stored = methods()[0]!;
    expect(res.body.id).toBe(stored.id);
    expect(res.body.created_at).toBe(stored.created_at);
    expect(stored.confirmed).toBe(true);
    const got = await t.call("GET", `${path}/${enc(stored.id)}`);
    expect(got.body).toEqual(stored);

    const again = await t.call("POST", path, { body: { type: "phone", phone_number: "+15551234567" } });
    expect(again.status).toBe(409);
    expect(methods()).toHaveLength(1);
  });

  it("echoes totp_secret on create only, and never stores it", async () => {
    const res = await t.call<MethodBody>("POST", path, { body: { type: "totp", totp_secret: TOTP_SECRET } });
    expect(res.status).toBe(201);
    expect(res.body.totp_secret).toBe(TOTP_SECRET);
    expect(JSON.stringify(methods())).not.toContain(TOTP_SECRET);
    const listed = await t.call("GET", path);
    expect(JSON.stringify(listed.body)).not.toContain(TOTP_SECRET);
    expect((await t.call("POST", path, { body: { type: "totp", totp_secret: "GEZDGNBVGY3TQOJQ" } })).status).toBe(409);
  });

  it("creates email, security key and passkey methods", async () => {
    const email = await t.call("POST", path, { body: { type: "email", email: "someone@example.com" } });
    expect(email.status).toBe(201);
    const key = await t.call("POST", path, {
      body: { type: "webauthn-roaming", key_id: "key-1", public_key: "cHVibGlj", relying_party_identifier: "example.com" },
    });
    expect(key.status).toBe(201);
    const passkey = await t.call("POST", path, {
      body: {
        type: "passkey",
        key_id: "key-2",
        public_key: "cGFzc2tleQ==",
        aaguid: "08987058-cadc-4b81-b6e1-30de50dcbe96",
        credential_device_type: "multi_device",
        credential_backed_up: true,
        transports: ["internal", "hybrid"],
      },
    });
    expect(passkey.status).toBe(201);
    expect(passkey.body).toMatchObject({ type: "passkey", credential_device_type: "multi_device", transports: ["internal", "hybrid"] });
    expect(methods().map((m) => m.type)).toEqual(["email", "webauthn-roaming", "passkey"]);
    const listed = await t.call("GET", path);
    expect(listed.body).toEqual(methods());
  });

  it.each([
    ["an unknown type", { type: "carrier-pigeon" }],
    ["a phone without a number", { type: "phone" }],
    ["a totp without a secret", { type: "totp" }],
    ["a secret that is not base32", { type: "totp", totp_secret: "not-base32!" }],
    ["an email without an address", { type: "email" }],
    ["a malformed email", { type: "email", email: "nope" }],
    ["a security key without public_key", { type: "webauthn-roaming", key_id: "k" }],
    ["a field of another type", { type: "email", email: "a@b.co", phone_number: "+15550000000" }],
    ["voice preference on an email", { type: "email", email: "a@b.co", preferred_authentication_method: "voice" }],
    ["a name over 20 characters", { type: "email", email: "a@b.co", name: "x".repeat(21) }],
    ["an unknown property", { type: "email", email: "a@b.co", color: "red" }],
  ])("refuses %s with 400 and creates nothing", async (_name, body) => {
    const res = await t.call<RestError>("POST", path, { body });
    expect(res.status).toBe(400);
    expect(res.body.errorCode).toBe("invalid_body");
    expect(methods()).toEqual([]);
  });

  it("answers 404 on create for an unknown user, and 403 without create scope", async () => {
    const missing = await t.call("POST", `/users/${enc("auth0|nobody")}/authentication-methods`, {
      body: { type: "email", email: "a@b.co" },
    });
    expect(missing.status).toBe(404);
    expect(state.authenticationMethods.has("auth0|nobody")).toBe(false);
    const denied = await t.call("POST", path, { scope: "update:authentication_methods", body: { type: "email", email: "a@b.co" } });
    expect(denied.status).toBe(403);
    expect(methods()).toEqual([]);
  });

  it("renames a method and changes a phone's preference", async () => {
    const phone = (await t.call<MethodBody>("POST", path, { body: { type: "phone", phone_number: "+15551112222" } })).body;
    const res = await t.call("PATCH", `${path}/${enc(phone.id)}`, { body: { name: "Backup", preferred_authentication_method: "voice" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: phone.id,
      type: "phone",
      name: "Backup",
      preferred_authentication_method: "voice",
      confirmed: true,
    });
    expect(methods()[0]).toMatchObject({ name: "Backup", preferred_authentication_method: "voice" });

    const email = (await t.call<MethodBody>("POST", path, { body: { type: "email", email: "me@example.com" } })).body;
    const before = structuredClone(methods());
    const wrong = await t.call("PATCH", `${path}/${enc(email.id)}`, { body: { preferred_authentication_method: "sms" } });
    expect(wrong.status).toBe(400);
    expect((await t.call("PATCH", `${path}/${enc(email.id)}`, { body: { name: "y".repeat(21) } })).status).toBe(400);
    expect((await t.call("PATCH", `${path}/${enc(email.id)}`, { body: { email: "x@y.z" } })).status).toBe(400);
    expect(methods()).toEqual(before);
    expect((await t.call("PATCH", `${path}/${enc("email|dev_nothing")}`, { body: { name: "z" } })).status).toBe(404);
  });

  it("deletes one method (204) together with the methods linked to it, 404 when unknown", async () => {
    const at = new Date().toISOString();
    const linked: AuthenticationMethod[] = [
      { id: "push|dev_a", type: "push", confirmed: true, link_id: "totp|dev_a", created_at: at },
      { id: "totp|dev_a", type: "totp", confirmed: true, link_id: "push|dev_a", created_at: at },
      { id: "email|dev_b", type: "email", confirmed: true, email: "b@example.com", created_at: at },
    ];
    state.authenticationMethods.set(userId, linked);
    const res = await t.call("DELETE", `${path}/${enc("totp|dev_a")}`);
    expect(res.status).toBe(204);
    expect(methods().map((m) => m.id)).toEqual(["email|dev_b"]);
    expect((await t.call("DELETE", `${path}/${enc("totp|dev_a")}`)).status).toBe(404);
    expect((await t.call("DELETE", `/users/${enc("auth0|nobody")}/authentication-methods/x`)).status).toBe(404);
  });

  it("replaces all methods with PUT (200 array)", async () => {
    await t.call("POST", path, { body: { type: "email", email: "old@example.com" } });
    const res = await t.call<MethodBody[]>("PUT", path, {
      body: [
        { type: "phone", phone_number: "+15553334444", preferred_authentication_method: "voice" },
        { type: "totp", totp_secret: TOTP_SECRET, name: "App" },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.map((m: { type: string }) => m.type)).toEqual(["phone", "totp"]);
    expect(res.body[1]!.totp_secret).toBe(TOTP_SECRET);
    expect(methods().map((m) => m.id)).toEqual(res.body.map((m: { id: string }) => m.id));
    expect(methods().map((m) => m.type)).toEqual(["phone", "totp"]);
    expect(JSON.stringify(methods())).not.toContain(TOTP_SECRET);
  });

  it("refuses a PUT with duplicates (409), bad items (400) or when the user has a passkey (403), changing nothing", async () => {
    await t.call("POST", path, { body: { type: "email", email: "keep@example.com" } });
    const before = structuredClone(methods());
    const duplicate = await t.call("PUT", path, {
      body: [
        { type: "email", email: "a@b.co" },
        { type: "email", email: "A@b.co" },
      ],
    });
    expect(duplicate.status).toBe(409);
    for (const body of [{ type: "email", email: "a@b.co" }, [{ type: "passkey", key_id: "k", public_key: "cA==" }], [{ type: "phone" }]]) {
      const res = await t.call("PUT", path, { body });
      expect(res.status).toBe(400);
    }
    expect(methods()).toEqual(before);

    await t.call("POST", path, { body: { type: "passkey", key_id: "pk", public_key: "cGs=" } });
    const withPasskey = structuredClone(methods());
    const refused = await t.call("PUT", path, { body: [{ type: "email", email: "new@example.com" }] });
    expect(refused.status).toBe(403);
    expect((await t.call("DELETE", path)).status).toBe(403);
    expect(methods()).toEqual(withPasskey);
  });

  it("deletes all methods (204)", async () => {
    await t.call("POST", path, { body: { type: "email", email: "gone@example.com" } });
    await t.call("POST", path, { body: { type: "totp", totp_secret: TOTP_SECRET } });
    expect((await t.call("DELETE", path, { scope: "read:authentication_methods" })).status).toBe(403);
    expect(methods()).toHaveLength(2);
    expect((await t.call("DELETE", path)).status).toBe(204);
    expect(methods()).toEqual([]);
    expect((await t.call("GET", path)).body).toEqual([]);
  });
});
