import { describe, expect, it } from "vitest";
import type { StoredUser } from "../../src/emulator/state.js";
import { isNotFound, type User } from "../../src/upstream/index.js";
import { count, sharedUpstreamEmulator, userIds } from "./support.js";

let serial = 0;
const upstream = sharedUpstreamEmulator({ users: 40, seed: 11, client: {}, resetStats: false });

const DB = "Username-Password-Authentication";

function storedUser(id: string): StoredUser {
  const user = upstream.emulator.state.users.get(id);
  if (!user) throw new Error(`no user ${id} in the upstream.emulator`);
  return user;
}

/** The first seeded user (in id order) for which `has` holds. */
function seededUser(what: string, has: (id: string, user: StoredUser) => boolean): string {
  const id = userIds(upstream.emulator).find((candidate) => has(candidate, storedUser(candidate)));
  if (!id) throw new Error(`the seed has no user with ${what}`);
  return id;
}

async function newUser(extra: Partial<{ email: string; user_metadata: Record<string, unknown> }> = {}): Promise<User> {
  serial += 1;
  return upstream.client.createUser({
    connection: DB,
    email: `upstream-${serial}@example.com`,
    password: "Sup3r-secret-pw!",
    ...extra,
  });
}

const sorted = <T>(values: T[]) => [...values].sort();

describe("users", () => {
  it("searchUsers: a Lucene query (search_engine v3), sort, fields, offset pages with and without totals", async () => {
    const id = userIds(upstream.emulator)[3]!;
    const { email } = storedUser(id);
    const found = await upstream.client.searchUsers({ q: `email:"${email}"` });
    expect(found.items.map((u) => u.user_id)).toEqual([id]);
    expect(found.total).toBeUndefined();

    const page = await upstream.client.searchUsers({ page: 1, perPage: 5, includeTotals: true, sort: "email:1" });
    expect(page.total).toBe(upstream.emulator.state.users.size);
    expect(page).toMatchObject({ start: 5, limit: 5 });
    expect(page.items).toHaveLength(5);
    const emails = page.items.map((u) => u.email ?? "");
    expect(emails).toEqual([...emails].sort());

    const slim = await upstream.client.searchUsers({ perPage: 3, fields: ["user_id", "email"] });
    expect(slim.items).toHaveLength(3);
    for (const user of slim.items) {
      expect(user.user_id).toBeDefined();
      for (const key of Object.keys(user)) expect(["email", "user_id"]).toContain(key);
    }
  });

  it("getUser and getUsersByEmail: a user by id (path-encoded) or exact email, with field selection", async () => {
    const id = seededUser("an email", (_, u) => u.email !== undefined);
    const stored = storedUser(id);
    const user = await upstream.client.getUser(id);
    expect(user).toMatchObject({ user_id: id, email: stored.email, created_at: stored.created_at });
    expect(user.identities?.length).toBe(stored.identities.length);

    const slim = await upstream.client.getUser(id, { fields: ["email"], includeFields: true });
    expect(slim).toEqual({ email: stored.email });
    const withoutEmail = await upstream.client.getUser(id, { fields: ["email"], includeFields: false });
    expect(withoutEmail.user_id).toBe(id);
    expect(withoutEmail.email).toBeUndefined();

    const byEmail = await upstream.client.getUsersByEmail(stored.email!);
    expect(byEmail.map((u) => u.user_id)).toContain(id);
    expect(await upstream.client.getUsersByEmail("nobody-at-all@example.com")).toEqual([]);
  });

  it("createUser → getUser → updateUser → deleteUser", async () => {
    const created = await newUser({ user_metadata: { plan: "free", color: "blue" } });
    expect(created.user_id).toMatch(/^auth0\|/);
    expect(upstream.emulator.state.users.get(created.user_id)?.email).toBe(created.email);

    const fetched = await upstream.client.getUser(created.user_id);
    expect(fetched).toMatchObject({ user_id: created.user_id, email: created.email, user_metadata: { plan: "free", color: "blue" } });

    const updated = await upstream.client.updateUser(created.user_id, { given_name: "Ada", user_metadata: { plan: "gold" } });
    expect(updated).toMatchObject({ given_name: "Ada", user_metadata: { plan: "gold", color: "blue" } });
    expect(storedUser(created.user_id).given_name).toBe("Ada");

    await upstream.client.deleteUser(created.user_id);
    expect(upstream.emulator.state.users.has(created.user_id)).toBe(false);
    const error = await upstream.client.getUser(created.user_id).catch((e: unknown) => e);
    expect(isNotFound(error)).toBe(true);
  });

  it("createUser: a conflict is Auth0's 409", async () => {
    const created = await newUser();
    const error = await upstream.client
      .createUser({ connection: DB, email: created.email!, password: "Sup3r-secret-pw!" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 409, kind: "http", route: "/users" });
  });
});

