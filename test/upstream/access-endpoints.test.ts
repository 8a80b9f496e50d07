import { describe, expect, it } from "vitest";
import { organizationMemberKey } from "../../src/emulator/state.js";
import { isNotFound } from "../../src/upstream/index.js";
import { sharedUpstreamEmulator, userIds } from "./support.js";

// The client methods of effective access, groups, organization members, connected accounts,
// federated token sets, risk assessments and single-session/user-wide revocation.
const PLATFORM = "https://api.usergraph.dev/";
const upstream = sharedUpstreamEmulator({ users: 60, seed: 7, client: {}, resetStats: false });

const state = () => upstream.emulator.state;
const withAny = <V>(map: Map<string, V[]>) => userIds(upstream.emulator).find((id) => (map.get(id)?.length ?? 0) > 0)!;

describe("effective access and groups", () => {
  it("getUserEffectiveRoles follows checkpoint pages; getUserRoleSourceGroups names the granting groups", async () => {
    const userId = withAny(state().userGroups);
    const all = await upstream.client.getUserEffectiveRoles(userId);
    expect(all.next).toBeUndefined();
    expect(all.items.length).toBeGreaterThan(0);
    const first = await upstream.client.getUserEffectiveRoles(userId, { take: 1 });
    expect(first.items).toEqual(all.items.slice(0, 1));
    if (all.items.length > 1) expect(first.next).toBeDefined();
    const viaGroup = all.items.find((role) => role.sources?.includes("groups"))!;
    const groups = await upstream.client.getUserRoleSourceGroups(userId, viaGroup.id);
    expect(groups.items.length).toBeGreaterThan(0);
    for (const group of groups.items) expect(state().groupRoles.get(group.id!)).toContain(viaGroup.id);
  });

  it("getUserEffectivePermissions and getUserEffectivePermissionRoleSources", async () => {
    const userId = withAny(state().userGroups);
    const permissions = await upstream.client.getUserEffectivePermissions(userId, PLATFORM);
    expect(permissions.items.length).toBeGreaterThan(0);
    const viaRoles = permissions.items.find((p) => p.sources?.includes("roles"))!;
    const roles = await upstream.client.getUserEffectivePermissionRoleSources(userId, {
      resourceServerIdentifier: PLATFORM,
      permissionName: viaRoles.permission_name!,
    });
    expect(roles.items.length).toBeGreaterThan(0);
  });

  it("getUserGroups: offset pages with totals", async () => {
    const userId = withAny(state().userGroups);
    const page = await upstream.client.getUserGroups(userId, { includeTotals: true, perPage: 1, page: 0 });
    expect(page.total).toBe(state().userGroups.get(userId)!.length);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.membership_created_at).toBe(state().userGroups.get(userId)![0]!.membership_created_at);
  });

  it("an unknown user is Auth0's 404", async () => {
    await expect(upstream.client.getUserEffectiveRoles("auth0|nobody")).rejects.toSatisfy(isNotFound);
  });
});

describe("organization members", () => {
  it("getOrganizationMembers pages by checkpoint; add, remove; member roles listed, assigned, removed", async () => {
    const [orgId, members] = [...state().organizationMembers].find(([, m]) => m.length > 2)!;
    const first = await upstream.client.getOrganizationMembers(orgId, { take: 2 });
    expect(first.items.map((m) => m.user_id)).toEqual([...members].sort().slice(0, 2));
    expect(first.next).toBeDefined();
    const outsider = userIds(upstream.emulator).find((id) => !members.includes(id))!;
    await upstream.client.addOrganizationMembers(orgId, [outsider]);
    expect(state().organizationMembers.get(orgId)).toContain(outsider);
    const role = [...state().roles.keys()][0]!;
    await upstream.client.assignOrganizationMemberRoles(orgId, outsider, [role]);
    const roles = await upstream.client.getOrganizationMemberRoles(orgId, outsider, { includeTotals: true });
    expect([roles.total, roles.items.map((r) => r.id)]).toEqual([1, [role]]);
    await upstream.client.removeOrganizationMemberRoles(orgId, outsider, [role]);
    expect(state().organizationMemberRoles.get(organizationMemberKey(orgId, outsider))).toBeUndefined();
    await upstream.client.removeOrganizationMembers(orgId, [outsider]);
    expect(state().organizationMembers.get(orgId)).not.toContain(outsider);
  });
});

describe("connected accounts, token sets, risk assessments, revocation", () => {
  it("getUserConnectedAccounts, getUserFederatedConnectionTokenSets, deleteUserFederatedConnectionTokenSet", async () => {
    const accountsOf = withAny(state().connectedAccounts);
    expect((await upstream.client.getUserConnectedAccounts(accountsOf)).items).toEqual(state().connectedAccounts.get(accountsOf));
    const setsOf = withAny(state().federatedTokenSets);
    const sets = await upstream.client.getUserFederatedConnectionTokenSets(setsOf);
    expect(sets).toEqual(state().federatedTokenSets.get(setsOf));
    await upstream.client.deleteUserFederatedConnectionTokenSet(setsOf, sets[0]!.id!);
    expect((state().federatedTokenSets.get(setsOf) ?? []).map((s) => s.id)).not.toContain(sets[0]!.id);
  });

  it("clearUserRiskAssessments", async () => {
    const userId = withAny(state().riskAssessments);
    const { connection } = state().riskAssessments.get(userId)![0]!;
    await upstream.client.clearUserRiskAssessments(userId, { connection, assessors: ["new-device"] });
    expect(state().riskAssessments.has(userId)).toBe(false);
  });

  it("revokeSession takes the session and its refresh tokens; revokeUserAccess takes the rest", async () => {
    const userId = userIds(upstream.emulator).find((id) => (state().sessions.get(id)?.length ?? 0) > 1)!;
    const session = state().sessions.get(userId)![0]!;
    await upstream.client.revokeSession(session.id);
    expect(
      state()
        .sessions.get(userId)!
        .map((s) => s.id),
    ).not.toContain(session.id);
    expect((state().refreshTokens.get(userId) ?? []).filter((t) => t.session_id === session.id)).toEqual([]);
    await upstream.client.revokeUserAccess(userId, { preserve_refresh_tokens: false });
    expect(state().sessions.has(userId)).toBe(false);
    expect(state().refreshTokens.has(userId)).toBe(false);
    await expect(upstream.client.revokeSession(session.id)).rejects.toSatisfy(isNotFound);
  });
});
