import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuthenticationMethod, StoredUser } from "../../src/emulator/state.js";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";

let t: TestEmulator;
const enc = encodeURIComponent;
const UNKNOWN = "auth0|000000000000000000000000";

beforeAll(async () => {
  t = await startTestEmulator({ users: 150, seed: 21 });
});
afterAll(() => t.close());

const users = () => [...t.emulator.state.users.values()];
/** Guardian users not yet used by a test (tests change them). */
const taken = new Set<string>();
function take(test: (user: StoredUser) => boolean): StoredUser {
  const user = users().find((u) => !taken.has(u.user_id) && test(u));
  if (!user) throw new Error("the seed has no such user");
  taken.add(user.user_id);
  return user;
}
const guardianUser = () => take((u) => t.emulator.state.enrollments.get(u.user_id)?.some((e) => e.status === "confirmed") === true);
const plainUser = () => take((u) => !u.multifactor && !t.emulator.state.enrollments.has(u.user_id));

describe("GET /users/{id}/enrollments", () => {
  it("returns the user's first confirmed enrollment", async () => {
    const user = guardianUser();
    const res = await t.call("GET", `/users/${enc(user.user_id)}/enrollments`);
    expect(res.status).toBe(200);
    const first = t.emulator.state.enrollments.get(user.user_id)!.find((e) => e.status === "confirmed");
    expect(res.body).toEqual([first]);
  });

  it("returns an empty list for a user without enrollments", async () => {
    const res = await t.call("GET", `/users/${enc(plainUser().user_id)}/enrollments`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  it("lets a read:current_user token read its own enrollments only", async () => {
    const user = guardianUser();
    const own = await t.call("GET", `/users/${enc(user.user_id)}/enrollments`, { scope: "read:current_user", sub: user.user_id });
    expect(own.status).toBe(200);
    expect(own.body).toHaveLength(1);
    const other = await t.call<RestError>("GET", `/users/${enc(plainUser().user_id)}/enrollments`, {
      scope: "read:current_user",
      sub: user.user_id,
    });
    expect(other.status).toBe(403);
    expect(other.body.message).toBe("User to be acted on does not match subject in bearer token.");
  });

  it("answers 404 for an unknown user, 403 without a read scope and 400 for an unknown parameter", async () => {
    const missing = await t.call<RestError>("GET", `/users/${enc(UNKNOWN)}/enrollments`);
    expect(missing.status).toBe(404);
    expect(missing.body.errorCode).toBe("inexistent_user");
    const id = enc(users()[0]!.user_id);
    const denied = await t.call<RestError>("GET", `/users/${id}/enrollments`, { scope: "update:users" });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: read:users,read:current_user");
    const bad = await t.call<RestError>("GET", `/users/${id}/enrollments`, { query: { page: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errorCode).toBe("invalid_query_string");
  });
});

describe("DELETE /users/{id}/authenticators", () => {
  it("removes enrollments, the recovery code and OTP/push/phone/email methods, and keeps passkeys", async () => {
    const user = guardianUser();
    const { state } = t.emulator;
    const passkey: AuthenticationMethod = { id: "passkey|dev_keepkeepkeepkeep", type: "passkey", created_at: "2025-06-01T00:00:00.000Z" };
    state.authenticationMethods.get(user.user_id)!.push(passkey);
    const keys = state.authenticationMethods
      .get(user.user_id)!
      .filter((m) => ["passkey", "webauthn-roaming", "webauthn-platform"].includes(m.type));
    const before = user.updated_at;

    const res = await t.call("DELETE", `/users/${enc(user.user_id)}/authenticators`);
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    expect((await t.call("GET", `/users/${enc(user.user_id)}/enrollments`)).body).toEqual([]);
    expect(state.recoveryCodes.has(user.user_id)).toBe(false);
    expect(state.authenticationMethods.get(user.user_id)).toEqual(keys);
    expect(keys).toContainEqual(passkey);
    const read = await t.call<StoredUser>("GET", `/users/${enc(user.user_id)}`);
    expect(read.body.multifactor ?? []).not.toContain("guardian");
    expect(Date.parse(read.body.updated_at)).toBeGreaterThan(Date.parse(before));
  });

  it("answers 204 for an unknown user (the contract documents no 404) and 403 without delete:guardian_enrollments", async () => {
    expect((await t.call("DELETE", `/users/${enc(UNKNOWN)}/authenticators`)).status).toBe(204);
    const user = guardianUser();
    const denied = await t.call<RestError>("DELETE", `/users/${enc(user.user_id)}/authenticators`, { scope: "update:users delete:users" });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: delete:guardian_enrollments");
    expect(t.emulator.state.enrollments.has(user.user_id)).toBe(true);
  });
});

describe("DELETE /users/{id}/multifactor/{provider}", () => {
  it("removes a legacy provider from the user, then answers 404 for it", async () => {
    const user = take((u) => u.multifactor?.includes("google-authenticator") === true);
    const path = `/users/${enc(user.user_id)}/multifactor/google-authenticator`;
    const res = await t.call("DELETE", path);
    expect(res.status).toBe(204);
    const read = await t.call<StoredUser>("GET", `/users/${enc(user.user_id)}`);
    expect(read.body.multifactor ?? []).not.toContain("google-authenticator");
    expect(read.body.multifactor_last_modified).toBe(read.body.updated_at);
    const again = await t.call("DELETE", path);
    expect(again.status).toBe(404);
  });

  it("answers 404 for a user without the provider and for an unknown user", async () => {
    const plain = await t.call("DELETE", `/users/${enc(plainUser().user_id)}/multifactor/duo`);
    expect(plain.status).toBe(404);
    const unknown = await t.call<RestError>("DELETE", `/users/${enc(UNKNOWN)}/multifactor/duo`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.errorCode).toBe("inexistent_user");
  });

  it("answers 400 for a provider other than duo or google-authenticator, and 403 without update:users", async () => {
    const user = take((u) => u.multifactor?.includes("duo") === true);
    const bad = await t.call<RestError>("DELETE", `/users/${enc(user.user_id)}/multifactor/guardian`);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain("duo, google-authenticator");
    const denied = await t.call("DELETE", `/users/${enc(user.user_id)}/multifactor/duo`, { scope: "read:users" });
    expect(denied.status).toBe(403);
    expect(user.multifactor).toContain("duo");
  });
});

describe("POST /users/{id}/multifactor/actions/invalidate-remember-browser", () => {
  it("answers 204 with update:users and 403 without", async () => {
    const id = enc(guardianUser().user_id);
    const path = `/users/${id}/multifactor/actions/invalidate-remember-browser`;
    const res = await t.call("POST", path);
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    const denied = await t.call<RestError>("POST", path, { scope: "read:users" });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: update:users");
  });
});

describe("POST /users/{id}/recovery-code-regeneration", () => {
  it("replaces the recovery code with a new 24-character code", async () => {
    const user = guardianUser();
    const old = t.emulator.state.recoveryCodes.get(user.user_id);
    const res = await t.call<{ recovery_code: string }>("POST", `/users/${enc(user.user_id)}/recovery-code-regeneration`);
    expect(res.status).toBe(200);
    expect(res.body.recovery_code).toMatch(/^[A-Z0-9]{24}$/);
    expect(res.body.recovery_code).not.toBe(old);
    expect(t.emulator.state.recoveryCodes.get(user.user_id)).toBe(res.body.recovery_code);
  });

  it("answers 404 Enrollment not found without a confirmed enrollment, 404 for an unknown user, 403 without update:users", async () => {
    const none = await t.call<RestError>("POST", `/users/${enc(plainUser().user_id)}/recovery-code-regeneration`);
    expect(none.status).toBe(404);
    expect(none.body.message).toBe("Enrollment not found");
    const unknown = await t.call<RestError>("POST", `/users/${enc(UNKNOWN)}/recovery-code-regeneration`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.errorCode).toBe("inexistent_user");
    const user = guardianUser();
    const before = t.emulator.state.recoveryCodes.get(user.user_id);
    const denied = await t.call("POST", `/users/${enc(user.user_id)}/recovery-code-regeneration`, { scope: "read:users" });
    expect(denied.status).toBe(403);
    expect(t.emulator.state.recoveryCodes.get(user.user_id)).toBe(before);
  });
});