describe("identities", () => {
  it("linkUserIdentity and unlinkUserIdentity", async () => {
    const primary = await newUser();
    const secondary = await newUser();
    const secondaryId = secondary.user_id.slice("auth0|".length);
    const linked = await upstream.client.linkUserIdentity(primary.user_id, { provider: "auth0", user_id: secondaryId });
    expect(linked.map((i) => `${i.provider}|${i.user_id}`)).toEqual(
      storedUser(primary.user_id).identities.map((i) => `${i.provider}|${i.user_id}`),
    );
    expect(linked).toHaveLength(2);
    expect(upstream.emulator.state.users.has(secondary.user_id)).toBe(false);

    const remaining = await upstream.client.unlinkUserIdentity(primary.user_id, "auth0", secondaryId);
    expect(remaining).toHaveLength(1);
    expect(storedUser(primary.user_id).identities).toHaveLength(1);
    expect(upstream.emulator.state.users.has(secondary.user_id)).toBe(true);
  });
});

describe("roles, permissions and organizations of a user", () => {
  it("getUserRoles, assignUserRoles, removeUserRoles", async () => {
    const id = seededUser("roles", (uid) => (upstream.emulator.state.userRoles.get(uid)?.length ?? 0) > 0);
    const page = await upstream.client.getUserRoles(id, { includeTotals: true });
    expect(sorted(page.items.map((r) => r.id!))).toEqual(sorted(upstream.emulator.state.userRoles.get(id)!));
    expect(page.total).toBe(upstream.emulator.state.userRoles.get(id)!.length);

    const user = await newUser();
    const roleIds = [...upstream.emulator.state.roles.keys()].slice(0, 2);
    await upstream.client.assignUserRoles(user.user_id, roleIds);
    expect(sorted(upstream.emulator.state.userRoles.get(user.user_id) ?? [])).toEqual(sorted(roleIds));
    expect(sorted((await upstream.client.getUserRoles(user.user_id)).items.map((r) => r.id!))).toEqual(sorted(roleIds));
    await upstream.client.removeUserRoles(user.user_id, [roleIds[0]!]);
    expect(upstream.emulator.state.userRoles.get(user.user_id) ?? []).toEqual([roleIds[1]]);
  });

  it("getUserPermissions, assignUserPermissions, removeUserPermissions", async () => {
    const key = (p: { resource_server_identifier?: string; permission_name?: string }) =>
      `${p.resource_server_identifier} ${p.permission_name}`;
    const id = seededUser("direct permissions", (uid) => (upstream.emulator.state.userPermissions.get(uid)?.length ?? 0) > 0);
    const page = await upstream.client.getUserPermissions(id, { perPage: 100 });
    for (const direct of upstream.emulator.state.userPermissions.get(id)!) expect(page.items.map(key)).toContain(key(direct));

    const user = await newUser();
    const server = upstream.emulator.state.resourceServers[0]!;
    const wanted = server.scopes.slice(0, 2).map((s) => ({ resource_server_identifier: server.identifier, permission_name: s.value }));
    await upstream.client.assignUserPermissions(user.user_id, wanted);
    expect(sorted((upstream.emulator.state.userPermissions.get(user.user_id) ?? []).map(key))).toEqual(sorted(wanted.map(key)));
    expect(sorted((await upstream.client.getUserPermissions(user.user_id)).items.map(key))).toEqual(sorted(wanted.map(key)));
    await upstream.client.removeUserPermissions(user.user_id, [wanted[0]!]);
    expect((upstream.emulator.state.userPermissions.get(user.user_id) ?? []).map(key)).toEqual([key(wanted[1]!)]);
  });

  it("getUserOrganizations", async () => {
    const memberOf = (uid: string) =>
      [...upstream.emulator.state.organizationMembers].filter(([, members]) => members.includes(uid)).map(([org]) => org);
    const id = seededUser("organizations", (uid) => memberOf(uid).length > 0);
    const page = await upstream.client.getUserOrganizations(id, { includeTotals: true });
    expect(sorted(page.items.map((o) => o.id!))).toEqual(sorted(memberOf(id)));
    expect(page.total).toBe(memberOf(id).length);
  });
});

