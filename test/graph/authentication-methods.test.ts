import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AuthenticationMethod, CreatedAuthenticationMethod } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 50, seed: 3 } });
});
afterEach(() => t.emulator.faults.clear());
afterAll(() => t?.close());

const METHODS_ROUTE = "GET /api/v2/users/{id}/authentication-methods";

graphql(`fragment AmMethodFields on AuthenticationMethod {
  id type confirmed name authenticationMethods { id type } preferredAuthenticationMethod linkId
  phoneNumber email keyId publicKey createdAt enrolledAt lastAuthAt
  credentialDeviceType credentialBackedUp identityUserId userAgent userHandle transports aaguid relyingPartyIdentifier
}`);

const enumName = (value: string | undefined) => (value === undefined ? null : value.toUpperCase());

/** What the graph should answer for an authentication method Auth0 returned. */
function expectedMethod(m: AuthenticationMethod) {
  return {
    id: m.id,
    type: m.type,
    confirmed: m.confirmed ?? null,
    name: m.name ?? null,
    authenticationMethods: (m.authentication_methods ?? []).map((f) => ({ id: f.id ?? null, type: enumName(f.type) })),
    preferredAuthenticationMethod: enumName(m.preferred_authentication_method),
    linkId: m.link_id ?? null,
    phoneNumber: m.phone_number ?? null,
    email: m.email ?? null,
    keyId: m.key_id ?? null,
    publicKey: m.public_key ?? null,
    createdAt: m.created_at,
    enrolledAt: m.enrolled_at ?? null,
    lastAuthAt: m.last_auth_at ?? null,
    credentialDeviceType: enumName(m.credential_device_type),
    credentialBackedUp: m.credential_backed_up ?? null,
    identityUserId: m.identity_user_id ?? null,
    userAgent: m.user_agent ?? null,
    userHandle: m.user_handle ?? null,
    transports: m.transports ?? null,
    aaguid: m.aaguid ?? null,
    relyingPartyIdentifier: m.relying_party_identifier ?? null,
  };
}

function usersWithMethods(min: number, test: (types: string[]) => boolean = () => true): string[] {
  const ids = [...t.emulator.state.authenticationMethods]
    .filter(([, m]) => m.length >= min && test(m.map((x) => x.type)))
    .sort((a, b) => b[1].length - a[1].length)
    .map(([id]) => id);
  expect(ids.length, `the seed should give some user ${min}+ matching authentication methods`).toBeGreaterThan(0);
  return ids;
}

async function restMethods(userId: string): Promise<{ methods: AuthenticationMethod[]; total: number }> {
  const res = await t.rest<{ authenticators: AuthenticationMethod[]; total: number }>(
    "GET",
    `/users/${encodeURIComponent(userId)}/authentication-methods?page=0&per_page=100&include_totals=true`,
  );
  expect(res.status).toBe(200);
  return { methods: res.body.authenticators, total: res.body.total };
}

const QUERY = graphql(`query AmUserAuthenticationMethodList($id: ID!) {
  user(id: $id) { authenticationMethods(first: 100) { totalCount nodes { ...AmMethodFields } pageInfo { hasNextPage } } }
}`);

