import { describe, expect, it } from "vitest";
import type { CreatedAuthenticationMethod } from "../../src/upstream/types.js";
import type { CreateUserAuthenticationMethodInput, ReplaceUserAuthenticationMethodInput } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import {
  UNKNOWN_USER,
  expectForbidden,
  expectInvalid,
  expectUpstreamRejected,
  expectUserError,
  mutationTestGateway,
  payloadOf,
  userIds,
} from "../support/mutations.js";

const t = mutationTestGateway();

const enc = encodeURIComponent;
graphql(`fragment AmMutMethod on AuthenticationMethod {
  id type name confirmed phoneNumber preferredAuthenticationMethod email keyId publicKey relyingPartyIdentifier aaguid
  credentialDeviceType credentialBackedUp identityUserId userAgent userHandle transports createdAt
}`);
graphql(`fragment AmMutUser on User { id authenticationMethods(first: 100) { totalCount nodes { id type name } } }`);

const CREATE = graphql(`mutation AmMutCreate($id: ID!, $input: CreateUserAuthenticationMethodInput!) {
  createUserAuthenticationMethod(id: $id, input: $input) {
    authenticationMethod { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }
  }
}`);
const UPDATE = graphql(`mutation AmMutUpdate($id: ID!, $methodId: ID!, $input: UpdateUserAuthenticationMethodInput!) {
  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: $input) {
    authenticationMethod { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }
  }
}`);
const DELETE = graphql(`mutation AmMutDelete($id: ID!, $methodId: ID!) {
  deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {
    deletedAuthenticationMethodId user { ...AmMutUser } userErrors { field message code }
  }
}`);
const REPLACE = graphql(`mutation AmMutReplace($id: ID!, $methods: [ReplaceUserAuthenticationMethodInput!]!) {
  replaceUserAuthenticationMethods(id: $id, methods: $methods) {
    authenticationMethods { ...AmMutMethod } user { ...AmMutUser } userErrors { field message code }
  }
}`);
const READ = graphql(`query AmMutRead($id: ID!) { user(id: $id) { ...AmMutUser } }`);

/** An authentication method as REST lists it (the fields these tests read). */
interface RestMethod {
  id: string;
  type: string;
  name?: string;
  phone_number?: string;
  email?: string;
  key_id?: string;
  created_at?: string;
}

async function restMethods(userId: string): Promise<RestMethod[]> {
  const res = await t.rest<RestMethod[]>("GET", `/users/${enc(userId)}/authentication-methods?per_page=100`);
  expect(res.status).toBe(200);
  return res.body;
}

/** The graph's `user { authenticationMethods }` for what REST answers now. */
async function expectedUser(userId: string) {
  const methods = await restMethods(userId);
  return {
    id: userId,
    authenticationMethods: { totalCount: methods.length, nodes: methods.map((m) => ({ id: m.id, type: m.type, name: m.name ?? null })) },
  };
}

/** Users the seed gave no authentication method; each test takes its own. */
let fresh: string[] = [];
const freshUser = () => {
  fresh = fresh.length > 0 ? fresh : userIds(t, (id) => !t.emulator.state.authenticationMethods.has(id));
  const id = fresh.shift();
  expect(id, "the seed should leave a user without authentication methods").toBeDefined();
  return id!;
};
const withPasskey = () => userIds(t, (id) => (t.emulator.state.authenticationMethods.get(id) ?? []).some((m) => m.type === "passkey"));

const PASSKEY = {
  type: "PASSKEY",
  name: "Laptop",
  keyId: "a1b2c3d4e5f6g7h8i9j0",
  publicKey: "cHVibGljLWtleS1ieXRlcw==",
  relyingPartyIdentifier: "login.usergraph.dev",
  aaguid: "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4",
  credentialDeviceType: "MULTI_DEVICE",
  credentialBackedUp: true,
  identityUserId: "64b5f2a1c0ffee0123456789",
  userAgent: "Mozilla/5.0",
  userHandle: "MFRGGZDFMZTWQ2LK",
  transports: ["internal", "hybrid"],
} satisfies CreateUserAuthenticationMethodInput;
const TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DP";