describe("logs, enrollments and MFA", () => {
  it("getUserLogs: pages and totals", async () => {
    const id = seededUser("several logs", (uid) => (upstream.emulator.state.logs.get(uid)?.length ?? 0) >= 3);
    const stored = upstream.emulator.state.logs.get(id)!;
    const page = await upstream.client.getUserLogs(id, { page: 0, perPage: 2, includeTotals: true, sort: "date:-1" });
    expect(page.total).toBe(stored.length);
    expect(page.items).toHaveLength(2);
    for (const log of page.items) expect(stored.map((l) => l.log_id)).toContain(log.log_id);
    const all = await upstream.client.getUserLogs(id, { perPage: 100 });
    expect(sorted(all.items.map((l) => l.log_id!))).toEqual(sorted(stored.map((l) => l.log_id)));
  });

  it("getUserEnrollments, regenerateRecoveryCode, invalidateRememberBrowser, deleteUserAuthenticators", async () => {
    const id = seededUser(
      "a confirmed enrollment",
      (uid) => upstream.emulator.state.enrollments.get(uid)?.some((e) => e.status === "confirmed") ?? false,
    );
    const enrollments = await upstream.client.getUserEnrollments(id);
    const confirmed = upstream.emulator.state.enrollments
      .get(id)!
      .filter((e) => e.status === "confirmed")
      .map((e) => e.id);
    expect(enrollments.length).toBeGreaterThan(0);
    for (const enrollment of enrollments) expect(confirmed).toContain(enrollment.id);

    const { recovery_code } = await upstream.client.regenerateRecoveryCode(id);
    expect(recovery_code).toBe(upstream.emulator.state.recoveryCodes.get(id));

    await upstream.client.invalidateRememberBrowser(id);
    expect(count(upstream.emulator, "POST /api/v2/users/{id}/multifactor/actions/invalidate-remember-browser")).toBe(1);

    await upstream.client.deleteUserAuthenticators(id);
    expect(upstream.emulator.state.enrollments.get(id) ?? []).toEqual([]);
    expect(await upstream.client.getUserEnrollments(id)).toEqual([]);
    const error = await upstream.client.regenerateRecoveryCode(id).catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 404, errorCode: "enrollment_not_found" });
  });

  it("deleteUserMultifactorProvider", async () => {
    const legacy = (u: StoredUser) => u.multifactor?.find((p) => p === "duo" || p === "google-authenticator");
    const id = seededUser("a duo or google-authenticator provider", (_, u) => legacy(u) !== undefined);
    const provider = legacy(storedUser(id)) as "duo" | "google-authenticator";
    await upstream.client.deleteUserMultifactorProvider(id, provider);
    expect(storedUser(id).multifactor ?? []).not.toContain(provider);
    const again = await upstream.client.deleteUserMultifactorProvider(id, provider).catch((e: unknown) => e);
    expect(again).toMatchObject({ statusCode: 404 });
  });
});

