import { SignJWT } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { errorCodes, type GraphQLAnswer } from "../support/graphql-answer.js";
import { newSigningKey, startTestIssuer, type TestIssuer } from "./issuer.js";

// Every defect of a caller's bearer token is refused before anything runs: HTTP 401,
// `WWW-Authenticate: Bearer …`, UNAUTHENTICATED, and not one Management API call. The callers'
// issuer is a test issuer on loopback (its keys are the test's, so it can sign defective tokens).

let issuer: TestIssuer;
let t: TestGateway;
let userId: string;

beforeAll(async () => {
  issuer = await startTestIssuer();
  t = await startTestGateway({
    emulator: { users: 20, seed: 5 },
    env: { AUTH_ISSUER: issuer.issuer, AUTH_AUDIENCE: issuer.audience, AUTH_JWKS_URL: issuer.jwksUrl },
  });
  userId = [...t.emulator.state.users.keys()][0]!;
});
afterAll(async () => {
  await t?.close();
  await issuer?.close();
});

const USER = "query($id: ID!) { user(id: $id) { id email } }";
const now = () => Math.floor(Date.now() / 1000);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** POSTs the user query with this Authorization header (none when null). */
async function send(authorization: string | null) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (authorization !== null) headers.authorization = authorization;
  const response = await t.fetch("/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query: USER, variables: { id: userId } }),
  });
  return {
    status: response.status,
    challenge: response.headers.get("www-authenticate"),
    body: (await response.json()) as GraphQLAnswer<{ user: { id: string } | null }>,
  };
}

/** `send`, with the Management API calls it caused. */
async function ask(authorization: string | null) {
  t.resetCalls();
  const res = await send(authorization);
  return { ...res, calls: t.upstreamTotal() };
}

describe("a valid token", () => {
  it("reaches the user (the control: the same query does call upstream)", async () => {
    const res = await ask(`Bearer ${await issuer.mint()}`);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.user!.id).toBe(userId);
    expect(res.calls).toBeGreaterThan(0);
  });

  it("takes its scopes from the `permissions` array as well as the `scope` string", async () => {
    const res = await ask(`Bearer ${await issuer.mint({ scope: "", claims: { scope: undefined, permissions: ["read:users"] } })}`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.user!.id).toBe(userId);
  });
});

const defects: { name: string; authorization: () => Promise<string | null>; challenge: RegExp }[] = [
  { name: "no Authorization header", authorization: async () => null, challenge: /^Bearer$/ },
  { name: "an empty Authorization header", authorization: async () => "", challenge: /^Bearer$/ },
  {
    name: "another scheme (Basic)",
    authorization: async () => `Basic ${Buffer.from("a:b").toString("base64")}`,
    challenge: /^Bearer error="invalid_request"/,
  },
  { name: "a bearer that is not a JWT", authorization: async () => "Bearer not-a-jwt", challenge: /^Bearer error="invalid_token"/ },
  {
    name: "a JWT of garbage segments",
    authorization: async () => "Bearer eyJhbGciOi.eyJzdWIi.c2ln",
    challenge: /^Bearer error="invalid_token"/,
  },
  {
    name: "an expired token",
    authorization: async () => `Bearer ${await issuer.mint({ claims: { iat: now() - 7200, exp: now() - 3600 } })}`,
    challenge: /error_description="The bearer token has expired\."/,
  },
  {
    name: "a token not valid yet (nbf in the future)",
    authorization: async () => `Bearer ${await issuer.mint({ claims: { nbf: now() + 3600 } })}`,
    challenge: /not valid yet/,
  },
  {
    name: "a token without exp",
    authorization: async () => `Bearer ${await issuer.mint({ claims: { exp: undefined } })}`,
    challenge: /^Bearer error="invalid_token"/,
  },
  {
    name: "a token of another issuer",
    authorization: async () => `Bearer ${await issuer.mint({ claims: { iss: "https://evil.example.com/" } })}`,
    challenge: /another issuer/,
  },
  {
    name: "a token for another audience",
    authorization: async () => `Bearer ${await issuer.mint({ claims: { aud: "https://other-api.example.com" } })}`,
    challenge: /another audience/,
  },
  {
    name: "an unsigned token (alg none)",
    authorization: async () => {
      const valid = await issuer.mint();
      return `Bearer ${b64({ alg: "none", typ: "JWT" })}.${valid.split(".")[1]}.`;
    },
    challenge: /^Bearer error="invalid_token"/,
  },
  {
    name: "an HS256 token (signed with the issuer's public key as the secret, naming its kid)",
    authorization: async () => {
      const jwks = (await (await fetch(issuer.jwksUrl)).json()) as { keys: { kid: string }[] };
      const key = jwks.keys[0]!;
      const payload = JSON.parse(Buffer.from((await issuer.mint()).split(".")[1]!, "base64url").toString());
      const token = await new SignJWT(payload)
        .setProtectedHeader({ alg: "HS256", typ: "JWT", kid: key.kid })
        .sign(new TextEncoder().encode(JSON.stringify(key)));
      return `Bearer ${token}`;
    },
    challenge: /must be signed with RS256/,
  },
  {
    name: "an RS256 token signed by a key the issuer does not publish",
    authorization: async () => `Bearer ${await issuer.mint({ key: await newSigningKey() })}`,
    challenge: /unknown key/,
  },
  {
    name: "an RS256 token signed by another key but naming the issuer's kid",
    authorization: async () => {
      const [current] = (await (await fetch(issuer.jwksUrl)).json()).keys as { kid: string }[];
      return `Bearer ${await issuer.mint({ key: await newSigningKey(), kid: current!.kid })}`;
    },
    challenge: /signature is invalid/,
  },
  {
    name: "a valid token with its signature swapped for another token's",
    authorization: async () => {
      const [h, p] = (await issuer.mint({ sub: "auth0|someone-else", scope: "read:users delete:users" })).split(".");
      const [, , s] = (await issuer.mint()).split(".");
      return `Bearer ${h}.${p}.${s}`;
    },
    challenge: /signature is invalid/,
  },
];

