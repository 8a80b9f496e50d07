import { GraphQLError } from "graphql";
import { createRemoteJWKSet, customFetch, errors, jwksCache, jwtVerify, type ExportedJWKSCache } from "jose";
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
  if (error instanceof FutureIssueTime) return "The bearer token was issued in the future.";
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    error instanceof KeysUnavailable ||
    isFetchFailure(error)
  ) {
    return "The issuer's signing keys (JWKS) could not be loaded.";
  }
  return "The bearer token is malformed.";
}

class FutureIssueTime extends Error {}
class KeysUnavailable extends Error {}
const isFetchFailure = (error: unknown) => error instanceof TypeError && error.message === "fetch failed";

/** How many verified tokens are remembered (oldest forgotten first). */
const VERIFIED_TOKENS_KEPT = 10_000;
/**
 * How long a fetched JWKS is trusted: a token is checked against keys at most this old, and a
 * remembered token is re-checked against a newer JWKS once it is fetched (a retired `kid` then fails).
 */
export const JWKS_MAX_AGE_MS = 60_000;
/** How far ahead of the gateway's clock a token's `iat` may be (the issuer's clock may run ahead). */
export const CLOCK_SKEW_S = 60;

interface VerifiedToken {
  caller: Caller;
  expiresAtMs: number;
  /** The header's kid; undefined when the token names none. */
  kid: string | undefined;
  /** When the JWKS the token was last checked against was fetched (jose's `uat`). */
  checkedAgainst: number | undefined;
}

/** The kids a fetched JWKS publishes. */
function kidsOf(jwks: unknown): Set<string> {
  const keys = (jwks as { keys?: unknown } | undefined)?.keys;
  return new Set(
    Array.isArray(keys) ? keys.map((key) => (key as { kid?: unknown }).kid).filter((kid): kid is string => typeof kid === "string") : [],
  );
}

/**
 * Verifies callers' bearer JWTs against the issuer's JWKS (RS256 only), cached for JWKS_MAX_AGE_MS
 * and refetched when a token names an unknown `kid`. A verified token is remembered until it
 * expires, but only while its key is published: once a newer JWKS is fetched (it went stale, or a
 * token named a new kid), a remembered token whose kid left it is refused.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  // jose writes each JWKS it applies here (`uat`: when it was fetched), which tells a remembered
  // token whether the keys changed since it was checked, without copying the JWKS per request.
  const fetched: Partial<ExportedJWKSCache> = {};
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), {
    cooldownDuration: 30_000,
    cacheMaxAge: JWKS_MAX_AGE_MS,
    timeoutDuration: 5_000,
    [customFetch]: undiciFetch as unknown as typeof fetch,
    [jwksCache]: fetched as ExportedJWKSCache,
  });
  let publishedAt: number | undefined;
  let published = new Set<string>();
  const publishedKids = (): Set<string> => {
    if (fetched.uat !== publishedAt) {
      publishedAt = fetched.uat;
      published = kidsOf(fetched.jwks);
    }
    return published;
  };

  /** Whether a remembered token may still be used, re-checking its kid against a fresh JWKS. */
  async function stillValid(entry: VerifiedToken): Promise<boolean> {
    if (Date.now() >= entry.expiresAtMs) return false;
    if (!jwks.fresh) {
      try {
        await jwks.reload();
      } catch (error) {
        throw new KeysUnavailable("JWKS reload failed", { cause: error });
      }
    }
    if (entry.checkedAgainst === fetched.uat) return true;
    if (entry.kid === undefined || !publishedKids().has(entry.kid)) return false;
    entry.checkedAgainst = fetched.uat;
    return true;
  }

  // A verified token is the same caller until it expires: its RS256 check (most of a small
  // operation's CPU) is done once per token, not once per request.
  const verified = new Map<string, VerifiedToken>();
  return {
    async verify(authorization) {
      if (!authorization) throw unauthenticated("A bearer token is required.", "");
      const match = /^Bearer +([A-Za-z0-9_\-.=]+)\s*$/i.exec(authorization);
      if (!match) throw unauthenticated("The Authorization header must be `Bearer <token>`.", "invalid_request");
      const token = match[1]!;
      try {
        const cached = verified.get(token);
        if (cached) {
          if (await stillValid(cached)) return cached.caller;
          verified.delete(token);
        }
        const { payload, protectedHeader } = await jwtVerify(token, jwks, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: ["RS256"],
          requiredClaims: ["exp", "sub"],
        });
        if (typeof payload.iat === "number" && payload.iat > Date.now() / 1000 + CLOCK_SKEW_S) throw new FutureIssueTime();
        const caller = callerFromClaims(payload);
        if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
        verified.set(token, { caller, expiresAtMs: payload.exp! * 1000, kid: protectedHeader.kid, checkedAgainst: fetched.uat });
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
