import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";

let t: TestEmulator;
const enc = encodeURIComponent;

beforeAll(async () => {
  t = await startTestEmulator({ users: 50, seed: 23 });
});
afterAll(() => t.close());

const state = () => t.emulator.state;
const organizationsOf = (userId: string) =>
  [...state().organizations.values()].filter((o) => state().organizationMembers.get(o.id)?.includes(userId));

function member(minOrganizations: number): string {
  const userId = [...state().users.keys()].find((id) => organizationsOf(id).length >= minOrganizations);
  expect(userId, `the seed has a member of ${minOrganizations}+ organizations`).toBeDefined();
  return userId!;
}

describe("GET /users/{id}/organizations", () => {
  it("lists the user's organizations", async () => {
    const userId = member(1);
    const res = await t.call("GET", `/users/${enc(userId)}/organizations`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(organizationsOf(userId));
  });

  it("answers an empty list for a user in no organization", async () => {
    const loner = [...state().users.keys()].find((id) => organizationsOf(id).length === 0);
    expect(loner).toBeDefined();
    const res = await t.call("GET", `/users/${enc(loner!)}/organizations`, { query: { include_totals: true } });
    expect(res.body).toEqual({ start: 0, limit: 50, total: 0, organizations: [] });
  });

  it("wraps a page in {start, limit, total, organizations}", async () => {
    const userId = member(1);
    const all = organizationsOf(userId);
    const res = await t.call("GET", `/users/${enc(userId)}/organizations`, { query: { include_totals: true, per_page: 1, page: 0 } });
    expect(res.body).toEqual({ start: 0, limit: 1, total: all.length, organizations: all.slice(0, 1) });
  });

  it.each([[{ per_page: 0 }], [{ per_page: 101 }], [{ page: 1001 }], [{ from: "x" }]])("answers 400 for %j", async (query) => {
    const res = await t.call("GET", `/users/${enc(member(1))}/organizations`, { query });
    expect(res.status).toBe(400);
  });

  it("accepts page 1000 (empty)", async () => {
    const res = await t.call("GET", `/users/${enc(member(1))}/organizations`, { query: { page: 1000 } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  it("answers 404 for an unknown user and 403 without read:organizations", async () => {
    const missing = await t.call<RestError>("GET", `/users/${enc("auth0|nobody")}/organizations`);
    expect(missing.status).toBe(404);
    expect(missing.body.errorCode).toBe("inexistent_user");
    const denied = await t.call<RestError>("GET", `/users/${enc(member(1))}/organizations`, {
      scope: "read:users read:organizations_summary",
    });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: read:organizations");
  });
});

describe("GET /organizations/{id}", () => {
  it("returns the organization with read:organizations or read:organizations_summary", async () => {
    const organization = [...state().organizations.values()][0]!;
    for (const scope of ["read:organizations", "read:organizations_summary"]) {
      const res = await t.call("GET", `/organizations/${organization.id}`, { scope });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(organization);
    }
  });

  it("answers 404 for an unknown organization, 403 without a scope, 400 for a query", async () => {
    const missing = await t.call<RestError>("GET", "/organizations/org_doesNotExist0000");
    expect(missing.status).toBe(404);
    expect(missing.body.errorCode).toBe("inexistent_organization");
    const organization = [...state().organizations.values()][0]!;
    expect((await t.call("GET", `/organizations/${organization.id}`, { scope: "read:users" })).status).toBe(403);
    expect((await t.call("GET", `/organizations/${organization.id}`, { query: { fields: "name" } })).status).toBe(400);
  });
});
