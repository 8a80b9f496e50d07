import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { StoredUser } from "../../src/emulator/state.js";
import { isNotFound, type ManagementClient, type User } from "../../src/upstream/index.js";
import { clientFor, count, expectCleanLogs, startUpstreamEmulator, userIds } from "./support.js";

let emulator: RunningEmulator;
let client: ManagementClient;
let serial = 0;

beforeAll(async () => {
  emulator = await startUpstreamEmulator({ users: 40, seed: 11 });
  ({ client } = clientFor(emulator));
});

afterAll(async () => {
  await client.close();
  await emulator.close();
  expectCleanLogs();
});

const DB = "Username-Password-Authentication";

function storedUser(id: string): StoredUser {
  const user = emulator.state.users.get(id);
  if (!user) throw new Error(`no user ${id} in the emulator`);
  return user;
}

/** The first seeded user (in id order) for which `has` holds. */
function seededUser(what: string, has: (id: string, user: StoredUser) => boolean): string {
  const id = userIds(emulator).find((candidate) => has(candidate, storedUser(candidate)));
  if (!id) throw new Error(`the seed has no user with ${what}`);
  return id;
}

async function newUser(extra: Partial<{ email: string; user_metadata: Record<string, unknown> }> = {}): Promise<User> {
  serial += 1;
  return client.createUser({
    connection: DB,
    email: `upstream-${serial}@example.com`,
    password: "Sup3r-secret-pw!",
    ...extra,
  });
}

const sorted = <T>(values: T[]) => [...values].sort();

describe("users", () => {
  it("searchUsers: a Lucene query (search_engine v3), sort, fields, offset pages with and without totals", async () => {
    const id = userIds(emulator)[3]!;
    const { email } = storedUser(id);
    const found = await client.searchUsers({ q: `email:"${email}"` });
    expect(found.items.map((u) => u.user_id)).toEqual([id]);
    expect(found.total).toBeUndefined();

    const page = await client.searchUsers({ page: 1, perPage: 5, includeTotals: true, sort: "email:1" });
    expect(page.total).toBe(emulator.state.users.size);
    expect(page).toMatchObject({ start: 5, limit: 5 });
    expect(page.items).toHaveLength(5);
    const emails = page.items.map((u) => u.email ?? "");
    expect(emails).toEqual([...emails].sort());

    const slim = await client.searchUsers({ perPage: 3, fields: ["user_id", "email"] });
    expect(slim.items).toHaveLength(3);
    for (const user of slim.items) {
      expect(user.user_id).toBeDefined();
      for (const key of Object.keys(user)) expect(["email", "user_id"]).toContain(key);
    }
  });

  it("getUser and getUsersByEmail: a user by id (path-encoded) or exact email, with field selection", async () => {
    const id = seededUser("an email", (_, u) => u.email !== undefined);
    const stored = storedUser(id);
    const user = await client.getUser(id);
    expect(user).toMatchObject({ user_id: id, email: stored.email, created_at: stored.created_at });
    expect(user.identities?.length).toBe(stored.identities.length);

    const slim = await client.getUser(id, { fields: ["email"], includeFields: true });
    expect(slim).toEqual({ email: stored.email });
    const withoutEmail = await client.getUser(id, { fields: ["email"], includeFields: false });
    expect(withoutEmail.user_id).toBe(id);
    expect(withoutEmail.email).toBeUndefined();

    const byEmail = await client.getUsersByEmail(stored.email!);
    expect(byEmail.map((u) => u.user_id)).toContain(id);
    expect(await client.getUsersByEmail("nobody-at-all@example.com")).toEqual([]);
  });

  it("createUser → getUser → updateUser → deleteUser", async () => {
    const created = await newUser({ user_metadata: { plan: "free", color: "blue" } });
    expect(created.user_id).toMatch(/^auth0\|/);
    expect(emulator.state.users.get(created.user_id)?.email).toBe(created.email);

    const fetched = await client.getUser(created.user_id);
    expect(fetched).toMatchObject({ user_id: created.user_id, email: created.email, user_metadata: { plan: "free", color: "blue" } });

    const updated = await client.updateUser(created.user_id, { given_name: "Ada", user_metadata: { plan: "gold" } });
    expect(updated).toMatchObject({ given_name: "Ada", user_metadata: { plan: "gold", color: "blue" } });
    expect(storedUser(created.user_id).given_name).toBe("Ada");

    await client.deleteUser(created.user_id);
    expect(emulator.state.users.has(created.user_id)).toBe(false);
    const error = await client.getUser(created.user_id).catch((e: unknown) => e);
    expect(isNotFound(error)).toBe(true);
  });

  it("createUser: a conflict is Auth0's 409", async () => {
    const created = await newUser();
    const error = await client.createUser({ connection: DB, email: created.email!, password: "Sup3r-secret-pw!" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 409, kind: "http", route: "/users" });
  });
});