describe("createUserAuthenticationMethod", () => {
  const inputs = {
    PHONE: { type: "PHONE", name: "Work phone", phoneNumber: "+14155550123", preferredAuthenticationMethod: "VOICE" },
    EMAIL: { type: "EMAIL", email: "jane@example.com" },
    TOTP: { type: "TOTP", name: "Authy", totpSecret: TOTP_SECRET },
    WEBAUTHN_ROAMING: {
      type: "WEBAUTHN_ROAMING",
      name: "YubiKey",
      keyId: "k3y1d",
      publicKey: "cHVibGlj",
      relyingPartyIdentifier: "login.usergraph.dev",
    },
    PASSKEY,
  } satisfies Record<string, CreateUserAuthenticationMethodInput>;

  it("creates each type; the payload, a later field and a later operation show it", async () => {
    for (const [type, input] of Object.entries(inputs)) {
      const userId = freshUser();
      t.resetCalls();
      const res = await t.query(CREATE, { id: userId, input });
      const payload = payloadOf(res, "createUserAuthenticationMethod");
      expect(payload!.userErrors, type).toEqual([]);
      expect(t.upstreamCalls()["POST /api/v2/users/{id}/authentication-methods"]).toBe(1);
      const [stored] = await restMethods(userId);
      expect(stored!.type).toBe(type.toLowerCase().replace("_", "-"));
      expect(payload!.authenticationMethod).toMatchObject({
        id: stored!.id,
        type: stored!.type,
        name: stored!.name ?? null,
        phoneNumber: stored!.phone_number ?? null,
        email: stored!.email ?? null,
        keyId: stored!.key_id ?? null,
        createdAt: stored!.created_at,
      });
      expect(payload!.user).toEqual(await expectedUser(userId));
      expect((await t.query(READ, { id: userId })).body.data!.user).toEqual(await expectedUser(userId));
      // The TOTP secret Auth0 echoes never reaches the caller.
      expect(JSON.stringify(res.body)).not.toContain(TOTP_SECRET);
    }
  });

  it("sends every passkey field as the contract names it", async () => {
    const userId = freshUser();
    const payload = payloadOf(await t.query(CREATE, { id: userId, input: PASSKEY }), "createUserAuthenticationMethod");
    expect(payload!.userErrors).toEqual([]);
    const [stored] = await restMethods(userId);
    expect(stored).toMatchObject({
      type: "passkey",
      name: PASSKEY.name,
      key_id: PASSKEY.keyId,
      public_key: PASSKEY.publicKey,
      relying_party_identifier: PASSKEY.relyingPartyIdentifier,
      aaguid: PASSKEY.aaguid,
      credential_device_type: "multi_device",
      credential_backed_up: true,
      identity_user_id: PASSKEY.identityUserId,
      user_agent: PASSKEY.userAgent,
      user_handle: PASSKEY.userHandle,
      transports: PASSKEY.transports,
    });
    expect(payload!.authenticationMethod).toMatchObject({
      credentialDeviceType: "MULTI_DEVICE",
      transports: PASSKEY.transports,
      aaguid: PASSKEY.aaguid,
    });
  });

  it("is ALREADY_EXISTS for a method the user has", async () => {
    const userId = freshUser();
    expect(payloadOf(await t.query(CREATE, { id: userId, input: inputs.PHONE }), "createUserAuthenticationMethod")!.userErrors).toEqual([]);
    const payload = await expectUserError(t, CREATE, { id: userId, input: inputs.PHONE }, "createUserAuthenticationMethod", {
      code: "ALREADY_EXISTS",
      field: null,
    });
    expect(payload.authenticationMethod).toBeNull();
    expect(await restMethods(userId)).toHaveLength(1);
  });

  it("is NOT_FOUND for an unknown user", async () => {
    await expectUserError(t, CREATE, { id: UNKNOWN_USER, input: inputs.EMAIL }, "createUserAuthenticationMethod", {
      code: "NOT_FOUND",
      field: ["id"],
    });
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    await expectUpstreamRejected(t, CREATE, { id: freshUser(), input: inputs.EMAIL }, "createUserAuthenticationMethod", {
      method: "POST",
      route: "/api/v2/users/{id}/authentication-methods",
    });
  });

  it("checks its input against the contract before calling Auth0", async () => {
    const userId = freshUser();
    const cases: [CreateUserAuthenticationMethodInput, string[]][] = [
      [{ type: "PHONE" }, ["input", "phoneNumber"]],
      [{ type: "PHONE", phoneNumber: "4155550123" }, ["input", "phoneNumber"]],
      [{ type: "PHONE", phoneNumber: "+1415555012345678" }, ["input", "phoneNumber"]],
      [{ type: "PHONE", phoneNumber: "+14155550123", email: "jane@example.com" }, ["input", "email"]],
      [{ type: "EMAIL", email: "not-an-email" }, ["input", "email"]],
      [{ type: "EMAIL", email: "jane@example.com", preferredAuthenticationMethod: "SMS" }, ["input", "preferredAuthenticationMethod"]],
      [{ type: "TOTP", totpSecret: "not base32!" }, ["input", "totpSecret"]],
      [{ type: "TOTP", totpSecret: TOTP_SECRET, name: "" }, ["input", "name"]],
      [{ type: "TOTP", totpSecret: TOTP_SECRET, name: "x".repeat(21) }, ["input", "name"]],
      [{ type: "WEBAUTHN_ROAMING", keyId: "k" }, ["input", "publicKey"]],
      [{ type: "WEBAUTHN_ROAMING", keyId: "k", publicKey: "cHVi", aaguid: PASSKEY.aaguid }, ["input", "aaguid"]],
      [{ ...PASSKEY, publicKey: "not base64!" }, ["input", "publicKey"]],
      [{ ...PASSKEY, aaguid: "not-a-uuid" }, ["input", "aaguid"]],
      [{ ...PASSKEY, relyingPartyIdentifier: "https://login.usergraph.dev/" }, ["input", "relyingPartyIdentifier"]],
      [{ ...PASSKEY, keyId: " " }, ["input", "keyId"]],
    ];
    for (const [input, field] of cases) await expectInvalid(t, CREATE, { id: userId, input }, "createUserAuthenticationMethod", field);
    await expectInvalid(t, CREATE, { id: "", input: inputs.EMAIL }, "createUserAuthenticationMethod", ["id"]);
    expect(await restMethods(userId)).toEqual([]);
  });

  it("answers every problem of the input at once", async () => {
    t.resetCalls();
    const payload = payloadOf(
      await t.query(CREATE, { id: freshUser(), input: { type: "PHONE", phoneNumber: "555", name: "x".repeat(21) } }),
      "createUserAuthenticationMethod",
    );
    expect(payload!.userErrors.map((e) => e.field).sort()).toEqual([
      ["input", "name"],
      ["input", "phoneNumber"],
    ]);
    expect(payload!.userErrors.every((e) => e.code === "INVALID_INPUT")).toBe(true);
    expect(t.upstreamCalls()).toEqual({});
  });

  it("is FORBIDDEN without create:authentication_methods", async () => {
    const userId = freshUser();
    await expectForbidden(
      t,
      CREATE,
      { id: userId, input: inputs.EMAIL },
      "createUserAuthenticationMethod",
      "read:users update:authentication_methods delete:authentication_methods",
    );
    expect(await restMethods(userId)).toEqual([]);
  });
});

