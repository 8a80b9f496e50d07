import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK, type JWTPayload } from "jose";

/** An RS256 signing key and its public JWK (with its kid). */
export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

export async function newSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = randomBytes(9).toString("base64url");
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

export interface MintOptions {
  /** Claims to add or override (`exp`, `nbf`, `iss`, `aud`… as JWT numbers/strings); `undefined` removes one. */
  claims?: Record<string, unknown>;
  /** Sign with this key instead of the current one (e.g. a key the JWKS does not publish). */
  key?: SigningKey;
  /** Header kid; the key's by default. */
  kid?: string;
}

/**
 * A token issuer under the test's control, on 127.0.0.1: it publishes a JWKS (counting fetches),
 * signs any token a test needs — including defective ones — and can rotate its key.
 */
export interface TestIssuer {
  /** The `iss` of its tokens: `<origin>/`. */
  issuer: string;
  jwksUrl: string;
  audience: string;
  /** A valid token (sub, scope, exp in an hour) with `options` applied. */
  mint(options?: MintOptions & { scope?: string; sub?: string }): Promise<string>;
  /** Publishes a new key beside the current ones and signs with it from now on. */
  rotate(): Promise<SigningKey>;
  /** Stops publishing a key (a revoked one); tokens can still be signed with it. */
  retire(key: SigningKey): void;
  /** The keys it publishes, oldest first. */
  keys(): SigningKey[];
  /** How many times the JWKS was fetched. */
  jwksFetches(): number;
  close(): Promise<void>;
}

export async function startTestIssuer(audience = "usergraph-test"): Promise<TestIssuer> {
  const keys: SigningKey[] = [await newSigningKey()];
  let fetches = 0;
  const server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/.well-known/jwks.json") {
      fetches += 1;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: keys.map((key) => key.jwk) }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}/`;

  return {
    issuer,
    jwksUrl: `${origin}/.well-known/jwks.json`,
    audience,
    async mint({ claims = {}, key = keys.at(-1)!, kid = key.kid, scope = "read:users", sub = "auth0|caller" } = {}) {
      const now = Math.floor(Date.now() / 1000);
      const payload: JWTPayload = { iss: issuer, aud: audience, sub, scope, iat: now, exp: now + 3600, ...claims };
      for (const [name, value] of Object.entries(payload)) if (value === undefined) delete payload[name];
      return new SignJWT(payload).setProtectedHeader({ alg: "RS256", typ: "JWT", kid }).sign(key.privateKey);
    },
    async rotate() {
      const key = await newSigningKey();
      keys.push(key);
      return key;
    },
    retire(key) {
      const index = keys.indexOf(key);
      if (index >= 0) keys.splice(index, 1);
    },
    keys: () => [...keys],
    jwksFetches: () => fetches,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