describe("identities", () => {
  it("linkUserIdentity and unlinkUserIdentity", async () => {
    const primary = await newUser();
    const secondary = await newUser();
    const secondaryId = secondary.user_id.slice("auth0|".length);
    const linked = await client.linkUserIdentity(primary.user_id, { provider: "auth0", user_id: secondaryId });
    expect(linked.map((i) => `${i.provider}|${i.user_id}`)).toEqual(
      storedUser(primary.user_id).identities.map((i) => `${i.provider}|${i.user_id}`),
    );
    expect(linked).toHaveLength(2);
    expect(emulator.state.users.has(secondary.user_id)).toBe(false);

    const remaining = await client.unlinkUserIdentity(primary.user_id, "auth0", secondaryId);
    expect(remaining).toHaveLength(1);
    expect(storedUser(primary.user_id).identities).toHaveLength(1);
    expect(emulator.state.users.has(secondary.user_id)).toBe(true);
  });
});

describe("roles, permissions and organizations of a user", () => {
  it("getUserRoles, assignUserRoles, removeUserRoles", async () => {
    const id = seededUser("roles", (uid) => (emulator.state.userRoles.get(uid)?.length ?? 0) > 0);
    const page = await client.getUserRoles(id, { includeTotals: true });
    expect(sorted(page.items.map((r) => r.id!))).toEqual(sorted(emulator.state.userRoles.get(id)!));
    expect(page.total).toBe(emulator.state.userRoles.get(id)!.length);

    const user = await newUser();
    const roleIds = [...emulator.state.roles.keys()].slice(0, 2);
    await client.assignUserRoles(user.user_id, roleIds);
    expect(sorted(emulator.state.userRoles.get(user.user_id) ?? [])).toEqual(sorted(roleIds));
    expect(sorted((await client.getUserRoles(user.user_id)).items.map((r) => r.id!))).toEqual(sorted(roleIds));
    await client.removeUserRoles(user.user_id, [roleIds[0]!]);
    expect(emulator.state.userRoles.get(user.user_id) ?? []).toEqual([roleIds[1]]);
  });

  it("getUserPermissions, assignUserPermissions, removeUserPermissions", async () => {
    const key = (p: { resource_server_identifier?: string; permission_name?: string }) =>
      `${p.resource_server_identifier} ${p.permission_name}`;
    const id = seededUser("direct permissions", (uid) => (emulator.state.userPermissions.get(uid)?.length ?? 0) > 0);
    const page = await client.getUserPermissions(id, { perPage: 100 });
    for (const direct of emulator.state.userPermissions.get(id)!) expect(page.items.map(key)).toContain(key(direct));

    const user = await newUser();
    const server = emulator.state.resourceServers[0]!;
    const wanted = server.scopes.slice(0, 2).map((s) => ({ resource_server_identifier: server.identifier, permission_name: s.value }));
    await client.assignUserPermissions(user.user_id, wanted);
    expect(sorted((emulator.state.userPermissions.get(user.user_id) ?? []).map(key))).toEqual(sorted(wanted.map(key)));
    expect(sorted((await client.getUserPermissions(user.user_id)).items.map(key))).toEqual(sorted(wanted.map(key)));
    await client.removeUserPermissions(user.user_id, [wanted[0]!]);
    expect((emulator.state.userPermissions.get(user.user_id) ?? []).map(key)).toEqual([key(wanted[1]!)]);
  });

  it("getUserOrganizations", async () => {
    const memberOf = (uid: string) =>
      [...emulator.state.organizationMembers].filter(([, members]) => members.includes(uid)).map(([org]) => org);
    const id = seededUser("organizations", (uid) => memberOf(uid).length > 0);
    const page = await client.getUserOrganizations(id, { includeTotals: true });
    expect(sorted(page.items.map((o) => o.id!))).toEqual(sorted(memberOf(id)));
    expect(page.total).toBe(memberOf(id).length);
  });
});