describe("authentication methods", () => {
  it("list, get, create, update, delete one, replace all, delete all", async () => {
    const seeded = seededUser("authentication methods", (uid) => (upstream.emulator.state.authenticationMethods.get(uid)?.length ?? 0) > 0);
    const page = await upstream.client.getUserAuthenticationMethods(seeded, { includeTotals: true });
    const storedIds = upstream.emulator.state.authenticationMethods.get(seeded)!.map((m) => m.id);
    expect(sorted(page.items.map((m) => m.id))).toEqual(sorted(storedIds));
    expect(page.total).toBe(storedIds.length);
    const one = await upstream.client.getUserAuthenticationMethod(seeded, storedIds[0]!);
    expect(one.id).toBe(storedIds[0]);

    const user = await newUser();
    const created = await upstream.client.createUserAuthenticationMethod(user.user_id, {
      type: "email",
      email: user.email!,
      name: "Work mail",
    });
    expect(created).toMatchObject({ type: "email", email: user.email });
    const methods = upstream.emulator.state.authenticationMethods.get(user.user_id)!;
    expect(methods).toHaveLength(1);
    const methodId = methods[0]!.id;

    const renamed = await upstream.client.updateUserAuthenticationMethod(user.user_id, methodId, { name: "Home mail" });
    expect(renamed.name).toBe("Home mail");
    expect(upstream.emulator.state.authenticationMethods.get(user.user_id)![0]!.name).toBe("Home mail");

    await upstream.client.deleteUserAuthenticationMethod(user.user_id, methodId);
    expect(upstream.emulator.state.authenticationMethods.get(user.user_id) ?? []).toEqual([]);

    const replaced = await upstream.client.replaceUserAuthenticationMethods(user.user_id, [
      { type: "phone", phone_number: "+15551234567", preferred_authentication_method: "sms" },
      { type: "email", email: user.email! },
    ]);
    expect(replaced.map((m) => m.type)).toEqual(["phone", "email"]);
    expect(sorted(upstream.emulator.state.authenticationMethods.get(user.user_id)!.map((m) => m.type))).toEqual(["email", "phone"]);

    await upstream.client.deleteUserAuthenticationMethods(user.user_id);
    expect(upstream.emulator.state.authenticationMethods.get(user.user_id) ?? []).toEqual([]);
  });
});

