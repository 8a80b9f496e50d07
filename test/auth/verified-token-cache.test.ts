import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CLOCK_SKEW_S, JWKS_MAX_AGE_MS } from "../../src/auth/verify-token.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { startTestIssuer, type TestIssuer } from "./issuer.js";

// Verified tokens are remembered so their RS256 check runs once per token; expiry must still hold,
// and so must the issuer's revocation of a signing key.

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 5, seed: 2 } });
});
afterAll(() => t?.close());
afterEach(() => vi.useRealTimers());

describe("a remembered token", () => {
  it("is refused once it expires, though it was accepted before", async () => {
    const token = await t.token({ scope: "read:users", expiresIn: 60 });
    const first = await t.query(`{ users(first: 1) { nodes { id } } }`, {}, { token });
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();

    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61_000 });
    t.resetCalls();
    const later = await t.query(`{ users(first: 1) { nodes { id } } }`, {}, { token });
    expect(later.status).toBe(401);
    expect(later.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(t.upstreamTotal()).toBe(0);
  });
});

describe("signing keys the issuer retires (a JWKS on loopback whose keys rotate)", () => {
  let issuer: TestIssuer;
  let g: TestGateway;
  const QUERY = `{ users(first: 1) { nodes { id } } }`;

  // Each test has its own issuer and gateway: the JWKS's age is its own, and time only moves forward.
  beforeEach(async () => {
    issuer = await startTestIssuer();
    g = await startTestGateway({
      emulator: { users: 3, seed: 2 },
      env: { AUTH_ISSUER: issuer.issuer, AUTH_AUDIENCE: issuer.audience, AUTH_JWKS_URL: issuer.jwksUrl },
    });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await g?.close();
    await issuer?.close();
  });

  async function ask(token: string) {
    g.resetCalls();
    const res = await g.query(QUERY, {}, { token });
    return {
      status: res.status,
      code: res.body.errors?.[0]?.extensions?.code,
      message: res.body.errors?.[0]?.message,
      calls: g.upstreamTotal(),
    };
  }

  it("a remembered token stops working once a JWKS without its kid is fetched (a new kid asked for it)", async () => {
    const retired = issuer.keys().at(-1)!;
    const old = await issuer.mint();
    expect((await ask(old)).status).toBe(200);
    const fetches = issuer.jwksFetches();
    expect((await ask(old)).status).toBe(200);
    expect(issuer.jwksFetches()).toBe(fetches); // remembered: no JWKS fetch, no signature check

    await issuer.rotate();
    issuer.retire(retired);
    // Past the refetch cooldown, a token of the new key makes the gateway fetch the new JWKS.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 31_000 });
    expect((await ask(await issuer.mint())).status).toBe(200);
    expect(issuer.jwksFetches()).toBe(fetches + 1);

    const revoked = await ask(old);
    expect(revoked).toMatchObject({ status: 401, code: "UNAUTHENTICATED", calls: 0 });
    expect(revoked.message).toMatch(/unknown key/);
  });

  it("a remembered token, and an unseen one of a retired key, are checked against a JWKS at most JWKS_MAX_AGE_MS old", async () => {
    const retired = issuer.keys().at(-1)!;
    const remembered = await issuer.mint({ sub: "auth0|remembered" });
    const unseen = await issuer.mint({ sub: "auth0|unseen" });
    expect((await ask(remembered)).status).toBe(200);

    await issuer.rotate();
    issuer.retire(retired);
    const fetches = issuer.jwksFetches();
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + JWKS_MAX_AGE_MS + 1_000 });
    expect(await ask(remembered)).toMatchObject({ status: 401, code: "UNAUTHENTICATED", calls: 0 });
    expect(issuer.jwksFetches()).toBe(fetches + 1);
    expect(await ask(unseen)).toMatchObject({ status: 401, code: "UNAUTHENTICATED", calls: 0 });
    // The key still published keeps working, remembered or not.
    const current = await issuer.mint({ sub: "auth0|current" });
    expect((await ask(current)).status).toBe(200);
    expect((await ask(current)).status).toBe(200);
  });

  it(`refuses a token issued more than ${CLOCK_SKEW_S} s in the future, and accepts one within the skew`, async () => {
    const now = Math.floor(Date.now() / 1000);
    const future = await ask(await issuer.mint({ claims: { iat: now + CLOCK_SKEW_S + 60 } }));
    expect(future).toMatchObject({ status: 401, code: "UNAUTHENTICATED", calls: 0 });
    expect(future.message).toMatch(/issued in the future/);
    expect((await ask(await issuer.mint({ claims: { iat: now + CLOCK_SKEW_S - 30 } }))).status).toBe(200);
  });
});