describe("updateUserAuthenticationMethod", () => {
  async function userWithPhone(): Promise<{ userId: string; methodId: string }> {
    const userId = freshUser();
    const created = await t.rest<CreatedAuthenticationMethod>("POST", `/users/${enc(userId)}/authentication-methods`, {
      type: "phone",
      phone_number: "+14155550199",
      name: "Old",
    });
    expect(created.status).toBe(201);
    return { userId, methodId: created.body.id! };
  }

  it("changes the name and preferred delivery; the payload and a later operation show it", async () => {
    const { userId, methodId } = await userWithPhone();
    t.resetCalls();
    const payload = payloadOf(
      await t.query(UPDATE, { id: userId, methodId, input: { name: "New", preferredAuthenticationMethod: "VOICE" } }),
      "updateUserAuthenticationMethod",
    );
    expect(payload!.userErrors).toEqual([]);
    expect(t.upstreamCalls()["PATCH /api/v2/users/{id}/authentication-methods/{authentication_method_id}"]).toBe(1);
    const [stored] = await restMethods(userId);
    expect(stored).toMatchObject({ id: methodId, name: "New", preferred_authentication_method: "voice" });
    expect(payload!.authenticationMethod).toMatchObject({
      id: methodId,
      name: "New",
      preferredAuthenticationMethod: "VOICE",
      phoneNumber: "+14155550199",
    });
    expect(payload!.user).toEqual(await expectedUser(userId));
    expect((await t.query(READ, { id: userId })).body.data!.user).toEqual(await expectedUser(userId));
  });

  it("is NOT_FOUND for an unknown method or user", async () => {
    const { userId, methodId } = await userWithPhone();
    await expectUserError(
      t,
      UPDATE,
      { id: userId, methodId: "phone|dev_doesNotExist0000", input: { name: "X" } },
      "updateUserAuthenticationMethod",
      {
        code: "NOT_FOUND",
        field: ["authenticationMethodId"],
      },
    );
    await expectUserError(t, UPDATE, { id: UNKNOWN_USER, methodId, input: { name: "X" } }, "updateUserAuthenticationMethod", {
      code: "NOT_FOUND",
      field: ["id"],
    });
  });

  it("is UPSTREAM_REJECTED for a change Auth0 refuses (a method of a type that cannot be updated)", async () => {
    const userId = userIds(t, (id) => (t.emulator.state.authenticationMethods.get(id) ?? []).some((m) => m.type === "recovery-code"))[0]!;
    const methodId = (await restMethods(userId)).find((m) => m.type === "recovery-code")!.id;
    const payload = await expectUserError(t, UPDATE, { id: userId, methodId, input: { name: "X" } }, "updateUserAuthenticationMethod", {
      code: "UPSTREAM_REJECTED",
      field: null,
    });
    expect(payload.authenticationMethod).toBeNull();
  });

  it("checks its input before calling Auth0", async () => {
    const { userId, methodId } = await userWithPhone();
    await expectInvalid(t, UPDATE, { id: userId, methodId, input: {} }, "updateUserAuthenticationMethod", ["input"]);
    await expectInvalid(t, UPDATE, { id: userId, methodId, input: { name: "x".repeat(21) } }, "updateUserAuthenticationMethod", [
      "input",
      "name",
    ]);
    await expectInvalid(t, UPDATE, { id: userId, methodId: " ", input: { name: "X" } }, "updateUserAuthenticationMethod", [
      "authenticationMethodId",
    ]);
    await expectInvalid(t, UPDATE, { id: "", methodId, input: { name: "X" } }, "updateUserAuthenticationMethod", ["id"]);
    expect((await restMethods(userId))[0]!.name).toBe("Old");
  });

  it("is FORBIDDEN without update:authentication_methods", async () => {
    const { userId, methodId } = await userWithPhone();
    await expectForbidden(
      t,
      UPDATE,
      { id: userId, methodId, input: { name: "X" } },
      "updateUserAuthenticationMethod",
      "read:users create:authentication_methods update:users",
    );
  });
});

