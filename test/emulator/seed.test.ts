import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../src/emulator/passwords.js";
import { serializeState } from "../../src/emulator/persistence.js";
import { SEED_REFERENCE_DATE, SEEDED_USER_PASSWORD, seedState } from "../../src/emulator/seed.js";
import type { EmulatorState, StoredUser } from "../../src/emulator/state.js";
import { responseProblems } from "../support/oas.js";

const state = seedState({ users: 200, seed: 3 });
const users = [...state.users.values()];
const reference = Date.parse(SEED_REFERENCE_DATE);
const enc = encodeURIComponent;

const connectionOf = (user: StoredUser) => state.connections.find((c) => c.name === user.identities[0]!.connection)!;
const isDatabase = (user: StoredUser) => connectionOf(user).strategy === "auth0";

/** Every key of a JSON value, at any depth. */
function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => [k, ...keysDeep(v)]);
  return [];
}

describe("seedState determinism", () => {
  it("gives byte-identical state for the same seed and different state for another", () => {
    const text = (s: EmulatorState) => serializeState(s).join("");
    const again = seedState({ users: 200, seed: 3 });
    expect(text(again)).toBe(text(state));
    const other = seedState({ users: 200, seed: 4 });
    expect(text(other)).not.toBe(text(state));
    expect([...other.users.keys()]).not.toEqual([...state.users.keys()]);
  });

  it("seeds an empty tenant and rejects a negative user count", () => {
    const empty = seedState({ users: 0, seed: 1 });
    expect(empty.users.size).toBe(0);
    expect(empty.roles.size).toBeGreaterThan(0);
    expect(() => seedState({ users: -1, seed: 1 })).toThrow(/users/);
  });
});

describe("seeded connections and users", () => {
  it("has the database, username-database and two social connections, with con_ ids", () => {
    expect(state.connections.map((c) => [c.name, c.strategy, c.requires_username])).toEqual([
      ["Username-Password-Authentication", "auth0", false],
      ["Partners-Username-Password", "auth0", true],
      ["google-oauth2", "google-oauth2", false],
      ["github", "github", false],
    ]);
    for (const c of state.connections) expect(c.id).toMatch(/^con_[A-Za-z0-9]{16}$/);
    for (const c of state.connections) expect(users.some((u) => u.identities[0]!.connection === c.name)).toBe(true);
  });

  it("gives every user an id that matches its primary identity and Auth0's id formats", () => {
    expect(users).toHaveLength(200);
    for (const user of users) {
      const primary = user.identities[0]!;
      expect(user.user_id).toBe(`${primary.provider}|${primary.user_id}`);
      expect(state.users.get(user.user_id)).toBe(user);
      const pattern = { auth0: /^auth0\|[0-9a-f]{24}$/, "google-oauth2": /^google-oauth2\|\d{21}$/, github: /^github\|\d+$/ }[
        primary.provider
      ];
      expect(user.user_id).toMatch(pattern!);
      expect(primary.isSocial).toBe(!isDatabase(user));
    }
  });

  it("keeps emails lower-cased and unique, phones E.164, usernames only where the connection requires them", () => {
    const emails = users.flatMap((u) => (u.email ? [u.email] : []));
    expect(new Set(emails).size).toBe(emails.length);
    for (const user of users) {
      if (user.email) expect(user.email).toBe(user.email.toLowerCase());
      if (user.email) expect(user.email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+$/);
      if (user.phone_number) expect(user.phone_number).toMatch(/^\+[1-9][0-9]{7,14}$/);
      expect(user.username !== undefined).toBe(connectionOf(user).requires_username);
    }
    expect(users.some((u) => u.phone_number)).toBe(true);
    expect(users.some((u) => u.username)).toBe(true);
  });

  it("orders every user's dates: created ≤ events ≤ updated ≤ the reference date", () => {
    for (const user of users) {
      const created = Date.parse(user.created_at);
      const updated = Date.parse(user.updated_at);
      expect(created).toBeLessThanOrEqual(updated);
      expect(updated).toBeLessThanOrEqual(reference);
      for (const event of [user.last_login, user.last_password_reset, user.multifactor_last_modified]) {
        if (event === undefined) continue;
        expect(Date.parse(event)).toBeGreaterThanOrEqual(created);
        expect(Date.parse(event)).toBeLessThanOrEqual(updated);
      }
      if (user.last_login) expect(user.logins_count).toBeGreaterThan(0);
      else expect(user.logins_count).toBe(0);
      if (user.last_password_reset) expect(isDatabase(user)).toBe(true);
    }
  });

  it("links secondary social identities with profileData to some database users", () => {
    const linked = users.filter((u) => u.identities.length > 1);
    expect(linked.length).toBeGreaterThanOrEqual(3);
    for (const user of linked) {
      expect(isDatabase(user)).toBe(true);
      for (const secondary of user.identities.slice(1)) {
        expect(secondary.isSocial).toBe(true);
        expect(["google-oauth2", "github"]).toContain(secondary.provider);
        expect(secondary.profileData?.email).toEqual(expect.any(String));
        // A linked identity is no longer a user of its own.
        expect(state.users.has(`${secondary.provider}|${secondary.user_id}`)).toBe(false);
      }
    }
  });

  it("writes nested metadata without Auth0's reserved app_metadata keys or dotted keys", () => {
    const reserved = [
      "__tenant",
      "_id",
      "blocked",
      "clientID",
      "created_at",
      "email_verified",
      "email",
      "globalClientID",
      "global_client_id",
      "identities",
      "lastIP",
      "lastLogin",
      "loginsCount",
      "metadata",
      "multifactor_last_modified",
      "multifactor",
      "updated_at",
      "user_id",
    ];
    for (const user of users) {
      for (const key of Object.keys(user.app_metadata ?? {})) expect(reserved).not.toContain(key);
      for (const key of [...keysDeep(user.app_metadata), ...keysDeep(user.user_metadata)]) expect(key).not.toMatch(/[.$]/);
    }
    const withAddresses = users.filter(
      (u) => Array.isArray(u.user_metadata?.addresses) && (u.user_metadata.addresses as unknown[]).length > 0,
    );
    expect(withAddresses.length).toBeGreaterThan(0);
    expect((withAddresses[0]!.user_metadata!.addresses as Record<string, unknown>[])[0]).toMatchObject({
      street: expect.any(String),
      city: expect.any(String),
    });
    expect(users.some((u) => typeof (u.app_metadata?.subscription as Record<string, unknown> | undefined)?.plan === "string")).toBe(true);
  });

  it("stores a scrypt hash, never the password, for database users only", async () => {
    for (const user of users) expect(state.passwords.has(user.user_id)).toBe(isDatabase(user));
    const hash = state.passwords.values().next().value!;
    expect(hash).toMatch(/^\$scrypt\$/);
    expect(hash).not.toContain(SEEDED_USER_PASSWORD);
    expect(await verifyPassword(SEEDED_USER_PASSWORD, hash)).toBe(true);
    expect(await verifyPassword("not-the-password", hash)).toBe(false);
  });

  it("blocks a few users by admin and a few by brute force, one of them both ways", () => {
    const adminBlocked = users.filter((u) => u.blocked === true);
    expect(adminBlocked.length).toBeGreaterThanOrEqual(2);
    expect(state.bruteForceBlocks.length).toBeGreaterThanOrEqual(5);
    for (const block of state.bruteForceBlocks) {
      const user = state.users.get(block.user_id)!;
      expect(isDatabase(user)).toBe(true);
      expect([user.email, user.username, user.phone_number]).toContain(block.identifier);
      expect(block.connection).toBe(user.identities[0]!.connection);
    }
    expect(state.bruteForceBlocks.some((b) => state.users.get(b.user_id)!.blocked === true)).toBe(true);
  });
});