describe("User.authenticationMethods", () => {
  it("answers what GET /users/{id}/authentication-methods answers, every field, with totalCount", async () => {
    // A passkey of its own, so every passkey-only field is covered whatever the seed holds.
    const passkeyUser = [...t.emulator.state.users.keys()].find((id) => !t.emulator.state.authenticationMethods.get(id)?.length)!;
    const passkey = await t.rest("POST", `/users/${encodeURIComponent(passkeyUser)}/authentication-methods`, {
      type: "passkey",
      name: "Test passkey",
      key_id: "a1b2c3d4e5f6g7h8i9j0",
      public_key: "cHVibGljLWtleS1ieXRlcw==",
      relying_party_identifier: "usergraph-dev.us.auth0.com",
      aaguid: "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4",
      credential_device_type: "multi_device",
      credential_backed_up: true,
      identity_user_id: passkeyUser.split("|")[1],
      user_agent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Safari/605.1.15",
      user_handle: "MFRGGZDFMZTWQ2LK",
      transports: ["internal", "hybrid"],
    });
    expect(passkey.status).toBe(201);
    for (const userId of [usersWithMethods(2)[0]!, passkeyUser]) {
      const rest = await restMethods(userId);
      const res = await t.query(QUERY, { id: userId });
      expect(res.body.errors).toBeUndefined();
      const methods = res.body.data!.user!.authenticationMethods!;
      expect(methods.nodes).toEqual(rest.methods.map(expectedMethod));
      expect(methods.totalCount).toBe(rest.total);
      expect(methods.pageInfo.hasNextPage).toBe(false);
    }
  });

  it("pages with first: 1, visiting every method once, one Auth0 call per page", async () => {
    const userId = usersWithMethods(3)[0]!;
    const expected = (await restMethods(userId)).methods.map((m) => m.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 1; ; page += 1) {
      expect(page).toBeLessThanOrEqual(expected.length);
      t.resetCalls();
      const res = await t.query(
        graphql(`
          query AmUserAuthenticationMethods($id: ID!, $after: String) {
            user(id: $id) {
              authenticationMethods(first: 1, after: $after) {
                totalCount
                nodes {
                  id
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          }
        `),
        { id: userId, after },
      );
      expect(res.body.errors).toBeUndefined();
      expect(t.upstreamCalls()[METHODS_ROUTE]).toBe(1);
      seen.push(...res.body.data!.user!.authenticationMethods!.nodes.map((n) => n.id));
      const { pageInfo } = res.body.data!.user!.authenticationMethods!;
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor as string | null;
    }
    expect(seen).toEqual(expected);
  });

  it("never exposes a TOTP secret", async () => {
    const userId = [...t.emulator.state.users.keys()].find(
      (id) => !(t.emulator.state.authenticationMethods.get(id) ?? []).some((m) => m.type === "totp"),
    )!;
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DP";
    const created = await t.rest<CreatedAuthenticationMethod>("POST", `/users/${encodeURIComponent(userId)}/authentication-methods`, {
      type: "totp",
      totp_secret: secret,
      name: "Test app",
    });
    expect(created.status).toBe(201);

    const res = await t.query(QUERY, { id: userId });
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.user!.authenticationMethods!.nodes;
    expect(nodes.map((n) => n.id)).toContain(created.body.id);
    expect(JSON.stringify(res.body)).not.toContain(secret);

    const type = await t.query(graphql(`query AmTypeFields { __type(name: "AuthenticationMethod") { fields { name } } }`));
    const names: string[] = type.body.data!.__type!.fields!.map((f) => f.name);
    expect(names).toContain("keyId");
    expect(names.filter((name) => /secret/i.test(name))).toEqual([]);
  });

  it("is FORBIDDEN without read:authentication_methods, on that field only", async () => {
    const userId = usersWithMethods(1)[0]!;
    t.resetCalls();
    const res = await t.query(
      graphql(`query AmUserAuthenticationMethods2($id: ID!) { user(id: $id) { id authenticationMethods { nodes { id } } } }`),
      { id: userId },
      { scope: "read:users" },
    );
    expect(res.body.data!.user).toEqual({ id: userId, authenticationMethods: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["user", "authenticationMethods"], extensions: { code: "FORBIDDEN" } });
    expect(t.upstreamCalls()[METHODS_ROUTE]).toBeUndefined();
  });

  it("reports an Auth0 outage on that field only, keeping the user", async () => {
    const userId = usersWithMethods(1)[0]!;
    t.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}/authentication-methods", count: 5, action: { status: 500 } });
    const res = await t.query(
      graphql(`query AmUserAuthenticationMethods2($id: ID!) { user(id: $id) { id authenticationMethods { nodes { id } } } }`),
      { id: userId },
    );
    expect(res.body.data!.user).toEqual({ id: userId, authenticationMethods: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["user", "authenticationMethods"], extensions: { code: "UPSTREAM_UNAVAILABLE" } });
  });
});