describe("deleteUserAuthenticationMethod", () => {
  const withSeveral = () =>
    userIds(t, (id) => (t.emulator.state.authenticationMethods.get(id) ?? []).filter((m) => !m.link_id).length >= 3);

  it("deletes the method; the payload, a later field and a later operation show the rest", async () => {
    const userId = withSeveral()[0]!;
    const before = await restMethods(userId);
    const target = before.find((m) => m.type === "totp") ?? before[0];
    t.resetCalls();
    const res = await t.query(
      graphql(`mutation AmMutDeleteAfterRead($id: ID!, $methodId: ID!) {
        before: invalidateUserRememberBrowser(id: $id) { user { ...AmMutUser } }
        deleteUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId) {
          deletedAuthenticationMethodId user { ...AmMutUser } userErrors { field message code }
        }
      }`),
      { id: userId, methodId: target!.id },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.before!.user!.authenticationMethods!.nodes.map((m) => m.id)).toContain(target!.id);
    const payload = res.body.data!.deleteUserAuthenticationMethod;
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.deletedAuthenticationMethodId).toBe(target!.id);
    const after = await restMethods(userId);
    expect(after.map((m) => m.id)).not.toContain(target!.id);
    expect(after.length).toBeLessThan(before.length);
    expect(payload!.user).toEqual(await expectedUser(userId));
    expect((await t.query(READ, { id: userId })).body.data!.user).toEqual(await expectedUser(userId));
  });

  it("is NOT_FOUND for an unknown method or user", async () => {
    const userId = withSeveral()[0]!;
    await expectUserError(t, DELETE, { id: userId, methodId: "totp|dev_doesNotExist0000" }, "deleteUserAuthenticationMethod", {
      code: "NOT_FOUND",
      field: ["authenticationMethodId"],
    });
    await expectUserError(t, DELETE, { id: UNKNOWN_USER, methodId: "totp|dev_doesNotExist0000" }, "deleteUserAuthenticationMethod", {
      code: "NOT_FOUND",
      field: ["id"],
    });
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    const userId = withSeveral()[0]!;
    const [method] = await restMethods(userId);
    await expectUpstreamRejected(t, DELETE, { id: userId, methodId: method!.id }, "deleteUserAuthenticationMethod", {
      method: "DELETE",
      route: "/api/v2/users/{id}/authentication-methods/{authentication_method_id}",
    });
    expect((await restMethods(userId))[0]).toEqual(method);
  });

  it("checks its input before calling Auth0", async () => {
    await expectInvalid(t, DELETE, { id: withSeveral()[0]!, methodId: "" }, "deleteUserAuthenticationMethod", ["authenticationMethodId"]);
    await expectInvalid(t, DELETE, { id: " ", methodId: "totp|dev_x" }, "deleteUserAuthenticationMethod", ["id"]);
  });

  it("is FORBIDDEN without delete:authentication_methods", async () => {
    const userId = withSeveral()[0]!;
    const before = await restMethods(userId);
    await expectForbidden(
      t,
      DELETE,
      { id: userId, methodId: before[0]!.id },
      "deleteUserAuthenticationMethod",
      "read:users update:authentication_methods delete:guardian_enrollments",
    );
    expect(await restMethods(userId)).toEqual(before);
  });
});