describe("seeded authorization, organizations and activity", () => {
  it("has about ten roles over two APIs, granted directly and through roles", () => {
    expect(state.resourceServers).toHaveLength(2);
    expect(state.roles.size).toBe(10);
    const defined = new Set(state.resourceServers.flatMap((rs) => rs.scopes.map((s) => `${rs.identifier} ${s.value}`)));
    for (const [id, role] of state.roles) {
      expect(role.id).toBe(id);
      expect(id).toMatch(/^rol_[A-Za-z0-9]{16}$/);
      for (const p of state.rolePermissions.get(id) ?? [])
        expect(defined.has(`${p.resource_server_identifier} ${p.permission_name}`)).toBe(true);
    }
    for (const [userId, roleIds] of state.userRoles) {
      expect(state.users.has(userId)).toBe(true);
      expect(new Set(roleIds).size).toBe(roleIds.length);
      for (const roleId of roleIds) expect(state.roles.has(roleId)).toBe(true);
    }
    for (const perms of state.userPermissions.values()) {
      for (const p of perms) expect(defined.has(`${p.resource_server_identifier} ${p.permission_name}`)).toBe(true);
    }
    expect(state.userRoles.size).toBeGreaterThan(0);
    expect(state.userPermissions.size).toBeGreaterThan(0);
  });

  it("has organizations with branding, metadata and members", () => {
    expect(state.organizations.size).toBeGreaterThanOrEqual(3);
    for (const [id, org] of state.organizations) {
      expect(id).toMatch(/^org_[A-Za-z0-9]{16}$/);
      expect(org.name).toMatch(/^[a-z0-9-]{1,50}$/);
      expect(org.branding?.colors?.primary).toMatch(/^#[0-9a-f]{6}$/);
      for (const member of state.organizationMembers.get(id) ?? []) expect(state.users.has(member)).toBe(true);
    }
    expect([...state.organizationMembers.values()].some((m) => m.length > 0)).toBe(true);
  });

  it("keeps sessions oldest first and links some refresh tokens to the user's own sessions", () => {
    expect(Math.max(...[...state.sessions.values()].map((s) => s.length))).toBeGreaterThanOrEqual(3);
    let linked = 0;
    for (const [userId, sessions] of state.sessions) {
      const created = sessions.map((s) => s.created_at);
      expect(created).toEqual([...created].sort());
      for (const s of sessions) expect(s.user_id).toBe(userId);
    }
    for (const [userId, tokens] of state.refreshTokens) {
      for (const token of tokens) {
        expect(token.user_id).toBe(userId);
        if (token.session_id === null) continue;
        linked += 1;
        expect(state.sessions.get(userId)?.some((s) => s.id === token.session_id)).toBe(true);
      }
    }
    expect(linked).toBeGreaterThan(0);
  });

  it("gives refresh tokens unique ids that POST /refresh-tokens/revoke takes (at most 30 characters)", () => {
    const ids = [...state.refreshTokens.values()].flat().map((token) => token.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]{1,30}$/);
  });

  it("writes several logs per user, in date and log_id order, with unique log_ids", () => {
    const ids = new Set<string>();
    for (const [userId, logs] of state.logs) {
      expect(logs.length).toBeGreaterThan(0);
      const logIds = logs.map((l) => l.log_id);
      expect(logIds).toEqual([...logIds].sort());
      for (const log of logs) {
        expect(log.user_id).toBe(userId);
        expect(log.log_id).toMatch(/^\d{56}$/);
        ids.add(log.log_id);
      }
    }
    const total = [...state.logs.values()].reduce((n, l) => n + l.length, 0);
    expect(ids.size).toBe(total);
    expect(total / state.logs.size).toBeGreaterThan(2);
    const types = new Set([...state.logs.values()].flat().map((l) => l.type));
    for (const type of ["s", "f", "sapi", "slo", "ss"]) expect(types.has(type)).toBe(true);
  });

  it("enrolls Guardian users with enrollments, a recovery code and matching authentication methods", () => {
    const guardian = users.filter((u) => u.multifactor?.includes("guardian"));
    expect(guardian.length).toBeGreaterThanOrEqual(4);
    for (const user of guardian) {
      expect(state.enrollments.get(user.user_id)?.some((e) => e.status === "confirmed")).toBe(true);
      expect(state.recoveryCodes.get(user.user_id)).toMatch(/^[A-Z0-9]{24}$/);
      expect(state.authenticationMethods.get(user.user_id)?.some((m) => m.type === "recovery-code")).toBe(true);
    }
    for (const userId of state.enrollments.keys()) expect(state.users.get(userId)!.multifactor).toContain("guardian");
    expect(users.some((u) => u.multifactor?.includes("google-authenticator") || u.multifactor?.includes("duo"))).toBe(true);
    const methods = [...state.authenticationMethods.values()].flat();
    for (const m of methods.filter((m) => m.link_id)) expect(methods.some((other) => other.id === m.link_id)).toBe(true);
  });
});