describe("sessions and refresh tokens", () => {
  it("getUserSessions follows checkpoint pages; getSession, deleteSession, deleteUserSessions", async () => {
    const id = seededUser("two sessions", (uid) => (upstream.emulator.state.sessions.get(uid)?.length ?? 0) >= 2);
    const storedIds = upstream.emulator.state.sessions.get(id)!.map((s) => s.id);
    const seen: string[] = [];
    let from: string | undefined;
    do {
      const page = await upstream.client.getUserSessions(id, { take: 1, ...(from ? { from } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((s) => s.id!));
      from = page.next;
    } while (from);
    expect(sorted(seen)).toEqual(sorted(storedIds));

    const session = await upstream.client.getSession(storedIds[0]!);
    expect(session).toMatchObject({ id: storedIds[0], user_id: id });
    await upstream.client.deleteSession(storedIds[0]!);
    expect(upstream.emulator.state.sessions.get(id)?.map((s) => s.id) ?? []).not.toContain(storedIds[0]);
    expect(isNotFound(await upstream.client.getSession(storedIds[0]!).catch((e: unknown) => e))).toBe(true);

    await upstream.client.deleteUserSessions(id);
    expect(upstream.emulator.state.sessions.get(id) ?? []).toEqual([]);
    expect((await upstream.client.getUserSessions(id)).items).toEqual([]);
  });

  it("getUserRefreshTokens follows checkpoint pages; getRefreshToken, deleteRefreshToken, deleteUserRefreshTokens", async () => {
    const id = seededUser("two refresh tokens", (uid) => (upstream.emulator.state.refreshTokens.get(uid)?.length ?? 0) >= 2);
    const storedIds = upstream.emulator.state.refreshTokens.get(id)!.map((t) => t.id);
    const seen: string[] = [];
    let from: string | undefined;
    do {
      const page = await upstream.client.getUserRefreshTokens(id, { take: 1, ...(from ? { from } : {}) });
      seen.push(...page.items.map((t) => t.id!));
      from = page.next;
    } while (from);
    expect(sorted(seen)).toEqual(sorted(storedIds));

    const token = await upstream.client.getRefreshToken(storedIds[0]!);
    expect(token).toMatchObject({ id: storedIds[0], user_id: id });
    await upstream.client.deleteRefreshToken(storedIds[0]!);
    expect(upstream.emulator.state.refreshTokens.get(id)?.map((t) => t.id) ?? []).not.toContain(storedIds[0]);

    await upstream.client.deleteUserRefreshTokens(id);
    expect(upstream.emulator.state.refreshTokens.get(id) ?? []).toEqual([]);
    expect((await upstream.client.getUserRefreshTokens(id)).items).toEqual([]);
  });
});

describe("user blocks", () => {
  it("by user id and by identifier", async () => {
    const blocked = [...new Set(upstream.emulator.state.bruteForceBlocks.map((b) => b.user_id))].sort();
    expect(blocked.length).toBeGreaterThanOrEqual(2);
    const [first, second] = blocked as [string, string];

    const byId = await upstream.client.getUserBlocks(first, { considerBruteForceEnablement: true });
    const storedFirst = upstream.emulator.state.bruteForceBlocks.filter((b) => b.user_id === first);
    expect(sorted(byId.blocked_for.map((b) => b.identifier))).toEqual(sorted(storedFirst.map((b) => b.identifier)));
    await upstream.client.deleteUserBlocks(first);
    expect(upstream.emulator.state.bruteForceBlocks.filter((b) => b.user_id === first)).toEqual([]);
    expect((await upstream.client.getUserBlocks(first)).blocked_for).toEqual([]);

    const identifier = upstream.emulator.state.bruteForceBlocks.find((b) => b.user_id === second)!.identifier;
    const byIdentifier = await upstream.client.getUserBlocksByIdentifier(identifier);
    expect(byIdentifier.blocked_for.length).toBeGreaterThan(0);
    expect(byIdentifier.blocked_for.map((b) => b.identifier)).toContain(identifier);
    await upstream.client.deleteUserBlocksByIdentifier(identifier);
    expect(upstream.emulator.state.bruteForceBlocks.filter((b) => b.user_id === second)).toEqual([]);
    expect((await upstream.client.getUserBlocksByIdentifier(identifier)).blocked_for).toEqual([]);
  });
});

describe("roles and organizations", () => {
  it("getRoles, getRole, getRolePermissions", async () => {
    const all = await upstream.client.getRoles({ perPage: 100, includeTotals: true });
    expect(all.total).toBe(upstream.emulator.state.roles.size);
    expect(sorted(all.items.map((r) => r.id!))).toEqual(sorted([...upstream.emulator.state.roles.keys()]));
    const [roleId, stored] = [...upstream.emulator.state.roles][0]!;
    const filtered = await upstream.client.getRoles({ nameFilter: stored.name });
    expect(filtered.items.map((r) => r.id)).toContain(roleId);

    expect(await upstream.client.getRole(roleId)).toMatchObject({ id: roleId, name: stored.name, description: stored.description });
    const permissions = await upstream.client.getRolePermissions(roleId, { perPage: 100 });
    const key = (p: { resource_server_identifier?: string; permission_name?: string }) =>
      `${p.resource_server_identifier} ${p.permission_name}`;
    expect(sorted(permissions.items.map(key))).toEqual(sorted((upstream.emulator.state.rolePermissions.get(roleId) ?? []).map(key)));
  });

  it("getRoleUsers (offset) and getRoleUsersCheckpoint (from/take)", async () => {
    const holders = (roleId: string) =>
      [...upstream.emulator.state.userRoles].filter(([, roles]) => roles.includes(roleId)).map(([uid]) => uid);
    const roleId = [...upstream.emulator.state.roles.keys()].find((r) => holders(r).length >= 2)!;
    expect(roleId).toBeDefined();

    const offset = await upstream.client.getRoleUsers(roleId, { perPage: 100, includeTotals: true });
    expect(sorted(offset.items.map((u) => u.user_id!))).toEqual(sorted(holders(roleId)));
    expect(offset.total).toBe(holders(roleId).length);

    const seen: string[] = [];
    let from: string | undefined;
    do {
      const page = await upstream.client.getRoleUsersCheckpoint(roleId, { take: 1, ...(from ? { from } : {}) });
      seen.push(...page.items.map((u) => u.user_id!));
      from = page.next;
    } while (from);
    expect(sorted(seen)).toEqual(sorted(holders(roleId)));
  });

  it("getOrganization", async () => {
    const [orgId, stored] = [...upstream.emulator.state.organizations][0]!;
    expect(await upstream.client.getOrganization(orgId)).toMatchObject({ id: orgId, name: stored.name, display_name: stored.display_name });
    expect(isNotFound(await upstream.client.getOrganization("org_doesnotexist00000").catch((e: unknown) => e))).toBe(true);
  });
});
