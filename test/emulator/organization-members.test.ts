import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationMemberKey } from "../../src/emulator/state.js";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";

/** A member of an organization as the members endpoint answers it. */
interface OrgMember {
  user_id: string;
  picture?: string;
  name?: string;
  email?: string;
  roles?: { id: string }[];
}
/** A page of members with from/take. */
interface MembersPage {
  members: OrgMember[];
  next: string;
}

let t: TestEmulator;
const enc = encodeURIComponent;

beforeAll(async () => {
  t = await startTestEmulator({ users: 60, seed: 11 });
});
afterAll(() => t.close());

const state = () => t.emulator.state;
const rolesOf = (orgId: string, userId: string) => state().organizationMemberRoles.get(organizationMemberKey(orgId, userId)) ?? [];

/** An organization and one of its members holding organization roles. */
function memberWithRoles(): { orgId: string; userId: string } {
  for (const [orgId, members] of state().organizationMembers) {
    const userId = members.find((id) => rolesOf(orgId, id).length > 0);
    if (userId) return { orgId, userId };
  }
  throw new Error("the seed has no organization member with roles");
}

describe("GET /organizations/{id}/members", () => {
  // Not with include_totals: the contract's oneOf reads Auth0's offset wrapper as matching twice.
  it("lists members as {user_id, picture, name, email}, offset-paged", async () => {
    const { orgId } = memberWithRoles();
    const members = state().organizationMembers.get(orgId)!;
    const res = await t.call<OrgMember[]>("GET", `/organizations/${orgId}/members`, { query: { per_page: 2, page: 0 } });
    expect(res.status).toBe(200);
    expect(res.body.map((m: { user_id: string }) => m.user_id)).toEqual(members.slice(0, 2));
    const user = state().users.get(members[0]!)!;
    expect(res.body[0]).toEqual({ user_id: user.user_id, picture: user.picture, name: user.name, email: user.email });
  });

  it("pages by checkpoint in user_id order when take or from is sent", async () => {
    const { orgId } = memberWithRoles();
    const sorted = [...state().organizationMembers.get(orgId)!].sort();
    const first = await t.call<MembersPage>("GET", `/organizations/${orgId}/members`, { query: { take: 2 } });
    expect(first.body.members.map((m: { user_id: string }) => m.user_id)).toEqual(sorted.slice(0, 2));
    const rest = await t.call<MembersPage>("GET", `/organizations/${orgId}/members`, { query: { take: 100, from: first.body.next } });
    expect(rest.body.members.map((m: { user_id: string }) => m.user_id)).toEqual(sorted.slice(2));
    expect(rest.body.next).toBe(""); // the last page says "done" with an empty next
    expect((await t.call("GET", `/organizations/${orgId}/members`, { query: { take: 1, page: 0 } })).status).toBe(400);
  });

  it("answers each member's roles when fields names them, which needs read:organization_member_roles", async () => {
    const { orgId, userId } = memberWithRoles();
    const res = await t.call<OrgMember[]>("GET", `/organizations/${orgId}/members`, { query: { fields: "user_id,roles", per_page: 100 } });
    const member = res.body.find((m: { user_id: string }) => m.user_id === userId);
    expect(member!.roles!.map((r: { id: string }) => r.id)).toEqual(rolesOf(orgId, userId));
    const denied = await t.call("GET", `/organizations/${orgId}/members`, {
      query: { fields: "roles" },
      scope: "read:organization_members",
    });
    expect(denied.status).toBe(403);
  });

  it("answers 404 for an unknown organization and 403 without a scope", async () => {
    const missing = await t.call<RestError>("GET", "/organizations/org_doesNotExist0000/members");
    expect([missing.status, missing.body.errorCode]).toEqual([404, "inexistent_organization"]);
    expect((await t.call("GET", `/organizations/${memberWithRoles().orgId}/members`, { scope: "read:organizations" })).status).toBe(403);
  });
});

describe("POST and DELETE /organizations/{id}/members", () => {
  it("adds members (204, idempotent) and removes them with their roles", async () => {
    const { orgId } = memberWithRoles();
    const outsider = [...state().users.keys()].find((id) => !state().organizationMembers.get(orgId)!.includes(id))!;
    const added = await t.call("POST", `/organizations/${orgId}/members`, { body: { members: [outsider, outsider] } });
    expect(added.status).toBe(204);
    expect(
      state()
        .organizationMembers.get(orgId)!
        .filter((id) => id === outsider),
    ).toHaveLength(1);
    const role = [...state().roles.keys()][0]!;
    expect((await t.call("POST", `/organizations/${orgId}/members/${enc(outsider)}/roles`, { body: { roles: [role] } })).status).toBe(204);
    const removed = await t.call("DELETE", `/organizations/${orgId}/members`, { body: { members: [outsider] } });
    expect(removed.status).toBe(204);
    expect(state().organizationMembers.get(orgId)).not.toContain(outsider);
    expect(rolesOf(orgId, outsider)).toEqual([]);
  });

  it("answers 400 for an unknown user or an empty list, 403 without the scope", async () => {
    const { orgId } = memberWithRoles();
    const unknown = await t.call("POST", `/organizations/${orgId}/members`, { body: { members: ["auth0|nobody"] } });
    expect(unknown.status).toBe(400);
    expect((await t.call<RestError>("POST", `/organizations/${orgId}/members`, { body: { members: [] } })).body.errorCode).toBe(
      "invalid_body",
    );
    expect(
      (await t.call("DELETE", `/organizations/${orgId}/members`, { body: { members: ["auth0|x"] }, scope: "create:organization_members" }))
        .status,
    ).toBe(403);
  });
});

describe("/organizations/{id}/members/{user_id}/roles", () => {
  it("lists, assigns and removes a member's organization roles", async () => {
    const { orgId, userId } = memberWithRoles();
    const path = `/organizations/${orgId}/members/${enc(userId)}/roles`;
    const listed = await t.call<{ total: number; roles: { id: string }[] }>("GET", path, { query: { include_totals: true } });
    expect(listed.body.total).toBe(rolesOf(orgId, userId).length);
    expect(listed.body.roles.map((r: { id: string }) => r.id)).toEqual(rolesOf(orgId, userId));
    const other = [...state().roles.keys()].find((id) => !rolesOf(orgId, userId).includes(id))!;
    expect((await t.call("POST", path, { body: { roles: [other] } })).status).toBe(204);
    expect(rolesOf(orgId, userId)).toContain(other);
    expect((await t.call("DELETE", path, { body: { roles: [other] } })).status).toBe(204);
    expect(rolesOf(orgId, userId)).not.toContain(other);
  });

  it("answers 404 for a user who is not a member, 400 for an unknown role, 403 without the scope", async () => {
    const { orgId, userId } = memberWithRoles();
    const outsider = [...state().users.keys()].find((id) => !state().organizationMembers.get(orgId)!.includes(id))!;
    const notMember = await t.call("GET", `/organizations/${orgId}/members/${enc(outsider)}/roles`);
    expect(notMember.status).toBe(404);
    const unknownUser = await t.call<RestError>("GET", `/organizations/${orgId}/members/${enc("auth0|nobody")}/roles`);
    expect(unknownUser.body.errorCode).toBe("inexistent_user");
    const path = `/organizations/${orgId}/members/${enc(userId)}/roles`;
    expect((await t.call("POST", path, { body: { roles: ["rol_doesNotExist0000"] } })).status).toBe(400);
    expect((await t.call("GET", path, { scope: "read:organization_members" })).status).toBe(403);
  });
});