describe("every seeded object matches the contract's response schema", () => {
  const ok = (method: string, path: string, body: unknown) => expect(responseProblems(method, path, 200, body), path).toEqual([]);

  it("users, identities, roles, permissions and organizations", () => {
    for (const user of users) ok("GET", `/users/${enc(user.user_id)}`, user);
    ok("GET", "/users/x/roles", [...state.roles.values()]);
    ok("GET", "/users/x/permissions", [...state.userPermissions.values()].flat());
    ok("GET", "/users/x/organizations", [...state.organizations.values()]);
  });

  it("sessions, refresh tokens, logs, enrollments, authentication methods and blocks", () => {
    for (const session of [...state.sessions.values()].flat()) ok("GET", `/sessions/${session.id}`, session);
    for (const token of [...state.refreshTokens.values()].flat()) ok("GET", `/refresh-tokens/${token.id}`, token);
    ok("GET", "/users/x/logs", [...state.logs.values()].flat());
    ok("GET", "/users/x/enrollments", [...state.enrollments.values()].flat());
    for (const method of [...state.authenticationMethods.values()].flat())
      ok("GET", `/users/x/authentication-methods/${enc(method.id)}`, method);
    ok("GET", "/user-blocks/x", { blocked_for: state.bruteForceBlocks.map(({ user_id: _u, ...block }) => block) });
  });
});

describe("seeding at scale", () => {
  it("seeds 100,000 users with every connection and the related records", () => {
    const big = seedState({ users: 100_000, seed: 1 });
    expect(big.users.size).toBe(100_000);
    const byConnection = new Map<string, number>();
    for (const user of big.users.values()) {
      const name = user.identities[0]!.connection;
      byConnection.set(name, (byConnection.get(name) ?? 0) + 1);
    }
    expect([...byConnection.keys()].sort()).toEqual(big.connections.map((c) => c.name).sort());
    expect(big.logs.size).toBe(100_000);
    expect(big.bruteForceBlocks.length).toBeGreaterThan(100);
  }, 60_000);
});
