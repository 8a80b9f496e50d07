import { z } from "zod";
import { httpUrl, type ConfigProblem, type SectionSpec, type SectionValues } from "./variables.js";

/** How callers' bearer tokens are verified (src/auth/verify-token.ts). */
export interface CallerAuthConfig {
  /** The `iss` callers' tokens must carry, e.g. `https://acme.eu.auth0.com/`. */
  issuer: string;
  /** The `aud` callers' tokens must carry: the gateway's own API identifier. */
  audience: string;
  jwksUrl: string;
}

export const callerAuthVariables = {
  AUTH_ISSUER: {
    default: "<emulator origin>/",
    description:
      "The `iss` of callers' bearer tokens, e.g. `https://acme.eu.auth0.com/` (exactly as in the tokens). " +
      "Required with AUTH0_DOMAIN; embedded mode: the emulator.",
    // Its documented default is derived (from the emulator's origin), never applied as text.
    parse: httpUrl("https://acme.eu.auth0.com/"),
  },
  AUTH_AUDIENCE: {
    default: "usergraph",
    description: "The `aud` of callers' bearer tokens: the gateway's own API identifier. Required with AUTH0_DOMAIN.",
    parse: () => z.string().optional(),
  },
  AUTH_JWKS_URL: {
    default: "<AUTH_ISSUER>.well-known/jwks.json",
    description: "Where the issuer's signing keys are fetched.",
    parse: httpUrl("https://acme.eu.auth0.com/.well-known/jwks.json"),
  },
} satisfies SectionSpec;

/** `https://acme.eu.auth0.com/` → `https://acme.eu.auth0.com/.well-known/jwks.json` */
function defaultJwksUrl(issuer: string): string {
  return new URL(".well-known/jwks.json", issuer.endsWith("/") ? issuer : `${issuer}/`).href;
}

/** The callers' token issuer is required with a tenant; the embedded emulator is the default one. */
export function toCallerAuth(
  v: SectionValues<typeof callerAuthVariables>,
  emulatorOrigin: string | undefined,
  tenant: boolean,
  problems: ConfigProblem[],
): CallerAuthConfig | undefined {
  const issuer = v.AUTH_ISSUER ?? (emulatorOrigin ? `${emulatorOrigin}/` : undefined);
  const audience = v.AUTH_AUDIENCE ?? (emulatorOrigin || !tenant ? callerAuthVariables.AUTH_AUDIENCE.default : undefined);
  if (tenant) {
    const why = "missing; required with AUTH0_DOMAIN (callers' bearer tokens are verified against it)";
    if (!v.AUTH_ISSUER) problems.push({ variable: "AUTH_ISSUER", message: why });
    if (!v.AUTH_AUDIENCE) problems.push({ variable: "AUTH_AUDIENCE", message: why });
  }
  if (issuer === undefined || audience === undefined) return undefined;
  return { issuer, audience, jwksUrl: v.AUTH_JWKS_URL ?? defaultJwksUrl(issuer) };
}