describe("a bad caller", () => {
  it.each(defects)("$name → 401 UNAUTHENTICATED, WWW-Authenticate: Bearer, no upstream call", async ({ authorization, challenge }) => {
    const res = await ask(await authorization());
    expect(res.status).toBe(401);
    expect(res.challenge).toMatch(challenge);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions).toEqual({ code: "UNAUTHENTICATED" });
    expect(res.calls).toBe(0);
  });

  it("is refused before its document is even looked at: no validation feedback for an unauthenticated caller", async () => {
    const response = await t.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ notAField { secret } }" }),
    });
    const body = (await response.json()) as GraphQLAnswer;
    expect(response.status).toBe(401);
    expect(errorCodes(body)).toEqual(["UNAUTHENTICATED"]);
    expect(JSON.stringify(body)).not.toContain("notAField");
  });
});

describe("key rotation", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a token signed by a newly published key is accepted: the JWKS is fetched again for its unknown kid", async () => {
    // Only Date is faked: jose's JWKS cache measures its cooldown with Date.now().
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const signedByOldKey = await issuer.mint();
    expect((await ask(`Bearer ${signedByOldKey}`)).status).toBe(200);
    const fetchesBefore = issuer.jwksFetches();

    const next = await issuer.rotate();
    // Past jose's 30 s cooldown since the last JWKS fetch.
    vi.setSystemTime(Date.now() + 31_000);
    const res = await ask(`Bearer ${await issuer.mint({ key: next })}`);
    expect(res.status).toBe(200);
    expect(res.body.data!.user!.id).toBe(userId);
    expect(issuer.jwksFetches()).toBe(fetchesBefore + 1);

    // The old key is still published: tokens it signed keep working, from the cache.
    expect((await ask(`Bearer ${signedByOldKey}`)).status).toBe(200);
    expect(issuer.jwksFetches()).toBe(fetchesBefore + 1);
  });

  it("a flood of unknown kids costs at most one JWKS fetch per cooldown, and each such token is refused", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    vi.setSystemTime(Date.now() + 31_000);
    const fetchesBefore = issuer.jwksFetches();
    const foreign = await newSigningKey();
    const tokens = await Promise.all(Array.from({ length: 5 }, (_, i) => issuer.mint({ key: foreign, kid: `${foreign.kid}-${i}` })));
    t.resetCalls();
    const results = await Promise.all(tokens.map((token) => send(`Bearer ${token}`)));
    for (const res of results) expect(res.status).toBe(401);
    expect(t.upstreamTotal()).toBe(0);
    expect(issuer.jwksFetches() - fetchesBefore).toBeLessThanOrEqual(1);
  });
});