describe("logs, enrollments and MFA", () => {
  it("getUserLogs: pages and totals", async () => {
    const id = seededUser("several logs", (uid) => (emulator.state.logs.get(uid)?.length ?? 0) >= 3);
    const stored = emulator.state.logs.get(id)!;
    const page = await client.getUserLogs(id, { page: 0, perPage: 2, includeTotals: true, sort: "date:-1" });
    expect(page.total).toBe(stored.length);
    expect(page.items).toHaveLength(2);
    for (const log of page.items) expect(stored.map((l) => l.log_id)).toContain(log.log_id);
    const all = await client.getUserLogs(id, { perPage: 100 });
    expect(sorted(all.items.map((l) => l.log_id!))).toEqual(sorted(stored.map((l) => l.log_id)));
  });

  it("getUserEnrollments, regenerateRecoveryCode, invalidateRememberBrowser, deleteUserAuthenticators", async () => {
    const id = seededUser(
      "a confirmed enrollment",
      (uid) => emulator.state.enrollments.get(uid)?.some((e) => e.status === "confirmed") ?? false,
    );
    const enrollments = await client.getUserEnrollments(id);
    const confirmed = emulator.state.enrollments
      .get(id)!
      .filter((e) => e.status === "confirmed")
      .map((e) => e.id);
    expect(enrollments.length).toBeGreaterThan(0);
    for (const enrollment of enrollments) expect(confirmed).toContain(enrollment.id);

    const { recovery_code } = await client.regenerateRecoveryCode(id);
    expect(recovery_code).toBe(emulator.state.recoveryCodes.get(id));

    await client.invalidateRememberBrowser(id);
    expect(count(emulator, "POST /api/v2/users/{id}/multifactor/actions/invalidate-remember-browser")).toBe(1);

    await client.deleteUserAuthenticators(id);
    expect(emulator.state.enrollments.get(id) ?? []).toEqual([]);
    expect(await client.getUserEnrollments(id)).toEqual([]);
    const error = await client.regenerateRecoveryCode(id).catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 404, errorCode: "enrollment_not_found" });
  });

  it("deleteUserMultifactorProvider", async () => {
    const legacy = (u: StoredUser) => u.multifactor?.find((p) => p === "duo" || p === "google-authenticator");
    const id = seededUser("a duo or google-authenticator provider", (_, u) => legacy(u) !== undefined);
    const provider = legacy(storedUser(id)) as "duo" | "google-authenticator";
    await client.deleteUserMultifactorProvider(id, provider);
    expect(storedUser(id).multifactor ?? []).not.toContain(provider);
    const again = await client.deleteUserMultifactorProvider(id, provider).catch((e: unknown) => e);
    expect(again).toMatchObject({ statusCode: 404 });
  });
});