describe("replaceUserAuthenticationMethods", () => {
  const methods: [ReplaceUserAuthenticationMethodInput, ReplaceUserAuthenticationMethodInput, ReplaceUserAuthenticationMethodInput] = [
    { type: "PHONE", phoneNumber: "+14155550100", preferredAuthenticationMethod: "SMS", name: "Mobile" },
    { type: "EMAIL", email: "jane@example.com" },
    { type: "TOTP", totpSecret: TOTP_SECRET },
  ];

  it("replaces every method; the payload, a later field and a later operation show the new ones", async () => {
    const userId = userIds(
      t,
      (id) => (t.emulator.state.authenticationMethods.get(id)?.length ?? 0) >= 2 && !withPasskey().includes(id),
    )[0]!;
    const before = await restMethods(userId);
    t.resetCalls();
    const res = await t.query(
      graphql(`mutation AmMutReplaceAfterRead($id: ID!, $methods: [ReplaceUserAuthenticationMethodInput!]!) {
        before: invalidateUserRememberBrowser(id: $id) { user { ...AmMutUser } }
        replaceUserAuthenticationMethods(id: $id, methods: $methods) {
          authenticationMethods { id type name phoneNumber email } user { ...AmMutUser } userErrors { field message code }
        }
      }`),
      { id: userId, methods },
    );
    expect(res.body.errors).toBeUndefined();
    expect(t.upstreamCalls()["PUT /api/v2/users/{id}/authentication-methods"]).toBe(1);
    expect(res.body.data!.before!.user!.authenticationMethods!.nodes.map((m) => m.id)).toEqual(before.map((m) => m.id));
    const payload = res.body.data!.replaceUserAuthenticationMethods;
    expect(payload!.userErrors).toEqual([]);
    const after = await restMethods(userId);
    expect(after.map((m) => m.type)).toEqual(["phone", "email", "totp"]);
    expect(payload!.authenticationMethods).toEqual(
      after.map((m) => ({ id: m.id, type: m.type, name: m.name ?? null, phoneNumber: m.phone_number ?? null, email: m.email ?? null })),
    );
    expect(payload!.user).toEqual(await expectedUser(userId));
    expect((await t.query(READ, { id: userId })).body.data!.user).toEqual(await expectedUser(userId));
    expect(JSON.stringify(res.body)).not.toContain(TOTP_SECRET);
  });

  it("is CONFLICT for a user with a passkey, and changes nothing", async () => {
    const userId = withPasskey()[0]!;
    const before = await restMethods(userId);
    const payload = await expectUserError(t, REPLACE, { id: userId, methods }, "replaceUserAuthenticationMethods", {
      code: "CONFLICT",
      field: null,
    });
    expect(payload.authenticationMethods).toBeNull();
    expect(await restMethods(userId)).toEqual(before);
  });

  it("keeps a 403 about the gateway's own credentials a top-level error", async () => {
    t.emulator.faults.add({
      method: "PUT",
      route: "/api/v2/users/{id}/authentication-methods",
      count: 1,
      action: {
        status: 403,
        body: {
          statusCode: 403,
          error: "Forbidden",
          message: "Insufficient scope, expected any of: update:authentication_methods",
          errorCode: "insufficient_scope",
        },
      },
    });
    const res = await t.query(REPLACE, { id: freshUser(), methods });
    expect(res.body.data!.replaceUserAuthenticationMethods).toBeNull();
    expect(res.body.errors![0]).toMatchObject({
      path: ["replaceUserAuthenticationMethods"],
      extensions: { code: "UPSTREAM_MISCONFIGURED" },
    });
  });

  it("is ALREADY_EXISTS for two methods that are the same", async () => {
    const userId = freshUser();
    await expectUserError(t, REPLACE, { id: userId, methods: [methods[1], methods[1]] }, "replaceUserAuthenticationMethods", {
      code: "ALREADY_EXISTS",
      field: null,
    });
    expect(await restMethods(userId)).toEqual([]);
  });

  it("is NOT_FOUND for an unknown user", async () => {
    await expectUserError(t, REPLACE, { id: UNKNOWN_USER, methods }, "replaceUserAuthenticationMethods", {
      code: "NOT_FOUND",
      field: ["id"],
    });
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    await expectUpstreamRejected(t, REPLACE, { id: freshUser(), methods }, "replaceUserAuthenticationMethods", {
      method: "PUT",
      route: "/api/v2/users/{id}/authentication-methods",
    });
  });

  it("checks its input before calling Auth0", async () => {
    const userId = freshUser();
    await expectInvalid(t, REPLACE, { id: userId, methods: [] }, "replaceUserAuthenticationMethods", ["methods"]);
    await expectInvalid(
      t,
      REPLACE,
      { id: userId, methods: Array.from({ length: 21 }, () => methods[1]) },
      "replaceUserAuthenticationMethods",
      ["methods"],
    );
    await expectInvalid(t, REPLACE, { id: userId, methods: [methods[0], { type: "EMAIL" }] }, "replaceUserAuthenticationMethods", [
      "methods",
      "1",
      "email",
    ]);
    await expectInvalid(
      t,
      REPLACE,
      { id: userId, methods: [{ type: "PHONE", phoneNumber: "+1 415 555 0100" }] },
      "replaceUserAuthenticationMethods",
      ["methods", "0", "phoneNumber"],
    );
    await expectInvalid(
      t,
      REPLACE,
      { id: userId, methods: [{ type: "TOTP", totpSecret: TOTP_SECRET, name: "" }] },
      "replaceUserAuthenticationMethods",
      ["methods", "0", "name"],
    );
    await expectInvalid(t, REPLACE, { id: "", methods }, "replaceUserAuthenticationMethods", ["id"]);
  });

  it("is FORBIDDEN without update:authentication_methods", async () => {
    const userId = freshUser();
    await expectForbidden(
      t,
      REPLACE,
      { id: userId, methods },
      "replaceUserAuthenticationMethods",
      "read:users create:authentication_methods delete:authentication_methods",
    );
    expect(await restMethods(userId)).toEqual([]);
  });
});
