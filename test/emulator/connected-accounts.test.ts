import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";

// Connected accounts, federated connection token sets and risk assessments.
let t: TestEmulator;
const enc = encodeURIComponent;

beforeAll(async () => {
  t = await startTestEmulator({ users: 80, seed: 5 });
});
afterAll(() => t.close());

const state = () => t.emulator.state;
const anyKey = <V>(map: Map<string, V[]>, min = 1) => [...map].find(([, v]) => v.length >= min)![0];

describe("GET /users/{id}/connected-accounts", () => {
  it("lists the user's connected accounts, checkpoint-paged", async () => {
    const userId = anyKey(state().connectedAccounts);
    const res = await t.call<{ connected_accounts: unknown[] }>("GET", `/users/${enc(userId)}/connected-accounts`);
    expect(res.status).toBe(200);
    expect(res.body.connected_accounts).toEqual(state().connectedAccounts.get(userId));
    const first = await t.call<{ connected_accounts: unknown[] }>("GET", `/users/${enc(userId)}/connected-accounts`, {
      query: { take: 1 },
    });
    expect(first.body.connected_accounts).toHaveLength(1);
  });

  it("answers an empty list for a user without any, 404 for an unknown user, 403 without read:users", async () => {
    const none = [...state().users.keys()].find((id) => !state().connectedAccounts.has(id))!;
    expect((await t.call("GET", `/users/${enc(none)}/connected-accounts`)).body).toEqual({ connected_accounts: [] });
    expect((await t.call("GET", `/users/${enc("auth0|nobody")}/connected-accounts`)).status).toBe(404);
    expect((await t.call("GET", `/users/${enc(none)}/connected-accounts`, { scope: "read:roles" })).status).toBe(403);
  });
});

describe("/users/{id}/federated-connections-tokensets", () => {
  it("lists token sets as metadata only, and deletes one (204, also when it is gone)", async () => {
    const userId = anyKey(state().federatedTokenSets);
    const sets = [...state().federatedTokenSets.get(userId)!];
    const res = await t.call<object[]>("GET", `/users/${enc(userId)}/federated-connections-tokensets`);
    expect(res.body).toEqual(sets);
    for (const set of res.body)
      expect(Object.keys(set).sort()).toEqual(["connection", "expires_at", "id", "issued_at", "last_used_at", "scope"]);
    const path = `/users/${enc(userId)}/federated-connections-tokensets/${sets[0]!.id}`;
    expect((await t.call("DELETE", path)).status).toBe(204);
    expect((state().federatedTokenSets.get(userId) ?? []).map((s) => s.id)).not.toContain(sets[0]!.id);
    expect((await t.call("DELETE", path)).status).toBe(204);
  });

  it("answers 404 for an unknown user, 400 for an over-long id, 403 without the scopes", async () => {
    expect((await t.call("GET", `/users/${enc("auth0|nobody")}/federated-connections-tokensets`)).status).toBe(404);
    const userId = [...state().users.keys()][0]!;
    expect((await t.call("DELETE", `/users/${enc(userId)}/federated-connections-tokensets/${"x".repeat(37)}`)).status).toBe(400);
    expect((await t.call("GET", `/users/${enc(userId)}/federated-connections-tokensets`, { scope: "read:users" })).status).toBe(403);
    expect(
      (
        await t.call("DELETE", `/users/${enc(userId)}/federated-connections-tokensets/tset_x`, {
          scope: "read:federated_connections_tokens",
        })
      ).status,
    ).toBe(403);
  });
});

describe("POST /users/{id}/risk-assessments/clear", () => {
  it("forgets what the assessors remember of the user on that connection", async () => {
    const userId = anyKey(state().riskAssessments);
    const { connection } = state().riskAssessments.get(userId)![0]!;
    const res = await t.call("POST", `/users/${enc(userId)}/risk-assessments/clear`, { body: { connection, assessors: ["new-device"] } });
    expect(res.status).toBe(204);
    expect(state().riskAssessments.get(userId)).toBeUndefined();
  });

  it("answers 400 for an unknown assessor or a missing connection, 403 without update:users", async () => {
    const userId = [...state().users.keys()][0]!;
    const path = `/users/${enc(userId)}/risk-assessments/clear`;
    expect(
      (await t.call<RestError>("POST", path, { body: { connection: "github", assessors: ["impossible-travel"] } })).body.errorCode,
    ).toBe("invalid_body");
    expect((await t.call("POST", path, { body: { assessors: ["new-device"] } })).status).toBe(400);
    expect((await t.call("POST", path, { body: { connection: "github", assessors: ["new-device"] }, scope: "read:users" })).status).toBe(
      403,
    );
  });
});