describe("authentication methods", () => {
  it("list, get, create, update, delete one, replace all, delete all", async () => {
    const seeded = seededUser("authentication methods", (uid) => (emulator.state.authenticationMethods.get(uid)?.length ?? 0) > 0);
    const page = await client.getUserAuthenticationMethods(seeded, { includeTotals: true });
    const storedIds = emulator.state.authenticationMethods.get(seeded)!.map((m) => m.id);
    expect(sorted(page.items.map((m) => m.id))).toEqual(sorted(storedIds));
    expect(page.total).toBe(storedIds.length);
    const one = await client.getUserAuthenticationMethod(seeded, storedIds[0]!);
    expect(one.id).toBe(storedIds[0]);

    const user = await newUser();
    const created = await client.createUserAuthenticationMethod(user.user_id, { type: "email", email: user.email!, name: "Work mail" });
    expect(created).toMatchObject({ type: "email", email: user.email });
    const methods = emulator.state.authenticationMethods.get(user.user_id)!;
    expect(methods).toHaveLength(1);
    const methodId = methods[0]!.id;

    const renamed = await client.updateUserAuthenticationMethod(user.user_id, methodId, { name: "Home mail" });
    expect(renamed.name).toBe("Home mail");
    expect(emulator.state.authenticationMethods.get(user.user_id)![0]!.name).toBe("Home mail");

    await client.deleteUserAuthenticationMethod(user.user_id, methodId);
    expect(emulator.state.authenticationMethods.get(user.user_id) ?? []).toEqual([]);

    const replaced = await client.replaceUserAuthenticationMethods(user.user_id, [
      { type: "phone", phone_number: "+15551234567", preferred_authentication_method: "sms" },
      { type: "email", email: user.email! },
    ]);
    expect(replaced.map((m) => m.type)).toEqual(["phone", "email"]);
    expect(sorted(emulator.state.authenticationMethods.get(user.user_id)!.map((m) => m.type))).toEqual(["email", "phone"]);

    await client.deleteUserAuthenticationMethods(user.user_id);
    expect(emulator.state.authenticationMethods.get(user.user_id) ?? []).toEqual([]);
  });
});

