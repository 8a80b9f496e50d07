import { GraphQLError } from "graphql";
import { createRemoteJWKSet, customFetch, errors, jwtVerify } from "jose";
import { fetch as undiciFetch } from "undici";
import { callerFromClaims, type Caller } from "./caller.js";

export interface TokenVerifierOptions {
  /** The `iss` every token must carry, e.g. `https://acme.eu.auth0.com/`. */
  issuer: string;
  /** The `aud` every token must carry: the gateway's own API identifier. */
  audience: string;
  jwksUrl: string;
}

export interface TokenVerifier {
  /** The caller of a request from its `Authorization` header, or UNAUTHENTICATED (HTTP 401). */
  verify(authorization: string | null | undefined): Promise<Caller>;
  /** Loads the JWKS (for readiness checks). */
  ready(): Promise<void>;
}

export function unauthenticated(message: string, error = "invalid_token"): GraphQLError {
  const challenge = error ? `Bearer error="${error}", error_description="${message.replace(/"/g, "'")}"` : "Bearer";
  return new GraphQLError(message, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401, headers: { "WWW-Authenticate": challenge } } },
  });
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "The bearer token has expired.";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "nbf") return "The bearer token is not valid yet.";
    if (error.claim === "iss") return "The bearer token was issued by another issuer.";
    if (error.claim === "aud") return "The bearer token is meant for another audience.";
    return `The bearer token's ${error.claim} claim is invalid.`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return "The bearer token must be signed with RS256.";
  if (error instanceof errors.JWKSNoMatchingKey) return "The bearer token was signed by an unknown key.";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "The bearer token's signature is invalid.";
  return "The bearer token is malformed.";
}

/** How many verified tokens are remembered (oldest forgotten first). */
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Verifies callers' bearer JWTs against the issuer's JWKS (RS256 only), cached and refetched when a
 * token names an unknown `kid`.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), {
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
    timeoutDuration: 5_000,
    [customFetch]: undiciFetch as unknown as typeof fetch,
  });
  // A verified token is the same caller until it expires: its RS256 check (most of a small
  // operation's CPU) is done once per token, not once per request.
  const verified = new Map<string, { caller: Caller; expiresAtMs: number }>();
  return {
    async verify(authorization) {
      if (!authorization) throw unauthenticated("A bearer token is required.", "");
      const match = /^Bearer +([A-Za-z0-9_\-.=]+)\s*$/i.exec(authorization);
      if (!match) throw unauthenticated("The Authorization header must be `Bearer <token>`.", "invalid_request");
      const token = match[1]!;
      const cached = verified.get(token);
      if (cached && Date.now() < cached.expiresAtMs) return cached.caller;
      if (cached) verified.delete(token);
      try {
        const { payload } = await jwtVerify(token, jwks, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: ["RS256"],
          requiredClaims: ["exp", "sub"],
        });
        const caller = callerFromClaims(payload);
        if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
        verified.set(token, { caller, expiresAtMs: payload.exp! * 1000 });
        return caller;
      } catch (error) {
        throw unauthenticated(describe(error));
      }
    },
    async ready() {
      await jwks.reload();
    },
  };
}