describe("sessions and refresh tokens", () => {
  it("getUserSessions follows checkpoint pages; getSession, deleteSession, deleteUserSessions", async () => {
    const id = seededUser("two sessions", (uid) => (emulator.state.sessions.get(uid)?.length ?? 0) >= 2);
    const storedIds = emulator.state.sessions.get(id)!.map((s) => s.id);
    const seen: string[] = [];
    let from: string | undefined;
    do {
      const page = await client.getUserSessions(id, { take: 1, ...(from ? { from } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((s) => s.id!));
      from = page.next;
    } while (from);
    expect(sorted(seen)).toEqual(sorted(storedIds));

    const session = await client.getSession(storedIds[0]!);
    expect(session).toMatchObject({ id: storedIds[0], user_id: id });
    await client.deleteSession(storedIds[0]!);
    expect(emulator.state.sessions.get(id)?.map((s) => s.id) ?? []).not.toContain(storedIds[0]);
    expect(isNotFound(await client.getSession(storedIds[0]!).catch((e: unknown) => e))).toBe(true);

    await client.deleteUserSessions(id);
    expect(emulator.state.sessions.get(id) ?? []).toEqual([]);
    expect((await client.getUserSessions(id)).items).toEqual([]);
  });

  it("getUserRefreshTokens follows checkpoint pages; getRefreshToken, deleteRefreshToken, deleteUserRefreshTokens", async () => {
    const id = seededUser("two refresh tokens", (uid) => (emulator.state.refreshTokens.get(uid)?.length ?? 0) >= 2);
    const storedIds = emulator.state.refreshTokens.get(id)!.map((t) => t.id);
    const seen: string[] = [];
    let from: string | undefined;
    do {
      const page = await client.getUserRefreshTokens(id, { take: 1, ...(from ? { from } : {}) });
      seen.push(...page.items.map((t) => t.id!));
      from = page.next;
    } while (from);
    expect(sorted(seen)).toEqual(sorted(storedIds));

    const token = await client.getRefreshToken(storedIds[0]!);
    expect(token).toMatchObject({ id: storedIds[0], user_id: id });
    await client.deleteRefreshToken(storedIds[0]!);
    expect(emulator.state.refreshTokens.get(id)?.map((t) => t.id) ?? []).not.toContain(storedIds[0]);

    await client.deleteUserRefreshTokens(id);
    expect(emulator.state.refreshTokens.get(id) ?? []).toEqual([]);
    expect((await client.getUserRefreshTokens(id)).items).toEqual([]);
  });
});

describe("user blocks", () => {
  it("by user id and by identifier", async () => {
    const blocked = [...new Set(emulator.state.bruteForceBlocks.map((b) => b.user_id))].sort();
    expect(blocked.length).toBeGreaterThanOrEqual(2);
    const [first, second] = blocked as [string, string];

    const byId = await client.getUserBlocks(first, { considerBruteForceEnablement: true });
    const storedFirst = emulator.state.bruteForceBlocks.filter((b) => b.user_id === first);
    expect(sorted(byId.blocked_for.map((b) => b.identifier))).toEqual(sorted(storedFirst.map((b) => b.identifier)));
    await client.deleteUserBlocks(first);
    expect(emulator.state.bruteForceBlocks.filter((b) => b.user_id === first)).toEqual([]);
    expect((await client.getUserBlocks(first)).blocked_for).toEqual([]);

    const identifier = emulator.state.bruteForceBlocks.find((b) => b.user_id === second)!.identifier;
    const byIdentifier = await client.getUserBlocksByIdentifier(identifier);
    expect(byIdentifier.blocked_for.length).toBeGreaterThan(0);
    expect(byIdentifier.blocked_for.map((b) => b.identifier)).toContain(identifier);
    await client.deleteUserBlocksByIdentifier(identifier);
    expect(emulator.state.bruteForceBlocks.filter((b) => b.user_id === second)).toEqual([]);
    expect((await client.getUserBlocksByIdentifier(identifier)).blocked_for).toEqual([]);
  });
});

describe("roles and organizations", () => {
  it("getRoles, getRole, getRolePermissions", async () => {
    const all = await client.getRoles({ perPage: 100, includeTotals: true });
    expect(all.total).toBe(emulator.state.roles.size);
    expect(sorted(all.items.map((r) => r.id!))).toEqual(sorted([...emulator.state.roles.keys()]));
    const [roleId, stored] = [...emulator.state.roles][0]!;
    const filtered = await client.getRoles({ nameFilter: stored.name });
    expect(filtered.items.map((r) => r.id)).toContain(roleId);

    expect(await client.getRole(roleId)).toMatchObject({ id: roleId, name: stored.name, description: stored.description });
    const permissions = await client.getRolePermissions(roleId, { perPage: 100 });
    const key = (p: { resource_server_identifier?: string; permission_name?: string }) =>
      `${p.resource_server_identifier} ${p.permission_name}`;
    expect(sorted(permissions.items.map(key))).toEqual(sorted((emulator.state.rolePermissions.get(roleId) ?? []).map(key)));
  });

  it("getRoleUsers (offset) and getRoleUsersCheckpoint (from/take)", async () => {
    const holders = (roleId: string) => [...emulator.state.userRoles].filter(([, roles]) => roles.includes(roleId)).map(([uid]) => uid);
    const roleId = [...emulator.state.roles.keys()].find((r) => holders(r).length >= 2)!;
    expect(roleId).toBeDefined();

    const offset = await client.getRoleUsers(roleId, { perPage: 100, includeTotals: true });
    expect(sorted(offset.items.map((u) => u.user_id!))).toEqual(sorted(holders(roleId)));
    expect(offset.total).toBe(holders(roleId).length);

    const seen: string[] = [];
    let from: string | undefined;
    do {
      const page = await client.getRoleUsersCheckpoint(roleId, { take: 1, ...(from ? { from } : {}) });
      seen.push(...page.items.map((u) => u.user_id!));
      from = page.next;
    } while (from);
    expect(sorted(seen)).toEqual(sorted(holders(roleId)));
  });

  it("getOrganization", async () => {
    const [orgId, stored] = [...emulator.state.organizations][0]!;
    expect(await client.getOrganization(orgId)).toMatchObject({ id: orgId, name: stored.name, display_name: stored.display_name });
    expect(isNotFound(await client.getOrganization("org_doesnotexist00000").catch((e: unknown) => e))).toBe(true);
  });
});
